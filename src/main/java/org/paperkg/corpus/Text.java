package org.paperkg.corpus;

/** Whitespace and markup clean-up shared by the readers. */
final class Text {
    private static final java.util.regex.Pattern SPACES =
            java.util.regex.Pattern.compile("[\\s\\u00A0\\u2000-\\u200B\\u3000]+");

    private Text() {
    }

    /** Collapses runs of whitespace (including non-breaking spaces) to one space and trims. */
    static String squash(String s) {
        if (s == null) {
            return "";
        }
        return SPACES.matcher(s).replaceAll(" ").strip();
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
