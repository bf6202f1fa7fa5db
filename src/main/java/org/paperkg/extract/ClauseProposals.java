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

    static final Set<String> STOPS = Set.of("than", "unlike", "against", "over", "such", "e.g.", "e.g",
            "popular", "classical", "classic", "conventional", "traditional", "standard", "vanilla", "well-known",
            "celebrated", "seminal", "famous", "widely-used", "established", "off-the-shelf",
            "including", "like", "outperform", "outperforms", "surpass", "surpasses", "beat", "beats", "compare",
            "compared", "versus", "vs", "vs.", "existing", "previous", "prior", "extend", "extends", "upon", "from",
            "via", "through", "at", "during", "using", "use", "uses", "with", "based", "leverage", "leverages",
            "leveraging", "employ",
            "while", "whereas", "which", "that", "where", "to", "usage", "application", "deployment", "adoption",
            "integration", "combination", "adaptation", "version", "variant", "extension", "generalization",
            "generalisation", "modification", "analysis", "study", "investigation", "interpretation", "perspective",
            "view", "understanding");

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

    /** Prepositions inside a description that a short form in parentheses closes. */
    static final Set<String> DESCRIPTION_PREPOSITIONS = Set.of("of", "for", "in", "on", "with");

    /** Prepositions that make the name after them part of a longer subject: "a model based on BERT is introduced". */
    static final Set<String> GOVERNING_PREPOSITIONS = Set.of("on", "of", "with", "from", "upon", "over",
            "than", "like", "at", "in");

    /** Prepositions after a participle of making that give the setting it is made in: "is proposed under X". */
    static final Set<String> FRAMING_PREPOSITIONS = Set.of("under", "within");

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

    /** Determiners that point at a thing already there: "the released CLIP model", "these collected images". */
    static final Set<String> DEFINITE_DETERMINERS = Set.of("the", "this", "these", "those");

    /** Nouns of collections made of things: "hierarchies of", "ensembles of", "stacks of". */
    static final Set<String> COLLECTION_NOUNS = Set.of("hierarchy", "ensemble", "mixture", "stack",
            "combination", "cascade", "collection", "population");

    static final Set<String> PRESENT_BE = Set.of("is", "are");

    /** Tags of a word that may follow a name and open what follows: a preposition, a conjunction, a relative word. */
    static final Set<String> CLAUSE_OPENING_TAGS = Set.of("IN", "TO", "CC", "WDT", "WRB", "WP");

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
     * "This paper describes Ada (Action Domain Acquisition), a framework for …": the name right after the authors'
     * "describe", spelled out in parentheses and called a new something by an indefinite apposition. ("describe" alone
     * is no proposal: "This paper describes the NiuTrans system", "we describe our participation in ComVE".)
     */
    static String describedAndDefined(Sentence s, int first, int last) {
        // (the name is the short form before the parenthesis, or the long form inside it)
        boolean longForm = first >= 3 && s.token(first - 1).word().equals("(");
        int verb = longForm ? first - 3 : first - 1;
        int close = longForm ? last + 1 : last + 1 < s.size() && s.token(last + 1).word().equals("(")
                ? PhraseSyntax.pastParentheses(s, last + 1) - 1 : -1;
        // (a parenthesis of ten words at most)
        if (verb < 1 || close < 0 || close > last + 11 || close + 2 >= s.size() || !s.token(close).word().equals(")")
                || !s.token(verb).lemma().equals("describe") || !s.token(verb).pos().startsWith("VB")
                || !subjectBefore(s, verb, Set.of())) {
            return null;
        }
        boolean newThing = s.token(close + 1).word().equals(",")
                && TypeCues.INDEFINITE_ARTICLES.contains(s.token(close + 2).lower());
        return newThing ? "proposal.described-and-defined" : null;
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
     * "the Reweighted Score function, ReScore for short", "… (SDF-Diffusion in short)": the name abbreviates the phrase
     * before it.
     */
    static boolean shortNameOfAPhrase(Sentence s, int last) {
        return last + 2 < s.size() && (s.token(last + 1).lower().equals("for") || s.token(last + 1).lower().equals("in"))
                && s.token(last + 2).lower().equals("short");
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
                    && !whatIsCalled(s, verb) && !TaskCues.namedAsAPosedThing(s, first)) {
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

    /**
     * True when the participle at {@code k}, right before a name, describes it rather than saying what the authors did:
     * after a preposition ("results on curated X"), or after "and" in a clause whose verb is in the present tense
     * ("RoPAWS improves PAWS for uncurated Y and curated X by 0.4%"; not "we collected and curated X").
     */
    static boolean participleBeforeANameDescribesIt(Sentence s, int k) {
        Token before = s.token(k - 1);
        if (before.pos().equals("IN")) {
            return true;
        }
        if (!before.pos().equals("CC")) {
            return false;
        }
        for (int j = k - 2; j >= 0; j--) {
            String pos = s.token(j).pos();
            if (pos.startsWith("VB")) {
                return pos.equals("VBZ") || pos.equals("VBP");
            }
        }
        return false;
    }

    /** True when a method noun comes right before "namely" at {@code namely}, past a comma or a dash. */
    static boolean methodNounBeforeNamely(Sentence s, int namely) {
        int k = namely - 1;
        while (k >= 0 && (s.token(k).word().equals(",") || DASHES.contains(s.token(k).word()))) {
            k--;
        }
        return k >= 0 && TypeCues.METHOD_HEADS.contains(s.token(k).lemma());
    }

    /**
     * "we propose … X" within one clause: no other verb, punctuation or stop word between the trigger and X, at most
     * ten tokens back; parentheses around the name itself are transparent ("we propose the … sequence model (S4)", "…
     * framework (SDF-Diffusion in short)").
     */
    static String proposedInItsClause(Sentence s, int first, int last, Set<String> ownNames,
                                              boolean knownName, boolean spelledOutNowhere,
                                              java.util.function.BooleanSupplier namedBefore) {
        // (and so are they around "X in short": "we propose a 3D shape generation framework (SDF-Diffusion in short)")
        boolean shortForm = shortNameOfAPhrase(s, last) && last + 3 < s.size() && s.token(last + 3).word().equals(")");
        if (first >= 1 && last + 1 < s.size() && s.token(first - 1).word().equals("(")
                && (s.token(last + 1).word().equals(")") || shortForm)) {
            first--;
        }
        // "the problem can be formulated as a linear program (LP)", "we cast it as an MDP": what something is seen as
        // is not what is proposed, but what something is named as is ("we term this defense as ZO-DS")
        boolean seenAs = false;
        // (a short form in parentheses may close a long description: "we propose an LDA-based generative topic model
        // inducing the two-layer categorical information (CAT-LDA)")
        int reach = s.token(first).word().equals("(") ? 14 : 10;
        // (and its prepositions are part of it when no words before spell the name out: "we introduce structured
        // projection of intermediate gradients (SPIGOT), a new method", "a heterogeneous graph-based network for
        // extractive summarization (HSGraph)", "we propose contrast with reconstruct (ReCon)")
        boolean description = s.token(first).word().equals("(") && spelledOutNowhere && !knownName;
        for (int k = first - 1; k >= 0 && k >= first - reach; k--) {
            Token t = s.token(k);
            String w = t.lower();
            if (whatTheProposalIsForOrOf(s, k, first, description, namedBefore)) {
                return null;
            }
            if (isTriggerVerb(s, k)) {
                return byTheTrigger(s, k, first, ownNames, knownName, seenAs);
            }
            if (conjoinedWithAMakingVerb(s, k)) {
                return subjectBefore(s, k - 2, ownNames) && !seenAs ? "proposal.we-propose" : null;
            }
            if (w.equals("as")) {
                seenAs = true;
                continue;
            }
            // "we propose the first … framework---namely, deep symbolic discovery for … (Symb4CO)": "namely", with its
            // commas or dashes, renames what the trigger governs
            // (after a method noun: not "a novel text generation task, namely …", nor "a model-class namely DDPMs")
            if (w.equals("namely") && methodNounBeforeNamely(s, k)) {
                reach += 5;
                continue;
            }
            if ((w.equals(",") || DASHES.contains(w))
                    && (k > 0 && s.token(k - 1).lower().equals("namely") && methodNounBeforeNamely(s, k - 1)
                    || k + 1 < first && s.token(k + 1).lower().equals("namely") && methodNounBeforeNamely(s, k + 1))) {
                continue;
            }
            // the short form of a name conjoined before this one: "we propose Image-Knowledge Matching (IKM) and Image
            // Edit Checking (IEC)"
            if (k + 1 < first && AND_OR.contains(s.token(k + 1).lower()) && PhraseSyntax.isParenthesisedAcronym(s, k)
                    && k >= 3 && Character.isUpperCase(s.token(k - 3).word().charAt(0))) {
                k -= 2;
                continue;
            }
            // an optional word in parentheses right before the name: "we develop the (Stochastic) Forward-Backward …
            // (FB-GVI) algorithm"
            if (k == first - 1 && optionalWordInParentheses(s, k)) {
                k -= 2;
                continue;
            }
            if (PhraseSyntax.continuesTitleCaseName(s, k)) {
                // the name's own words before its preposition are no stop words ("… Generalization with …")
                while (k > 0 && Character.isUpperCase(s.token(k - 1).word().charAt(0))) {
                    k--;
                }
                continue;
            }
            if (betweenAdjectives(s, k)) { // "a simple but effective X"
                continue;
            }
            if (k + 2 < first && TriggeredPhraseFinder.inThisPaperAt(s, k)) {
                continue; // "we propose in this paper X"
            }
            // "we derive a simplified version SHE": the name right after the noun names the variant (but "a variant
            // of X" builds on X)
            if (k == first - 1 && VARIANT_NOUNS.contains(w)) {
                continue;
            }
            if (description && k < first - 1 && DESCRIPTION_PREPOSITIONS.contains(w)) {
                continue;
            }
            // "the recently-introduced attentional copulas (TACTiS)": an adverb glued to its participle dates it too
            if (w.indexOf('-') > 0 && EARLIER.contains(w.substring(0, w.indexOf('-')))) {
                return null;
            }
            // "we propose a method of Structure-Enhanced Recurrent Variational AutoEncoder (SR-VAE)": a new title-case
            // name after "of" names the method noun before it
            if (w.equals("of") && k > 0 && TypeCues.METHOD_HEADS.contains(s.token(k - 1).lemma()) && !knownName
                    && capitalisedLongFormAfter(s, k, last)) {
                continue;
            }
            // "we introduce a new dataset for Question Rewriting in Conversational Context (QReCC)": a title-case long
            // form of what a dataset noun holds or is for names the new data
            if ((w.equals("for") || w.equals("of")) && k > 0
                    && DefinitionFilter.DATASET_NOUNS.contains(s.token(k - 1).lemma()) && !knownName
                    && titleCaseLongFormOfData(s, k, last)) {
                continue;
            }
            // "a new initialization method for Variance Instability Reduction within GNN Optimization (Virgo)": a
            // title-case long form after what a method noun is for, shortened to a coined word, names the method
            if (w.equals("for") && k > 0 && TypeCues.METHOD_HEADS.contains(s.token(k - 1).lemma()) && !knownName
                    && wordCoinedForATitleCaseLongForm(s, k, last)) {
                continue;
            }
            // "the global optimality of MAML", "the use of TikZ": the name completes another noun (but "a new family
            // of X models", "a suite of X" and "the concept of X" may be what is made)
            if (w.equals("of") && k > 0 && !MAKING_OF_NOUNS.contains(s.token(k - 1).lemma())) {
                return null;
            }
            // "we propose a feature extractor with Multi-level Heterogeneity Suppressing (MuHS)": a new name that the
            // sentence spells out right after "with" names a part of what is proposed (not "a model with Long
            // Short-Term Memory (LSTM)", a well-known one)
            if (w.equals("with") && !knownName && capitalisedLongFormAfter(s, k, last)) {
                continue;
            }
            // "a deep reinforcement learning based approach RGM": "based" written apart before the noun describes it
            // (but "based on X" builds on X)
            if (w.equals("based") && k + 1 < first && !s.token(k + 1).lower().equals("on")
                    && !s.token(k + 1).lower().equals("upon") && s.token(k + 1).pos().startsWith("NN")) {
                continue;
            }
            // (a hyphenated modifier, whatever the tagger reads it as: "a group ranking-based|VBD Out-of-Candidate
            // Rectification (OCR) mechanism")
            if (w.indexOf('-') > 0 && MODIFIER_PARTICIPLES.contains(w.substring(w.lastIndexOf('-') + 1))) {
                continue;
            }
            // (the last word of a description in parentheses' reach is a noun, whatever the tagger reads: "we propose
            // contrast with reconstruct|VB (ReCon)")
            if (description && k == first - 1 && t.pos().equals("VB")) {
                continue;
            }
            if (STOPS.contains(w) || CLAUSE_BREAKS.contains(w) || DASHES.contains(w) || (t.pos().startsWith("VB") && !t.pos().equals("VBN")
                    && !t.pos().equals("VBG")) || t.pos().equals("MD")) {
                return null;
            }
        }
        return null;
    }

    /**
     * True when the word at {@code k}, walking back from the name at {@code first}, makes the name what a proposal is
     * for, acts on or consists of, not the proposal: a gerund after "for" or right after the method noun, the members
     * of made collections, the kind that new classes are of; {@code description}: the name closes a description in
     * parentheses, whose words are its own.
     */
    private static boolean whatTheProposalIsForOrOf(Sentence s, int k, int first, boolean description,
                                                    java.util.function.BooleanSupplier namedBefore) {
        Token t = s.token(k);
        String w = t.lower();
        // "we present X, a novel approach for constructing … statistical shape models (SSMs)": what a gerund after
        // "for" makes is what the proposal is for, and what one right after the proposal's noun acts on is in use
        // ("a novel framework connecting Wasserstein GANs with a classifier"; not "We call the system combining
        // these two tools Spidextor"); not "by introducing a new module", the authors' own doing
        if (!description && t.pos().equals("VBG") && Character.isLowerCase(t.word().charAt(0)) && k > 0
                && (s.token(k - 1).lower().equals("for")
                        || k == first - 1 && TypeCues.METHOD_HEADS.contains(s.token(k - 1).lemma()))) {
            return true;
        }
        // "we build hierarchies of sum-product networks (SPNs)": what the made collections consist of was there
        // (not "a sparse mixture of experts (SMoE)", one thing, which the short form names)
        if (w.equals("of") && k > 0 && COLLECTION_NOUNS.contains(s.token(k - 1).lemma())
                && s.token(k - 1).pos().equals("NNS")) {
            return true;
        }
        // "we propose three stable classes of Neural SDEs: …", "we introduce a class of PNs" after "Polynomial
        // Networks (PNs) have emerged …": what the new classes are of is the kind, there before them (not "a new
        // family of X models" that the text has not named)
        if (w.equals("of") && k > 0 && ProposalCues.KIND_NOUNS.contains(s.token(k - 1).lemma())
                && (s.token(k - 1).pos().equals("NNS") || namedBefore.getAsBoolean())) {
            return true;
        }
        return false;
    }

    /**
     * The rule of "we propose … X" once the walk back from the name at {@code first} has reached the trigger verb at
     * {@code k} within one clause: "proposal.we-propose" when the authors are its subject, or null where the trigger
     * only makes what the name is for, uses or was made by others, or formulates a known kind of problem;
     * {@code seenAs}: an "as" came between ("formulated as a linear program (LP)").
     */
    private static String byTheTrigger(Sentence s, int k, int first, Set<String> ownNames, boolean knownName,
                                       boolean seenAs) {
        Token t = s.token(k);
        // "we introduce the first … model in order to build multi-sentence AMRs": what a purpose clause makes
        // is what the proposal is for
        if (k >= 3 && s.token(k - 1).lower().equals("to") && (s.token(k - 2).lower().equals("order")
                && s.token(k - 3).lower().equals("in") || s.token(k - 2).lower().equals("as")
                && s.token(k - 3).lower().equals("so"))) {
            return null;
        }
        // (and so does one after a problem the authors study: "We study the problem of quantum architecture
        // search (QAS) for VQA to automatically design parameterized quantum circuits (PQC)")
        if (TaskCues.purposeOfAStudiedProblem(s, k)) {
            return null;
        }
        // "a novel deep learning model for CDECR that introduces hierarchical graph convolutional neural
        // networks (GCN)": a well-known name that a relative clause's verb brings in is what the new thing
        // uses, the relative pronoun its subject
        if (knownName && k > 0 && RELATIVE_PRONOUNS.contains(s.token(k - 1).lower())) {
            return null;
        }
        // "for the recently introduced BYOL-Explore algorithm": someone else's, described by the participle
        if (t.pos().equals("VBN") && k > 0 && EARLIER.contains(s.token(k - 1).lower())) {
            return null;
        }
        // "our system developed for the subtask of the … (SMM4H) shared task": what a participle's "for the"
        // phrase names is what the made thing is for
        if (t.pos().equals("VBN") && k + 2 < first && s.token(k + 1).lower().equals("for")
                && DEFINITE_DETERMINERS.contains(s.token(k + 2).lower())) {
            return null;
        }
        // "… using the released CLIP model": a participle after a definite article describes a thing in use
        // ("the proposed X" is the paper's own, found by its own rule)
        if (t.pos().equals("VBN") && k > 0 && DEFINITE_DETERMINERS.contains(s.token(k - 1).lower())
                && !t.lemma().equals("propose")) {
            return null;
        }
        if (t.pos().equals("VBN") && k == first - 1 && k > 0 && participleBeforeANameDescribesIt(s, k)) {
            return null;
        }
        // "a novel class of models is proposed under tilted empirical risk minimization (TERM)": what the made
        // thing is made under is its setting, not the proposal
        if (t.pos().equals("VBN") && k + 1 < first && FRAMING_PREPOSITIONS.contains(s.token(k + 1).lower())) {
            return null;
        }
        if (NAMING_VERBS.contains(t.lemma()) && (namesAnEstablishedThing(s, k) || namesATopic(s, k)
                || whatIsCalled(s, k) || TaskCues.namedAsAPosedThing(s, first))) {
            return null;
        }
        // "we formulate OPE and OPL using …" states known problems anew; "we formulate a new loss, X" makes X
        boolean formulatesTheName = t.lemma().equals("formulate")
                && !anyBetween(s, k, first, ProposalCues::articleOrNovelty);
        // "we formulate a mixed-integer linear program (MILP)": a problem of a known kind, written in lower case,
        // not a new thing
        boolean formulatesAKind = t.lemma().equals("formulate")
                && Character.isLowerCase(s.token(s.token(first).word().equals("(") ? first - 1 : first).word()
                        .charAt(0))
                && !anyBetween(s, k, first, b -> NOVELTY.contains(b.lower()) || b.lower().equals("our"));
        formulatesTheName |= formulatesAKind;
        return subjectBefore(s, k, ownNames) && (!seenAs || NAMING_VERBS.contains(t.lemma())) && !formulatesTheName
                ? "proposal.we-propose" : null;
    }

    /**
     * The index of the "(" of the short form of a name that ends at {@code last}, back to just past {@code k} (the name
     * may be the long form, its short form after it, or the short form), else where the walk stopped.
     */
    static int shortFormParenthesis(Sentence s, int k, int last) {
        return openingParenthesisBefore(s, last + 2 < s.size() && s.token(last + 1).word().equals("(")
                ? last + 1 : last - 1, k);
    }

    /** The index of the nearest "(" from {@code from} back to just past {@code floor}, else where the walk stopped. */
    static int openingParenthesisBefore(Sentence s, int from, int floor) {
        int open = from;
        while (open > floor && !s.token(open).word().equals("(")) {
            open--;
        }
        return open;
    }

    /**
     * True when the short form that ends at {@code last} is written as a word, a capital and lower-case letters
     * ("Virgo"), and capitalised words, three or more with only function words between, fill the tokens from
     * {@code k + 1} to its parenthesis: "Variance Instability Reduction within GNN Optimization (Virgo)".
     */
    static boolean wordCoinedForATitleCaseLongForm(Sentence s, int k, int last) {
        int open = shortFormParenthesis(s, k, last);
        String shortForm = s.token(open + 1).word();
        if (open - k < 4 || open + 1 >= s.size() || !Character.isUpperCase(shortForm.charAt(0))
                || shortForm.chars().noneMatch(Character::isLowerCase)
                || !Character.isUpperCase(s.token(open - 1).word().charAt(0))) {
            return false;
        }
        return titleCaseWithFunctionWords(s, k + 1, open);
    }

    /**
     * True when every token from {@code from} to before {@code to} is capitalised or, after the first, a function word
     * in lower case: "Question Rewriting in Conversational Context".
     */
    static boolean titleCaseWithFunctionWords(Sentence s, int from, int to) {
        for (int j = from; j < to; j++) {
            Token t = s.token(j);
            boolean functionWord = j > from && Character.isLowerCase(t.word().charAt(0))
                    && (t.pos().equals("IN") || t.pos().equals("CC") || t.pos().equals("DT") || t.pos().equals("TO"));
            if (!Character.isUpperCase(t.word().charAt(0)) && !functionWord) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when a title-case long form, function words in lower case inside it, fills the tokens from {@code k + 1} to
     * the parenthesis before the short form that ends at {@code last}, and names no task: "a new dataset for Question
     * Rewriting in Conversational Context (QReCC)" (not "a novel dataset for Reading Comprehension (RC)").
     */
    static boolean titleCaseLongFormOfData(Sentence s, int k, int last) {
        int open = shortFormParenthesis(s, k, last);
        // (the walk over the long form asks its first word for a capital)
        return open - k >= 3 && open + 1 < s.size() && Character.isUpperCase(s.token(open - 1).word().charAt(0))
                && titleCaseWithFunctionWords(s, k + 1, open)
                && !TaskCues.namesATask(Set.of(s.words(k + 1, open - 1, " ")));
    }

    /**
     * True when capitalised words, two or more, fill the tokens from {@code k + 1} to the parenthesis before the short
     * form that ends at {@code last}, and only punctuation, a preposition, a conjunction or a relative word follows the
     * parenthesis: a long form in title case that names a thing of its own (not "with Lite Transformer (LT) blocks",
     * which names the blocks after another paper's model).
     */
    static boolean capitalisedLongFormAfter(Sentence s, int k, int last) {
        int open = openingParenthesisBefore(s, last - 1, k);
        int after = last + 1 < s.size() && s.token(last + 1).word().equals(")") ? last + 2 : s.size();
        // (the tagger may read such a plural noun as a verb, "blocks/VBZ")
        if (open - k < 3 || after < s.size() && Character.isLetter(s.token(after).word().charAt(0))
                && !CLAUSE_OPENING_TAGS.contains(s.token(after).pos())) {
            return false;
        }
        for (int j = k + 1; j < open; j++) {
            if (!Character.isUpperCase(s.token(j).word().charAt(0))) {
                return false;
            }
        }
        return true;
    }

}
