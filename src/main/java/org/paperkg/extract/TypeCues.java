package org.paperkg.extract;

import static org.paperkg.extract.DatasetCues.COPULAS;
import static org.paperkg.extract.DatasetCues.ONLY_DATASET;
import static org.paperkg.extract.DatasetCues.baseOfADatasetVariant;
import static org.paperkg.extract.DatasetCues.hasDatasetShape;
import static org.paperkg.extract.ListCues.LIST_WORDS;
import static org.paperkg.extract.ListCues.endOfList;
import static org.paperkg.extract.ListCues.examplesFollow;
import static org.paperkg.extract.ListCues.listItemAfter;
import static org.paperkg.extract.MethodCues.appositionCallsItAMethod;
import static org.paperkg.extract.MethodCues.baseOfVariant;
import static org.paperkg.extract.MethodCues.endsTheSentenceOpening;
import static org.paperkg.extract.MethodCues.namesTheAuthorsMethodNoun;
import static org.paperkg.extract.MethodCues.variantOfAMethod;
import static org.paperkg.extract.MetricCues.aLossTheAuthorsCreate;
import static org.paperkg.extract.MetricCues.afterInTermsOf;
import static org.paperkg.extract.MetricCues.atACutOff;
import static org.paperkg.extract.MetricCues.calledRightAfterAMetricNoun;
import static org.paperkg.extract.MetricCues.createdByTheAuthors;
import static org.paperkg.extract.MetricCues.listedAfterAMetricColon;
import static org.paperkg.extract.MetricCues.listedAsAMetric;
import static org.paperkg.extract.MetricCues.metricApposition;
import static org.paperkg.extract.MetricCues.metricNounOfDescription;
import static org.paperkg.extract.MetricCues.namedAfterAMetricNoun;
import static org.paperkg.extract.OtherThingCues.HARDWARE_NOUNS;
import static org.paperkg.extract.OtherThingCues.INSTITUTION_NOUNS;
import static org.paperkg.extract.OtherThingCues.PROJECT_NOUNS;
import static org.paperkg.extract.OtherThingCues.rightBeforeACapitalisedLicence;
import static org.paperkg.extract.OtherThingCues.saidToBeDevices;
import static org.paperkg.extract.OtherThingCues.spellsOutAMeeting;
import static org.paperkg.extract.PhraseSyntax.headLemma;
import static org.paperkg.extract.PhraseSyntax.pastQuote;
import static org.paperkg.extract.PhraseSyntax.rightBeforeOneOf;
import static org.paperkg.extract.PhraseSyntax.rightBeforeTheWord;
import static org.paperkg.extract.PhraseSyntax.tokenAfterShortForm;
import static org.paperkg.extract.TaskCues.namesAStatement;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides from its context whether a name is used as a dataset or a method: head nouns after it ("the X
 * benchmark", "X and Y datasets", "X architecture"), evaluation phrases before it ("experiments on X"), its
 * own shape (…Bench), its long form's head noun, and the gazetteers.
 *
 * <p>{@link #decide} weighs the cues in order; they live by what they tell: {@link DatasetCues}, {@link MethodCues},
 * {@link TaskCues} (a task, a problem, a phenomenon), {@link MetricCues}, {@link OtherThingCues} (devices, meetings,
 * licences, venues), over {@link ListCues} and {@link PhraseSyntax}, which read lists and phrases token by token.
 */
final class TypeCues {
    static final Set<String> DATASET_HEADS = Set.of("dataset", "datasets", "data", "benchmark", "benchmarks",
            "corpus", "corpora", "suite", "database", "leaderboard", "collection", "environment", "environments",
            "game", "games", "split", "challenge", "competition", "testbed", "track", "set", "treebank", "wordnet",
            "wordnets");
    static final Set<String> METHOD_HEADS = Set.of("model", "network", "net", "architecture", "algorithm", "method",
            "framework", "optimizer", "optimiser", "module", "layer", "approach", "solver", "technique", "scheme",
            "mechanism", "estimator", "agent", "encoder", "decoder", "backbone", "baseline", "variant", "pipeline",
            "tool", "library", "compiler", "strategy", "procedure", "block", "kernel", "operator", "classifier",
            "regularizer", "sampler", "engine", "simulator", "family", "paradigm", "system", "loss", "head",
            "heads", "filter", "policy", "planner", "transformer", "embedding", "tokenizer", "objective", "methodology",
            "program", "parser", "tagger", "toolkit", "controller", "convolution", "coder", "codec", "detector",
            "predictor", "learner", "retriever", "extractor", "solution", "representation", "adapter", "attack",
            "defense", "defence", "recipe", "protocol", "plugin", "plug-in", "reader");
    /**
     * Verbs of results in the third person that the tagger may read as plural nouns after a name: "CLAMP yields
     * improved …", "X outperforms …" (not "results", "shows", "uses", "works", which are nouns as often).
     */
    static final Set<String> VERBS_READ_AS_PLURALS = Set.of("yields", "outperforms", "achieves", "improves",
            "surpasses", "obtains", "attains", "exhibits", "enables", "allows", "requires", "generates", "produces",
            "performs", "learns", "reduces", "boosts");
    static final Set<String> LIST_GLUE = Set.of(",", "and", "or", "the", "as", "well", "&", "/", "(", ")");

    static final Set<String> ARTICLES = Set.of("a", "an", "the");
    static final Set<String> INDEFINITE_ARTICLES = Set.of("a", "an");
    /**
     * A hyphen or a dash as a token of its own: set off by spaces in a title, it sets the name off from what it is
     * ("RSS-TOBI - A Prosodically Enhanced … Corpus"); after a listed name, it joins the name to the next word.
     */
    static final Set<String> DASH_TOKENS = Set.of("-", "--", "\u2013", "\u2014");
    static final Set<String> LIST_INTROS = Set.of("such", "including", "like", ":", "(", "i.e.", "i.e", "e.g.",
            "e.g", "namely");

    final Lexicon lexicon;
    private final ConceptLabels conceptLabels;

    TypeCues(Lexicon lexicon, ConceptLabels conceptLabels) {
        this.lexicon = lexicon;
        this.conceptLabels = conceptLabels;
    }

    /** A typing decision: the type, the rule that decided it, and how sure it is. */
    record Decision(MentionKind type, String rule, double confidence) {
    }

    /**
     * Head nouns after a name that make it a metric, a unit, a quantity or a property, not a method or dataset: "the
     * constituency grammar inducing (CGI) ability of a layer" (not "capabilities", which a method has too).
     */
    static final Set<String> NOT_ENTITY_HEADS = Set.of("score", "metric", "error", "distance", "divergence",
            "value", "ratio", "index", "coefficient", "statistic", "norm", "rate", "loss", "ability");
    /**
     * Nouns after a name that make it a file format or a licence, wherever else the paper writes it: "JSON-LD files",
     * "CC-BY licence" (for "format" see {@link #namesAFormat}).
     */
    private static final Set<String> FORMAT_NOUNS = Set.of("file", "licence", "license");

    static final Set<String> FINITE_VERB_TAGS = Set.of("VBZ", "VBD", "VBP", "MD");

    /** A short form in two to five capitals: "DEP", "SRL". */
    private static final Pattern CAPITALS_ONLY = Pattern.compile("\\p{Lu}{2,5}");
    /** Marks that open a list of examples right after a noun: "tasks, POS, NER", "tasks: …", "tasks (…)". */
    private static final Set<String> EXAMPLE_LIST_MARKS = Set.of(",", ":", "(");

    /**
     * True when the name, written as a short form in capitals that the gazetteer does not know, is one of the
     * examples listed right after "tasks" beside the short form of a well-known task: "five NLP tasks, POS, NER, DEP,
     * CON, and SRL" (a task's own short form; but "four tasks (SPARC, COSQL, MWOZ, and SQA)" are benchmarks, and a
     * coined name in mixed case there is the benchmark that poses the task).
     */
    boolean listedAsATask(NameOccurrence o) {
        Sentence s = o.sentence();
        int first = s.tokenIndexAt(o.span().begin());
        int last = s.tokenIndexAt(o.span().end() - 1);
        if (first != last || !s.token(first).word().equals(o.name()) || !CAPITALS_ONLY.matcher(o.name()).matches()
                || lexicon.lookup(o.name()) != null) {
            return false;
        }
        return listItemAfter(s, first, last, k -> s.token(k).lower().equals("tasks") && k + 1 < s.size()
                && (examplesFollow(s, k + 1) || EXAMPLE_LIST_MARKS.contains(s.token(k + 1).word()))
                && listsAKnownTasksShortForm(s, k + 1));
    }

    /** True when the list that opens at {@code from} holds a well-known task's short form: "POS", "NER", "QA". */
    private boolean listsAKnownTasksShortForm(Sentence s, int from) {
        for (int k = from; k < s.size() && k < from + 16; k++) {
            String w = s.token(k).word();
            if (CAPITALS_ONLY.matcher(w).matches() && lexicon.isNotName(w)) {
                return true;
            }
            if (!LIST_GLUE.contains(w.toLowerCase(Locale.ROOT)) && !LIST_WORDS.contains(w.toLowerCase(Locale.ROOT))
                    && !CAPITALS_ONLY.matcher(w).matches()) {
                return false;
            }
        }
        return false;
    }
    /** Words that point at a thing already spoken of: "this problem", "such a setting". */
    static final Set<String> POINTING_WORDS = Set.of("this", "the", "such", "these");

    /**
     * True when a name that the gazetteer does not know stands right before the word "problem": "the MAP problem",
     * "the P3P problem" (not "the CycleGAN problem", "the MAML problem", methods whose problem is meant).
     */
    boolean unknownNameBeforeTheWordProblem(NameOccurrence o) {
        return lexicon.lookup(o.name()) == null && rightBeforeTheWord(o, "problem");
    }

    /** Nouns for a part of a model: "an Object-Aware Knowledge Extraction (OAKE) module". */
    static final Set<String> COMPONENT_NOUNS = Set.of("module", "block", "layer", "unit", "branch", "mechanism",
            "component");

    /**
     * True when the name is a file format or a licence: "JSON-LD files", "CC-BY licence", and before "format" a name
     * that is neither known, nor shaped like a dataset's or a variant's, "in TMX format" (not "in the Penn Treebank
     * format", "in the CoNLL-2002 format", "bodies in SMPL-X format").
     */
    boolean namesAFormat(NameOccurrence o) {
        if (rightBeforeOneOf(o, FORMAT_NOUNS) || rightBeforeACapitalisedLicence(o)) {
            return true;
        }
        String name = o.name();
        return rightBeforeTheWord(o, "format") && lexicon.lookup(name) == null && !hasDatasetShape(name)
                && name.chars().noneMatch(c -> c == '-' || Character.isDigit(c));
    }

    /**
     * "StoryCorps, a national organization that …", "ToggleText, a language technology company", "X is a research
     * institute": a name that an apposition or "is" calls an organisation names who did something, not a method or
     * dataset (a name in the gazetteer stays).
     */
    boolean calledAnOrganisation(NameOccurrence o) {
        Sentence s = o.sentence();
        int k = tokenAfterShortForm(o);
        if (k + 1 >= s.size() || !(s.token(k).word().equals(",") || s.token(k).lower().equals("is"))
                || !ARTICLES.contains(s.token(k + 1).lower()) || lexicon.lookup(o.name()) != null) {
            return false;
        }
        // (a comma that ends what the sentence opens with opens no apposition: "In QuillNet, a group of neurons
        // forms the unit" is no research group)
        if (s.token(k).word().equals(",") && endsTheSentenceOpening(s, k)) {
            return false;
        }
        for (int j = k + 2; j < s.size() && j <= k + 7; j++) {
            Token t = s.token(j);
            // (a possessor is no head: "EURLEX, the European Union's public document database")
            if (t.pos().startsWith("NN") && j + 1 < s.size() && s.token(j + 1).pos().equals("POS")) {
                j++;
                continue;
            }
            boolean head = t.pos().startsWith("NN") && (j + 1 >= s.size() || !s.token(j + 1).pos().startsWith("NN"));
            if (head && DefinitionFilter.ORGANISATION_HEADS.contains(t.lemma())) {
                return true;
            }
            if (head || METHOD_HEADS.contains(t.lemma()) || DATASET_HEADS.contains(t.lemma())
                    || !(t.pos().startsWith("JJ") || t.pos().startsWith("NN") || t.pos().equals("HYPH")
                            || t.pos().equals("VBN") || t.pos().equals("CD"))) {
                return false;
            }
        }
        return false;
    }

    /**
     * "an ARM Cortex-M4f device", "embedded LightLace sensors", "the VIVO X80 Pro smartphone" (past the words of the
     * device's name after it): a device; not a well-known name.
     */
    boolean namesHardware(NameOccurrence o) {
        Sentence s = o.sentence();
        int next = tokenAfterShortForm(o);
        if (next >= s.size() || lexicon.lookup(o.name()) != null) {
            return false;
        }
        int noun = next;
        while (noun < s.size() && noun < next + 3
                && !HARDWARE_NOUNS.contains(s.token(noun).lemma().toLowerCase(Locale.ROOT))
                && Character.isUpperCase(s.token(noun).word().charAt(0))) {
            noun++;
        }
        // ("the SPEC CPU benchmark suite" names a benchmark)
        return noun < s.size() && HARDWARE_NOUNS.contains(s.token(noun).lemma().toLowerCase(Locale.ROOT))
                && (noun + 1 >= s.size() || !DATASET_HEADS.contains(headLemma(s.token(noun + 1))))
                || saidToBeDevices(s, next);
    }
    /** Words after "project" that make it the project of a paper's own method: "the QuillNet project page". */
    private static final Set<String> PAGE_NOUNS = Set.of("page", "webpage", "website", "site", "homepage");

    /**
     * "the KYOTO project", "the CLARIN initiative", "the GALE Program", "the NTCIR Workshop": a research project,
     * programme or meeting, no method, nor an institution or its grant ("the ADAPT Centre", "the Google Brain
     * Residency"), unless well known ("the FrameNet project"). A noun, not a verb ("UniDistill
     * projects the features"); not the "project page" of a method. Also a name whose long form is a meeting's,
     * "WAT2021 (Workshop on Asian Translation 2021)".
     */
    boolean namesAProject(NameOccurrence o, String longForm) {
        // (not a name the gazetteer knows, spelled out too: "the Universal Dependencies (UD) project" made the UD data)
        if (lexicon.lookup(o.name()) != null || longForm != null && lexicon.lookup(longForm) != null) {
            return false;
        }
        if (longForm != null && spellsOutAMeeting(longForm)) {
            return true;
        }
        // (the noun inside the name: "the MARNO Workshop" as one capitalised phrase)
        int space = o.name().lastIndexOf(' ');
        String last = o.name().substring(space + 1);
        String lastLower = last.toLowerCase(Locale.ROOT);
        if (space > 0 && (PROJECT_NOUNS.contains(lastLower) || INSTITUTION_NOUNS.contains(lastLower)
                || last.equals("Program"))) {
            return true;
        }
        Sentence s = o.sentence();
        int next = tokenAfterShortForm(o);
        if (next >= s.size() || !s.token(next).pos().startsWith("NN")) {
            return false;
        }
        Token noun = s.token(next);
        // (an institution's or its grant's capitalised noun: "the ADAPT Centre", "the Quill Fellowship")
        if (Character.isUpperCase(noun.word().charAt(0)) && INSTITUTION_NOUNS.contains(noun.lower())) {
            return true;
        }
        // (not a verb the tagger reads as a noun: "one LED projects a set of patterns")
        boolean project = (PROJECT_NOUNS.contains(noun.lemma()) || noun.word().equals("Program"))
                && !(next + 1 < s.size() && ARTICLES.contains(s.token(next + 1).lower()));
        // (nor the data of a meeting: "the ICSI Meeting Corpus")
        return project && (next + 1 >= s.size() || !PAGE_NOUNS.contains(s.token(next + 1).lemma())
                && !DATASET_HEADS.contains(headLemma(s.token(next + 1))));
    }

    /** A name that ends in "-Score": "TM-Score", "SWAP-Score". */
    private static final Pattern SCORE_BY_NAME = Pattern.compile("\\S+-[Ss]core");
    /** A score: a percentage, or a number with decimals. */
    private static final Pattern SCORE = Pattern.compile("\\d+\\.\\d+%?|\\d+%");

    /**
     * True when the words after a name make it a metric or quantity ("the ADE metric", "F1 score"), or a statement
     * about one ({@link TaskCues#STATEMENT_NOUNS}).
     */
    boolean isMetric(NameOccurrence o) {
        if (hasDatasetShape(o.name())) {
            // "LLaVA-Bench scores" are scores on a benchmark
            return false;
        }
        // "measured by RMSD and TM-Score", "SWAP-Score": a score by its name (unless the authors make it their method:
        // "we propose a distribution-dependent stage-aware ranking score (DDSAR-Score)")
        if (SCORE_BY_NAME.matcher(o.name()).matches()) {
            return !createdByTheAuthors(o.sentence(), o.sentence().tokenIndexAt(o.span().begin()));
        }
        // "improves the Recall1@1": a measure at a cut-off, the at sign glued to the name
        if (atACutOff(o)) {
            return true;
        }
        Sentence s = o.sentence();
        int next = tokenAfterShortForm(o);
        int first = s.tokenIndexAt(o.span().begin());
        return (next < s.size() && NOT_ENTITY_HEADS.contains(s.token(next).lemma()) && !aLossTheAuthorsCreate(s, first, next))
                || namesAStatement(o) || metricApposition(s, next) || namedAfterAMetricNoun(s, first, next)
                || unitOfAScore(o, s, first) || listedAsAMetric(s, first) || afterInTermsOf(s, first)
                || givenAScore(o, s, first);
    }

    /**
     * "achieves an SI-SNRi of 22.3 dB", "with a MAP of 0.85": a name between an article and "of" with a score, a
     * decimal number or a percentage, is the measure the score is in (not a well-known dataset's: "on the PTB of 94.25
     * F1" is the score on it).
     */
    private boolean givenAScore(NameOccurrence o, Sentence s, int first) {
        int last = s.tokenIndexAt(o.span().end() - 1);
        if (first < 1 || last + 2 >= s.size() || !ARTICLES.contains(s.token(first - 1).lower())
                || !s.token(last + 1).lower().equals("of")) {
            return false;
        }
        String score = s.token(last + 2).word();
        boolean percentage = last + 3 < s.size() && s.token(last + 3).word().equals("%");
        Lexicon.Entry known = lexicon.lookup(o.name());
        return (SCORE.matcher(score).matches() || percentage && s.token(last + 2).pos().equals("CD"))
                && !(known != null && known.type() == MentionKind.DATASET);
    }

    /**
     * "achieves 41.2% OLS", "improves by 1.3 NDS": a short form right after a percentage or a decimal number is the
     * metric the score is given in (not a well-known name: "1% ImageNet labels").
     */
    private boolean unitOfAScore(NameOccurrence o, Sentence s, int first) {
        if (first < 1 || !Names.isAcronym(o.name()) || lexicon.lookup(o.name()) != null) {
            return false;
        }
        String before = s.token(first - 1).word();
        return SCORE.matcher(before).matches()
                || (before.equals("%") && first >= 2 && SCORE.matcher(s.token(first - 2).word() + "%").matches());
    }

    /**
     * "a Mixed Integer Second Order Cone Programming (MISOCP) problem", "the minimum sum-of-squares clustering (MSSC)
     * task": a short form defined for a problem or, after a lower-case long form, a task; not a well-known name ("the
     * VQA task").
     */
    boolean namesAProblem(NameOccurrence o) {
        Sentence s = o.sentence();
        int first = s.tokenIndexAt(o.span().begin());
        int next = tokenAfterShortForm(o);
        if (first < 2 || !s.token(first - 1).word().equals("(") || next >= s.size() || lexicon.lookup(o.name()) != null) {
            return false;
        }
        String head = s.token(next).lemma();
        return (head.equals("problem") && s.token(next).pos().equals("NN")) || (head.equals("task")
                && s.token(next).pos().equals("NN") && Character.isLowerCase(s.token(first - 2).word().charAt(0)));
    }

    /**
     * True when the text calls the name a metric where it is written: "Average Maximum Eigenvalue (AMV) metric",
     * "InfoMEC, a new set of metrics", "AMD is a metric that …". Such a name is a metric wherever the paper writes it
     * ("the AMD/AMV objective"); a name only followed by a score ("a GLUE score of 85") is not.
     */
    boolean definesAMetric(NameOccurrence o) {
        Sentence s = o.sentence();
        int first = s.tokenIndexAt(o.span().begin());
        int next = tokenAfterShortForm(o);
        // "our new metric, cosine similarity convergence (CSC)."
        if (namedAfterAMetricNoun(s, first, next)) {
            return true;
        }
        // "a new evaluation metric GRADE", "a novel metric called TCAS": a name no one knows right after the noun
        if (lexicon.lookup(o.name()) == null && calledRightAfterAMetricNoun(s, first)) {
            return true;
        }
        if (next < s.size() && s.token(next).lemma().equals("metric") || listedAfterAMetricColon(s, first)) {
            return true;
        }
        // "the Localisation-Recall-Precision (LRP) performance metric": the metric noun after one modifier, past a
        // short form in parentheses (not "WordNet-based similarity metrics", metrics built on the name)
        if (next + 1 < s.size() && next > 0 && s.token(next - 1).word().equals(")") && s.token(next + 1).lemma().equals("metric")
                && Character.isLowerCase(s.token(next).word().charAt(0))
                && (s.token(next).pos().startsWith("NN") || s.token(next).pos().startsWith("JJ"))) {
            return true;
        }
        // an indefinite apposition or predicate whose head is the metric noun ("a metric to quantify …", not "the
        // conditional scores can …", "a time-dependent score network"), or what a name no one knows serves as ("we
        // propose entropy reduction as a measure of …"; not a known method, "QPS-based maximum mean discrepancy (MMD)
        // as a metric", nor in a title, "ESD: Expected Squared Difference as a … Calibration Measure", a loss)
        if (next + 2 >= s.size() || !(s.token(next).word().equals(",") || COPULAS.contains(s.token(next).lower())
                || s.token(next).lower().equals("as") && lexicon.lookup(o.name()) == null && s.index() > 0)
                || !(s.token(next + 1).lower().equals("a") || s.token(next + 1).lower().equals("an"))) {
            return false;
        }
        int metric = metricNounOfDescription(s, next + 2, false);
        return metric >= 0 && (metric + 1 >= s.size() || !s.token(metric + 1).pos().startsWith("NN"));
    }

    /**
     * True when a coined word ends in the capitals of a well-known model's name after letters of its own: "TaBERT" (four
     * capitals at least: three end data's names too, "MoNuSAC" is no Soft Actor-Critic).
     */
    boolean endsInAKnownModelsName(String name) {
        for (int k = 1; k + 4 <= name.length(); k++) {
            String end = name.substring(k);
            if (Character.isLowerCase(name.charAt(k - 1)) && end.chars().allMatch(Character::isUpperCase)
                    && lexicon.isKnownMethod(end)) {
                return true;
            }
        }
        return false;
    }

    /** The rule of a short form in parentheses right before a method noun: "(DAVIS) algorithm". */
    static final String DEFINED_BEFORE_ITS_NOUN = "method.defined-before-its-noun";
    static final String GAZETTEER_DATASET = "dataset.gazetteer";

    /** The decision when no context typed a name: a method, with a confidence that says it is only a default. */
    static final Decision UNCUED = new Decision(MentionKind.METHOD, "method.named", 0.5);
    /** The confidence from which a cue is clear enough to type a paper's other mentions of the name. */
    static final double CLEAR_CUE = 0.75;

    /**
     * One sense per paper: where a paper's clear cues type a name only as a dataset ("the X benchmark", "X, a
     * dataset of …"), its other mentions of the name, which no context typed, are the same dataset rather than a
     * method. Weak cues ("results on X") do not carry over.
     */
    List<Decision> onePerPaper(List<NameOccurrence> occurrences, List<Decision> decisions) {
        Map<String, Set<MentionKind>> cued = new HashMap<>();
        // (and by what the context says, not the name's shape)
        Map<String, Set<MentionKind>> cuedByContext = new HashMap<>();
        for (int i = 0; i < occurrences.size(); i++) {
            Decision d = decisions.get(i);
            if (d != UNCUED && d.confidence() >= CLEAR_CUE) {
                cued.computeIfAbsent(occurrences.get(i).name(), k -> EnumSet.noneOf(MentionKind.class)).add(d.type());
                if (!d.rule().equals(NAME_SHAPE)) {
                    cuedByContext.computeIfAbsent(occurrences.get(i).name(), k -> EnumSet.noneOf(MentionKind.class))
                            .add(d.type());
                }
            }
        }
        // "a novel … (DAVIS) algorithm": a name the paper defines before its method noun is that method wherever only
        // the gazetteer, which knows another DAVIS, typed it; so is a title's name that a method noun describes, "AVA:
        // an Automatic eValuation Approach for …" beside the AVA benchmark of actions
        // (and so is a title's name that the abstract's apposition calls a method: "CORA: Adapting CLIP for …" above
        // "we propose CORA, a DETR-style framework that …", beside the Cora graph)
        Set<String> titleNames = new java.util.HashSet<>();
        occurrences.stream().filter(o -> o.source().equals("title-prefix")).forEach(o -> titleNames.add(o.name()));
        Set<String> definedMethods = new java.util.HashSet<>();
        for (int i = 0; i < occurrences.size(); i++) {
            String rule = decisions.get(i).rule();
            NameOccurrence o = occurrences.get(i);
            // (and a short form the paper spells out that an apposition calls a method: "Scalable Semantic Transfer
            // (SST), a novel training paradigm" beside the SST of sentiment; and the name of a method noun the authors
            // propose: "we propose a novel … framework, namely COLA" beside the CoLA corpus)
            if (rule.equals(DEFINED_BEFORE_ITS_NOUN) || o.source().equals("title-prefix")
                    && (rule.equals("method.apposition") || rule.equals("method.title-subtitle-head"))
                    || o.source().equals("acronym-long-form") && rule.equals("method.apposition")
                    || titleNames.contains(o.name()) && appositionCallsItAMethod(o.sentence(),
                            o.sentence().tokenIndexAt(o.span().end() - 1))
                    || namesTheAuthorsMethodNoun(o.sentence(), o.sentence().tokenIndexAt(o.span().begin()))) {
                definedMethods.add(o.name());
            }
        }
        List<Decision> out = new ArrayList<>(decisions);
        for (int i = 0; i < out.size(); i++) {
            String name = occurrences.get(i).name();
            if (definedMethods.contains(name) && out.get(i).rule().equals(GAZETTEER_DATASET)) {
                out.set(i, new Decision(MentionKind.METHOD, "method.same-paper-definition", out.get(i).confidence()));
            } else if (out.get(i).rule().equals(NAME_SHAPE)
                    && Set.of(MentionKind.METHOD).equals(cuedByContext.get(name))) {
                // "UniKGQA: …", "we propose UniKGQA, a novel approach": a name's shape is no cue beside one its
                // context gives
                out.set(i, new Decision(MentionKind.METHOD, "method.same-paper", out.get(i).confidence()));
            } else if (out.get(i).rule().equals(NAME_SHAPE) && variantOfAMethod(name, cuedByContext)) {
                // "probabilistic NSVQA (P-NSVQA)" beside "methods NSCL and NSVQA": a variant of a method the context
                // types is a method too
                out.set(i, new Decision(MentionKind.METHOD, "method.same-paper-variant", out.get(i).confidence()));
            } else if (out.get(i) == UNCUED && ONLY_DATASET.equals(cued.get(name))) {
                out.set(i, new Decision(MentionKind.DATASET, "dataset.same-paper", UNCUED.confidence()));
            } else if (out.get(i) == UNCUED && baseOfADatasetVariant(name, cued)) {
                // "JRDB-Pose extends the existing JRDB": the name a dataset's named variant is built on is data too
                out.set(i, new Decision(MentionKind.DATASET, "dataset.base-of-a-variant", UNCUED.confidence()));
            } else if (out.get(i) == UNCUED && ONLY_DATASET.equals(cued.get(baseOfVariant(name)))
                    && !namesAModel(name.substring(name.lastIndexOf('-') + 1))) {
                // "RepoBench-R (Retrieval), RepoBench-C …": the splits or tasks of a dataset the paper names (but
                // "CompA-CLAP", "C-EXPR-NET" are models trained on it)
                out.set(i, new Decision(MentionKind.DATASET, "dataset.same-paper-variant", UNCUED.confidence()));
            }
        }
        return out;
    }

    /** The rule of a dataset read from the name's shape alone ("…QA", "…Bench"). */
    static final String NAME_SHAPE = "dataset.name-shape";

    /** "GPT-3.5-turbo-16k": a known model with its context length, not a benchmark's sample count ("Objects-10k"). */
    boolean contextOfAModel(String name) {
        int hyphen = name.lastIndexOf('-');
        return hyphen > 0 && name.toLowerCase(Locale.ROOT).endsWith("k") && namesAModel(name.substring(0, hyphen));
    }

    /** A known method ("CLIP"), a concept's acronym ("NAS") or a method noun ("Net") as the last part of a name. */
    private boolean namesAModel(String part) {
        return lexicon.isKnownMethod(part) || METHOD_HEADS.contains(part.toLowerCase(Locale.ROOT))
                || lexicon.methodVariant(part) != null || conceptLabels.isAcronymLabel(part);
    }

    Decision decide(NameOccurrence o, String longForm) {
        Sentence s = o.sentence();
        int first = s.tokenIndexAt(o.span().begin());
        int last = s.tokenIndexAt(o.span().end() - 1);
        String name = o.name();
        Decision bySource = DescribedTypes.bySourceOrVenue(o, s, first, last);
        if (bySource != null) {
            return bySource;
        }
        // where a list of names the name opens ends, for a head noun after it; the word after the name, past a version
        // ("the VisDial v1.0 dataset") or a closing quotation mark ("the “Yeast2” dataset"); the gazetteer's entry,
        // unless the text defines the name for something else ("low rank approximations (LRA)" is no Long Range Arena)
        NamePlace place = new NamePlace(this, lexicon, o, s, first, last, longForm, endOfList(s, last + 1),
                last + 1 < s.size() ? s.token(last + 1).lemma() : "", pastQuote(s, last + 1), tokenAfterShortForm(o),
                longForm != null && lexicon.redefines(name, longForm) ? null : lexicon.lookup(name));
        Decision decision = place.byTheWordsAfter();
        if (decision == null) {
            decision = place.byWhatTheTextSaysItIs();
        }
        if (decision == null) {
            decision = place.byADatasetNounBefore();
        }
        if (decision == null) {
            decision = place.byTheListOrTheShape();
        }
        return decision != null ? decision : place.byWhatIsKnownOrHowItIsUsed();
    }

}
