package org.paperkg.extract;

import static org.paperkg.extract.ProposalCues.DASHES;
import static org.paperkg.extract.ProposalCues.MODIFIER_PARTICIPLES;
import static org.paperkg.extract.ProposalCues.NAMING_VERBS;
import static org.paperkg.extract.ProposalCues.afterTheName;
import static org.paperkg.extract.ProposalCues.isTriggerVerb;
import static org.paperkg.extract.ProposalCues.namelyBefore;
import static org.paperkg.extract.ProposalCues.occurrences;
import static org.paperkg.extract.ProposalCues.subjectBefore;

import java.util.Set;

/**
 * Reads a name that stands before a noun in a proposing sentence, for the rules of {@link ProposalFinder}: whether it
 * only modifies what is proposed ("an MPC based protocol", "we propose a novel NAS algorithm": the algorithm is new,
 * not NAS; "we curate PPG and ECG datasets"), is what the new method acts on, or names the method with its noun.
 */
final class NameBeforeANoun {
    static final java.util.regex.Pattern PREPOSITION_INSIDE =
            java.util.regex.Pattern.compile("(?i)\\s(?:for|of|with|via|by|in|on|from)\\s");

    /** Nouns of what a method does to a thing, besides the heads of tasks: "estimation", "prediction". */
    static final Set<String> ACTION_NOUNS = Set.of("estimation", "prediction", "generation", "reconstruction");

    private NameBeforeANoun() {
    }

    /**
     * True when the long forms name a task and nothing else: "Query rewrite", "video super-resolution" (not a method
     * for a task, "Interactive … Attention for image Paragraph captioning", nor a mapping, "Patch-to-Cluster Attention").
     */
    static boolean namesATaskPlainly(Set<String> longForms) {
        return TaskCues.namesATask(longForms)
                && longForms.stream().noneMatch(l -> l.contains("-to-") || PREPOSITION_INSIDE.matcher(l).find());
    }

    /**
     * True when a long form stands in a sentence where the authors propose something: "we propose an Interactive …
     * Attention model for image Paragraph captioning (IMAP)", whose long form the character match may cut to the task;
     * not a long form in lower case, the task's common name: "we introduce a method that turns a relation extraction
     * (RE) classifier into …" does not make RE the method.
     */
    static boolean definedWhereProposed(AnnotatedText text, Set<String> longForms, Set<String> ownNames) {
        for (String longForm : longForms) {
            if (longForm.equals(longForm.toLowerCase(java.util.Locale.ROOT))) {
                continue;
            }
            for (PhraseSearch.WordMatch m : occurrences(text, longForm, 0)) {
                Sentence s = m.sentence();
                for (int k = 0; k < s.size(); k++) {
                    if (isTriggerVerb(s, k) && subjectBefore(s, k, ownNames)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * True when a method noun follows the name and the short form in parentheses that the common name of a correction
     * task, in lower case, is given right before it: "a grammatical error correction (GEC) system" makes a system for
     * the task, whether the name is the long form or the short form there. (Other tasks' names before a method noun
     * are as often the authors' coined names: "an end-to-end variational autoencoding parsing (VAP) model", "a
     * collaborative depth distribution classification (CDDC) module".)
     */
    static boolean taskDefinedBeforeAMethodNoun(Sentence s, int first, int last, Set<String> longForms) {
        int close = endOfDefinition(s, last);
        // (the parenthesis opens before the name where the name is the short form, after it where it is the long form)
        int open = close == last + 1 ? first - 1 : last + 1;
        if (close < 0 || close + 1 >= s.size() || open < 1 || !s.token(open).word().equals("(")
                || !TypeCues.METHOD_HEADS.contains(s.token(close + 1).lemma())) {
            return false;
        }
        return s.token(open - 1).lower().equals("correction")
                && longForms.stream().anyMatch(l -> l.equals(l.toLowerCase(java.util.Locale.ROOT))
                        && l.endsWith(" correction") && namesATaskPlainly(Set.of(l)));
    }

    /**
     * True when lower-case nouns that a method noun ends follow the name, and a capitalised or coined name follows
     * them, right away or after a naming verb: "a lightweight VFL framework VFLAIR", "a VFL training scheme called
     * FedQuill", "a Fused Gromov-Wasserstein (FGW) Mixture Model named FraMe" (the name may hold its noun: "a novel
     * NAS algorithm called NAS at Initialization (NASI)", where the text always writes NAS with "algorithm" after
     * it).
     */
    static boolean beforeAMethodNounThatANameFollows(Sentence s, int last) {
        boolean holdsItsNoun = Character.isLowerCase(s.token(last).word().charAt(0))
                && TypeCues.METHOD_HEADS.contains(s.token(last).lemma());
        // (past the parenthesis around a short form, and the comma of an apposition: "a neural incremental
        // Structure-from-Motion (SfM) approach, Level-S2fM")
        int from = holdsItsNoun ? last : afterTheName(s, last);
        for (int k = from; k < s.size() && k <= from + 2; k++) {
            Token t = s.token(k);
            // (capitalised nouns too where a naming verb follows them: "a Fused Gromov-Wasserstein (FGW) Mixture Model
            // named FraMe")
            boolean lowerCase = Character.isLowerCase(t.word().charAt(0));
            if (!lowerCase && !Names.TITLE_WORD.matcher(t.word()).matches() || !t.pos().startsWith("NN")) {
                return false;
            }
            String lemma = t.lemma().toLowerCase(java.util.Locale.ROOT);
            if (TypeCues.METHOD_HEADS.contains(lemma) && k + 1 < s.size()) {
                boolean named = NAMING_VERBS.contains(s.token(k + 1).lemma());
                if (!lowerCase && !named) {
                    return false;
                }
                int next = (named || s.token(k + 1).word().equals(",")) && k + 2 < s.size() ? k + 2 : k + 1;
                String w = s.token(next).word();
                return Character.isUpperCase(w.charAt(0)) || Names.isCoined(w);
            }
        }
        return false;
    }

    /**
     * A name right after "namely" names, with the noun after it, one thing: "a smoothed approximation, namely SOFT
     * (…) top-k operator" (but "two parts, namely ViT encoders and …" are of a kind).
     */
    static boolean namesTheNounAfterIt(Sentence s, int first, int last) {
        if (namelyBefore(s, first) < 0) {
            return false;
        }
        int next = afterTheName(s, last);
        while (next < s.size() && !s.token(next).pos().startsWith("NN") && next - last <= 3) {
            next++;
        }
        // the compound's head, its last noun, is one thing
        while (next + 1 < s.size() && s.token(next + 1).pos().startsWith("NN")) {
            next++;
        }
        return next < s.size() && s.token(next).pos().equals("NN");
    }

    /**
     * A short form defined in place that, with the nouns after it, names one method: "we introduce Output-Domain
     * focused Biasing (ODB) training strategy" (but "Sequential Monte Carlo (SMC) resampling algorithms" are a kind).
     */
    static boolean shortFormOfAMethodNoun(Sentence s, int longForm, int first, int last) {
        // a name's long form is capitalised ("a time-to-event (TTE) foundation model" describes the model); a
        // hyphen or a participle after the parenthesis makes a modifier ("Expectation-Maximization (EM)-style", "an
        // Upper Confidence Bound (UCB) based policy")
        if (longForm == first || last + 2 >= s.size() || !s.token(last + 1).word().equals(")")
                || !Character.isUpperCase(s.token(longForm).word().charAt(0)) || s.token(last + 2).word().startsWith("-")
                || modifierParticiple(s, last + 2)) {
            return false;
        }
        int head = last + 2;
        while (head + 1 < s.size() && s.token(head + 1).pos().startsWith("NN")
                && Character.isLowerCase(s.token(head + 1).word().charAt(0))) {
            head++;
        }
        return head < s.size() && head > last + 2 && s.token(head).pos().equals("NN")
                && TypeCues.METHOD_HEADS.contains(s.token(head).lemma());
    }

    /** "based" in "an MPC based protocol"; not "PointSAM based on SAM", where the participle describes the name. */
    static boolean modifierParticiple(Sentence s, int k) {
        return k < s.size() && MODIFIER_PARTICIPLES.contains(s.token(k).lower())
                && (k + 1 >= s.size() || !(s.token(k + 1).pos().equals("IN") || s.token(k + 1).pos().equals("TO")
                        || s.token(k + 1).word().equals(",")));
    }

    /**
     * True when the name only modifies what follows it: "X-based", "an MPC based protocol", "a DP analysis",
     * "Differentially Private (DP) algorithms", "Sequential Monte Carlo (SMC) resampling algorithms", "we propose a
     * novel NAS algorithm" (what is proposed is the algorithm, not NAS).
     */
    static boolean modifiesANoun(NameOccurrence o, Sentence s, int first, int last) {
        // inside a hyphenated token: "a novel NeRF-guided distillation algorithm"
        Token end = s.token(last);
        int inside = o.span().end() - end.begin();
        if (inside > 0 && inside < end.word().length() && end.word().charAt(inside) == '-') {
            return true;
        }
        // (a hyphenated suffix, "X -based"; not a dash that sets off an apposition, "we propose X -- a strategy …",
        // "our model - X - is …")
        if (last + 1 < s.size() && ((s.token(last + 1).word().startsWith("-") && !DASHES.contains(s.token(last + 1).word())
                && !s.token(last + 1).word().equals("-"))
                || modifierParticiple(s, last + 1))) {
            return true;
        }
        // after the parenthesis too: "a novel neural architecture search (NAS)-enabled algorithm", "an Upper
        // Confidence Bound (UCB) based policy"
        int next = afterTheName(s, last);
        if (next > last + 1 && (hyphenAfterParenthesis(s, next) || modifierParticiple(s, next))) {
            return true;
        }
        boolean nounModifier = next < s.size() && (s.token(next).pos().startsWith("NN")
                || (s.token(next).pos().equals("VBG") && next + 1 < s.size()
                        && s.token(next + 1).pos().startsWith("NN")));
        // (not a verb that the tagger reads as a plural noun: "our method CLAMP yields improved …", "(SQT) grafts a
        // … layer onto …", an article right after it)
        boolean verbBeforeItsObject = next + 1 < s.size() && s.token(next).pos().equals("NNS")
                && TypeCues.ARTICLES.contains(s.token(next + 1).lower());
        if (nounModifier && Names.isAcronym(o.name()) && Character.isLowerCase(s.token(next).word().charAt(0))
                && !TypeCues.VERBS_READ_AS_PLURALS.contains(s.token(next).lower()) && !verbBeforeItsObject
                && (s.token(next).pos().equals("NNS") || (!TypeCues.METHOD_HEADS.contains(s.token(next).lemma())
                        && !TypeCues.COMPONENT_NOUNS.contains(s.token(next).lemma())
                        && !TypeCues.DATASET_HEADS.contains(s.token(next).lemma())))) {
            return true;
        }
        // (a capitalised phrase found right after the verb is the name itself: "a simple Hybrid Distillation strategy")
        // (after an indefinite article, any singular noun: "we have released a VSCode extension powered by our model")
        boolean headAfter = last + 1 < s.size() && (TypeCues.METHOD_HEADS.contains(s.token(last + 1).lemma())
                || TypeCues.DATASET_HEADS.contains(s.token(last + 1).lemma()));
        boolean nounAfter = last + 1 < s.size() && s.token(last + 1).pos().equals("NN")
                && Character.isLowerCase(s.token(last + 1).word().charAt(0));
        if (!o.source().equals("triggered-phrase") && (headAfter || nounAfter)) {
            // (but "the" before a name and a plural dataset noun names a collection: "we introduce the Alice
            // benchmarks, large-scale datasets …")
            if (headAfter && s.token(last + 1).pos().equals("NNS")
                    && !(first >= 1 && s.token(first - 1).lower().equals("the")
                            && TypeCues.DATASET_HEADS.contains(s.token(last + 1).lemma()))) {
                return true;
            }
            for (int k = first - 1; k >= 0 && k >= first - 4; k--) {
                String w = s.token(k).lower();
                if (w.equals("a") || w.equals("an")) {
                    return true;
                }
                if (!s.token(k).pos().startsWith("JJ") && !s.token(k).pos().startsWith("NN") && !w.contains("-")) {
                    break;
                }
            }
        }
        return false;
    }

    /**
     * True when a hyphen joins the token at {@code next} to the parenthesis before it: "upper confidence bound
     * (UCB)-type algorithms" (but not a dash: "called … (GNPE)---is based on").
     */
    static boolean hyphenAfterParenthesis(Sentence s, int next) {
        if (next >= s.size() || s.token(next).begin() != s.token(next - 1).end()) {
            return false;
        }
        String w = s.token(next).word();
        // (a hyphen alone, which the tagger may read as punctuation, glued to the word after it: "(NAS)-enabled")
        boolean gluedHyphen = w.equals("-") && next + 1 < s.size() && s.token(next + 1).begin() == s.token(next).end()
                && Character.isLetter(s.token(next + 1).word().charAt(0));
        return s.token(next).pos().equals("HYPH") || gluedHyphen
                || w.length() > 1 && w.charAt(0) == '-' && Character.isLetter(w.charAt(1));
    }

    /**
     * Acronyms of common nouns listed before a plural noun describe it: "we curate PPG and ECG datasets", where
     * PPG stands for "photoplethysmography" (but "the XQA and YQA datasets" may be named ones).
     */
    static boolean termsModifyANoun(NameOccurrence o, Sentence s, int last, java.util.Set<String> longForms) {
        int afterList = ListCues.endOfList(s, last + 1);
        return afterList > last + 1 && afterList < s.size() && s.token(afterList).pos().equals("NNS")
                && Character.isLowerCase(s.token(afterList).word().charAt(0))
                && !longForms.isEmpty()
                && longForms.stream().allMatch(l -> l.equals(l.toLowerCase(java.util.Locale.ROOT)));
    }

    /**
     * True when a naming phrase gives the long form and a method noun follows the short form: "a method we refer to as
     * polynomial approximate log-likelihood (PAL) estimators" names the estimators PAL.
     */
    static boolean namedWithItsMethodNoun(Sentence s, int longFormStart, int first, int last) {
        if (longFormStart == first || ClauseProposals.namingPhrase(s, longFormStart) == null) {
            return false;
        }
        int next = afterTheName(s, last);
        return next < s.size() && TypeCues.METHOD_HEADS.contains(s.token(next).lemma());
    }

    /**
     * The closing parenthesis of the definition of a name that ends at {@code last}: its short form in parentheses, or
     * its long form and the short form in parentheses after it; -1 when there is none.
     */
    static int endOfDefinition(Sentence s, int last) {
        if (last + 1 < s.size() && s.token(last + 1).word().equals(")")) {
            return last + 1;
        }
        return last + 3 < s.size() && s.token(last + 1).word().equals("(") && s.token(last + 3).word().equals(")")
                ? last + 3 : -1;
    }

    /**
     * True when a lower-case noun of an action and a method noun come at {@code k}, after a short form in parentheses:
     * "a new Image Signal Processor (ISP) estimation method", where the short form names what the new method acts on.
     */
    static boolean objectOfTheNewMethod(Sentence s, int k) {
        if (k + 1 >= s.size() || !Character.isLowerCase(s.token(k).word().charAt(0))) {
            return false;
        }
        String action = s.token(k).lower();
        return (ACTION_NOUNS.contains(action) || TaskCues.TASK_HEADS.contains(action))
                && TypeCues.METHOD_HEADS.contains(s.token(k + 1).lemma());
    }
}
