package org.paperkg.extract;

import java.util.regex.Pattern;

/**
 * What the text written against a one-token name adds to it, for {@link NameFinder}: the pluses the tokenizer split
 * off ("Hydra++"), a size ("22k"), a decimal version, an edition's year or version one space after a name of several
 * words, and where the name then ends.
 */
final class NameExtent {
    /** An edition's year after an apostrophe, a token of its own: "'14" in "WMT'14". */
    static final Pattern YEAR_SUFFIX = Pattern.compile("['\u2019]\\d{2}");

    /** A name that ends in a decimal number: "CNVid-3.5", "InterHand2.6". */
    static final Pattern DECIMAL_END = Pattern.compile("\\d\\.\\d+$");

    /** A decimal version: "2.0", "1.1". */
    static final Pattern DECIMAL_VERSION = Pattern.compile("\\d\\.\\d");

    private NameExtent() {
    }

    /**
     * Where a hyphenated number after {@code end} ends ("-28-10", "-7b"), or {@code end} when there is none (a word
     * after a hyphen, "-based", is no part of the name).
     */
    static int endOfHyphenatedSuffix(String text, int end) {
        int k = end;
        while (k + 1 < text.length() && text.charAt(k) == '-' && Character.isDigit(text.charAt(k + 1))) {
            k++;
            while (k < text.length() && Character.isLetterOrDigit(text.charAt(k))) {
                k++;
            }
        }
        return k;
    }

    /** True when a number ends in a size's letter: "22k". */
    static boolean endsInALetter(String number) {
        return !Character.isDigit(number.charAt(number.length() - 1));
    }

    /** True when a capital, a digit or a hyphen stands inside the word after its first letter. */
    static boolean shapedLikeAName(String word) {
        for (int i = 1; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isUpperCase(c) || Character.isDigit(c) || c == '-') {
                return true;
            }
        }
        return false;
    }

    /**
     * The pluses written against the token at {@code i} that end a word ("Hydra++", which the tokenizer splits into
     * "Hydra", "+", "+"), or 0 (none, or a word goes on after them: "RGB+D").
     */
    static int pluses(Sentence s, int i) {
        int next = afterGluedPluses(s, i, s.token(i).end());
        return next > i + 1 && nothingGluedAfter(s, next - 1) ? next - i - 1 : 0;
    }

    /**
     * The index after the one or two "+" tokens written against the text that ends at {@code end}, the end of the token
     * at {@code i}: the tokenizer splits "NeRV++" into "NeRV", "+", "+".
     */
    static int afterGluedPluses(Sentence s, int i, int end) {
        int next = i + 1;
        while (next < s.size() && next <= i + 2 && s.token(next).word().equals("+") && s.token(next).begin() == end) {
            end = s.token(next).end();
            next++;
        }
        return next;
    }

    /** A name with what the words after its token add to it, and where it then ends. */
    record Extended(String name, int end) {
    }

    /**
     * What the tokens after a one-token name add to it: the pluses the tokenizer split off ("NeRV++"), the noun the
     * text always writes after a short form ("FK steering"), a version written apart ("AlpacaEval 2.0", "MoCo v2").
     */
    static Extended extendAfter(Sentence s, int i, String name, int end, boolean wholeToken, NameFinding f) {
        int next = wholeToken ? afterGluedPluses(s, i, end) : i + 1;
        // (not a plus that joins two names: "DistilBERT+MultiScale CNN")
        if (next > i + 1 && !nothingGluedAfter(s, next - 1)) {
            next = i + 1;
        }
        if (next > i + 1) {
            end = s.token(next - 1).end();
            name = name + "+".repeat(next - i - 1);
        }
        String noun = f.shortFormNouns.get(name);
        if (noun != null) {
            // also after the short form's definition, "(FK) steering", where the noun is not next to it
            name = name + " " + noun;
            if (next < s.size() && s.token(next).word().equals(noun) && s.token(next).begin() == end + 1) {
                end = s.token(next).end();
            }
        }
        int yearEnd = wholeToken ? endOfYearSuffix(s, next, end) : -1;
        if (yearEnd >= 0) {
            // "WMT'14", "THUMOS'14": the edition's year, written against the name, is part of it
            name = name + s.words(next, yearEnd, "").replace('\u2019', '\'');
            end = s.token(yearEnd).end();
        } else if (wholeToken && gluedDecimalVersionAt(s, next, end)
                && !Character.isDigit(name.charAt(name.length() - 1))) {
            // "SQuAD2.0", "MultiWOZ2.1": the tokenizer parts a decimal version from the name it is written against
            name = name + s.token(next).word();
            end = s.token(next).end();
            next++;
        } else if (wholeToken && versionAt(s, next, end) && !Character.isDigit(name.charAt(name.length() - 1))) {
            name = name + " " + s.token(next).word();
            end = s.token(next).end();
        }
        if (wholeToken && sizeLetterAt(s, next, end) && DECIMAL_END.matcher(name).find()) {
            // "CNVid-3.5M", "OPT-1.3B", "InterHand2.6M": the tokenizer parts a size's letter from its decimal
            name = name + s.token(next).word().charAt(0);
            end = s.token(next).begin() + 1;
        }
        return new Extended(name, end);
    }

    /** True when a size's letter ("M", "B", "K") stands at {@code k} against {@code end}, nothing glued after it. */
    static boolean sizeLetterAt(Sentence s, int k, int end) {
        if (k >= s.size() || s.token(k).begin() != end) {
            return false;
        }
        // (the sentence's full stop may be glued to the letter: "… and InterHand2.6M." ends with "M.")
        String w = s.token(k).word();
        String letter = w.endsWith(".") && k + 1 == s.size() ? w.substring(0, w.length() - 1) : w;
        return (letter.equals("M") || letter.equals("B") || letter.equals("K")) && nothingGluedAfter(s, k);
    }

    /**
     * True when no letter or digit is written against the end of the token at {@code k}: the sentence ends, a space
     * follows, or punctuation.
     */
    static boolean nothingGluedAfter(Sentence s, int k) {
        return k + 1 == s.size() || s.token(k + 1).begin() > s.token(k).end()
                || !Character.isLetterOrDigit(s.token(k + 1).word().charAt(0));
    }

    /**
     * True when a decimal version stands at {@code k} against the name's {@code end}, nothing glued after it but a
     * size's letter ("InterHand2.6M").
     */
    static boolean gluedDecimalVersionAt(Sentence s, int k, int end) {
        return k < s.size() && s.token(k).begin() == end && DECIMAL_VERSION.matcher(s.token(k).word()).matches()
                && (nothingGluedAfter(s, k) || sizeLetterAt(s, k + 1, s.token(k).end()));
    }

    /**
     * The index of the token that ends an edition's year written against the name's {@code end} from token {@code k},
     * "'14" in one token or, before a comma or a full stop, where the tokenizer writes the apostrophe apart
     * ("CoNLL’03," is "CoNLL", "’", "03"), in two; -1 when none stands there.
     */
    static int endOfYearSuffix(Sentence s, int k, int end) {
        if (k >= s.size() || s.token(k).begin() != end) {
            return -1;
        }
        if (YEAR_SUFFIX.matcher(s.token(k).word()).matches()) {
            return k;
        }
        boolean split = k + 1 < s.size() && s.token(k + 1).begin() == s.token(k).end()
                && YEAR_SUFFIX.matcher(s.words(k, k + 1, "")).matches();
        return split ? k + 1 : -1;
    }

    /**
     * The index of a year or a version written one space after a name of several words, as an edition's ("TAC KBP
     * 2016", "Prague Dependency Treebank 2.0"); -1 when none stands there, or when it dates a citation ("(Penn Treebank
     * 2002)" is read as {@link #versionAt} reads it).
     */
    static int editionAfter(Sentence s, Span name) {
        int last = s.tokenIndexAt(name.end() - 1);
        if (last < 0 || s.token(last).end() != name.end()) {
            return -1;
        }
        String lastWord = s.token(last).word();
        if (Character.isDigit(lastWord.charAt(lastWord.length() - 1))) {
            return -1; // a name that ends in a number has its edition already: "FLORES-200 2022" is no edition
        }
        int k = last + 1;
        return versionAt(s, k, name.end()) ? k : -1;
    }

    /**
     * True when the token at {@code k}, one space after {@code end}, is a version and not a score or a factor
     * ("ImageNet 2.5 %", "CIFAR-10 3.1 FID", "DeepSpeech 3.9x").
     */
    static boolean versionAt(Sentence s, int k, int end) {
        if (k >= s.size() || s.token(k).begin() != end + 1 || !Names.isVersion(s.token(k).word())) {
            return false;
        }
        if (k + 1 == s.size()) {
            return true;
        }
        Token after = s.token(k + 1);
        boolean glued = after.begin() == s.token(k).end() && Character.isLetter(after.word().charAt(0));
        // a year before a closing bracket dates a citation: "(ICALP 2002)", "Weinstein, ITCS 2021]"
        boolean cited = Names.YEAR.matcher(s.token(k).word()).matches()
                && (after.word().equals(")") || after.word().equals("]"));
        return !isScoreUnit(after.word()) && !glued && !cited;
    }

    /** What follows a number that is a score: "%", a metric's acronym ("FID"), another number. */
    static boolean isScoreUnit(String word) {
        return word.equals("%") || Names.isAcronym(word) || Character.isDigit(word.charAt(0));
    }
}
