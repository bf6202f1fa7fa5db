package org.paperkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How the letters of a short form spell the words before it: the character match of Schwartz–Hearst (PSB 2003), and
 * the other ways short forms are made, from the initials of words or of their hyphenated parts, their capitals,
 * syllables, a prefix written last, words swapped around a preposition, a letter a digit counts (the "D3" of "D3P"),
 * "2" for "to".
 * {@link #spelledBy} gives the longest end of the words before a short form that it spells.
 */
final class LongFormSpelling {
    /**
     * A capital that a digit from 2 to 4 counts, before another letter or at the end: the "D3" of "D3P", the "A2" of
     * "A2Summ", the "P3" of "Pareto policy pool (P3)".
     */
    private static final java.util.regex.Pattern REPEATED_LETTER =
            java.util.regex.Pattern.compile("(\\p{Lu})([2-4])(\\p{L}|$)");

    private static final java.util.regex.Pattern TWO_FOR_TO = java.util.regex.Pattern.compile("(\\p{L})2(\\p{L})");

    private static final java.util.regex.Pattern TO_WORD = java.util.regex.Pattern.compile("(?i)(^|[\\s-])to([\\s-])");

    private static final java.util.regex.Pattern NOT_LETTER = java.util.regex.Pattern.compile("[^\\p{L}]");

    /** Capitals, then a version number: "SFEW 2.0", "MSRA-2", "QA v2". */
    private static final java.util.regex.Pattern VERSION_AFTER_CAPITALS =
            java.util.regex.Pattern.compile("(\\p{Lu}{2,})[ -]v?\\d+(?:\\.\\d+)*");

    /** Quotation marks that open a word: the '"' of '"Planning', which lends no initial. */
    private static final java.util.regex.Pattern OPENING_QUOTES =
            java.util.regex.Pattern.compile("^[\"\u201C\u2018'`]+");

    static final Set<String> LEADING_NOISE = Set.of("the", "a", "an", "our", "this", "novel", "new", "its",
            "their", "we", "and", "of", "to", "in", "for", "on", "with", "by", "as", "is", "are");

    /** Prepositions that a short form may spell across, its letters for the words after them first. */
    private static final Set<String> SWAPPING_PREPOSITIONS = Set.of("over", "on", "for", "from", "in", "with");

    /** A capital and the small letters after it, the part of a mixed-case short form that opens a word: "Co", "B". */
    private static final java.util.regex.Pattern OPENING_PART = java.util.regex.Pattern.compile("\\p{Lu}\\p{Ll}*");

    private LongFormSpelling() {
    }

    /**
     * The longest end of {@code candidate} that the short form's letters ({@code spelled}, powers spelled out; as
     * written, {@code inside}) spell by any of the ways short forms are made, or null.
     */
    static String spelledBy(String spelled, String inside, String candidate) {
        // (initials past function words only for a short form of letters alone: "(IWSLT 2010)" is an edition)
        String longForm = longerOf(bestLongForm(spelled, candidate), initialsLongForm(spelled, candidate, false));
        if (spelled.chars().allMatch(Character::isLetter)) {
            longForm = longerOf(longForm, initialsLongForm(spelled, candidate, true));
            // (a hyphenated word lending the initial of its first part only: "Projection-Based Constrained Policy
            // Optimization (PCPO)")
            longForm = longerOf(longForm, initialsLongForm(spelled, candidate, true, true));
            // (so do hyphenated words in lower case where the character match took two letters from inside one word:
            // "corpus-level curriculum (CC)", not "curriculum"; "multi-level memory networks (MMN)"; but not where
            // every part opens with one, "self-supervised learning (SSL)", "test-time training (TTT)")
            String firstParts = firstPartsLongForm(spelled, candidate);
            if (firstParts != null && (longForm == null || longForm.length() < firstParts.length()
                    && !spelledByTheInitialsOfItsParts(longForm, spelled))) {
                longForm = firstParts;
            }
        }
        // "the Quill variable Pessimistic Policy Optimization (QPPO)": the initials of the capitalised words spell
        // it, past a lower-case word that lends none
        longForm = longerOf(longForm, capitalisedInitialsLongForm(spelled, candidate));
        // "Continuous and Categorical Bayesian Optimisation (CoCaBO)": each capital and the small letters after it
        // open a word, where the character match took "CoCa" from "Categorical" alone
        longForm = longerOf(longForm, syllablesLongForm(spelled, candidate));
        // "we propose an imPlicit self-ImprovemenT (PIT) framework": the capitals inside the words spell the short
        // form, where the character match ran on into "propose an"; or stopped short of them ("BEllman
        // Equation-based automatic rank Regularizer (BEER)", whose B it took from "-based")
        String capitals = capitalsLongForm(spelled, candidate);
        if (capitals != null && (longForm == null || longForm.length() < capitals.length()
                || longForm.substring(0, longForm.length() - capitals.length()).chars()
                        .noneMatch(Character::isUpperCase))) {
            longForm = capitals;
        }
        if (longForm == null && TWO_FOR_TO.matcher(spelled).find()) {
            // "text-to-image (T2I)": a 2 between letters stands for "to" (not in "Agent-by-agent … (A2PO)")
            longForm = bestLongForm(TWO_FOR_TO.matcher(spelled).replaceAll("$1t$2"), candidate);
            if (longForm != null && !TO_WORD.matcher(longForm).find()) {
                longForm = null;
            }
        }
        if (REPEATED_LETTER.matcher(spelled).find()) {
            // "Deep Differential Dynamic Programming (D3P)": a digit after a capital may count the words that
            // capital opens, when the initials of capitalised words spell it so (D3P's letters alone give "Dynamic
            // Programming"; not "we propose Population-Based Black-Box Optimization (P3BO)")
            String repeated = initialsLongForm(repeatedLettersSpelledOut(spelled), candidate, true);
            if (repeated == null) {
                repeated = capitalisedInitialsLongForm(repeatedLettersSpelledOut(spelled), candidate);
            }
            // (past an opening quotation mark: "''Pareto policy pool (P3)''"; or quoted as a whole, in any case,
            // a term coined: "called “good-enough example extrapolation” (GE3)")
            if (repeated != null && (Character.isUpperCase(OPENING_QUOTES.matcher(repeated).replaceFirst("")
                    .charAt(0)) || OPENING_QUOTES.matcher(repeated).lookingAt())) {
                longForm = longerOf(longForm, repeated);
            }
        }
        if (longForm == null) {
            longForm = prefixWrittenLast(inside, candidate);
        }
        if (longForm == null && spelled.chars().allMatch(Character::isLetter)) {
            longForm = swappedAroundAPreposition(spelled, candidate);
        }
        if (longForm == null && VERSION_AFTER_CAPITALS.matcher(inside).matches()) {
            // "Static Facial Expressions in the Wild (SFEW 2.0)": the letters before a version spell the long form
            String letters = VERSION_AFTER_CAPITALS.matcher(inside).replaceFirst("$1");
            longForm = longerOf(bestLongForm(letters, candidate), initialsLongForm(letters, candidate, true));
        }
        return longForm;
    }

    /**
     * "question answering over knowledge bases (KBQA)": a short form that spells the words after a preposition, then
     * the words before it, each one initial a word. Null when the candidate's last words are no such long form.
     */
    private static String swappedAroundAPreposition(String shortForm, String candidate) {
        String[] words = Names.WHITESPACE.split(candidate.strip());
        String letters = shortForm.toLowerCase(java.util.Locale.ROOT);
        for (int p = words.length - 2; p >= 1 && words.length - 1 - p <= 4; p--) {
            if (!SWAPPING_PREPOSITIONS.contains(words[p])) {
                continue;
            }
            int after = words.length - 1 - p;
            int before = letters.length() - after;
            if (before < 1 || before > 4 || before > p) {
                return null;
            }
            StringBuilder initials = new StringBuilder();
            for (int k = p + 1; k < words.length; k++) {
                initials.append(Character.toLowerCase(words[k].charAt(0)));
            }
            for (int k = p - before; k < p; k++) {
                initials.append(Character.toLowerCase(words[k].charAt(0)));
            }
            if (initials.toString().equals(letters)) {
                return String.join(" ", java.util.Arrays.copyOfRange(words, p - before, words.length));
            }
        }
        return null;
    }

    /**
     * "dubbed Subequivariant Graph RL in 3D environments (3D-SGRL)": a short prefix of the short form, before its one
     * hyphen, that the long form writes as a word of its own after the words that spell the rest. Null when there is
     * no such long form.
     */
    private static String prefixWrittenLast(String shortForm, String candidate) {
        int hyphen = shortForm.indexOf('-');
        if (hyphen < 1 || hyphen > 3 || shortForm.indexOf('-', hyphen + 1) >= 0 || hyphen == shortForm.length() - 1) {
            return null;
        }
        String prefix = shortForm.substring(0, hyphen);
        String longForm = bestLongForm(shortForm.substring(hyphen + 1) + "-" + prefix, candidate);
        return longForm != null && Character.isUpperCase(longForm.charAt(0))
                && java.util.Arrays.asList(Names.WHITESPACE.split(longForm)).contains(prefix) ? longForm : null;
    }

    /** "D3P" to "DDDP": a letter that a digit from 2 to 4 counts, written that many times. */
    private static String repeatedLettersSpelledOut(String shortForm) {
        java.util.regex.Matcher m = REPEATED_LETTER.matcher(shortForm);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, m.group(1).repeat(Integer.parseInt(m.group(2))) + m.group(3));
        }
        m.appendTail(out);
        return out.toString();
    }

    static String longerOf(String a, String b) {
        return a == null || (b != null && b.length() > a.length()) ? b : a;
    }

    /**
     * The words at the end of {@code candidate} whose initials (of each hyphenated part too) spell the short form:
     * "proximal policy optimization (PPO)", where the character match alone stops at "policy optimization" because
     * the "p" of "optimization" can stand for the second P. With {@code skipFunctionWords}, lower-case function words
     * lend no initial: "Office of the Director of National Intelligence (ODNI)", where the other matches take the O
     * from "of".
     */
    private static String initialsLongForm(String shortForm, String candidate, boolean skipFunctionWords) {
        return initialsLongForm(shortForm, candidate, skipFunctionWords, false);
    }

    /**
     * As above; with {@code firstPartsOnly}, a hyphenated word lends the initial of its first part alone, and every
     * word that lends one is capitalised.
     */
    private static String initialsLongForm(String shortForm, String candidate, boolean skipFunctionWords,
                                   boolean firstPartsOnly) {
        return initialsLongForm(shortForm, candidate, skipFunctionWords, firstPartsOnly, firstPartsOnly);
    }

    /** As above, with hyphenated words lending the initial of their first part alone, in any case. */
    private static String firstPartsLongForm(String shortForm, String candidate) {
        return initialsLongForm(shortForm, candidate, true, true, false);
    }

    /** True when the initials of the words of {@code phrase}, each hyphenated part's too, spell the short form. */
    private static boolean spelledByTheInitialsOfItsParts(String phrase, String shortForm) {
        String letters = NOT_LETTER.matcher(shortForm.toLowerCase(Locale.ROOT)).replaceAll("");
        StringBuilder initials = new StringBuilder();
        for (String word : Names.WHITESPACE.split(phrase)) {
            initials.append(partInitials(word, false));
        }
        return initials.toString().equals(letters);
    }

    /**
     * The lower-cased initials of a word's hyphenated parts that open with a letter, past an opening quotation mark
     * ("Projection-Based" gives "pb"); only the first such part's with {@code firstPartOnly} ("p").
     */
    private static String partInitials(String word, boolean firstPartOnly) {
        StringBuilder initials = new StringBuilder();
        for (String part : Names.HYPHEN.split(OPENING_QUOTES.matcher(word).replaceFirst(""))) {
            if (!part.isEmpty() && Character.isLetter(part.charAt(0))) {
                initials.append(Character.toLowerCase(part.charAt(0)));
                if (firstPartOnly) {
                    break;
                }
            }
        }
        return initials.toString();
    }

    private static String initialsLongForm(String shortForm, String candidate, boolean skipFunctionWords,
                                           boolean firstPartsOnly, boolean capitalsOnly) {
        String letters = NOT_LETTER.matcher(shortForm.toLowerCase(Locale.ROOT)).replaceAll("");
        String[] words = Names.WHITESPACE.split(candidate);
        StringBuilder initials = new StringBuilder();
        for (int k = words.length - 1; k >= 0 && initials.length() < letters.length(); k--) {
            if (skipFunctionWords && LEADING_NOISE.contains(words[k])) {
                continue;
            }
            // (words in title case only, then: not "this paper proposes a Prospective-Performance Network (PPN)")
            if (capitalsOnly && !Character.isUpperCase(words[k].charAt(0))) {
                return null;
            }
            initials.insert(0, partInitials(words[k], firstPartsOnly));
            if (initials.toString().equals(letters)) {
                return String.join(" ", java.util.Arrays.copyOfRange(words, k, words.length));
            }
        }
        return null;
    }

    /**
     * The words at the end of {@code candidate} that open with the capitalised word of the first letter, whose
     * capitalised words' initials spell a short form of three letters or more, past one or two lower-case words inside
     * that lend none: "Proxy variable Pessimistic Policy Optimization" for PPPO; else null.
     */
    private static String capitalisedInitialsLongForm(String shortForm, String candidate) {
        String letters = NOT_LETTER.matcher(shortForm).replaceAll("").toLowerCase(Locale.ROOT);
        if (letters.length() < 3) {
            return null;
        }
        String[] words = Names.WHITESPACE.split(candidate);
        StringBuilder initials = new StringBuilder();
        boolean lowerCaseInside = false;
        int skipped = 0;
        for (int k = words.length - 1; k >= 0 && initials.length() < letters.length(); k--) {
            String w = words[k];
            if (w.isEmpty() || !Character.isLetter(w.charAt(0))) {
                return null;
            }
            if (Character.isLowerCase(w.charAt(0))) {
                // (function words do not count against the two: "Datasets with Diverse human Demonstrations for
                // Imitation Learning (D3IL)")
                if (k == words.length - 1 || !Names.NAME_JOINING_WORDS.contains(w) && ++skipped > 2) {
                    return null;
                }
                lowerCaseInside = true;
                continue;
            }
            initials.insert(0, Character.toLowerCase(w.charAt(0)));
            if (initials.toString().equals(letters)) {
                return lowerCaseInside ? String.join(" ", java.util.Arrays.copyOfRange(words, k, words.length)) : null;
            }
        }
        return null;
    }

    /**
     * The words at the end of {@code candidate} that the parts of a mixed-case short form open, one part each, in
     * order, past lower-case words that join names ("and", "of"): "Continuous and Categorical Bayesian Optimisation"
     * for CoCaBO ("Co", "Ca", "B", "O"), "Hybrid Bayesian Optimization" for HyBO; else null (a short form that opens
     * in lower case, has no small letters or holds anything but letters is left to the other matches).
     */
    private static String syllablesLongForm(String shortForm, String candidate) {
        if (shortForm.isEmpty() || !Character.isUpperCase(shortForm.charAt(0))
                || !shortForm.chars().allMatch(Character::isLetter)
                || shortForm.chars().noneMatch(Character::isLowerCase)) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        java.util.regex.Matcher m = OPENING_PART.matcher(shortForm);
        while (m.find()) {
            parts.add(m.group().toLowerCase(Locale.ROOT));
        }
        if (parts.size() < 2) {
            return null;
        }
        String[] words = Names.WHITESPACE.split(candidate);
        int part = parts.size() - 1;
        for (int k = words.length - 1; k >= 0; k--) {
            String word = words[k].toLowerCase(Locale.ROOT);
            if (word.startsWith(parts.get(part))) {
                if (--part < 0) {
                    return String.join(" ", java.util.Arrays.copyOfRange(words, k, words.length));
                }
            } else if (k == words.length - 1 || !Names.NAME_JOINING_WORDS.contains(word) && !word.equals("and")) {
                return null;
            }
        }
        return null;
    }

    /**
     * The words at the end of {@code candidate} whose capitals, in order, spell a short form written in capitals only,
     * when one of the words capitalises a letter inside it: "imPlicit self-ImprovemenT" for PIT, "LEarning Across
     * Dynamical Systems" for LEADS; else null (a mixed-case short form, "xMoCo", lends its lower-case letters too).
     */
    static String capitalsLongForm(String shortForm, String candidate) {
        String letters = Names.capitalsOf(shortForm);
        if (letters.length() < 2 || !letters.equals(NOT_LETTER.matcher(shortForm).replaceAll(""))) {
            return null;
        }
        String[] words = Names.WHITESPACE.split(candidate);
        String capitals = "";
        for (int k = words.length - 1; k >= 0 && letters.endsWith(capitals); k--) {
            capitals = Names.capitalsOf(words[k]) + capitals;
            if (capitals.equals(letters)) {
                String longForm = String.join(" ", java.util.Arrays.copyOfRange(words, k, words.length));
                return DefinitionFilter.spelledOutInCapitals(longForm) ? longForm : null;
            }
        }
        return null;
    }

    /**
     * True when the letter at {@code l} is the "x" of a word that opens with "ex", which a short form's first letter
     * may stand for: "Extreme classification (XC)", "eXplainable AI (XAI)".
     */
    private static boolean xOfAnOpeningEx(String candidate, int l) {
        return Character.toLowerCase(candidate.charAt(l)) == 'x' && l >= 1
                && Character.toLowerCase(candidate.charAt(l - 1)) == 'e'
                && (l == 1 || !Character.isLetterOrDigit(candidate.charAt(l - 2)));
    }

    /**
     * Where the last word of {@code candidate} starts when it opens with "cross", which a short form's first "X" may
     * stand for ("Cross-lingual (XL)"), and it holds the character at {@code l}; -1 otherwise (a long form of several
     * words, "cross-lingual language model (XLM)", is left to the character match, which finds none).
     */
    private static int crossBefore(String candidate, int l) {
        for (int k = l; k >= 0; k--) {
            boolean wordStart = k == 0 || !Character.isLetterOrDigit(candidate.charAt(k - 1));
            if (wordStart && candidate.regionMatches(true, k, "cross", 0, 5)) {
                return candidate.indexOf(' ', k) < 0 ? k : -1;
            }
            if (wordStart && Character.toLowerCase(candidate.charAt(k)) == 'x' || xOfAnOpeningEx(candidate, k)) {
                return -1;
            }
        }
        return -1;
    }

    /** Schwartz–Hearst: the shortest suffix of {@code candidate} whose characters cover the short form in order. */
    static String bestLongForm(String shortForm, String candidate) {
        int s = shortForm.length() - 1;
        int l = candidate.length() - 1;
        while (s >= 0) {
            char c = Character.toLowerCase(shortForm.charAt(s));
            if (!Character.isLetterOrDigit(c)) {
                s--;
                continue;
            }
            if (s == 0 && c == 'x') {
                int cross = crossBefore(candidate, l);
                if (cross >= 0) {
                    return candidate.substring(cross);
                }
            }
            while ((l >= 0 && Character.toLowerCase(candidate.charAt(l)) != c)
                    || (s == 0 && l > 0 && Character.isLetterOrDigit(candidate.charAt(l - 1))
                            && !xOfAnOpeningEx(candidate, l))) {
                l--;
            }
            if (l < 0) {
                return null;
            }
            l--;
            s--;
        }
        int start = candidate.lastIndexOf(' ', l) + 1;
        return candidate.substring(start);
    }
}
