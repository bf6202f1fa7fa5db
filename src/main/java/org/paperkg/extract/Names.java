package org.paperkg.extract;

import java.util.Set;
import java.util.regex.Pattern;

/** Word-shape tests and normal forms for entity names. */
public final class Names {
    private static final Pattern VERSION = Pattern.compile("\\d+(\\.\\d+)?[A-Za-z]?");
    /** A version written with its letter: "Inception-v3", "YOLO-v5". */
    private static final Pattern LETTER_VERSION = Pattern.compile("[vV]\\d+(\\.\\d+)?");
    /**
     * A version written as a word of its own: "2.0" in "AlpacaEval 2.0", "v2" in "MoCo v2", an edition's year in
     * "RWTH-PHOENIX-Weather 2014T", a second or third edition in Roman numerals, "CASME II", "MIMIC III".
     */
    private static final Pattern SPACED_VERSION =
            Pattern.compile("[vV]\\d{1,2}(\\.\\d)?|\\d\\.\\d|(?:19|20)\\d{2}[A-Z]?|II|III");
    /** Number formats and bit widths: FP16, INT8, BF16, and quantisation settings such as W4A16 (4-bit weights). */
    private static final Pattern NUMBER_FORMAT = Pattern.compile("(?:FP|INT|Int|UINT|BF)\\d{1,2}|W\\d{1,2}A\\d{1,2}");
    /**
     * Lower-case words joined by "2" for "to" or "4" for "for": "node2vec", "wav2vec", "seq2seq", "nn4mc"; not an
     * ordinal run into the word before it ("the4th").
     */
    private static final Pattern TWO_FOR_TO = Pattern.compile("[a-z]{2,}(?:2|4(?!th))[a-z]{2,}\\d*");
    /**
     * Prefixes written with a hyphen before a word, and the names of famous statistics and functions that a Greek
     * letter follows: "Multi-kappa", "Non-alpha", "Kendall-tau", "Dirac-delta", "Cronbach-alpha" are no names.
     */
    private static final java.util.Set<String> WORD_PREFIXES = java.util.Set.of("multi", "non", "semi", "anti", "pre",
            "post", "sub", "super", "inter", "intra", "cross", "self", "meta", "over", "under", "kendall", "dirac",
            "cohen", "fleiss", "cronbach", "krippendorff", "spearman", "pearson", "kronecker");
    /** Words that a hyphen and one capital letter do not make a variant name of. */
    private static final java.util.Set<String> NOT_VARIANT_STEMS = java.util.Set.of("alpha", "beta", "gamma", "delta",
            "epsilon", "zeta", "eta", "theta", "iota", "kappa", "lambda", "omicron", "rho", "sigma", "tau", "upsilon",
            "phi", "chi", "psi", "omega", "top", "bottom", "type", "level", "class", "group", "phase", "stage", "plan");
    /**
     * A word in lower case but for a last capital, which spells a short form's letter ("Yet another RoPE extensioN
     * method (YaRN)"): no name.
     */
    private static final Pattern CAPITAL_LAST_LETTER = Pattern.compile("\\p{Ll}{3,}\\p{Lu}");
    /** A surname whose second capital follows "Mc" or "Mac": "McDiarmid", "MacKay" (not a coined name, "MacBERT"). */
    private static final Pattern MC_SURNAME = Pattern.compile("Ma?c\\p{Lu}\\p{Ll}{2,}");
    /** Where words and hyphenated parts break, for the finders' splitting. */
    static final Pattern WHITESPACE = Pattern.compile("\\s+");
    static final Pattern HYPHEN = Pattern.compile("-");
    /** A capitalised word hyphenated to what says its kind: "Transformer-style", "BERT-like", "GNN-based". */
    static final Pattern KIND_SUFFIX = Pattern.compile("\\p{Lu}[\\p{L}\\p{N}]*-(?:style|like|based|type|inspired)");
    static final Pattern HYPHEN_OR_SPACE = Pattern.compile("[\\s-]+");
    /** A year as a citation or an edition writes it: "2019", "2021b". */
    static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d[a-z]?");
    /** Frequent nouns that text copied from a PDF glues after a short form: "NLPtasks", "GPUmemory", "NXTdata". */
    static final String GLUED_NOUNS = "tasks?|models?|systems?|methods?|research|data|applications?|techniques?|memory"
            + "|community";
    /** A capitalised plain word: "Chinchilla", "Hyperband". */
    static final Pattern TITLE_WORD = Pattern.compile("\\p{Lu}\\p{Ll}{3,}");
    /**
     * Capitalised words joined by hyphens into one token, "Self-Refine", "Auto-Locke", or a capital letter and a
     * hyphen before one, "Q-Former", "X-Decoder".
     */
    static final Pattern HYPHENATED_TITLE_WORDS = Pattern.compile(
            "(?:\\p{Lu}\\p{Ll}+|\\p{Lu}(?=-\\p{Lu}\\p{Ll}{2}))(?:-\\p{Lu}\\p{Ll}+)+");
    /**
     * A numbered part of a procedure or a paper, written as one word: "Stage1", "Step2", "Phase3", "Fig4", "Eq2",
     * "Task5", a shared task's "Run1" (not "Level5", the name of a driving dataset, nor "Exp3", a bandit algorithm's).
     */
    private static final Pattern NUMBERED_PART = Pattern.compile("(?:Stage|Step|Phase|Round|Part|Epoch|Iteration"
            + "|Figure|Fig|Table|Tab|Section|Sec|Eq|Equation|Appendix|Chapter|Experiment|Case|Scenario|Setting"
            + "|Task|Subtask|Run|Submission)\\d{1,2}[a-z]?");
    private static final Pattern QUANTITY = Pattern.compile("\\d+(\\.\\d+)?[A-Za-z]{1,3}|\\d+(?:[xX]\\d+){1,2}");
    private static final Pattern SYMBOL = Pattern.compile(
            "[a-z]\\^?\\d*|L-?(?:\\d+|inf|infty|infinity)|[A-Z]\\d?\\^\\d+|\\p{L}(?:\\+\\p{L})+");
    /** LaTeX commands left in a word when the backslashes were lost: "ranglelangleDelta", "varepsilon_u". */
    private static final Pattern LATEX_COMMAND = Pattern.compile(
            "rangle|langle|varepsilon|varphi|mathbf|mathcal|mathrm|mathbb|frac\\b|textit|textbf|infty");

    private Names() {
    }

    /**
     * Frequent words that text copied from a PDF glues to the name before or after them ("proposeX", "Xhas"), and the
     * words a lost hyphen glues to a name ("BERTlike", "GPTstyle").
     */
    private static final java.util.Set<String> GLUED_WORDS = java.util.Set.of("a", "an", "the", "and", "or", "of",
            "in", "on", "to", "for", "with", "by", "as", "at", "is", "are", "was", "were", "has", "have", "had", "be",
            "can", "we", "our", "that", "this", "which", "from", "into", "via", "than", "also", "propose", "proposed",
            "present", "introduce", "achieves", "outperforms", "uses", "called", "named", "matches", "shows", "yields",
            "improves", "reaches", "obtains", "performs", "provides", "learns", "allows", "enables", "requires",
            "generates", "produces", "works", "runs", "leads", "makes", "takes", "surpasses", "exhibits", "show",
            "demonstrate", "outperform", "achieve", "like", "based", "style", "performance");
    /** An adverb of five letters or more in -ly, glued after a name: "InfoBatchrandomly". */
    private static final Pattern GLUED_ADVERB = Pattern.compile("\\p{Ll}{3,}ly");

    /**
     * The word before a frequent word of three letters or more glued to its end that {@code known} accepts
     * ("V-COCOshow" gives "V-COCO", "ImageNetshow" "ImageNet" when both are known names), or null.
     */
    static String beforeAGluedWord(String word, java.util.function.Predicate<String> known) {
        for (int cut = word.length() - 3; cut >= 2; cut--) {
            if (Character.isLowerCase(word.charAt(cut)) && Character.isLetterOrDigit(word.charAt(cut - 1))
                    && GLUED_WORDS.contains(word.substring(cut))
                    && known.test(word.substring(0, cut))) {
                return word.substring(0, cut);
            }
        }
        return null;
    }

    /**
     * Prepositions, articles, conjunctions and pronouns, and verbs of results, that text copied from a PDF glues to the
     * word after them ({@link #GLUED_AFTER_A_WORD}).
     */
    private static final Set<String> GLUED_FUNCTION_WORDS = Set.of("in", "on", "of", "for", "with", "to", "by", "as",
            "at", "from", "into", "among", "amongst", "between", "across", "within", "through", "the", "and", "or",
            "via", "than", "that", "this", "these", "those", "which", "where", "when", "while", "is", "are", "was",
            "were", "we", "our", "their", "its", "also", "using", "outperforms", "surpasses", "achieves", "uses");
    /**
     * Words that text copied from a PDF glues before a name: {@link #GLUED_WORDS} and {@link #GLUED_FUNCTION_WORDS};
     * not "a", which opens names of its own ("aLRP").
     */
    private static final Set<String> GLUED_BEFORE_NAMES = com.google.common.collect.Sets.difference(
            com.google.common.collect.Sets.union(GLUED_WORDS, GLUED_FUNCTION_WORDS), Set.of("a")).immutableCopy();

    /**
     * The length of a frequent word or a gerund glued before a name, or 0: "calledDataBack", "andImageNet-C",
     * "proposeCNN", "promptingGPT-4" (the name has a second capital or a digit: "inWestern" is no name once unglued
     * either).
     */
    static int gluedWordBefore(String word) {
        int first = 0;
        while (first < word.length() && Character.isLowerCase(word.charAt(first))) {
            first++;
        }
        // (a gerund too: "by promptingGPT-4")
        String prefix = word.substring(0, first);
        if (first < 2 || first + 2 > word.length() || !Character.isUpperCase(word.charAt(first))
                || !(GLUED_BEFORE_NAMES.contains(prefix) || prefix.length() >= 6 && prefix.endsWith("ing"))) {
            return 0;
        }
        for (int k = first + 1; k < word.length(); k++) {
            if (Character.isUpperCase(word.charAt(k)) || Character.isDigit(word.charAt(k))) {
                return first;
            }
        }
        return 0;
    }

    /**
     * A name ending in two capitals (or a digit and a capital), perhaps plural, with a function word glued after it:
     * "VQ-VAEswith", "GPOnot only aligns" (not "and" nor "are": "MaskAHand", "FreiHand", "GraphCare" end in words of
     * their own).
     */
    private static final Pattern NAME_BEFORE_A_GLUED_WORD = Pattern.compile(
            "(.*[\\p{Lu}\\d]\\p{Lu}s?)(?:for|with|from|into|the|via|than|that|was|were|which|not|is|can)");

    /**
     * The name before a function word glued after it, or null: "VQ-VAEs" of "VQ-VAEswith".
     */
    static String beforeAGluedFunctionWord(String word) {
        var m = NAME_BEFORE_A_GLUED_WORD.matcher(word);
        return m.matches() ? m.group(1) : null;
    }

    /** The top-level domains of the hosts of research code and pages. */
    private static final String TOP_LEVEL_DOMAIN = "(?:com|org|io|net|edu|ai|ml|dev|app|info|xyz|cn|de|uk)";
    /** A host name before a path: "github.com/", "www.x.org/". */
    private static final Pattern ADDRESS = Pattern.compile("^(?:https?:|www\\.|[\\w-]+\\." + TOP_LEVEL_DOMAIN + "/)");
    /** A host name on its own: "user.github.io", "www.x.org". */
    private static final Pattern HOST = Pattern.compile("(?:[\\w-]+\\.)+" + TOP_LEVEL_DOMAIN);
    /** A page or document at the end of a path. */
    private static final Pattern FILE_PAGE = Pattern.compile("\\.(?:html?|pdf|php)$");

    /** A capital, then lower-case letters only: "Scalable", "Control" (a word of a title-case phrase). */
    static final Pattern TITLE_CASE_WORD = Pattern.compile("\\p{Lu}\\p{Ll}+");
    /** A word in title case, its hyphenated parts too: "Wasserstein", "Motion-Aware", "Pre-training". */
    static final Pattern HYPHENATED_TITLE_CASE_WORD = Pattern.compile("\\p{Lu}\\p{Ll}+(?:-\\p{L}\\p{Ll}*)*");

    /** Lower-case words that may stand between the capitalised words of a name: "Alignment as Reward-Guided Search". */
    static final Set<String> NAME_JOINING_WORDS = Set.of("as", "of", "for", "with", "via", "in", "on", "to", "from",
            "by");

    /** Function words: never a name, however capitalised ("Decouple aNd Feedback"). */
    static final Set<String> FUNCTION_WORDS = Set.of("the", "a", "an", "this", "these", "our", "its", "we", "in", "on",
            "for", "of", "and", "or", "with", "to", "by");

    /**
     * A preposition, article or conjunction glued to a title-case word, as text extracted from a PDF leaves two words
     * whose space was lost: "inWestern", "amongParkinson", or to a short form in capitals, "theVAE"; so is a verb of
     * results, "outperformsVALL-E".
     */
    private static final Pattern GLUED_AFTER_A_WORD = Pattern.compile(
            "(?:" + String.join("|", GLUED_FUNCTION_WORDS) + ")"
                    + "(?:\\p{Lu}\\p{Ll}{2,}|\\p{Lu}{2,}\\d*s?)(?:-[\\p{L}\\d]+)?");
    /** Initials with full stops: "U.S", "U.K.", "E.U." (a country or union, never a coined name). */
    private static final Pattern DOTTED_INITIALS = Pattern.compile("(?:\\p{Lu}\\.)+\\p{Lu}?\\.?");

    /**
     * A short form in capitals with a preposition or conjunction of three letters or more glued after it: "LLMfrom",
     * "RMSDand" (not "SITHCon", "ISOCat", whose last capital opens a word of their own).
     */
    private static final Pattern GLUED_BEFORE_A_WORD = Pattern.compile(
            "\\p{Lu}{2,}\\d*s?(?:for|with|from|into|the|and|via|than|that|are|was|were)");

    /**
     * True when a word is two words whose space was lost, the first a function word ({@link #GLUED_AFTER_A_WORD}) or
     * the second one after a short form ({@link #GLUED_BEFORE_A_WORD}).
     */
    static boolean gluedToAFunctionWord(String word) {
        return GLUED_AFTER_A_WORD.matcher(word).matches() || GLUED_BEFORE_A_WORD.matcher(word).matches();
    }

    /**
     * A word in lower case with an ending of inflection or derivation run into a short form in capitals, as a PDF leaves
     * them: "studiesPAC-Bayes", "modifiedRPS", "scalableSTKR", "automatedICD" (not a coined name, whose lower-case
     * part is a prefix: "fastMRI", "metaDIP", "spanBERT").
     */
    private static final Pattern GLUED_AFTER_AN_INFLECTED_WORD = Pattern.compile(
            "\\p{Ll}{3,}(?:ed|ing|able|ible|ies|ive|ous)\\p{Lu}{2,}\\d*s?(?:-[\\p{L}\\d]+)?");

    /** A hyphenated word in lower case run into a capitalised one: "the problem of off-policyReinforcement …". */
    private static final Pattern GLUED_AFTER_A_HYPHENATED_WORD = Pattern.compile("\\p{Ll}+-\\p{Ll}+\\p{Lu}\\p{Ll}{2,}");

    /**
     * True when a word is a hyphenated word in lower case and a capitalised one whose space was lost, as a PDF leaves
     * them: "off-policyReinforcement" (not a coined name, which no lower-case hyphenated word opens).
     */
    static boolean gluedAfterAHyphenatedWord(String word) {
        return GLUED_AFTER_A_HYPHENATED_WORD.matcher(word).matches();
    }

    /** True when a word is an inflected word and a short form whose space was lost: "modifiedRPS". */
    static boolean gluedAfterAnInflectedWord(String word) {
        return GLUED_AFTER_AN_INFLECTED_WORD.matcher(word).matches();
    }

    /** Two-letter codes of the languages that translation abstracts pair: "en", "de", "zh". */
    private static final Set<String> LANGUAGE_CODES = Set.of("en", "de", "fr", "es", "it", "pt", "nl", "ro", "cs",
            "fi", "tr", "ru", "uk", "pl", "sv", "da", "no", "hu", "el", "et", "lv", "lt", "zh", "ja", "ko", "vi", "th",
            "id", "hi", "ta", "gu", "ne", "si", "km", "ps", "kk", "ar", "he", "fa", "ur", "bn", "sw", "my", "iu");

    /**
     * Codes of languages whose pair with themselves names a monolingual setting beside cross-lingual ones ("EN-EN"
     * beside "EN-FR"); other codes twice over may be words or names ("NO-NO", "IT-IT").
     */
    private static final Set<String> MONOLINGUAL_PAIR_CODES = Set.of("en", "fr", "de", "es", "zh", "ar", "ru", "ja",
            "pt", "nl");

    /** True for a pair of language codes, the direction of a translation: "EN-ES", "En-De", "en-fr", "EN-EN". */
    static boolean isLanguagePair(String word) {
        int hyphen = word.indexOf('-');
        if (word.length() != 5 || hyphen != 2) {
            return false;
        }
        String source = word.substring(0, 2).toLowerCase(java.util.Locale.ROOT);
        String target = word.substring(3).toLowerCase(java.util.Locale.ROOT);
        return LANGUAGE_CODES.contains(source) && LANGUAGE_CODES.contains(target)
                && (!source.equals(target) || MONOLINGUAL_PAIR_CODES.contains(source));
    }

    /** True for initials with full stops ("U.S", "U.K."): an abbreviation of a place, no name of a method or dataset. */
    static boolean isDottedInitials(String word) {
        return DOTTED_INITIALS.matcher(word).matches();
    }

    /**
     * True when a word is another name with a frequent lower-case word glued to it, as text extracted from a PDF
     * leaves it: "proposeModernTCN", "ModernTCNhas" beside "ModernTCN".
     */
    static boolean gluedToAWord(String word, java.util.Set<String> names) {
        // (also an adverb in -ly after it: "InfoBatchrandomly prunes …")
        for (String name : names) {
            if (word.length() > name.length() && !word.equals(name)) {
                if (word.startsWith(name) && (GLUED_WORDS.contains(word.substring(name.length()))
                        || GLUED_ADVERB.matcher(word.substring(name.length())).matches())) {
                    return true;
                }
                if (word.endsWith(name) && GLUED_WORDS.contains(word.substring(0, word.length() - name.length()))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The key two surface forms of one name share: lower case, letters and digits only (CIFAR10 = CIFAR-10), a Greek
     * letter spelled out ("β-VAE" = "beta-VAE", and "ε-TS" is another name than TS).
     */
    public static String key(String surface) {
        // the same normal form as titles, but "Hydra++" is another method than "Hydra", as C++ is not C
        String key = org.paperkg.corpus.TitleKey.of(withGreekLettersSpelled(surface));
        String trimmed = surface.strip();
        int plus = 0;
        while (plus < trimmed.length() && trimmed.charAt(trimmed.length() - 1 - plus) == '+') {
            plus++;
        }
        return plus == 0 ? key : key + "+".repeat(plus);
    }

    /** The surface with each Greek letter replaced by its name: "β-VAE" reads "beta-VAE", "µP" "muP". */
    static String withGreekLettersSpelled(String surface) {
        StringBuilder out = null;
        for (int i = 0; i < surface.length(); i++) {
            char c = surface.charAt(i);
            String letter = org.paperkg.corpus.GreekLetters.nameOf(c);
            if (letter != null && out == null) {
                out = new StringBuilder(surface.length() + 8).append(surface, 0, i);
            }
            if (out != null) {
                out.append(letter != null ? letter : String.valueOf(c));
            }
        }
        return out == null ? surface : out.toString();
    }

    /**
     * The initials of a phrase of two words or more in title case ("Language Control Diffusion" gives "LCD",
     * "Plan-Seq-Learn" gives "PSL", past a function word inside it, "Alignment as Reward-Guided Search" "ARGS"), or
     * null for any other phrase ("particle filter", "AF-FCL").
     */
    static String titleCaseInitials(String phrase) {
        String[] words = Names.HYPHEN_OR_SPACE.split(phrase);
        if (words.length < 2) {
            return null;
        }
        StringBuilder initials = new StringBuilder();
        for (int k = 0; k < words.length; k++) {
            String w = words[k];
            if (k > 0 && k < words.length - 1 && NAME_JOINING_WORDS.contains(w)) {
                continue;
            }
            if (!Names.TITLE_CASE_WORD.matcher(w).matches()) {
                return null;
            }
            initials.append(w.charAt(0));
        }
        return initials.toString();
    }

    /**
     * The capitals that the parts of a phrase lend to its short form, when some part lends more than one:
     * "MEta-SAmpler" gives "MESA", "LEarning Across Dynamical Systems" gives "LEADS"; null for other phrases
     * ("Meta-Sampler", "QuillNet").
     */
    static String lentCapitals(String phrase) {
        String[] parts = Names.HYPHEN_OR_SPACE.split(phrase);
        if (parts.length < 2) {
            return null;
        }
        StringBuilder capitals = new StringBuilder();
        boolean lendsMore = false;
        for (String part : parts) {
            int n = 0;
            while (n < part.length() && Character.isUpperCase(part.charAt(n))) {
                n++;
            }
            if (n == 0 || n == part.length() || !Character.isLowerCase(part.charAt(n))
                    || !part.substring(n).chars().allMatch(Character::isLowerCase)) {
                return null;
            }
            lendsMore |= n >= 2;
            capitals.append(part, 0, n);
        }
        return lendsMore && capitals.length() >= 3 ? capitals.toString() : null;
    }

    /**
     * The text with a space for each hyphen between two letters ("long-range arena" to "long range arena"), so that
     * offsets stay; the text itself when it has none.
     */
    static String spaceHyphensBetweenLetters(String text) {
        char[] out = null;
        for (int i = text.indexOf('-'); i >= 0; i = text.indexOf('-', i + 1)) {
            if (i > 0 && i + 1 < text.length() && Character.isLetter(text.codePointBefore(i))
                    && Character.isLetter(text.codePointAt(i + 1))) {
                if (out == null) {
                    out = text.toCharArray();
                }
                out[i] = ' ';
            }
        }
        return out == null ? text : new String(out);
    }

    /** Kinds of a model's release written after its version and size: "Llama-3-70B-Instruct". */
    private static final java.util.Set<String> RELEASE_KINDS = java.util.Set.of("Instruct", "Chat", "Base", "it",
            "Preview", "Turbo");

    /**
     * True when a token looks coined: an acronym (two capitals), an inner capital (DeeDiff, eDiff), letters mixed
     * with digits (S4D, GPT-2, ResNet50, Inception-v3), or lower-case words joined by "2" or "4" (node2vec, nn4mc).
     * Capitalised ordinary words (Dynamic) are not coined.
     */
    public static boolean isCoined(String word) {
        int hyphen = word.indexOf('-');
        if (hyphen > 0 && hyphen < word.length() - 1) {
            // a hyphenated word is coined when one of its parts is (DPM-Solver, GPT-2), or a capitalised word
            // carries a version number or size (Mamba-2, Llama-2-7B); capitalised compounds (Vision-Language) are not
            String[] parts = HYPHEN.split(word);
            boolean anyCoined = false;
            for (String part : parts) {
                anyCoined |= part.length() >= 2 && isCoinedPart(part);
            }
            // (a version and then a size too, and the release's kind: "Llama-2-7B", "Llama-3.1-8B",
            // "Llama-3-70B-Instruct")
            boolean versioned = Character.isUpperCase(parts[0].charAt(0)) && parts.length <= 4;
            for (int k = 1; k < parts.length && versioned; k++) {
                versioned = VERSION.matcher(parts[k]).matches() || LETTER_VERSION.matcher(parts[k]).matches()
                        || (k >= 2 && RELEASE_KINDS.contains(parts[k]));
            }
            // (or a variant of a capitalised word of three letters or more: not of a Greek letter's name in
            // notation, "Psi-N", nor of a ranking, "Top-K", which other cues may still name)
            String stem = parts[0].toLowerCase(java.util.Locale.ROOT);
            boolean variantStem = parts.length == 2 && parts[0].length() >= 3
                    && Character.isUpperCase(parts[0].charAt(0)) && !NOT_VARIANT_STEMS.contains(stem);
            // (a one-letter variant: "Swin-B", "Transformer-M", "Kosmos-G", "Wino-X")
            boolean letterVariant = variantStem && parts[1].length() == 1 && Character.isUpperCase(parts[1].charAt(0));
            // (a Greek letter's variant, the letter or its name: "PixArt-α", "Lion-kappa"; not after a prefix or a
            // famous statistic's name, "Multi-kappa", "Kendall-tau")
            boolean greekVariant = variantStem && isGreekLetter(parts[1]) && !WORD_PREFIXES.contains(stem);
            return greekVariant
                    || (anyCoined || versioned || letterVariant) && isCoinedPart(word.replace("-", ""));
        }
        return isCoinedPart(word);
    }

    /** True when a word is one Greek letter or a Greek letter's name in lower case: "α", "kappa". */
    private static boolean isGreekLetter(String word) {
        return word.length() == 1 ? org.paperkg.corpus.GreekLetters.nameOf(word.charAt(0)) != null
                : org.paperkg.corpus.GreekLetters.letterNamed(word) != null && Character.isLowerCase(word.charAt(0));
    }

    private static boolean isCoinedPart(String word) {
        if (word.length() < 2 || word.length() > 40) {
            return false;
        }
        int upper = 0;
        int letters = 0;
        int digits = 0;
        boolean innerUpper = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLetter(c)) {
                if (isCjk(c)) {
                    return false;
                }
                letters++;
                if (Character.isUpperCase(c)) {
                    upper++;
                    if (i > 0 && Character.isLowerCase(word.charAt(i - 1))) {
                        innerUpper = true;
                    }
                }
            } else if (Character.isDigit(c)) {
                digits++;
            } else if ("-+.'^&/".indexOf(c) < 0) {
                return false;
            }
        }
        if (letters == 0 || !Character.isLetterOrDigit(word.charAt(0))
                || !Character.isLetterOrDigit(word.charAt(word.length() - 1)) && !word.endsWith("+")) {
            return false;
        }
        boolean hasUpper = upper > 0;
        boolean coined = upper == 0 && digits > 0 && TWO_FOR_TO.matcher(word).matches()
                || upper >= 2 || innerUpper || (hasUpper && digits > 0) || (digits > 0 && letters >= 2 && upper > 0);
        // (the patterns last, since most words are plain and fail the counts above)
        return coined && !CAPITAL_LAST_LETTER.matcher(word).matches() && !isQuantity(word)
                && !MC_SURNAME.matcher(word).matches() && !NUMBERED_PART.matcher(word).matches();
    }

    /** Words joined by underscores, as a programmer writes an identifier: "aux_decay_loss", "NetInfoF_Probe". */
    private static final Pattern CODE_IDENTIFIER = Pattern.compile("\\p{L}[\\p{L}\\d]*(?:_[\\p{L}\\d]+)+");
    /** Names of functions and norms that a symbol with a subscript opens: "ell_inf", "log_base", "arg_max". */
    private static final Set<String> MATH_STEMS = Set.of("ell", "log", "ln", "exp", "min", "max", "arg", "argmin",
            "argmax", "sup", "inf", "lim", "sum", "prod", "det", "tr", "dim", "diag", "var", "cov", "sgn", "sign");

    /**
     * True when a word is written as a programmer's identifier: words joined by underscores, the first and the last of
     * two characters or more, one of three letters or more ("aux_decay_loss", "aux_norm_loss", "QACE_Img"); not a
     * symbol with a subscript ("ell_2", "x_i", "d_y", "theta_0") nor a function's ("log_base").
     */
    static boolean isCodeIdentifier(String word) {
        // (most words have no underscore: asked of every token, the pattern is tried only where one could match)
        if (word.indexOf('_') < 0 || !CODE_IDENTIFIER.matcher(word).matches()) {
            return false;
        }
        String[] parts = word.split("_");
        if (parts[0].length() < 2 || parts[parts.length - 1].length() < 2
                || MATH_STEMS.contains(parts[0].toLowerCase(java.util.Locale.ROOT))) {
            return false;
        }
        for (String part : parts) {
            if (part.chars().filter(Character::isLetter).count() >= 3) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when a part of an identifier is coined in mixed case or with digits: "NetInfoF" in "NetInfoF_Probe", "E2E"
     * in "E2E_WTQ", "DoG" in "CMU_DoG" (not "ENOUGH" in "NOT_ENOUGH_INFO", nor "Img" in "QACE_Img").
     */
    static boolean identifierWithAMixedPart(String word) {
        for (String part : word.split("_")) {
            boolean letters = part.chars().anyMatch(Character::isLetter);
            boolean digits = part.chars().anyMatch(Character::isDigit);
            boolean innerUpper = false;
            for (int k = 1; k < part.length() && !innerUpper; k++) {
                innerUpper = Character.isUpperCase(part.charAt(k)) && Character.isLowerCase(part.charAt(k - 1));
            }
            if (innerUpper || letters && digits) {
                return true;
            }
        }
        return false;
    }

    /** Quantities: 3X, 400X, 580Hz, 460K, 2B, 1S; and sizes, 64X64, 3X3X3. */
    private static boolean isQuantity(String word) {
        char first = word.charAt(0);
        return first >= '0' && first <= '9' && QUANTITY.matcher(word).matches();
    }

    /** Hangul Jamo, the first block of the four scripts {@link #isCjk} accepts: none starts below it. */
    private static final char FIRST_CJK = '\u1100';

    /**
     * True for a letter of Chinese, Japanese or Korean writing. The English tokenizer runs text in those scripts
     * together ("F1值宏平均达到"): no coined name of an English abstract holds one.
     */
    static boolean isCjk(char c) {
        if (c < FIRST_CJK) {
            return false; // most letters: no script lookup for every letter of every token
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
    }

    /**
     * True for a word that negates what follows "non-": "non-IID data", "non-IIDness", "non-QD methods" are the
     * opposite of a property or a kind, not a name of their own.
     */
    static boolean isNegation(String word) {
        return word.startsWith("non-") && word.length() > 4;
    }

    /** True for a version written as a word of its own ("2.0", "v2", "V1.5"): part of a name, never one alone. */
    static boolean isVersion(String word) {
        return SPACED_VERSION.matcher(word).matches();
    }

    /** True for a number format or a weight-and-activation bit width (FP32, INT4, W8A8): a setting, not a name. */
    static boolean isNumberFormat(String word) {
        return NUMBER_FORMAT.matcher(word).matches();
    }

    /**
     * A count and its unit glued before a name: "15-class-MVTecAD", "12-class-VisA", "5-way-Omniglot" (the name is the
     * part after them, which the text writes on its own elsewhere).
     */
    private static final Pattern COUNTED_NAME = Pattern.compile("\\d+-\\p{Ll}+-\\p{Lu}.*");


    /** Endings of adjectives, eponymous ones too ("Bayesian", "Euclidean", "Lagrangian"). */
    static final Pattern ADJECTIVE_ENDING = Pattern.compile("(al|ive|ic|ous|ian|ean|ing|ed|less|ful|able|ible|ary)$");

    /** True for a name that a count and its unit open: see {@link #COUNTED_NAME}. */
    static boolean isCountedName(String word) {
        return word.length() > 4 && Character.isDigit(word.charAt(0)) && COUNTED_NAME.matcher(word).matches();
    }

    /** True for an all-capitals acronym with an optional plural s (SSM, SSMs). */
    public static boolean isAcronym(String word) {
        String w = word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
        return w.length() >= 2 && w.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c) || c == '-')
                && w.chars().anyMatch(Character::isUpperCase);
    }

    /** The singular of a plural acronym (SAEs → SAE, DBMs → DBM) or coined net (GFlowNets → GFlowNet); other words unchanged. */
    public static String singular(String word) {
        if (word.length() >= 3 && endsLikeAPlural(word)) {
            String stem = word.substring(0, word.length() - 1);
            long capitals = stem.chars().filter(Character::isUpperCase).count();
            // (a stem ending in a capital, "GANs", or in "Net", "GFlowNets", "PointNets"; not one capital after a
            // hyphen, a language's code: "AnCora-Es" is the Spanish part of AnCora)
            boolean codeAfterAHyphen = stem.length() >= 2 && stem.charAt(stem.length() - 2) == '-';
            if (capitals >= 2 && !codeAfterAHyphen
                    && (Character.isUpperCase(stem.charAt(stem.length() - 1)) || stem.endsWith("Net"))) {
                return stem;
            }
        }
        return word;
    }

    /**
     * {@link #singular}, unless the title opens with the word and a colon and the text never writes it without its
     * "s": "BEATs: Audio Pre-Training with …" above "a … framework BEATs" names BEATs, not a plural of BEAT.
     */
    static String singularIn(String word, AnnotatedText text) {
        String singular = singular(word);
        return !singular.equals(word) && text.title().startsWith(word + ":")
                && !writesAsAWord(text.text(), singular) ? word : singular;
    }

    /** True when the text writes {@code word} as a whole word, with its case. */
    static boolean writesAsAWord(String text, String word) {
        return writesBetween(text, word, c -> !Character.isLetterOrDigit(c));
    }

    /**
     * True when the text writes {@code word} as a word of its own, not only as a part of a hyphenated one: "Spider" in
     * "Spider dev set", not in "Spider-Realistic" alone.
     */
    static boolean writesApart(String text, String word) {
        return writesBetween(text, word, c -> !Character.isLetterOrDigit(c) && c != '-');
    }

    /** True when the text writes {@code word} with a character that {@code boundary} accepts, or nothing, each side. */
    private static boolean writesBetween(String text, String word, java.util.function.IntPredicate boundary) {
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            int end = at + word.length();
            if ((at == 0 || boundary.test(text.charAt(at - 1)))
                    && (end == text.length() || boundary.test(text.charAt(end)))) {
                return true;
            }
        }
        return false;
    }

    /** True when a word ends in an "s" that reads as a plural's: "bounds", "models"; not "loss" or "class". */
    static boolean endsLikeAPlural(String word) {
        return word.endsWith("s") && !word.endsWith("ss");
    }

    /**
     * A lower-case English noun in the singular, as a lemmatizer would give it: "entities" to "entity", "models" to
     * "model"; "loss", "corpus" and "analysis" as they are.
     */
    static String singularNoun(String s) {
        if (s.endsWith("ies") && s.length() > 4) {
            return s.substring(0, s.length() - 3) + "y";
        }
        if (s.endsWith("s") && !s.endsWith("ss") && !s.endsWith("us") && !s.endsWith("is") && s.length() > 3) {
            return s.substring(0, s.length() - 1);
        }
        return s;
    }

    /** True for the two words of "Sign Language" or "Sign Languages", in any case. */
    static boolean signLanguage(String first, String second) {
        return first.equalsIgnoreCase("sign")
                && withoutPluralS(second.toLowerCase(java.util.Locale.ROOT)).equals("language");
    }

    /** The word without the "s" of {@link #endsLikeAPlural}: "models" to "model"; "loss" as it is. */
    static String withoutPluralS(String word) {
        return endsLikeAPlural(word) ? word.substring(0, word.length() - 1) : word;
    }

    /** True when a token is a web address or a file path: "github.com/org/Repo", "www.site.org/x", "dir/page.html". */
    public static boolean isAddress(String word) {
        int slash = word.indexOf('/');
        return slash > 0 && (ADDRESS.matcher(word).find() || FILE_PAGE.matcher(word).find());
    }

    /** True when a token is a host name or a web scheme, as the tokenizer leaves them when it splits an address. */
    static boolean isHostOrScheme(String word) {
        return word.equalsIgnoreCase("http") || word.equalsIgnoreCase("https") || HOST.matcher(word).matches();
    }

    /**
     * True when a token is formula or markup rather than a name ($x$, \\alpha, O(n), x_1), or two variables side by
     * side, a lower-case one first ("kT", "nT"; no name is written that way).
     */
    public static boolean isFormula(String word) {
        boolean twoVariables = word.length() == 2 && Character.isLowerCase(word.charAt(0))
                && Character.isUpperCase(word.charAt(1));
        return twoVariables || word.contains("$") || word.contains("\\") || word.contains("_") || word.contains("=")
                || word.indexOf(LatexMarkup.MODIFIER_CIRCUMFLEX) >= 0
                || word.contains("{") || SYMBOL.matcher(word).matches() || LATEX_COMMAND.matcher(word).find();
    }

    /** The capitals of a text, in order: "GNNs" gives "GNN", "imPlicit self-ImprovemenT" gives "PIT". */
    static String capitalsOf(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().filter(Character::isUpperCase).forEach(out::appendCodePoint);
        return out.toString();
    }

    /**
     * True when {@code part} is the last word of {@code name}, or the last hyphenated part of it: BERT in "VL-BERT" and
     * in "Multi-passage BERT" (not Hyena in "Hyena Hierarchy", which it heads).
     */
    static boolean endsWithPart(String name, String part) {
        String[] words = WHITESPACE.split(name);
        String last = words[words.length - 1];
        return words.length > 1 && last.equals(part) || last.endsWith("-" + part);
    }


}
