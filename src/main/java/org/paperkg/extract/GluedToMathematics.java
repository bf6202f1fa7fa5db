package org.paperkg.extract;

import java.util.regex.Pattern;

/**
 * Words the tokenizer cut out of mathematics or out of a longer word, which are no names, for {@link NameFinder}: a
 * word written right after a formula (after a bar, a root or a closing dollar sign) or inside mathematics that a word
 * goes on from, and a capital the tokenizer cut off inside a word.
 */
final class GluedToMathematics {
    /** Characters of a formula that a word written right after them belongs to. */
    static final String FORMULA_ENDS = "|√^";

    /**
     * A LaTeX symbol's command that the next word is glued to: "Zh\rightarrowEn", "English\RightarrowGerman" (the
     * double arrow, capitalised), "\alphaNLI".
     */
    static final Pattern SYMBOL_COMMAND = Pattern.compile("(?:(?:[Ll]eft|[Rr]ight|[Ll]eftright|[Ll]ong|"
            + "[Ll]ongleft|[Ll]ongright)arrow|to|alpha|beta"
            + "|gamma|delta|epsilon|lambda|mu|sigma|omega|pi|tau|theta|phi|psi|ell|times|cdot)\\p{Lu}");

    private GluedToMathematics() {
    }

    /**
     * True when the tokenizer cut a word after a capital letter that a lower-case letter and another letter go on
     * from: "RGB+Depth" comes out as "RGB+D" and "epth", "CNN+BiLSTM" as "CNN+B" and "iLSTM"; neither part is a name.
     */
    static boolean endsInsideAWord(String all, Token t) {
        int end = t.end();
        return end + 1 < all.length() && Character.isUpperCase(t.word().charAt(t.word().length() - 1))
                && Character.isLowerCase(all.charAt(end)) && Character.isLetter(all.charAt(end + 1));
    }

    /**
     * True when the word at {@code begin} is written right after a formula: after a bar, a root or a superscript mark,
     * a subscript mark glued to what comes before it ("x_Net", not "_Scene Flow via Distillation_"), a LaTeX symbol's
     * command ("\rightarrowEn"; not a macro of the authors' own, "\UCRLnew"), or mathematics inside a word
     * ("I$^2$SB").
     */
    static boolean gluedToAFormula(String text, int begin) {
        if (begin < 2 || !Character.isLetter(text.charAt(begin))) {
            return false;
        }
        char before = text.charAt(begin - 1);
        return FORMULA_ENDS.indexOf(before) >= 0
                || before == '_' && !Character.isWhitespace(text.charAt(begin - 2))
                || before == '\\' && SYMBOL_COMMAND.matcher(text).region(begin, text.length()).lookingAt()
                || before == '$' && insideAWord(text, begin - 1);
    }

    /**
     * True when the dollar sign at {@code close} closes mathematics that a word goes on from on both sides: "I$^2$SB",
     * "G-$\Delta$UQ"; not a variable before a name, "the $k$WL test", "$\omega$GCN", nor mathematics that
     * the dollar sign opens.
     */
    static boolean insideAWord(String text, int close) {
        int dollars = 0;
        int open = -1;
        for (int i = 0; i < close; i++) {
            if (text.charAt(i) == '$') {
                dollars++;
                open = i;
            }
        }
        if (dollars % 2 == 0 || open < 1) {
            return false;
        }
        char before = text.charAt(open - 1);
        return Character.isLetterOrDigit(before) || before == '-';
    }
}
