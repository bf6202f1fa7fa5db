package org.paperkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds acronym definitions with the Schwartz–Hearst algorithm (PSB 2003): a parenthesised short form whose
 * characters can be matched, right to left, to the words just before it ("Long Range Arena (LRA)"), the
 * reverse order ("LRA (Long Range Arena)"), and naming phrases ("…, dubbed CTP", "called DSS").
 */
final class AcronymFinder {
    /**
     * A capital that a digit from 2 to 4 counts, before another letter or at the end: the "D3" of "D3P", the "A2" of
     * "A2Summ", the "P3" of "Pareto policy pool (P3)".
     */
    private static final java.util.regex.Pattern REPEATED_LETTER =
            java.util.regex.Pattern.compile("(\\p{Lu})([2-4])(\\p{L}|$)");
    private static final java.util.regex.Pattern TWO_FOR_TO = java.util.regex.Pattern.compile("(\\p{L})2(\\p{L})");
    private static final java.util.regex.Pattern TO_WORD = java.util.regex.Pattern.compile("(?i)(^|[\\s-])to([\\s-])");
    /** A task's or a subtask's number: "Task 1", "Subtask 2a", "task3". */
    private static final java.util.regex.Pattern NUMBERED_TASK =
            java.util.regex.Pattern.compile("(?i)(?:sub-?)?task\\s*\\d+[a-z]?");
    private static final java.util.regex.Pattern POWER = java.util.regex.Pattern.compile("([A-Za-z])\\^([2-4])");
    private static final java.util.regex.Pattern NOT_LETTER = java.util.regex.Pattern.compile("[^\\p{L}]");
    /** Capitals, then a version number: "SFEW 2.0", "MSRA-2", "QA v2". */
    private static final java.util.regex.Pattern VERSION_AFTER_CAPITALS =
            java.util.regex.Pattern.compile("(\\p{Lu}{2,})[ -]v?\\d+(?:\\.\\d+)*");
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
    /** Quotation marks that open a word: the '"' of '"Planning', which lends no initial. */
    private static final java.util.regex.Pattern OPENING_QUOTES =
            java.util.regex.Pattern.compile("^[\"\u201C\u2018'`]+");
    /** The rule of a definition that a naming verb gives: "…, dubbed CTP". */
    static final String NAMING_PHRASE = "acronym.naming-phrase";
    /** The rule of a definition that "or" or "namely" gives: "Residual Radiance Field or ReRF". */
    static final String ALTERNATIVE_NAME = "acronym.alternative-name";
    private static final Set<String> NAMING = Set.of("dubbed", "called", "named", "termed", "coined");
    private static final Set<String> LEADING_NOISE = Set.of("the", "a", "an", "our", "this", "novel", "new", "its",
            "their", "we", "and", "of", "to", "in", "for", "on", "with", "by", "as", "is", "are");

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
        String longForm = spelledBy(spelled, inside, candidate);
        // "a novel method, called Test-time Adaptation via Self-Training with nearest neighbor information (TAST)":
        // all the words a naming verb gives, where their capitals spell the short form, though small words end them
        longForm = longerOf(longForm, namedPhraseInCapitals(text, s, open, inside));
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
     * The longest end of {@code candidate} that the short form's letters ({@code spelled}, powers spelled out; as
     * written, {@code inside}) spell by any of the ways short forms are made, or null.
     */
    private String spelledBy(String spelled, String inside, String candidate) {
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
            String longForm = bestLongForm(before, inside);
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
        String longForm = bestLongForm(shortForm, candidate);
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
        if (!candidate.equals(capitalsLongForm(name.word(), candidate))
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
        String longForm = bestLongForm(Names.singular(name.word()), candidate);
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
            if (!LEADING_NOISE.contains(t.lower())) {
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

    /** Prepositions that a short form may spell across, its letters for the words after them first. */
    private static final Set<String> SWAPPING_PREPOSITIONS = Set.of("over", "on", "for", "from", "in", "with");

    /**
     * "question answering over knowledge bases (KBQA)": a short form that spells the words after a preposition, then
     * the words before it, each one initial a word. Null when the candidate's last words are no such long form.
     */
    static String swappedAroundAPreposition(String shortForm, String candidate) {
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
    static String prefixWrittenLast(String shortForm, String candidate) {
        int hyphen = shortForm.indexOf('-');
        if (hyphen < 1 || hyphen > 3 || shortForm.indexOf('-', hyphen + 1) >= 0 || hyphen == shortForm.length() - 1) {
            return null;
        }
        String prefix = shortForm.substring(0, hyphen);
        String longForm = bestLongForm(shortForm.substring(hyphen + 1) + "-" + prefix, candidate);
        return longForm != null && Character.isUpperCase(longForm.charAt(0))
                && java.util.Arrays.asList(Names.WHITESPACE.split(longForm)).contains(prefix) ? longForm : null;
    }

    /** The long form without the quotation marks that open or close it. */
    static String withoutQuotes(String longForm) {
        java.util.regex.Matcher single = SINGLE_QUOTES.matcher(longForm);
        if (single.matches()) {
            return single.group(1);
        }
        return CLOSING_DOUBLE_QUOTE.matcher(OPENING_DOUBLE_QUOTE.matcher(longForm).replaceFirst("")).replaceFirst("");
    }

    /** "D3P" to "DDDP": a letter that a digit from 2 to 4 counts, written that many times. */
    static String repeatedLettersSpelledOut(String shortForm) {
        java.util.regex.Matcher m = REPEATED_LETTER.matcher(shortForm);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, m.group(1).repeat(Integer.parseInt(m.group(2))) + m.group(3));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String longerOf(String a, String b) {
        return a == null || (b != null && b.length() > a.length()) ? b : a;
    }

    /**
     * The words at the end of {@code candidate} whose initials (of each hyphenated part too) spell the short form:
     * "proximal policy optimization (PPO)", where the character match alone stops at "policy optimization" because
     * the "p" of "optimization" can stand for the second P. With {@code skipFunctionWords}, lower-case function words
     * lend no initial: "Office of the Director of National Intelligence (ODNI)", where the other matches take the O
     * from "of".
     */
    static String initialsLongForm(String shortForm, String candidate, boolean skipFunctionWords) {
        return initialsLongForm(shortForm, candidate, skipFunctionWords, false);
    }

    /**
     * As above; with {@code firstPartsOnly}, a hyphenated word lends the initial of its first part alone, and every
     * word that lends one is capitalised.
     */
    static String initialsLongForm(String shortForm, String candidate, boolean skipFunctionWords,
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
    static String capitalisedInitialsLongForm(String shortForm, String candidate) {
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

    /** A capital and the small letters after it, the part of a mixed-case short form that opens a word: "Co", "B". */
    private static final java.util.regex.Pattern OPENING_PART = java.util.regex.Pattern.compile("\\p{Lu}\\p{Ll}*");

    /**
     * The words at the end of {@code candidate} that the parts of a mixed-case short form open, one part each, in
     * order, past lower-case words that join names ("and", "of"): "Continuous and Categorical Bayesian Optimisation"
     * for CoCaBO ("Co", "Ca", "B", "O"), "Hybrid Bayesian Optimization" for HyBO; else null (a short form that opens
     * in lower case, has no small letters or holds anything but letters is left to the other matches).
     */
    static String syllablesLongForm(String shortForm, String candidate) {
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
