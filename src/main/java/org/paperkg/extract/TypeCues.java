package org.paperkg.extract;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;

/**
 * Decides from its context whether a name is used as a dataset or a method: head nouns after it ("the X
 * benchmark", "X and Y datasets", "X architecture"), evaluation phrases before it ("experiments on X"), its
 * own shape (…Bench), its long form's head noun, and the gazetteers.
 */
final class TypeCues {
    private static final Pattern DATASET_SHAPE =
            Pattern.compile(".*(Bench|(?<![Ww]ork)bench|BENCH|QA|\\p{L}NLI|Set|-\\d+(\\.\\d+)?[kKM]|\\p{L}{2}\\d+[kK]"
                    + "|Arena|\\p{L}Bank|\\p{L}bank|\\p{L}-?Corpus|\\p{L}-?Dataset|\\p{L}-Challenge)(-?\\d+)?$");
    /** Words that the long form of a dataset-shaped short form holds: "Question Answering", "Benchmark", "Corpus". */
    private static final Pattern SHAPE_WORDS = Pattern.compile(
            "(?is).*(question|answer|bench|set|arena|bank|qa|corpus|nli|inference|challenge).*");

    /**
     * True when a name ends the way benchmark names do: "MT-Bench", "NAS-Bench-201", "TruthfulQA", "ChaosNLI",
     * "Chatbot Arena", and corpora's and challenges': "PropBank", "BulTreeBank", "CCGbank", "UDT-Corpus", "BookCorpus",
     * "QL-Dataset", "CL-Psych-Challenge", or counts its items in thousands or millions: "Objects-10k", "Math23k",
     * "Clothing-1.6M".
     */
    static boolean hasDatasetShape(String name) {
        return DATASET_SHAPE.matcher(name).matches();
    }

    /** What a long form is for, after its head: "Robust Margin Loss for Visual Question Answering". */
    private static final Pattern PURPOSE = Pattern.compile("(?i)\\sfor\\s.*$");
    /** Gerunds of making data, which a title's description may open with: "X: Constructing a … Dataset". */
    private static final Set<String> MAKING_GERUNDS = Set.of("mining", "building", "creating", "constructing",
            "collecting", "compiling", "curating", "crowdsourcing", "annotating", "introducing", "releasing",
            "developing", "assembling");
    /** A long form that opens with a gerund and "to": "Learning to Play Games", "Learning to Rank". */
    private static final Pattern GERUND_BEFORE_TO = Pattern.compile("^\\p{L}+ing\\s+to\\s");
    /** A prepositional phrase ending a long form, unless a capital makes it part of a name ("Word in Context"). */
    private static final Pattern PREPOSITIONAL_PHRASE =
            Pattern.compile("\\s(?:in|for|of|on|with|from|to)\\s(?![A-Z]).*$");
    /**
     * Nouns of data alone, which may open a long form as its head ("Corpus of …", "Database of …", "Benchmark for …")
     * or name it after a comma ("a new dataset, dubbed X").
     */
    static final Set<String> DATA_ONLY_NOUNS = Set.of("corpus", "dataset", "database", "treebank",
            "benchmark");
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
    /** Tasks besides {@link #TASK_HEADS} that a name after "on" is the data of: "pose estimation on X". */
    private static final Set<String> TASKS_DONE_ON_DATA = Set.of("estimation", "generation", "prediction",
            "forecasting", "translation", "synthesis", "reconstruction");
    private static final Set<String> LIST_GLUE = Set.of(",", "and", "or", "the", "as", "well", "&", "/", "(", ")");

    static final Set<String> ARTICLES = Set.of("a", "an", "the");
    static final Set<String> INDEFINITE_ARTICLES = Set.of("a", "an");
    /** What may join the adjectives of a description: "simple yet effective", "simple but effective". */
    static final Set<String> ADJECTIVE_JOINERS = Set.of("yet", "but", "and");
    /** Marks that end a list item besides list glue. */
    private static final Set<String> ITEM_ENDS = Set.of(".", ";", ":");
    /** What may follow a name in apposition: "a dataset, X, of …", "a dataset, X (…)", "a dataset, X." */
    static final Set<String> CLOSES_APPOSITION = Set.of(",", "(", ".", ";", ":");
    private static final Set<String> PREPOSITIONS = Set.of("for", "of", "in", "on", "with", "from", "to", "via", "by",
            "over", "across", "between", "under");
    /** Plural nouns of the items a dataset holds, which end the proper names of datasets ("Natural Questions"). */
    private static final Set<String> DATA_ITEMS = Set.of("questions", "answers", "images", "faces", "books",
            "sentences", "documents", "videos", "reviews", "tweets", "dialogues", "dialogs", "conversations",
            "articles", "scenes", "utterances", "clips", "recordings", "scans", "records", "captions", "photos",
            "stories", "posts", "comments", "passages", "paragraphs", "synsets", "abstracts");
    /**
     * What a name may hold besides {@link #DATA_ITEMS} after a verb of holding and a count ("X comprises 9,262 CT
     * volumes", "X contains 37K entity descriptions"): nouns too plain to type a long form or a set of their own.
     */
    private static final Set<String> COUNTED_ITEMS = Set.of("volumes", "transcripts", "descriptions", "texts",
            "pairs", "trajectories", "demonstrations", "words");
    /** Units of a collection's size that stand for its items: "4 terabytes of commits", "960 hours of speech". */
    private static final Set<String> DATA_SIZES = Set.of("terabytes", "gigabytes", "tb", "gb", "hours");
    /** "X is a …", "X was a …". */
    private static final Set<String> COPULAS = Set.of("is", "was");
    /**
     * Punctuation after a name that a description of it follows: "X, a benchmark of …", "X: A Dataset for …", "X (a
     * data filtering benchmark)".
     */
    private static final Set<String> DESCRIPTION_MARKS = Set.of(",", ":", "(");
    /**
     * A hyphen or a dash as a token of its own: set off by spaces in a title, it sets the name off from what it is
     * ("RSS-TOBI - A Prosodically Enhanced … Corpus"); after a listed name, it joins the name to the next word.
     */
    static final Set<String> DASH_TOKENS = Set.of("-", "--", "\u2013", "\u2014");
    /** Verbs that say what a dataset holds: "X consists of …", "X contains …", "X comprises …". */
    private static final Set<String> HOLDING_VERBS = Set.of("consist", "contain", "comprise", "include", "have", "hold");
    /** Scores measured on a dataset: "the X accuracy". */
    private static final Set<String> SCORE_NOUNS = Set.of("accuracy", "perplexity");
    /** A long form that ends in "Shared Task" and perhaps an edition: "Surface Realization Shared Task 2018". */
    private static final java.util.regex.Pattern SHARED_TASK =
            java.util.regex.Pattern.compile("\\p{Lu}\\S* Shared Tasks?(?: (?:\\d{4}|\\d{1,2}))?$");
    /**
     * Heads of named efforts that collect data, written as proper names, and of the banks of annotated texts they
     * fill ("Turkish Discourse Bank", "Groningen Meaning Bank", "Persian Proposition Bank").
     */
    private static final Set<String> DATA_COLLECTION_HEADS = Set.of("experiment", "campaign", "survey", "study",
            "expedition", "bank");
    /**
     * Words before "Bank" that make it no bank of texts: a model's store ("Memory Bank", "Mel Filter Bank") or an
     * institution of money ("Federal Reserve Bank", "European Central Bank", "World Bank").
     */
    private static final java.util.regex.Pattern NO_BANK_OF_TEXTS = java.util.regex.Pattern.compile(
            "\\b(?:memory|feature|filter|prototype|token|prompt|queue|reserve|central|world|development|investment"
                    + "|national|federal|commercial|savings|food|blood|seed|gene) bank$");
    /** What opens a parenthesised example: "(e.g. X)", "(e.g., X)", "(such as X)". */
    private static final Set<String> EXAMPLE_MARKERS = Set.of("e.g.", "e.g", "eg", "e.g.,", "such");
    /**
     * Tasks of analysis, whose examples are datasets: "classification (e.g. ImageNet)"; not generation or
     * translation, whose examples are as often models ("image generation (e.g. SNGAN)").
     */
    private static final Set<String> TASK_NOUNS = Set.of("classification", "retrieval", "detection",
            "segmentation", "modeling", "modelling", "recognition", "answering", "summarization", "summarisation",
            "captioning", "parsing", "tagging", "reasoning", "tracking", "task", "benchmark");
    private static final Set<String> LIST_INTROS = Set.of("such", "including", "like", ":", "(", "i.e.", "i.e", "e.g.",
            "e.g", "namely");
    /** Words that may stand between a dataset noun and the names it lists ("datasets such as X, Y"). */
    private static final Set<String> LIST_WORDS = Set.of("such", "include", "including", "like", ":", "i.e.", "i.e", "of",
            "e.g.", "e.g", "namely");

    private final Lexicon lexicon;
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

    /** Prepositions that a title-case name may hold: "Temporal Domain Generalization with Drift-Aware … (DRAIN)". */
    private static final Set<String> NAME_PREPOSITIONS = Set.of("with", "for", "of", "via", "in", "on", "from");

    static final Set<String> FINITE_VERB_TAGS = Set.of("VBZ", "VBD", "VBP", "MD");
    /** Tags of a verb in the present tense or a modal: what no participle is mistaken for. */
    private static final Set<String> PRESENT_VERB_TAGS = Set.of("VBZ", "VBP", "MD");

    private static final Set<String> METRIC_NOUNS = Set.of("metric", "measure", "score");

    /**
     * Last words of long forms that name a task, not a method or dataset: "named entity recognition (NER)", "person
     * re-identification (re-ID)", "super-resolution (SR)", "relation extraction (RE)", "word sense disambiguation
     * (WSD)", "reading comprehension (RC)", "lexical entailment (LE)". Not "estimation", "inference", "generation",
     * "translation" or "correction", which as often end the names of methods ("Implicit Maximum Likelihood Estimation",
     * "… approximation with gradient correction (SPSA-GC)"; a correction of errors is a task, see
     * {@link #CORRECTED_THINGS}).
     */
    static final Set<String> TASK_HEADS = Set.of("classification", "retrieval", "detection", "segmentation",
            "recognition", "answering", "summarization", "summarisation", "captioning", "parsing", "tagging", "labeling",
            "labelling", "tracking", "identification", "localization", "localisation", "completion", "resolution",
            "rewriting", "rewrite", "extraction", "disambiguation", "simplification", "comprehension", "entailment",
            "linking", "verification");
    /**
     * Heads of tasks only where the long form is written in lower case, the task's common name: "speech enhancement
     * (SE)", "image restoration (IR)"; in title case they as often name a part of a method, "Identity-Aware Feature
     * Enhancement (IAFE)".
     */
    private static final Set<String> LOWER_CASE_TASK_HEADS = Set.of("enhancement", "restoration", "inpainting",
            "deblurring", "denoising", "synthesis", "induction");
    /**
     * Words before "correction" that make it a task: "grammatical error correction (GEC)", "spelling correction (SC)"
     * (a correction alone is as often part of a method, "gradient correction").
     */
    private static final Set<String> CORRECTED_THINGS = Set.of("error", "errors", "spelling", "typo");

    private static final Pattern LAST_WORD_BREAK = Pattern.compile("[\\s-]+");

    /** True when a name's long forms name a task ("Fine-Grained Visual Classification (FGVC)"). */
    static boolean namesATask(Set<String> longForms) {
        if (longForms == null || longForms.isEmpty()) {
            return false;
        }
        for (String longForm : longForms) {
            String[] words = LAST_WORD_BREAK.split(longForm.toLowerCase(Locale.ROOT).strip());
            String last = words[words.length - 1];
            // (a task over what it works on: "question answering over knowledge bases (KBQA)")
            int over = java.util.Arrays.asList(words).indexOf("over");
            if (over >= 1 && TASK_HEADS.contains(words[over - 1])) {
                last = words[over - 1];
            }
            // compounds too: "geolocalization", "superresolution"; and mappings: "text-to-video (T2V)", but not
            // "Camera-to-Robot Pose Estimation Network (CtRNet)"
            // (nor a coined title-case name that ends in one after a word of its own: "Iterative Room-to-Room (IR2R)")
            String[] written = Names.WHITESPACE.split(longForm.strip());
            boolean coinedBeforeAMapping = written.length >= 2 && written[written.length - 1].contains("-to-")
                    && java.util.Arrays.stream(written).allMatch(w -> Character.isUpperCase(w.charAt(0)));
            boolean mapping = longForm.contains("-to-") && !METHOD_HEADS.contains(last) && !coinedBeforeAMapping;
            boolean correcting = last.equals("correction") && words.length >= 2
                    && CORRECTED_THINGS.contains(words[words.length - 2]);
            // (after the first word, which may open a sentence)
            boolean lowerCase = longForm.substring(1).equals(longForm.substring(1).toLowerCase(Locale.ROOT));
            boolean lowerCaseTask = lowerCase && LOWER_CASE_TASK_HEADS.contains(last);
            if (TASK_HEADS.stream().noneMatch(last::endsWith) && !mapping && !correcting && !lowerCaseTask
                    || methodForATask(words)) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when a method noun heads the words before "for": "Transformer-based Neural Tagger for Keyword Identification
     * (TNT-KID)" names a tagger, not the task it is for.
     */
    private static boolean methodForATask(String[] words) {
        for (int k = 1; k + 1 < words.length; k++) {
            if (words[k].equals("for")) {
                return isMethodHead(words[k - 1]);
            }
        }
        return false;
    }

    /** The last word of a phrase in lower case. */
    private static String lastWord(String phrase) {
        String[] words = Names.WHITESPACE.split(phrase.strip().toLowerCase(Locale.ROOT));
        return words[words.length - 1];
    }

    /** True when a lower-case word, or its singular, is a method noun: "tagger", "networks". */
    private static boolean isMethodHead(String word) {
        return METHOD_HEADS.contains(word)
                || word.endsWith("s") && METHOD_HEADS.contains(word.substring(0, word.length() - 1));
    }

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

    /**
     * True when the sentence says the name is a task, a problem or a phenomenon: "Grammatical Error Correction (GEC) is
     * the task of …", "X is an essential yet challenging task", "Extreme multi-label classification (XMC) is the
     * problem of …", "(LLP) is a weakly supervised setting", "Semantic compositionality (SC) refers to the phenomenon
     * that …" (after the name, or after its short form in parentheses, and past a few lower-case words that say
     * where: "Novel class discovery (NCD) for semantic segmentation is the task of …").
     */
    static boolean calledATask(NameOccurrence o) {
        Sentence s = o.sentence();
        if (o.source().equals("acronym-long-form") && afterTheTaskOf(s, s.tokenIndexAt(o.span().begin()))) {
            return true;
        }
        int k = pastWhereItApplies(s, pastItsShortForm(s, s.tokenIndexAt(o.span().end() - 1) + 1));
        if (k + 1 < s.size() && s.token(k).lower().equals("refers") && s.token(k + 1).lower().equals("to")) {
            k++;
        } else if (k >= s.size() || !s.token(k).lemma().equals("be")) {
            return false;
        }
        if (k + 2 >= s.size() || !ARTICLES.contains(s.token(k + 1).lower())) {
            return false;
        }
        // the head of the noun phrase, past the words that describe it: "a recently proposed open-world problem"
        String head = "";
        for (int j = k + 2; j < s.size(); j++) {
            Token t = s.token(j);
            if (t.pos().startsWith("NN")) {
                head = t.lemma();
            } else if (!head.isEmpty() || !(t.pos().startsWith("JJ") || t.pos().startsWith("RB")
                    || t.pos().equals("VBN") || t.pos().equals("VBG") || t.pos().equals("HYPH")
                    || t.pos().equals("CC") || t.pos().equals("CD"))) {
                break;
            }
        }
        return POSED_THINGS.contains(head);
    }

    /**
     * True when "the task of" or "the problem of" stands right before the long form at {@code first}, past a lower-case
     * adjective or two that the long form leaves out: "introduces text to the task of novel view synthesis (NVS)".
     */
    private static boolean afterTheTaskOf(Sentence s, int first) {
        int k = first - 1;
        while (k > first - 3 && k >= 0 && s.token(k).pos().startsWith("JJ")
                && Character.isLowerCase(s.token(k).word().charAt(0))) {
            k--;
        }
        return k >= 2 && s.token(k).lower().equals("of") && (s.token(k - 1).lemma().equals("task")
                || s.token(k - 1).lemma().equals("problem")) && s.token(k - 2).lower().equals("the");
    }

    /** Prepositions that open where a task applies: "(NCD) for semantic segmentation is …". */
    private static final Set<String> WHERE_PREPOSITIONS = Set.of("for", "in", "on");

    /**
     * The index past "for", "in" or "on" and up to four lower-case nouns or adjectives at {@code k} when a form of "be"
     * or "refers" follows them ("for semantic segmentation is"), else {@code k}.
     */
    private static int pastWhereItApplies(Sentence s, int k) {
        if (k >= s.size() || !WHERE_PREPOSITIONS.contains(s.token(k).lower())) {
            return k;
        }
        for (int j = k + 1; j < s.size() && j <= k + 5; j++) {
            Token t = s.token(j);
            if (j > k + 1 && (t.lemma().equals("be") || t.lower().equals("refers"))) {
                return j;
            }
            if (!(t.pos().startsWith("NN") || t.pos().startsWith("JJ")) || !Character.isLowerCase(t.word().charAt(0))) {
                return k;
            }
        }
        return k;
    }

    /**
     * True when a long form in lower case (or a way of learning or a task in title case), with its short form, opens a
     * sentence that says what it aims at: "Cross-lingual entity alignment (EA) aims to find …" names a task by its
     * common name.
     */
    static boolean aimsAtSomething(NameOccurrence o) {
        Sentence s = o.sentence();
        int first = s.tokenIndexAt(o.span().begin());
        int k = pastItsShortForm(s, s.tokenIndexAt(o.span().end() - 1) + 1);
        if (!aimedAt(s, k) || k <= first + 1 || !s.token(k - 1).word().equals(")") || !opensTheSentence(s, first)) {
            return false;
        }
        // (in title case too when it is a way of learning or adapting, or a task: "Compositional Zero-Shot Learning
        // (CZSL) aims to train models …", "Entity Matching (EM) aims at recognizing …")
        int open = k - 1;
        while (open > first && !s.token(open).word().equals("(")) {
            open--;
        }
        String head = open > first ? s.token(open - 1).lower() : "";
        boolean field = FIELD_HEADS.contains(head) || TASK_HEADS.contains(head) || AIMED_TASK_HEADS.contains(head)
                || LOWER_CASE_TASK_HEADS.contains(head);
        return s.token(first).word().chars().noneMatch(Character::isUpperCase) || field;
    }

    /**
     * Heads of tasks that a title-case long form opening a sentence that says what it aims at has, beside those of
     * {@code TASK_HEADS}: "Entity Alignment (EA) aims to …", "Novel View Synthesis (NVS) aims at …", "Slot Filling (SF)
     * aims to …", "Low-light Image Enhancement (LIE) aims at …" (elsewhere these heads as often end a method's part).
     */
    private static final Set<String> AIMED_TASK_HEADS = Set.of("alignment", "editing", "post-editing", "synthesis",
            "interpolation", "filling", "generation", "prediction", "forecasting", "estimation", "analysis",
            "assessment", "compression", "transfer");

    /**
     * Heads of ways of learning and of tasks, written as a title when a sentence opens with them and says what they
     * aim at, not of methods ({@link #aimsAtSomething}; the task heads of {@code TASK_HEADS} count too).
     */
    private static final Set<String> FIELD_HEADS = Set.of("learning", "adaptation", "generalization",
            "generalisation", "discovery", "matching");

    /** True for "aims to", "aims at" or "seeks to" at {@code k}. */
    private static boolean aimedAt(Sentence s, int k) {
        if (k + 1 >= s.size()) {
            return false;
        }
        String verb = s.token(k).lower();
        String after = s.token(k + 1).lower();
        return (verb.equals("aims") || verb.equals("seeks")) && after.equals("to")
                || verb.equals("aims") && after.equals("at");
    }

    /** True when only an article and lower-case modifiers, three at most, stand before {@code first}. */
    private static boolean opensTheSentence(Sentence s, int first) {
        for (int k = 0; k < first; k++) {
            Token t = s.token(k);
            boolean modifier = t.pos().startsWith("JJ") || t.pos().startsWith("NN") || t.pos().equals("HYPH");
            if (first > 3 || !(modifier || k == 0 && t.pos().equals("DT"))) {
                return false;
            }
        }
        return true;
    }

    /** What a text may say a name is where it names no method (a task, an issue): see {@link #calledATask}. */
    private static final Set<String> POSED_THINGS = Set.of("task", "problem", "phenomenon", "setting", "scenario",
            "issue", "dilemma");
    /** Words that point at a thing already spoken of: "this problem", "such a setting". */
    private static final Set<String> POINTING_WORDS = Set.of("this", "the", "such", "these");

    /**
     * True when the name at {@code first} is what the text calls a problem, a setting or a phenomenon it has just
     * described: "We call this phenomenon Layer Convergence Bias", "we refer to this problem as Higher-order Relation
     * Schema Induction (HRSI)", "We call this setting estimation with functional confounders (EFC)".
     */
    static boolean namedAsAPosedThing(Sentence s, int first) {
        int k = first - 1;
        if (k >= 0 && s.token(k).lower().equals("as")) {
            k--;
        }
        if (passiveNamingOfAPosedThing(s, k)) {
            return true;
        }
        if (k < 1 || !POSED_THINGS.contains(s.token(k).lemma())) {
            return false;
        }
        k = pointingWordBefore(s, k - 1);
        if (k < 0) {
            return false;
        }
        k--;
        if (k >= 1 && s.token(k).lower().equals("to") && s.token(k - 1).lemma().equals("refer")) {
            return true;
        }
        return k >= 0 && ProposalCues.NAMING_VERBS.contains(s.token(k).lemma());
    }

    /**
     * True when the name at {@code first} follows a task, problem or setting noun and a naming participle: "we
     * propose a new and general referring understanding task, termed referring multi-object tracking (RMOT)", "a
     * weakly supervised regression setting called regression with interval targets (RIT)". The name is the task's,
     * though the authors pose it: no method, no dataset.
     */
    static boolean termedAfterAPosedThing(Sentence s, int first) {
        int k = first - 1;
        if (k >= 0 && s.token(k).lower().equals("as")) {
            k--;
        }
        if (k < 1 || !PASSIVE_NAMING.contains(s.token(k).lower())) {
            return false;
        }
        int noun = s.token(k - 1).word().equals(",") ? k - 2 : k - 1;
        // (past what the posed thing is for: "a new task for audio-visual-language modeling called …")
        noun = posedBeforeItsPurpose(s, noun);
        // (not a task that trains a model, "a novel node-level pre-training task, dubbed Masked Atoms Modeling (MAM)")
        // ("setting" is tagged a verb as often as not)
        if (noun < 1 || !POSED_THINGS.contains(s.token(noun).lemma()) && !POSED_THINGS.contains(s.token(noun).lower())
                || TRAINING_TASK_WORDS.contains(s.token(noun - 1).lower())) {
            return false;
        }
        // (a new one, which the sentence poses: "a new problem called …", not the one a method is for, "a boosting
        // algorithm for regression problems called …", "a baseline method to deal with the KT task named …")
        int start = startOfNounPhrase(s, noun);
        while (start >= 2 && s.token(start - 1).pos().equals("CC") && s.token(start - 2).pos().startsWith("JJ")) {
            start = startOfNounPhrase(s, start - 2); // "a new and general … task"
        }
        start = pastAnAdverbsParticiple(s, start); // "an interesting weakly supervised … setting"
        int article = start - 1;
        return article >= 1 && INDEFINITE_ARTICLES.contains(s.token(article).lower())
                && (!s.token(article - 1).pos().equals("IN") || s.token(article - 1).lower().equals("as"));
    }

    /**
     * The index of the posed thing before a "for" phrase of up to four lower-case words that ends at {@code noun}
     * ("task" in "a new task for audio-visual-language modeling"), else {@code noun}.
     */
    private static int posedBeforeItsPurpose(Sentence s, int noun) {
        for (int j = noun; j >= 2 && j >= noun - 4; j--) {
            Token t = s.token(j);
            if (t.lower().equals("for")) {
                Token before = s.token(j - 1);
                return j < noun && (POSED_THINGS.contains(before.lemma()) || POSED_THINGS.contains(before.lower()))
                        ? j - 1 : noun;
            }
            if (!Character.isLowerCase(t.word().charAt(0)) || !(t.pos().startsWith("NN") || t.pos().startsWith("JJ")
                    || t.pos().equals("VBG"))) {
                return noun;
            }
        }
        return noun;
    }

    /**
     * True when an apposition right after a long form and its short form calls the name a new task or problem: "This
     * paper introduces Instruction-oriented Object Detection (IOD), a new task that …". The name is the task's, though
     * the authors pose it (not one that trains a model, "Sequence Span Rewriting (SSR), a self-supervised task for …
     * pre-training", nor one that is data or a method too, "a new task and dataset", nor "a task-agnostic framework",
     * whose head is "framework", nor a benchmark's task, "a new benchmark task"; a name without a long form, "FewRel
     * 2.0, a more challenging task", is as often data).
     */
    static boolean appositionCallsItAPosedTask(NameOccurrence o) {
        Sentence s = o.sentence();
        int k = pastItsShortForm(s, s.tokenIndexAt(o.span().end() - 1) + 1);
        if (!o.source().equals("acronym-long-form") || k + 2 >= s.size() || !s.token(k).word().equals(",")
                || !INDEFINITE_ARTICLES.contains(s.token(k + 1).lower())) {
            return false;
        }
        int head = -1;
        for (int j = k + 2; j < s.size() && j <= k + 6; j++) {
            Token t = s.token(j);
            if (TRAINING_TASK_WORDS.contains(t.lower()) || t.lower().endsWith("supervised")) {
                return false;
            }
            // (a benchmark's task is data: "DynaSent ('Dynamic Sentiment'), a new English-language benchmark task")
            if (t.pos().startsWith("NN") && DefinitionFilter.DATASET_NOUNS.contains(t.lemma())) {
                return false;
            }
            if (t.pos().startsWith("NN")) {
                head = j;
            } else if (head >= 0 || !(t.pos().startsWith("JJ") || t.pos().startsWith("RB") || t.pos().equals("VBN")
                    || t.pos().equals("HYPH"))) {
                break;
            }
        }
        boolean coordinated = head >= 0 && head + 1 < s.size() && s.token(head + 1).pos().equals("CC");
        return head >= 0 && !coordinated && POSED_TASKS.contains(s.token(head).lemma());
    }

    /**
     * True when ", a" or ", an", a few modifiers and a method noun follow the name that ends at {@code last}: "CORA, a
     * DETR-style framework that …".
     */
    private static boolean appositionCallsItAMethod(Sentence s, int last) {
        int k = last + 1;
        if (k + 2 >= s.size() || !s.token(k).word().equals(",")
                || !INDEFINITE_ARTICLES.contains(s.token(k + 1).lower())) {
            return false;
        }
        for (int j = k + 2; j < s.size() && j <= k + 7; j++) {
            Token t = s.token(j);
            if (t.pos().startsWith("NN") && METHOD_HEADS.contains(t.lemma())
                    && (j + 1 >= s.size() || !s.token(j + 1).pos().startsWith("NN"))) {
                return true;
            }
            if (!(t.pos().startsWith("JJ") || t.pos().startsWith("NN") || t.pos().equals("HYPH")
                    || t.pos().equals("VBN"))) {
                return false;
            }
        }
        return false;
    }

    /**
     * True when the name at {@code first} names, set off by a comma, a parenthesis or "namely", a method noun in the
     * singular that the authors propose: "we propose a novel … framework, namely COLA", "we propose the first
     * certification framework, COPA, to …", "we propose an efficient adversarial attack algorithm (ARC)".
     */
    private static boolean namesTheAuthorsMethodNoun(Sentence s, int first) {
        int namely = ProposalCues.namelyBefore(s, first);
        int k = (namely >= 0 ? namely : first) - 1;
        if (k < 1 || !(s.token(k).word().equals(",") || s.token(k).word().equals("("))
                || !s.token(k - 1).pos().equals("NN") || !METHOD_HEADS.contains(s.token(k - 1).lemma())) {
            return false;
        }
        for (int j = k - 2; j >= 0 && j >= k - 10; j--) {
            Token t = s.token(j);
            if (ProposalCues.TRIGGERS.contains(t.lemma()) && t.pos().startsWith("VB")) {
                return AuthorSubject.before(s, j) == AuthorSubject.AUTHORS;
            }
            if (!(t.pos().startsWith("JJ") || t.pos().startsWith("NN") || t.pos().equals("HYPH")
                    || t.pos().equals("VBN") || t.pos().equals("CC") || t.pos().equals("RB")
                    || ARTICLES.contains(t.lower()) || t.word().equals(","))) {
                return false;
            }
        }
        return false;
    }

    /** Verbs that sort things into classes, whose "into" lists the classes. */
    private static final Set<String> SORTING_VERBS = Set.of("classify", "categorize", "categorise", "group", "sort",
            "cluster");

    /**
     * True when the name stands in the list of classes after a verb of sorting and "into": "The task is to classify
     * comments into Not Offensive (NO), Offensive Untargeted (OU), Offensive Targeted Individual (OTI), …" (labels
     * of classes, no methods), at most forty tokens on and within the sentence's clause; only a label the list spells
     * out (not the examples of a class, "categorized into general-domain (BERT, TNLR), mixed-domain (…)").
     */
    static boolean namesAClass(NameOccurrence o) {
        if (!o.source().equals("acronym-long-form")) {
            return false;
        }
        Sentence s = o.sentence();
        int first = s.tokenIndexAt(o.span().begin());
        for (int k = first - 1; k >= 1 && first - k <= 40; k--) {
            Token t = s.token(k);
            if (t.lower().equals("into")) {
                for (int v = k - 1; v >= 0 && v >= k - 6; v--) {
                    if (SORTING_VERBS.contains(s.token(v).lemma()) && s.token(v).pos().startsWith("VB")) {
                        return true;
                    }
                }
                return false;
            }
            boolean verb = FINITE_VERB_TAGS.contains(t.pos()) && Character.isLowerCase(t.word().charAt(0));
            if (t.word().equals(";") || verb) {
                return false;
            }
        }
        return false;
    }

    /** Things posed that are tasks to solve (a new setting the authors name is their proposal, as a method is). */
    private static final Set<String> POSED_TASKS = Set.of("task", "problem");
    /** Words before "task" that make it one a model is trained on, part of a method. */
    static final Set<String> TRAINING_TASK_WORDS = Set.of("pre-training", "pretraining", "pretext",
            "auxiliary", "proxy", "surrogate", "training");

    /** Verbs of looking into something, not making it. */
    private static final Set<String> STUDYING_VERBS = Set.of("study", "consider", "investigate", "examine", "explore",
            "address", "tackle");

    /**
     * True when the verb at {@code k} opens an infinitive ("to automatically design") in a sentence whose authors study
     * a problem, task or setting: "We study the problem of quantum architecture search (QAS) for VQA to automatically
     * design …". The infinitive says what the problem is for.
     */
    static boolean purposeOfAStudiedProblem(Sentence s, int k) {
        int to = k - 1;
        while (to > 0 && s.token(to).pos().startsWith("RB")) {
            to--;
        }
        if (to < 4 || !s.token(to).lower().equals("to")) {
            return false;
        }
        for (int v = 1; v + 2 < to; v++) {
            if (s.token(v - 1).lower().equals("we") && STUDYING_VERBS.contains(s.token(v).lemma())) {
                int noun = ARTICLES.contains(s.token(v + 1).lower()) ? v + 2 : v + 1;
                return POSED_THINGS.contains(s.token(noun).lemma());
            }
        }
        return false;
    }

    /** Participles that give a thing its name in the passive: "is known as", "is called", "is referred to as". */
    private static final Set<String> PASSIVE_NAMING = Set.of("known", "called", "termed", "dubbed", "named", "referred",
            "coined", "denoted");

    /**
     * True when the naming participle that ends at {@code k} (before the name, past its "as") is said of a problem, a
     * setting or a phenomenon the text points back at: "This real-world scenario is known as Continual Federated
     * Learning (CFL)", "This setting is called …", "this problem is often referred to as …".
     */
    private static boolean passiveNamingOfAPosedThing(Sentence s, int k) {
        if (k >= 0 && s.token(k).lower().equals("to")) {
            k--;
        }
        if (k < 3 || !PASSIVE_NAMING.contains(s.token(k).lower())) {
            return false;
        }
        k--;
        while (k >= 2 && s.token(k).pos().startsWith("RB")) {
            k--; // "is also known as", "is commonly referred to as"
        }
        if (!s.token(k).lemma().equals("be")) {
            return false;
        }
        k--;
        return POSED_THINGS.contains(s.token(k).lemma()) && pointingWordBefore(s, k - 1) >= 0;
    }

    /**
     * The index of the word that points back ("this", "such") before the adjectives and participles that end at
     * {@code k}, or -1: "this real-world scenario", "such a setting".
     */
    private static int pointingWordBefore(Sentence s, int k) {
        while (k >= 0 && (s.token(k).pos().startsWith("JJ") || s.token(k).pos().equals("VBN")
                || s.token(k).pos().equals("HYPH"))) {
            k--;
        }
        return k >= 0 && POINTING_WORDS.contains(s.token(k).lower()) ? k : -1;
    }

    /**
     * True when a name that the gazetteer does not know stands right before the word "problem": "the MAP problem",
     * "the P3P problem" (not "the CycleGAN problem", "the MAML problem", methods whose problem is meant).
     */
    boolean unknownNameBeforeTheWordProblem(NameOccurrence o) {
        return lexicon.lookup(o.name()) == null && rightBeforeTheWord(o, "problem");
    }

    /**
     * True when the name, a whole word, stands right before the word {@code noun} in lower case ("task",
     * "problem"): "for the HMR task", "the Image-Text Matching (ITM) task", "the MAP problem" (not "an SVD-based
     * task re-weighting").
     */
    static boolean rightBeforeTheWord(NameOccurrence o, String noun) {
        return rightBeforeOneOf(o, Set.of(noun));
    }

    /** The index of the name's last token when the name ends where that token ends (a whole word), else -1. */
    private static int lastTokenOfWholeName(NameOccurrence o) {
        Sentence s = o.sentence();
        int last = s.tokenIndexAt(o.span().end() - 1);
        return last >= 0 && s.token(last).end() == o.span().end() ? last : -1;
    }

    /** Nouns for a part of a model: "an Object-Aware Knowledge Extraction (OAKE) module". */
    static final Set<String> COMPONENT_NOUNS = Set.of("module", "block", "layer", "unit", "branch", "mechanism",
            "component");

    /**
     * True when the name, a whole word, stands right before one of {@code nouns} in lower case (see
     * {@link #rightBeforeTheWord}).
     */
    static boolean rightBeforeOneOf(NameOccurrence o, Set<String> nouns) {
        Sentence s = o.sentence();
        int last = lastTokenOfWholeName(o);
        if (last < 0) {
            return false;
        }
        int k = pastItsShortForm(s, last + 1);
        return k < s.size() && nouns.contains(s.token(k).lemma()) && Character.isLowerCase(s.token(k).word().charAt(0));
    }

    /** True when "License" or "Licenses" in capitals follows the name: "released under AI2 ImpACT Licenses". */
    private static boolean rightBeforeACapitalisedLicence(NameOccurrence o) {
        Sentence s = o.sentence();
        int last = lastTokenOfWholeName(o);
        if (last < 0 || last + 1 >= s.size()) {
            return false;
        }
        String next = s.token(last + 1).lower();
        return next.startsWith("licen") && (next.endsWith("ce") || next.endsWith("ces") || next.endsWith("se")
                || next.endsWith("ses"));
    }

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
     * Verbs whose subject performs better than their object: the subject a method, never a task; the object a
     * baseline.
     */
    private static final Set<String> OUTPERFORMING_VERBS = Set.of("outperform", "surpass");

    /**
     * True when the name, a whole word, is the subject of "outperforms" or "surpasses", an adverb allowed between:
     * "CLAP consistently outperforms the baselines" makes the short form of "a model for Compositional Law Parsing
     * (CLAP)" the model's name, though its long form names a task.
     */
    static boolean outperformsSomething(NameOccurrence o) {
        Sentence s = o.sentence();
        int last = lastTokenOfWholeName(o);
        if (last < 0) {
            return false;
        }
        int k = last + 1;
        while (k < s.size() && s.token(k).pos().startsWith("RB")) {
            k++;
        }
        return outperformingVerbAt(s, k);
    }

    /** True when the token at {@code k} is "outperforms", "surpassed" or the like, read as a verb. */
    static boolean outperformingVerbAt(Sentence s, int k) {
        return k >= 0 && k < s.size() && s.token(k).pos().startsWith("VB")
                && OUTPERFORMING_VERBS.contains(s.token(k).lemma());
    }

    /** Last words of names of phenomena and claims, which are no methods: "Low-Norm Effect", "Lottery Ticket Hypothesis". */
    private static final Set<String> PHENOMENON_WORDS = Set.of("effect", "phenomenon", "hypothesis", "paradox", "law",
            "theorem", "lemma", "conjecture", "dilemma", "curse");

    /** True when a name of several words ends in a phenomenon's word: "a phenomenon, called the Low-Norm Effect". */
    static boolean namesAPhenomenon(NameOccurrence o) {
        String name = o.name();
        int space = name.lastIndexOf(' ');
        return space > 0 && PHENOMENON_WORDS.contains(name.substring(space + 1).toLowerCase(Locale.ROOT));
    }

    /** Nouns of what is observed to happen, which a name given to one names no method: "this phenomenon". */
    private static final Set<String> PHENOMENON_NOUNS = Set.of("phenomenon", "effect");

    /**
     * True when the text names a phenomenon by the name, whatever words the name ends in: "Termed as the Implicit
     * Identity Leakage, this phenomenon has been verified …", "a phenomenon we call Quill Collapse", "we call this
     * phenomenon X", "this effect is known as X".
     */
    static boolean calledAPhenomenon(NameOccurrence o, AnnotatedText text) {
        Sentence at = o.sentence();
        if (calledAPhenomenon(at, at.tokenIndexAt(o.span().begin()), at.tokenIndexAt(o.span().end() - 1))) {
            return true;
        }
        // (a title's name, which the abstract writes again where it says so: "Implicit Identity Leakage: The Stumbling
        // Block to …" above "Termed as the Implicit Identity Leakage, this phenomenon …")
        if (!o.source().equals("title-prefix")) {
            return false;
        }
        String[] words = Names.WHITESPACE.split(o.name());
        for (Sentence s : text.sentences()) {
            for (int i = 0; i + words.length <= s.size(); i++) {
                int n = 0;
                while (n < words.length && s.token(i + n).word().equals(words[n])) {
                    n++;
                }
                if (n == words.length && s.index() > 0 && calledAPhenomenon(s, i, i + n - 1)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean calledAPhenomenon(Sentence s, int first, int last) {
        int k = first - 1;
        while (k >= 0 && (s.token(k).lower().equals("as") || ARTICLES.contains(s.token(k).lower()))) {
            k--;
        }
        if (k < 0) {
            return false;
        }
        // "we call this phenomenon X", "this phenomenon is called X": the pointing noun phrase before the naming
        if (namedAsAPosedThing(s, first)) {
            for (int j = k; j >= 0 && j >= k - 3; j--) {
                if (PHENOMENON_NOUNS.contains(s.token(j).lemma())) {
                    return true;
                }
            }
        }
        // "a phenomenon (that) we call X"
        if (k >= 2 && ProposalCues.NAMING_VERBS.contains(s.token(k).lemma()) && s.token(k - 1).lower().equals("we")) {
            String between = s.token(k - 2).lower();
            int noun = k >= 3 && (between.equals("that") || between.equals("which")) ? k - 3 : k - 2;
            return noun >= 0 && PHENOMENON_NOUNS.contains(s.token(noun).lemma());
        }
        // "Termed as the X, this phenomenon …": a naming participle that opens the sentence
        if (k == 0 && PASSIVE_NAMING.contains(s.token(k).lower()) && last + 2 < s.size()
                && s.token(last + 1).word().equals(",")) {
            int j = last + 2;
            if (!POINTING_WORDS.contains(s.token(j).lower())) {
                return false;
            }
            j++;
            while (j < s.size() && (s.token(j).pos().startsWith("JJ") || s.token(j).pos().equals("VBN"))) {
                j++;
            }
            return j < s.size() && PHENOMENON_NOUNS.contains(s.token(j).lemma());
        }
        return false;
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

    /** Nouns of hardware, which a name right before them makes a device, not a method: "an ARM Cortex-M4f device". */
    private static final Set<String> HARDWARE_NOUNS = Set.of("device", "chip", "processor", "microcontroller", "sensor",
            "board", "accelerator", "gpu", "cpu", "tpu", "hardware", "robot", "headset", "camera", "smartphone",
            "phone", "laptop", "tablet");

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

    /**
     * True when a form of "be" at {@code k} says what comes before is devices: "Continuous glucose monitors (CGM) are
     * small medical devices that …" (past an article and up to three lower-case modifiers).
     */
    private static boolean saidToBeDevices(Sentence s, int k) {
        if (!s.token(k).lemma().equals("be")) {
            return false;
        }
        int j = k + 1 < s.size() && ARTICLES.contains(s.token(k + 1).lower()) ? k + 2 : k + 1;
        for (int end = j + 3; j < s.size() && j <= end; j++) {
            Token t = s.token(j);
            if (!Character.isLowerCase(t.word().charAt(0))) {
                return false;
            }
            if (t.pos().startsWith("NN") && HARDWARE_NOUNS.contains(t.lemma())) {
                return true;
            }
            if (!t.pos().startsWith("JJ") && !t.pos().startsWith("NN")) {
                return false;
            }
        }
        return false;
    }

    /** Nouns of research projects, programmes and meetings: "the KYOTO project", "the CLARIN initiative". */
    private static final Set<String> PROJECT_NOUNS = Set.of("project", "initiative", "programme", "mission", "workshop",
            "conference", "symposium", "meeting", "consortium");
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
     * A long form that names a meeting by its subject: "Workshop on Asian Translation 2021", "the Conference on
     * Machine Translation", "International Symposium on Quill Studies" (a few words may stand before the noun).
     */
    private static boolean spellsOutAMeeting(String longForm) {
        String[] words = Names.WHITESPACE.split(longForm.toLowerCase(Locale.ROOT));
        for (int j = 0; j + 1 < words.length && j <= 3; j++) {
            if (PROJECT_NOUNS.contains(words[j]) && (words[j + 1].equals("on") || words[j + 1].equals("of"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Nouns after a name that make it the name of a claim, a condition or an observed effect, not of a method or
     * dataset: "the PL condition", "the Neural Collapse (NC) phenomenon", "the GLT hypothesis", "the MLI property",
     * "the AWGN assumption". Nouns only: "DALL-E conditions on text" is the method at work.
     */
    private static final Set<String> STATEMENT_NOUNS = Set.of("phenomenon", "condition", "hypothesis", "property",
            "assumption", "conjecture");
    /**
     * A coined name, then a year: "DUC 2004", "ImageCLEF 2017", "SemEval 2014", "CoNLL-2003", written against it too,
     * "AutoSimulTrans2021", or its last two digits after an apostrophe, "WAT'21" (not "GPT-4", "Llama 2").
     */
    private static final Pattern EDITION = Pattern.compile(
            "\\p{Lu}[\\p{L}\\d-]*\\p{Lu}[\\p{L}\\d-]*(?:[ -](19|20)\\d\\d|\\p{L}(19|20)\\d\\d|'\\d\\d)");
    /** A cut-off after an at sign: "1", "10", "K". */
    private static final Pattern CUT_OFF = Pattern.compile("\\d+|[kKnN]");

    /** True when an at sign and a cut-off follow the name, glued to it: "Recall1@1", "Quill@K". */
    private static boolean atACutOff(NameOccurrence o) {
        Sentence s = o.sentence();
        int last = s.tokenIndexAt(o.span().end() - 1);
        return last + 2 < s.size() && s.token(last).end() == o.span().end() && s.token(last + 1).word().equals("@")
                && s.token(last + 1).begin() == o.span().end() && s.token(last + 2).begin() == s.token(last + 1).end()
                && CUT_OFF.matcher(s.token(last + 2).word()).matches();
    }

    /** A name that ends in "-Score": "TM-Score", "SWAP-Score". */
    private static final Pattern SCORE_BY_NAME = Pattern.compile("\\S+-[Ss]core");
    /** A score: a percentage, or a number with decimals. */
    private static final Pattern SCORE = Pattern.compile("\\d+\\.\\d+%?|\\d+%");
    /**
     * Words after one of the {@link #STATEMENT_NOUNS} that make it a verb, whatever its tag ("QuillGen conditions on
     * text").
     */
    private static final Set<String> VERB_OBJECT_STARTS = Set.of("on", "upon", "the", "a", "an", "its", "their");

    /**
     * True when the words after a name make it a metric or quantity ("the ADE metric", "F1 score"), or a statement
     * about one ({@link #STATEMENT_NOUNS}).
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
     * True when the name at {@code first} is what a comparison is made in terms of, alone or in a list of such
     * things: "outperforms the baselines in terms of MAP and Spearman's correlation", "in terms of BLEU, TER and
     * METEOR".
     */
    private static boolean afterInTermsOf(Sentence s, int first) {
        int k = first - 1;
        while (k >= 3 && first - k <= 8 && (s.token(k).word().equals(",")
                || ProposalCues.AND_OR.contains(s.token(k).lower())
                || Character.isUpperCase(s.token(k).word().charAt(0)))) {
            k--;
        }
        return k >= 2 && s.token(k).lower().equals("of") && s.token(k - 1).lower().equals("terms")
                && s.token(k - 2).lower().equals("in");
    }

    /** Plural nouns whose examples are measures: "metrics such as ROUGE, MAP and BertScore". */
    private static final Set<String> MEASURE_PLURALS = Set.of("metrics", "measures");

    /**
     * True when the name at {@code first} is one of the examples listed after "metrics" or "measures" ("metrics such as
     * MRR, MAP, coverage", "measures, e.g., MELA", or in apposition, "two key metrics, the SID and SHD"): the list runs
     * back to "such as", "including", "like" or "e.g.", or to the comma after the noun, over items and commas alone, no
     * verb or preposition between.
     */
    private static boolean listedAsAMetric(Sentence s, int first) {
        for (int k = first - 1; k >= 1 && k >= first - 16; k--) {
            Token t = s.token(k);
            boolean intro = s.suchAsAt(k - 1) || s.exampleWordAt(k);
            if (intro) {
                int noun = s.suchAsAt(k - 1) ? k - 2 : k - 1;
                while (noun >= 0 && (s.token(noun).word().equals(",") || s.token(noun).word().equals("("))) {
                    noun--;
                }
                return noun >= 0 && MEASURE_PLURALS.contains(s.token(noun).lower());
            }
            // (or in apposition to it: "the Pareto frontier of two key metrics, the SID and SHD")
            if (t.word().equals(",") && MEASURE_PLURALS.contains(s.token(k - 1).lower())) {
                return onlyNamesAndListWords(s, k + 1, first);
            }
            String pos = t.pos();
            if (pos.startsWith("VB") || pos.equals("IN") || pos.equals("TO") || pos.equals(".") || pos.equals(":")) {
                return false;
            }
        }
        return false;
    }

    /**
     * True when tokens {@code from} (inclusive) to {@code to} (exclusive) are articles, conjunctions, commas and
     * capitalised words only: the items of a list ("the SID and SHD"), not a clause ("we design efficient algorithms").
     */
    private static boolean onlyNamesAndListWords(Sentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            Token t = s.token(k);
            if (!(t.pos().equals("DT") || t.pos().equals("CC") || t.word().equals(",")
                    || Character.isUpperCase(t.word().charAt(0)))) {
                return false;
            }
        }
        return true;
    }

    /**
     * "we propose an information propagation (InfoPro) loss", "We design an explicit identity contrast (EIC) loss", "the
     * resulting new loss called KFIoU loss": a loss that the authors make is their method, not a quantity (but "the CE
     * loss", "we adopt a KL loss").
     */
    private static boolean aLossTheAuthorsCreate(Sentence s, int first, int next) {
        return s.token(next).lemma().equals("loss") && createdByTheAuthors(s, first);
    }

    /**
     * True when a verb of making whose subject is the authors comes shortly before the name at {@code first}, no
     * comma, semicolon or colon between ("we propose an information propagation (InfoPro) loss", "we propose a …
     * ranking score (DDSAR-Score)"), or a naming word after a word of novelty ("The resulting new loss called …").
     */
    private static boolean createdByTheAuthors(Sentence s, int first) {
        for (int k = first - 1; k >= 0 && k >= first - 8; k--) {
            String w = s.token(k).word();
            if (w.equals(",") || w.equals(";") || w.equals(":")) {
                return false;
            }
            if (ProposalCues.CREATING_VERBS.contains(s.token(k).lemma())) {
                return AuthorSubject.before(s, k) == AuthorSubject.AUTHORS;
            }
            // (or a naming word after a new loss: "The resulting new loss called KFIoU loss is easier to implement")
            if (ProposalCues.namingWordAt(s, k)) {
                for (int j = k - 1; j >= 0 && j >= k - 4; j--) {
                    if (ProposalCues.NOVELTY.contains(s.token(j).lower())) {
                        return true;
                    }
                }
            }
        }
        return false;
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

    /** True when one of the {@link #STATEMENT_NOUNS} follows the name: "the PL condition", "the NC phenomenon". */
    static boolean namesAStatement(NameOccurrence o) {
        return statementNounAfter(o) != null;
    }

    /**
     * True when the name is what a phenomenon, condition or property is called, whatever else the paper says of it
     * ("the edge of stability (EOS) phenomenon"); not a hypothesis, whose name often stands for the methods that
     * test it too ("the Graph Lottery Ticket (GLT) hypothesis", then "compared to GLT, our DGLT …").
     */
    static boolean namesAStatementOnly(NameOccurrence o) {
        String noun = statementNounAfter(o);
        return noun != null && !noun.equals("hypothesis");
    }

    private static String statementNounAfter(NameOccurrence o) {
        Sentence s = o.sentence();
        int next = tokenAfterShortForm(o);
        boolean statement = next < s.size() && STATEMENT_NOUNS.contains(s.token(next).lemma())
                && s.token(next).pos().startsWith("NN")
                && (next + 1 >= s.size() || !VERB_OBJECT_STARTS.contains(s.token(next + 1).lower()));
        if (statement) {
            return s.token(next).lemma();
        }
        int noun = statementNounInApposition(s, next);
        return noun >= 0 ? s.token(noun).lemma() : null;
    }

    /**
     * The statement noun that heads an apposition after a name, or -1: "Syntactic Attention Structure (SAS), a
     * naturally emerging property of MLMs".
     */
    private static int statementNounInApposition(Sentence s, int next) {
        if (next + 2 >= s.size() || !s.token(next).word().equals(",")
                || !INDEFINITE_ARTICLES.contains(s.token(next + 1).lower())) {
            return -1;
        }
        for (int k = next + 2; k < s.size() && k <= next + 6; k++) {
            Token t = s.token(k);
            if (STATEMENT_NOUNS.contains(t.lemma()) && t.pos().startsWith("NN")) {
                return k + 1 >= s.size() || !s.token(k + 1).pos().startsWith("NN") ? k : -1;
            }
            if (!(t.pos().startsWith("JJ") || t.pos().startsWith("RB") || t.pos().equals("VBG")
                    || t.pos().equals("VBN") || t.pos().startsWith("NN"))) {
                return -1;
            }
        }
        return -1;
    }

    /** "a new metric, rFID, is presented", "our new metric, cosine similarity convergence (CSC).": the name in apposition after a metric noun. */
    private static boolean namedAfterAMetricNoun(Sentence s, int first, int next) {
        // (only "metric": "a new uncertainty measure, BalEntAcq," is an acquisition function)
        return first >= 2 && s.token(first - 1).word().equals(",") && s.token(first - 2).lemma().equals("metric")
                && (next >= s.size() || CLOSES_APPOSITION.contains(s.token(next).word()));
    }

    /**
     * True when the name at {@code first} follows "metric" right away or after a naming word ("a new evaluation metric
     * GRADE", "a novel metric called TCAS", "a metric “Monotonic Optimal Sequence” (MOS)").
     */
    private static boolean calledRightAfterAMetricNoun(Sentence s, int first) {
        int k = first - 1;
        if (k >= 0 && isQuote(s.token(k))) {
            k--;
        }
        if (k >= 1 && ProposalCues.namingWordAt(s, k)) {
            k--;
        }
        // (whatever the tagger makes of the noun before a name in capitals: "evaluation metric|JJ QUILLSCORE")
        return k >= 0 && s.token(k).lower().equals("metric");
    }

    /**
     * The token after a name, past a parenthesised short form or a closing parenthesis: "metric" in "Average Maximum
     * Eigenvalue (AMV) metric" for the long form and for the short form alike.
     */
    private static int tokenAfterShortForm(NameOccurrence o) {
        Sentence s = o.sentence();
        int next = s.tokenIndexAt(o.span().end() - 1) + 1;
        return next < s.size() && s.token(next).word().equals(")") ? next + 1 : pastParentheses(s, next);
    }

    /** The token after a parenthesised group that opens at {@code i} ("(AMV)"), or {@code i} when none opens there. */
    static int pastParentheses(Sentence s, int i) {
        if (i >= s.size() || !s.token(i).word().equals("(")) {
            return i;
        }
        int k = i;
        while (k < s.size() && !s.token(k).word().equals(")")) {
            k++;
        }
        return k + 1;
    }

    /**
     * The start of the noun phrase that begins at {@code start}, back past an adverb and the participle or adjective
     * it modifies, "weakly supervised", and the modifiers before them (a participle there is often tagged a past
     * tense).
     */
    private static int pastAnAdverbsParticiple(Sentence s, int start) {
        int k = start;
        while (k >= 2) {
            if (s.token(k - 1).pos().startsWith("RB") && s.token(k).pos().matches("JJ.*|VBN|VBD")) {
                k = startOfNounPhrase(s, k - 1);
            } else if (k >= 3 && s.token(k - 2).pos().startsWith("RB") && s.token(k - 1).pos().matches("JJ.*|VBN|VBD")) {
                k = startOfNounPhrase(s, k - 2);
            } else {
                return k;
            }
        }
        return k;
    }

    /**
     * The first token of the noun phrase whose head is at {@code head}: adjectives, participles, nouns, numbers and
     * parenthesised acronyms before it ("novel masked image modeling (MIM) approach"), determiners excluded.
     */
    static int startOfNounPhrase(Sentence s, int head) {
        int k = head;
        while (k > 0) {
            Token before = s.token(k - 1);
            if (isParenthesisedAcronym(s, k - 1)) {
                k -= 3;
            } else if (before.pos().startsWith("NN") || before.pos().startsWith("JJ") || before.pos().equals("VBG")
                    || before.pos().equals("VBN") || before.pos().equals("CD") || before.pos().equals("HYPH")) {
                k--;
            } else {
                break;
            }
        }
        return k;
    }

    /**
     * True when the token at {@code k} is a preposition inside a title-case name: capitalised words on both sides and
     * a parenthesised acronym ending the name within a few words ("a Temporal Domain Generalization with Drift-Aware
     * Dynamic Neural Network (DRAIN) framework").
     */
    static boolean continuesTitleCaseName(Sentence s, int k) {
        if (k < 1 || k + 1 >= s.size() || !NAME_PREPOSITIONS.contains(s.token(k).word())
                || !Character.isUpperCase(s.token(k - 1).word().charAt(0))
                || !Character.isUpperCase(s.token(k + 1).word().charAt(0))) {
            return false;
        }
        for (int j = k + 1; j < s.size() && j <= k + 7; j++) {
            if (s.token(j).word().equals("(")) {
                return parenthesisedName(s, j);
            }
            if (!Character.isUpperCase(s.token(j).word().charAt(0)) && !NAME_PREPOSITIONS.contains(s.token(j).word())) {
                return false;
            }
        }
        return false;
    }

    /**
     * True when the parenthesis that opens at {@code open} holds a short form or a coined name, emphasis marks aside:
     * "(MIM)", "(**BarLeRIa**)".
     */
    private static boolean parenthesisedName(Sentence s, int open) {
        boolean name = false;
        for (int j = open + 1; j < s.size() && j <= open + 4; j++) {
            String w = s.token(j).word();
            if (w.equals(")")) {
                return name;
            }
            if (Names.isAcronym(w) || Names.isCoined(w)) {
                name = true;
            } else if (!NameFinder.EMPHASIS_MARKS.contains(w)) {
                return false;
            }
        }
        return false;
    }

    /** True when the token at {@code close} closes a parenthesised acronym: "(MIM)". */
    static boolean isParenthesisedAcronym(Sentence s, int close) {
        return close >= 2 && s.token(close).word().equals(")") && s.token(close - 2).word().equals("(")
                && Names.isAcronym(s.token(close - 1).word());
    }

    /** The lemma of a word's last hyphenated part: "sub-datasets" is a kind of "dataset". */
    static String headLemma(Token t) {
        String lemma = t.lemma();
        int hyphen = lemma.lastIndexOf('-');
        return hyphen > 0 && hyphen < lemma.length() - 1 ? lemma.substring(hyphen + 1) : lemma;
    }

    /**
     * "consists of 310k/25k train/test images", "contains 3 million questions": a verb of holding, a number, and a
     * plural noun of data items within ten tokens; or a colon right before the number, "X: 4 terabytes of commits",
     * "X: 12,000 annotated dialogues", where the data's size may stand for its items; {@code from} is the token after
     * the name that opens at {@code first}.
     */
    private static boolean holdsDataItems(Sentence s, int first, int from) {
        if (from + 1 < s.size() && s.token(from).word().equals(":") && s.token(from + 1).pos().equals("CD")) {
            for (int k = from + 2; k < s.size() && k <= from + 4; k++) {
                if (DATA_ITEMS.contains(s.token(k).lower()) || DATA_SIZES.contains(s.token(k).lower())) {
                    return true;
                }
            }
            return false;
        }
        // (past a comma and a relative pronoun: "X that comprises 9,262 CT volumes", "X, which contains 1,455
        // broadcast transcripts", "X, containing 14,000 words"; not where the clause may be about a longer name
        // that ends in this one, "the Index Thomisticus by Roberto Busa SJ, which contains …")
        int verb = from;
        if (verb < s.size() && s.token(verb).word().equals(",")) {
            verb++;
        }
        if (verb < s.size() && ProposalCues.RELATIVE_PRONOUNS.contains(s.token(verb).lower())) {
            verb++;
        }
        if (verb > from && first > 0 && s.token(first - 1).pos().startsWith("NNP")) {
            return false;
        }
        if (verb >= s.size() || !HOLDING_VERBS.contains(s.token(verb).lemma())) {
            return false;
        }
        boolean number = false;
        for (int k = verb + 1; k < s.size() && k <= verb + 10; k++) {
            Token t = s.token(k);
            number |= t.pos().equals("CD") || Character.isDigit(t.word().charAt(0));
            if (number && (DATA_ITEMS.contains(t.lower()) || COUNTED_ITEMS.contains(t.lower())
                    || DATA_SIZES.contains(t.lower()))) {
                return true;
            }
            // (a participle may describe the items, "9,262 computed tomography (CT) volumes", "3,000 annotated
            // sentences"; a finite verb ends the clause)
            if (t.word().equals(",") || t.word().equals(".")
                    || t.pos().startsWith("VB") && !t.pos().equals("VBN") && !t.pos().equals("VBG")) {
                return false;
            }
        }
        return false;
    }

    /**
     * True when counted data items come right before "from" (and "the") before the token at {@code first}: "7,962
     * scientific abstracts from CODA-19" (a few modifiers may stand between the number and the items).
     */
    private static boolean countedItemsDrawnFrom(Sentence s, int first) {
        int from = first >= 2 && s.token(first - 1).lower().equals("the") ? first - 2 : first - 1;
        if (from < 2 || !s.token(from).lower().equals("from") || !DATA_ITEMS.contains(s.token(from - 1).lower())) {
            return false;
        }
        for (int k = from - 2; k >= 0 && k >= from - 4; k--) {
            Token t = s.token(k);
            if (t.pos().equals("CD") || Character.isDigit(t.word().charAt(0))) {
                return true;
            }
            if (!t.pos().startsWith("JJ") && !t.pos().startsWith("NN")) {
                return false;
            }
        }
        return false;
    }

    /**
     * The index past a name's short form in parentheses that starts at {@code k} ("Theory of Mind (ToM) by …"), or past
     * the closing parenthesis at {@code k} after a short form itself ("(ToM) by …"); else {@code k}.
     */
    static int pastItsShortForm(Sentence s, int k) {
        if (k + 2 < s.size() && s.token(k).word().equals("(") && s.token(k + 2).word().equals(")")) {
            return k + 3;
        }
        return k < s.size() && s.token(k).word().equals(")") ? k + 1 : k;
    }

    /**
     * The index after a version at {@code k} ("2.0", "v2"; "v1.0", which the tokenizer splits into "v" and "1.0"), or
     * {@code k} when none stands there.
     */
    private static int afterVersion(Sentence s, int k) {
        if (k + 1 < s.size() && Names.isVersion(s.token(k).word())) {
            return k + 1;
        }
        boolean splitVersion = k + 2 < s.size() && s.token(k).lower().equals("v") && s.token(k + 1).pos().equals("CD")
                && s.token(k + 1).begin() == s.token(k).end();
        return splitVersion ? k + 2 : k;
    }

    /**
     * True when a set or a collection at {@code k} is one "of" data items, counted or described: "a set of 1,690
     * questions", "a set of simple, entity-rich questions" (not "a set of agents").
     */
    private static boolean setOfDataItems(Sentence s, int k) {
        String lemma = s.token(k).lemma();
        if (!(lemma.equals("set") || lemma.equals("collection")) || k + 2 >= s.size()
                || !s.token(k + 1).lower().equals("of")) {
            return false;
        }
        for (int j = k + 2; j < s.size() && j <= k + 7; j++) {
            Token t = s.token(j);
            if (DATA_ITEMS.contains(t.lower())) {
                return true;
            }
            if (!(t.pos().equals("CD") || t.pos().startsWith("JJ") || t.word().equals(",") || t.word().contains("-"))) {
                return false;
            }
        }
        return false;
    }

    /**
     * True when the two words "data set" or "data sets" end at token {@code k}, whatever the tag of "set" (the tagger
     * often reads it as a participle after "data").
     */
    private static boolean dataSetEndsAt(Sentence s, int k) {
        return k >= 1 && (s.token(k).lower().equals("set") || s.token(k).lower().equals("sets"))
                && s.token(k - 1).lower().equals("data");
    }

    /** True when a dataset noun starts at token {@code i}: "benchmark", "corpus", or the two words "data set(s)". */
    private static boolean datasetNounAt(Sentence s, int i) {
        if (i >= s.size()) {
            return false;
        }
        // (a shared task is an evaluation campaign with its data: "the CoNLL shared task", "the HOO and BEA shared
        // tasks", "the PARSEME shared-task";
        // so is a split's set: "the WSJ test set", "the X and Y test sets")
        // (not a verb the tagger reads as a noun, which an article follows: "TSViT splits a SITS record into …")
        boolean verb = i + 1 < s.size() && ARTICLES.contains(s.token(i + 1).lower());
        return namesDatasets(headLemma(s.token(i)).toLowerCase(Locale.ROOT)) && !verb
                || i + 1 < s.size() && dataSetEndsAt(s, i + 1)
                || (s.token(i).lower().equals("shared") && i + 1 < s.size() && s.token(i + 1).lemma().equals("task"))
                || s.token(i).lower().startsWith("shared-task")
                || splitSetAt(s, i);
    }

    /**
     * True when a parenthesised gloss opens at {@code i}, a proper name that a capitalised dataset noun ends: "ASDiv
     * (Academia Sinica Diverse MWP Dataset)" (not "X (PSNR 26.15 on the forward-facing dataset)").
     */
    private static boolean glossedAsADataset(Sentence s, int i) {
        int close = pastParentheses(s, i) - 1;
        return close > i + 2 && close < s.size() && s.token(close).word().equals(")")
                && Character.isUpperCase(s.token(i + 1).word().charAt(0))
                && HeadedPhraseFinder.endsADatasetName(s.token(close - 1));
    }

    /** A campaign's numbered task: "SemEval-2021 Task 6", "IJCNLP-2017 Task 1", "WNUT-2020 Task 2". */
    private static final Pattern NUMBERED_TASK = Pattern.compile(".*\\S\\s+[Tt]ask\\s*\\d+[A-Za-z]?");

    /** The most words of a shared task's title that a name in parentheses after it is looked for past. */
    private static final int MAX_TASK_TITLE_WORDS = 12;

    /**
     * True when the name at {@code first} follows "Task 3:", "Task3:" ("Subtask2:") or "Task 9 of SemEval-2021:", the
     * number of a shared task, in the abstract (in a title, "X at SemEval-2020 Task 7: …" goes on with the paper's own
     * title), or stands in parentheses after the task's title there: "task 9: Statement Verification with Tables
     * (SEM-TAB-FACT)", or after its number: "SemEval 2021 Task 8 (MeasEval)".
     */
    static boolean namesANumberedTask(Sentence s, int first) {
        // (or right after the task's number: "the system for SemEval 2021 Task 8 (MeasEval)")
        if (s.index() > 0 && first >= 3 && s.token(first - 1).word().equals("(")
                && s.token(first - 3).lower().equals("task")
                && s.token(first - 2).word().chars().allMatch(Character::isDigit)) {
            return true;
        }
        if (s.index() > 0 && first >= 4 && s.token(first - 1).word().equals("(")) {
            int k = first - 2;
            while (k > 0 && first - k <= MAX_TASK_TITLE_WORDS
                    && (Character.isUpperCase(s.token(k).word().charAt(0))
                            || Names.FUNCTION_WORDS.contains(s.token(k).lower()))) {
                k--;
            }
            return k < first - 2 && s.token(k).word().equals(":") && namesANumberedTask(s, k + 1);
        }
        if (s.index() == 0 || first < 2 || !s.token(first - 1).word().equals(":")) {
            return false;
        }
        String before = s.token(first - 2).word();
        // (and "Task 9 of SemEval-2021: …", the task numbered within its workshop)
        int number = first >= 5 && s.token(first - 3).lower().equals("of") ? first - 4 : first - 2;
        return NameFinder.NUMBERED_PART.matcher(before).matches()
                || (number >= 1 && s.token(number - 1).lower().equals("task")
                        && s.token(number).word().chars().allMatch(Character::isDigit));
    }

    /** True when a word for a split and "set" or "sets" start at {@code i}: "test set", "development sets". */
    private static boolean splitSetAt(Sentence s, int i) {
        return SPLIT_WORDS.contains(s.token(i).lower()) && i + 1 < s.size() && s.token(i + 1).lemma().equals("set");
    }

    /**
     * "X as development set", "Y as the test data": a name used as a split of the data (an article may come between).
     */
    private static boolean usedAsASplit(Sentence s, int next) {
        if (next + 2 >= s.size() || !s.token(next).lower().equals("as")) {
            return false;
        }
        int k = ARTICLES.contains(s.token(next + 1).lower()) ? next + 2 : next + 1;
        return k + 1 < s.size() && (splitSetAt(s, k)
                || (SPLIT_WORDS.contains(s.token(k).lower()) && s.token(k + 1).lower().equals("data")));
    }

    /**
     * "X and Y are used as databases for …", "X is used as the training corpus": names a passive of "use" says are
     * data (the name may be the first of two).
     */
    private static boolean saidToBeUsedAsData(Sentence s, int next) {
        int k = next + 1 < s.size() && s.token(next).lower().equals("and")
                && Character.isUpperCase(s.token(next + 1).word().charAt(0)) ? next + 2 : next;
        if (k + 3 >= s.size() || !s.token(k).lemma().equals("be") || !s.token(k + 1).lower().equals("used")
                || !s.token(k + 2).lower().equals("as")) {
            return false;
        }
        for (int j = k + 3; j < s.size() && j <= k + 6; j++) {
            if (namesDatasets(s.token(j).lemma()) || s.token(j).lower().equals("data")) {
                return true;
            }
            if (!ARTICLES.contains(s.token(j).lower()) && !s.token(j).pos().startsWith("JJ")
                    && !s.token(j).pos().startsWith("NN")) {
                return false;
            }
        }
        return false;
    }

    /**
     * True when a comma at {@code comma} before a name may open an apposition to what comes before it: not when the
     * comma ends what the sentence opens with ({@link #endsTheSentenceOpening}), unless a comma at {@code afterName},
     * the token after the name, closes it again ("On a harder benchmark, X, which …"; not "To handle larger games,
     * X (Y) only considers …", where the name opens the main clause).
     */
    static boolean mayOpenAnApposition(Sentence s, int comma, int afterName) {
        return !endsTheSentenceOpening(s, comma) || (afterName < s.size() && s.token(afterName).word().equals(","));
    }

    /**
     * True when the comma at {@code comma} ends what a sentence opens with before its main clause: a phrase that starts
     * with "to" or a preposition and has no finite verb ("To handle larger games,", "On the three benchmarks,"), or a
     * clause that a subordinating word opens ("While the latter two exploit our framework,"). What follows starts the
     * main clause, no apposition. Not "For evaluation we use a dataset, X, …", whose verb is finite.
     */
    private static boolean endsTheSentenceOpening(Sentence s, int comma) {
        if (comma < 2 || !(s.token(0).pos().equals("TO") || s.token(0).pos().equals("IN"))) {
            return false;
        }
        boolean subordinate = SUBORDINATORS.contains(s.token(0).lower());
        for (int k = 1; k < comma; k++) {
            if (s.token(k).word().equals(",") || (!subordinate && FINITE_VERB_TAGS.contains(s.token(k).pos()))) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when a coined name with a number stands in the noun phrase that ends at the noun {@code noun}: "the SST-2
     * sentiment dataset" is named already, so a name in apposition after it ("…, STraTA, with only 8 examples per
     * class, …") is the subject of the clause, not the dataset's name. An acronym of letters only says what the data
     * is about, "the first UHD LLIE dataset, X", "a MARL environment, X", as does a dimension, "a 3D dataset, X".
     */
    private static boolean namedInItsPhrase(Sentence s, int noun) {
        for (int k = noun - 1; k >= 0; k--) {
            Token t = s.token(k);
            if (!(t.pos().startsWith("NN") || t.pos().startsWith("JJ") || t.pos().equals("CD")
                    || t.word().indexOf('-') > 0)) {
                return false;
            }
            String w = t.word();
            if (Names.isCoined(w) && w.chars().anyMatch(Character::isDigit)
                    && w.chars().filter(Character::isLetter).count() >= 2) {
                return true;
            }
        }
        return false;
    }

    /** Words that open a subordinate clause before the main one: "While …, X does …". */
    private static final Set<String> SUBORDINATORS = Set.of("while", "although", "though", "whereas", "since",
            "because", "if", "when", "once", "unless");

    /**
     * True when the noun phrase that starts at {@code k}, after a title's colon, ends in a dataset noun: "Multilingual
     * Language Model Dataset", "Large-scale Medical Dialogue Datasets for …". Not a phrase that opens with a gerund,
     * "Unifying Object Detection Datasets via …", which says what X does, nor one whose last noun is something else,
     * "Dataset Distillation for Images"; a resource or a lexicon counts ({@link #namesDataResource}). (Only datasets
     * are read so: "X: Benchmarking Large Language Models" names what X measures, not what X is.)
     */
    private static boolean titleDescriptionNamesDatasets(Sentence s, int k) {
        if (k >= s.size() || ARTICLES.contains(s.token(k).lower()) || s.token(k).lower().endsWith("ing")) {
            return false;
        }
        int j = k;
        while (j < s.size() && (s.token(j).pos().startsWith("JJ") || s.token(j).pos().startsWith("NN")
                || s.token(j).pos().equals("CD") || s.token(j).word().indexOf('-') > 0)) {
            j++;
        }
        return j > k && s.token(j - 1).pos().startsWith("NN") && namesDataResource(headLemma(s.token(j - 1)));
    }

    /**
     * True for a dataset noun, or for "resource" or "lexicon", which say what a title's name or an apposition's is
     * ("X: Rich Bilingual Collocation Resource", "X: A Pronunciation Lexicon for …") but are not read as dataset heads
     * elsewhere ("computational resources", "a sentiment lexicon" that a method uses).
     */
    private static boolean namesDataResource(String lemma) {
        return namesDatasets(lemma) || lemma.equals("resource") || lemma.equals("lexicon");
    }

    /**
     * True when a dataset noun comes right before a naming word before the name at {@code first} ("a … dataset named
     * X", "a benchmark called X"), or before "is" or "was" and perhaps an article ("The first dataset is the X").
     */
    private static boolean namedOrSaidToBeADataset(Sentence s, int first) {
        int k = first - 1;
        if (k >= 1 && ARTICLES.contains(s.token(k).lower())) {
            k--;
        }
        boolean naming = k == first - 1 && k >= 1 && ProposalCues.namingWordAt(s, k)
                && s.token(k).pos().equals("VBN");
        if (k < 1 || !(naming || COPULAS.contains(s.token(k).lower()))) {
            return false;
        }
        // (a comma may stand before the naming word after a noun of data alone: "a novel dataset, dubbed ReNe", not
        // "agents in social environments, coined Theory of Mind (ToM)")
        // (or after a dataset noun that prepositional phrases describe: "new datasets for Korean NLI and STS, dubbed X
        // and Y")
        if (naming && k >= 2 && s.token(k - 1).word().equals(",")) {
            return s.token(k - 2).pos().startsWith("NN") && DATA_ONLY_NOUNS.contains(s.token(k - 2).lemma())
                    || datasetNounDescribedBefore(s, k - 2);
        }
        String noun = s.token(k - 1).lemma();
        if (s.token(k - 1).pos().startsWith("NN") && (namesDatasets(noun) || isAnEvaluationSet(s, k - 1))) {
            return true;
        }
        // (or the head of a noun phrase that prepositional phrases describe: "a million-user-scale dataset of
        // implicit preferences for user-generated art named X"; not where a method noun comes right before the
        // naming, which is what it names: "a … method for text-based games with a recent neuro-symbolic framework
        // called Logical Neural Network")
        boolean methodNounNamed = s.token(k - 1).pos().startsWith("NN")
                && METHOD_HEADS.contains(s.token(k - 1).lemma());
        return naming && !methodNounNamed && datasetNounDescribedBefore(s, k - 1);
    }

    /** Prepositions of the phrases that may describe a dataset noun before the name it is given. */
    private static final Set<String> DESCRIBING_PREPOSITIONS = Set.of("of", "for", "with", "on", "from", "about");

    /**
     * True when the words up to {@code last} are a dataset noun and prepositional phrases of nouns and adjectives
     * after it, twelve words at most: "dataset of implicit human preferences for user-generated visual art".
     */
    private static boolean datasetNounDescribedBefore(Sentence s, int last) {
        for (int j = last; j >= 1 && j >= last - 12; j--) {
            Token t = s.token(j);
            if (DESCRIBING_PREPOSITIONS.contains(t.lower())) {
                Token head = s.token(j - 1);
                if (head.pos().startsWith("NN") && (namesDatasets(head.lemma()) || isAnEvaluationSet(s, j - 1))) {
                    return true;
                }
                continue;
            }
            String tag = t.pos();
            if (!(tag.startsWith("NN") || tag.startsWith("JJ") || tag.equals("DT") || tag.equals("CD")
                    || tag.equals("VBN") || tag.equals("VBG") || tag.equals("HYPH")
                    || ProposalCues.AND_OR.contains(t.lower()))) {
                return false;
            }
        }
        return false;
    }

    /**
     * True when the name at {@code first}, or a list it is in, is what the authors name a dataset noun before it:
     * "two new benchmark datasets, which we name as CIFAR-10N, CIFAR-100N", "synthetic corpora, which we name FLD".
     */
    private static boolean namedByTheAuthorsAfterADatasetNoun(Sentence s, int first) {
        int k = first - 1;
        // back over the names listed before this one
        while (k >= 0 && k >= first - 8 && (s.token(k).word().equals(",") || s.token(k).lower().equals("and")
                || Names.isCoined(s.token(k).word()))) {
            k--;
        }
        if (k >= 0 && s.token(k).lower().equals("as")) {
            k--;
        }
        if (k < 3 || !ProposalCues.NAMING_VERBS.contains(s.token(k).lemma()) || !s.token(k - 1).lower().equals("we")
                || !(s.token(k - 2).lower().equals("which") || s.token(k - 2).lower().equals("that"))) {
            return false;
        }
        int noun = s.token(k - 3).word().equals(",") ? k - 4 : k - 3;
        // (a phrase may describe the noun: "a contrast set for CLEVR-Ref+, which we call CC-Ref+", whose pluses the
        // tokenizer splits off)
        while (noun > 0 && s.token(noun).word().equals("+")) {
            noun--;
        }
        return noun >= 0 && s.token(noun).pos().startsWith("NN")
                && (namesDatasets(s.token(noun).lemma()) || isAnEvaluationSet(s, noun)
                        || datasetNounDescribedBefore(s, noun));
    }

    /**
     * True when the name from {@code first} to {@code last} is an item of a list that a method noun in the plural, in
     * lower case, opens right before it: "methods NSCL and NSVQA", "the baselines X, Y and Z".
     */
    private static boolean listedAfterAMethodNoun(Sentence s, int first, int last) {
        for (int k = first - 1; k >= 0 && k >= first - 12; k--) {
            Token t = s.token(k);
            if (t.pos().equals("NNS") && Character.isLowerCase(t.word().charAt(0))
                    && METHOD_HEADS.contains(t.lemma())) {
                return onlyListWords(s, k + 1, first) && endsListItem(s, last);
            }
        }
        return false;
    }

    /**
     * True when the token at {@code k} is a dataset noun that a list of names may follow: "datasets such as X, Y", "the
     * benchmarks X and Y", "test collections (X, Y)", "The data sets X, Y" (the tagger may read "sets" there as a
     * verb), "untrimmed video data, such as X, Y and …".
     */
    private static boolean opensADatasetList(Sentence s, int k) {
        boolean dataSets = s.token(k).lower().equals("sets") && k > 0 && s.token(k - 1).lower().equals("data");
        boolean dataExamples = s.token(k).lower().equals("data") && examplesFollow(s, k + 1);
        // (shared tasks, each with its data: "three Shared Tasks (LongSumm 2021, SCIVER, and 3C)")
        boolean sharedTasks = s.token(k).lower().equals("tasks") && k > 0 && s.token(k - 1).lower().equals("shared");
        if (dataSets || dataExamples || sharedTasks) {
            return true;
        }
        String lemma = s.token(k).lemma();
        boolean listIntro = s.token(k).pos().equals("NNS")
                || (k + 1 < s.size() && LIST_INTROS.contains(s.token(k + 1).lower()));
        return listIntro && (DefinitionFilter.DATASET_NOUNS.contains(lemma) || isAnEvaluationSet(s, k));
    }

    /**
     * True when "such as" introduces examples at {@code k}, perhaps after a comma: "data, such as …" ("including" after
     * "data" as often lists what is built for the data: "models for 1-D data, including WaveNet and WaveGlow").
     */
    private static boolean examplesFollow(Sentence s, int k) {
        int intro = k < s.size() && s.token(k).word().equals(",") ? k + 1 : k;
        return s.suchAsAt(intro);
    }

    /**
     * True when a dataset noun heads the phrase before "namely" at {@code k}, its comma aside: right before it ("two
     * benchmarks, namely …") or before a past participle's phrase that describes it ("The dataset used in this shared
     * task, namely …"; not "a dataset comprising measurements from commodity sensors, namely …"); not where a method
     * noun comes first ("a strong baseline, namely …") or a finite verb ends the search.
     */
    private static boolean datasetNounBeforeNamely(Sentence s, int k) {
        int end = k >= 1 && s.token(k - 1).word().equals(",") ? k - 1 : k;
        for (int j = end - 1; j >= 0 && j >= k - 10; j--) {
            Token t = s.token(j);
            if (t.pos().startsWith("NN") && namesDatasets(t.lemma())) {
                return j == end - 1 || s.token(j + 1).pos().equals("VBN");
            }
            if (t.pos().startsWith("NN") && METHOD_HEADS.contains(t.lemma()) || FINITE_VERB_TAGS.contains(t.pos())
                    || t.pos().equals("MD") || t.word().equals(";") || t.word().equals(":")) {
                return false;
            }
        }
        return false;
    }

    /**
     * True when a conjunction or a comma at {@code k} joins two adjectives of a description: "a larger and more
     * complex …", "an Extensible, Multimodal dataset", "a compact, yet accurate detector".
     */
    private static boolean joinsAdjectives(Sentence s, int k) {
        // (a joiner after the comma: the adjective is before the comma)
        int adjective = k >= 2 && s.token(k - 1).word().equals(",") ? k - 2 : k - 1;
        if (adjective < 0 || !adjectiveLike(s.token(adjective)) || k + 1 >= s.size()) {
            return false;
        }
        boolean comma = s.token(k).word().equals(",");
        if (!comma && !ADJECTIVE_JOINERS.contains(s.token(k).lower())) {
            return false;
        }
        Token next = s.token(k + 1);
        // (a comma may even stand between the last adjective and the noun: "a very large-scale, very multilingual, news
        // summarisation dataset")
        boolean nounAfterAComma = comma && next.pos().startsWith("NN")
                && next.word().chars().allMatch(Character::isLowerCase);
        return adjectiveLike(next) || next.pos().startsWith("RB")
                || comma && ADJECTIVE_JOINERS.contains(next.lower()) || nounAfterAComma;
    }

    /**
     * True when "and" or "or" at {@code k} joins two nouns: "a new task and dataset", whose last noun is the head (a
     * dataset noun before it stays the head: "A Challenge Dataset and Baselines for …").
     */
    private static boolean joinsNouns(Sentence s, int k) {
        return k >= 1 && k + 1 < s.size() && ProposalCues.AND_OR.contains(s.token(k).lower())
                && s.token(k - 1).pos().startsWith("NN") && s.token(k + 1).pos().startsWith("NN");
    }

    /**
     * An adjective, or a compound of hyphenated words, which a title's capitals make the tagger read as a proper noun:
     * "A High-Quality and Large-Scale Benchmark Dataset".
     */
    private static boolean adjectiveLike(Token t) {
        return t.pos().startsWith("JJ") || t.word().indexOf('-') > 0 && t.pos().startsWith("NN");
    }

    /** True for an opening or closing quotation mark, as the tagger marks them. */
    static boolean isQuote(Token t) {
        return t.pos().equals("``") || t.pos().equals("''");
    }

    /** The token after a quotation mark at {@code i}, or {@code i} when none stands there. */
    private static int pastQuote(Sentence s, int i) {
        return i < s.size() && isQuote(s.token(i)) ? i + 1 : i;
    }

    /** Nouns of models that a known dataset before them trained: "ImageNet models", "CIFAR-10 classifiers". */
    private static final Set<String> TRAINED_MODEL_NOUNS = Set.of("model", "network", "classifier", "backbone",
            "encoder");
    /** Words that make a set one to evaluate on: "a test set", "an evaluation set". */
    private static final Set<String> EVALUATION_SET_WORDS = Set.of("test", "testing", "evaluation", "benchmark",
            "challenge", "contrast", "validation", "development");
    /**
     * Nouns that, after "evaluation" or "benchmarking", name a benchmark: "a new evaluation framework (X) of seven
     * classification tasks", "a synthetic benchmarking framework, X", "an evaluation platform".
     */
    private static final Set<String> EVALUATION_FRAMEWORK_NOUNS = Set.of("framework", "platform", "toolkit");
    private static final Set<String> EVALUATING_WORDS = Set.of("evaluation", "benchmarking");

    /** What a collection or a suite may hold that is no data: tools, software, methods, spaces, functions. */
    private static final Set<String> NOT_COLLECTED_DATA = Set.of("tool", "software", "module", "library", "package",
            "algorithm", "method", "technique", "space", "function");

    /**
     * The lemma of the head noun after "collection of" or "suite of" at {@code k}, its modifiers aside ("a collection
     * of reproducing kernel Hilbert spaces" gives "space"), or null when no such phrase stands there.
     */
    private static String collectedHead(Sentence s, int k) {
        String lemma = s.token(k).lemma();
        if (!(lemma.equals("collection") || lemma.equals("suite")) || k + 2 >= s.size()
                || !s.token(k + 1).lower().equals("of")) {
            return null;
        }
        String head = null;
        for (int j = k + 2; j < s.size() && j <= k + 8; j++) {
            Token t = s.token(j);
            if (t.pos().startsWith("NN")) {
                head = t.lemma();
            } else if (head != null || !(t.pos().startsWith("JJ") || t.pos().equals("CD") || t.pos().startsWith("VB")
                    || t.pos().startsWith("RB"))) {
                break;
            }
        }
        return head;
    }

    /**
     * True when the token at {@code k} is "set" after a word of evaluation: "a large-scale evaluation set", "a test
     * set" (a set alone is as often of methods or rules), an information retrieval test collection, or a framework for
     * evaluating: "an evaluation framework", "a benchmarking platform". Lemmas are lower case already.
     */
    private static boolean isAnEvaluationSet(Sentence s, int k) {
        if (k == 0) {
            return false;
        }
        String lemma = s.token(k).lemma();
        String before = s.token(k - 1).lemma();
        return (lemma.equals("set") && EVALUATION_SET_WORDS.contains(before))
                || (lemma.equals("collection") && before.equals("test"))
                || (EVALUATION_FRAMEWORK_NOUNS.contains(lemma) && EVALUATING_WORDS.contains(before));
    }

    /** True for a noun of data only, singular or plural, in lower case: "corpus", "datasets". */
    static boolean isDataOnlyNoun(String word) {
        return DATA_ONLY_NOUNS.contains(word) || DATA_ONLY_NOUNS.contains(Names.withoutPluralS(word));
    }

    /** A dataset noun that names datasets: "benchmark", "corpus", but not the generic "set" or "data". */
    static boolean namesDatasets(String lemma) {
        return DATASET_HEADS.contains(lemma) && !lemma.equals("set") && !lemma.equals("data");
    }

    /**
     * True when a long form names a field of study by its activity: "Vertical Federated Learning (VFL)", "multi-label
     * learning (MLL)", whose datasets ("VFL datasets") are a field's, not one named dataset.
     */
    private static boolean abbreviatesAField(String longForm) {
        if (longForm == null) {
            return false;
        }
        String lower = longForm.toLowerCase(Locale.ROOT);
        return FIELD_ACTIVITIES.contains(lower.substring(lower.lastIndexOf(' ') + 1));
    }

    /**
     * True when the token at {@code k} starts with a capital outside the title, whose words all do: a name's own noun,
     * "the … (QuRDL) Corpus".
     */
    private static boolean capitalisedAt(Sentence s, int k) {
        return s.index() > 0 && k < s.size() && Character.isUpperCase(s.token(k).word().charAt(0));
    }

    /** The last words of a field named by what it does: "federated learning", "domain adaptation". */
    private static final Set<String> FIELD_ACTIVITIES = Set.of("learning", "training", "adaptation",
            "generalization", "generalisation", "optimization", "optimisation");

    /**
     * "standard SR benchmarks", "large-scale person ReID datasets": a name alone before a plural dataset noun, after
     * a modifier, names the task or domain the datasets are for; not "the SNLI and MultiNLI datasets", a list.
     */
    static boolean namesADomain(Sentence s, int first, int last) {
        if (last + 1 >= s.size() || !s.token(last + 1).pos().equals("NNS") || first == 0) {
            return false;
        }
        Token before = s.token(first - 1);
        return Character.isLowerCase(before.word().charAt(0)) && !LIST_GLUE.contains(before.lower())
                && (before.pos().startsWith("JJ") || before.pos().startsWith("NN") || before.pos().equals("VBN"));
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
     * True when the name is listed after a colon that metrics in the plural come shortly before: "We create two new
     * metrics for this task: an EntityScore to gauge …, and an AudioScore to assess …" (not where a plural dataset
     * noun comes between, the head of what is listed: "over all metrics on three benchmarks: MNIST, …").
     */
    private static boolean listedAfterAMetricColon(Sentence s, int first) {
        for (int k = first - 1; k >= 1 && k >= first - 25; k--) {
            String w = s.token(k).word();
            if (w.equals(":")) {
                for (int j = k - 1; j >= 0 && j >= k - 5; j--) {
                    if (s.token(j).pos().equals("NNS") && DefinitionFilter.DATASET_NOUNS.contains(s.token(j).lemma())) {
                        return false;
                    }
                    if (METRIC_NOUNS.contains(s.token(j).lemma()) && s.token(j).pos().equals("NNS")) {
                        return true;
                    }
                }
                return false;
            }
            if (w.equals(";")) {
                return false;
            }
        }
        return false;
    }

    /** "InfoMEC, a new set of metrics for …": the apposition after the name calls it a metric. */
    private static boolean metricApposition(Sentence s, int next) {
        if (next + 1 >= s.size() || !s.token(next).word().equals(",")
                || !ARTICLES.contains(s.token(next + 1).lower())) {
            return false;
        }
        return metricNounOfDescription(s, next + 2, true) >= 0;
    }

    /**
     * The index of the metric noun that a description from {@code from} reaches over adjectives, nouns and "of" ("new
     * set of metrics"), within six words, or -1; with {@code entityHeadEnds}, a method or dataset noun on the way
     * ends the search ("a new model …").
     */
    private static int metricNounOfDescription(Sentence s, int from, boolean entityHeadEnds) {
        for (int k = from; k < s.size() && k <= from + 5; k++) {
            Token t = s.token(k);
            if (METRIC_NOUNS.contains(t.lemma())) {
                return k;
            }
            boolean entityHead = METHOD_HEADS.contains(t.lemma())
                    || (DATASET_HEADS.contains(t.lemma()) && !t.lemma().equals("set"));
            // (quotation marks may set the description off: "is a 'coherent risk measure'")
            boolean quote = isQuote(t);
            if (entityHeadEnds && entityHead
                    || !(t.pos().startsWith("JJ") || t.pos().startsWith("NN") || t.lower().equals("of") || quote)) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * True when the word at k is a verb, by its tag or, as the tagger often reads "benchmark" after a pronoun as a
     * noun, by the word before it: "we benchmark", "to benchmark", "can benchmark".
     */
    private static boolean usedAsAVerb(Sentence s, int k) {
        if (s.token(k).pos().startsWith("VB")) {
            return true;
        }
        if (k == 0) {
            return false;
        }
        Token before = s.token(k - 1);
        return before.pos().equals("PRP") || before.pos().equals("MD") || before.lower().equals("to");
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

    /**
     * True when no article stands from {@code from} to before {@code to}: an article opens another noun phrase, "on
     * KITTI, NYU, and SUN-RGB-D, the SIDP model …".
     */
    private static boolean noArticleBetween(Sentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (ARTICLES.contains(s.token(k).lower())) {
                return false;
            }
        }
        return true;
    }

    /** The rule of a short form in parentheses right before a method noun: "(DAVIS) algorithm". */
    private static final String DEFINED_BEFORE_ITS_NOUN = "method.defined-before-its-noun";
    private static final String GAZETTEER_DATASET = "dataset.gazetteer";

    /** The decision when no context typed a name: a method, with a confidence that says it is only a default. */
    static final Decision UNCUED = new Decision(MentionKind.METHOD, "method.named", 0.5);
    private static final Set<MentionKind> ONLY_DATASET = EnumSet.of(MentionKind.DATASET);
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

    /**
     * True when a hyphen joins a name to another one that only its context types, and types a method: "P-NSVQA" beside
     * NSVQA.
     */
    private static boolean variantOfAMethod(String name, Map<String, Set<MentionKind>> cuedByContext) {
        int hyphen = name.indexOf('-');
        int last = name.lastIndexOf('-');
        return hyphen > 0 && (Set.of(MentionKind.METHOD).equals(cuedByContext.get(name.substring(hyphen + 1)))
                || Set.of(MentionKind.METHOD).equals(cuedByContext.get(name.substring(0, last))));
    }

    /** The rule of a dataset read from the name's shape alone ("…QA", "…Bench"). */
    private static final String NAME_SHAPE = "dataset.name-shape";

    /** True when a name of several words ends in a capitalised dataset noun: "Waymo Open Dataset", "STS Benchmark". */
    private static boolean endsInItsOwnDatasetNoun(String name) {
        String[] words = Names.WHITESPACE.split(name);
        // (an edition after the noun: "Docking Benchmark 5", "Prague Dependency Treebank 2.0")
        String edition = words[words.length - 1];
        boolean withEdition = words.length >= 3 && (Character.isDigit(edition.charAt(0)) || Names.isVersion(edition));
        int noun = words.length - (withEdition ? 2 : 1);
        if (noun < 1) {
            return false;
        }
        String last = words[noun];
        return Character.isUpperCase(last.charAt(0))
                && HeadedPhraseFinder.NAME_ENDING_DATASET_NOUNS.contains(last.toLowerCase(Locale.ROOT));
    }

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

    /**
     * True when a name clearly typed a dataset and nothing else in the text is the name and a hyphenated capitalised
     * word: "JRDB" of "JRDB-Pose" (not the model of "LLaVA-Bench", whose shape alone says what the longer name is, nor
     * the framework of "COLLIE-v1", a version of the data it made).
     */
    private static boolean baseOfADatasetVariant(String name, Map<String, Set<MentionKind>> cued) {
        for (Map.Entry<String, Set<MentionKind>> e : cued.entrySet()) {
            String longer = e.getKey();
            if (ONLY_DATASET.equals(e.getValue()) && name.equals(baseOfVariant(longer)) && !hasDatasetShape(longer)
                    && Names.TITLE_WORD.matcher(longer.substring(name.length() + 1)).matches()) {
                return true;
            }
        }
        return false;
    }

    /**
     * "RepoBench" for "RepoBench-R", "UJIpenchars" for "UJIpenchars2": the name before a last hyphenated part or a
     * version number written on, or "" when there is none.
     */
    private static String baseOfVariant(String name) {
        if (name.indexOf(' ') >= 0) {
            return "";
        }
        int hyphen = name.lastIndexOf('-');
        if (hyphen > 1 && hyphen < name.length() - 1) {
            return name.substring(0, hyphen);
        }
        var numbered = NUMBERED_EDITION.matcher(name);
        return numbered.matches() ? numbered.group(1) : "";
    }

    /** A name with a version number written on: "UJIpenchars2", "QuillQA3". */
    private static final Pattern NUMBERED_EDITION = Pattern.compile("(\\p{L}[\\p{L}\\d]*\\p{L}{2})\\d{1,2}");

    /**
     * True when ", a" and a campaign's capitalised name or "shared" come before "task" right after the name ending at
     * {@code last}: "MeasEval, a SemEval task of extracting …", "X, a shared task on …".
     */
    private static boolean appositionCallsItACampaignsTask(Sentence s, int last) {
        int k = last + 1;
        if (k + 3 >= s.size() || !s.token(k).word().equals(",") || !ARTICLES.contains(s.token(k + 1).lower())) {
            return false;
        }
        String campaign = s.token(k + 2).word();
        boolean named = Character.isUpperCase(campaign.charAt(0)) && campaign.length() > 1
                || campaign.equalsIgnoreCase("shared");
        return named && s.token(k + 3).lower().equals("task");
    }

    /** True when "shared task on" comes right before the token at {@code first}: "the 3rd Shared Task on QuillNER". */
    private static boolean sharedTaskOn(Sentence s, int first) {
        return first >= 3 && s.token(first - 1).lower().equals("on") && s.token(first - 2).lower().equals("task")
                && s.token(first - 3).lower().equals("shared");
    }

    /**
     * True when the name from {@code first} to {@code last} is the venue of a title that opens with a system at it:
     * "at" or "@" right before it, no more than three words before that, and the title's colon within a year or a
     * task's number after it ("QuillNLP @ QUILLEVAL: …", "Team Quillo at QuillEval 2021 Task 2: …").
     */
    private static boolean titleVenue(Sentence s, int first, int last) {
        if (s.index() != 0 || first < 2 || first > 4 || !TitleNameFinder.atVenue(s, first - 1)) {
            return false;
        }
        int colon = TitleNameFinder.colonAt(s, s.size());
        return colon > last && colon - last <= 4;
    }

    Decision decide(NameOccurrence o, String longForm) {
        Sentence s = o.sentence();
        int first = s.tokenIndexAt(o.span().begin());
        int last = s.tokenIndexAt(o.span().end() - 1);
        String name = o.name();
        // a person's system that the paper tests its method on: "experiments on the Lorenz system"
        if (o.source().equals(TestSystemFinder.SOURCE)) {
            return new Decision(MentionKind.DATASET, "dataset.test-system", 0.8);
        }
        // the unknown side of a transfer from or to a known dataset: "Waymo-to-KITTI"
        if (o.source().equals(NameFinder.TRANSFER_SIDE)) {
            return new Decision(MentionKind.DATASET, "dataset.transfer-side", 0.8);
        }
        // a workshop's shared task: "the systems explored as part of the CLPsych 2021 Shared Task", also one an
        // apposition calls a campaign's or a shared task: "We describe MeasEval, a SemEval task of …", and the name
        // a shared task is on: "our participation at the 3rd Shared Task on SlavNER"
        if (name.endsWith(" Shared Task") || name.endsWith(" shared task")
                || appositionCallsItACampaignsTask(s, last) || sharedTaskOn(s, first)) {
            return new Decision(MentionKind.DATASET, "dataset.shared-task", 0.8);
        }
        // a title's venue, which a system at it takes part in: "MilaNLP @ WASSA: Does BERT …", "Team Papelo at
        // FEVEROUS: Multi-hop …" (an evaluation campaign and its data)
        if (titleVenue(s, first, last)) {
            return new Decision(MentionKind.DATASET, "dataset.title-venue", 0.8);
        }
        // the organisers' title of a numbered task of a campaign: "SemEval-2021 Task 6: Detection of …", "WNUT-2020
        // Task 2: …" (its data and its evaluation, a benchmark)
        if (o.source().equals("title-prefix") && NUMBERED_TASK.matcher(name).matches()) {
            return new Decision(MentionKind.DATASET, "dataset.numbered-task-title", 0.8);
        }
        // a system description's "X at SemEval-2020 Task 7: …", "…: X at BioASQ 5B": the system the paper describes,
        // whatever its shape ("OAQA" ends as question-answering datasets are named)
        if (o.source().equals("title-prefix") && TitleNameFinder.atVenue(s, last + 1)) {
            return new Decision(MentionKind.METHOD, "method.system-at-venue", 0.85);
        }
        // a title's "TGIF: Tree-Graph Integrated-Format Parser for …": a subtitle without an article whose words up
        // to a preposition end in a method noun says what the name is, whatever the gazetteer knows by it
        if (o.source().equals("title-prefix") && TitleNameFinder.subtitleHeadedByAMethodNoun(s, last + 1)) {
            return new Decision(MentionKind.METHOD, "method.title-subtitle-head", 0.85);
        }
        // a head noun right after the name, or after a list of names that ends in one
        int j = endOfList(s, last + 1);
        String nextLemma = last + 1 < s.size() ? s.token(last + 1).lemma() : "";
        // "the Open Graph Benchmark", "the Natural Scenes Dataset": the name ends in a dataset noun of its own
        if (endsInItsOwnDatasetNoun(name)) {
            return new Decision(MentionKind.DATASET, "dataset.own-noun", 0.9);
        }
        // (a version may stand between: "the VisDial v1.0 dataset")
        // (or a closing quotation mark: "the “Yeast2” dataset")
        int closed = pastQuote(s, last + 1);
        int after = tokenAfterShortForm(o);
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
        // (not one the text defines for something else: "low rank approximations (LRA)" is no Long Range Arena)
        Lexicon.Entry known = longForm != null && lexicon.redefines(name, longForm) ? null : lexicon.lookup(name);
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
        // (nor a well-known benchmark before the noun of the software that runs it: "the popular DomainBed framework")
        boolean benchmarkSoftware = known != null && known.type() == MentionKind.DATASET
                && BENCHMARK_SOFTWARE_NOUNS.contains(nextLemma);
        if (METHOD_HEADS.contains(nextLemma) && !trainedOn && !benchmarkSoftware) {
            return new Decision(MentionKind.METHOD, "method.head-noun", 0.85);
        }
        // (the noun right after a name of the list, not after glue: "techniques like Shape as Points (SAP), the
        // challenges of …" ends no list of datasets)
        if (j < s.size() && j > last + 1 && !gluedOn(s, j)) {
            if (datasetNounAt(s, j)) {
                return new Decision(MentionKind.DATASET, "dataset.list-head-noun", 0.8);
            }
            // "experiments on CNN-LSTM, RNN-Transducer, and Transformer models" (not models trained on known data)
            if (METHOD_HEADS.contains(s.token(j).lemma()) && s.token(j).pos().startsWith("NN")
                    && Character.isLowerCase(s.token(j).word().charAt(0))
                    && (known == null || known.type() != MentionKind.DATASET) && !hasDatasetShape(name)
                    && noArticleBetween(s, last + 1, j)) {
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
        if (j > last + 1 && anotherNameListed(s, last + 1, j) && taskAt(s, j) && known == null
                && lexicon.methodVariant(name) == null && Names.isCoined(name)) {
            return new Decision(MentionKind.DATASET, "dataset.task-benchmark", 0.7);
        }
        // "LRA, a long-range benchmark", "DeeDiff, an early exiting framework", "X is a dataset of …", a title's
        // "X: A Full-Scale Dataset for …": the head noun of the apposition or of what the name is said to be
        // (past a short form: "Adversarial Example Games (AEG), a framework that …"; past a closing quotation mark:
        // "“Noisy Nodes”, a simple technique")
        // (past a version, "We present VoxClamantis v1.0, the first large-scale corpus for …")
        int mark = pastQuote(s, afterVersion(s, after));
        // (or an apposition in parentheses right after the name, which no short form opens: "of DataComp (a data
        // filtering benchmark)")
        if (last + 2 < s.size() && s.token(last + 1).word().equals("(")
                && ARTICLES.contains(s.token(last + 2).lower())) {
            mark = last + 1;
        }
        int article = mark + 1;
        // (a title's "X: Towards a Free Corpus of Polish" says what the work heads for)
        if (s.index() == 0 && article < s.size() && s.token(mark).word().equals(":")
                && (s.token(article).lower().equals("towards") || s.token(article).lower().equals("toward"))) {
            article++;
        }
        // (and "X: Mining a Large Cross-lingual Entity Dataset with …", "X: Building a Corpus of …": what the work
        // makes; not what it does to something else, "Agent57: Outperforming the Atari Human Benchmark")
        if (s.index() == 0 && article + 1 < s.size() && s.token(mark).word().equals(":")
                && MAKING_GERUNDS.contains(s.token(article).lower())
                && ARTICLES.contains(s.token(article + 1).lower())) {
            article++;
        }
        // (a dash opens a description in a title; in an abstract only one of data, "we present LiSCU – a new dataset
        // of …", since a dash there as often opens a clause of its own)
        boolean afterADash = mark < s.size() && DASH_TOKENS.contains(s.token(mark).word());
        // (not a title's venue, whose colon opens what the system at it is: "ur-iw-hnt at GermEval 2021: An
        // Ensembling Strategy with …")
        boolean venue = s.index() == 0 && first > 0 && TitleNameFinder.atVenue(s, first - 1);
        boolean describedNext = article < s.size() && ARTICLES.contains(s.token(article).lower()) && !venue
                && (DESCRIPTION_MARKS.contains(s.token(mark).word()) || COPULAS.contains(s.token(mark).lower())
                || afterADash);
        if (describedNext) {
            // the noun phrase's last head noun decides: "a robust game theoretic optimizer" is an optimizer, "a data
            // collection tool" a tool
            Decision described = null;
            int within = article + 8;
            // whether the tokens since the last adjective are its gloss in parentheses and what joins the next one
            boolean afterGloss = false;
            for (int k = article + 1; k < s.size() && k <= within; k++) {
                // (a gloss in parentheses after a modifier is no part of the phrase: "a high-quality (91.5%
                // coverage …), and large-scale dataset")
                int close = s.token(k).word().equals("(") && k > article + 1 ? closingParenthesis(s, k) : -1;
                if (close > k) {
                    within += close - k + 1;
                    k = close;
                    afterGloss = true;
                    continue;
                }
                if (afterGloss && (s.token(k).word().equals(",") || ADJECTIVE_JOINERS.contains(s.token(k).lower()))) {
                    continue;
                }
                afterGloss = false;
                // (a comma between adjectives takes no word's place: "a very large-scale, very multilingual, news
                // summarisation dataset")
                if (s.token(k).word().equals(",")) {
                    within++;
                }
                // (a title's capitalised word that the tagger reads as a verb's base form modifies the head: "X: a
                // General Character Name/VB Description Dataset for …")
                if (s.index() == 0 && (s.token(k).pos().equals("VB") || s.token(k).pos().equals("VBP"))
                        && Character.isUpperCase(s.token(k).word().charAt(0))) {
                    continue;
                }
                String lemma = headLemma(s.token(k));
                boolean noun = s.token(k).pos().startsWith("NN");
                // (a plural head after "the" describes no one name: "Shape as Points (SAP), the challenges of …"; not
                // a plural modifier, "ParaPat: The Multi-Million Sentences Parallel Corpus")
                boolean pluralHead = noun && s.token(k).pos().equals("NNS") && (k + 1 >= s.size()
                        || !s.token(k + 1).pos().startsWith("NN") && !s.token(k + 1).pos().startsWith("JJ"));
                if (pluralHead && s.token(article).lower().equals("the")) {
                    break;
                }
                // (and "X: A large Resource of Diachronic Word Usage Graphs", "X, a new resource for …": what a name
                // is said to be, a resource or a lexicon is data)
                // ("data set" is one noun: "HyperLex—a data set and evaluation resource")
                // (a collection or a suite of tools or of spaces is none of data: "TextPro, a suite of tools for …",
                // "Neural Hilbert Ladders (NHLs), a collection of reproducing kernel Hilbert spaces")
                String collected = noun ? collectedHead(s, k) : null;
                if (collected != null && NOT_COLLECTED_DATA.contains(collected)) {
                    described = METHOD_HEADS.contains(collected) || collected.equals("software")
                            ? new Decision(MentionKind.METHOD, "method.apposition", 0.85) : null;
                    break;
                }
                // (a split's set even where the tagger reads "set" as a participle: "a similarity and relatedness test
                // set/VBN for Swedish")
                if (noun && (namesDataResource(lemma) || setOfDataItems(s, k)) || isAnEvaluationSet(s, k)
                        || dataSetEndsAt(s, k)) {
                    described = new Decision(MentionKind.DATASET, "dataset.apposition", 0.85);
                } else if (noun && METHOD_HEADS.contains(lemma)) {
                    described = new Decision(MentionKind.METHOD, "method.apposition", 0.85);
                } else if (noun && described != null && described.type() == MentionKind.METHOD
                        && Character.isLowerCase(s.token(k).word().charAt(0)) && !s.token(k).word().contains("-")) {
                    // (a method noun that modifies another noun is not the head: "the quantal response equilibrium
                    // (QRE), the solution concept under …")
                    described = null;
                } else if (!s.token(k).pos().startsWith("JJ") && !s.token(k).pos().startsWith("NN")
                        && !s.token(k).pos().equals("VBN") && !s.token(k).pos().equals("VBG") && !s.token(k).word().contains("-")
                        && !s.token(k).pos().startsWith("RB") && !s.token(k).pos().equals("CD")
                        && !joinsAdjectives(s, k)
                        && !(joinsNouns(s, k) && (described == null || described.type() != MentionKind.DATASET))) {
                    // (a number counts the items: "a 900,000 sentence dataset"; an adverb modifies an adjective there:
                    // "a Very Large-Scale … Dataset", "a massively large collection of corpora", "a larger and more
                    // complex dataset"; a verb of the noun phrase's own makes it a clause's subject, no apposition:
                    // "… Fashion200k, and Shoes, the proposed method has achieved …"; not a past tense, which the
                    // tagger also gives a participle, "a new dataset focused on …")
                    if (PRESENT_VERB_TAGS.contains(s.token(k).pos())) {
                        described = null;
                    }
                    break;
                }
            }
            // (not a method noun after the last item of a list, whose comma ends the list: "benchmark datasets such as
            // KITTI, NYU, and SUN-RGB-D, the SIDP model obtained by … shows …")
            boolean closesAList = first >= 1 && ProposalCues.AND_OR.contains(s.token(first - 1).lower());
            if (described != null && (s.index() == 0 || !afterADash || described.type() == MentionKind.DATASET)
                    && !(closesAList && described.type() == MentionKind.METHOD)) {
                return described;
            }
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
        // "datasets such as X", "benchmarks (X, Y)", "the X-dataset"
        // "the benchmark dataset P9D", but not "… (LRA) benchmark LoopNet reaches …", where the name is a subject
        // (a subject after a noun that ends a name before it; "a new dataset X is released" is no such case)
        // (a finite verb: "a Danish dataset X containing …" is no subject)
        boolean subject = last + 1 < s.size() && FINITE_VERB_TAGS.contains(s.token(last + 1).pos())
                && first >= 2 && (s.token(first - 2).word().equals(")") || Character.isUpperCase(s.token(first - 2).word().charAt(0)));
        // (a plain capitalised word there too, after a singular noun: "the corpus Europarl", not "On the X and Y
        // benchmarks Magnushammer achieves …")
        boolean plainName = first == last && Character.isUpperCase(name.charAt(0)) && first >= 2
                && s.token(first - 1).pos().equals("NN") && Character.isLowerCase(s.token(first - 2).word().charAt(0));
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
        // "we present a new corpus of real-world texts (GCDC)": a coined name in parentheses, spelled out by no words
        // before it, that closes a description headed by a dataset noun
        if (longForm == null && Names.isCoined(name) && dataNounHeadsTheDescriptionBefore(s, first, last)) {
            return new Decision(MentionKind.DATASET, "dataset.described-before", 0.8);
        }
        // "we construct a large-scale dataset about grounded image-text pairs (GrIT)": a long form that a dataset noun
        // and "of", "about" or "on" open says what the data holds
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
        // "a reading comprehension dataset, X, of …": the name in apposition after a dataset noun (after the phrase a
        // sentence opens with, only one closed by a comma), in quotation marks too: "a large-scale dataset, “X”, that …"
        int opened = first > 0 && isQuote(s.token(first - 1)) ? first - 1 : first;
        if (opened >= 2 && s.token(opened - 1).word().equals(",")
                && (namesDatasets(s.token(opened - 2).lemma()) || isAnEvaluationSet(s, opened - 2))
                && (closed >= s.size() || CLOSES_APPOSITION.contains(s.token(closed).word()))
                && mayOpenAnApposition(s, opened - 1, pastQuote(s, after)) && !namedInItsPhrase(s, opened - 2)) {
            return new Decision(MentionKind.DATASET, "dataset.apposition-after-noun", 0.85);
        }
        // "The dataset used in this shared task, namely ArSarcasm-v2, consists of …": the names after "namely" that a
        // dataset noun before it heads, past a participle's phrase
        if (listItemAfter(s, first, last, k -> s.token(k).lower().equals("namely") && datasetNounBeforeNamely(s, k))) {
            return new Decision(MentionKind.DATASET, "dataset.namely-after-noun", 0.8);
        }
        // "a manually annotated lexical semantic change dataset for Russian: X.": the name after a colon that closes a
        // dataset noun, prepositional phrases describing it or not
        if (first >= 2 && s.token(first - 1).word().equals(":")
                && (s.token(first - 2).pos().startsWith("NN") && namesDatasets(s.token(first - 2).lemma())
                        || datasetNounDescribedBefore(s, first - 2))
                && (closed >= s.size() || CLOSES_APPOSITION.contains(s.token(closed).word()))) {
            return new Decision(MentionKind.DATASET, "dataset.apposition-after-noun", 0.85);
        }
        // "the first code-switched conversation summarization dataset - X, which contains …": a dash standing between
        // spaces after a dataset noun sets the name off too
        String dash = first >= 1 ? s.token(first - 1).word() : "";
        if (first >= 2 && (dash.equals("-") || ProposalCues.DASHES.contains(dash))
                && s.token(first - 1).begin() > s.token(first - 2).end() && namesDatasets(s.token(first - 2).lemma())
                && (closed >= s.size() || CLOSES_APPOSITION.contains(s.token(closed).word()))) {
            return new Decision(MentionKind.DATASET, "dataset.apposition-after-noun", 0.85);
        }
        // (not a model named after a famous one: "table corpora (TAPAS and TaBERT)", nor a known model's variant,
        // "benchmarks such as BERT-Base, BERT-Large, GPT-2 pre-training and ImageNet", nor a known model, "pre-trained
        // on multilingual corpora, such as, mBERT and XLM-RoBERTa")
        boolean namedAfterAModel = endsInAKnownModelsName(name) || lexicon.isOnlyAMethodVariant(name)
                || known != null && known.type() == MentionKind.METHOD;
        if (!namedAfterAModel && listItemAfter(s, first, last, k -> opensADatasetList(s, k))) {
            return new Decision(MentionKind.DATASET, "dataset.after-head-noun", 0.8);
        }
        // "RL tasks, such as BSuite and POPGym": coined names in mixed case given as examples of tasks are the
        // benchmarks that pose them (not a task's short form in capitals, "NLP tasks such as NER", nor a known model)
        if (Names.isCoined(name) && !name.equals(name.toUpperCase(Locale.ROOT)) && lexicon.lookup(name) == null
                && listItemAfter(s, first, last, k -> s.token(k).lower().equals("tasks") && examplesFollow(s, k + 1))) {
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
        // Q-Learning Awareness (LOQA)", nor has them only in what it is for: "Robust Margin Loss for Visual Question
        // Answering (RMLVQA)")
        // (nor one whose long form a method noun ends: "a novel SEmantic-based Question Answering method (SEQA)")
        // (nor one in capitals between a lower-case modifier and a plural noun, which it modifies too: a task's short
        // form, "two benchmark KGQA datasets")
        if (hasDatasetShape(name) && !contextOfAModel(name)
                && !(name.equals(name.toUpperCase(Locale.ROOT)) && namesADomain(s, first, last))
                && (longForm == null || SHAPE_WORDS.matcher(PURPOSE.matcher(longForm).replaceFirst("")).matches()
                        && !isMethodHead(lastWord(longForm)))) {
            return new Decision(MentionKind.DATASET, NAME_SHAPE, 0.8);
        }
        if (longForm != null) {
            // the head comes before a prepositional phrase: "cooperative planning in 3D environments"
            String[] words = Names.WHITESPACE.split(PREPOSITIONAL_PHRASE.matcher(longForm).replaceFirst("")
                    .toLowerCase(Locale.ROOT));
            // (past an edition's number: "Late Latin Charter Treebank 2 (LLCT2)")
            String lastWord = words[words.length - 1];
            String head = words.length >= 3 && lastWord.length() <= 2 && lastWord.chars().allMatch(Character::isDigit)
                    ? words[words.length - 2] : lastWord;
            // "… Short Answers data set (CESA)" is a dataset; "PAth and DAta (PA&DA)" is not for its last word
            boolean dataSet = words.length >= 2 && words[words.length - 2].equals("data")
                    && (head.equals("set") || head.equals("sets"));
            // "Probably Asked Questions (PAQ)", "Labeled Faces in the Wild (LFW)": a proper name for data items
            boolean dataItems = DATA_ITEMS.contains(head) && words.length >= 2
                    && java.util.Arrays.stream(words).noneMatch(PREPOSITIONS::contains)
                    && Character.isUpperCase(longForm.charAt(0))
                    && Character.isUpperCase(longForm.charAt(longForm.toLowerCase(Locale.ROOT).lastIndexOf(head)));
            // "Database of Interacting Proteins (DIP)", "Corpus of Written Bokmal Norwegian (CWBN)": a dataset noun
            // that opens the long form before a preposition is its head (after one modifier too, "Multilingual Corpus
            // of Survey Questionnaires (MCSQ)", not a gerund, whose object it is, "Hallucinating Datasets with …")
            boolean openingHead = words.length >= 3 && isDataOnlyNoun(words[0]) && PREPOSITIONS.contains(words[1])
                    || words.length >= 4 && !words[0].endsWith("ing") && isDataOnlyNoun(words[1])
                            && PREPOSITIONS.contains(words[2]);
            // ("Learning to Play Games (L2PG)": a gerund before "to" heads what it does, whatever its object)
            boolean doing = GERUND_BEFORE_TO.matcher(longForm).find();
            if ((namesDatasets(head) || dataSet || dataItems || openingHead) && !doing) {
                return new Decision(MentionKind.DATASET, "dataset.long-form-head", 0.9);
            }
            // "experiments on Gaussian mixture models (GMMs)": a long form headed by a method noun names a method,
            // whatever weaker cues for a dataset say
            if (isMethodHead(head)) {
                return new Decision(MentionKind.METHOD, "method.long-form-head", 0.7);
            }
            // a shared task that the long form names, whatever edition it gives: "Surface Realization Shared Task 2018
            // (SRST'18)"; its data is the benchmark that systems are measured on
            if (SHARED_TASK.matcher(longForm).find()) {
                return new Decision(MentionKind.DATASET, "dataset.long-form-shared-task", 0.8);
            }
            // a named campaign that collected data: "Cloud Aerosol Interaction and Precipitation Enhancement
            // Experiment (CAIPEEX)", "Apple Heart and Movement Study (AHMS)", "Sloan Digital Sky Survey (SDSS)"
            if (DATA_COLLECTION_HEADS.contains(head) && Character.isUpperCase(longForm.charAt(0))
                    && !NO_BANK_OF_TEXTS.matcher(longForm.toLowerCase(Locale.ROOT)).find()) {
                int headAt = longForm.toLowerCase(Locale.ROOT).lastIndexOf(head);
                if (headAt >= 0 && Character.isUpperCase(longForm.charAt(headAt))) {
                    return new Decision(MentionKind.DATASET, "dataset.long-form-collection", 0.8);
                }
            }
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
        // "MOTSynth simulated data", "the JLab data": data that a name stands for or that came from it, also for every
        // name of a list that ends in a proper name before the data ("MOT and Wildtrack real pedestrian data")
        if (dataOf(s, last + 1) || (j > last + 1 && Character.isUpperCase(s.token(j - 1).word().charAt(0)) && dataOf(s, j))) {
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
        return UNCUED;
    }

    /**
     * True when a finite verb stands at {@code k}, past a footnote's asterisk and a relative pronoun: "AeDet achieves",
     * "t-ReX* that matches".
     */
    private static boolean finiteVerbAfter(Sentence s, int k) {
        while (k < s.size() && s.token(k).word().equals("*")) {
            k++;
        }
        if (k < s.size() && (s.token(k).lower().equals("that") || s.token(k).lower().equals("which"))) {
            k++;
        }
        return k < s.size() && FINITE_VERB_TAGS.contains(s.token(k).pos());
    }

    /** Verbs that put a method on another: "we apply SQR on Adamixer". */
    private static final Set<String> APPLYING_VERBS = Set.of("apply", "plug", "integrate", "incorporate", "implement",
            "deploy", "add", "insert", "mount", "stack");

    /** True when the last verb before the "on" at {@code on}, within its clause, applies something to what follows. */
    private static boolean appliedOn(Sentence s, int on) {
        for (int k = on - 1; k >= 0 && k >= on - 5; k--) {
            Token t = s.token(k);
            if (t.pos().startsWith("VB")) {
                return APPLYING_VERBS.contains(t.lemma());
            }
            if (t.word().equals(",") || t.word().equals(";")) {
                return false;
            }
        }
        return false;
    }

    /**
     * True when the "as" at {@code k} compares rather than lists: "similar accuracy on ImageNet as MobileFormer" (but
     * "on X as well as Y" lists).
     */
    private static boolean comparingAs(Sentence s, int k) {
        return s.token(k).lower().equals("as") && !s.token(k - 1).lower().equals("well")
                && !(k + 1 < s.size() && s.token(k + 1).lower().equals("well"));
    }

    /** Participles that say where data came from: "derived from X", "collected from X". */
    private static final Set<String> TAKEN_FROM = Set.of("derive", "collect", "draw", "source", "extract", "curate",
            "sample", "obtain", "compile");
    /** Nouns of the software that runs a benchmark: "the DomainBed framework", "the X toolkit". */
    private static final Set<String> BENCHMARK_SOFTWARE_NOUNS = Set.of("framework", "toolkit", "library", "platform");
    /** Lemmas of nouns for data. */
    private static final Set<String> DATA_NOUNS = Set.of("data", "datum", "dataset", "corpus", "subset");

    /** "climate datasets derived from CMIP6", "data collected from X": a name the data was taken from. */
    private static boolean sourceOfData(Sentence s, int first) {
        return first >= 3 && s.token(first - 1).lower().equals("from") && s.token(first - 2).pos().equals("VBN")
                && TAKEN_FROM.contains(s.token(first - 2).lemma()) && DATA_NOUNS.contains(s.token(first - 3).lemma());
    }

    /** Nouns of the items a benchmark holds: "tasks in X", "games from X", "environments of X". */
    private static final Set<String> BENCHMARK_ITEMS = Set.of("task", "game", "environment", "level", "scene",
            "question", "domain");
    /** Prepositions between such items and the benchmark's name. */
    private static final Set<String> ITEM_PREPOSITIONS = Set.of("in", "from", "of");

    /** Nouns for a part of a dataset: "the subsets of X", "the test split of X". */
    private static final Set<String> DATA_PARTS = Set.of("subset", "split", "partition");
    /** Words that make a set one of the parts a dataset is split into: "the validation set of X". */
    private static final Set<String> SPLIT_WORDS = Set.of("training", "train", "validation", "dev", "development",
            "test", "testing", "evaluation", "held-out");

    /**
     * "on the Sony and Fuji subsets of X", "the validation split of X", "the test set of X", "tasks in X": a name that
     * data is a part of (not any set of X: "a set of RL algorithms").
     */
    private static boolean partOfData(Sentence s, int first) {
        // (the items of a benchmark in the plural too: "3D-exploration tasks in DM-Hard-8", "games from X")
        if (first >= 2 && ITEM_PREPOSITIONS.contains(s.token(first - 1).lower())
                && s.token(first - 2).pos().equals("NNS") && BENCHMARK_ITEMS.contains(s.token(first - 2).lemma())) {
            return true;
        }
        if (first < 2 || !s.token(first - 1).lower().equals("of") || !s.token(first - 2).pos().startsWith("NN")) {
            return false;
        }
        String part = s.token(first - 2).lemma();
        return DATA_PARTS.contains(part)
                || (part.equals("set") && first >= 3 && SPLIT_WORDS.contains(s.token(first - 3).lower()));
    }

    /** "data", "simulated data", "real pedestrian data" from {@code from}: up to two lower-case modifiers, then "data". */
    private static boolean dataOf(Sentence s, int from) {
        return headAfterLowerCaseModifiers(s, from, true,
                k -> s.token(k).lower().equals("data") && !(k + 1 < s.size() && s.token(k + 1).lemma().equals("set")));
    }

    /**
     * True when, from {@code from}, at most two lower-case nouns or adjectives (and past participles, if
     * {@code participles}) come before a token that {@code head} accepts.
     */
    private static boolean headAfterLowerCaseModifiers(Sentence s, int from, boolean participles, IntPredicate head) {
        for (int k = from; k < s.size() && k <= from + 2; k++) {
            if (head.test(k)) {
                return true;
            }
            Token t = s.token(k);
            boolean modifier = t.pos().startsWith("NN") || t.pos().startsWith("JJ") || (participles && t.pos().equals("VBN"));
            if (!Character.isLowerCase(t.word().charAt(0)) || !modifier) {
                return false;
            }
        }
        return false;
    }

    /**
     * True when "the" (or a possessive) opens the noun phrase of the name at {@code first}, past adjectives: "the
     * TabFact accuracy", "the weakly-supervised X accuracy"; not "state-of-the-art AutoAttack robust accuracy",
     * "for Rank-1 accuracy", where the name is an attack or a ranking.
     */
    private static boolean afterDeterminer(Sentence s, int first) {
        int k = first - 1;
        while (k >= 0 && (s.token(k).pos().startsWith("JJ") || s.token(k).pos().equals("VBN"))) {
            k--;
        }
        return k >= 0 && (s.token(k).lower().equals("the") || s.token(k).pos().equals("PRP$"));
    }

    /** "accuracy", "denotation accuracy", "test perplexity" from {@code from}: up to two lower-case words, then a score noun. */
    private static boolean scoredOn(Sentence s, int from) {
        return headAfterLowerCaseModifiers(s, from, false, k -> SCORE_NOUNS.contains(s.token(k).lemma()));
    }

    /**
     * "retrieval (e.g. CUB and SOP)", "audio classification (e.g., X)": a name given as an example of a task is
     * what the task is measured on; not "(e.g., NIR2RGB translation)", the name of a task.
     */
    private static boolean exampleOfATask(Sentence s, int first, int last) {
        if (last + 1 >= s.size() || !LIST_GLUE.contains(s.token(last + 1).lower())) {
            return false;
        }
        int k = first - 1;
        while (k > 0 && (LIST_GLUE.contains(s.token(k).lower()) || Names.isCoined(s.token(k).word()))
                && !s.token(k).word().equals("(")) {
            k--;
        }
        if (s.suchAsAt(k - 1)) {
            k--;
        }
        if (k < 2 || !EXAMPLE_MARKERS.contains(s.token(k).lower()) || !s.token(k - 1).word().equals("(")) {
            return false;
        }
        return TASK_NOUNS.contains(s.token(k - 2).lemma());
    }

    /**
     * True when the tokens from {@code from} to {@code to} list another name after "and", "or" or a comma (not a
     * short form in parentheses, "Dynamic Signal Distribution (DSD) classification").
     */
    private static boolean anotherNameListed(Sentence s, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            String before = s.token(k - 1).lower();
            boolean afterGlue = before.equals("and") || before.equals("or") || before.equals(",") || before.equals("&");
            if (afterGlue && (Names.isCoined(s.token(k).word()) || Character.isUpperCase(s.token(k).word().charAt(0)))) {
                return true;
            }
        }
        return false;
    }

    /** True when a task's name starts at {@code from}: up to two lower-case modifiers, then a task noun. */
    private static boolean taskAt(Sentence s, int from) {
        for (int k = from; k < s.size() && k <= from + 2; k++) {
            Token t = s.token(k);
            if (!Character.isLowerCase(t.word().charAt(0))) {
                return false;
            }
            if (TASK_HEADS.contains(t.lemma()) && t.pos().startsWith("NN")) {
                return true;
            }
            if (!t.pos().startsWith("NN") && !t.pos().startsWith("JJ")) {
                return false;
            }
        }
        return false;
    }

    /**
     * "ERA surface wind datasets", "the MOMA human activity dataset": up to three lower-case nouns or adjectives,
     * none a method noun, then a dataset noun (a gerund of a task among them: "the IMC-PT stereo-matching dataset",
     * "the QuoraQ question answering dataset").
     */
    private static boolean compoundEndsInDatasetNoun(Sentence s, int from) {
        int k = from;
        while (k < s.size() && k < from + 3 && (s.token(k).pos().startsWith("NN") || s.token(k).pos().startsWith("JJ")
                        || taskGerund(s, k, from))
                && Character.isLowerCase(s.token(k).word().charAt(0))
                && !DATASET_HEADS.contains(s.token(k).lemma()) && !METHOD_HEADS.contains(s.token(k).lemma())) {
            k++;
        }
        if (k == from || k >= s.size()) {
            return false;
        }
        return namesDatasets(s.token(k).lemma());
    }

    /**
     * A gerund inside a compound that names a task: hyphenated ("stereo-matching") or after a noun ("question
     * answering").
     */
    private static boolean taskGerund(Sentence s, int k, int from) {
        return s.token(k).pos().equals("VBG")
                && (s.token(k).word().indexOf('-') > 0 || k > from && s.token(k - 1).pos().startsWith("NN"));
    }

    /** True when the word before {@code j} is list glue other than a closing parenthesis: ", the", "and". */
    private static boolean gluedOn(Sentence s, int j) {
        String before = s.token(j - 1).lower();
        return !before.equals(")") && LIST_GLUE.contains(before);
    }

    /**
     * The first token from {@code from} on that is not part of a list of names: list glue, coined words, numbers
     * and capitalised words ("HighD, Roundabout Drone (RounD), and MoCAD datasets").
     */
    static int endOfList(Sentence s, int from) {
        int j = from;
        while (j < s.size()) {
            if (s.token(j).word().equals("(")) {
                // a gloss or a score after a listed name: "X (10.8 perplexity) and Y (66.5%) datasets"
                int close = closingParenthesis(s, j);
                if (close < 0) {
                    return j;
                }
                j = close + 1;
            } else if (LIST_GLUE.contains(s.token(j).lower()) || Names.isCoined(s.token(j).word())
                    || s.token(j).pos().equals("CD") || Character.isUpperCase(s.token(j).word().charAt(0))) {
                j++;
            } else {
                return j;
            }
        }
        return j;
    }

    /** Prepositions after a dataset noun that open what the data holds: "a corpus of …", "a dataset about …". */
    private static final Set<String> DATA_CONTENT_PREPOSITIONS = Set.of("of", "about", "on");

    /**
     * True when a dataset noun and "of", "about" or "on" come right before the long form at {@code first}..{@code
     * last}: "a large-scale dataset about grounded image-text pairs (GrIT)"; or "for" before one in title case that
     * names no task, "a multilingual dataset for Multicultural Reasoning over Vision and Language (MaRVL)" (not "a
     * dataset for Visual Question Answering (VQA)").
     */
    private static boolean longFormAfterADataNoun(Sentence s, int first, int last) {
        if (first < 2) {
            return false;
        }
        boolean purposeInTitleCase = s.token(first - 1).lower().equals("for")
                && Character.isUpperCase(s.token(first).word().charAt(0))
                && !namesATask(Set.of(s.words(first, last, " ")));
        if (!DATA_CONTENT_PREPOSITIONS.contains(s.token(first - 1).lower()) && !purposeInTitleCase) {
            return false;
        }
        Token noun = s.token(first - 2);
        return noun.pos().startsWith("NN") && DATA_ONLY_NOUNS.contains(headLemma(noun));
    }

    /**
     * True when the name at {@code first}..{@code last} stands alone in parentheses after a noun phrase whose head, the
     * noun before its first preposition or else its last noun, is a dataset noun: "a new corpus of real-world texts
     * (GCDC)", "a large Uzbek treebank (UzTB)".
     */
    private static boolean dataNounHeadsTheDescriptionBefore(Sentence s, int first, int last) {
        if (first < 3 || !s.token(first - 1).word().equals("(") || last + 1 >= s.size()
                || !s.token(last + 1).word().equals(")")) {
            return false;
        }
        int head = -1;
        for (int k = first - 2; k >= 0 && k >= first - 10; k--) {
            Token t = s.token(k);
            if (t.pos().startsWith("NN")) {
                head = head < 0 ? k : head;
            } else if (t.pos().equals("IN") && DESCRIBING_PREPOSITIONS.contains(t.lower())) {
                head = -1;
            } else if (ARTICLES.contains(t.lower()) || t.pos().equals("PRP$")) {
                return head >= 0 && DATA_ONLY_NOUNS.contains(headLemma(s.token(head)));
            } else if (!t.pos().startsWith("JJ") && !t.pos().equals("VBN") && !t.pos().equals("VBG")
                    && !t.pos().equals("CD") && !t.pos().equals("HYPH")) {
                return false;
            }
        }
        return false;
    }

    /** The index of the ")" that closes the "(" at {@code open}, or -1 when the sentence does not close it. */
    private static int closingParenthesis(Sentence s, int open) {
        for (int k = open + 1; k < s.size(); k++) {
            String w = s.token(k).word();
            if (w.equals(")")) {
                return k;
            }
            if (w.equals("(")) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * "object recognition tasks including N-Caltech101 and X", "the action recognition task SL-Animals": a name listed
     * right after the word "task", which stands for the benchmark that poses the task.
     */
    private static boolean listedAfterATask(Sentence s, int first, int last) {
        // not a short form being defined: "burst tasks: Burst Feature Alignment (BFA)" names a module
        if ((first > 0 && s.token(first - 1).word().equals("("))
                || (last + 1 < s.size() && s.token(last + 1).word().equals("("))) {
            return false;
        }
        for (int k = Math.max(0, first - 8); k < first; k++) {
            Token t = s.token(k);
            // right after the noun, not after a comma ("visual tasks, including Deformable-DETR, …" lists models)
            boolean listIntro = k == first - 1 || (k + 1 < s.size() && LIST_INTROS.contains(s.token(k + 1).lower())
                    && !s.token(k + 1).word().equals("("));
            if (t.lemma().equals("task") && listIntro && onlyListWords(s, k + 1, first) && endsListItem(s, last)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the name ending at {@code last} can end an item of a list: the sentence ends or goes on with list
     * glue, a closing mark or a dataset noun; not "On the X and Y datasets, Z achieves …" or "datasets like X, Z
     * reconstruction outperforms …", where Z starts the main clause.
     */
    static boolean endsListItem(Sentence s, int last) {
        if (last + 1 >= s.size()) {
            return true;
        }
        Token next = s.token(last + 1);
        // (a dataset noun, not a verb: "…, AGILE3D sets a new state of the art")
        return LIST_GLUE.contains(next.lower()) || ITEM_ENDS.contains(next.word())
                || DATASET_HEADS.contains(next.lemma()) && next.pos().startsWith("NN") || languageOfTheItem(s, last);
    }

    /**
     * True when "in" and one capitalised word that ends the item follow the name at {@code last}: the language of
     * its data, "…, and DuSQL in Chinese, show …".
     */
    private static boolean languageOfTheItem(Sentence s, int last) {
        return last + 2 < s.size() && s.token(last + 1).lower().equals("in")
                && Character.isUpperCase(s.token(last + 2).word().charAt(0))
                && (last + 3 >= s.size() || LIST_GLUE.contains(s.token(last + 3).lower())
                        || ITEM_ENDS.contains(s.token(last + 3).word()));
    }

    /**
     * True when the name from {@code first} to {@code last} is an item of a list that a token at most twelve before it
     * opens ({@code opens} says which do): nothing but list words between them, the item ended after the name.
     */
    private static boolean listItemAfter(Sentence s, int first, int last, java.util.function.IntPredicate opens) {
        for (int k = Math.max(0, first - 12); k < first; k++) {
            if (opens.test(k) && onlyListWords(s, k + 1, first) && endsListItem(s, last)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when tokens {@code from} (inclusive) to {@code to} (exclusive) are list glue, list words or names, coined
     * or capitalised ("the datasets Cora, Citeseer, Pubmed and X").
     */
    private static boolean onlyListWords(Sentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            String w = s.token(k).lower();
            if (!LIST_GLUE.contains(w) && !LIST_WORDS.contains(w) && !Names.isCoined(s.token(k).word())
                    && !Character.isUpperCase(s.token(k).word().charAt(0)) && !s.token(k).pos().equals("CD")) {
                return false;
            }
        }
        return true;
    }

}
