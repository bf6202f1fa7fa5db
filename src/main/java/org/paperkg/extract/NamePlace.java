package org.paperkg.extract;

import static org.paperkg.extract.DatasetCues.afterVersion;
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
import static org.paperkg.extract.ListCues.anotherNameListed;
import static org.paperkg.extract.ListCues.endsListItem;
import static org.paperkg.extract.ListCues.examplesFollow;
import static org.paperkg.extract.ListCues.gluedOn;
import static org.paperkg.extract.ListCues.listItemAfter;
import static org.paperkg.extract.ListCues.listedAfterAMethodNoun;
import static org.paperkg.extract.ListCues.onlyListWords;
import static org.paperkg.extract.MethodCues.appliedOn;
import static org.paperkg.extract.MethodCues.comparingAs;
import static org.paperkg.extract.MethodCues.isMethodHead;
import static org.paperkg.extract.MethodCues.mayOpenAnApposition;
import static org.paperkg.extract.MetricCues.CLOSES_APPOSITION;
import static org.paperkg.extract.MetricCues.scoredOn;
import static org.paperkg.extract.PhraseSyntax.afterDeterminer;
import static org.paperkg.extract.PhraseSyntax.capitalisedAt;
import static org.paperkg.extract.PhraseSyntax.finiteVerbAfter;
import static org.paperkg.extract.PhraseSyntax.isQuote;
import static org.paperkg.extract.PhraseSyntax.lastWord;
import static org.paperkg.extract.PhraseSyntax.noArticleBetween;
import static org.paperkg.extract.PhraseSyntax.pastQuote;
import static org.paperkg.extract.PhraseSyntax.usedAsAVerb;
import static org.paperkg.extract.ProposalCues.anyBetween;
import static org.paperkg.extract.TaskCues.TASK_HEADS;
import static org.paperkg.extract.TaskCues.abbreviatesAField;
import static org.paperkg.extract.TaskCues.exampleOfATask;
import static org.paperkg.extract.TaskCues.listedAfterATask;
import static org.paperkg.extract.TaskCues.namesANumberedTask;
import static org.paperkg.extract.TaskCues.taskAt;
import static org.paperkg.extract.TypeCues.DASH_TOKENS;
import static org.paperkg.extract.TypeCues.DEFINED_BEFORE_ITS_NOUN;
import static org.paperkg.extract.TypeCues.FINITE_VERB_TAGS;
import static org.paperkg.extract.TypeCues.GAZETTEER_DATASET;
import static org.paperkg.extract.TypeCues.LIST_GLUE;
import static org.paperkg.extract.TypeCues.METHOD_HEADS;
import static org.paperkg.extract.TypeCues.NAME_SHAPE;
import static org.paperkg.extract.TypeCues.UNCUED;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.paperkg.extract.TypeCues.Decision;

/**
 * A name at its place in a sentence, and what each cue reads there: the name's tokens, its long form, where a list
 * of names it opens ends, the word after it, past a version or a quotation mark and past a short form, and the
 * gazetteer's entry. The cues are asked in order, the first that decides wins ({@link TypeCues#decide}); the word
 * lists only they read are here, and they ask the {@link TypeCues} that made them whether a name is a known model's.
 */
final class NamePlace {
    /** Words that the long form of a dataset-shaped short form holds: "Question Answering", "Benchmark", "Corpus". */
    private static final Pattern SHAPE_WORDS = Pattern.compile(
            "(?is).*(question|answer|bench|set|arena|bank|qa|corpus|nli|inference|challenge).*");

    /** What a long form is for, after its head: "Robust Margin Loss for Visual Question Answering". */
    private static final Pattern PURPOSE = Pattern.compile("(?i)\\sfor\\s.*$");

    /**
     * A coined name, then a year: "DUC 2004", "ImageCLEF 2017", "SemEval 2014", "CoNLL-2003", written against it too,
     * "AutoSimulTrans2021", or its last two digits after an apostrophe, "WAT'21" (not "GPT-4", "Llama 2").
     */
    private static final Pattern EDITION = Pattern.compile(
            "\\p{Lu}[\\p{L}\\d-]*\\p{Lu}[\\p{L}\\d-]*(?:[ -](19|20)\\d\\d|\\p{L}(19|20)\\d\\d|'\\d\\d)");

    /** Prepositions of what methods are for, before examples of them: "methods for image classification such as X". */
    private static final Set<String> PURPOSE_PREPOSITIONS = Set.of("for", "in", "on");

    /** What joins the names of a list. */
    private static final Set<String> JOINING_GLUE = Set.of(",", "and", "or", "/", "&");

    /** Nouns of models that a known dataset before them trained: "ImageNet models", "CIFAR-10 classifiers". */
    private static final Set<String> TRAINED_MODEL_NOUNS = Set.of("model", "network", "classifier", "backbone",
            "encoder");

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

    /** Nouns of the software that runs a benchmark: "the DomainBed framework", "the X toolkit". */
    private static final Set<String> BENCHMARK_SOFTWARE_NOUNS = Set.of("framework", "toolkit", "library", "platform");

    private final TypeCues cues;
    private final Lexicon lexicon;
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

    NamePlace(TypeCues cues, Lexicon lexicon, NameOccurrence o, Sentence s, int first, int last, String longForm,
              int listEnd, String nextLemma, int closed, int after, Lexicon.Entry known) {
        this.cues = cues;
        this.lexicon = lexicon;
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
    Decision byTheWordsAfter() {
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
            // "experiments on CNN-LSTM, RNN-Transducer, and Transformer models" (not models trained on known data;
            // nor a name right before another, which it qualifies, "a state-of-the-art RoboTHOR ZSON model"; but past
            // its own gloss, "the SP (Stochastic Polyak step size) method")
            if (METHOD_HEADS.contains(s.token(listEnd).lemma()) && s.token(listEnd).pos().startsWith("NN")
                    && (s.token(last + 1).word().equals("(")
                            || anyBetween(s, last, listEnd, t -> JOINING_GLUE.contains(t.lower())))
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
    Decision byWhatTheTextSaysItIs() {
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
    Decision byADatasetNounBefore() {
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
    Decision byTheListOrTheShape() {
        // (not a model named after a famous one: "table corpora (TAPAS and TaBERT)", nor a known model's variant,
        // "benchmarks such as BERT-Base, BERT-Large, GPT-2 pre-training and ImageNet", nor a known model,
        // "pre-trained on multilingual corpora, such as, mBERT and XLM-RoBERTa")
        boolean namedAfterAModel = cues.endsInAKnownModelsName(name) || lexicon.isOnlyAMethodVariant(name)
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
        // (nor one listed right after a method noun in the plural: "two neural symbolic methods NSCL and NSVQA"; a
        // dataset the gazetteer knows too, and as an example before the clause's verb, "semi-supervised methods such
        // as PAWS rely on …" name the method, see exampleOfAMethodNoun)
        boolean knownDataset = known != null && known.type() == MentionKind.DATASET;
        if (hasDatasetShape(name) && listedAfterAMethodNoun(s, first, last)
                || knownDataset && exampleOfAMethodNoun(first)) {
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
        if (hasDatasetShape(name) && !cues.contextOfAModel(name)
                && !(name.equals(name.toUpperCase(Locale.ROOT)) && namesADomain(s, first, last))
                && (longForm == null || SHAPE_WORDS.matcher(PURPOSE.matcher(longForm).replaceFirst("")).matches()
                        && !isMethodHead(lastWord(longForm)))) {
            return new Decision(MentionKind.DATASET, NAME_SHAPE, 0.8);
        }
        return null;
    }

    /**
     * True when the name at {@code first} is listed right after a method noun in the plural, or is an example that
     * "such as" gives of one, also before the clause's verb and past a short phrase of what they are for ("methods
     * for image classification such as PAWS"); not after "of" ("variants of ImageNet"), not of systems, which are as
     * often the platforms data comes from, "CQA systems such as Yahoo! Answers", nor of a method noun in a phrase
     * about data, "corpora used to train popular language models, including C4, The Pile, and …".
     */
    private boolean exampleOfAMethodNoun(int first) {
        for (int k = Math.max(0, first - 12); k < first; k++) {
            Token t = s.token(k);
            if (t.pos().equals("NNS") && Character.isLowerCase(t.word().charAt(0)) && METHOD_HEADS.contains(t.lemma())
                    && !t.lemma().equals("system") && !aDatasetNounBefore(k)
                    && !anyBetween(s, k, first, w -> w.lower().equals("of"))) {
                int examples = pastWhatTheyAreFor(k + 1, first);
                if (onlyListWords(s, k + 1, first) && endsListItem(s, last)
                        || examplesFollow(s, examples) && onlyListWords(s, examples, first)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True when a dataset noun stands among the eight words before token {@code k}. */
    private boolean aDatasetNounBefore(int k) {
        return anyBetween(s, Math.max(-1, k - 9), k, t -> namesDatasets(t.lemma()));
    }

    /** Past "for", "in" or "on" and up to three lower-case nouns and adjectives from {@code k}; else {@code k}. */
    private int pastWhatTheyAreFor(int k, int end) {
        if (k >= end || !PURPOSE_PREPOSITIONS.contains(s.token(k).lower())) {
            return k;
        }
        int j = k + 1;
        while (j < end && j - k <= 3 && !s.suchAsAt(j) && Character.isLowerCase(s.token(j).word().charAt(0))
                && (s.token(j).pos().startsWith("NN") || s.token(j).pos().startsWith("JJ"))) {
            j++;
        }
        return j > k + 1 ? j : k;
    }

    /** The long form's head, the gazetteer, an edition or a task, and how the text uses the name's data. */
    Decision byWhatIsKnownOrHowItIsUsed() {
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
}
