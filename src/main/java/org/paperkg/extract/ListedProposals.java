package org.paperkg.extract;

import static org.paperkg.extract.ProposalCues.AND_OR;
import static org.paperkg.extract.ProposalCues.COMPARISONS;
import static org.paperkg.extract.ProposalCues.CREATING_VERBS;
import static org.paperkg.extract.ProposalCues.TRIGGERS;
import static org.paperkg.extract.ProposalCues.countsThings;
import static org.paperkg.extract.ProposalCues.isTriggerVerb;
import static org.paperkg.extract.ProposalCues.subjectBefore;

import java.util.Set;

/**
 * Proposals read from a list after a proposing verb, for the rules of {@link ProposalFinder}: a numbered item after a
 * colon ("we propose three ideas: 1) …, and 3) Rollover Budget Forcing (RBF), …") or an item of a list after an object
 * that counts the things proposed ("two novel techniques: Entropy Meaning Loss (EML) and …"). Each returns the rule
 * that fired, or null.
 */
final class ListedProposals {
    /** The number of a list item before its closing parenthesis: "1)", "(ii)", "(b)". */
    private static final java.util.regex.Pattern ITEM_NUMBER =
            java.util.regex.Pattern.compile("[1-9]|i{1,3}|iv|v|vi{1,3}|[a-f]");

    /** Words between a counted plural's comma and the names it announces: "two methods, namely X and Y". */
    private static final Set<String> LIST_NAMING_WORDS = Set.of("namely", "called", "named", "dubbed", "termed");

    /** Prepositions whose phrase may say what the counted things extend or serve: "two extensions to the …". */
    private static final Set<String> COUNTED_THINGS_PREPOSITIONS = Set.of("to", "for", "of", "on");

    /** Verbs of making data, beside those that always make something new: "we collected and annotated …". */
    private static final Set<String> COLLECTING_VERBS = Set.of("collect", "curate");

    private ListedProposals() {
    }

    /**
     * The name that opens an item of a numbered list after a trigger and a colon: "we propose three ideas: 1) …,
     * 2) …, and 3) Rollover Budget Forcing (RBF), an adaptive …"; "(i)" and "(a)" number items too, and an article
     * may open the item: "this paper contributes: (1) The ChiMeS corpus, …".
     */
    static String enumeratedAfterTrigger(Sentence s, int name, Set<String> ownNames) {
        int first = name >= 3 && TypeCues.ARTICLES.contains(s.token(name - 1).lower()) ? name - 1 : name;
        if (first < 2 || !s.token(first - 1).word().equals(")")
                || !ITEM_NUMBER.matcher(s.token(first - 2).word()).matches()) {
            return null;
        }
        for (int k = first - 3; k >= 1 && k >= first - 60; k--) {
            if (s.token(k).word().equals(":")) {
                for (int v = k - 1; v >= 0 && v >= k - 8; v--) {
                    Token t = s.token(v);
                    if (TRIGGERS.contains(t.lemma()) && t.pos().startsWith("VB")) {
                        return subjectBefore(s, v, ownNames) ? "proposal.enumerated" : null;
                    }
                    if (COMPARISONS.contains(t.lower()) || t.word().equals(",") || t.word().equals(";")) {
                        return null;
                    }
                }
                return null;
            }
        }
        return null;
    }

    /**
     * True when the token at {@code k} opens a list: a colon, or a comma after a lower-case plural that a capital
     * follows past a naming word or "i.e." and past an article ("two algorithms, Quantile …", "two algorithms, known
     * as GraphFM-IB …", "two models, i.e., the Negative Binomial …"; not "three tasks, including …").
     */
    private static boolean opensACountedList(Sentence s, int k) {
        String word = s.token(k).word();
        if (word.equals(":")) {
            return true;
        }
        if (!word.equals(",") || k < 1 || !s.token(k - 1).pos().equals("NNS")
                || !Character.isLowerCase(s.token(k - 1).word().charAt(0))) {
            return false;
        }
        int next = k + 1;
        if (next + 1 < s.size() && s.token(next).lower().equals("known") && s.token(next + 1).lower().equals("as")) {
            next += 2;
        } else if (next < s.size() && (LIST_NAMING_WORDS.contains(s.token(next).lower())
                || s.token(next).lower().equals("i.e."))) {
            next++;
            if (next < s.size() && s.token(next).word().equals(",")) {
                next++;
            }
        }
        // (an article may open the item: "two models, namely the Binomial … (BQM) and the Gamma …")
        if (next < s.size() && TypeCues.ARTICLES.contains(s.token(next).lower())) {
            next++;
        }
        return next < s.size() && Character.isUpperCase(s.token(next).word().charAt(0));
    }

    /**
     * The name that opens an item of a list after a trigger whose object counts the things and a colon, or a comma
     * right after the plural: "we propose two novel techniques: Entropy Meaning Loss (EML) and Adaptive Negative
     * Learning (ANL)", "two novel algorithms, Quantile Credit Assignment (QCA) and Hindsight QCA", "two new attentions:
     * 1) the Batch Normalized Attention (Attention-BN) derived from … and 2) the Attention with Scaled Head
     * (Attention-SH)". An item opens right after the colon, an item number, "and" or a comma (an article aside), and
     * no finite verb comes between the colon and the name: "three strategies: …, to explore the MH points" does not
     * open an item with MH, nor does "three contributions: (I) we show a decomposition of the MSE loss".
     */
    static String listedAfterACountedObject(Sentence s, int first, Set<String> ownNames) {
        int k = first - 1;
        if (k >= 0 && TypeCues.ARTICLES.contains(s.token(k).lower())) {
            k--;
        }
        if (k < 1) {
            return null;
        }
        String opener = s.token(k).word();
        boolean numbered = opener.equals(")") && ITEM_NUMBER.matcher(s.token(k - 1).word()).matches();
        boolean semicolon = opener.equals(";") || AND_OR.contains(opener) && s.token(k - 1).word().equals(";");
        if (!opener.equals(":") && !numbered && !opener.equals(",") && !AND_OR.contains(opener) && !semicolon) {
            return null;
        }
        int colon = k;
        // (items that semicolons part may say what each does: "three techniques: statistical weight quantization
        // (StatsQ) to improve …; confidence-guided annealing (CGA) that freezes …; and … (QKR) to resolve …", the
        // verbs of earlier items standing behind a semicolon)
        while (colon >= 1 && k - colon <= (semicolon ? 60 : 30) && !opensACountedList(s, colon)) {
            Token t = s.token(colon);
            // (a capitalised word belongs to a name, whatever the tagger reads: "Ranked Margin Pooling")
            boolean verb = (TypeCues.FINITE_VERB_TAGS.contains(t.pos()) || t.pos().equals("VB"))
                    && Character.isLowerCase(t.word().charAt(0));
            if (!semicolon && (t.word().equals(";") || verb)) {
                return null;
            }
            colon--;
        }
        if (colon < 1 || !opensACountedList(s, colon)) {
            return null;
        }
        boolean counted = false;
        int afterTheCount = prepositionalPhraseBefore(s, colon);
        for (int v = afterTheCount - 1; v >= 0 && v >= afterTheCount - 8; v--) {
            Token t = s.token(v);
            if (isTriggerVerb(s, v)) {
                return counted && subjectBefore(s, v, ownNames) ? "proposal.listed-after-a-count" : null;
            }
            // (a verb conjoined after a verb of making or collecting: "We collected and annotated two … datasets: …")
            if (t.pos().startsWith("VB") && afterAVerbOfMakingAndOr(s, v)) {
                return counted && subjectBefore(s, v - 2, ownNames) ? "proposal.listed-after-a-count" : null;
            }
            // ("both" too, after a trigger: "we introduce both modules: …"; not in a list of examples, "For both
            // models, …")
            counted |= countsThings(t) || t.lower().equals("both");
            // (a proper noun may qualify the lower-case noun after it, "two new Jejueo datasets: …"; no other word
            // in capitals)
            String pos = t.pos();
            if (!(pos.equals("DT") || pos.equals("CD") || pos.startsWith("JJ") || pos.startsWith("NN")
                    || pos.startsWith("RB") || pos.equals("VBN"))
                    || Character.isUpperCase(t.word().charAt(0)) && !qualifiesTheNounAfter(s, v)) {
                return null;
            }
        }
        return null;
    }

    /**
     * Where a short prepositional phrase ends the counted object right before the colon at {@code colon} starts:
     * "two other novel extensions to the original Transformer: …" gives the position of "to"; {@code colon} when
     * none does. Its object may be capitalised, a name, as long as nothing but nouns, adjectives and articles follow
     * the preposition.
     */
    private static int prepositionalPhraseBefore(Sentence s, int colon) {
        for (int k = colon - 1; k >= 1 && colon - k <= 5; k--) {
            Token t = s.token(k);
            if (COUNTED_THINGS_PREPOSITIONS.contains(t.lower()) && k < colon - 1) {
                return k;
            }
            String pos = t.pos();
            if (!(pos.equals("DT") || pos.startsWith("JJ") || pos.startsWith("NN") || pos.equals("HYPH"))) {
                return colon;
            }
        }
        return colon;
    }

    /** True when the token at {@code v} is a proper noun before a lower-case noun: "Jejueo" of "Jejueo datasets". */
    private static boolean qualifiesTheNounAfter(Sentence s, int v) {
        return s.token(v).pos().startsWith("NNP") && v + 1 < s.size() && s.token(v + 1).pos().startsWith("NN")
                && Character.isLowerCase(s.token(v + 1).word().charAt(0));
    }

    /** True when "and" or "or" and, before it, a verb of making or collecting come right before {@code v}. */
    private static boolean afterAVerbOfMakingAndOr(Sentence s, int v) {
        if (v < 2 || !AND_OR.contains(s.token(v - 1).lower()) || !isTriggerVerb(s, v - 2)) {
            return false;
        }
        String lemma = s.token(v - 2).lemma();
        return CREATING_VERBS.contains(lemma) || COLLECTING_VERBS.contains(lemma);
    }
}
