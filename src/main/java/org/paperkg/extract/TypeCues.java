package org.paperkg.extract;

import static org.paperkg.extract.DatasetCues.COPULAS;
import static org.paperkg.extract.DatasetCues.ONLY_DATASET;
import static org.paperkg.extract.DatasetCues.afterVersion;
import static org.paperkg.extract.DatasetCues.baseOfADatasetVariant;
import static org.paperkg.extract.DatasetCues.compoundEndsInDatasetNoun;
import static org.paperkg.extract.DatasetCues.countedItemsDrawnFrom;
import static org.paperkg.extract.DatasetCues.dataNounHeadsTheDescriptionBefore;
import static org.paperkg.extract.DatasetCues.dataOf;
import static org.paperkg.extract.DatasetCues.datasetNounAt;
import static org.paperkg.extract.DatasetCues.datasetNounBeforeNamely;
import static org.paperkg.extract.DatasetCues.datasetNounDescribedBefore;
import static org.paperkg.extract.DatasetCues.endsInItsOwnDatasetNoun;
import static org.paperkg.extract.DatasetCues.glossedAsADataset;
import static org.paperkg.extract.DatasetCues.hasDatasetShape;
import static org.paperkg.extract.DatasetCues.holdsDataItems;
import static org.paperkg.extract.DatasetCues.isAnEvaluationSet;
import static org.paperkg.extract.DatasetCues.longFormAfterADataNoun;
import static org.paperkg.extract.DatasetCues.namedByTheAuthorsAfterADatasetNoun;
import static org.paperkg.extract.DatasetCues.namedInItsPhrase;
import static org.paperkg.extract.DatasetCues.namedOrSaidToBeADataset;
import static org.paperkg.extract.DatasetCues.namesADomain;
import static org.paperkg.extract.DatasetCues.namesDatasets;
import static org.paperkg.extract.DatasetCues.opensADatasetList;
import static org.paperkg.extract.DatasetCues.partOfData;
import static org.paperkg.extract.DatasetCues.saidToBeUsedAsData;
import static org.paperkg.extract.DatasetCues.sourceOfData;
import static org.paperkg.extract.DatasetCues.titleDescriptionNamesDatasets;
import static org.paperkg.extract.DatasetCues.usedAsASplit;
import static org.paperkg.extract.ListCues.LIST_WORDS;
import static org.paperkg.extract.ListCues.anotherNameListed;
import static org.paperkg.extract.ListCues.endOfList;
import static org.paperkg.extract.ListCues.examplesFollow;
import static org.paperkg.extract.ListCues.gluedOn;
import static org.paperkg.extract.ListCues.listItemAfter;
import static org.paperkg.extract.ListCues.listedAfterAMethodNoun;
import static org.paperkg.extract.MethodCues.appliedOn;
import static org.paperkg.extract.MethodCues.appositionCallsItAMethod;
import static org.paperkg.extract.MethodCues.baseOfVariant;
import static org.paperkg.extract.MethodCues.comparingAs;
import static org.paperkg.extract.MethodCues.endsTheSentenceOpening;
import static org.paperkg.extract.MethodCues.isMethodHead;
import static org.paperkg.extract.MethodCues.mayOpenAnApposition;
import static org.paperkg.extract.MethodCues.namesTheAuthorsMethodNoun;
import static org.paperkg.extract.MethodCues.variantOfAMethod;
import static org.paperkg.extract.MetricCues.CLOSES_APPOSITION;
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
import static org.paperkg.extract.MetricCues.scoredOn;
import static org.paperkg.extract.OtherThingCues.HARDWARE_NOUNS;
import static org.paperkg.extract.OtherThingCues.PROJECT_NOUNS;
import static org.paperkg.extract.OtherThingCues.rightBeforeACapitalisedLicence;
import static org.paperkg.extract.OtherThingCues.saidToBeDevices;
import static org.paperkg.extract.OtherThingCues.spellsOutAMeeting;
import static org.paperkg.extract.PhraseSyntax.afterDeterminer;
import static org.paperkg.extract.PhraseSyntax.capitalisedAt;
import static org.paperkg.extract.PhraseSyntax.finiteVerbAfter;
import static org.paperkg.extract.PhraseSyntax.headLemma;
import static org.paperkg.extract.PhraseSyntax.isQuote;
import static org.paperkg.extract.PhraseSyntax.lastWord;
import static org.paperkg.extract.PhraseSyntax.noArticleBetween;
import static org.paperkg.extract.PhraseSyntax.pastQuote;
import static org.paperkg.extract.PhraseSyntax.rightBeforeOneOf;
import static org.paperkg.extract.PhraseSyntax.rightBeforeTheWord;
import static org.paperkg.extract.PhraseSyntax.tokenAfterShortForm;
import static org.paperkg.extract.PhraseSyntax.usedAsAVerb;
import static org.paperkg.extract.TaskCues.TASK_HEADS;
import static org.paperkg.extract.TaskCues.abbreviatesAField;
import static org.paperkg.extract.TaskCues.exampleOfATask;
import static org.paperkg.extract.TaskCues.listedAfterATask;
import static org.paperkg.extract.TaskCues.namesANumberedTask;
import static org.paperkg.extract.TaskCues.namesAStatement;
import static org.paperkg.extract.TaskCues.taskAt;

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
    /** Words that the long form of a dataset-shaped short form holds: "Question Answering", "Benchmark", "Corpus". */
    private static final Pattern SHAPE_WORDS = Pattern.compile(
            "(?is).*(question|answer|bench|set|arena|bank|qa|corpus|nli|inference|challenge).*");

    /** What a long form is for, after its head: "Robust Margin Loss for Visual Question Answering". */
    private static final Pattern PURPOSE = Pattern.compile("(?i)\\sfor\\s.*$");
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
    private static final Set<String> EVALUATION = Set.of("experiment", "evaluate", "evaluation", "result",
            "accuracy", "outperform", "state-of-the-art", "test", "benchmark", "score", "surpass", "error", "fid",
            "train", "fine-tune", "finetune", "match", "beat", "achieve",
            // (pre-training too: "a network pre-trained on MegaDepth", "pretrained on X")
            "pre-train", "pretrain", "pre-trained", "pretrained", "pre-training", "pretraining");
    /** Verbs whose "on" is not about data: "based on X", "focus on X", "rely on X", "implemented on X". */
    private static final Set<String> NOT_EVALUATION_GOVERNORS = Set.of("base", "focus", "rely", "depend", "build",
            "draw", "act", "operate", "condition", "improve", "work", "center", "centre", "study", "research", "impact",
            "effect", "attack", "run", "perspective", "view", "literature", "progress", "advance", "light", "bound",
            // (nor what a system is built or put on: "implemented on the MindMeld platform", "deployed on X")
            "implement", "deploy");
    /** Tasks besides {@link TaskCues#TASK_HEADS} that a name after "on" is the data of: "pose estimation on X". */
    private static final Set<String> TASKS_DONE_ON_DATA = Set.of("estimation", "generation", "prediction",
            "forecasting", "translation", "synthesis", "reconstruction");
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
     * programme or meeting, no method, unless well known ("the FrameNet project"). A noun, not a verb ("UniDistill
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
        if (space > 0 && (PROJECT_NOUNS.contains(last.toLowerCase(Locale.ROOT)) || last.equals("Program"))) {
            return true;
        }
        Sentence s = o.sentence();
        int next = tokenAfterShortForm(o);
        if (next >= s.size() || !s.token(next).pos().startsWith("NN")) {
            return false;
        }
        Token noun = s.token(next);
        // (not a verb the tagger reads as a noun: "one LED projects a set of patterns")
        boolean project = (PROJECT_NOUNS.contains(noun.lemma()) || noun.word().equals("Program"))
                && !(next + 1 < s.size() && ARTICLES.contains(s.token(next + 1).lower()));
        // (nor the data of a meeting: "the ICSI Meeting Corpus")
        return project && (next + 1 >= s.size() || !PAGE_NOUNS.contains(s.token(next + 1).lemma())
                && !DATASET_HEADS.contains(headLemma(s.token(next + 1))));
    }
    /**
     * A coined name, then a year: "DUC 2004", "ImageCLEF 2017", "SemEval 2014", "CoNLL-2003", written against it too,
     * "AutoSimulTrans2021", or its last two digits after an apostrophe, "WAT'21" (not "GPT-4", "Llama 2").
     */
    private static final Pattern EDITION = Pattern.compile(
            "\\p{Lu}[\\p{L}\\d-]*\\p{Lu}[\\p{L}\\d-]*(?:[ -](19|20)\\d\\d|\\p{L}(19|20)\\d\\d|'\\d\\d)");

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
                || unitOfAScore(o, s, first) || listedAsAMetric(s, first) || afterInTermsOf(s, first);
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

    /** Nouns of models that a known dataset before them trained: "ImageNet models", "CIFAR-10 classifiers". */
    private static final Set<String> TRAINED_MODEL_NOUNS = Set.of("model", "network", "classifier", "backbone",
            "encoder");

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
    private static final String DEFINED_BEFORE_ITS_NOUN = "method.defined-before-its-noun";
    private static final String GAZETTEER_DATASET = "dataset.gazetteer";

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
    private static final String NAME_SHAPE = "dataset.name-shape";

    /** "GPT-3.5-turbo-16k": a known model with its context length, not a benchmark's sample count ("Objects-10k"). */
    private boolean contextOfAModel(String name) {
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
        NamePlace place = new NamePlace(o, s, first, last, longForm, endOfList(s, last + 1),
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

    /**
     * A name at its place in a sentence, and what each cue reads there: the name's tokens, its long form, where a list
     * of names it opens ends, the word after it, past a version or a quotation mark and past a short form, and the
     * gazetteer's entry. The cues are asked in order, the first that decides wins.
     */
    private final class NamePlace {
        private final NameOccurrence o;
        private final Sentence s;
        private final int first;
        private final int last;
        private final String name;
        private final String longForm;
        private final int listEnd;
        private final String nextLemma;
        private final int closed;
        private final int after;
        private final Lexicon.Entry known;

        NamePlace(NameOccurrence o, Sentence s, int first, int last, String longForm, int listEnd, String nextLemma,
                  int closed, int after, Lexicon.Entry known) {
            this.o = o;
            this.s = s;
            this.first = first;
            this.last = last;
            this.name = o.name();
            this.longForm = longForm;
            this.listEnd = listEnd;
            this.nextLemma = nextLemma;
            this.closed = closed;
            this.after = after;
            this.known = known;
        }

        /** A head noun after the name, its own or after the list it opens, or a gloss in parentheses. */
        private Decision byTheWordsAfter() {
            // "the Open Graph Benchmark", "the Natural Scenes Dataset": the name ends in a dataset noun of its own
            if (endsInItsOwnDatasetNoun(name)) {
                return new Decision(MentionKind.DATASET, "dataset.own-noun", 0.9);
            }
            // (not the noun after a word that the name is the first part of: "the GBDT-friendly benchmark")
            boolean suffixed = s.token(last).end() > o.span().end();
            // (past the short form of a long form: "the Human-Robot Dialogue Learning (HuRDL) Corpus")
            if ((datasetNounAt(s, afterVersion(s, closed)) || datasetNounAt(s, after))
                    && !namesADomain(s, first, last) && !suffixed
                    && !(abbreviatesAField(longForm) && !capitalisedAt(s, closed) && !capitalisedAt(s, after))) {
                return new Decision(MentionKind.DATASET, "dataset.head-noun", 0.9);
            }
            // "X (Academia Sinica Diverse MWP Dataset)": a gloss in parentheses that a dataset noun ends
            if (glossedAsADataset(s, last + 1)) {
                return new Decision(MentionKind.DATASET, "dataset.glossed", 0.85);
            }
            // (a well-known dataset before a model noun names the data the models learned from: "ImageNet models",
            // "CIFAR-10 classifiers", "NAS-Bench-201 networks")
            // (or a benchmark by its name, "NAS-Bench-201 networks"; not any dataset shape, "our Concept-QA model")
            boolean trainedOn = (known != null && known.type() == MentionKind.DATASET
                    || name.toLowerCase(Locale.ROOT).contains("bench")) && TRAINED_MODEL_NOUNS.contains(nextLemma);
            // (also right after the parenthesis that closes a short form: "a novel Directly Accelerated stochastic
            // Variance reductIon (DAVIS) algorithm")
            boolean shortFormBeforeItsNoun = first >= 1 && s.token(first - 1).word().equals("(") && last + 2 < s.size()
                    && s.token(last + 1).word().equals(")") && METHOD_HEADS.contains(s.token(last + 2).lemma())
                    && s.token(last + 2).pos().startsWith("NN");
            if (shortFormBeforeItsNoun && !trainedOn) {
                return new Decision(MentionKind.METHOD, DEFINED_BEFORE_ITS_NOUN, 0.85);
            }
            // (nor a well-known benchmark before the noun of the software that runs it: "the popular DomainBed
            // framework")
            boolean benchmarkSoftware = known != null && known.type() == MentionKind.DATASET
                    && BENCHMARK_SOFTWARE_NOUNS.contains(nextLemma);
            if (METHOD_HEADS.contains(nextLemma) && !trainedOn && !benchmarkSoftware) {
                return new Decision(MentionKind.METHOD, "method.head-noun", 0.85);
            }
            // (the noun right after a name of the list, not after glue: "techniques like Shape as Points (SAP), the
            // challenges of …" ends no list of datasets)
            if (listEnd < s.size() && listEnd > last + 1 && !gluedOn(s, listEnd)) {
                if (datasetNounAt(s, listEnd)) {
                    return new Decision(MentionKind.DATASET, "dataset.list-head-noun", 0.8);
                }
                // "experiments on CNN-LSTM, RNN-Transducer, and Transformer models" (not models trained on known data)
                if (METHOD_HEADS.contains(s.token(listEnd).lemma()) && s.token(listEnd).pos().startsWith("NN")
                        && Character.isLowerCase(s.token(listEnd).word().charAt(0))
                        && (known == null || known.type() != MentionKind.DATASET) && !hasDatasetShape(name)
                        && noArticleBetween(s, last + 1, listEnd)) {
                    return new Decision(MentionKind.METHOD, "method.list-head-noun", 0.8);
                }
            }
            if (compoundEndsInDatasetNoun(s, last + 1)) {
                return new Decision(MentionKind.DATASET, "dataset.compound-head-noun", 0.75);
            }
            // "in FGVC and VTAB image classification", "on FewRel and TACRED relation classification": a list of names
            // before a task are the benchmarks it is measured on (not a model known to be one, "BERT and GPT-2 text
            // classification"; a name alone before a task is as often what is detected or the detector, "AU detection",
            // "CFAR detection")
            if (listEnd > last + 1 && anotherNameListed(s, last + 1, listEnd) && taskAt(s, listEnd) && known == null
                    && lexicon.methodVariant(name) == null && Names.isCoined(name)) {
                return new Decision(MentionKind.DATASET, "dataset.task-benchmark", 0.7);
            }
            return null;
        }

        /** What an apposition, a copula, a title's description or the data it holds say the name is. */
        private Decision byWhatTheTextSaysItIs() {
            // "LRA, a long-range benchmark", "DeeDiff, an early exiting framework", "X is a dataset of …": what an
            // apposition or a copula says the name is
            Decision described = DescribedTypes.describedInApposition(s, first, last, after);
            if (described != null) {
                return described;
            }
            // a title's "X: Multilingual Language Model Dataset", described without an article
            if (s.index() == 0 && after < s.size()
                    && (s.token(after).word().equals(":") || DASH_TOKENS.contains(s.token(after).word()))
                    && titleDescriptionNamesDatasets(s, after + 1)) {
                return new Decision(MentionKind.DATASET, "dataset.title-description", 0.8);
            }
            // "X consists of 310k images", "X contains 3 million questions": a name made of data items
            if (holdsDataItems(s, first, last + 1)) {
                return new Decision(MentionKind.DATASET, "dataset.holds-items", 0.8);
            }
            // "4,794 books from the Bookcorpus and 7,962 scientific abstracts from CODA-19": counted data items drawn
            // from a name (not a known model's, "10k images from StyleGAN2", which the gazetteer types first)
            if (known == null && countedItemsDrawnFrom(s, first)) {
                return new Decision(MentionKind.DATASET, "dataset.items-drawn-from", 0.75);
            }
            return null;
        }

        /** A dataset noun that the name follows, in apposition, after "named", "namely", a colon or a dash. */
        private Decision byADatasetNounBefore() {
            // "datasets such as X", "benchmarks (X, Y)", "the X-dataset"
            // "the benchmark dataset P9D", but not "… (LRA) benchmark LoopNet reaches …", where the name is a subject
            // (a subject after a noun that ends a name before it; "a new dataset X is released" is no such case)
            // (a finite verb: "a Danish dataset X containing …" is no subject)
            boolean subject = last + 1 < s.size() && FINITE_VERB_TAGS.contains(s.token(last + 1).pos())
                    && first >= 2 && (s.token(first - 2).word().equals(")")
                            || Character.isUpperCase(s.token(first - 2).word().charAt(0)));
            // (a plain capitalised word there too, after a singular noun: "the corpus Europarl", not "On the X and Y
            // benchmarks Magnushammer achieves …")
            boolean plainName = first == last && Character.isUpperCase(name.charAt(0)) && first >= 2
                    && s.token(first - 1).pos().equals("NN")
                    && Character.isLowerCase(s.token(first - 2).word().charAt(0));
            if (first > 0 && (Names.isCoined(name) || plainName) && !subject) {
                String before = s.token(first - 1).lemma();
                // (a noun: "We benchmark X against …" uses the word as a verb; nor one that, like the name, modifies a
                // plural dataset noun after it: "two benchmark KGQA datasets" are datasets of a kind)
                if (DefinitionFilter.DATASET_NOUNS.contains(before) && !usedAsAVerb(s, first - 1)
                        && !(namesADomain(s, first, last)
                                && DefinitionFilter.DATASET_NOUNS.contains(s.token(last + 1).lemma()))) {
                    return new Decision(MentionKind.DATASET, "dataset.head-noun-before", 0.85);
                }
            }
            // "we present a new corpus of real-world texts (GCDC)": a coined name in parentheses, spelled out by no
            // words before it, that closes a description headed by a dataset noun
            if (longForm == null && Names.isCoined(name) && dataNounHeadsTheDescriptionBefore(s, first, last)) {
                return new Decision(MentionKind.DATASET, "dataset.described-before", 0.8);
            }
            // "we construct a large-scale dataset about grounded image-text pairs (GrIT)": a long form that a dataset
            // noun and "of", "about" or "on" open says what the data holds
            // (where the short form is defined, not a later mention of the words, "datasets of positive and unlabeled
            // instances" after "Positive and Unlabeled (PU) learning")
            if (o.source().equals("acronym-long-form") && longFormAfterADataNoun(s, first, last) && last + 1 < s.size()
                    && s.token(last + 1).word().equals("(")) {
                return new Decision(MentionKind.DATASET, "dataset.data-noun-before-long-form", 0.8);
            }
            // "a large-scale crowd counting dataset named X", "The first dataset is X", "the second benchmark is the X"
            if (namedOrSaidToBeADataset(s, first) || namedByTheAuthorsAfterADatasetNoun(s, first)) {
                return new Decision(MentionKind.DATASET, "dataset.named-after-noun", 0.85);
            }
            // "a reading comprehension dataset, X, of …": the name in apposition after a dataset noun (after the phrase
            // a sentence opens with, only one closed by a comma), in quotation marks too: "a large-scale dataset, “X”,
            // that …"
            int opened = first > 0 && isQuote(s.token(first - 1)) ? first - 1 : first;
            if (opened >= 2 && s.token(opened - 1).word().equals(",")
                    && (namesDatasets(s.token(opened - 2).lemma()) || isAnEvaluationSet(s, opened - 2))
                    && (closed >= s.size() || CLOSES_APPOSITION.contains(s.token(closed).word()))
                    && mayOpenAnApposition(s, opened - 1, pastQuote(s, after)) && !namedInItsPhrase(s, opened - 2)) {
                return new Decision(MentionKind.DATASET, "dataset.apposition-after-noun", 0.85);
            }
            // "The dataset used in this shared task, namely ArSarcasm-v2, consists of …": the names after "namely" that
            // a dataset noun before it heads, past a participle's phrase
            if (listItemAfter(s, first, last,
                    k -> s.token(k).lower().equals("namely") && datasetNounBeforeNamely(s, k))) {
                return new Decision(MentionKind.DATASET, "dataset.namely-after-noun", 0.8);
            }
            // "a manually annotated lexical semantic change dataset for Russian: X.": the name after a colon that
            // closes a dataset noun, prepositional phrases describing it or not
            if (first >= 2 && s.token(first - 1).word().equals(":")
                    && (s.token(first - 2).pos().startsWith("NN") && namesDatasets(s.token(first - 2).lemma())
                            || datasetNounDescribedBefore(s, first - 2))
                    && (closed >= s.size() || CLOSES_APPOSITION.contains(s.token(closed).word()))) {
                return new Decision(MentionKind.DATASET, "dataset.apposition-after-noun", 0.85);
            }
            // "the first code-switched conversation summarization dataset - X, which contains …": a dash standing
            // between spaces after a dataset noun sets the name off too
            String dash = first >= 1 ? s.token(first - 1).word() : "";
            if (first >= 2 && (dash.equals("-") || ProposalCues.DASHES.contains(dash))
                    && s.token(first - 1).begin() > s.token(first - 2).end()
                    && namesDatasets(s.token(first - 2).lemma())
                    && (closed >= s.size() || CLOSES_APPOSITION.contains(s.token(closed).word()))) {
                return new Decision(MentionKind.DATASET, "dataset.apposition-after-noun", 0.85);
            }
            return null;
        }

        /** A list the name is an item of, after a dataset or method noun, or the shape of a dataset's name. */
        private Decision byTheListOrTheShape() {
            // (not a model named after a famous one: "table corpora (TAPAS and TaBERT)", nor a known model's variant,
            // "benchmarks such as BERT-Base, BERT-Large, GPT-2 pre-training and ImageNet", nor a known model,
            // "pre-trained on multilingual corpora, such as, mBERT and XLM-RoBERTa")
            boolean namedAfterAModel = endsInAKnownModelsName(name) || lexicon.isOnlyAMethodVariant(name)
                    || known != null && known.type() == MentionKind.METHOD;
            if (!namedAfterAModel && listItemAfter(s, first, last, k -> opensADatasetList(s, k))) {
                return new Decision(MentionKind.DATASET, "dataset.after-head-noun", 0.8);
            }
            // "RL tasks, such as BSuite and POPGym": coined names in mixed case given as examples of tasks are the
            // benchmarks that pose them (not a task's short form in capitals, "NLP tasks such as NER", nor a known
            // model)
            if (Names.isCoined(name) && !name.equals(name.toUpperCase(Locale.ROOT)) && lexicon.lookup(name) == null
                    && listItemAfter(s, first, last,
                            k -> s.token(k).lower().equals("tasks") && examplesFollow(s, k + 1))) {
                return new Decision(MentionKind.DATASET, "dataset.task-examples", 0.75);
            }
            if (o.source().equals("dataset-list") && namedAfterAModel) {
                return new Decision(MentionKind.METHOD, "method.named-after-a-known-model", 0.6);
            }
            if (o.source().equals("dataset-list")) {
                return new Decision(MentionKind.DATASET, "dataset.listed", 0.85);
            }
            // (nor one listed right after a method noun in the plural: "two neural symbolic methods NSCL and NSVQA")
            if (hasDatasetShape(name) && listedAfterAMethodNoun(s, first, last)) {
                return new Decision(MentionKind.METHOD, "method.after-head-noun", 0.8);
            }
            // (nor one in apposition to a method noun: "a novel FIQA method, CR-FIQA, that estimates …")
            if (hasDatasetShape(name) && first >= 2 && s.token(first - 1).word().equals(",")
                    && METHOD_HEADS.contains(s.token(first - 2).lemma())) {
                return new Decision(MentionKind.METHOD, "method.apposition-to-method-noun", 0.8);
            }
            // (not a short form whose long form has none of the words the shape stands for: "Learning with Opponent
            // Q-Learning Awareness (LOQA)", nor has them only in what it is for: "Robust Margin Loss for Visual
            // Question Answering (RMLVQA)")
            // (nor one whose long form a method noun ends: "a novel SEmantic-based Question Answering method (SEQA)")
            // (nor one in capitals between a lower-case modifier and a plural noun, which it modifies too: a task's
            // short form, "two benchmark KGQA datasets")
            if (hasDatasetShape(name) && !contextOfAModel(name)
                    && !(name.equals(name.toUpperCase(Locale.ROOT)) && namesADomain(s, first, last))
                    && (longForm == null || SHAPE_WORDS.matcher(PURPOSE.matcher(longForm).replaceFirst("")).matches()
                            && !isMethodHead(lastWord(longForm)))) {
                return new Decision(MentionKind.DATASET, NAME_SHAPE, 0.8);
            }
            return null;
        }

        /** The long form's head, the gazetteer, an edition or a task, and how the text uses the name's data. */
        private Decision byWhatIsKnownOrHowItIsUsed() {
            Decision byLongForm = DescribedTypes.longFormHead(longForm);
            if (byLongForm != null) {
                return byLongForm;
            }
            if (known != null) {
                return new Decision(known.type(), known.type() == MentionKind.DATASET ? GAZETTEER_DATASET
                        : "method.gazetteer", 0.8);
            }
            if (lexicon.datasetVariant(name) != null) {
                return new Decision(MentionKind.DATASET, "dataset.gazetteer-variant", 0.75);
            }
            if (lexicon.methodVariant(name) != null) {
                return new Decision(MentionKind.METHOD, "method.gazetteer-variant", 0.75);
            }
            // "DUC 2004", "TAC 2009", "DEFT 2018", "IJCNLP-2017 Task 5": a coined name with a year is an edition of a
            // shared task or benchmark
            if (EDITION.matcher(name).matches()) {
                return new Decision(MentionKind.DATASET, "dataset.edition-year", 0.7);
            }
            // "SemEval-2019 Task 3: EmoContext", "shared task 3: X": the name a numbered task of a campaign goes by
            if (namesANumberedTask(s, first)) {
                return new Decision(MentionKind.DATASET, "dataset.task-name", 0.7);
            }
            // "MOTSynth simulated data", "the JLab data": data that a name stands for or that came from it, also for
            // every name of a list that ends in a proper name before the data ("MOT and Wildtrack real pedestrian
            // data")
            if (dataOf(s, last + 1) || (listEnd > last + 1
                    && Character.isUpperCase(s.token(listEnd - 1).word().charAt(0)) && dataOf(s, listEnd))) {
                return new Decision(MentionKind.DATASET, "dataset.data-of", 0.6);
            }
            if (sourceOfData(s, first)) {
                return new Decision(MentionKind.DATASET, "dataset.source-of-data", 0.6);
            }
            if (partOfData(s, first)) {
                return new Decision(MentionKind.DATASET, "dataset.part-of-data", 0.6);
            }
            if (usedAsASplit(s, last + 1)) {
                return new Decision(MentionKind.DATASET, "dataset.used-as-split", 0.7);
            }
            if (saidToBeUsedAsData(s, last + 1)) {
                return new Decision(MentionKind.DATASET, "dataset.used-as-data", 0.7);
            }
            // "the X accuracy", "X denotation accuracy": what a score is measured on
            if (scoredOn(s, last + 1) && afterDeterminer(s, first)) {
                return new Decision(MentionKind.DATASET, "dataset.scored-on", 0.7);
            }
            if (exampleOfATask(s, first, last)) {
                return new Decision(MentionKind.DATASET, "dataset.task-example", 0.6);
            }
            if (Names.isCoined(name) && listedAfterATask(s, first, last)) {
                return new Decision(MentionKind.DATASET, "dataset.task-listed", 0.6);
            }
            // "experiments on X", "accuracy on X and Y", "trained on X" (not "based on X", "focus on X")
            Decision evaluated = evaluatedOn(s, first, last, name);
            return evaluated != null ? evaluated : UNCUED;
        }
    }

    /**
     * "experiments on X", "accuracy on X and Y", "trained on X" (not "based on X", "focus on X"): the name, or a list
     * it ends, after an evaluation's "on"; null when it is not.
     */
    private Decision evaluatedOn(Sentence s, int first, int last, String name) {
        if (first > 1) {
            int p = first - 1;
            // (back over the list's other items, plain capitalised words too, "experiments on Digits, PACS, and
            // DomainNet", but then not after a verb of applying: "we apply SQR on Adamixer, DAB-DETR, and …" lists
            // models)
            boolean plainItem = false;
            // (nor in a list that a well-known method opens: "Experiments are performed on mBERT, IndicBERT, MuRIL
            // and two RoBERTa-based LMs" lists models)
            boolean knownMethodItem = false;
            while (p > 1 && ((LIST_GLUE.contains(s.token(p).lower()) && !comparingAs(s, p))
                    || Names.isCoined(s.token(p).word()) || (Character.isUpperCase(s.token(p).word().charAt(0))
                            && LIST_GLUE.contains(s.token(p + 1).lower())))) {
                plainItem |= !LIST_GLUE.contains(s.token(p).lower()) && !Names.isCoined(s.token(p).word());
                knownMethodItem |= lexicon.isKnownMethod(s.token(p).word());
                p--;
            }
            // "conducted on nuScenes, and AeDet achieves …": after one name and ", and", a name that a verb follows
            // starts a clause of its own (not "experiments on A, B, and C show", "on A and B demonstrate")
            // (also through a relative pronoun: "… on IN1K, and t-ReX* that matches …")
            // (after a mere comma too: "after pre-trained … on ImageNet-1K, HiViT-B reports …")
            boolean startsAClause = (p == first - 4 && s.token(first - 2).word().equals(",")
                    && s.token(first - 1).lower().equals("and")
                    || p == first - 3 && s.token(first - 1).word().equals(",")) && finiteVerbAfter(s, last + 1);
            boolean on = !startsAClause && (s.token(first - 1).word().equalsIgnoreCase("on")
                    || s.token(p).word().equalsIgnoreCase("on"));
            int onAt = s.token(first - 1).word().equalsIgnoreCase("on") ? first - 1 : p;
            String governor = onAt > 0 ? s.token(onAt - 1).lemma() : "";
            // (nor a possessor, "error bounds on LODE's effect estimates": the noun after it is what "on" governs)
            boolean possessor = last + 1 < s.size() && s.token(last + 1).pos().equals("POS");
            // (nor a phrase in lower case, a task's long form: "the efficacy of our algorithms on low-rank
            // approximation (LRA) and spectral sparsification")
            boolean lowerCasePhrase = last > first && Character.isLowerCase(s.token(first).word().charAt(0));
            if (on && !NOT_EVALUATION_GOVERNORS.contains(governor) && s.hasLemmaIn(EVALUATION) && !possessor
                    && !(plainItem && appliedOn(s, onAt)) && !lowerCasePhrase && !knownMethodItem) {
                return new Decision(MentionKind.DATASET, "dataset.evaluated-on", 0.6);
            }
            // "video action localization on THUMOS'14", "object detection on MOT17Det": a task done on a coined name
            // that no one knows as a method is done on data, whatever else the sentence says
            if (on && onAt == first - 1 && (TASK_HEADS.contains(governor) || TASKS_DONE_ON_DATA.contains(governor))
                    && Names.isCoined(name) && lexicon.lookup(name) == null) {
                return new Decision(MentionKind.DATASET, "dataset.task-on", 0.6);
            }
        }
        return null;
    }
    /** Nouns of the software that runs a benchmark: "the DomainBed framework", "the X toolkit". */
    private static final Set<String> BENCHMARK_SOFTWARE_NOUNS = Set.of("framework", "toolkit", "library", "platform");

}
