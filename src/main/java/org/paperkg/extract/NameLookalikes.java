package org.paperkg.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where a word shaped like a name is something else: an author or a venue in a citation, a variable in mathematics or
 * a formula, or capitals inside ordinary words that spell out a short form. The name finder asks before it takes a
 * coined word for a name.
 */
final class NameLookalikes {
    private static final Pattern GROUP_ORDER = Pattern.compile("\\d+|n|N|d|D");
    /**
     * Tags of closed word classes: prepositions, conjunctions, determiners, modals. Not adverbs: the tagger reads names
     * in capitals as adverbs too, the ONCE dataset, "ALONE (all word embeddings from one)".
     */
    private static final java.util.Set<String> FUNCTION_WORD_TAGS = java.util.Set.of("IN", "CC", "DT", "PDT", "MD",
            "TO", "WDT", "WRB");
    private static final Pattern EMPHASISED = Pattern.compile(
            "(?:[A-Z]{2,3}[a-z]{3,}|[a-z][A-Z][a-z]{3,})(?:-[a-z]+)*|[A-Z]{2,3}[a-z]{2,}(?:-[A-Z]{2,3}[a-z]{2,})+");
    /** A capital inside an ordinary word after its first one or two lower-case letters: "PrOgressive", "ClImbing". */
    private static final Pattern EMPHASISED_INSIDE = Pattern.compile("[A-Z][a-z]{1,2}[A-Z][a-z]{3,}");
    /**
     * A word with single capitals inside, each before lower-case letters or ending the word, in lower case or
     * capitalised: "opTimizAtion", "strUctured", "InstaNces", "grAnularitY".
     */
    private static final Pattern CAPITALS_INSIDE_A_WORD = Pattern.compile(
            "\\p{Lu}?\\p{Ll}+(?:\\p{Lu}\\p{Ll}+)*\\p{Lu}\\p{Ll}*");
    /** Endings of English words: what a word with emphasised letters reads as once they are in lower case. */
    private static final Pattern ENGLISH_ENDING = Pattern.compile(
            ".*(?:tion|sion|ing|ment|ness|ty|ive|ous|ence|ance|ure|ated|ized|ised|ical|ional|oral|ural|ial|ative"
                    + "|ured|ered|ful|able|ible|ory|ery|try|cy|gy)s?");
    /** A surname as written: "Adams", "MacKay", "McCulloch", "DeGroot" (not "KITTI", "ResNet"). */
    private static final Pattern SURNAME = Pattern.compile("\\p{Lu}\\p{Ll}{3,}|(?:Mac|Mc|De|Di|Le|La|Van|Von|O')\\p{Lu}\\p{Ll}+");
    /** LaTeX commands that set text, not mathematics: "\\texttt{", "\\rm ", "\\mathsf{". */
    private static final Pattern TEXT_FONT = Pattern.compile("\\\\(text[a-z]*|rm|sf|tt|mathrm|mathsf|mathtt|operatorname)(?![a-z])");
    /** Two lower-case letters in a row: a word, where variables in mathematics have one letter each ("SAx"). */
    private static final Pattern WORD_IN_LOWER_CASE = Pattern.compile("\\p{Ll}{2}");

    /** Two capitals or more and one lower-case letter, not a plural's, before a hyphen: "PRe-training". */
    private static final String CAPITALS_BEFORE_A_HYPHEN = "\\p{Lu}{2,}[\\p{Ll}&&[^s]]-.*";
    /**
     * A word whose capitals mark letters rather than make a name: a lower-case word with capitals inside
     * ("geneRative", "viA"), capitals opening lower-case letters ("PROof", "ATTENtion", "PRe-training"), one capital
     * near the end ("LayEr", "AutocompletioN"), or capitals ending a long lower-case run ("ClassificaTION").
     */
    private static final Pattern MARKED_CAPITALS = Pattern.compile(
            "\\p{Ll}+\\p{Lu}.*\\p{Ll}.*|\\p{Ll}{2,}\\p{Lu}|.*\\p{Lu}{2,}\\p{Ll}{2,}.*|.*\\p{Ll}\\p{Lu}\\p{Ll}?"
                    + "|.*\\p{Ll}{4,}\\p{Lu}{2,}|" + CAPITALS_BEFORE_A_HYPHEN);
    /** The shapes of {@link #MARKED_CAPITALS} that a name's capitals rarely take: "geneRative", "viA", "PROof". */
    private static final Pattern CLEARLY_MARKED_CAPITALS = Pattern.compile(
            "\\p{Ll}+\\p{Lu}.*\\p{Ll}.*|\\p{Ll}{2,}\\p{Lu}|(?:.*-)?\\p{Lu}{2,}\\p{Ll}{2,}(?:-.*)?|"
                    + CAPITALS_BEFORE_A_HYPHEN);
    /** Capitals after a long lower-case run, a shape that names share: "MetricGAN", "VideoLT", "DistilBERT". */
    private static final Pattern CAPITALS_AFTER_A_WORD = Pattern.compile(".*\\p{Ll}{4,}\\p{Lu}{2,}");
    /** Tokens that end the words a short form may be spelled from. */
    private static final java.util.Set<String> SPELLING_STOPS = java.util.Set.of("(", ")", "[", "]", ":", ";", ".", "!",
            "?", "\"", "``", "''");
    /** How many words on either side of a word the capitals of a short form are looked for in. */
    private static final int SPELLING_REACH = 15;

    /** Apostrophes before a year's last two digits, as the tokenizer writes them. */
    private static final Set<String> APOSTROPHES = Set.of("'", "\u2019");
    private static final Pattern TWO_DIGITS = Pattern.compile("\\d{2}");

    /** A mapping's direction written as one word, its target in lower case: "CGI-to-photo", "AMR-to-text". */
    private static final Pattern MAPPING_DIRECTION = Pattern.compile(
            "[\\p{L}\\d]+(?:-[\\p{L}\\d]+)*-to-\\p{Ll}{2,}|\\p{Ll}{3,}-to-[\\p{L}\\d]+");

    private NameLookalikes() {
    }

    /** A word of letters with a capital right after a small letter: "ConteXtual", "dirEcted", "MultiMedia". */
    private static final java.util.regex.Pattern CAPITAL_INSIDE =
            java.util.regex.Pattern.compile("\\p{L}*\\p{Ll}\\p{Lu}\\p{L}*");

    /**
     * True when a word with a capital inside is a plain word whose capitals mark letters of a short form or stress it:
     * the text writes the same word in lower case elsewhere ("exploits ConteXtual information" beside "contextual
     * cues", "semantic-driven RewarD" beside "a reward", "Deep Learning for ChatBots" beside "chatbots"). Not where
     * the authors' verb of making brings the word in lower case, a name the text lost its capitals of ("we propose
     * kens, a novel framework", then "KEnS embeds …"); a word written with one capital, in a title or after a full
     * stop, is as often a name's other spelling ("The Volctrans … System" above "VolcTrans", "Hahackathon").
     */
    static boolean plainWordWithMarkedCapitals(String word, AnnotatedText text) {
        if (!CAPITAL_INSIDE.matcher(word).matches()) {
            return false;
        }
        for (Sentence s : text.sentences()) {
            for (int i = 0; i < s.size(); i++) {
                String w = s.token(i).word();
                if (w.length() != word.length() || w.equals(word) || !w.equalsIgnoreCase(word)
                        || !w.substring(1).equals(w.substring(1).toLowerCase(java.util.Locale.ROOT))) {
                    continue;
                }
                if (Character.isLowerCase(w.charAt(0)) && !NamingContext.afterTheAuthorsVerbOfMaking(s, i)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A word that names the direction of a mapping, from something to a thing written in lower case: "the CGI-to-photo
     * mapping", "two AMR-to-text datasets" say what is mapped to what, not which method or dataset, and so does one
     * from a thing in lower case, "tasks like text-to-SQL" (not "Room-to-Room", "Round-To-Nearest", whose parts are
     * all capitalised).
     */
    static boolean mappingDirection(String word) {
        return word.contains("-to-") && MAPPING_DIRECTION.matcher(word).matches();
    }

    /** A surname and a year written as one word: "Fillmore1985". */
    private static final Pattern SURNAME_AND_YEAR = Pattern.compile("\\p{Lu}\\p{Ll}{2,}(?:19|20)\\d\\d[a-z]?");
    /** The marks around one reference of a citation: "(", ",", ";", ")". */
    private static final Set<String> CITATION_SEPARATORS = Set.of("(", ",", ";", ")");

    /**
     * An author's name in a citation: "(MacKay, 2003)", "(McCallum and Li, 2003)", "DeGroot et al.", "George &
     * McCulloch (1993)" (surnames with an inner capital look coined).
     */
    static boolean authorOfACitation(Sentence s, int i) {
        if (i + 2 < s.size() && s.token(i + 1).word().equals("et") && s.token(i + 2).word().startsWith("al")) {
            return true;
        }
        // a surname written against its year inside a citation: "(Fillmore 1982, Fillmore1985)"
        if (i >= 1 && i + 1 < s.size() && SURNAME_AND_YEAR.matcher(s.token(i).word()).matches()
                && CITATION_SEPARATORS.contains(s.token(i - 1).word())
                && CITATION_SEPARATORS.contains(s.token(i + 1).word())) {
            return true;
        }
        // a narrative citation: "the prior of George & McCulloch (1993)", "results of Roughgarden and Wang (2018)"
        boolean yearAfter = i + 3 < s.size() && s.token(i + 1).word().equals("(")
                && Names.YEAR.matcher(s.token(i + 2).word()).matches() && s.token(i + 3).word().equals(")");
        boolean secondAuthor = i >= 2 && (s.token(i - 1).word().equals("&") || s.token(i - 1).word().equals("and"))
                && Names.TITLE_WORD.matcher(s.token(i - 2).word()).matches();
        if (yearAfter && (secondAuthor || Names.TITLE_WORD.matcher(s.token(i).word()).matches())) {
            return true;
        }
        // the year without parentheses after the last of the authors: "introduced by Murray, Adams and MacKay 2010"
        // (not "Cityscapes and KITTI 2015", an edition of a benchmark)
        if (secondAuthor && i + 1 < s.size() && Names.YEAR.matcher(s.token(i + 1).word()).matches()
                && SURNAME.matcher(s.token(i).word()).matches()) {
            return true;
        }
        if (i == 0 || !s.token(i - 1).word().equals("(")) {
            return false;
        }
        for (int k = i + 1; k + 1 < s.size() && k <= i + 4; k++) {
            String w = s.token(k).word();
            if (w.equals(",")) {
                return Names.YEAR.matcher(s.token(k + 1).word()).matches();
            }
            if (!(w.equals("and") || w.equals("&") || Character.isUpperCase(w.charAt(0)))) {
                return false;
            }
        }
        return false;
    }

    /** A LaTeX citation command without its backslash: "cite", "citep", "citet", "citealp". */
    private static final Pattern CITE_COMMAND = Pattern.compile("\\\\?cite[a-z]*");

    /**
     * A citation key left in an abstract by LaTeX: "\\citep{AyoubJSWY20,ZhouGS21}", or written with its year after a
     * colon, "(LeeLiMusco:2021)".
     */
    static boolean citationKey(Sentence s, int i) {
        if (i >= 1 && i + 2 < s.size() && s.token(i - 1).word().equals("(") && s.token(i + 1).word().equals(":")
                && Names.YEAR.matcher(s.token(i + 2).word()).matches()) {
            return true;
        }
        for (int k = i - 1; k >= 1 && k >= i - 12; k--) {
            String w = s.token(k).word();
            if (w.equals("{")) {
                return CITE_COMMAND.matcher(s.token(k - 1).word()).matches();
            }
            if (w.equals("}") || w.equals("(") || w.equals(")")) {
                return false;
            }
        }
        return false;
    }

    /**
     * Between the dollar signs of LaTeX mathematics: "A+B" in "$\\Omega(H^3S(A+B))$" (the readers keep mathematics
     * as written unless it holds only a name), "SAHT" in "$\\log(SAHT)$"; not text in a text font there ("$\\rm
     * StatsQ$", "$\\texttt{\\{MNIST, SVHN\\}}$"), nor a mixed-case word that is no command ("$ScaledGD(\\lambda)$").
     */
    static boolean inMathematics(AnnotatedText text, Sentence s, int i) {
        String all = text.text();
        int dollars = 0;
        int opened = -1;
        for (int k = s.begin(); k < s.token(i).begin(); k++) {
            if (all.charAt(k) == '$') {
                dollars++;
                opened = k;
            }
        }
        if (dollars % 2 == 0 || TEXT_FONT.matcher(all).region(opened, s.token(i).begin()).find()) {
            return false;
        }
        boolean command = s.token(i).begin() > 0 && all.charAt(s.token(i).begin() - 1) == '\\';
        return command || !WORD_IN_LOWER_CASE.matcher(s.token(i).word()).find();
    }

    /**
     * A venue in a citation: "(SODA 2007)", "(Smith et al., ICALP 2002)", "[NeurIPS 2021; …]" (a name in the
     * gazetteer is no venue: "(COCO 2017)" is an edition).
     */
    static boolean venueOfACitation(Sentence s, int i) {
        // (the year's last two digits glued on too, which the tokenizer parts: "[Feldman and Schulman, SODA'12]")
        int afterYear = i + 3 < s.size() && APOSTROPHES.contains(s.token(i + 1).word())
                && s.token(i + 1).begin() == s.token(i).end() && TWO_DIGITS.matcher(s.token(i + 2).word()).matches()
                ? i + 3 : i + 2;
        if (i == 0 || afterYear >= s.size()
                || afterYear == i + 2 && !Names.YEAR.matcher(s.token(i + 1).word()).matches()) {
            return false;
        }
        String before = s.token(i - 1).word();
        String after = s.token(afterYear).word();
        if (afterYear == i + 3 && !after.equals(")") && !after.equals("]")) {
            return false; // (the glued year only where a bracket closes the citation: "QuillNER'05." is an edition)
        }
        // "(Smith et al.~VLDB 2018)": a LaTeX non-breaking space after "al."
        return (before.equals("(") || before.equals("[") || before.equals(",") || before.endsWith("~")
                || before.equals("al."))
                && (after.equals(")") || after.equals("]") || after.equals(";") || after.equals(",") || after.equals("."));
    }

    /** Verbs of publishing, whose "in" or "at" a venue follows: "papers published in INLG 2020". */
    private static final Set<String> PUBLISHING_VERBS = Set.of("publish", "appear", "present", "accept");

    /**
     * A venue with its year after a verb of publishing and "in", "at" or "to" ("papers published in INLG 2020 and
     * ICCC 2020", "accepted at ICLR 2023"), or after another such venue and "and", "or" or a comma.
     */
    static boolean venueOfPublication(Sentence s, int i) {
        if (i < 2 || i + 1 >= s.size() || !Names.YEAR.matcher(s.token(i + 1).word()).matches()) {
            return false;
        }
        String before = s.token(i - 1).lower();
        if (before.equals("and") || before.equals("or") || before.equals(",")) {
            return i >= 3 && venueOfPublication(s, i - 3);
        }
        return (before.equals("in") || before.equals("at") || before.equals("to"))
                && PUBLISHING_VERBS.contains(s.token(i - 2).lemma()) && s.token(i - 2).pos().startsWith("VB");
    }

    /**
     * A venue right after a citation's authors, "(Andoni et al. SODA 2013)", "(Smith et al., ICALP 2002)": a venue
     * even where the gazetteer knows the word as a name.
     */
    static boolean venueAfterTheAuthors(Sentence s, int i) {
        // (the sentence splitter may end a sentence at "et al.", leaving "SODA 2013) and …" to open the next one)
        if (i == 0) {
            return s.size() > 2 && Names.YEAR.matcher(s.token(1).word()).matches()
                    && (s.token(2).word().equals(")") || s.token(2).word().equals("]"));
        }
        int authors = i >= 2 && s.token(i - 1).word().equals(",") ? i - 2 : i - 1;
        return authors >= 0 && s.token(authors).word().equals("al.") && venueOfACitation(s, i);
    }

    /**
     * A step of a web address that the tokenizer split at its slashes, as it does after a space ("https:
     * //user.github.io/QuillNet-Demo/"): a slash before it, and a host or scheme before that, with only slashes,
     * colons and words written against them in between; or a step after a space that an address ends in, with a slash
     * written against it ("https://github.com/ QuillLab/quill-net").
     */
    static boolean inASplitAddress(Sentence s, int i) {
        if (i >= 1 && endsAnAddress(s.token(i - 1).word()) && i + 1 < s.size() && s.token(i + 1).word().equals("/")
                && s.token(i + 1).begin() == s.token(i).end()) {
            return true;
        }
        if (i < 2 || !s.token(i - 1).word().equals("/")) {
            return false;
        }
        for (int k = i - 2; k >= 0 && k >= i - 6; k--) {
            String w = s.token(k).word();
            if (Names.isHostOrScheme(w) || endsAnAddress(w)) {
                return true;
            }
            if (!w.equals("/") && !w.equals(":") && s.token(k).end() != s.token(k + 1).begin()) {
                return false;
            }
        }
        return false;
    }

    /** Two plain title-case words written together: "MultiObject". */
    private static final java.util.regex.Pattern TWO_TITLE_WORDS =
            java.util.regex.Pattern.compile("(\\p{Lu}\\p{Ll}+)(\\p{Lu}\\p{Ll}+)");

    /** A short capitalised form and a plain lower-case word written together: "3Daware". */
    private static final java.util.regex.Pattern SHORT_FORM_AND_WORD =
            java.util.regex.Pattern.compile("([\\p{Lu}\\d]+\\p{Lu})(\\p{Ll}{3,})");

    /**
     * True for two plain words that a PDF wrote together where the text writes them hyphenated elsewhere:
     * "MultiObject Tracking" below a title's "Multi-Object Tracker" (a compound, no name), "3Daware synthesis" beside
     * "3D-aware generative adversarial networks", or writes apart in lower case below a title that alone glues them
     * ("MutualInformation" above "mutual information", "HumanMachine" above "human-machine").
     */
    static boolean hyphenLost(String word, AnnotatedText text) {
        for (java.util.regex.Pattern parts : List.of(TWO_TITLE_WORDS, SHORT_FORM_AND_WORD)) {
            java.util.regex.Matcher m = parts.matcher(word);
            if (m.matches() && Names.writesAsAWord(text.text(), m.group(1) + "-" + m.group(2))) {
                return true;
            }
        }
        // (or apart in lower case, where the title alone writes them together: "… Features and MutualInformation"
        // above "… features and mutual information for …")
        java.util.regex.Matcher m = TWO_TITLE_WORDS.matcher(word);
        if (!m.matches() || !Names.writesAsAWord(text.title(), word)) {
            return false;
        }
        String body = text.text().substring(Math.min(text.titleLength(), text.text().length()));
        String first = m.group(1).toLowerCase(Locale.ROOT);
        String second = m.group(2).toLowerCase(Locale.ROOT);
        // (apart or hyphenated: "HumanMachine Spoken Conversations" above "human-machine conversations")
        return !Names.writesAsAWord(body, word) && (Names.writesAsAWord(body, first + " " + second)
                || Names.writesAsAWord(body, first + "-" + second));
    }

    /**
     * True for a word glued after a dot that no letter or digit comes before: a domain's or a file's ending, ".COM",
     * ".ORG", ".json" (which the sentence splitter may even part from its dot).
     */
    static boolean afterALoneDot(AnnotatedText text, Token t) {
        String all = text.text();
        if (t.begin() < 2 || all.charAt(t.begin() - 1) != '.') {
            return false;
        }
        char before = all.charAt(t.begin() - 2);
        return !Character.isLetterOrDigit(before) && before != '.';
    }

    /** An address cut at a slash, the rest of its path after a space: "https://github.com/". */
    private static boolean endsAnAddress(String word) {
        return word.endsWith("/") && Names.isAddress(word);
    }

    /**
     * A function word written in capitals for emphasis, which the tagger still reads as one: "merging frames WITHOUT a
     * fusion module", "across ALL existing benchmarks", "to reach BOTH the same standard …", "focus on “WHY A” rather
     * than …", and a quantifier it reads
     * otherwise, "SOME Are Friendly". A short form defined in the text is found where it is defined, "Masked
     * Unsupervised Self-Training (MUST)".
     */
    static boolean shoutedFunctionWord(Token t) {
        String w = t.word();
        return w.length() >= 2 && w.chars().allMatch(Character::isUpperCase)
                && (FUNCTION_WORD_TAGS.contains(t.pos()) || QUANTIFIERS.contains(t.lower())
                        || NEGATIONS.contains(t.lower()));
    }

    /** Quantifiers, which the tagger may read as names when written in capitals: "ALL … and SOME Are Friendly". */
    private static final Set<String> QUANTIFIERS = Set.of("all", "some", "every", "each", "none", "most");
    /** Negations, written in capitals to stress them: "Style is NOT a single variable", "NEVER retrain". */
    private static final Set<String> NEGATIONS = Set.of("not", "never");

    /** Inside LaTeX or a formula: next to braces, underscores or carets ("v_{cN}", "BF_{heads}"). */
    static boolean inFormula(Sentence s, int i) {
        String before = i > 0 ? s.token(i - 1).word() : "";
        String after = i + 1 < s.size() ? s.token(i + 1).word() : "";
        // (a hyphen may stand between: "the SE-(3) invariant density")
        int open = after.equals("-") && i + 2 < s.size() && s.token(i + 1).begin() == s.token(i).end() ? i + 2 : i + 1;
        boolean groupNotation = open + 1 < s.size() && s.token(open).word().equals("(")
                && s.token(open).begin() == s.token(open - 1).end()
                && GROUP_ORDER.matcher(s.token(open + 1).word()).matches();
        // "O(LL)", "f(X)": the argument of a one-letter function
        boolean argument = i >= 2 && before.equals("(") && s.token(i - 2).word().length() == 1
                && s.token(i - 2).end() == s.token(i - 1).begin();
        return before.endsWith("{") || before.endsWith("_") || before.endsWith("^") || after.startsWith("}")
                || after.startsWith("_") || after.startsWith("^") || groupNotation || argument;
    }

    /**
     * Capitals that spell out an acronym inside an ordinary word ("ALign … BEfore Fusing (ALBEF)", "ADAptive …
     * (Adan)", "eXtended PINNs (XPINN)", "POP, i.e. PrOgressive Purification", a hyphenated one too, "NOSMOG, … to
     * learn NOise-robust Structure-aware MLPs On Graphs", each part of a hyphenated one, "a cross-lingual MEta-TRAnsfer
     * learning ADAptation approach" beside X-METRA-ADA): the word's capitals are part of
     * another capitalised word of the same sentence, the short form they spell (a capital inside the word, "PrOgressive",
     * only before another capitalised word and for the opening of a short form in capitals).
     */
    static boolean isEmphasis(String word, Sentence s, int i) {
        // (inside a word only when a capitalised word follows, which goes on spelling the short form)
        boolean inside = EMPHASISED_INSIDE.matcher(word).matches() && i + 1 < s.size()
                && Character.isUpperCase(s.token(i + 1).word().charAt(0));
        if (!inside && !EMPHASISED.matcher(word).matches()) {
            return false;
        }
        String capitals = Names.capitalsOf(word).toLowerCase(Locale.ROOT);
        for (Token t : s.tokens()) {
            String w = t.word();
            // (nor the same word in other capitals, the name spelled another way: "over GShard …, and outperforms
            // Gshard")
            if (w.equalsIgnoreCase(word) || w.length() < 3 || !Character.isUpperCase(w.charAt(0))) {
                continue;
            }
            // (that shape is also the shape of coined names, "AdaBoost", "SemEval": only the opening of a short form
            // in capitals that the sentence writes counts, "POP, i.e. PrOgressive Purification")
            if (inside ? Names.isAcronym(w) && w.toLowerCase(Locale.ROOT).startsWith(capitals)
                    : !EMPHASISED.matcher(w).matches() && w.toLowerCase(Locale.ROOT).contains(capitals)
                            && !sharesAShortForm(word, w, capitals)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when another name is the short form of three letters or more that the word opens with, alone or before a
     * capitalised part: "SDEdit" beside "SDE", "PPIformer" beside "PPIRef", a family of names on one short form (not
     * letters that spell another name, as "DEtection TRansformer" spells DETR and "INterpreting" INViTE, nor a plain
     * noun glued to the short form, "NXTdata").
     */
    private static boolean sharesAShortForm(String word, String other, String capitals) {
        int n = capitals.length();
        return n >= 3 && !PLAIN_WORD_AFTER_A_SHORT_FORM.matcher(word.substring(n)).matches()
                && other.regionMatches(true, 0, capitals, 0, n) && Names.capitalsOf(other.substring(0, n)).length() == n
                && (other.length() == n || other.length() > n + 1 && Character.isUpperCase(other.charAt(n))
                        && Character.isLowerCase(other.charAt(n + 1)));
    }

    /**
     * What a short form glued to a plain noun, or made an English word by a suffix, ends in: "NXTdata", "ASRtoolkit",
     * "MADness", "XMLization".
     */
    private static final Pattern PLAIN_WORD_AFTER_A_SHORT_FORM = Pattern.compile(
            "(?:" + Names.GLUED_NOUNS + "|toolkits?|ness|i[sz]ations?|i[sz]ed|i[sz]ing)");

    /**
     * True for an ordinary English word whose capitals only mark the letters of a name that the sentence also writes,
     * in order: "Pessimistic ASsortment opTimizAtion (PASTA for short)", "termed BINGO, short for Bag of InstaNces
     * aGgregatiOn", "eXtensible Markup Language (xml)", "UnceRtainty" under "SMURF-THP: … UnceRtainty quantiFication
     * …", "tEmporal" of "Spatio-tEmporal" under "WINNER: … Spatio-tEmporal Video gRounding" (not "dugMatting", the
     * short form itself, nor "fastText", whose lower-case letters make no English ending).
     */
    static boolean emphasisedLettersOfAnotherName(String word, Sentence s, int i) {
        // (a hyphenated word's part too: "Spatio-tEmporal" under "WINNER: … Spatio-tEmporal Video gRounding")
        if (word.indexOf('-') > 0) {
            for (String part : Names.HYPHEN.split(word)) {
                if (emphasisedLettersOfAnotherName(part, s, i)) {
                    return true;
                }
            }
            return false;
        }
        if (word.length() < 6 || !CAPITALS_INSIDE_A_WORD.matcher(word).matches()
                || !ENGLISH_ENDING.matcher(word.toLowerCase(Locale.ROOT)).matches()) {
            return false;
        }
        String capitals = Names.capitalsOf(word).toLowerCase(Locale.ROOT);
        // (a capitalised word has one capital inside: "InstaNces"; "MeanFieldContrastive" is a compound name)
        if (Character.isUpperCase(word.charAt(0)) && capitals.length() != 2) {
            return false;
        }
        for (int j = 0; j < s.size(); j++) {
            String w = s.token(j).word();
            boolean parenthesised = j > 0 && s.token(j - 1).word().equals("(");
            // (a short form in capitals, or one in parentheses, with more letters than the word's capitals: not
            // "PathQuestion" beside "SimpleQuestion", nor beside its own "PQ")
            if (j == i || w.length() <= capitals.length() || w.equalsIgnoreCase(word)
                    || !(Names.isAcronym(w) || parenthesised)) {
                continue;
            }
            if (inOrder(capitals, w.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** True when the letters of {@code letters} occur in {@code word} in their order. */
    static boolean inOrder(String letters, String word) {
        int at = 0;
        for (int k = 0; k < letters.length(); k++) {
            at = word.indexOf(letters.charAt(k), at);
            if (at < 0) {
                return false;
            }
            at++;
        }
        return true;
    }

    /**
     * A lower-case word with one capital inside, before a short form in parentheses that the capitals from it to the
     * parenthesis end: "effIcient", "lEarning", "blAck-box" and "modeLs" in "query-effIcient Data-free lEarning from
     * blAck-box modeLs (IDEAL)". The capital is a letter of the short form, not the mark of a name ("fastText" and
     * "iPhone" have the shape but spell no short form after them).
     */
    static boolean spellsTheShortFormAfterIt(Sentence s, int i) {
        String word = s.token(i).word();
        if (!Character.isLowerCase(word.charAt(0)) || word.chars().filter(Character::isUpperCase).count() != 1) {
            return false;
        }
        StringBuilder capitals = new StringBuilder();
        for (int k = i; k < s.size() && k <= i + 12; k++) {
            String w = s.token(k).word();
            if (w.equals("(")) {
                return k + 2 < s.size() && PhraseSyntax.isParenthesisedAcronym(s, k + 2)
                        && s.token(k + 1).word().endsWith(capitals.toString());
            }
            if (w.equals(")") || w.equals(",") || w.equals(";")) {
                return false;
            }
            capitals.append(Names.capitalsOf(w));
        }
        return false;
    }

    /** What opens a short form's expansion after it: a parenthesis, or a comma ("SPIDER, Structural … Reader"). */
    private static final Set<String> EXPANSION_OPENERS = Set.of("(", ",");
    /** What ends an expansion that a comma opens. */
    static final Set<String> EXPANSION_ENDS = Set.of(")", ",", ".", ";");
    /** What ends an expansion that a parenthesis opens. */
    private static final Set<String> CLOSING_PARENTHESIS = Set.of(")");

    /**
     * A word of an expansion in parentheses after a short form in capitals whose capitals, read through the whole
     * parenthesis, spell that short form: "usiNg", "semi-suPervised" in "PLATINUM (semi-suPervised modeL Agnostic meTa
     * learnIng usiNg sUbmodular Mutual information)"; or in apposition after a comma, "SPIDER, Structural Pre-traIned
     * DialoguE Reader". The word's capitals are letters of the short form, not a name.
     */
    static boolean inAnExpansionSpelledByCapitals(Sentence s, int i) {
        int open = i - 1;
        while (open > 0 && !EXPANSION_OPENERS.contains(s.token(open).word()) && !s.token(open).word().equals(")")
                && i - open <= 12) {
            open--;
        }
        // (a short form of its own inside stays a name: "NBA (Neural BA)" keeps BA)
        if (open < 1 || !EXPANSION_OPENERS.contains(s.token(open).word()) || !Names.isAcronym(s.token(open - 1).word())
                || s.token(i).word().chars().noneMatch(Character::isLowerCase)) {
            return false;
        }
        boolean parenthesis = s.token(open).word().equals("(");
        Set<String> ends = parenthesis ? CLOSING_PARENTHESIS : EXPANSION_ENDS;
        StringBuilder capitals = new StringBuilder();
        for (int k = open + 1; k < s.size() && !ends.contains(s.token(k).word()); k++) {
            // (after a comma, an expansion of capitalised words only: not "SRU, called economy-SRU")
            if (!parenthesis && !Character.isUpperCase(s.token(k).word().codePointAt(0))) {
                return false;
            }
            capitals.append(Names.capitalsOf(s.token(k).word()));
        }
        return capitals.length() >= 3 && (capitals.toString().equals(s.token(open - 1).word())
                || spelledWithoutItsDigit(capitals.toString(), s.token(open - 1).word()));
    }

    /**
     * True when the capitals spell a short form that ends in one digit without it ("ABC3", a version, from "Adaptive
     * Bla Cla"), or its letters as many times over as the digit says ("DIFF2" from "DIFFerential private optimization
     * via gradient DIFFerences").
     */
    private static boolean spelledWithoutItsDigit(String capitals, String shortForm) {
        int last = shortForm.length() - 1;
        if (last < 2 || !Character.isDigit(shortForm.charAt(last)) || Character.isDigit(shortForm.charAt(last - 1))) {
            return false;
        }
        String letters = shortForm.substring(0, last);
        int times = shortForm.charAt(last) - '0';
        return capitals.equals(letters) || times >= 2 && capitals.equals(letters.repeat(times));
    }

    /**
     * A word whose capitals, read with those of the words around it, spell a short form that the paper writes, the
     * capitals of some of those words plainly marking letters: "PROof" and "FaIr" in "Confidential-PROFITT:
     * Confidential PROof of FaIr Training of Trees", "geneRative" and "viA" under "Raidar: geneRative AI Detection
     * viA Rewriting", "cOmplementAry" in "Graph cOmplementAry Learning (GOAL)". Not a name inside a long form, whose
     * capitals the short form takes whole: "Multi-Objective GFlowNets (MOGFN)", "Sheared LLaMA", "MetricGAN via
     * Online Knowledge Distillation" (only a word with marked capitals beside it, or marked plainly itself, is
     * letters).
     */
    static boolean spelledWithTheWordsAroundIt(AnnotatedText text, Sentence s, int i) {
        String word = s.token(i).word();
        if (!MARKED_CAPITALS.matcher(word).matches() || word.chars().anyMatch(Character::isDigit)) {
            return false;
        }
        int first = i;
        while (first > 0 && i - first < SPELLING_REACH && !endsASpelling(s.token(first - 1))) {
            first--;
        }
        int last = i;
        while (last + 1 < s.size() && last - i < SPELLING_REACH && !endsASpelling(s.token(last + 1))) {
            last++;
        }
        // each word's capitals and marks once, for every run of words tried below
        String[] capitalsOf = new String[last - first + 1];
        boolean[] markedAt = new boolean[last - first + 1];
        for (int k = first; k <= last; k++) {
            capitalsOf[k - first] = Names.capitalsOf(s.token(k).word());
            markedAt[k - first] = k != i && !capitalsOf[k - first].isEmpty() && marked(s.token(k).word());
        }
        boolean clearly = CLEARLY_MARKED_CAPITALS.matcher(word).matches();
        java.util.Set<String> shortForms = null;
        for (int a = first; a <= i; a++) {
            if (capitalsOf[a - first].isEmpty()) {
                continue;
            }
            StringBuilder capitals = new StringBuilder();
            int spelling = 0;
            boolean marksBeside = false;
            for (int b = a; b <= last; b++) {
                String c = capitalsOf[b - first];
                if (c.isEmpty()) {
                    continue;
                }
                capitals.append(c);
                spelling++;
                marksBeside |= markedAt[b - first];
                if (b < i || spelling < 2 || capitals.length() < 3 || !(clearly || marksBeside)) {
                    continue;
                }
                if (shortForms == null) {
                    shortForms = shortFormsOf(text);
                }
                if (shortForms.contains(capitals.toString())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean endsASpelling(Token t) {
        // (a short form's long form holds no finite verb)
        return SPELLING_STOPS.contains(t.word()) || TypeCues.FINITE_VERB_TAGS.contains(t.pos());
    }

    /** True for a word whose capitals mark letters, a name's shapes ("VideoLT", "SSv2") aside. */
    private static boolean marked(String word) {
        return MARKED_CAPITALS.matcher(word).matches() && !CAPITALS_AFTER_A_WORD.matcher(word).matches()
                && word.chars().noneMatch(Character::isDigit);
    }

    /**
     * The letters, in capitals, of every word of the text with a capital and three letters or more, and of each of
     * its hyphenated parts: what a short form spelled by capitals may read ("RAIDAR", "PROFITT" of
     * "Confidential-PROFITT").
     */
    private static java.util.Set<String> shortFormsOf(AnnotatedText text) {
        java.util.Set<String> forms = new java.util.HashSet<>();
        for (Sentence sentence : text.sentences()) {
            for (Token t : sentence.tokens()) {
                String w = t.word();
                if (w.chars().noneMatch(Character::isUpperCase)) {
                    continue;
                }
                addLetters(w, forms);
                if (w.indexOf('-') > 0) {
                    for (String part : w.split("-")) {
                        addLetters(part, forms);
                    }
                }
            }
        }
        return forms;
    }

    private static void addLetters(String word, java.util.Set<String> forms) {
        StringBuilder letters = new StringBuilder();
        word.codePoints().filter(Character::isLetter).forEach(c -> letters.appendCodePoint(Character.toUpperCase(c)));
        if (letters.length() >= 3) {
            forms.add(letters.toString());
        }
    }
}
