package org.paperkg.extract;

import static org.paperkg.extract.PhraseSyntax.closingParenthesis;
import static org.paperkg.extract.TypeCues.DATASET_HEADS;
import static org.paperkg.extract.TypeCues.LIST_GLUE;
import static org.paperkg.extract.TypeCues.METHOD_HEADS;

import java.util.Set;

/**
 * Whether a name stands in a list, for the typing rules of {@link TypeCues}: where a list of names ends, whether a
 * name can end one of its items, what introduces it ("such as"), and whether only list glue, list words and names
 * stand between two tokens.
 */
final class ListCues {
    /** Marks that end a list item besides list glue. */
    static final Set<String> ITEM_ENDS = Set.of(".", ";", ":");

    /** Words that may stand between a dataset noun and the names it lists ("datasets such as X, Y"). */
    static final Set<String> LIST_WORDS = Set.of("such", "include", "including", "like", ":", "i.e.", "i.e", "of",
            "e.g.", "e.g", "namely");

    private ListCues() {
    }

    /**
     * True when tokens {@code from} (inclusive) to {@code to} (exclusive) are articles, conjunctions, commas and
     * capitalised words only: the items of a list ("the SID and SHD"), not a clause ("we design efficient algorithms").
     */
    static boolean onlyNamesAndListWords(Sentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            Token t = s.token(k);
            if (!(t.pos().equals("DT") || t.pos().equals("CC") || t.word().equals(",")
                    || Character.isUpperCase(t.word().charAt(0)))) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when the name from {@code first} to {@code last} is an item of a list that a method noun in the plural, in
     * lower case, opens right before it: "methods NSCL and NSVQA", "the baselines X, Y and Z".
     */
    static boolean listedAfterAMethodNoun(Sentence s, int first, int last) {
        for (int k = first - 1; k >= 0 && k >= first - 12; k--) {
            Token t = s.token(k);
            if (t.pos().equals("NNS") && Character.isLowerCase(t.word().charAt(0))
                    && METHOD_HEADS.contains(t.lemma())) {
                return onlyListWords(s, k + 1, first) && endsListItem(s, last);
            }
        }
        return false;
    }

    /**
     * True when "such as" introduces examples at {@code k}, perhaps after a comma: "data, such as …" ("including" after
     * "data" as often lists what is built for the data: "models for 1-D data, including WaveNet and WaveGlow").
     */
    static boolean examplesFollow(Sentence s, int k) {
        int intro = k < s.size() && s.token(k).word().equals(",") ? k + 1 : k;
        return s.suchAsAt(intro);
    }

    /**
     * True when the tokens from {@code from} to {@code to} list another name after "and", "or" or a comma (not a
     * short form in parentheses, "Dynamic Signal Distribution (DSD) classification").
     */
    static boolean anotherNameListed(Sentence s, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            String before = s.token(k - 1).lower();
            boolean afterGlue = before.equals("and") || before.equals("or") || before.equals(",") || before.equals("&");
            if (afterGlue && (Names.isCoined(s.token(k).word()) || Character.isUpperCase(s.token(k).word().charAt(0)))) {
                return true;
            }
        }
        return false;
    }

    /** True when the word before {@code j} is list glue other than a closing parenthesis: ", the", "and". */
    static boolean gluedOn(Sentence s, int j) {
        String before = s.token(j - 1).lower();
        return !before.equals(")") && LIST_GLUE.contains(before);
    }

    /**
     * The first token from {@code from} on that is not part of a list of names: list glue, coined words, numbers
     * and capitalised words ("HighD, Roundabout Drone (RounD), and MoCAD datasets").
     */
    static int endOfList(Sentence s, int from) {
        int j = from;
        while (j < s.size()) {
            if (s.token(j).word().equals("(")) {
                // a gloss or a score after a listed name: "X (10.8 perplexity) and Y (66.5%) datasets"
                int close = closingParenthesis(s, j);
                if (close < 0) {
                    return j;
                }
                j = close + 1;
            } else if (LIST_GLUE.contains(s.token(j).lower()) || Names.isCoined(s.token(j).word())
                    || s.token(j).pos().equals("CD") || Character.isUpperCase(s.token(j).word().charAt(0))) {
                j++;
            } else {
                return j;
            }
        }
        return j;
    }

    /**
     * True when the name ending at {@code last} can end an item of a list: the sentence ends or goes on with list
     * glue, a closing mark or a dataset noun; not "On the X and Y datasets, Z achieves …" or "datasets like X, Z
     * reconstruction outperforms …", where Z starts the main clause.
     */
    static boolean endsListItem(Sentence s, int last) {
        if (last + 1 >= s.size()) {
            return true;
        }
        Token next = s.token(last + 1);
        // (a dataset noun, not a verb: "…, AGILE3D sets a new state of the art")
        return LIST_GLUE.contains(next.lower()) || ITEM_ENDS.contains(next.word())
                || DATASET_HEADS.contains(next.lemma()) && next.pos().startsWith("NN") || languageOfTheItem(s, last);
    }

    /**
     * True when "in" and one capitalised word that ends the item follow the name at {@code last}: the language of
     * its data, "…, and DuSQL in Chinese, show …".
     */
    static boolean languageOfTheItem(Sentence s, int last) {
        return last + 2 < s.size() && s.token(last + 1).lower().equals("in")
                && Character.isUpperCase(s.token(last + 2).word().charAt(0))
                && (last + 3 >= s.size() || LIST_GLUE.contains(s.token(last + 3).lower())
                        || ITEM_ENDS.contains(s.token(last + 3).word()));
    }

    /**
     * True when the name from {@code first} to {@code last} is an item of a list that a token at most twelve before it
     * opens ({@code opens} says which do): nothing but list words between them, the item ended after the name.
     */
    static boolean listItemAfter(Sentence s, int first, int last, java.util.function.IntPredicate opens) {
        for (int k = Math.max(0, first - 12); k < first; k++) {
            if (opens.test(k) && onlyListWords(s, k + 1, first) && endsListItem(s, last)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when tokens {@code from} (inclusive) to {@code to} (exclusive) are list glue, list words or names, coined
     * or capitalised ("the datasets Cora, Citeseer, Pubmed and X").
     */
    static boolean onlyListWords(Sentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            String w = s.token(k).lower();
            if (!LIST_GLUE.contains(w) && !LIST_WORDS.contains(w) && !Names.isCoined(s.token(k).word())
                    && !Character.isUpperCase(s.token(k).word().charAt(0)) && !s.token(k).pos().equals("CD")) {
                return false;
            }
        }
        return true;
    }
}
