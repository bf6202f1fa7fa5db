package org.paperkg.corpus;

/** Whitespace and markup clean-up shared by the readers. */
final class Text {
    /** Runs of whitespace, where the readers split words and lists. */
    static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");
    /** Runs of any space, the non-breaking and typographic ones too: what {@link #squash} collapses. */
    private static final java.util.regex.Pattern ANY_SPACES =
            java.util.regex.Pattern.compile("[\\s\\u00A0\\u2000-\\u200B\\u3000]+");

    /** LaTeX font and link commands around a word or phrase: "\\textbf{S}et-based", "\\emph{not}", "\\url{…}". */
    private static final java.util.regex.Pattern FONT_COMMAND = java.util.regex.Pattern.compile(
            "\\\\(?:textbf|textit|textsl|emph|texttt|textsc|textrm|textsf|textproc|textnormal|underline|url)"
                    + "\\s*\\{([^{}]*)}");
    /**
     * The older declarations in a group, of a font or a size: "{\\em not}", "{\\bf X}", "{\\large S}" (not a command's
     * argument, "\\text{\\bf X}").
     */
    private static final java.util.regex.Pattern FONT_DECLARATION =
            java.util.regex.Pattern.compile("(?<![A-Za-z])\\{\\\\(?:em|bf|it|tt|sc|sl|large|Large|small)\\s+([^{}]*)}");

    /**
     * A font switch left bare once the group around it is gone: "$\\text{\\bf Me}$ta-RL" reads "\\bf Meta-RL" after
     * {@link #TEXT_IN_MATH}.
     */
    private static final java.util.regex.Pattern BARE_FONT_SWITCH =
            java.util.regex.Pattern.compile("\\\\(?:bf|it|rm|sf|tt|em|sc|sl)\\s+");
    /** Mathematics that holds only text: "$\\text{Learn Locally, Correct Globally}$". */
    private static final java.util.regex.Pattern TEXT_IN_MATH =
            java.util.regex.Pattern.compile("\\$\\\\(?:text|textrm|mathrm)\\{([^{}$]*)}\\$");

    /**
     * Mathematics that, once its font commands are gone, holds only a name: "$\\textbf{SEED}$", "$\\texttt{CN-TS}$".
     * Three characters at least, so that variables ("$x$", "$AB$") stay mathematics.
     */
    private static final java.util.regex.Pattern NAME_IN_MATH =
            java.util.regex.Pattern.compile("\\$([A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*)\\$(?=[^A-Za-z0-9]|$)");
    /**
     * A name in a mathematical font, four characters at least: "$\\mathsf{FriendlyCore}$", "$\\mathtt{iLQR}$" (a bold
     * letter is a variable, "$\\mathbf{x}$", and so is a short one in capitals, "$\\mathsf{OPT}$", the optimal risk).
     */
    private static final java.util.regex.Pattern NAME_IN_MATH_FONT = java.util.regex.Pattern.compile(
            "\\$\\\\math(?:sf|tt|it|bf)\\s*\\{([A-Za-z][A-Za-z0-9]{3,}(?:-[A-Za-z0-9]+)*)}\\$");
    /** A letter in a mathematical font before a hyphen and the rest of a name: "$\\mathcal{O}$-GNN". */
    private static final java.util.regex.Pattern MATH_LETTER_OF_A_NAME = java.util.regex.Pattern.compile(
            "\\$\\\\(?:mathcal|mathscr|mathfrak|mathbf|mathrm|mathbb|mathsf|mathtt|boldsymbol)\\s*\\{([A-Za-z0-9]{1,3})}\\$(?=-[A-Za-z])");
    /**
     * A letter in mathematics, or an ell with a digit below it, glued by a hyphen to the rest of its word: "$t$-SNE",
     * "$k$-WL", "$Q$-learning", "$\\ell_0$-CCA" (read "l0-CCA"). Not one a space sets apart, "$x$ - $y$", nor a
     * variable that counts what the word names, "$L$-layer", "$K$-shot", "$d$-dimensional".
     */
    private static final java.util.regex.Pattern MATH_PREFIX_OF_A_WORD = java.util.regex.Pattern.compile(
            "\\$(?:([A-Za-z])|\\\\ell_\\{?(\\d)\\}?)\\$(?=-\\p{L})"
                    + "(?!-(?:layers?|shots?|ways?|steps?|hops?|folds?|dimensional"
                    + "|th|order|times|level|stage|round|bit|node|agent|player|arm|class|token|head)\\b)");
    /** The Greek letters' names as LaTeX writes them, small and capital, for the patterns below. */
    private static final String GREEK_LETTER_NAMES = "alpha|beta|gamma|delta|epsilon|zeta|eta|theta|iota|kappa|lambda"
            + "|mu|nu|xi|pi|rho|sigma|tau|upsilon|phi|chi|psi|omega|Gamma|Delta|Theta|Lambda|Xi|Pi|Sigma|Upsilon|Phi"
            + "|Psi|Omega";
    /**
     * A Greek letter in mathematics glued to a name after it, with or without a hyphen: "$\\sigma$Reparam",
     * "$\\beta$-VAE", "$\\Pi$GDM". Not one before a word in lower case, "$\\epsilon$-optimal", which other mathematics
     * around it reads better as it is.
     */
    private static final java.util.regex.Pattern GREEK_LETTER_OF_A_NAME = java.util.regex.Pattern.compile(
            "\\$\\\\(var)?(" + GREEK_LETTER_NAMES + ")\\$(?=-?\\p{Lu})");
    /**
     * A Greek letter in mathematics that a hyphen glues after a capitalised name, its variant: "PixArt-$\\alpha$" reads
     * "PixArt-α" (not after a word in lower case, "non-$\\beta$", nor a capital alone, "G-$\\Delta$").
     */
    private static final java.util.regex.Pattern GREEK_LETTER_AFTER_A_NAME = java.util.regex.Pattern.compile(
            "(?<=(?<![\\p{L}\\p{N}])\\p{Lu}[\\p{L}\\p{N}]{2,30})-\\$\\\\(var)?(" + GREEK_LETTER_NAMES
                    + ")\\$(?![\\p{L}\\p{N}])");
    /** A group's argument in mathematics inside its parentheses: "E($3$) Equivariant" reads "E(3) Equivariant". */
    private static final java.util.regex.Pattern GROUP_ARGUMENT_IN_MATH =
            java.util.regex.Pattern.compile("(?<=\\p{Lu}\\()\\$([A-Za-z0-9]{1,2})\\$(?=\\))");
    /**
     * Capitals in mathematics glued to the rest of their word, as acronyms are spelled out: "$\\textbf{P}$olar",
     * "$\\textbf{SE}$lf-Supervised", "${\\large S}$EED" (one capital before two or more); and a lower-case letter
     * before two capitals or more, "$k$NN-MT", "$k$WL" (read "kNN-MT", "kWL").
     */
    private static final java.util.regex.Pattern INITIAL_IN_MATH =
            java.util.regex.Pattern.compile("\\$([A-Z]{1,3})\\$(?=[a-z])|\\$([A-Z]|[a-z])\\$(?=[A-Z]{2})");
    /**
     * Lower-case letters in mathematics inside a word, as acronyms are spelled out: "th$\\textbf{e}$
     * soft-pro$\\textbf{m}$pt v$\\textbf{e}$ctors" reads "the soft-prompt vectors" (letters glued to a lower-case
     * letter on one side at least).
     */
    private static final java.util.regex.Pattern LETTERS_IN_MATH_INSIDE_A_WORD = java.util.regex.Pattern.compile(
            "(?<=\\p{Ll})\\$(\\p{Ll}{1,3})\\$|\\$(\\p{Ll}{1,3})\\$(?=\\p{Ll})");

    /**
     * A word with Markdown bold around some of its letters, as acronyms are spelled out: "**LA**yout", "mod**E**l",
     * "**A**UEL" (bold around a whole word goes afterwards, see {@link #BOLD_SPAN}).
     */
    private static final java.util.regex.Pattern WORD_WITH_BOLD_LETTERS =
            java.util.regex.Pattern.compile("(?:\\p{L}|\\*\\*\\p{L}{1,4}\\*\\*)+");
    private static final java.util.regex.Pattern BOLD_LETTERS = java.util.regex.Pattern.compile("\\*\\*\\p{L}{1,4}\\*\\*");
    /** Markdown bold around words, a name or a phrase: "(**Mowst**)", "a **bold** claim". */
    private static final java.util.regex.Pattern BOLD_SPAN =
            java.util.regex.Pattern.compile("\\*\\*(?=[^\\s*])([^*\\n]{1,80}?)(?<=[^\\s*])\\*\\*");
    /**
     * Markdown emphasis, one asterisk either side of words that open with a letter: "*energy-based distribution
     * matching*", "*only*". Not a product or a footnote mark ("$a*b*c$", "2*3", "* item").
     */
    private static final java.util.regex.Pattern EMPHASIS_SPAN = java.util.regex.Pattern.compile(
            "(?<=^|[\\s(\\[\"'\u201C])\\*(?=\\p{L})([^*$\\n]{1,80}?)(?<=[\\p{L}\\p{N})])\\*"
                    + "(?=[\\s,.;:)\\]!?\"'\u201D]|$)");
    /**
     * Markdown emphasis with underscores, one either side of words that open with a letter: "a new approach, called
     * _Policy-Learn_, that …", "a _contextual_ bandit". Not a subscript or an identifier ("$x_i$", "ms_marco").
     */
    private static final java.util.regex.Pattern UNDERSCORE_EMPHASIS = java.util.regex.Pattern.compile(
            "(?<=^|[\\s(\\[\"'\u201C])_(?=\\p{L})([^_$\\n]{1,80}?)(?<=[\\p{L}\\p{N})])_"
                    + "(?=[\\s,.;:)\\]!?\"'\u201D]|$)");
    /**
     * A bare TeX group around words, left by a font command the copy lost: "a {projected Stein variational gradient
     * descent} (pSVGD)". Only a group of words after a space or a bracket; a command's argument ("\\sqrt{n}"), a
     * subscript ("x_{t}") or a set in mathematics stays.
     */
    private static final java.util.regex.Pattern BARE_GROUP = java.util.regex.Pattern.compile(
            "(?<=^|[\\s(\\[])\\{(\\p{L}[\\p{L}\\p{N} -]{0,80})}(?=[\\s,.;:)\\]]|$)");
    /**
     * A bare TeX group around a list of names, once the mathematics around each is gone: "on tasks
     * {$\\texttt{ASDiv-A}$, $\\texttt{MAWPS}$}" reads "on tasks ASDiv-A, MAWPS".
     */
    private static final java.util.regex.Pattern BARE_LIST_GROUP = java.util.regex.Pattern.compile(
            "(?<=^|[\\s(\\[])\\{(\\p{L}[\\p{L}\\p{N}-]*(?:, \\p{L}[\\p{L}\\p{N}-]*)+)}(?=[\\s,.;:)\\]]|$)");
    /**
     * LaTeX's tie, a space that no line break may take, between a word and a word, a parenthesis or a command:
     * "adaptive anchor assignment~(ASA)", "Transformer~\\cite{…}", "i.e.,~linear"; not a range, "40~60", "3.3x~15x".
     */
    private static final java.util.regex.Pattern TIE =
            java.util.regex.Pattern.compile("(?<=[\\p{L}.,)])~(?=[\\p{L}(\\\\])");
    /** LaTeX's escaped specials: "41.2\\%", "B\\&B", "ms\\_marco". */
    private static final java.util.regex.Pattern ESCAPED_SPECIAL = java.util.regex.Pattern.compile("\\\\([%&_#])");

    /**
     * A sentence's full stop glued to the next sentence, as text copied from a PDF or a web page leaves it
     * ("synthesis.However", "challenge.This paper"): two lower-case letters, the mark, a capitalised word. Not
     * "i.e.The", "ASP.NET" or "github.com".
     */
    private static final java.util.regex.Pattern GLUED_SENTENCE =
            java.util.regex.Pattern.compile("(?<=[a-z]{2}[.?!])(?=[A-Z][a-z])");

    /** Latin small capitals and the lower-case letters they stand for, as name typesetting uses them: "iFᴀᴄᴇᴛSᴜᴍ". */
    private static final String SMALL_CAPITALS = "\u1D00\u0299\u1D04\u1D05\u1D07\uA730\u0262\u029C\u026A\u1D0A"
            + "\u1D0B\u029F\u1D0D\u0274\u1D0F\u1D18\u0280\uA731\u1D1B\u1D1C\u1D20\u1D21\u028F\u1D22";
    private static final String SMALL_CAPITAL_LETTERS = "abcdefghijklmnoprstuvwyz";
    /**
     * A word that mixes capitals with two small capitals or more, a name set in small capitals: "iFᴀᴄᴇᴛSᴜᴍ" (not a
     * phonetic transcription, "bɪt", whose one small capital is a sound).
     */
    private static final java.util.regex.Pattern WORD_IN_SMALL_CAPITALS = java.util.regex.Pattern.compile(
            "(?=[\\p{L}]*[A-Z])(?=(?:[\\p{L}]*[" + SMALL_CAPITALS + "]){2})[\\p{L}]+");

    private Text() {
    }

    /**
     * True when the capitals between dollar signs are a term of a longer formula elsewhere in the text, a variable:
     * "$OPT$" beside "$O(OPT)$", the optimal error.
     */
    private static boolean inALongerFormula(String word, String text) {
        if (!word.chars().allMatch(Character::isUpperCase)) {
            return false;
        }
        java.util.regex.Pattern term = java.util.regex.Pattern.compile(
                "(?<![A-Za-z])" + java.util.regex.Pattern.quote(word) + "(?![A-Za-z])");
        java.util.regex.Matcher formula = FORMULA.matcher(text);
        while (formula.find()) {
            String inside = formula.group(1);
            if (!inside.equals(word) && term.matcher(inside).find()) {
                return true;
            }
        }
        return false;
    }

    /** Mathematics between two dollar signs. */
    private static final java.util.regex.Pattern FORMULA = java.util.regex.Pattern.compile("\\$([^$]+)\\$");

    /**
     * True when capitals between dollar signs are variables that the text writes alone in mathematics too: "$SAT$"
     * beside "$S$", "$A_k$" and "$T$", a product of matrices.
     */
    private static boolean productOfVariables(String letters, String text) {
        if (letters.length() > 4 || !letters.chars().allMatch(Character::isUpperCase)) {
            return false;
        }
        java.util.Set<Integer> variables = new java.util.HashSet<>();
        java.util.regex.Matcher m = CAPITAL_AS_A_VARIABLE.matcher(text);
        while (m.find()) {
            variables.add(m.group(1).codePointAt(0));
        }
        return letters.chars().allMatch(variables::contains);
    }

    /**
     * A capital written alone in mathematics, "$S$ and", or with a subscript, "$A_k$"; not a bold initial of a word,
     * "$F$ormal" (what follows the letter is looked at, not taken, so that "$S$T$" finds both).
     */
    private static final java.util.regex.Pattern CAPITAL_AS_A_VARIABLE =
            java.util.regex.Pattern.compile("\\$(\\p{Lu})(?=\\$(?![A-Za-z])|[_^'])");

    /** The word with its small capitals written as the lower-case letters they stand for. */
    private static String withoutSmallCapitals(String word) {
        StringBuilder out = new StringBuilder(word.length());
        for (int k = 0; k < word.length(); k++) {
            int at = SMALL_CAPITALS.indexOf(word.charAt(k));
            out.append(at >= 0 ? SMALL_CAPITAL_LETTERS.charAt(at) : word.charAt(k));
        }
        return out.toString();
    }

    /**
     * Collapses runs of whitespace (including non-breaking spaces) to one space and trims, and keeps only the text
     * of LaTeX font commands, which arXiv abstracts carry ("our \\textbf{S}et-based encoder" reads "our Set-based
     * encoder"), and of mathematics that holds only a name once they are gone ("$\\textbf{SEED}$" reads "SEED",
     * "$\\textbf{P}$olar" reads "Polar", "$\\mathsf{READ}$" reads "READ", "$\\mathcal{O}$-GNN" reads "O-GNN",
     * "$t$-SNE" reads "t-SNE"). Other mathematics is left as written.
     * Escaped specials lose their backslash ("41.2\\%" reads "41.2%"), a font switch left bare goes, and Markdown bold
     * around some letters of a word goes ("**LA**yout" reads "Layout"), then bold around whole words ("(**Mowst**)"
     * reads "(Mowst)"), then emphasis ("*energy-based matching*" reads "energy-based matching", "_Policy-Learn_"
     * "Policy-Learn") and a bare TeX group
     * around words ("a {projected descent}" reads "a projected descent"), or around names that were in mathematics
     * ("{$\\texttt{MAWPS}$, $\\texttt{SVAMP}$}" reads "MAWPS, SVAMP").
     * LaTeX's accents read as the letters they make ("Nystr\\"{o}m" reads "Nyström", {@link LatexAccents}), and
     * its tie as a space ("assignment~(ASA)" reads "assignment (ASA)").
     * A sentence glued to the one before it gets its space back ("stages.Specifically" reads "stages. Specifically"),
     * and a name set in small capitals reads in lower-case letters ("iFᴀᴄᴇᴛSᴜᴍ" reads "iFacetSum").
     */
    static String squash(String s) {
        if (s == null) {
            return "";
        }
        String plain = LatexAccents.resolve(s);
        if (plain.indexOf('~') >= 0) {
            plain = TIE.matcher(plain).replaceAll(" ");
        }
        if (plain.indexOf('\\') >= 0) {
            plain = FONT_DECLARATION.matcher(withoutFontCommands(plain)).replaceAll("$1");
            plain = TEXT_IN_MATH.matcher(plain).replaceAll("$1");
            plain = NAME_IN_MATH_FONT.matcher(plain).replaceAll("$1");
            plain = MATH_LETTER_OF_A_NAME.matcher(plain).replaceAll("$1");
            plain = BARE_FONT_SWITCH.matcher(plain).replaceAll("");
            plain = ESCAPED_SPECIAL.matcher(plain).replaceAll("$1");
        }
        if (plain.contains("**")) {
            plain = WORD_WITH_BOLD_LETTERS.matcher(plain).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
                    withoutBoldLetters(m.group())));
            plain = BOLD_SPAN.matcher(plain).replaceAll("$1");
        }
        if (plain.indexOf('*') >= 0) {
            plain = EMPHASIS_SPAN.matcher(plain).replaceAll("$1");
        }
        if (plain.indexOf('_') >= 0) {
            plain = UNDERSCORE_EMPHASIS.matcher(plain).replaceAll("$1");
        }
        if (plain.indexOf('{') >= 0) {
            plain = BARE_GROUP.matcher(plain).replaceAll("$1");
        }
        if (plain.indexOf('$') >= 0) {
            String text = plain;
            plain = INITIAL_IN_MATH.matcher(NAME_IN_MATH.matcher(plain).replaceAll(m -> m.group(1).length() >= 3
                    && !productOfVariables(m.group(1), text) && !inALongerFormula(m.group(1), text)
                    ? m.group(1) : java.util.regex.Matcher.quoteReplacement(m.group())))
                    .replaceAll(m -> m.group(1) != null ? m.group(1) : m.group(2));
            plain = LETTERS_IN_MATH_INSIDE_A_WORD.matcher(plain)
                    .replaceAll(m -> m.group(1) != null ? m.group(1) : m.group(2));
            plain = MATH_PREFIX_OF_A_WORD.matcher(plain)
                    .replaceAll(m -> m.group(1) != null ? m.group(1) : "l" + m.group(2));
            plain = GROUP_ARGUMENT_IN_MATH.matcher(plain).replaceAll("$1");
            plain = GREEK_LETTER_OF_A_NAME.matcher(plain).replaceAll(m -> GreekLetters.letterNamed(m.group(2)));
            plain = GREEK_LETTER_AFTER_A_NAME.matcher(plain)
                    .replaceAll(m -> "-" + GreekLetters.letterNamed(m.group(2)));
            if (plain.indexOf('{') >= 0) {
                plain = BARE_LIST_GROUP.matcher(plain).replaceAll("$1");
            }
        }
        if (plain.chars().anyMatch(c -> SMALL_CAPITALS.indexOf(c) >= 0)) {
            plain = WORD_IN_SMALL_CAPITALS.matcher(plain).replaceAll(m -> withoutSmallCapitals(m.group()));
        }
        return GLUED_SENTENCE.matcher(ANY_SPACES.matcher(plain).replaceAll(" ")).replaceAll(" ").strip();
    }


    /**
     * The word without the bold around some of its letters, in the case its other letters give it: "**LA**yout" reads
     * "Layout" and "t**RA**ck" "track", since the capitals only mark the letters of a short form, and so does a
     * capitalised word's, "Benchmar**K**" reads "Benchmark"; "**A**UEL" reads "AUEL". A word in bold as a whole, or
     * without bold, is returned as it is.
     */
    private static String withoutBoldLetters(String word) {
        String outside = BOLD_LETTERS.matcher(word).replaceAll("");
        if (outside.isEmpty() || outside.length() == word.length()) {
            return word;
        }
        String plain = word.replace("**", "");
        boolean capitalisedOutside = !word.startsWith("**") && Character.isUpperCase(outside.charAt(0))
                && outside.substring(1).chars().noneMatch(Character::isUpperCase);
        return outside.chars().anyMatch(Character::isUpperCase) && !capitalisedOutside ? plain
                : plain.charAt(0) + plain.substring(1).toLowerCase(java.util.Locale.ROOT);
    }

    /** The text of font commands, nested ones too ("\\textbf{\\textit{Zip}}" reads "Zip"), innermost first. */
    private static String withoutFontCommands(String s) {
        String out = s;
        for (int depth = 0; depth < 3; depth++) {
            String next = FONT_COMMAND.matcher(out).replaceAll("$1");
            if (next.equals(out)) {
                break;
            }
            out = next;
        }
        return out;
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
