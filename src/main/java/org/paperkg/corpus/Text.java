package org.paperkg.corpus;

/** Whitespace and markup clean-up shared by the readers. */
final class Text {
    /** Runs of whitespace, where the readers split words and lists. */
    static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");
    /** Runs of any space, the non-breaking and typographic ones too: what {@link #squash} collapses. */
    private static final java.util.regex.Pattern ANY_SPACES =
            java.util.regex.Pattern.compile("[\\s\\u00A0\\u2000-\\u200B\\u3000]+");

    private Text() {
    }

    /** Collapses runs of whitespace (including non-breaking spaces) to one space and trims. */
    static String squash(String s) {
        if (s == null) {
            return "";
        }
        return ANY_SPACES.matcher(s).replaceAll(" ").strip();
    }

    /** Share of letters that are CJK ideographs. */
    static double cjkShare(String s) {
        long letters = s.codePoints().filter(Character::isLetter).count();
        if (letters == 0) {
            return 0;
        }
        long han = s.codePoints().filter(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN).count();
        return (double) han / letters;
    }
}
