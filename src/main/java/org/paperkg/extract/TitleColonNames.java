package org.paperkg.extract;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The name a title opens with before its colon, for {@link TitleNameFinder}: "DeeDiff: Dynamic …", "Momentum Decoding:
 * …" names the paper's own method (at most three capitalised words, not a concept label as a whole, nor a phrase that
 * says what the paper does or studies).
 */
final class TitleColonNames {
    /**
     * A phrase of plain words in lower case hyphenated into one, a function word among them, capitalised only as the
     * title's first word: "Human-in-the-loop: …", "State-of-the-art: …".
     */
    private static final java.util.regex.Pattern COMMON_PHRASE_IN_ONE_WORD = java.util.regex.Pattern.compile(
            "\\p{Lu}\\p{Ll}+(?:-\\p{Ll}+)*-(?:in|the|of|to|a|an|for|and|on|by)-\\p{Ll}+(?:-\\p{Ll}+)*");

    /** Capitalised nouns that say what kind of thing a coined name before them names: "X Framework", "X Dataset". */
    private static final Set<String> KIND_NOUNS = Set.of("Framework", "Dataset", "Corpus", "Benchmark", "Toolkit",
            "Library", "Challenge", "Model", "Models", "Network", "Networks", "System", "Method", "Algorithm",
            "Architecture");

    /** A team's name, an at sign and a workshop's glued to its year: "Hopeful Men@LT-EDI-EACL2021". */
    private static final java.util.regex.Pattern TEAM_AT_A_DATED_VENUE =
            java.util.regex.Pattern.compile("([^@]+)@[\\p{L}\\d-]*\\p{L}-?(?:19|20)\\d{2}");

    /** Plural nouns of data, which name a kind of data, not one dataset. */
    private static final Set<String> PLURAL_DATA_HEADS = Set.of("datasets", "benchmarks", "corpora");

    /** Heads of a kind of learning or training: "Certified Training", "Decision-Focused Learning". */
    private static final Set<String> LEARNING_HEADS = Set.of("learning", "training", "pretraining", "pre-training",
            "tuning", "fine-tuning", "finetuning");

    /** A naming verb before a phrase, as {@link #aKindOfLearningTheAbstractWritesInLowerCase} reads it. */
    private static final String NAMING_BEFORE = "\\b(?:term|termed|call|called|dub|dubbed|name|named|coin|coined)"
            + "\\s+(?:it\\s+|as\\s+)?";

    /** The end of "the problem of", "the task of", "a new setting of", right before a phrase. */
    private static final java.util.regex.Pattern PROBLEM_OF =
            java.util.regex.Pattern.compile("\\b(?:problem|task|setting|scenario)s? of (?:the )?$");

    /** What may follow "Task" in a subtitle that announces one: "Task Definition and …", "A New Task for …". */
    private static final Set<String> AFTER_A_TASK = Set.of(",", "for", "to", "towards", "in", "definition",
            "formulation", "formalisation", "formalization", "description");

    /** What "Task and" may go on with in such a subtitle: "Task and Dataset", "Task and Benchmark". */
    private static final Set<String> TASK_COMPANIONS = Set.of("dataset", "datasets", "data", "benchmark", "corpus",
            "baselines", "evaluation");

    /** Nouns of what a study reports, see {@link #studiedAfterTheColon}. */
    private static final Set<String> STUDY_NOUNS = Set.of("evidence", "study", "analysis", "investigation", "lesson",
            "insight", "examination", "exploration", "comparison", "perspective", "result", "trend", "overview",
            "review", "survey");

    /** Nouns of what a paper finds wrong or observes, see {@link #namesAFlaw}. */
    private static final Set<String> FLAW_NOUNS = Set.of("weakness", "flaw", "limitation", "pitfall", "failure",
            "vulnerability", "phenomenon", "paradox", "bias", "bottleneck");

    /** Nouns of what a theory paper states or assumes: "Weaker MVI Condition: …" names no method. */
    private static final Set<String> STATEMENT_HEADS = Set.of("condition", "conditions", "theorem", "conjecture",
            "hypothesis", "paradox", "phenomenon", "bound", "bounds", "inequality", "lemma", "problem", "problems");

    /**
     * Participles that say a title's subject is looked at again or laid open: "TACRED Revisited: …", "PPG Reloaded:
     * …", "Backdoor Secrets Unveiled: …" name no "TACRED Revisited" (a coined word before them stays a name).
     */
    private static final Set<String> LOOKED_AT_AGAIN = Set.of("revisited", "reloaded", "unveiled", "demystified",
            "revealed", "reconsidered", "redux", "unleashed", "explained", "rethought", "unlocked", "unraveled",
            "unravelled", "decoded", "dissected", "uncovered", "unmasked");

    /** The source of a coined subject looked at again, which the title does not propose: "PPG Reloaded: …". */
    static final String REVISITED_SUBJECT = "title-subject";

    /** The nouns of kinds of papers and talks, see {@link #namesAGenre}. */
    private static final Set<String> GENRE_NOUNS = Set.of("abstract", "talk", "tutorial", "paper", "survey", "squib",
            "demo", "proposal", "topic", "overview", "review", "editorial", "erratum", "corrigendum", "keynote",
            "study");

    /** The authors' sentence of making that names a word (%s) after a method noun or in parentheses. */
    private static final String MADE_IN_THE_ABSTRACT =
            "\\b(?:[Ww]e|[Tt]his paper|[Tt]his work) (?:introduce|present|propose)s?\\b[^.;]{0,150}"
                    + "(?:\\b(?:framework|model|method|approach|algorithm|system|tool|architecture|network) %1$s"
                    + "|\\(%1$s\\))(?![\\p{L}\\p{N}-])";

    /** The nouns of tasks that end a title's topic before its colon. */
    private static final Set<String> TASK_HEADS = Set.of("prediction", "forecasting", "generation", "recognition",
            "detection", "segmentation", "classification", "understanding", "reasoning", "retrieval", "analysis",
            "navigation", "captioning", "tracking", "translation", "answering", "completion", "estimation",
            "summarization", "summarisation", "localization", "localisation", "comprehension", "disambiguation",
            "parsing", "tagging", "labeling", "labelling", "extraction", "linking", "simplification", "entailment",
            "identification", "resolution", "selection", "processing", "clustering");

    private final Lexicon lexicon;
    private final ConceptLabels conceptLabels;

    TitleColonNames(Lexicon lexicon, ConceptLabels conceptLabels) {
        this.lexicon = lexicon;
        this.conceptLabels = conceptLabels;
    }

    /**
     * "DeeDiff: Dynamic …", "Momentum Decoding: …" names the paper's own method: at most three capitalised words
     * before the colon, not a concept label as a whole.
     */
    Optional<NameOccurrence> find(AnnotatedText text) {
        if (text.sentences().isEmpty()) {
            return Optional.empty();
        }
        Sentence title = text.sentences().get(0);
        Optional<NameOccurrence> shortForm = shortFormBeforeColon(title);
        if (shortForm.isPresent()) {
            return shortForm;
        }
        int colon = TitleNameFinder.colonAt(title, 5);
        if (colon < 0 && coinedWordBeforeADash(title)) {
            // "WaNet - Imperceptible Warping-based Backdoor Attack", "GECToR – Grammatical Error Correction: …"
            colon = 1;
        }
        if (colon < 1 || colon > 3) {
            return Optional.empty();
        }
        // (nor does a phrase that opens with a gerund: "Revisiting Link Prediction: …", "Rethinking Attention: …",
        // also one the tagger reads as a proper noun, "Visualising WordNet Embeddings: …", unless a method noun ends
        // it, "Working Memory Networks: …")
        boolean gerundShape = TitleNameFinder.GERUND.matcher(title.token(0).word()).matches()
                && !TitleNameFinder.NAME_HEADS.contains(Names.withoutPluralS(title.token(colon - 1).lower()));
        // (a short form in capitals alone is a name still: "INSIDE: LLMs' Internal States …")
        String first = title.token(0).word();
        boolean shouted = colon == 1 && first.length() >= 2 && first.chars().allMatch(Character::isUpperCase);
        if (TitleNameFinder.NOT_NAME_OPENERS.contains(title.token(0).lower()) && !shouted
                || (colon > 1 && (title.token(0).pos().equals("VBG") || gerundShape))) {
            return Optional.empty();
        }
        for (int i = 0; i < colon; i++) {
            String w = title.token(i).word();
            // "NeRV++: …": the tokenizer splits the pluses off
            boolean plus = i > 0 && w.equals("+") && title.token(i).begin() == title.token(i - 1).end();
            // (a coined word may open in lower case: "iCLIP: …", "pair2vec: …", "f-FERM: …")
            // (or a plain word in lower case that the abstract introduces as a name: "jiant: …" above "We introduce
            // jiant, an open source toolkit …")
            boolean coinedOpening = i == 0 && (Names.isCoined(w) || colon == 1 && introducedByTheAbstract(text, w));
            if (!Character.isUpperCase(w.charAt(0)) && !Character.isDigit(w.charAt(0)) && !plus && !coinedOpening) {
                return Optional.empty();
            }
        }
        // (a subject looked at again is named by the words before the participle, and only a coined word there names
        // something, which the paper does not propose: "TACRED Revisited: …" names TACRED, "Tagged Back-translation
        // Revisited: …" nothing)
        if (colon > 1 && LOOKED_AT_AGAIN.contains(title.token(colon - 1).lower())) {
            Token subject = title.token(0);
            return colon == 2 && Names.isCoined(subject.word()) && lexicon.lookup(subject.word()) == null
                    ? Optional.of(new NameOccurrence(subject.word(), new Span(subject.begin(), subject.end()), title,
                            REVISITED_SUBJECT))
                    : Optional.empty();
        }
        Span span = new Span(title.token(0).begin(), title.token(colon - 1).end());
        String name = text.covered(span.begin(), span.end());
        // (a single letter says nothing: "Q: How To Specialize …? A: …")
        // (a word that is otherwise no name is the paper's where the abstract introduces it so: "ARM: Refining …" above
        // "we introduce ARM: a multivariate … method")
        if (name.length() < 2 || conceptLabels.isLabel(name)
                || lexicon.isNotName(name) && !(colon == 1 && introducedByTheAbstract(text, name))
                || namesATask(title, colon)
                || namesAGenre(title, colon) || namesAFlaw(title, colon) || studiedAfterTheColon(title, colon)
                || announcedAsATask(title, colon)
                || posedAsAProblem(text, name)
                || STATEMENT_HEADS.contains(title.token(colon - 1).lower()) || pluralDataOfPlainWords(title, colon)
                || namesASharedTask(title, colon)
                || colon == 1 && COMMON_PHRASE_IN_ONE_WORD.matcher(name).matches()
                || endsInAnAdverb(title, colon) || aKindOfLearningTheAbstractWritesInLowerCase(text, title, colon)
                || anActivityTheAbstractWritesInLowerCase(text, title, colon)
                || aKindTheAbstractWritesInLowerCase(text, title, colon)) {
            return Optional.empty();
        }
        // "NetInfoF Framework: …", "AViD Dataset: …", "WikiBERT Models: …" above an abstract that writes NetInfoF
        // alone: the coined word is the name, the noun says what it names
        if (colon == 2 && KIND_NOUNS.contains(title.token(1).word()) && Names.isCoined(title.token(0).word())
                && Names.writesAsAWord(text.text().substring(text.titleLength()), title.token(0).word())) {
            span = new Span(title.token(0).begin(), title.token(0).end());
            name = title.token(0).word();
        }
        if (colon == 1) {
            name = Names.singularIn(name, text);
            // "Quillformers: …" above "we propose Quillformer": the plural of the name the abstract writes
            String stem = Names.withoutPluralS(name);
            if (!stem.equals(name) && name.length() >= 4 && !conceptLabels.isLabel(stem)
                    && Names.writesAsAWord(text.text().substring(text.titleLength()), stem)) {
                name = stem;
            }
        }
        // "SSNCSE_NLP@DravidianLangTech-EACL2021: …": a team at a dated workshop, the team the name (not "MCL@IITK",
        // a team at its institute)
        java.util.regex.Matcher atVenue = TEAM_AT_A_DATED_VENUE.matcher(name);
        if (atVenue.matches()) {
            name = atVenue.group(1);
            span = new Span(span.begin(), span.begin() + name.length());
        }
        return Optional.of(new NameOccurrence(name, span, title, "title-prefix"));
    }

    /**
     * True when plain words, none of them coined, end in a plural noun of data before the colon: "Uncurated
     * Image-Text Datasets: Shedding Light on …" is a topic (not "RuBQ Datasets: …", whose coined word names them).
     */
    private static boolean pluralDataOfPlainWords(Sentence title, int colon) {
        return colon >= 2 && PLURAL_DATA_HEADS.contains(title.token(colon - 1).lower())
                && noWordBefore(title, colon - 1, w -> Names.isCoined(w) || Names.isAcronym(w));
    }

    /**
     * True when the title opens with a coined word or an acronym and a dash that spaces set off: "LibKGE - A knowledge
     * graph embedding library …" (not "Optimal Approximation - Smoothness Tradeoffs …", plain words).
     */
    private static boolean coinedWordBeforeADash(Sentence title) {
        if (title.size() < 3 || !TypeCues.DASH_TOKENS.contains(title.token(1).word())) {
            return false;
        }
        String first = title.token(0).word();
        return title.token(1).begin() > title.token(0).end() && title.token(2).begin() > title.token(1).end()
                && (Names.isCoined(first) || Names.isAcronym(first));
    }

    /**
     * "Surrogate Model Extension (SME): A Fast and Accurate …": the short form in parentheses after the capitalised
     * words it spells, right before the title's colon, names the paper's method.
     */
    private static Optional<NameOccurrence> shortFormBeforeColon(Sentence title) {
        int colon = TitleNameFinder.colonAt(title, 10);
        if (colon < 5 || !title.token(colon - 1).word().equals(")") || !title.token(colon - 3).word().equals("(")) {
            return Optional.empty();
        }
        Token shortForm = title.token(colon - 2);
        String letters = Names.capitalsOf(shortForm.word());
        StringBuilder initials = new StringBuilder();
        for (int i = 0; i < colon - 3; i++) {
            String w = title.token(i).word();
            if (!Character.isUpperCase(w.charAt(0))) {
                return Optional.empty();
            }
            for (String part : Names.HYPHEN.split(w)) {
                if (!part.isEmpty() && Character.isUpperCase(part.charAt(0))) {
                    initials.append(part.charAt(0));
                }
            }
        }
        if (letters.length() < 2 || !initials.toString().equals(letters)) {
            return Optional.empty();
        }
        return Optional.of(new NameOccurrence(shortForm.word(), new Span(shortForm.begin(), shortForm.end()), title,
                "title-prefix"));
    }

    /**
     * True when the words before the colon at {@code colon}, two or more and none of them coined, end in the noun of a
     * task: "Feature Shift Detection: Localizing …", "Zero-Shot Stance Detection: …" and "Dialog State Tracking: …"
     * name what the paper studies, not its method (but "Touch Editing: …", "Poisson Learning: …" may).
     */
    static boolean namesATask(Sentence title, int colon) {
        return colon >= 2 && TASK_HEADS.contains(title.token(colon - 1).lower())
                && noWordBefore(title, colon, Names::isCoined);
    }

    /**
     * True when the words before the colon at {@code colon} name a shared task or a challenge: "WANLP 2021 Shared-Task:
     * …", "Surprise Language Challenge: …" (not a coined name before "Challenge", "HAZARD Challenge: …", whose coined
     * word names the benchmark).
     */
    private static boolean namesASharedTask(Sentence title, int colon) {
        String last = title.token(colon - 1).lower();
        return last.equals("task") || last.endsWith("-task")
                || last.equals("challenge") && colon >= 2 && noWordBefore(title, colon, Names::isCoined);
    }

    /**
     * True when the words before the colon at {@code colon}, two or more and none of them coined, name a kind of
     * learning or training that the abstract writes in lower case only: "Certified Training: Small Boxes are All You
     * Need" above "we propose SABR, a novel such certified training method" names the field the method belongs to.
     */
    private static boolean aKindOfLearningTheAbstractWritesInLowerCase(AnnotatedText text, Sentence title, int colon) {
        if (colon < 2 || !LEARNING_HEADS.contains(title.token(colon - 1).lower())
                || !noWordBefore(title, colon, w -> Names.isCoined(w) || Names.isAcronym(w))) {
            return false;
        }
        String phrase = text.text().substring(title.token(0).begin(), title.token(colon - 1).end());
        String abstractText = text.text().substring(text.titleLength());
        String lowerCase = abstractText.toLowerCase(Locale.ROOT);
        // (unless the authors give it as their name: "a novel state-based approach, which we term state tuning")
        return !abstractText.contains(phrase) && lowerCase.contains(phrase.toLowerCase(Locale.ROOT))
                && !namedSo(lowerCase, phrase.toLowerCase(Locale.ROOT));
    }

    /**
     * True when the words before the colon, two or more and none of them coined, are what the abstract writes in
     * lower case only, as the kind of a method noun: "Text Style Transfer: Leveraging a Style Classifier …" above "We
     * propose a novel text style transfer algorithm" names the task the method is for.
     */
    private static boolean aKindTheAbstractWritesInLowerCase(AnnotatedText text, Sentence title, int colon) {
        if (colon < 2 || !noWordBefore(title, colon, w -> Names.isCoined(w) || Names.isAcronym(w))) {
            return false;
        }
        String phrase = text.text().substring(title.token(0).begin(), title.token(colon - 1).end());
        String lowerPhrase = phrase.toLowerCase(Locale.ROOT);
        if (text.text().substring(text.titleLength()).contains(phrase)) {
            return false;
        }
        String lowerText = text.text().toLowerCase(Locale.ROOT);
        for (PhraseSearch.WordMatch m : PhraseSearch.wordMatches(text, lowerText, lowerPhrase, text.titleLength())) {
            Sentence s = m.sentence();
            int next = s.tokenIndexAt(m.span().end() - 1) + 1;
            // (all in lower case there: "the online Sinkhorn algorithm" keeps a person's name, its own)
            boolean lowerCase = text.covered(m.span().begin(), m.span().end()).equals(lowerPhrase);
            if (lowerCase && next < s.size() && s.token(next).pos().startsWith("NN")
                    && TypeCues.METHOD_HEADS.contains(s.token(next).lemma())) {
                return !namedSo(lowerText, lowerPhrase);
            }
        }
        return false;
    }

    /** True when a naming verb stands before {@code phrase} in {@code lowerCaseText}: "which we call extrofitting". */
    private static boolean namedSo(String lowerCaseText, String phrase) {
        return java.util.regex.Pattern.compile(NAMING_BEFORE + java.util.regex.Pattern.quote(phrase))
                .matcher(lowerCaseText).find();
    }

    /**
     * True when the title opens with one plain gerund before its colon and the abstract writes it in lower case only:
     * "Benchmarking: Past, Present and Future" above "… for benchmarking machine comprehension" names an activity.
     */
    private static boolean anActivityTheAbstractWritesInLowerCase(AnnotatedText text, Sentence title, int colon) {
        String word = title.token(0).word();
        if (colon != 1 || !TitleNameFinder.GERUND.matcher(word).matches() || Names.isCoined(word)) {
            return false;
        }
        String abstractText = text.text().substring(text.titleLength());
        String lowerCase = word.toLowerCase(Locale.ROOT);
        // (not one the authors give as their name: "…, which we call extrofitting")
        return !Names.writesAsAWord(abstractText, word) && Names.writesAsAWord(abstractText, lowerCase)
                && !namedSo(abstractText.toLowerCase(Locale.ROOT), lowerCase);
    }

    /**
     * True when the abstract poses the title's phrase as a problem, a task or a setting: "Active Test-Time Adaptation:
     * …" above "we propose the novel problem setting of active test-time adaptation (ATTA)".
     */
    private static boolean posedAsAProblem(AnnotatedText text, String name) {
        String abstractText = text.text().substring(text.titleLength()).toLowerCase(Locale.ROOT);
        String phrase = name.toLowerCase(Locale.ROOT);
        int at = abstractText.indexOf(phrase);
        while (at >= 0) {
            if (PROBLEM_OF.matcher(abstractText.substring(Math.max(0, at - 30), at)).find()) {
                return true;
            }
            at = abstractText.indexOf(phrase, at + 1);
        }
        return false;
    }

    /** True when none of the title's words before the colon at {@code colon} is one that {@code test} accepts. */
    private static boolean noWordBefore(Sentence title, int colon, java.util.function.Predicate<String> test) {
        for (int i = 0; i < colon; i++) {
            if (test.test(title.token(i).word())) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when the plain words before the colon at {@code colon} end in the noun of a kind of paper or talk: "Squib:
     * …", "Survey: …", "Keynote Abstract: …", "Tutorial Proposal: …" say what the paper is, not what it names.
     */
    private static boolean namesAGenre(Sentence title, int colon) {
        return GENRE_NOUNS.contains(title.token(colon - 1).lower())
                && noWordBefore(title, colon, w -> Names.isCoined(w) || Names.isAcronym(w));
    }

    /**
     * True when plain words before the colon at {@code colon} are called a flaw or a phenomenon after it: "Stolen
     * Probability: A Structural Weakness of Neural Language Models" names what the paper finds, not a method.
     */
    private static boolean namesAFlaw(Sentence title, int colon) {
        int k = colon + 1;
        if (k >= title.size() || !TypeCues.ARTICLES.contains(title.token(k).lower())
                || !noWordBefore(title, colon, w -> Names.isCoined(w) || Names.isAcronym(w))) {
            return false;
        }
        k++;
        while (k + 1 < title.size() && (title.token(k).pos().startsWith("JJ") || title.token(k).pos().startsWith("NN"))
                && (title.token(k + 1).pos().startsWith("JJ") || title.token(k + 1).pos().startsWith("NN"))) {
            k++;
        }
        return k < title.size() && title.token(k).pos().startsWith("NN")
                && FLAW_NOUNS.contains(title.token(k).lemma().toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * True when the words after the colon at {@code colon} announce the words before it as a task: "Summary-Source
     * Proposition-level Alignment: Task, Datasets and Supervised Baseline", "Summary Cloze: A New Task for …" (not an
     * adjective the task opens, "DERE: A Task and Domain-Independent … Framework").
     */
    private static boolean announcedAsATask(Sentence title, int colon) {
        int k = colon + 1;
        if (k < title.size() && TypeCues.ARTICLES.contains(title.token(k).lower())) {
            k++;
        }
        if (k < title.size() && (title.token(k).lower().equals("new") || title.token(k).lower().equals("novel"))) {
            k++;
        }
        if (k >= title.size() || !title.token(k).lower().equals("task")) {
            return false;
        }
        if (k + 1 == title.size() || AFTER_A_TASK.contains(title.token(k + 1).lower())) {
            return true;
        }
        return k + 2 < title.size() && title.token(k + 1).lower().equals("and")
                && TASK_COMPANIONS.contains(title.token(k + 2).lower());
    }

    /**
     * True when plain words before the colon at {@code colon} are the topic of a study that the words after it report:
     * "Individual Interaction Styles: Evidence from a Spoken Chat Corpus", "Label Noise: A Case Study of …".
     */
    private static boolean studiedAfterTheColon(Sentence title, int colon) {
        int k = colon + 1;
        if (k < title.size() && TypeCues.ARTICLES.contains(title.token(k).lower())) {
            k++;
        }
        // (capitalised words joined by a hyphen are plain words too: "Compute-Efficient Deep Learning: …")
        if (!noWordBefore(title, colon, w -> Names.isCoined(w) && !Names.HYPHENATED_TITLE_WORDS.matcher(w).matches()
                || Names.isAcronym(w))) {
            return false;
        }
        // (past two words that describe the noun, whatever the tagger reads a title's capitalised words as:
        // "Algorithmic Trends", "A Case Study")
        for (int j = k; j < title.size() && j <= k + 2; j++) {
            Token t = title.token(j);
            if (STUDY_NOUNS.contains(t.lemma().toLowerCase(Locale.ROOT))
                    || STUDY_NOUNS.contains(Names.withoutPluralS(t.lower()))) {
                return true;
            }
            if (!Character.isLetter(t.word().charAt(0)) || t.pos().equals("IN") || t.pos().equals("CC")
                    || t.pos().equals("TO")) {
                return false;
            }
        }
        return false;
    }

    /**
     * True when the abstract introduces the word itself in apposition, "We introduce jiant, an open source toolkit", or
     * opens with it, "fairseq is an open-source sequence modeling toolkit"; or, a word with a capital, where the
     * authors' sentence of making gives it after a method noun, "we propose a … framework T3", or in parentheses after
     * its long form, "we propose a … Imbalance-Fairness-Aware (FIFA)" (words that are otherwise no names: a numbered
     * task, a football federation).
     */
    private static boolean introducedByTheAbstract(AnnotatedText text, String word) {
        String abstractText = text.text().substring(text.titleLength());
        if (word.length() >= 2 && word.chars().anyMatch(Character::isUpperCase)
                && word.chars().allMatch(Character::isLetterOrDigit)
                && java.util.regex.Pattern.compile(MADE_IN_THE_ABSTRACT.formatted(java.util.regex.Pattern.quote(word)))
                        .matcher(abstractText).find()) {
            return true;
        }
        if (word.length() < 3 || !word.chars().allMatch(Character::isLetter)) {
            return false;
        }
        // (or the abstract opens by saying what it is: "fairseq is an open-source sequence modeling toolkit"; or
        // names it so: "We introduce a new library named abess that …")
        String quoted = java.util.regex.Pattern.quote(word);
        String introduced = "\\b(?:[Ww]e|[Tt]his paper|[Tt]his work) (?:introduce|present|propose|release|describe)s? "
                + quoted + " ?[,(:]|^\\s*" + quoted + " is an? |\\b(?:named|called|dubbed|termed) " + quoted + "\\b";
        return java.util.regex.Pattern.compile(introduced).matcher(abstractText).find();
    }

    /**
     * True when the prefix of plain words ends in an adverb in "-ly": "Scale Efficiently: …", "Think Globally: …"; or
     * is an adverb in "-ly" and the adjective or participle it qualifies, no noun: "Intrinsically Interlingual: The
     * Wn Python Library …", "Surprisingly Simple: …".
     */
    private static boolean endsInAnAdverb(Sentence title, int colon) {
        Token last = title.token(colon - 1);
        Token first = title.token(0);
        boolean qualifiedAdjective = colon == 2 && first.pos().startsWith("RB") && first.lower().endsWith("ly")
                && Names.TITLE_WORD.matcher(first.word()).matches() && (last.pos().startsWith("JJ")
                        || last.pos().equals("VBN")) && Names.TITLE_WORD.matcher(last.word()).matches();
        return colon >= 2 && last.pos().startsWith("RB") && last.lower().endsWith("ly")
                && Names.TITLE_WORD.matcher(last.word()).matches() || qualifiedAdjective;
    }
}
