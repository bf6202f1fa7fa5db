package org.paperkg.extract;

import static org.paperkg.extract.DatasetCues.COPULAS;
import static org.paperkg.extract.DatasetCues.DATA_ITEMS;
import static org.paperkg.extract.DatasetCues.afterVersion;
import static org.paperkg.extract.DatasetCues.collectedHead;
import static org.paperkg.extract.DatasetCues.dataSetEndsAt;
import static org.paperkg.extract.DatasetCues.isAnEvaluationSet;
import static org.paperkg.extract.DatasetCues.isDataOnlyNoun;
import static org.paperkg.extract.DatasetCues.namesDataResource;
import static org.paperkg.extract.DatasetCues.namesDatasets;
import static org.paperkg.extract.DatasetCues.setOfDataItems;
import static org.paperkg.extract.MethodCues.isMethodHead;
import static org.paperkg.extract.OtherThingCues.titleVenue;
import static org.paperkg.extract.PhraseSyntax.ADJECTIVE_JOINERS;
import static org.paperkg.extract.PhraseSyntax.closingParenthesis;
import static org.paperkg.extract.PhraseSyntax.headLemma;
import static org.paperkg.extract.PhraseSyntax.joinsAdjectives;
import static org.paperkg.extract.PhraseSyntax.joinsNouns;
import static org.paperkg.extract.PhraseSyntax.lastWord;
import static org.paperkg.extract.PhraseSyntax.pastQuote;
import static org.paperkg.extract.TaskCues.appositionCallsItACampaignsTask;
import static org.paperkg.extract.TaskCues.sharedTaskOn;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.paperkg.extract.TypeCues.Decision;

/**
 * What the words around a name say it is, for {@link TypeCues}: the head noun of an apposition after it or of what a
 * copula says it is, the head of its long form, and the source or venue a name of a shared task or a challenge comes
 * with. Each answers a {@link Decision}, or null when the words say nothing.
 */
final class DescribedTypes {
    /** Gerunds of making data, which a title's description may open with: "X: Constructing a … Dataset". */
    private static final Set<String> MAKING_GERUNDS = Set.of("mining", "building", "creating", "constructing",
            "collecting", "compiling", "curating", "crowdsourcing", "annotating", "introducing", "releasing",
            "developing", "assembling");

    /** A long form that opens with a gerund and "to": "Learning to Play Games", "Learning to Rank". */
    private static final Pattern GERUND_BEFORE_TO = Pattern.compile("^\\p{L}+ing\\s+to\\s");

    /** A prepositional phrase ending a long form, unless a capital makes it part of a name ("Word in Context"). */
    private static final Pattern PREPOSITIONAL_PHRASE =
            Pattern.compile("\\s(?:in|for|of|on|with|from|to)\\s(?![A-Z]).*$");

    private static final Set<String> PREPOSITIONS = Set.of("for", "of", "in", "on", "with", "from", "to", "via", "by",
            "over", "across", "between", "under");

    /**
     * Punctuation after a name that a description of it follows: "X, a benchmark of …", "X: A Dataset for …", "X (a
     * data filtering benchmark)".
     */
    private static final Set<String> DESCRIPTION_MARKS = Set.of(",", ":", "(");

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

    /** Tags of a verb in the present tense or a modal: what no participle is mistaken for. */
    private static final Set<String> PRESENT_VERB_TAGS = Set.of("VBZ", "VBP", "MD");

    /** A campaign's numbered task: "SemEval-2021 Task 6", "IJCNLP-2017 Task 1", "WNUT-2020 Task 2". */
    private static final Pattern NUMBERED_TASK = Pattern.compile(".*\\S\\s+[Tt]ask\\s*\\d+[A-Za-z]?");

    /** What a collection or a suite may hold that is no data: tools, software, methods, spaces, functions. */
    private static final Set<String> NOT_COLLECTED_DATA = Set.of("tool", "software", "module", "library", "package",
            "algorithm", "method", "technique", "space", "function");

    private DescribedTypes() {
    }

    /** True when "r/" is written right before the token at {@code first}, a subreddit's name: "r/ChangeMyView". */
    private static boolean subreddit(Sentence s, int first) {
        return first >= 2 && s.token(first - 1).word().equals("/") && s.token(first - 2).word().equals("r")
                && s.token(first - 2).end() == s.token(first - 1).begin()
                && s.token(first - 1).end() == s.token(first).begin();
    }

    /**
     * What the name's source or the title's venue decides before any context: a person's test system, a subreddit,
     * the unknown side of a transfer, a shared task, a title's venue, a campaign's numbered task, a system at a venue,
     * a title's subtitle headed by a method noun; null when none of them applies.
     */
    static Decision bySourceOrVenue(NameOccurrence o, Sentence s, int first, int last) {
        String name = o.name();
        // a person's system that the paper tests its method on: "experiments on the Lorenz system"
        if (o.source().equals(TestSystemFinder.SOURCE)) {
            return new Decision(MentionKind.DATASET, "dataset.test-system", 0.8);
        }
        // a subreddit, "r/ChangeMyView", "/r/PanicParty": a forum whose posts are the data
        if (subreddit(s, first)) {
            return new Decision(MentionKind.DATASET, "dataset.subreddit", 0.8);
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
        return null;
    }

    /**
     * The head noun of an apposition after the name, or of what a copula says it is (from {@code after}, the token
     * after its short form), within eight tokens past an article: a dataset or a method; null when the description
     * names neither.
     */
    static Decision describedInApposition(Sentence s, int first, int last, int after) {
        // "LRA, a long-range benchmark", "DeeDiff, an early exiting framework", "X is a dataset of …", a title's
        // "X: A Full-Scale Dataset for …": the head noun of the apposition or of what the name is said to be
        // (past a short form: "Adversarial Example Games (AEG), a framework that …"; past a closing quotation mark:
        // "“Noisy Nodes”, a simple technique")
        // (past a version, "We present VoxClamantis v1.0, the first large-scale corpus for …")
        int mark = pastQuote(s, afterVersion(s, after));
        // (or an apposition in parentheses right after the name, which no short form opens: "of DataComp (a data
        // filtering benchmark)")
        if (last + 2 < s.size() && s.token(last + 1).word().equals("(")
                && TypeCues.ARTICLES.contains(s.token(last + 2).lower())) {
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
                && TypeCues.ARTICLES.contains(s.token(article + 1).lower())) {
            article++;
        }
        // (a dash opens a description in a title; in an abstract only one of data, "we present LiSCU – a new dataset
        // of …", since a dash there as often opens a clause of its own)
        boolean afterADash = mark < s.size() && TypeCues.DASH_TOKENS.contains(s.token(mark).word());
        // (not a title's venue, whose colon opens what the system at it is: "ur-iw-hnt at GermEval 2021: An
        // Ensembling Strategy with …")
        boolean venue = s.index() == 0 && first > 0 && TitleNameFinder.atVenue(s, first - 1);
        boolean describedNext = article < s.size() && TypeCues.ARTICLES.contains(s.token(article).lower()) && !venue
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
                    described = TypeCues.METHOD_HEADS.contains(collected) || collected.equals("software")
                            ? new Decision(MentionKind.METHOD, "method.apposition", 0.85) : null;
                    break;
                }
                // (a split's set even where the tagger reads "set" as a participle: "a similarity and relatedness test
                // set/VBN for Swedish")
                if (noun && (namesDataResource(lemma) || setOfDataItems(s, k)) || isAnEvaluationSet(s, k)
                        || dataSetEndsAt(s, k)) {
                    described = new Decision(MentionKind.DATASET, "dataset.apposition", 0.85);
                } else if (noun && TypeCues.METHOD_HEADS.contains(lemma)) {
                    described = new Decision(MentionKind.METHOD, "method.apposition", 0.85);
                } else if (noun && described != null && described.type() == MentionKind.METHOD
                        && Character.isLowerCase(s.token(k).word().charAt(0)) && !s.token(k).word().contains("-")) {
                    // (a method noun that modifies another noun is not the head: "the quantal response equilibrium
                    // (QRE), the solution concept under …")
                    described = null;
                } else if (!s.token(k).pos().startsWith("JJ") && !s.token(k).pos().startsWith("NN")
                        && !s.token(k).pos().equals("VBN") && !s.token(k).pos().equals("VBG")
                        && !s.token(k).word().contains("-")
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
        return null;
    }

    /** The head noun of a long form (a dataset noun, a method noun, a shared task, a collection); null when none. */
    static Decision longFormHead(String longForm) {
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
        return null;
    }
}
