package org.paperkg.extract;

import static org.paperkg.extract.TypeCues.ARTICLES;
import static org.paperkg.extract.TypeCues.FINITE_VERB_TAGS;
import static org.paperkg.extract.TypeCues.POINTING_WORDS;

import java.util.Locale;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * How the typing and proposal rules read a phrase around a name, token by token: past a parenthesised short form or
 * a quotation mark, to the start of a noun phrase or the ")" that closes a "(", whether a finite verb follows, whether
 * a preposition stands inside a title-case name, and the like.
 */
final class PhraseSyntax {
    /** What may join the adjectives of a description: "simple yet effective", "simple but effective". */
    static final Set<String> ADJECTIVE_JOINERS = Set.of("yet", "but", "and");

    /** Prepositions that a title-case name may hold: "Temporal Domain Generalization with Drift-Aware … (DRAIN)". */
    static final Set<String> NAME_PREPOSITIONS = Set.of("with", "for", "of", "via", "in", "on", "from");

    private PhraseSyntax() {
    }

    /** The last word of a phrase in lower case. */
    static String lastWord(String phrase) {
        String[] words = Names.WHITESPACE.split(phrase.strip().toLowerCase(Locale.ROOT));
        return words[words.length - 1];
    }

    /** True when only an article and lower-case modifiers, three at most, stand before {@code first}. */
    static boolean opensTheSentence(Sentence s, int first) {
        for (int k = 0; k < first; k++) {
            Token t = s.token(k);
            boolean modifier = t.pos().startsWith("JJ") || t.pos().startsWith("NN") || t.pos().equals("HYPH");
            if (first > 3 || !(modifier || k == 0 && t.pos().equals("DT"))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The index of the word that points back ("this", "such") before the adjectives and participles that end at
     * {@code k}, or -1: "this real-world scenario", "such a setting".
     */
    static int pointingWordBefore(Sentence s, int k) {
        while (k >= 0 && (s.token(k).pos().startsWith("JJ") || s.token(k).pos().equals("VBN")
                || s.token(k).pos().equals("HYPH"))) {
            k--;
        }
        return k >= 0 && POINTING_WORDS.contains(s.token(k).lower()) ? k : -1;
    }

    /**
     * True when the name, a whole word, stands right before the word {@code noun} in lower case ("task",
     * "problem"): "for the HMR task", "the Image-Text Matching (ITM) task", "the MAP problem" (not "an SVD-based
     * task re-weighting").
     */
    static boolean rightBeforeTheWord(NameOccurrence o, String noun) {
        return rightBeforeOneOf(o, Set.of(noun));
    }

    /** The index of the name's last token when the name ends where that token ends (a whole word), else -1. */
    static int lastTokenOfWholeName(NameOccurrence o) {
        Sentence s = o.sentence();
        int last = s.tokenIndexAt(o.span().end() - 1);
        return last >= 0 && s.token(last).end() == o.span().end() ? last : -1;
    }

    /**
     * True when the name, a whole word, stands right before one of {@code nouns} in lower case (see
     * {@link #rightBeforeTheWord}).
     */
    static boolean rightBeforeOneOf(NameOccurrence o, Set<String> nouns) {
        Sentence s = o.sentence();
        int last = lastTokenOfWholeName(o);
        if (last < 0) {
            return false;
        }
        int k = pastItsShortForm(s, last + 1);
        return k < s.size() && nouns.contains(s.token(k).lemma()) && Character.isLowerCase(s.token(k).word().charAt(0));
    }

    /**
     * The token after a name, past a parenthesised short form or a closing parenthesis: "metric" in "Average Maximum
     * Eigenvalue (AMV) metric" for the long form and for the short form alike.
     */
    static int tokenAfterShortForm(NameOccurrence o) {
        Sentence s = o.sentence();
        int next = s.tokenIndexAt(o.span().end() - 1) + 1;
        return next < s.size() && s.token(next).word().equals(")") ? next + 1 : pastParentheses(s, next);
    }

    /** The token after a parenthesised group that opens at {@code i} ("(AMV)"), or {@code i} when none opens there. */
    static int pastParentheses(Sentence s, int i) {
        if (i >= s.size() || !s.token(i).word().equals("(")) {
            return i;
        }
        int k = i;
        while (k < s.size() && !s.token(k).word().equals(")")) {
            k++;
        }
        return k + 1;
    }

    /**
     * The start of the noun phrase that begins at {@code start}, back past an adverb and the participle or adjective
     * it modifies, "weakly supervised", and the modifiers before them (a participle there is often tagged a past
     * tense).
     */
    static int pastAnAdverbsParticiple(Sentence s, int start) {
        int k = start;
        while (k >= 2) {
            if (s.token(k - 1).pos().startsWith("RB") && s.token(k).pos().matches("JJ.*|VBN|VBD")) {
                k = startOfNounPhrase(s, k - 1);
            } else if (k >= 3 && s.token(k - 2).pos().startsWith("RB") && s.token(k - 1).pos().matches("JJ.*|VBN|VBD")) {
                k = startOfNounPhrase(s, k - 2);
            } else {
                return k;
            }
        }
        return k;
    }

    /**
     * The first token of the noun phrase whose head is at {@code head}: adjectives, participles, nouns, numbers and
     * parenthesised acronyms before it ("novel masked image modeling (MIM) approach"), determiners excluded.
     */
    static int startOfNounPhrase(Sentence s, int head) {
        int k = head;
        while (k > 0) {
            Token before = s.token(k - 1);
            if (isParenthesisedAcronym(s, k - 1)) {
                k -= 3;
            } else if (before.pos().startsWith("NN") || before.pos().startsWith("JJ") || before.pos().equals("VBG")
                    || before.pos().equals("VBN") || before.pos().equals("CD") || before.pos().equals("HYPH")) {
                k--;
            } else {
                break;
            }
        }
        return k;
    }

    /**
     * True when the token at {@code k} is a preposition inside a title-case name: capitalised words on both sides and
     * a parenthesised acronym ending the name within a few words ("a Temporal Domain Generalization with Drift-Aware
     * Dynamic Neural Network (DRAIN) framework").
     */
    static boolean continuesTitleCaseName(Sentence s, int k) {
        if (k < 1 || k + 1 >= s.size() || !NAME_PREPOSITIONS.contains(s.token(k).word())
                || !Character.isUpperCase(s.token(k - 1).word().charAt(0))
                || !Character.isUpperCase(s.token(k + 1).word().charAt(0))) {
            return false;
        }
        for (int j = k + 1; j < s.size() && j <= k + 7; j++) {
            if (s.token(j).word().equals("(")) {
                return parenthesisedName(s, j);
            }
            if (!Character.isUpperCase(s.token(j).word().charAt(0)) && !NAME_PREPOSITIONS.contains(s.token(j).word())) {
                return false;
            }
        }
        return false;
    }

    /**
     * True when the parenthesis that opens at {@code open} holds a short form or a coined name, emphasis marks aside:
     * "(MIM)", "(**BarLeRIa**)".
     */
    static boolean parenthesisedName(Sentence s, int open) {
        boolean name = false;
        for (int j = open + 1; j < s.size() && j <= open + 4; j++) {
            String w = s.token(j).word();
            if (w.equals(")")) {
                return name;
            }
            if (Names.isAcronym(w) || Names.isCoined(w)) {
                name = true;
            } else if (!NamingContext.EMPHASIS_MARKS.contains(w)) {
                return false;
            }
        }
        return false;
    }

    /** True when the token at {@code close} closes a parenthesised acronym: "(MIM)". */
    static boolean isParenthesisedAcronym(Sentence s, int close) {
        return close >= 2 && s.token(close).word().equals(")") && s.token(close - 2).word().equals("(")
                && Names.isAcronym(s.token(close - 1).word());
    }

    /** The lemma of a word's last hyphenated part: "sub-datasets" is a kind of "dataset". */
    static String headLemma(Token t) {
        String lemma = t.lemma();
        int hyphen = lemma.lastIndexOf('-');
        return hyphen > 0 && hyphen < lemma.length() - 1 ? lemma.substring(hyphen + 1) : lemma;
    }

    /**
     * The index past a name's short form in parentheses that starts at {@code k} ("Theory of Mind (ToM) by …"), or past
     * the closing parenthesis at {@code k} after a short form itself ("(ToM) by …"); else {@code k}.
     */
    static int pastItsShortForm(Sentence s, int k) {
        if (k + 2 < s.size() && s.token(k).word().equals("(") && s.token(k + 2).word().equals(")")) {
            return k + 3;
        }
        return k < s.size() && s.token(k).word().equals(")") ? k + 1 : k;
    }

    /**
     * True when a conjunction or a comma at {@code k} joins two adjectives of a description: "a larger and more
     * complex …", "an Extensible, Multimodal dataset", "a compact, yet accurate detector".
     */
    static boolean joinsAdjectives(Sentence s, int k) {
        // (a joiner after the comma: the adjective is before the comma)
        int adjective = k >= 2 && s.token(k - 1).word().equals(",") ? k - 2 : k - 1;
        if (adjective < 0 || !adjectiveLike(s.token(adjective)) || k + 1 >= s.size()) {
            return false;
        }
        boolean comma = s.token(k).word().equals(",");
        if (!comma && !ADJECTIVE_JOINERS.contains(s.token(k).lower())) {
            return false;
        }
        Token next = s.token(k + 1);
        // (a comma may even stand between the last adjective and the noun: "a very large-scale, very multilingual, news
        // summarisation dataset")
        boolean nounAfterAComma = comma && next.pos().startsWith("NN")
                && next.word().chars().allMatch(Character::isLowerCase);
        return adjectiveLike(next) || next.pos().startsWith("RB")
                || comma && ADJECTIVE_JOINERS.contains(next.lower()) || nounAfterAComma;
    }

    /**
     * True when "and" or "or" at {@code k} joins two nouns: "a new task and dataset", whose last noun is the head (a
     * dataset noun before it stays the head: "A Challenge Dataset and Baselines for …").
     */
    static boolean joinsNouns(Sentence s, int k) {
        return k >= 1 && k + 1 < s.size() && ProposalCues.AND_OR.contains(s.token(k).lower())
                && s.token(k - 1).pos().startsWith("NN") && s.token(k + 1).pos().startsWith("NN");
    }

    /**
     * An adjective, or a compound of hyphenated words, which a title's capitals make the tagger read as a proper noun:
     * "A High-Quality and Large-Scale Benchmark Dataset".
     */
    static boolean adjectiveLike(Token t) {
        return t.pos().startsWith("JJ") || t.word().indexOf('-') > 0 && t.pos().startsWith("NN");
    }

    /** True for an opening or closing quotation mark, as the tagger marks them. */
    static boolean isQuote(Token t) {
        return t.pos().equals("``") || t.pos().equals("''");
    }

    /** The token after a quotation mark at {@code i}, or {@code i} when none stands there. */
    static int pastQuote(Sentence s, int i) {
        return i < s.size() && isQuote(s.token(i)) ? i + 1 : i;
    }

    /**
     * True when the token at {@code k} starts with a capital outside the title, whose words all do: a name's own noun,
     * "the … (QuRDL) Corpus".
     */
    static boolean capitalisedAt(Sentence s, int k) {
        return s.index() > 0 && k < s.size() && Character.isUpperCase(s.token(k).word().charAt(0));
    }

    /**
     * True when the word at k is a verb, by its tag or, as the tagger often reads "benchmark" after a pronoun as a
     * noun, by the word before it: "we benchmark", "to benchmark", "can benchmark".
     */
    static boolean usedAsAVerb(Sentence s, int k) {
        if (s.token(k).pos().startsWith("VB")) {
            return true;
        }
        if (k == 0) {
            return false;
        }
        Token before = s.token(k - 1);
        return before.pos().equals("PRP") || before.pos().equals("MD") || before.lower().equals("to");
    }

    /**
     * True when no article stands from {@code from} to before {@code to}: an article opens another noun phrase, "on
     * KITTI, NYU, and SUN-RGB-D, the SIDP model …".
     */
    static boolean noArticleBetween(Sentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (ARTICLES.contains(s.token(k).lower())) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when a finite verb stands at {@code k}, past a footnote's asterisk and a relative pronoun: "AeDet achieves",
     * "t-ReX* that matches".
     */
    static boolean finiteVerbAfter(Sentence s, int k) {
        while (k < s.size() && s.token(k).word().equals("*")) {
            k++;
        }
        if (k < s.size() && (s.token(k).lower().equals("that") || s.token(k).lower().equals("which"))) {
            k++;
        }
        return k < s.size() && FINITE_VERB_TAGS.contains(s.token(k).pos());
    }

    /**
     * True when, from {@code from}, at most two lower-case nouns or adjectives (and past participles, if
     * {@code participles}) come before a token that {@code head} accepts.
     */
    static boolean headAfterLowerCaseModifiers(Sentence s, int from, boolean participles, IntPredicate head) {
        for (int k = from; k < s.size() && k <= from + 2; k++) {
            if (head.test(k)) {
                return true;
            }
            Token t = s.token(k);
            boolean modifier = t.pos().startsWith("NN") || t.pos().startsWith("JJ") || (participles && t.pos().equals("VBN"));
            if (!Character.isLowerCase(t.word().charAt(0)) || !modifier) {
                return false;
            }
        }
        return false;
    }

    /**
     * True when "the" (or a possessive) opens the noun phrase of the name at {@code first}, past adjectives: "the
     * TabFact accuracy", "the weakly-supervised X accuracy"; not "state-of-the-art AutoAttack robust accuracy",
     * "for Rank-1 accuracy", where the name is an attack or a ranking.
     */
    static boolean afterDeterminer(Sentence s, int first) {
        int k = first - 1;
        while (k >= 0 && (s.token(k).pos().startsWith("JJ") || s.token(k).pos().equals("VBN"))) {
            k--;
        }
        return k >= 0 && (s.token(k).lower().equals("the") || s.token(k).pos().equals("PRP$"));
    }

    /** The index of the ")" that closes the "(" at {@code open}, or -1 when the sentence does not close it. */
    static int closingParenthesis(Sentence s, int open) {
        for (int k = open + 1; k < s.size(); k++) {
            String w = s.token(k).word();
            if (w.equals(")")) {
                return k;
            }
            if (w.equals("(")) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * The index of the "a" or "an" right before {@code start}, past at most {@code modifiers} tokens that
     * {@code modifier} accepts ("a monolingual X", "an effective and simple X"), or -1.
     */
    static int indefiniteArticleBefore(Sentence s, int start, int modifiers,
                                       java.util.function.Predicate<Token> modifier) {
        int k = start - 1;
        while (k >= 0 && start - 1 - k < modifiers && modifier.test(s.token(k))) {
            k--;
        }
        return k >= 0 && TypeCues.INDEFINITE_ARTICLES.contains(s.token(k).lower()) ? k : -1;
    }
}
