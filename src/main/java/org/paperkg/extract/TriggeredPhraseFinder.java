package org.paperkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds capitalised multi-word names right after a proposal verb ("we propose Equal-Info Windows, …", "we
 * introduce the concept of String States"): names that are not coined words.
 */
final class TriggeredPhraseFinder {
    private static final Pattern VERSION_SUFFIX = Pattern.compile("\\d+|\\+\\+?");
    /** A coined word in lower case: two capitals in a row or a digit after its first letter, "kNN-MT", "mBERT". */
    private static final Pattern COINED_IN_LOWER_CASE =
            Pattern.compile("\\p{Ll}[\\p{L}\\d-]*(?:\\p{Lu}{2}|\\d)[\\p{L}\\d-]*");
    static final Set<String> TRIGGERS = Set.of("propose", "introduce", "present", "call", "dub", "name",
            "term", "develop", "design", "devise");
    private static final Set<String> PHRASE_STOPS = Set.of("than", "unlike", "against", "such", "including", "like",
            "compare", "outperform", "use", "using", "with", "based", "existing", "previous", "prior", "from", "via",
            "on", "over", "at", "during", "while", "which", "that", "for", "in", "by", "to", "around", "upon", "atop",
            "into", ",", ";", "(", ")");

    /** Tags of function words, which a long form's content words do not go on with. */
    private static final Set<String> FUNCTION_WORD_TAGS = Set.of("IN", "CC", "DT", "TO", "WDT", "PRP", "MD");
    private static final Set<String> LIST_OPENERS = Set.of("namely", "including");
    /** Last words of a measure's name, which names no method: "Mean Opinion Score", "Structural Similarity Index". */
    private static final Set<String> MEASURE_HEADS = Set.of("score", "metric", "index", "statistic", "coefficient");
    private static final Set<String> LIST_GLUE = Set.of(",", "and", "or");
    /** One to three capitals hyphenated to a lower-case noun: "P-learner", "Q-former". */
    private static final Pattern LETTER_BEFORE_A_NOUN = Pattern.compile("[A-Z]{1,3}-[a-z]{3,}");

    private final Lexicon lexicon;
    private final ConceptLabels conceptLabels;

    TriggeredPhraseFinder(Lexicon lexicon, ConceptLabels conceptLabels) {
        this.lexicon = lexicon;
        this.conceptLabels = conceptLabels;
    }

    /**
     * "we develop a new class of restricted model, the monotone DBM, which …": an acronym after one or two lower-case
     * words, in apposition and closed by punctuation, names a variant of what the acronym stands for.
     */
    private java.util.Optional<NameOccurrence> lowerCaseVariant(AnnotatedText text, Sentence s, int from) {
        int j = from < s.size() && TypeCues.ARTICLES.contains(s.token(from).lower()) ? from + 1 : from;
        int start = j;
        if (start < s.size() && (TRIGGERS.contains(s.token(start).lemma())
                || ProposalCues.NAMING_VERBS.contains(s.token(start).lemma()))) {
            // ", called BOIL (…)": the naming verb's name is found by the naming rules
            return java.util.Optional.empty();
        }
        while (j < s.size() && j < start + 2 && Character.isLowerCase(s.token(j).word().charAt(0))
                && (s.token(j).pos().startsWith("JJ") || s.token(j).pos().startsWith("NN") || s.token(j).pos().equals("VBN"))) {
            j++;
        }
        if (j == start || j + 1 >= s.size() || !Names.isAcronym(s.token(j).word())
                || !MetricCues.CLOSES_APPOSITION.contains(s.token(j + 1).word())) {
            return java.util.Optional.empty();
        }
        Span span = new Span(s.token(start).begin(), s.token(j).end());
        String phrase = text.covered(span.begin(), span.end());
        if (conceptLabels.isLabel(phrase) || lexicon.isNotName(phrase)) {
            return java.util.Optional.empty();
        }
        // "the monotone DBMs" names "monotone DBM"
        String name = text.covered(span.begin(), s.token(j).begin()) + Names.singular(s.token(j).word());
        return java.util.Optional.of(new NameOccurrence(name, span, s, "triggered-phrase"));
    }

    /** True when a name follows at {@code k}: "(X)", ", called X", "called X", "named X". */
    private static boolean namedAfter(Sentence s, int k) {
        int i = k < s.size() && s.token(k).word().equals(",") ? k + 1 : k;
        return i < s.size() && (s.token(i).word().equals("(") || ProposalCues.NAMING_VERBS.contains(s.token(i).lemma()));
    }

    /**
     * True when the capitalised words go on as a lower-case noun phrase ("the ADAptive Nesterov momentum
     * algorithm", "Semantic Space Informed Prompt learning"): they are only its first words. A method or dataset
     * noun after them ("a Historical Prediction Attention module") is no continuation.
     */
    private static boolean continuesInLowerCase(Sentence s, int next) {
        if (next >= s.size()) {
            return false;
        }
        Token t = s.token(next);
        return t.pos().startsWith("NN") && Character.isLowerCase(t.word().charAt(0))
                && !TypeCues.METHOD_HEADS.contains(t.lemma()) && !TypeCues.DATASET_HEADS.contains(t.lemma());
    }

    /**
     * Capitalised multi-word names right after a proposal trigger ("we propose Equal-Info Windows, …",
     * "we introduce the concept of String States"): names that are not coined words.
     */
    List<NameOccurrence> find(AnnotatedText text) {
        List<NameOccurrence> out = new ArrayList<>();
        for (Sentence s : text.abstractSentences()) {
            for (int i = 0; i < s.size(); i++) {
                if (TRIGGERS.contains(s.token(i).lemma()) && AuthorSubject.before(s, i) == AuthorSubject.AUTHORS) {
                    phraseAfter(text, s, i).filter(o -> !ofNoNamesAndEarlierShortForms(text, o)).ifPresent(out::add);
                    out.addAll(listedAfter(text, s, i));
                } else if (namingParticipleAfterANoun(s, i)) {
                    // "a novel deep neural network architecture called Structured Keypoint Pooling is proposed": the
                    // name a participle gives to what a passive trigger then says is made
                    phraseAfter(text, s, i).filter(o -> proposedByAPassive(s, s.tokenIndexAt(o.span().end() - 1) + 1))
                            .ifPresent(out::add);
                }
            }
        }
        return out;
    }

    /**
     * True when every word of the phrase is no name or a short form that an earlier sentence defines in parentheses:
     * "we present a dense RGB SLAM method" after "… Simultaneous Localization and Mapping (SLAM)" describes the
     * method by the data and the task it works on.
     */
    private boolean ofNoNamesAndEarlierShortForms(AnnotatedText text, NameOccurrence o) {
        String before = text.text().substring(0, o.sentence().begin());
        for (String word : Names.WHITESPACE.split(o.name())) {
            if (!lexicon.isNotName(word) && !before.contains("(" + word + ")")) {
                return false;
            }
        }
        return true;
    }

    /** True when the token at {@code i} is "called", "dubbed", "named" or "termed" right after a noun. */
    private static boolean namingParticipleAfterANoun(Sentence s, int i) {
        return i >= 1 && s.token(i).pos().equals("VBN") && ProposalCues.NAMING_VERBS.contains(s.token(i).lemma())
                && s.token(i - 1).pos().startsWith("NN");
    }

    /** True when "be" at {@code k}, perhaps an adverb, and the participle of a trigger follow: "is proposed". */
    private static boolean proposedByAPassive(Sentence s, int k) {
        if (k >= s.size() || !ClauseProposals.BE.contains(s.token(k).lower())) {
            return false;
        }
        int participle = k + 1 < s.size() && s.token(k + 1).pos().equals("RB") ? k + 2 : k + 1;
        return participle < s.size() && s.token(participle).pos().equals("VBN")
                && ProposalCues.CREATING_VERBS.contains(s.token(participle).lemma());
    }

    /**
     * Capitalised phrases of two words or more listed after ", namely" or ", including" in what the trigger at
     * {@code trigger} governs: "we propose two task augmentation methods, including MetaMix and Channel Shuffle".
     */
    private List<NameOccurrence> listedAfter(AnnotatedText text, Sentence s, int trigger) {
        List<NameOccurrence> out = new ArrayList<>();
        int j = trigger + 1;
        while (j < s.size() && j <= trigger + 10 && !(LIST_OPENERS.contains(s.token(j).lower())
                && s.token(j - 1).word().equals(","))) {
            if (s.token(j).word().equals(";") || s.token(j).word().equals(".")) {
                return out;
            }
            j++;
        }
        // "including" lists what was made only after a counted plural: "two … methods, including"
        if (j >= s.size() || j > trigger + 10 || s.token(j).lower().equals("including") && !afterCountedPlural(s, j - 1)) {
            return out;
        }
        j++;
        // (a comma may follow "namely" too: "a novel information measure, namely, Quill Discrepancy, to …")
        if (j < s.size() && s.token(j).word().equals(",")) {
            j++;
        }
        while (j < s.size()) {
            int start = j;
            while (j < s.size() && j < start + 4 && Character.isUpperCase(s.token(j).word().charAt(0))) {
                j++;
            }
            boolean closed = j >= s.size() || LIST_GLUE.contains(s.token(j).lower()) || s.token(j).word().equals(".");
            if (j == start || !closed) {
                return out;
            }
            if (j - start >= 2) {
                Span span = new Span(s.token(start).begin(), s.token(j - 1).end());
                String phrase = text.covered(span.begin(), span.end());
                if (!conceptLabels.isLabel(phrase) && lexicon.lookup(phrase) == null && !lexicon.isNotName(phrase)) {
                    out.add(new NameOccurrence(phrase, span, s, "triggered-phrase"));
                }
            }
            while (j < s.size() && LIST_GLUE.contains(s.token(j).lower())) {
                j++;
            }
        }
        return out;
    }

    /**
     * True when the comma at {@code comma} follows a plural that a number counts, with only nouns and adjectives
     * between: "two task augmentation methods,".
     */
    static boolean afterCountedPlural(Sentence s, int comma) {
        if (comma < 2 || !s.token(comma - 1).pos().equals("NNS")) {
            return false;
        }
        for (int k = comma - 2; k >= 0 && k >= comma - 6; k--) {
            if (s.token(k).pos().equals("CD")) {
                return true;
            }
            if (!s.token(k).pos().startsWith("NN") && !s.token(k).pos().startsWith("JJ")) {
                return false;
            }
        }
        return false;
    }

    /** True when "in this paper" or "in this work" starts at {@code k}: words that leave a trigger's object as it is. */
    static boolean inThisPaperAt(Sentence s, int k) {
        return k + 2 < s.size() && s.token(k).lower().equals("in") && s.token(k + 1).lower().equals("this")
                && (s.token(k + 2).lower().equals("paper") || s.token(k + 2).lower().equals("work"));
    }

    /**
     * True when the capitalised words from {@code start} to {@code end} open a long form that goes on in lower case to
     * a short form spelled from their initials first: "a novel Directly Accelerated stochastic Variance reductIon
     * (DAVIS) algorithm", "the Sliding Window Upper-Confidence bound for Reinforcement Learning with Confidence
     * Widening (SWUCRL2-CW) algorithm".
     */
    private static boolean opensALongerLongForm(Sentence s, int start, int end) {
        // (the long form goes on with a content word, whatever its tag: "… Accelerated stochastic …",
        // "… Upper-Confidence bound …"; not "… Generation with …")
        // (or with "and" and a capitalised word: "a Two-stage Interaction and Topic-Aware text matching model (TITA)")
        boolean andGoesOn = end + 1 < s.size() && s.token(end).lower().equals("and")
                && Character.isUpperCase(s.token(end + 1).word().charAt(0));
        if (end >= s.size() || !andGoesOn && (!Character.isLowerCase(s.token(end).word().charAt(0))
                || FUNCTION_WORD_TAGS.contains(s.token(end).pos()))) {
            return false;
        }
        // (the short form may skip a hyphenated part in lower case: "Two-stage Interaction … (TITA)")
        StringBuilder initials = new StringBuilder();
        StringBuilder capitals = new StringBuilder();
        for (int k = start; k < end; k++) {
            for (String part : Names.HYPHEN.split(s.token(k).word())) {
                if (!part.isEmpty() && Character.isLetter(part.charAt(0))) {
                    initials.append(part.charAt(0));
                    if (Character.isUpperCase(part.charAt(0))) {
                        capitals.append(part.charAt(0));
                    }
                }
            }
        }
        for (int k = end; k < s.size() && k <= end + 10; k++) {
            String w = s.token(k).word();
            if (w.equals("(")) {
                String shortForm = k + 1 < s.size() ? s.token(k + 1).word() : "";
                return Names.isAcronym(shortForm) && (shortForm.startsWith(initials.toString())
                        || capitals.length() >= 2 && shortForm.startsWith(capitals.toString()));
            }
            if (!Character.isLetterOrDigit(w.charAt(0))) {
                return false;
            }
        }
        return false;
    }

    /**
     * True when "of" or "to" at {@code k} stands between two capitalised words of a phrase ("Chain of Hindsight"; other
     * prepositions more often join a name to what it is for: "X for Reinforcement Learning", "X with Y").
     */
    private static boolean joinsCapitalisedWords(Sentence s, int k, int start) {
        return k > start && k + 1 < s.size() && (s.token(k).word().equals("of") || s.token(k).word().equals("to"))
                && Character.isUpperCase(s.token(k - 1).word().charAt(0))
                && Character.isUpperCase(s.token(k + 1).word().charAt(0));
    }

    /**
     * The token after "for" and the words in lower case after it, where "for" follows a method noun and a comma or a
     * dash then sets a capitalised word off: the comma itself (an apposition), or the capitalised word after a dash;
     * else {@code j}.
     */
    private static int pastThePurposeOfAMethodNoun(Sentence s, int j) {
        if (j < 1 || j + 3 >= s.size() || !s.token(j).lower().equals("for")
                || !TypeCues.METHOD_HEADS.contains(s.token(j - 1).lemma())) {
            return j;
        }
        for (int k = j + 1; k + 1 < s.size() && k <= j + 4; k++) {
            String w = s.token(k).word();
            boolean separator = w.equals(",") || ProposalCues.DASHES.contains(w);
            if (separator && k > j + 1 && Character.isUpperCase(s.token(k + 1).word().charAt(0))) {
                return w.equals(",") ? k : k + 1;
            }
            if (separator || Character.isUpperCase(w.charAt(0))
                    || PHRASE_STOPS.contains(w.toLowerCase(java.util.Locale.ROOT))) {
                return j;
            }
        }
        return j;
    }

    /**
     * Past a short form that modifies a method noun, up to the comma or dash that sets off a name after it: "we propose
     * a new SSL method --- Sequential Multi-Dimensional SSL --- where …" (the comma's index, or the name's after a
     * dash); else {@code j}.
     */
    private static int pastAnAcronymBeforeItsMethodNoun(Sentence s, int j) {
        if (j + 3 >= s.size() || !Names.isAcronym(s.token(j).word()) || !s.token(j + 1).pos().startsWith("NN")
                || !TypeCues.METHOD_HEADS.contains(s.token(j + 1).lemma())
                || !Character.isUpperCase(s.token(j + 3).word().charAt(0))) {
            return j;
        }
        String separator = s.token(j + 2).word();
        return separator.equals(",") ? j + 2 : ProposalCues.DASHES.contains(separator) ? j + 3 : j;
    }

    /** The capitalised phrase within a few words after the trigger at {@code trigger}, if any. */
    private java.util.Optional<NameOccurrence> phraseAfter(AnnotatedText text, Sentence s, int trigger) {
        int j = trigger + 1;
        // "we propose in this paper Periodic Interaction Primitives"
        if (inThisPaperAt(s, j)) {
            j += 3;
        }
        while (j < s.size() && j <= trigger + 8 && !Character.isUpperCase(s.token(j).word().charAt(0))
                && !PHRASE_STOPS.contains(s.token(j).lower())) {
            j++;
        }
        // (past what a method noun is for, up to a comma or dash that sets the name off: "we propose a new
        // regularization mechanism for meta-learning -- Minimax-Meta Regularization, which …")
        j = pastThePurposeOfAMethodNoun(s, j);
        j = pastAnAcronymBeforeItsMethodNoun(s, j);
        // "we present a neural flow wavefunction, Gauge-Fermion FlowNet, and …": the name in apposition to the noun
        // phrase the trigger governs, closed by a comma, a parenthesis or the sentence's end
        boolean apposition = j > trigger + 1 && j + 1 < s.size() && s.token(j).word().equals(",")
                && s.token(j - 1).pos().startsWith("NN");
        // (not a task's or a problem's, which is no method: "we introduce a new task, Event Network Embedding, …")
        if (apposition && DefinitionFilter.TOPIC_NOUNS.contains(s.token(j - 1).lower())) {
            return java.util.Optional.empty();
        }
        if (apposition) {
            j++;
            java.util.Optional<NameOccurrence> variant = lowerCaseVariant(text, s, j);
            if (variant.isPresent()) {
                return variant;
            }
        }
        // "we introduce the task of Debate Topic Expansion": a task or a problem, not a method
        if (j >= 2 && s.token(j - 1).lower().equals("of") && DefinitionFilter.TOPIC_NOUNS.contains(s.token(j - 2).lower())) {
            return java.util.Optional.empty();
        }
        // "propose a Transformer-style PointListNet": a word that says what a coined name is like or built on is no
        // part of it (but it opens a name of plain words, "Rank-based Latent Causal Discovery")
        if (j + 1 < s.size() && Names.KIND_SUFFIX.matcher(s.token(j).word()).matches()
                && Names.isCoined(s.token(j + 1).word())
                && (j + 2 >= s.size() || !Character.isUpperCase(s.token(j + 2).word().charAt(0)))) {
            j++;
        }
        int start = j;
        // (in apposition "of" or "to" may join two capitalised words, "we propose a novel technique, Chain of
        // Hindsight, that …", which punctuation or the sentence's end must close, as any name in apposition; so may
        // they right after a naming verb, "what we call Repeated Sampling of Random Subsets (…)")
        boolean named = ProposalCues.NAMING_VERBS.contains(s.token(trigger).lemma()) && start == trigger + 1;
        boolean joined = false;
        // (a coined word in lower case goes on a capitalised phrase: "we propose Adaptive kNN-MT to …"; not a word
        // whose capitals mark a short form's letters, "Decouple aNd Feedback", "IteRative prOposal refiNement")
        while (j < s.size() && j < start + 8 && (Character.isUpperCase(s.token(j).word().charAt(0))
                || (j > start && VERSION_SUFFIX.matcher(s.token(j).word()).matches())
                || (j > start && COINED_IN_LOWER_CASE.matcher(s.token(j).word()).matches())
                || (apposition || named) && joinsCapitalisedWords(s, j, start))) {
            joined |= s.token(j).word().equals("of") || s.token(j).word().equals("to");
            j++;
        }
        if (named && joined && j < s.size() && !MetricCues.CLOSES_APPOSITION.contains(s.token(j).word())) {
            return java.util.Optional.empty();
        }
        // "We propose the P-learner, …": one capital (or two or three) hyphenated to a lower-case noun, right after the
        // trigger or its article, names what is proposed (not a term in use, "Q-learning")
        if (j - start == 1 && LETTER_BEFORE_A_NOUN.matcher(s.token(start).word()).matches()
                && (start == trigger + 1
                        || start == trigger + 2 && TypeCues.ARTICLES.contains(s.token(trigger + 1).lower()))
                && (j >= s.size() || MetricCues.CLOSES_APPOSITION.contains(s.token(j).word()))
                && !NamedPhraseFinder.knownOrNoName(s.token(start).word(), lexicon, conceptLabels)) {
            return java.util.Optional.of(new NameOccurrence(s.token(start).word(),
                    new Span(s.token(start).begin(), s.token(start).end()), s, "triggered-phrase"));
        }
        // (nor one whose capitals stop at a preposition: "Source-free Domain Adaptation Through the Lens of …" goes on
        // in lower case)
        if (j - start < 2 || start >= s.size() || continuesInLowerCase(s, j)
                || PhraseSyntax.continuesTitleCaseName(s, j)
                || s.token(j - 1).pos().equals("IN") || s.token(j - 1).pos().equals("TO")
                || apposition && !(j >= s.size() || MetricCues.CLOSES_APPOSITION.contains(s.token(j).word()))) {
            return java.util.Optional.empty();
        }
        Span span = new Span(s.token(start).begin(), s.token(j - 1).end());
        String phrase = text.covered(span.begin(), span.end());
        // (nor a task before a method noun that a name of its own follows: "a novel deep hierarchical Image-to-Image
        // Translation method, called DeepI2I"; "a Smart Labeling framework" has no other name)
        boolean taskOfAMethod = j < s.size() && TypeCues.METHOD_HEADS.contains(s.token(j).lemma())
                && TaskCues.namesATask(Set.of(phrase)) && namedAfter(s, j + 1);
        // (nor a measure: "in terms of Mean Opinion Score")
        boolean measure = MEASURE_HEADS.contains(s.token(j - 1).lemma().toLowerCase(java.util.Locale.ROOT));
        // (nor words that say what the thing after them is like or built on: "a projection- and 2D Convolutional
        // Neural Network-based backbone")
        boolean kind = Names.KIND_SUFFIX.matcher(s.token(j - 1).word()).matches();
        // (nor the description of a name that a naming verb gives right after it, "a novel Local Pattern-specific
        // Implicit Function, named LP-DIF, for …", which the name's letters need not spell)
        boolean describesTheNameAfterIt = j + 2 < s.size() && s.token(j).word().equals(",")
                && ProposalCues.NAMING_VERBS.contains(s.token(j + 1).lemma())
                && (Names.isCoined(s.token(j + 2).word()) || Names.isAcronym(s.token(j + 2).word()));
        // (nor the kind of what a coined name in apposition names, past what it is for: "We present a Non-parametric
        // Network for 3D point cloud analysis, Point-NN, which …")
        boolean kindOfTheCoinedName = !apposition && !named && coinedNameInAppositionAfter(s, j);
        // (nor a language or a variety of one: "a speech translation corpus of Highland Puebla Nahuatl")
        boolean language = lexicon.isLanguage(s.token(j - 1).word());
        // (nor the task of a dataset that an indefinite article opens: "a new Named Entity Recognition dataset for
        // Dutch" is one of many such, where "the Visual Question Answering dataset" may be the one so named)
        boolean taskOfNewData = j < s.size() && DefinitionFilter.DATASET_NOUNS.contains(s.token(j).lemma())
                && TaskCues.namesATask(Set.of(phrase)) && opensWithAnIndefiniteArticle(s, start);
        if (NamedPhraseFinder.knownOrNoName(phrase, lexicon, conceptLabels) || taskOfAMethod || measure || kind
                || describesTheNameAfterIt || opensALongerLongForm(s, start, j) || language || taskOfNewData
                || kindOfTheCoinedName) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new NameOccurrence(phrase, span, s, "triggered-phrase"));
    }

    /**
     * True when a coined name in apposition, closed by punctuation, follows the phrase that ends before {@code j},
     * perhaps past what the phrase is for: ", Point-NN, which", "for 3D point cloud analysis, Point-NN, which".
     */
    private static boolean coinedNameInAppositionAfter(Sentence s, int j) {
        int k = j;
        if (k < s.size() && s.token(k).lower().equals("for")) {
            while (k < s.size() && k <= j + 8 && !s.token(k).word().equals(",")) {
                k++;
            }
        }
        return k + 2 < s.size() && s.token(k).word().equals(",") && Names.isCoined(s.token(k + 1).word())
                && MetricCues.CLOSES_APPOSITION.contains(s.token(k + 2).word());
    }

    /** True when an indefinite article opens the noun phrase that the word at {@code start} is in, adjectives between. */
    private static boolean opensWithAnIndefiniteArticle(Sentence s, int start) {
        return PhraseSyntax.indefiniteArticleBefore(s, start, 3,
                t -> t.pos().startsWith("JJ") || t.pos().equals("VBN")) >= 0;
    }
}
