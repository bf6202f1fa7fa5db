package org.paperkg.extract;

import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The LaTeX markup of superscripts written inside names: "I$^2$SB", "CORES$^{2}$", "LightHGNN$^+$", "DDM^2",
 * "PASCAL-5^i". The finders read the text without it ("I2SB", "PASCAL-5i"), the name as authors and annotators spell
 * it in plain text; CoreNLP's tokenizer is given the written text with the markup characters turned into soft hyphens,
 * which it drops, so that a name stays one token and the text keeps its length. Evidence keeps the written text and
 * its offsets: {@link #writtenSpan} maps back. Unlike the markup that the corpus readers drop from a text (font
 * commands, emphasis), a superscript says something, "T^2AF" stands for two words with a T: the paper's text keeps it,
 * and a finder may ask for it ({@link AnnotatedText#asWritten}).
 * <p>
 * Markup inside a formula ("$\mathcal{O}(CL^4)$", an odd number of dollar signs before it) is left alone, as are
 * powers of a variable ("n^2", "O(T^2)": a base without a capital letter, or a single letter that no name
 * continues) and subscripts ("AP$_{50}$"). A PDF's modifier circumflex reads as a caret ("CDˆ2CR" is CD2CR).
 */
final class LatexMarkup {
    /** What a superscript inside a name holds: a number, one or two pluses, or a single lower-case letter. */
    private static final String CONTENT = "(?:[0-9]{1,2}|\\+{1,2}|[a-z])";
    /** What a bare superscript holds: a number or pluses, or a letter that no other letter follows ("AP^box"). */
    private static final String BARE_CONTENT = "(?:[0-9]{1,2}|\\+{1,2}|[a-z](?!\\p{L}))";
    /** "$^{2}$", "$^2$", "^{2}", "^2" right after a letter or digit (a bare one outside a formula). */
    private static final List<Pattern> SUPERSCRIPTS = List.of(
            Pattern.compile("(?<=[\\p{L}\\p{N}])(\\$\\^\\{)(" + CONTENT + ")(\\}\\$)"),
            Pattern.compile("(?<=[\\p{L}\\p{N}])(\\$\\^)(" + CONTENT + ")(\\$)"),
            Pattern.compile("(?<=[\\p{L}\\p{N}])(\\^\\{)(" + CONTENT + ")(\\})"),
            Pattern.compile("(?<=[\\p{L}\\p{N}])([\\^\u02C6])(" + BARE_CONTENT + ")()(?![\\p{N}{^_+])"));
    /** The circumflex that a PDF may give for a caret: "CDˆ2CR", "O(Nˆ4)". */
    static final char MODIFIER_CIRCUMFLEX = '\u02C6';
    /** The word a superscript follows: letters, digits and hyphens. */
    private static final Pattern BASE = Pattern.compile("[\\p{L}\\p{N}-]+$");

    private final String written;
    /** The written offsets of the markup characters, ascending. */
    private final int[] removed;
    /** Which of {@link #removed} close a superscript ("}$" of "$^{2}$"): a span that ends at its content takes them. */
    private final BitSet closing;

    private LatexMarkup(String written, int[] removed, BitSet closing) {
        this.written = written;
        this.removed = removed;
        this.closing = closing;
    }

    /** A text without markup. */
    static LatexMarkup none(String written) {
        return new LatexMarkup(written, new int[0], new BitSet());
    }

    /** The markup of a text, often none. */
    static LatexMarkup of(String written) {
        if (written.indexOf('^') < 0 && written.indexOf('$') < 0 && written.indexOf(MODIFIER_CIRCUMFLEX) < 0) {
            return none(written);
        }
        BitSet markup = new BitSet();
        BitSet closing = new BitSet();
        for (Pattern superscript : SUPERSCRIPTS) {
            mark(written, superscript.matcher(written), markup, closing);
        }
        if (markup.isEmpty()) {
            return none(written);
        }
        int[] removed = markup.stream().toArray();
        BitSet closingIndexes = new BitSet();
        for (int i = 0; i < removed.length; i++) {
            closingIndexes.set(i, closing.get(removed[i]));
        }
        return new LatexMarkup(written, removed, closingIndexes);
    }

    private static void mark(String text, Matcher m, BitSet markup, BitSet closing) {
        while (m.find()) {
            boolean bare = text.charAt(m.start()) == '^' || text.charAt(m.start()) == MODIFIER_CIRCUMFLEX;
            if (insideAFormula(text, m.start()) || bare && !bareSuperscriptOfAName(text, m.start(), m.end())) {
                continue;
            }
            markup.set(m.start(1), m.end(1));
            markup.set(m.start(3), m.end(3));
            closing.set(m.start(3), m.end(3));
        }
    }

    /** True when an odd number of unescaped dollar signs stands before {@code at} in the text's paragraph. */
    private static boolean insideAFormula(String text, int at) {
        int dollars = 0;
        for (int i = at - 1; i >= 0 && text.charAt(i) != '\n'; i--) {
            if (text.charAt(i) == '$' && (i == 0 || text.charAt(i - 1) != '\\')) {
                dollars++;
            }
        }
        return dollars % 2 == 1;
    }

    /**
     * True when the word before a bare superscript reads as a name: it has a capital letter, and it is longer than
     * one letter or a name continues after the superscript ("I^2-SDF", not "O(T^2)").
     */
    private static boolean bareSuperscriptOfAName(String text, int start, int end) {
        Matcher base = BASE.matcher(text.substring(Math.max(0, start - 40), start));
        if (!base.find() || base.group().chars().noneMatch(Character::isUpperCase)) {
            return false;
        }
        return base.group().length() > 1
                || end < text.length() && (Character.isLetter(text.charAt(end)) || text.charAt(end) == '-');
    }

    boolean isEmpty() {
        return removed.length == 0;
    }

    /** The text as written. */
    String written() {
        return written;
    }

    /** The text without the markup, as the finders read it. */
    String readable() {
        if (isEmpty()) {
            return written;
        }
        StringBuilder b = new StringBuilder(written.length() - removed.length);
        int next = 0;
        for (int r : removed) {
            b.append(written, next, r);
            next = r + 1;
        }
        return b.append(written, next, written.length()).toString();
    }

    /** The written text with each markup character a soft hyphen, which CoreNLP's tokenizer drops from a word. */
    String masked() {
        if (isEmpty()) {
            return written;
        }
        char[] chars = written.toCharArray();
        for (int r : removed) {
            chars[r] = '\u00AD';
        }
        return new String(chars);
    }

    /** The readable offset of a written offset: the markup characters before it do not count. */
    int readableOffset(int writtenOffset) {
        int before = Arrays.binarySearch(removed, writtenOffset);
        return writtenOffset - (before >= 0 ? before : -before - 1);
    }

    /**
     * The written range of a readable one: from its first character to its last, and over the markup that closes a
     * superscript it ends in ("CORES$^{2}$", not "CORES$^{2").
     */
    Span writtenSpan(Span readable) {
        if (isEmpty()) {
            return readable;
        }
        int begin = writtenOffsetOf(readable.begin());
        if (readable.length() == 0) {
            return new Span(begin, begin);
        }
        int end = writtenOffsetOf(readable.end() - 1) + 1;
        int i = Arrays.binarySearch(removed, end);
        while (i >= 0 && i < removed.length && removed[i] == end && closing.get(i)) {
            end++;
            i++;
        }
        return new Span(begin, end);
    }

    /** The written offset of the readable character at {@code readableOffset}. */
    private int writtenOffsetOf(int readableOffset) {
        int offset = readableOffset;
        for (int r : removed) {
            if (r > offset) {
                break;
            }
            offset++;
        }
        return offset;
    }
}
