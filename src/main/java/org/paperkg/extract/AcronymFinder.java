package org.paperkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds acronym definitions with the Schwartz–Hearst algorithm (PSB 2003): a parenthesised short form whose
 * characters can be matched, right to left, to the words just before it ("Long Range Arena (LRA)"), the
 * reverse order ("LRA (Long Range Arena)"), and naming phrases ("…, dubbed CTP", "called DSS"). How a short form's
 * letters spell the words before it, {@link LongFormSpelling} tells.
 */
final class AcronymFinder {
    /** A task's or a subtask's number: "Task 1", "Subtask 2a", "task3". */
    private static final java.util.regex.Pattern NUMBERED_TASK =
            java.util.regex.Pattern.compile("(?i)(?:sub-?)?task\\s*\\d+[a-z]?");
    private static final java.util.regex.Pattern POWER = java.util.regex.Pattern.compile("([A-Za-z])\\^([2-4])");
    /**
     * A double quotation mark that opens or closes a long form (either curly mark at either end, as typed: "“robust
     * mean teacher“"), or a pair of single ones around it.
     */
    private static final java.util.regex.Pattern OPENING_DOUBLE_QUOTE =
            java.util.regex.Pattern.compile("^(?:``|[\"\u201C\u201D])");
    private static final java.util.regex.Pattern CLOSING_DOUBLE_QUOTE =
            java.util.regex.Pattern.compile("(?:''|[\"\u201C\u201D])$");
    private static final java.util.regex.Pattern SINGLE_QUOTES =
            java.util.regex.Pattern.compile("^[`'\u2018](.*)['\u2019]$");
    /** The rule of a definition that a naming verb gives: "…, dubbed CTP". */
    static final String NAMING_PHRASE = "acronym.naming-phrase";
    /** The rule of a definition that "or" or "namely" gives: "Residual Radiance Field or ReRF". */
    static final String ALTERNATIVE_NAME = "acronym.alternative-name";
    private static final Set<String> NAMING = Set.of("dubbed", "called", "named", "termed", "coined");

    List<AcronymDefinition> find(AnnotatedText text) {
        List<AcronymDefinition> out = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            for (int i = 0; i < s.size(); i++) {
                String w = s.token(i).word();
                int namedInParentheses = i > 0 && s.token(i - 1).word().equals("(") ? namingInParentheses(s, i) : -1;
                if (w.equals("(")) {
                    parenthesised(text, s, i).ifPresent(out::add);
                } else if (NAMING.contains(w.toLowerCase(Locale.ROOT)) && i + 1 < s.size()) {
                    naming(text, s, i, i + 1).ifPresent(out::add);
                } else if (referredToAs(s, i)) {
                    naming(text, s, i, i + 3).ifPresent(out::add);
                } else if (referredAs(s, i)) {
                    naming(text, s, i, i + 2).ifPresent(out::add);
                } else if (namedInParentheses > i) {
                    naming(text, s, i, namedInParentheses).ifPresent(out::add);
                } else if ((w.equals(",") || APPOSITION_DASHES.contains(w)) && i >= 1 && i + 2 < s.size()) {
                    int comma = i;
                    longFormInApposition(text, s, comma).or(() -> shortFormInApposition(text, s, comma))
                            .ifPresent(out::add);
                } else if ((w.equals("or") || w.equals("namely")) && i >= 2 && i + 1 < s.size()) {
                    alternativeName(text, s, i).ifPresent(out::add);
                }
            }
        }
        return out;
    }

    /** Subjects that open a clause after a comma: "…, we further propose …". */
    private static final Set<String> CLAUSE_SUBJECTS = Set.of("we", "they", "it", "this", "these", "our");

    /**
     * The definition that the parenthesis at {@code open} gives: a short form after its long form, "Long Range Arena
     * (LRA)", or a long form after its short form, "MaRio (Multi-rewArd RatIOnalization)".
     */
    private java.util.Optional<AcronymDefinition> parenthesised(AnnotatedText text, Sentence s, int open) {
        // (within twelve tokens)
        int close = PhraseSyntax.closingParenthesis(s, open);
        if (close > open + 12) {
            close = -1;
        }
        // ("(or TBL)" is read as an alternative name, elsewhere; a letter written against the parenthesis makes it
        // mathematics, "O(N n) parameters", "f(x)")
        if (close < 0 || close == open + 1 || open == 0 || s.token(open + 1).word().equals("or")
                || s.token(open - 1).word().length() == 1 && Character.isLetter(s.token(open - 1).word().charAt(0))
                        && s.token(open - 1).end() == s.token(open).begin()) {
            return java.util.Optional.empty();
        }
        int insideEnd = endOfTheInside(s, open, close);
        int insideTokens = insideEnd - open - 1;
        // (names listed as examples define nothing: "forecasting models (FEDformer, Autoformer, etc.)", "(A, B, C)";
        // two alone may be a pair defined together, "(LR, SVM)")
        boolean examples = insideEnd + 1 < close && s.token(insideEnd).word().equals(",")
                && (s.token(close - 1).lower().startsWith("etc")
                        || Names.isCoined(s.token(insideEnd + 1).word()) && commasBetween(s, insideEnd, close) >= 2);
        if (insideTokens <= 0 || examples) {
            return java.util.Optional.empty();
        }
        String inside = text.covered(s.token(open + 1).begin(), s.token(insideEnd - 1).end());
        // a plain capitalised word that a comma goes on from opens a gloss or a list, not a short form: "SEED
        // (Scalable, Efficient Deep-RL)"
        boolean plainWordBeforeAComma = insideEnd < s.size() && !s.token(insideEnd).word().equals(")")
                && Names.TITLE_CASE_WORD.matcher(inside).matches();
        // a short form is one or two tokens, or more that the tokenizer split from one word ("S^2IP-LLM")
        if ((insideTokens <= 2 || !inside.contains(" ")) && isShortForm(inside) && !plainWordBeforeAComma) {
            return longFormBefore(text, s, open, insideEnd, inside);
        }
        return shortFormBefore(s, open, insideEnd, inside, insideTokens);
    }

    /**
     * Where the parenthesis's short form ends: at the first ';' or ',' ("(LRA; Tay et al.)"), or before "for short"
     * or "in short" ("Conditional Text Image Generation with Diffusion Models (CTIG-DM for short)"; "(or TSP in
     * short)" is read as an alternative name, elsewhere); else at the closing parenthesis.
     */
    private static int endOfTheInside(Sentence s, int open, int close) {
        for (int j = open + 1; j < close; j++) {
            String w = s.token(j).word();
            if (w.equals(";") || w.equals(",")) {
                return j;
            }
        }
        if (close - open == 4 && s.token(close - 1).lower().equals("short")
                && (s.token(close - 2).lower().equals("for") || s.token(close - 2).lower().equals("in"))) {
            return close - 2;
        }
        return close;
    }

    /**
     * "long form (SF)": the short form {@code inside} in the parenthesis at {@code open}, its long form read from the
     * words before it, at most a few more than the short form has characters.
     */
    private java.util.Optional<AcronymDefinition> longFormBefore(AnnotatedText text, Sentence s, int open,
                                                                 int insideEnd, String inside) {
        int maxWords = Math.min(inside.length() + 5, inside.length() * 2);
        int first = firstWordOfTheLongForm(s, open, Math.max(0, open - maxWords));
        if (first >= open) {
            return java.util.Optional.empty();
        }
        String candidate = text.covered(s.token(first).begin(), s.token(open - 1).end());
        // (a power read from a superscript, "T2AF" written "T^2AF" or "T$^2$AF", stands for two words)
        String written = text.asWritten(s.token(open + 1).begin(), s.token(insideEnd - 1).end());
        String spelled = powersSpelledOut(written.equals(inside) ? inside : written.replaceAll("[${}]", ""));
        String longForm = LongFormSpelling.spelledBy(spelled, inside, candidate);
        // "a novel method, called Test-time Adaptation via Self-Training with nearest neighbor information (TAST)":
        // all the words a naming verb gives, where their capitals spell the short form, though small words end them
        longForm = LongFormSpelling.longerOf(longForm, namedPhraseInCapitals(text, s, open, inside));
        if (longForm == null) {
            return java.util.Optional.empty();
        }
        int end = s.token(open - 1).end();
        longForm = trimLeading(text, s, end - longForm.length(), end);
        if (longForm == null || Names.WHITESPACE.split(longForm).length > maxWords
                || longForm.length() <= inside.length() || holdsAPurposeClause(s, end - longForm.length(), end)) {
            return java.util.Optional.empty();
        }
        // a long form in quotation marks is the words inside them: "Planning Exploratory Goals" (PEG), and so is one
        // a quotation opens or closes: “Deep Fusion Network (DFN)”, “the Rigged Lottery” (RLx2) (its span keeps
        // them, so that what comes before and after it is where the definition's checks look)
        String words = withoutQuotes(longForm);
        if (words.length() <= inside.length()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new AcronymDefinition(inside, words,
                new Span(s.token(open + 1).begin(), s.token(insideEnd - 1).end()),
                new Span(end - longForm.length(), end), s.index(), "acronym.long-then-short"));
    }

    /**
     * The first token a long form before the parenthesis at {@code open} may start at, no earlier than
     * {@code first}: never across a break inside the sentence (a parenthesis, a semicolon, a colon, an apposition's or
     * a clause's comma, a dash between phrases).
     */
    private static int firstWordOfTheLongForm(Sentence s, int open, int first) {
        for (int j = open - 1; j >= first; j--) {
            String w = s.token(j).word();
            // (a group's argument glued to its capital is part of a word: "Steerable E(3) Equivariant Graph Neural
            // Networks (SEGNNs)", "SO(3)")
            if (w.equals(")") && groupArgument(s, j)) {
                j -= 2;
                first = Math.max(0, first - 3);
                continue;
            }
            if (w.equals("(") || w.equals(")") || w.equals(";") || w.equals(":")) {
                return j + 1;
            }
            // nor an apposition's comma: "a novel architecture using attention, the Wave Transformer (PsiNet)"
            // (nor a clause's, its subject after it: "To lift image features to the TPV space, we further propose
            // a transformer-based TPV encoder (TPVFormer)")
            if (w.equals(",") && (TypeCues.ARTICLES.contains(s.token(j + 1).lower())
                    || CLAUSE_SUBJECTS.contains(s.token(j + 1).lower()))) {
                return j + 1;
            }
            // nor a dash between phrases: "a unified framework---tilted empirical risk minimization (TERM)" (not
            // one that joins two names, "Kullback--Leibler divergence (KLD)")
            if (ProposalCues.DASHES.contains(w) && separatesPhrases(s, j)) {
                return j + 1;
            }
        }
        return first;
    }

    /**
     * Reverse: "SF (long form)", a long form of several words ("LLM (S^2IP-LLM)" is not one); examples in the
     * parenthesis are no long form: "momentum-based GD (e.g. SGD or Adam)"; a coined name in mixed case may be the
     * short form too, "MaRio (Multi-rewArd RatIOnalization)" (and a plain capitalised word whose letters are the
     * initials of the capitalised words inside, one each: "Ada (Action Domain Acquisition)").
     */
    private java.util.Optional<AcronymDefinition> shortFormBefore(Sentence s, int open, int insideEnd, String inside,
                                                                  int insideTokens) {
        String before = s.token(open - 1).word();
        if (insideTokens >= 2 && inside.contains(" ") && isShortForm(before)
                && (Names.isAcronym(before) || Names.isCoined(before) || spellsTheInitials(before, inside))
                && !s.exampleWordAt(open + 1) && !s.suchAsAt(open + 1)) {
            String longForm = LongFormSpelling.bestLongForm(before, inside);
            if (longForm != null && longForm.equals(inside)) {
                return java.util.Optional.of(new AcronymDefinition(before, inside,
                        new Span(s.token(open - 1).begin(), s.token(open - 1).end()),
                        new Span(s.token(open + 1).begin(), s.token(insideEnd - 1).end()), s.index(),
                        "acronym.short-then-long"));
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * True when the words from {@code begin} to {@code end} hold a noun and "to" with a verb after it, a clause of
     * purpose that no name spells: "adversarial examples to probe an Arabic pre-trained language model (AraBERT)"
     * (not "Learning to Rank" nor "learning to optimize", whose "to" follows a gerund, whatever its tag, nor
     * "Sequence to Sequence", nor a verb capitalised as a name's word is, "Pareto Estimation to Pick the Perfect
     * Precision (PEPPP)").
     */
    private static boolean holdsAPurposeClause(Sentence s, int begin, int end) {
        for (int k = 1; k + 1 < s.size(); k++) {
            Token t = s.token(k);
            Token before = s.token(k - 1);
            if (t.begin() >= begin && t.end() <= end && t.lower().equals("to") && before.begin() >= begin
                    && before.pos().startsWith("NN") && !before.lower().endsWith("ing")
                    && s.token(k + 1).pos().equals("VB") && !Character.isUpperCase(s.token(k + 1).word().charAt(0))) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when a capitalised word of three letters or more has as many letters as the phrase has words, each word
     * capitalised, and its letters, in any case, are their initials: "Ada" and "Action Domain Acquisition".
     */
    private static boolean spellsTheInitials(String word, String phrase) {
        String[] words = Names.WHITESPACE.split(phrase);
        if (word.length() < 3 || word.length() != words.length || !Character.isUpperCase(word.charAt(0))) {
            return false;
        }
        for (int i = 0; i < words.length; i++) {
            if (!Character.isUpperCase(words[i].charAt(0))
                    || Character.toLowerCase(words[i].charAt(0)) != Character.toLowerCase(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The commas between the tokens at {@code from} and {@code to}: "(A, B, C)" holds two. */
    private static int commasBetween(Sentence s, int from, int to) {
        int commas = 0;
        for (int j = from; j < to; j++) {
            commas += s.token(j).word().equals(",") ? 1 : 0;
        }
        return commas;
    }

    /**
     * Words that open a parenthesis giving a name: "(abbreviated as X)", "(a.k.a. X)" ("(referred to as X)" and
     * "(referred as X)" are read where "referred" stands, {@link #referredToAs} and {@link #referredAs}).
     */
    private static final List<List<String>> NAMING_IN_PARENTHESES = List.of(List.of("abbreviated", "as"),
            List.of("abbreviated"), List.of("a.k.a."), List.of("aka"), List.of("a.k.a"));

    /** True when "referred to as" and a word follow from {@code i}: "…, which is referred to as BPFRe". */
    private static boolean referredToAs(Sentence s, int i) {
        return i + 3 < s.size() && s.token(i).lower().equals("referred") && s.token(i + 1).lower().equals("to")
                && s.token(i + 2).lower().equals("as");
    }

    /** True when "referred as" (without "to") and a word follow from {@code i}: "a novel approach referred as HyBO". */
    private static boolean referredAs(Sentence s, int i) {
        return i + 2 < s.size() && s.token(i).lower().equals("referred") && s.token(i + 1).lower().equals("as");
    }

    /**
     * Where the name stands when the words at {@code i}, right after an opening parenthesis, give it: "(abbreviated as
     * SepaCVAE)"; else -1. The name closes the parenthesis.
     */
    private static int namingInParentheses(Sentence s, int i) {
        for (List<String> words : NAMING_IN_PARENTHESES) {
            int name = i + words.size();
            if (name + 1 < s.size() && s.token(name + 1).word().equals(")")) {
                boolean all = true;
                for (int k = 0; k < words.size() && all; k++) {
                    all = s.token(i + k).lower().equals(words.get(k));
                }
                if (all) {
                    return name;
                }
            }
        }
        return -1;
    }

    /**
     * "…, dubbed CTP", "… AutoEncoder (abbreviated as SepaCVAE)": the name at {@code at} after the words at
     * {@code verb} that give it, matched against the words before them.
     */
    private java.util.Optional<AcronymDefinition> naming(AnnotatedText text, Sentence s, int verb, int at) {
        Token name = s.token(at);
        if (!Names.isCoined(name.word()) || verb < 2) {
            return java.util.Optional.empty();
        }
        // (not a name that goes on past the token: "an improved Quill Cross-Modal Embeddings (named QCME++)" names
        // a variant of QCME, whose letters alone the words before spell)
        if (at + 1 < s.size() && s.token(at + 1).begin() == name.end()
                && s.token(at + 1).word().startsWith("+")) {
            return java.util.Optional.empty();
        }
        int end = verb - 1;
        // (a relative clause may give the name: "… model, which is referred to as BPFRe")
        if (end >= 2 && (s.token(end).lower().equals("is") || s.token(end).lower().equals("are"))
                && s.token(end - 1).lower().equals("which")) {
            end -= 2;
        }
        // (the comma or the opening parenthesis that sets the naming off: "…, dubbed CTP", "… Function (termed LeRF)")
        if (s.token(end).word().equals(",") || s.token(end).word().equals("(")) {
            end--;
        }
        if (end < 0) {
            return java.util.Optional.empty();
        }
        int first = end;
        while (first > 0 && first > end - 12) {
            String w = s.token(first - 1).word();
            if (w.equals(":") || w.equals(",") || w.equals("(") || w.equals(";")) {
                break;
            }
            first--;
        }
        String candidate = text.covered(s.token(first).begin(), s.token(end).end());
        String shortForm = Names.singular(name.word());
        String longForm = LongFormSpelling.bestLongForm(shortForm, candidate);
        if (longForm == null) {
            return java.util.Optional.empty();
        }
        int begin = s.token(end).end() - longForm.length();
        longForm = trimLeading(text, s, begin, s.token(end).end());
        if (longForm == null) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(nameAfterItsLongForm(name, longForm, s, end, NAMING_PHRASE));
    }

    /**
     * The definition of a name given after the words of its long form, which end with the token at {@code end}:
     * "…, dubbed CTP", "Residual Radiance Field or ReRF".
     */
    private static AcronymDefinition nameAfterItsLongForm(Token name, String longForm, Sentence s, int end,
                                                          String rule) {
        return new AcronymDefinition(name.word(), longForm, new Span(name.begin(), name.end()),
                new Span(s.token(end).end() - longForm.length(), s.token(end).end()), s.index(), rule);
    }

    /** Dashes that set off an apposition, spaces around them: "PASTA -- Post-hoc Attention STeering Approach". */
    private static final Set<String> APPOSITION_DASHES = Set.of("--", "–", "—");

    /**
     * "we present SPIDER, Structural Pre-traIned DialoguE Reader, to …", "we introduce PASTA -- Post-hoc Attention
     * STeering Approach, a method …": a name in capitals before a comma or a dash and the capitalised words after it,
     * up to the next comma or the sentence's end, whose capitals spell it, two words at least: capitals inside words
     * or each word's own ("we present MOFI, Manifold OF Images, a new …").
     */
    private java.util.Optional<AcronymDefinition> longFormInApposition(AnnotatedText text, Sentence s, int comma) {
        Token name = s.token(comma - 1);
        String letters = Names.capitalsOf(name.word());
        boolean dash = APPOSITION_DASHES.contains(s.token(comma).word());
        if (letters.length() < 3 || !letters.equals(name.word()) || !dash && name.end() != s.token(comma).begin()) {
            return java.util.Optional.empty();
        }
        int last = comma + 1;
        while (last + 1 < s.size() && last - comma < 8 && Character.isUpperCase(s.token(last + 1).word().charAt(0))) {
            last++;
        }
        boolean closed = last + 1 == s.size() || s.token(last + 1).word().equals(",")
                || s.token(last + 1).word().equals(".");
        if (last - comma < 2 || !closed || !Character.isUpperCase(s.token(comma + 1).word().charAt(0))) {
            return java.util.Optional.empty();
        }
        String candidate = text.covered(s.token(comma + 1).begin(), s.token(last).end());
        // (the capitals inside words, "Pre-traIned DialoguE", or each word's own: "MOFI, Manifold OF Images")
        if (!candidate.equals(LongFormSpelling.capitalsLongForm(name.word(), candidate))
                && !Names.capitalsOf(candidate).equals(letters)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new AcronymDefinition(name.word(), candidate, new Span(name.begin(), name.end()),
                new Span(s.token(comma + 1).begin(), s.token(last).end()), s.index(), ALTERNATIVE_NAME));
    }

    /** Nouns of a named thing that may stand between its long form and the short form after a comma. */
    private static final Set<String> NAMED_THING_NOUNS = Set.of("algorithm", "method", "model", "framework",
            "network", "approach", "architecture", "module", "benchmark", "dataset", "corpus", "system");

    /**
     * "we develop a Rank-based Latent Causal Discovery algorithm, RLCD, that …", "Truncated Quantile Critics, TQC,":
     * a coined name set off by a comma after capitalised words, two at least, whose capitals spell it exactly (one
     * noun of a method or dataset may stand between).
     */
    private java.util.Optional<AcronymDefinition> shortFormInApposition(AnnotatedText text, Sentence s, int comma) {
        Token name = s.token(comma + 1);
        String letters = Names.capitalsOf(name.word());
        if (letters.length() < 2 || !Names.isCoined(name.word()) || !s.token(comma).word().equals(",")
                || !AFTER_ALTERNATIVE.contains(s.token(comma + 2).word())) {
            return java.util.Optional.empty();
        }
        int end = comma > 1 && NAMED_THING_NOUNS.contains(s.token(comma - 1).word()) ? comma - 2 : comma - 1;
        int first = firstOfTheCapitalisedWordsTo(s, end);
        for (int k = first; k < end; k++) {
            String candidate = text.covered(s.token(k).begin(), s.token(end).end());
            if (Names.capitalsOf(candidate).equals(letters)) {
                return java.util.Optional.of(nameAfterItsLongForm(name, candidate, s, end, ALTERNATIVE_NAME));
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * Where the capitalised words that end at {@code end} start, nine at most, walking back; {@code end + 1} when the
     * token at {@code end} is not capitalised: the words a short form after them may spell.
     */
    private static int firstOfTheCapitalisedWordsTo(Sentence s, int end) {
        int first = end + 1;
        while (first > 0 && first > end - 8 && Character.isUpperCase(s.token(first - 1).word().charAt(0))) {
            first--;
        }
        return first;
    }

    /** Tokens that may close a name given as the alternative after "or": "…, or LoRA, …", "… or ReRF.". */
    private static final Set<String> AFTER_ALTERNATIVE = Set.of(",", ".", ";", ":", ")");

    /**
     * "Residual Radiance Field or ReRF", "Low-Rank Adaptation, or LoRA,", "Generative Adversarial CLIPs, namely GALIP",
     * "Transformation-Based Learning (or TBL)":
     * a coined name after "or" or "namely" that the capitalised words right before spell, two words at least, opening
     * with a capital ("Mutual Information or Gravity-Counts" are two things, whose letters do not match).
     */
    private java.util.Optional<AcronymDefinition> alternativeName(AnnotatedText text, Sentence s, int or) {
        Token name = s.token(or + 1);
        if (!Names.isCoined(name.word())
                || (or + 2 < s.size() && !AFTER_ALTERNATIVE.contains(s.token(or + 2).word()))) {
            return java.util.Optional.empty();
        }
        // (a comma or an opening parenthesis may stand between: "Transformation-Based Learning (or TBL) method")
        int end = s.token(or - 1).word().equals(",") || s.token(or - 1).word().equals("(") ? or - 2 : or - 1;
        int first = firstOfTheCapitalisedWordsTo(s, end);
        if (end - first < 1) {
            return java.util.Optional.empty();
        }
        String candidate = text.covered(s.token(first).begin(), s.token(end).end());
        String longForm = LongFormSpelling.bestLongForm(Names.singular(name.word()), candidate);
        if (longForm == null || Names.WHITESPACE.split(longForm).length < 2
                || !Character.isUpperCase(longForm.charAt(0))) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(nameAfterItsLongForm(name, longForm, s, end, ALTERNATIVE_NAME));
    }

    /**
     * Drops leading determiners and function words that the character match may have swallowed; null when a
     * lower-case preposition opens what is left.
     */
    private static String trimLeading(AnnotatedText text, Sentence s, int begin, int end) {
        for (Token t : s.tokens()) {
            if (t.end() <= begin || t.begin() >= end) {
                continue;
            }
            if (!LongFormSpelling.LEADING_NOISE.contains(t.lower())) {
                // a lower-case preposition opens no name: "over 29 API-based and open-sourced (OSS)" matched letters only
                if (t.pos().equals("IN") && Character.isLowerCase(t.word().charAt(0)) && t.word().indexOf('-') < 0) {
                    return null;
                }
                return text.covered(Math.max(begin, t.begin()), end);
            }
        }
        return null;
    }

    /**
     * True when the dash at {@code dash} separates two phrases: an em dash ("---" in TeX, "—"), or a shorter one with
     * a space on both sides; not one glued to a word, "Kullback--Leibler", "best–worst scaling", "Subtask– 1".
     */
    private static boolean separatesPhrases(Sentence s, int dash) {
        Token d = s.token(dash);
        if (d.word().equals("---") || d.word().equals("\u2014") || dash == 0 || dash + 1 >= s.size()) {
            return true;
        }
        return s.token(dash - 1).end() < d.begin() && d.end() < s.token(dash + 1).begin();
    }

    /**
     * True when the closing parenthesis at {@code close} ends a group's argument glued to the capital before it, a
     * number or a lower-case letter: the "(3)" of "E(3)", the "(n)" of "E(n)"; not the "(A)" of a function, "R(A)".
     */
    private static boolean groupArgument(Sentence s, int close) {
        if (close < 3 || !s.token(close - 2).word().equals("(")) {
            return false;
        }
        Token group = s.token(close - 3);
        String argument = s.token(close - 1).word();
        return s.token(close - 2).begin() == group.end() && Character.isUpperCase(group.word().charAt(0))
                && (argument.length() <= 2 && argument.chars().allMatch(Character::isDigit)
                        || argument.length() == 1 && Character.isLowerCase(argument.charAt(0)));
    }

    /** A word and a score: "FID 1.73", "BLEU 35.2", "Acc 91.50%". */
    private static final java.util.regex.Pattern SCORE_AFTER_ITS_METRIC =
            java.util.regex.Pattern.compile("\\S+ (?:\\d{2,}\\.\\d+|\\d+\\.\\d{2,})%?");

    /** Characters of mathematical notation or markup. */
    private static final String NOTATION = "_=\\{}";

    static boolean isShortForm(String s) {
        // (nor a word's first part, "(Dis-)Similarity")
        if (s.length() < 2 || s.length() > 15 || !Character.isLetterOrDigit(s.charAt(0)) || s.endsWith("-")) {
            return false;
        }
        if (Names.WHITESPACE.split(s).length > 2 || s.chars().noneMatch(Character::isLetter)) {
            return false;
        }
        // (nor a negated property: "non-strongly convex (non-SC)", "non-IID"; nor a task's number, "(Task 1)"; nor a
        // score after its metric, "on CIFAR-10 (FID 1.73)", "(BLEU 35.2)", where a version has one decimal after one
        // digit, "(CTB 5.1)")
        if (s.startsWith("non-") || s.startsWith("Non-") || NUMBERED_TASK.matcher(s).matches()
                || SCORE_AFTER_ITS_METRIC.matcher(s).matches()) {
            return false;
        }
        // notation, not a name: "G=(V_G, E_G)", "T^{2/3}" (a power stays, "S^2IP", "S$^2$AC", and so does an
        // escaped ampersand, "I\\&V")
        if (s.replace("\\&", "&").chars().anyMatch(c -> NOTATION.indexOf(c) >= 0)) {
            return false;
        }
        return s.chars().anyMatch(Character::isUpperCase);
    }

    /** "S^2IP" stands for two words with an S, then an I and a P: "Semantic Space Informed Prompt". */
    static String powersSpelledOut(String shortForm) {
        java.util.regex.Matcher m = POWER.matcher(shortForm);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, m.group(1).repeat(Integer.parseInt(m.group(2))));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The long form without the quotation marks that open or close it. */
    static String withoutQuotes(String longForm) {
        java.util.regex.Matcher single = SINGLE_QUOTES.matcher(longForm);
        if (single.matches()) {
            return single.group(1);
        }
        return CLOSING_DOUBLE_QUOTE.matcher(OPENING_DOUBLE_QUOTE.matcher(longForm).replaceFirst("")).replaceFirst("");
    }

    /**
     * The words between a naming verb ("called", "dubbed" …) within twelve tokens before the parenthesis at {@code
     * open} and the parenthesis, when the first is capitalised and the capitals of all of them are those of the short
     * form, two or more; else null.
     */
    private static String namedPhraseInCapitals(AnnotatedText text, Sentence s, int open, String shortForm) {
        String capitals = Names.capitalsOf(shortForm);
        if (capitals.length() < 2) {
            return null;
        }
        for (int v = open - 2; v >= 0 && v >= open - 13; v--) {
            String w = s.token(v).word();
            if (w.equals("(") || w.equals(")") || w.equals(";") || w.equals(":") || w.equals(",")) {
                return null;
            }
            if (NAMING.contains(w.toLowerCase(Locale.ROOT))) {
                String phrase = text.covered(s.token(v + 1).begin(), s.token(open - 1).end());
                return Character.isUpperCase(phrase.charAt(0)) && Names.capitalsOf(phrase).equals(capitals)
                        ? phrase : null;
            }
        }
        return null;
    }
}
