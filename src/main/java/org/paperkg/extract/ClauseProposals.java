package org.paperkg.extract;

import static org.paperkg.extract.ProposalCues.AND_OR;
import static org.paperkg.extract.ProposalCues.CREATING_VERBS;
import static org.paperkg.extract.ProposalCues.DASHES;
import static org.paperkg.extract.ProposalCues.EARLIER;
import static org.paperkg.extract.ProposalCues.MAKING_OF_NOUNS;
import static org.paperkg.extract.ProposalCues.MODIFIER_PARTICIPLES;
import static org.paperkg.extract.ProposalCues.NAMING_VERBS;
import static org.paperkg.extract.ProposalCues.NOVELTY;
import static org.paperkg.extract.ProposalCues.RELATIVE_PRONOUNS;
import static org.paperkg.extract.ProposalCues.VARIANT_NOUNS;
import static org.paperkg.extract.ProposalCues.anyBetween;
import static org.paperkg.extract.ProposalCues.betweenAdjectives;
import static org.paperkg.extract.ProposalCues.citesAWorkAt;
import static org.paperkg.extract.ProposalCues.clauseStart;
import static org.paperkg.extract.ProposalCues.conjoinedWithAMakingVerb;
import static org.paperkg.extract.ProposalCues.inApposition;
import static org.paperkg.extract.ProposalCues.isTriggerVerb;
import static org.paperkg.extract.ProposalCues.namesAThing;
import static org.paperkg.extract.ProposalCues.namesATopic;
import static org.paperkg.extract.ProposalCues.namesAnEstablishedThing;
import static org.paperkg.extract.ProposalCues.namingWordAt;
import static org.paperkg.extract.ProposalCues.novelAfterAnArticle;
import static org.paperkg.extract.ProposalCues.occurrences;
import static org.paperkg.extract.ProposalCues.optionalWordInParentheses;
import static org.paperkg.extract.ProposalCues.partOfALongerName;
import static org.paperkg.extract.ProposalCues.passiveOfATrigger;
import static org.paperkg.extract.ProposalCues.subjectBefore;
import static org.paperkg.extract.ProposalCues.whatIsCalled;

import java.util.Set;

/**
 * Proposals that the clause around a name states, for the rules of {@link ProposalFinder}: "we propose … X" within
 * one clause, "a … network (HPCL-Net) is proposed", "the proposed X", "called X", "which we refer to as X", "we
 * implement this idea as the X method", a component of a proposal listed after a colon, and a name that closes the
 * description of a new thing. Each returns the rule that fired, or null.
 */
final class ClauseProposals {
    static final Set<String> CLAUSE_BREAKS = Set.of(",", ";", ":", "(", ")", "for", "by", "in", "on",
            "but", "into", "between", "among", "across");

    static final Set<String> BE = Set.of("is", "are", "was", "were");

    static final Set<String> HAVE = Set.of("have", "has", "had", "having");

    /** Verbs that make an idea into a named method: "we implement this idea as X". */
    static final Set<String> REALISING_VERBS = Set.of("implement", "instantiate", "realize", "realise",
            "materialize", "materialise");

    static final Set<String> BEFORE_NAMING_VERB = Set.of("the", "a", "an", "it", "this", "them", "our");

    /** Adverbs before a naming verb that give a name someone already uses: "originally called", "commonly called". */
    static final Set<String> NAMED_BY_OTHERS = Set.of("originally", "formerly", "previously", "commonly",
            "often", "sometimes", "usually", "traditionally", "conventionally", "popularly", "generally", "typically",
            "informally");

    /** Prepositions that make the name after them part of a longer subject: "a model based on BERT is introduced". */
    static final Set<String> GOVERNING_PREPOSITIONS = Set.of("on", "of", "with", "from", "upon", "over",
            "than", "like", "at", "in");

    /** Nouns of data that "a new" or "a novel" makes the paper's own, with the name they come with. */
    static final Set<String> NEW_DATA_NOUNS = Set.of("dataset", "benchmark", "corpus", "treebank", "testbed");

    /** Words that may close a name given after ", or": "…, or LRN.", "…, or LAgSwAV, which …". */
    static final Set<String> AFTER_AN_OTHER_NAME = Set.of(",", ".", ";", ":");

    /** What ends a description read back from the short form that closes it. */
    static final Set<String> DESCRIPTION_BREAKS = Set.of(",", ";", ":", "(", ")", "we", "our", ".");

    /** Prepositions that say how a method works: "a method for X via Y", "… through Y". */
    static final Set<String> MEANS_PREPOSITIONS = Set.of("via", "through");

    /** Nouns of the parts a method is made of, before the colon that lists them: "two key components: (1) …". */
    static final Set<String> PARTS_OF_A_METHOD = Set.of("component", "module", "part");

    /** Adverbs between "referred to" and "as", which the tagger may read as adjectives: "referred to further as X". */
    static final Set<String> REFERRING_ADVERBS = Set.of("further", "hereafter", "henceforth", "hereinafter",
            "simply", "collectively");

    static final Set<String> PRESENT_BE = Set.of("is", "are");

    /** Verbs whose "of" lists the parts of a thing: "consists of", "composed of". */
    static final Set<String> MADE_OF_VERBS = Set.of("consist", "compose");

    private ClauseProposals() {
    }

    /**
     * "evaluate on a novel AnimeRecon benchmark of …", "in a new Police Violence Frames Corpus of 82k articles",
     * "experiments on … and a new large-scale benchmark ImageNet-PI", "with a new English language dataset, ZEST":
     * data that "a new" or "a novel" brings with a name is the paper's own, whatever verb governs it (none of the
     * authors' is needed), unless someone else is the subject or a work is cited in the clause.
     */
    static String newDataNamed(Sentence s, int first, int last) {
        int noun = NEW_DATA_NOUNS.contains(s.token(last).lower()) ? last
                : last + 1 < s.size() && NEW_DATA_NOUNS.contains(s.token(last + 1).lemma()) ? last + 1 : -1;
        // (not where the noun has a name of its own after it: "on a new Bash dataset tldr" names the data tldr, "a new
        // French Machine Reading dataset, called CALOR-QUEST" names it CALOR-QUEST)
        if (noun >= 0 && noun + 1 < s.size() && (s.token(noun + 1).pos().startsWith("NN")
                || s.token(noun + 1).word().equals(",") && noun + 2 < s.size()
                        && (namingWordAt(s, noun + 2)
                                || Character.isUpperCase(s.token(noun + 2).word().charAt(0))))) {
            return null;
        }
        int k = first - 1;
        if (noun < 0) {
            // the noun before the name, with a naming word or a comma between: "benchmark ImageNet-PI", "dataset, ZEST"
            if (k >= 0 && namingWordAt(s, k)) {
                k--;
            }
            if (k >= 0 && s.token(k).word().equals(",")) {
                k--;
            }
            if (k < 0 || !NEW_DATA_NOUNS.contains(s.token(k).lemma()) || s.token(k).pos().endsWith("S")) {
                return null;
            }
            k--;
        }
        for (int modifiers = 0; k >= 1 && modifiers <= 3; k--, modifiers++) {
            if (novelAfterAnArticle(s, k)) {
                for (int j = clauseStart(s, k); j < last && j < s.size(); j++) {
                    if (citesAWorkAt(s, j)) {
                        return null;
                    }
                }
                return AuthorSubject.before(s, k) == AuthorSubject.OTHERS ? null : "proposal.new-data";
            }
            Token t = s.token(k);
            if (!t.pos().startsWith("JJ") && !t.pos().startsWith("NN") && t.word().indexOf('-') < 0) {
                return null;
            }
        }
        return null;
    }

    /**
     * "We present a novel method for detecting OOD data in Transformers based on … layers of a network (BLOOD)", "by
     * developing a unified crystal representation that can represent any crystal structure (UniMat)": a coined word in
     * parentheses that no words spell out closes the description, however long, of a new thing that the authors' verb
     * of making brings (no comma, colon or other parenthesis between, and no clause of the authors' own).
     */
    static String closesTheDescriptionOfANewThing(Sentence s, int first, int last, Set<String> ownNames) {
        // (a parenthesis glued to the word before is a function's argument: "sample complexity \tlO(SAB)")
        if (first < 3 || !s.token(first - 1).word().equals("(") || last + 1 >= s.size()
                || !s.token(last + 1).word().equals(")") || s.token(first - 1).begin() == s.token(first - 2).end()) {
            return null;
        }
        for (int k = first - 2; k >= 1 && k >= first - 36; k--) {
            String w = s.token(k).lower();
            if (DESCRIPTION_BREAKS.contains(w)) {
                return null;
            }
            if (isTriggerVerb(s, k)) {
                return k + 2 < first && TypeCues.INDEFINITE_ARTICLES.contains(s.token(k + 1).lower())
                        && subjectBefore(s, k, ownNames) ? "proposal.closing-description" : null;
            }
        }
        return null;
    }

    /**
     * "we propose a lightweight recurrent network, or LRN", "We call this exploration bonus discriminator disagreement
     * intrinsic reward, or DISDAIN", "which we refer to as the prescriptive ReLU network, or P-ReLU", "a new
     * objective, called …, or LAgSwAV": a name after ", or" (and "simply", or before "for short") that closes what the
     * authors' verb makes or names is its other name. Not an item of a list ("like X, Y, or Z"), where a comma that no
     * naming word follows stands between.
     */
    static String otherNameAfterOr(Sentence s, int first, int last, Set<String> ownNames) {
        int or = first >= 1 && (s.token(first - 1).lower().equals("simply") || s.token(first - 1).lower().equals("just"))
                ? first - 2 : first - 1;
        boolean forShort = last + 2 < s.size() && s.token(last + 1).lower().equals("for")
                && s.token(last + 2).lower().equals("short");
        if (or < 3 || !s.token(or).lower().equals("or") || !s.token(or - 1).word().equals(",")
                || !(last + 1 >= s.size() || AFTER_AN_OTHER_NAME.contains(s.token(last + 1).word()) || forShort)) {
            return null;
        }
        for (int k = or - 2; k >= 1 && k >= or - 30; k--) {
            Token t = s.token(k);
            if (t.word().equals(",") && namingWordAt(s, k + 1)) {
                continue;
            }
            if (DESCRIPTION_BREAKS.contains(t.lower())) {
                return null;
            }
            int referring = t.lower().equals("as") ? referringVerbBefore(s, k) : -1;
            if (referring >= 0 || isTriggerVerb(s, k)) {
                int verb = referring >= 0 ? referring : k;
                return subjectBefore(s, verb, ownNames) ? "proposal.other-name-after-or" : null;
            }
        }
        return null;
    }

    /**
     * "This paper describes Ada (Action Domain Acquisition), a framework for …", "we describe ParaPattern, a method
     * for building models …": the name right after the authors' "describe", spelled out in parentheses or not, and
     * called something by an indefinite apposition, not an established one ("we describe X, a popular parser").
     * ("describe" alone is no proposal: "This paper describes the NiuTrans system", "we describe our participation in
     * ComVE".)
     */
    static String describedAndDefined(Sentence s, int first, int last) {
        // (the name is the short form before the parenthesis, or the long form inside it)
        boolean longForm = first >= 3 && s.token(first - 1).word().equals("(");
        int verb = longForm ? first - 3 : first - 1;
        boolean spelledOut = longForm || last + 1 < s.size() && s.token(last + 1).word().equals("(");
        int close = longForm ? last + 1 : spelledOut ? PhraseSyntax.pastParentheses(s, last + 1) - 1 : last;
        // (a parenthesis of ten words at most)
        if (verb < 1 || close > last + 11 || close + 3 >= s.size()
                || spelledOut && !s.token(close).word().equals(")")
                || !s.token(verb).lemma().equals("describe") || !s.token(verb).pos().startsWith("VB")
                || !subjectBefore(s, verb, Set.of())) {
            return null;
        }
        boolean newThing = s.token(close + 1).word().equals(",")
                && TypeCues.INDEFINITE_ARTICLES.contains(s.token(close + 2).lower())
                && !ProposalCues.ESTABLISHED.contains(s.token(close + 3).lower());
        return !newThing ? null : spelledOut ? "proposal.described-and-defined" : "proposal.described";
    }

    /**
     * "We propose a new method for open set action recognition via MUlti-Label Evidential learning (MULE)", "a
     * principled exploration method for DRL through Optimistic Bootstrapping and Backward Induction (OB2I)": a long
     * form in title case, defined where a method that the authors bring is said to work through it, names that method.
     * The long form starts at {@code longFormStart}, its short form at {@code nameStart}.
     */
    static String meansOfAProposedMethod(Sentence s, int longFormStart, int nameStart, Set<String> ownNames) {
        if (longFormStart == nameStart || longFormStart < 4
                || !MEANS_PREPOSITIONS.contains(s.token(longFormStart - 1).lower())) {
            return null;
        }
        int capitalised = 0;
        for (int k = longFormStart; k < nameStart; k++) {
            capitalised += Character.isUpperCase(s.token(k).word().charAt(0)) ? 1 : 0;
        }
        if (capitalised < 2) {
            return null;
        }
        boolean methodNoun = false;
        for (int k = longFormStart - 2; k >= 0 && k >= longFormStart - 16; k--) {
            Token t = s.token(k);
            if (t.word().equals(";") || t.word().equals(":") || t.word().equals(",") || t.word().equals("(")) {
                return null;
            }
            methodNoun |= TypeCues.METHOD_HEADS.contains(t.lemma()) && t.pos().startsWith("NN");
            if (CREATING_VERBS.contains(t.lemma()) && t.pos().startsWith("VB")) {
                boolean indefinite = k + 1 < s.size() && TypeCues.INDEFINITE_ARTICLES.contains(s.token(k + 1).lower());
                return indefinite && methodNoun && subjectBefore(s, k, ownNames)
                        ? "proposal.means-of-a-proposal" : null;
            }
        }
        return null;
    }

    /**
     * "we propose a novel two-stage framework, which consists of Masked Quantization VAE (MQ-VAE) and Stackformer",
     * "a framework consisting of a network MROPM-Net": the parts of what the authors introduce, listed right after
     * "consists of" or "comprising" (a few plain words between at most, and no colon: "consists of purely
     * non-learnable components: farthest point sampling (FPS), …" lists parts in use), and named there first ("a
     * knowledge graph that consists of GO and its related proteins" after "the structure in GO (Gene Ontology)").
     */
    static String partOfAProposal(AnnotatedText text, String name, Sentence s, int first, Set<String> ownNames) {
        int k = first - 1;
        while (k >= 0 && first - k <= 16 && inANameList(s.token(k))) {
            k--;
        }
        // (the item before it may be spelled out in lower case, as a gerund's tag or not: "consisting of collaborative
        // news encoding (CNE) and structural user encoding (SUE)")
        for (int plain = 0; k >= 0 && plain < 3 && (isPlainWord(s.token(k)) || endsASpelledOutItem(s, k)); plain++) {
            k--;
        }
        int verb = k >= 0 ? madeOfVerbAt(s, k) : -1;
        for (int j = verb - 1; verb >= 0 && j >= 0 && j >= verb - 14; j--) {
            if (s.token(j).word().equals(";")) {
                return null;
            }
            if (isTriggerVerb(s, j)) {
                return subjectBefore(s, j, ownNames) && !namedInAnEarlierSentence(text, name, s)
                        ? "proposal.part-of-a-proposal" : null;
            }
        }
        return null;
    }

    /**
     * "PROGRAM consists of two key components: (1) Prototype Graph Model (PGM) for …; (2) Robust Self-Training (RST)
     * for …": a part named in title case with its short form, there first, in the list after the colon that follows
     * "consists of … components" or "comprises … modules", whose subject is the authors' (one of the paper's own
     * names, "we", "our method"; not parts in use, "consists of purely non-learnable components: farthest point
     * sampling (FPS), …", in lower case).
     */
    static String componentListedAfterAColon(AnnotatedText text, String name, Sentence s, int longFormStart,
                                                     int nameStart, Set<String> ownNames) {
        if (longFormStart == nameStart || !Character.isUpperCase(s.token(longFormStart).word().charAt(0))
                || namedInAnEarlierSentence(text, name, s)) {
            return null;
        }
        for (int colon = longFormStart - 1; colon >= 3; colon--) {
            if (!s.token(colon).word().equals(":")) {
                continue;
            }
            if (!PARTS_OF_A_METHOD.contains(s.token(colon - 1).lemma())) {
                return null;
            }
            for (int v = colon - 2; v >= 1 && v >= colon - 6; v--) {
                int verb = madeOfVerbAt(s, v);
                if (verb >= 0) {
                    return subjectBefore(s, verb, ownNames) ? "proposal.component-listed" : null;
                }
            }
            return null;
        }
        return null;
    }

    /**
     * The index of the verb that lists a thing's parts, where the token at {@code k} is its "of" ("consists of",
     * "composed of") or the verb itself ("comprises"); -1 where it is neither.
     */
    static int madeOfVerbAt(Sentence s, int k) {
        return k >= 1 && s.token(k).lower().equals("of") && MADE_OF_VERBS.contains(s.token(k - 1).lemma()) ? k - 1
                : s.token(k).lemma().equals("comprise") ? k : -1;
    }

    static boolean namedInAnEarlierSentence(AnnotatedText text, String name, Sentence s) {
        return occurrences(text, name, 0).stream().anyMatch(m -> m.sentence().index() < s.index());
    }

    /** A token of a list of names: a capitalised or coined word, a parenthesis, a comma or "and". */
    static boolean inANameList(Token t) {
        String w = t.word();
        return w.equals("(") || w.equals(")") || w.equals(",") || w.equals("and") || Character.isUpperCase(w.charAt(0))
                || Names.isCoined(w);
    }

    /** True when a gerund in lower case ends a long form before its short form: "encoding" in "news encoding (CNE)". */
    static boolean endsASpelledOutItem(Sentence s, int k) {
        return s.token(k).pos().equals("VBG") && Character.isLowerCase(s.token(k).word().charAt(0)) && k + 1 < s.size()
                && s.token(k + 1).word().equals("(");
    }

    /** A lower-case article, number, adjective or noun: "a network", "two new". */
    static boolean isPlainWord(Token t) {
        String pos = t.pos();
        return Character.isLowerCase(t.word().charAt(0)) && !t.lower().equals("of")
                && (pos.equals("DT") || pos.equals("CD") || pos.startsWith("JJ") || pos.startsWith("NN"));
    }

    /**
     * True when the name at {@code first} is an example after "such as", "including", "like" or "e.g.", alone or
     * ending a list of names ("adaptive optimizers such as FedAdam are proposed").
     */
    static boolean listedAsAnExample(Sentence s, int first) {
        int k = first - 1;
        while (k >= 0 && (s.token(k).word().equals(",") || s.token(k).lower().equals("and")
                || s.token(k).lower().equals("or") || Character.isUpperCase(s.token(k).word().charAt(0))
                || Names.isCoined(s.token(k).word()))) {
            k--;
        }
        if (k < 0) {
            return false;
        }
        return s.exampleWordAt(k) || s.suchAsAt(k - 1);
    }

    /**
     * Where the word after a second name joined by "and" at {@code and} is: "and a Temporal Fusion Module (TFM) are"
     * (an article, capitalised or coined words and a short form in parentheses between); -1 when no such name follows.
     */
    static int afterTheSecondOfTwoNames(Sentence s, int and) {
        if (and + 2 >= s.size() || !s.token(and).lower().equals("and")) {
            return -1;
        }
        int k = and + 1 < s.size() && TypeCues.ARTICLES.contains(s.token(and + 1).lower()) ? and + 2 : and + 1;
        int start = k;
        while (k < s.size() && k < start + 6 && (Character.isUpperCase(s.token(k).word().charAt(0))
                || Names.isCoined(s.token(k).word()))) {
            k++;
        }
        return k > start ? PhraseSyntax.pastParentheses(s, k) : -1;
    }

    /** The nouns of the text itself: "in this paper", "in the present work". */
    private static final Set<String> THIS_PAPER_NOUNS = Set.of("paper", "work", "study", "article", "letter");

    /**
     * True when, past at most two nouns that the name qualifies, a participle of making at {@code after} says this
     * paper made the name's thing: "the Covariance Lasso (CovLasso) regression problem proposed in this paper", "the
     * (QASP) corpus introduced in the present work" (not "the model proposed in 2019", nor "… proposed by Smith").
     */
    static boolean madeInThisPaperAfter(Sentence s, int after) {
        int participle = after;
        while (participle < s.size() && participle < after + 2 && s.token(participle).pos().startsWith("NN")) {
            participle++;
        }
        if (participle + 3 >= s.size() || !ProposalCues.TRIGGERS.contains(s.token(participle).lemma())
                || !s.token(participle).pos().equals("VBN") || !s.token(participle + 1).lower().equals("in")) {
            return false;
        }
        int noun = s.token(participle + 2).lower().equals("this") ? participle + 3
                : s.token(participle + 2).lower().equals("the") && s.token(participle + 3).lower().equals("present")
                        ? participle + 4 : -1;
        return noun > 0 && noun < s.size() && THIS_PAPER_NOUNS.contains(s.token(noun).lower());
    }

    /**
     * "a … network (HPCL-Net) is proposed", "X is introduced", "a … method, FedDA, is developed" (not "… is developed
     * by" someone), "the proposed X", "The result is X".
     */
    static String proposedAfterTheName(Sentence s, int first, int last) {
        int after = PhraseSyntax.pastParentheses(s, last + 1);
        if (after + 1 < s.size() && s.token(after).word().equals(",") && inApposition(s, first)
                && PRESENT_BE.contains(s.token(after + 1).lower())) {
            after++; // the name in apposition: the verb comes after its closing comma
        }
        // (not the last of names given as examples: "new algorithms such as AdaBound, SWAT, and Padam were proposed";
        // nor a name a preposition governs, "a deep relevance matching model based on BERT is introduced", "two
        // regularized variants of the CCEM are proposed"; "denoted as X is proposed" names it)
        int governed = first >= 2 && TypeCues.ARTICLES.contains(s.token(first - 1).lower()) ? first - 2 : first - 1;
        if (passiveOfATrigger(s, after, BE) && !listedAsAnExample(s, first)
                && !(governed >= 0 && GOVERNING_PREPOSITIONS.contains(s.token(governed).lower()))) {
            return "proposal.passive";
        }
        // "a Spatial Fusion Module (SFM) and a Temporal Fusion Module (TFM) are proposed": the first of two names
        // that a plural passive proposes
        int pluralBe = afterTheSecondOfTwoNames(s, after);
        if (pluralBe > after && passiveOfATrigger(s, pluralBe, Set.of("are", "were")) && !listedAsAnExample(s, first)
                && !(governed >= 0 && GOVERNING_PREPOSITIONS.contains(s.token(governed).lower()))) {
            return "proposal.passive";
        }
        // "Two efficient algorithms, AE-SAM and AE-LookSAM, are proposed": a list of coined names in apposition
        int listEnd = ListCues.endOfList(s, last + 1);
        if (listEnd > last + 1 && listEnd + 1 < s.size() && s.token(listEnd - 1).word().equals(",")
                && inApposition(s, OwnWorkProposals.startOfNameList(s, first))
                && PRESENT_BE.contains(s.token(listEnd).lower())
                && passiveOfATrigger(s, listEnd, BE) && !listedAsAnExample(s, first)) {
            return "proposal.passive-list";
        }
        // "a Persistence Interaction Detection (PID) algorithm is developed": the name with its method noun (not a
        // part of a longer capitalised name, "Instance-Aware Domain Generalization framework is proposed"), or its
        // dataset noun, "the URUR dataset is introduced"
        boolean partOfALongerName = first >= 2 && Character.isUpperCase(s.token(first - 1).word().charAt(0));
        if (!partOfALongerName && after + 1 < s.size() && s.token(after).pos().equals("NN")
                && (TypeCues.METHOD_HEADS.contains(s.token(after).lemma())
                        || DatasetCues.namesDatasets(s.token(after).lemma()))
                && passiveOfATrigger(s, after + 1, PRESENT_BE)) {
            return "proposal.passive-with-noun";
        }
        if (madeInThisPaperAfter(s, after)) {
            return "proposal.made-in-this-paper";
        }
        if (first > 1 && s.token(first - 1).word().equalsIgnoreCase("proposed") && proposedAsAnAdjective(s, first - 1)) {
            return "proposal.the-proposed";
        }
        int is = beforeItsDescription(s, first);
        if (is >= 2 && is <= 3 && s.token(is).lower().equals("is") && s.token(0).lower().equals("the")
                && (s.token(1).lower().equals("result") || s.token(1).lower().equals("resulting"))) {
            return "proposal.result";
        }
        return null;
    }

    /**
     * The token before the name at {@code first} and what describes it: an article, adjectives and the capitalised
     * words of its long form ("The result is a differentiable Graph Finite-State Automaton (GFSA) layer").
     */
    static int beforeItsDescription(Sentence s, int first) {
        int k = first - 1;
        if (k >= 0 && s.token(k).word().equals("(")) {
            k--;
            while (k > 0 && first - k <= 8 && (Character.isUpperCase(s.token(k).word().charAt(0))
                    || s.token(k).pos().startsWith("JJ"))) {
                k--;
            }
            if (k > 0 && TypeCues.INDEFINITE_ARTICLES.contains(s.token(k).lower())) {
                k--;
            }
        }
        return k;
    }

    /**
     * "the proposed X", "our newly proposed X", "it employs proposed X": the participle describes the name; not "several
     * works have proposed X", "Smith et al. (2019) proposed X", nor "the recently proposed X" of others.
     */
    static boolean proposedAsAnAdjective(Sentence s, int proposed) {
        int k = proposed - 1;
        if (k > 0 && s.token(k).lower().equals("newly")) {
            k--;
        }
        Token before = s.token(k);
        return before.pos().equals("DT") || before.pos().equals("PRP$")
                || (before.pos().startsWith("VB") && !HAVE.contains(before.lower()) && !BE.contains(before.lower()));
    }

    /**
     * True when "the proposed" stands before a short form's long form that starts at {@code longFormStart}, past up to
     * three lower-case modifiers: "The proposed Style-Transfer Transformer (STT) grafts …", "the proposed
     * gradient-based Graph Contrastive Saliency (GCS)".
     */
    static boolean proposedBeforeItsLongForm(Sentence s, int longFormStart) {
        int k = longFormStart - 1;
        while (k > longFormStart - 4 && k > 0 && Character.isLowerCase(s.token(k).word().charAt(0))
                && (s.token(k).pos().startsWith("JJ") || s.token(k).word().indexOf('-') > 0)) {
            k--;
        }
        return k > 0 && s.token(k).word().equalsIgnoreCase("proposed") && proposedAsAnAdjective(s, k);
    }

    /** True when "The resulting" opens the sentence right before a short form's long form at {@code longFormStart}. */
    static boolean resultingBeforeItsLongForm(Sentence s, int longFormStart) {
        return longFormStart == 2 && s.token(0).lower().equals("the") && s.token(1).lower().equals("resulting");
    }

    /**
     * "called X", "dubbed X", "which we refer to as X", "we refer to this as the X"; not a name that others gave
     * ("RpGANs; originally called RGANs", "commonly called X", "Vincent-Cuaz et al. 2021 propose a method, called
     * GDL"; see also {@link EstablishedNames#namedByCitedAuthors}).
     */
    static String namingPhrase(Sentence s, int first) {
        for (int k = first - 1; k >= 0 && k >= first - 2; k--) {
            String lemma = s.token(k).lemma();
            int verb = namingWordAt(s, k) ? k : lemma.equals("as") ? referringVerbBefore(s, k) : -1;
            if (verb >= 0 && (AuthorSubject.named(s) || namesAThing(s, verb)) && !namesAnEstablishedThing(s, verb)
                    && AuthorSubject.before(s, verb) != AuthorSubject.OTHERS
                    && !(verb >= 1 && NAMED_BY_OTHERS.contains(s.token(verb - 1).lower())) && !namesATopic(s, verb)
                    && !whatIsCalled(s, verb) && !PosedTaskCues.namedAsAPosedThing(s, first)) {
                return "proposal.naming-phrase";
            }
            if (!BEFORE_NAMING_VERB.contains(lemma)) {
                break;
            }
        }
        return null;
    }

    /**
     * The index of "refer" in "we refer to … as" when the "as" at {@code as} ends it, its object at most a few words
     * ("we refer to this as", "which we refer to as", "we will refer to our model as"); else -1. Only the authors
     * name a thing so: "a network that the community refers to as X" is someone else's. The participle right after a
     * noun or its comma names it as "called" does ("a generic method, referred to as X", "a learning method referred to
     * as X", "a … model, which is referred to as X", "a … architecture (referred to as X)"; not "which is also
     * referred to as X").
     */
    static int referringVerbBefore(Sentence s, int as) {
        // a naming verb with "as": "a simple yet effective baseline, denoted as MEMO", "named as X"
        if (as >= 1 && NAMING_VERBS.contains(s.token(as - 1).lemma()) && s.token(as - 1).pos().equals("VBN")) {
            return as - 1;
        }
        // ("known as" set off by a comma after a method or a dataset the authors make: "We introduce a simple yet
        // effective ATTA algorithm, known as SimATTA, …"; not "a new formulation of constrained RL, known as X" nor
        // "we study a variant of SGDm, known as X", things that exist, nor "a technique known as dropout")
        if (as >= 3 && s.token(as - 1).lower().equals("known") && s.token(as - 2).word().equals(",")
                && (TypeCues.METHOD_HEADS.contains(s.token(as - 3).lemma())
                        || TypeCues.DATASET_HEADS.contains(s.token(as - 3).lemma()))
                && madeByTheAuthorsBefore(s, as - 3)) {
            return as - 1;
        }
        // (an adverb may come before "as": "a modular architecture, referred to further as X")
        boolean adverb = as >= 2
                && (s.token(as - 1).pos().startsWith("RB") || REFERRING_ADVERBS.contains(s.token(as - 1).lower()));
        int to = adverb ? as - 1 : as;
        // ("referred as", without "to", after a noun or what sets it off: "a novel approach referred as Hybrid
        // Bayesian Optimization (HyBO)", "(referred as RPD)")
        if (as >= 2 && s.token(as - 1).lower().equals("referred")) {
            return setOffOrNoun(s.token(as - 2)) ? as - 1 : -1;
        }
        if (to >= 3 && s.token(to - 1).lower().equals("to") && s.token(to - 2).lower().equals("referred")) {
            Token before = s.token(to - 3);
            boolean relative = to >= 4 && (before.lower().equals("is") || before.lower().equals("are"))
                    && s.token(to - 4).lower().equals("which");
            return setOffOrNoun(before) || relative ? to - 2 : -1;
        }
        // (its object up to five words where they call it new or the authors': "We refer to these new generative
        // autoencoders as AutoEncoders within Flows"; not "We refer to this family of methods as X")
        for (int k = as - 2; k >= 1 && k >= as - 7; k--) {
            if (k < as - 5 && !anyBetween(s, k + 1, as, t -> t.lower().equals("new") || t.lower().equals("novel")
                    || t.lower().equals("our"))) {
                break;
            }
            if (s.token(k).lemma().equals("refer") && s.token(k + 1).lower().equals("to")) {
                boolean we = s.token(k - 1).lower().equals("we") || (k >= 2 && s.token(k - 2).lower().equals("we"));
                return we ? k : -1;
            }
        }
        return -1;
    }

    /**
     * True when a verb that makes a thing, the authors its subject, governs the noun phrase that ends at
     * {@code head}: "we propose a method", "We introduce a simple yet effective ATTA algorithm" (within eight words,
     * no comma or other verb between).
     */
    private static boolean madeByTheAuthorsBefore(Sentence s, int head) {
        for (int k = head - 1; k >= 0 && k >= head - 8; k--) {
            Token t = s.token(k);
            if (t.pos().startsWith("VB")) {
                return AuthorSubject.authorsVerbAt(s, k, CREATING_VERBS);
            }
            if (t.word().equals(",")) {
                return false;
            }
        }
        return false;
    }

    /** True when a comma or a parenthesis sets off what "referred (to) as" follows, or a noun comes right before. */
    static boolean setOffOrNoun(Token before) {
        return before.word().equals(",") || before.word().equals("(") || before.pos().startsWith("NN");
    }

    /**
     * "we implement this idea as the X method", "we instantiate the framework as X", "we refer to our architecture
     * as X": the authors' idea takes the name (not "implemented as a TensorFlow plugin", where the name only
     * modifies what is made).
     */
    static String implementedAs(Sentence s, int first, Set<String> ownNames) {
        int k = first - 1;
        if (k >= 0 && s.token(k).lower().equals("the")) {
            k--;
        }
        // ("widely implemented sketches such as CountSketch" gives an example, it does not name what was made)
        if (k < 1 || !s.token(k).lower().equals("as") || s.suchAsAt(k - 1)) {
            return null;
        }
        for (int v = k - 1; v >= 0 && v >= k - 6; v--) {
            Token t = s.token(v);
            if (REALISING_VERBS.contains(t.lemma()) && t.pos().startsWith("VB")) {
                // ("our algorithm is as easy to implement as TS" compares with X, it names nothing)
                boolean equative = v >= 3 && s.token(v - 1).lower().equals("to")
                        && s.token(v - 2).pos().startsWith("JJ") && s.token(v - 3).lower().equals("as");
                return !equative && subjectBefore(s, v, ownNames) ? "proposal.implemented-as" : null;
            }
            // "we refer to our RNN architecture as X": naming what is theirs
            if (t.lemma().equals("refer") && t.pos().startsWith("VB") && v + 2 < k
                    && s.token(v + 1).lower().equals("to") && s.token(v + 2).lower().equals("our")) {
                return subjectBefore(s, v, ownNames) ? "proposal.implemented-as" : null;
            }
            if (CLAUSE_BREAKS.contains(t.lower()) || t.lower().equals("as")) {
                return null;
            }
        }
        return null;
    }

}
