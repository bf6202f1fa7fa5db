package org.paperkg.extract;

import static org.paperkg.extract.ListCues.examplesFollow;
import static org.paperkg.extract.MethodCues.baseOfVariant;
import static org.paperkg.extract.PhraseSyntax.headAfterLowerCaseModifiers;
import static org.paperkg.extract.PhraseSyntax.headLemma;
import static org.paperkg.extract.PhraseSyntax.pastParentheses;
import static org.paperkg.extract.TaskCues.namesATask;
import static org.paperkg.extract.TaskCues.taskGerund;
import static org.paperkg.extract.TypeCues.ARTICLES;
import static org.paperkg.extract.TypeCues.DATASET_HEADS;
import static org.paperkg.extract.TypeCues.FINITE_VERB_TAGS;
import static org.paperkg.extract.TypeCues.LIST_GLUE;
import static org.paperkg.extract.TypeCues.LIST_INTROS;
import static org.paperkg.extract.TypeCues.METHOD_HEADS;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Cues that a name is a dataset, a benchmark or a corpus, for the typing rules of {@link TypeCues}: its shape
 * ("MT-Bench", "TruthfulQA"), a dataset noun that names it, counted data items it holds ("contains 3 million
 * questions"), a split of it, its use as data, and data drawn from it or part of it.
 */
final class DatasetCues {
    static final Pattern DATASET_SHAPE =
            Pattern.compile(".*(Bench|(?<![Ww]ork)bench|BENCH|QA|\\p{L}NLI|Set|-\\d+(\\.\\d+)?[kKM]|\\p{L}{2}\\d+[kK]"
                    + "|Arena|\\p{L}Bank|\\p{L}bank|\\p{L}-?Corpus|\\p{L}-?Dataset|\\p{L}-Challenge)(-?\\d+)?$");

    /**
     * Nouns of data alone, which may open a long form as its head ("Corpus of …", "Database of …", "Benchmark for …")
     * or name it after a comma ("a new dataset, dubbed X").
     */
    static final Set<String> DATA_ONLY_NOUNS = Set.of("corpus", "dataset", "database", "treebank",
            "benchmark");

    /** Plural nouns of the items a dataset holds, which end the proper names of datasets ("Natural Questions"). */
    static final Set<String> DATA_ITEMS = Set.of("questions", "answers", "images", "faces", "books",
            "sentences", "documents", "videos", "reviews", "tweets", "dialogues", "dialogs", "conversations",
            "articles", "scenes", "utterances", "clips", "recordings", "scans", "records", "captions", "photos",
            "stories", "posts", "comments", "passages", "paragraphs", "synsets", "abstracts");

    /**
     * What a name may hold besides {@link #DATA_ITEMS} after a verb of holding and a count ("X comprises 9,262 CT
     * volumes", "X contains 37K entity descriptions"): nouns too plain to type a long form or a set of their own.
     */
    static final Set<String> COUNTED_ITEMS = Set.of("volumes", "transcripts", "descriptions", "texts",
            "pairs", "trajectories", "demonstrations", "words");

    /** Units of a collection's size that stand for its items: "4 terabytes of commits", "960 hours of speech". */
    static final Set<String> DATA_SIZES = Set.of("terabytes", "gigabytes", "tb", "gb", "hours");

    /** "X is a …", "X was a …". */
    static final Set<String> COPULAS = Set.of("is", "was");

    /** Verbs that say what a dataset holds: "X consists of …", "X contains …", "X comprises …". */
    static final Set<String> HOLDING_VERBS = Set.of("consist", "contain", "comprise", "include", "have", "hold");

    /** Prepositions of the phrases that may describe a dataset noun before the name it is given. */
    static final Set<String> DESCRIBING_PREPOSITIONS = Set.of("of", "for", "with", "on", "from", "about");

    /** Words that make a set one to evaluate on: "a test set", "an evaluation set". */
    static final Set<String> EVALUATION_SET_WORDS = Set.of("test", "testing", "evaluation", "benchmark",
            "challenge", "contrast", "validation", "development");

    /**
     * Nouns that, after "evaluation" or "benchmarking", name a benchmark: "a new evaluation framework (X) of seven
     * classification tasks", "a synthetic benchmarking framework, X", "an evaluation platform".
     */
    static final Set<String> EVALUATION_FRAMEWORK_NOUNS = Set.of("framework", "platform", "toolkit");

    static final Set<String> EVALUATING_WORDS = Set.of("evaluation", "benchmarking");

    static final Set<MentionKind> ONLY_DATASET = EnumSet.of(MentionKind.DATASET);

    /** Participles that say where data came from: "derived from X", "collected from X". */
    static final Set<String> TAKEN_FROM = Set.of("derive", "collect", "draw", "source", "extract", "curate",
            "sample", "obtain", "compile");

    /** Lemmas of nouns for data. */
    static final Set<String> DATA_NOUNS = Set.of("data", "datum", "dataset", "corpus", "subset");

    /** Nouns of the items a benchmark holds: "tasks in X", "games from X", "environments of X". */
    static final Set<String> BENCHMARK_ITEMS = Set.of("task", "game", "environment", "level", "scene",
            "question", "domain");

    /** Prepositions between such items and the benchmark's name. */
    static final Set<String> ITEM_PREPOSITIONS = Set.of("in", "from", "of");

    /** Nouns for a part of a dataset: "the subsets of X", "the test split of X". */
    static final Set<String> DATA_PARTS = Set.of("subset", "split", "partition");

    /** Words that make a set one of the parts a dataset is split into: "the validation set of X". */
    static final Set<String> SPLIT_WORDS = Set.of("training", "train", "validation", "dev", "development",
            "test", "testing", "evaluation", "held-out");

    /** Prepositions after a dataset noun that open what the data holds: "a corpus of …", "a dataset about …". */
    static final Set<String> DATA_CONTENT_PREPOSITIONS = Set.of("of", "about", "on");

    private DatasetCues() {
    }

    /**
     * True when a name ends the way benchmark names do: "MT-Bench", "NAS-Bench-201", "TruthfulQA", "ChaosNLI",
     * "Chatbot Arena", and corpora's and challenges': "PropBank", "BulTreeBank", "CCGbank", "UDT-Corpus", "BookCorpus",
     * "QL-Dataset", "CL-Psych-Challenge", or counts its items in thousands or millions: "Objects-10k", "Math23k",
     * "Clothing-1.6M".
     */
    static boolean hasDatasetShape(String name) {
        return DATASET_SHAPE.matcher(name).matches();
    }

    /**
     * "consists of 310k/25k train/test images", "contains 3 million questions": a verb of holding, a number, and a
     * plural noun of data items within ten tokens; or a colon right before the number, "X: 4 terabytes of commits",
     * "X: 12,000 annotated dialogues", where the data's size may stand for its items; {@code from} is the token after
     * the name that opens at {@code first}.
     */
    static boolean holdsDataItems(Sentence s, int first, int from) {
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
    static boolean countedItemsDrawnFrom(Sentence s, int first) {
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
     * The index after a version at {@code k} ("2.0", "v2"; "v1.0", which the tokenizer splits into "v" and "1.0"), or
     * {@code k} when none stands there.
     */
    static int afterVersion(Sentence s, int k) {
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
    static boolean setOfDataItems(Sentence s, int k) {
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
    static boolean dataSetEndsAt(Sentence s, int k) {
        return k >= 1 && (s.token(k).lower().equals("set") || s.token(k).lower().equals("sets"))
                && s.token(k - 1).lower().equals("data");
    }

    /** True when a dataset noun starts at token {@code i}: "benchmark", "corpus", or the two words "data set(s)". */
    static boolean datasetNounAt(Sentence s, int i) {
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
    static boolean glossedAsADataset(Sentence s, int i) {
        int close = pastParentheses(s, i) - 1;
        return close > i + 2 && close < s.size() && s.token(close).word().equals(")")
                && Character.isUpperCase(s.token(i + 1).word().charAt(0))
                && HeadedPhraseFinder.endsADatasetName(s.token(close - 1));
    }

    /** True when a word for a split and "set" or "sets" start at {@code i}: "test set", "development sets". */
    static boolean splitSetAt(Sentence s, int i) {
        return SPLIT_WORDS.contains(s.token(i).lower()) && i + 1 < s.size() && s.token(i + 1).lemma().equals("set");
    }

    /**
     * "X as development set", "Y as the test data": a name used as a split of the data (an article may come between).
     */
    static boolean usedAsASplit(Sentence s, int next) {
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
    static boolean saidToBeUsedAsData(Sentence s, int next) {
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
     * True when a coined name with a number stands in the noun phrase that ends at the noun {@code noun}: "the SST-2
     * sentiment dataset" is named already, so a name in apposition after it ("…, STraTA, with only 8 examples per
     * class, …") is the subject of the clause, not the dataset's name. An acronym of letters only says what the data
     * is about, "the first UHD LLIE dataset, X", "a MARL environment, X", as does a dimension, "a 3D dataset, X".
     */
    static boolean namedInItsPhrase(Sentence s, int noun) {
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

    /**
     * True when the noun phrase that starts at {@code k}, after a title's colon, ends in a dataset noun: "Multilingual
     * Language Model Dataset", "Large-scale Medical Dialogue Datasets for …". Not a phrase that opens with a gerund,
     * "Unifying Object Detection Datasets via …", which says what X does, nor one whose last noun is something else,
     * "Dataset Distillation for Images"; a resource or a lexicon counts ({@link #namesDataResource}). (Only datasets
     * are read so: "X: Benchmarking Large Language Models" names what X measures, not what X is.)
     */
    static boolean titleDescriptionNamesDatasets(Sentence s, int k) {
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
    static boolean namesDataResource(String lemma) {
        return namesDatasets(lemma) || lemma.equals("resource") || lemma.equals("lexicon");
    }

    /**
     * True when a dataset noun comes right before a naming word before the name at {@code first} ("a … dataset named
     * X", "a benchmark called X"), or before "is" or "was" and perhaps an article ("The first dataset is the X").
     */
    static boolean namedOrSaidToBeADataset(Sentence s, int first) {
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

    /**
     * True when the words up to {@code last} are a dataset noun and prepositional phrases of nouns and adjectives
     * after it, twelve words at most: "dataset of implicit human preferences for user-generated visual art".
     */
    static boolean datasetNounDescribedBefore(Sentence s, int last) {
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
    static boolean namedByTheAuthorsAfterADatasetNoun(Sentence s, int first) {
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
     * True when the token at {@code k} is a dataset noun that a list of names may follow: "datasets such as X, Y", "the
     * benchmarks X and Y", "test collections (X, Y)", "The data sets X, Y" (the tagger may read "sets" there as a
     * verb), "untrimmed video data, such as X, Y and …".
     */
    static boolean opensADatasetList(Sentence s, int k) {
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
     * True when a dataset noun heads the phrase before "namely" at {@code k}, its comma aside: right before it ("two
     * benchmarks, namely …") or before a past participle's phrase that describes it ("The dataset used in this shared
     * task, namely …"; not "a dataset comprising measurements from commodity sensors, namely …"); not where a method
     * noun comes first ("a strong baseline, namely …") or a finite verb ends the search.
     */
    static boolean datasetNounBeforeNamely(Sentence s, int k) {
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
     * The lemma of the head noun after "collection of" or "suite of" at {@code k}, its modifiers aside ("a collection
     * of reproducing kernel Hilbert spaces" gives "space"), or null when no such phrase stands there.
     */
    static String collectedHead(Sentence s, int k) {
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
    static boolean isAnEvaluationSet(Sentence s, int k) {
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

    /** True when a name of several words ends in a capitalised dataset noun: "Waymo Open Dataset", "STS Benchmark". */
    static boolean endsInItsOwnDatasetNoun(String name) {
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

    /**
     * True when a name clearly typed a dataset and nothing else in the text is the name and a hyphenated capitalised
     * word: "JRDB" of "JRDB-Pose" (not the model of "LLaVA-Bench", whose shape alone says what the longer name is, nor
     * the framework of "COLLIE-v1", a version of the data it made).
     */
    static boolean baseOfADatasetVariant(String name, Map<String, Set<MentionKind>> cued) {
        for (Map.Entry<String, Set<MentionKind>> e : cued.entrySet()) {
            String longer = e.getKey();
            if (ONLY_DATASET.equals(e.getValue()) && name.equals(baseOfVariant(longer)) && !hasDatasetShape(longer)
                    && Names.TITLE_WORD.matcher(longer.substring(name.length() + 1)).matches()) {
                return true;
            }
        }
        return false;
    }

    /** "climate datasets derived from CMIP6", "data collected from X": a name the data was taken from. */
    static boolean sourceOfData(Sentence s, int first) {
        return first >= 3 && s.token(first - 1).lower().equals("from") && s.token(first - 2).pos().equals("VBN")
                && TAKEN_FROM.contains(s.token(first - 2).lemma()) && DATA_NOUNS.contains(s.token(first - 3).lemma());
    }

    /**
     * "on the Sony and Fuji subsets of X", "the validation split of X", "the test set of X", "tasks in X": a name that
     * data is a part of (not any set of X: "a set of RL algorithms").
     */
    static boolean partOfData(Sentence s, int first) {
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
    static boolean dataOf(Sentence s, int from) {
        return headAfterLowerCaseModifiers(s, from, true,
                k -> s.token(k).lower().equals("data") && !(k + 1 < s.size() && s.token(k + 1).lemma().equals("set")));
    }

    /**
     * "ERA surface wind datasets", "the MOMA human activity dataset": up to three lower-case nouns or adjectives,
     * none a method noun, then a dataset noun (a gerund of a task among them: "the IMC-PT stereo-matching dataset",
     * "the QuoraQ question answering dataset").
     */
    static boolean compoundEndsInDatasetNoun(Sentence s, int from) {
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
     * True when a dataset noun and "of", "about" or "on" come right before the long form at {@code first}..{@code
     * last}: "a large-scale dataset about grounded image-text pairs (GrIT)"; or "for" before one in title case that
     * names no task, "a multilingual dataset for Multicultural Reasoning over Vision and Language (MaRVL)" (not "a
     * dataset for Visual Question Answering (VQA)").
     */
    static boolean longFormAfterADataNoun(Sentence s, int first, int last) {
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
    static boolean dataNounHeadsTheDescriptionBefore(Sentence s, int first, int last) {
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
}
