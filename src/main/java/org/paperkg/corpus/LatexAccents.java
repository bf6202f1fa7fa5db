package org.paperkg.corpus;

import java.text.Normalizer;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * LaTeX's accent commands and special letters, as BibTeX exports and arXiv abstracts write names, turned into the
 * letters they stand for: {@code {\"U}ber} is "Über" (the braces around an accent go with it), {@code M\"{u}ller}
 * "Müller", {@code \'{\i}} "í", {@code \c{c}} "ç", {@code \v s} "š", {@code \ss} "ß", {@code {\L}ojasiewicz}
 * "Łojasiewicz".
 */
final class LatexAccents {
    /** The combining mark each accent command adds to the letter after it. */
    private static final Map<String, String> MARKS = Map.ofEntries(Map.entry("\"", "\u0308"),
            Map.entry("'", "\u0301"), Map.entry("`", "\u0300"), Map.entry("^", "\u0302"), Map.entry("~", "\u0303"),
            Map.entry("=", "\u0304"), Map.entry(".", "\u0307"), Map.entry("u", "\u0306"), Map.entry("v", "\u030C"),
            Map.entry("H", "\u030B"), Map.entry("c", "\u0327"), Map.entry("k", "\u0328"), Map.entry("r", "\u030A"));

    /** The letters LaTeX writes with a command of their own. */
    private static final Map<String, String> LETTERS = Map.ofEntries(Map.entry("ss", "ß"), Map.entry("ae", "æ"),
            Map.entry("AE", "Æ"), Map.entry("oe", "œ"), Map.entry("OE", "Œ"), Map.entry("aa", "å"),
            Map.entry("AA", "Å"), Map.entry("o", "ø"), Map.entry("O", "Ø"), Map.entry("l", "ł"), Map.entry("L", "Ł"),
            Map.entry("i", "ı"), Map.entry("j", "ȷ"));

    /** The accented letter: a plain letter, or a dotless i or j written as a command. */
    private static final String LETTER = "(\\\\[ij](?![A-Za-z])|[A-Za-z])";

    /**
     * A symbol accent, its letter right after it or in braces ({@code \"u}, {@code \"{u}}); or a letter accent, its
     * letter in braces or after a space ({@code \v{s}}, {@code \c c}), so that a command that merely starts with
     * such a letter is none.
     */
    private static final Pattern ACCENT = Pattern.compile("\\\\([\"'`^~=.])\\s*(?:\\{\\s*" + LETTER + "\\s*\\}|"
            + LETTER + ")|\\\\([uvHckr])(?:\\s*\\{\\s*" + LETTER + "\\s*\\}|\\s+" + LETTER + ")");

    /** An accent with braces around it and nothing else: {@code {\"U}}. */
    private static final Pattern BRACED_ACCENT = Pattern.compile("\\{\\s*(" + ACCENT.pattern() + ")\\s*\\}");

    /** The names of the special letters' commands ({@link #LETTERS}' keys), as a pattern's alternatives. */
    private static final String LETTER_COMMANDS = "(ss|ae|AE|oe|OE|aa|AA|o|O|l|L|i|j)";

    /** A special letter's command, ended by anything but a letter, with an empty group or a space after it eaten. */
    private static final Pattern SPECIAL_LETTER = Pattern.compile("\\\\" + LETTER_COMMANDS + "(?![A-Za-z])"
            + "(?:\\{\\}|\\s(?=[A-Za-z]))?");

    /** A special letter's command with braces around it and nothing else: {@code Polyak-{\L}ojasiewicz}. */
    private static final Pattern BRACED_SPECIAL_LETTER = Pattern.compile("\\{\\s*\\\\" + LETTER_COMMANDS + "\\s*\\}");

    private LatexAccents() {
    }

    /** The text with its accent commands and special letters written as the letters they stand for. */
    static String resolve(String text) {
        if (text.indexOf('\\') < 0) {
            return text;
        }
        String unbraced = withAccentsResolved(BRACED_ACCENT.matcher(text), 1);
        String accented = withAccentsResolved(ACCENT.matcher(unbraced), 0);
        String unbracedLetters = withLettersResolved(BRACED_SPECIAL_LETTER.matcher(accented));
        return withLettersResolved(SPECIAL_LETTER.matcher(unbracedLetters));
    }

    /** The matched special letters' commands, their name the first group, written as the letters. */
    private static String withLettersResolved(Matcher m) {
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(LETTERS.get(m.group(1))));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The matched accents written as accented letters; {@code shift} counts the groups before the accent's own. */
    private static String withAccentsResolved(Matcher m, int shift) {
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String accent = m.group(1 + shift) != null ? m.group(1 + shift) : m.group(4 + shift);
            String letter = firstNonNull(m.group(2 + shift), m.group(3 + shift), m.group(5 + shift),
                    m.group(6 + shift));
            String base = letter.startsWith("\\") ? letter.substring(1) : letter;
            m.appendReplacement(out, Matcher.quoteReplacement(
                    Normalizer.normalize(base + MARKS.get(accent), Normalizer.Form.NFC)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String firstNonNull(String... values) {
        for (String v : values) {
            if (v != null) {
                return v;
            }
        }
        throw new IllegalStateException("no letter matched");
    }
}
