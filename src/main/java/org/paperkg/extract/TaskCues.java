package org.paperkg.extract;

import static org.paperkg.extract.ListCues.endsListItem;
import static org.paperkg.extract.ListCues.onlyListWords;
import static org.paperkg.extract.MethodCues.isMethodHead;
import static org.paperkg.extract.PhraseSyntax.opensTheSentence;
import static org.paperkg.extract.PhraseSyntax.pastAnAdverbsParticiple;
import static org.paperkg.extract.PhraseSyntax.pastItsShortForm;
import static org.paperkg.extract.PhraseSyntax.pointingWordBefore;
import static org.paperkg.extract.PhraseSyntax.startOfNounPhrase;
import static org.paperkg.extract.PhraseSyntax.tokenAfterShortForm;
import static org.paperkg.extract.TypeCues.ARTICLES;
import static org.paperkg.extract.TypeCues.FINITE_VERB_TAGS;
import static org.paperkg.extract.TypeCues.INDEFINITE_ARTICLES;
import static org.paperkg.extract.TypeCues.LIST_GLUE;
import static org.paperkg.extract.TypeCues.LIST_INTROS;
import static org.paperkg.extract.TypeCues.METHOD_HEADS;
import static org.paperkg.extract.TypeCues.POINTING_WORDS;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Cues that a name is a task, a problem, a phenomenon or a statement rather than a method or a dataset, for the
 * typing rules of {@link TypeCues}: long forms that name a task ("Fine-Grained Visual Classification (FGVC)"), "X
 * aims to …", "Task 3: X", a phenomenon or a condition, a class in a list after "classify … into"; the names the
 * authors give to a task, a problem or a phenomenon they pose are {@link PosedTaskCues}.
 */
final class TaskCues {
    /** What opens a parenthesised example: "(e.g. X)", "(e.g., X)", "(such as X)". */
    static final Set<String> EXAMPLE_MARKERS = Set.of("e.g.", "e.g", "eg", "e.g.,", "such");

    /**
     * Tasks of analysis, whose examples are datasets: "classification (e.g. ImageNet)"; not generation or
     * translation, whose examples are as often models ("image generation (e.g. SNGAN)").
     */
    static final Set<String> TASK_NOUNS = Set.of("classification", "retrieval", "detection",
            "segmentation", "modeling", "modelling", "recognition", "answering", "summarization", "summarisation",
            "captioning", "parsing", "tagging", "reasoning", "tracking", "task", "benchmark");

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
    static final Set<String> LOWER_CASE_TASK_HEADS = Set.of("enhancement", "restoration", "inpainting",
            "deblurring", "denoising", "synthesis", "induction");

    /**
     * Words before "correction" that make it a task: "grammatical error correction (GEC)", "spelling correction (SC)"
     * (a correction alone is as often part of a method, "gradient correction").
     */
    static final Set<String> CORRECTED_THINGS = Set.of("error", "errors", "spelling", "typo");

    static final Pattern LAST_WORD_BREAK = Pattern.compile("[\\s-]+");

    /**
     * Heads of tasks that a title-case long form opening a sentence that says what it aims at has, beside those of
     * {@code TASK_HEADS}: "Entity Alignment (EA) aims to …", "Novel View Synthesis (NVS) aims at …", "Slot Filling (SF)
     * aims to …", "Low-light Image Enhancement (LIE) aims at …" (elsewhere these heads as often end a method's part).
     */
    static final Set<String> AIMED_TASK_HEADS = Set.of("alignment", "editing", "post-editing", "synthesis",
            "interpolation", "filling", "generation", "prediction", "forecasting", "estimation", "analysis",
            "assessment", "compression", "transfer");

    /**
     * Heads of ways of learning and of tasks, written as a title when a sentence opens with them and says what they
     * aim at, not of methods ({@link #aimsAtSomething}; the task heads of {@code TASK_HEADS} count too).
     */
    static final Set<String> FIELD_HEADS = Set.of("learning", "adaptation", "generalization",
            "generalisation", "discovery", "matching");

    /** Verbs that sort things into classes, whose "into" lists the classes. */
    static final Set<String> SORTING_VERBS = Set.of("classify", "categorize", "categorise", "group", "sort",
            "cluster");

    /** Last words of names of phenomena and claims, which are no methods: "Low-Norm Effect", "Lottery Ticket Hypothesis". */
    static final Set<String> PHENOMENON_WORDS = Set.of("effect", "phenomenon", "hypothesis", "paradox", "law",
            "theorem", "lemma", "conjecture", "dilemma", "curse");

    /**
     * Nouns after a name that make it the name of a claim, a condition or an observed effect, not of a method or
     * dataset: "the PL condition", "the Neural Collapse (NC) phenomenon", "the GLT hypothesis", "the MLI property",
     * "the AWGN assumption". Nouns only: "DALL-E conditions on text" is the method at work.
     */
    static final Set<String> STATEMENT_NOUNS = Set.of("phenomenon", "condition", "hypothesis", "property",
            "assumption", "conjecture");

    /**
     * Words after one of the {@link #STATEMENT_NOUNS} that make it a verb, whatever its tag ("QuillGen conditions on
     * text").
     */
    static final Set<String> VERB_OBJECT_STARTS = Set.of("on", "upon", "the", "a", "an", "its", "their");

    /** The most words of a shared task's title that a name in parentheses after it is looked for past. */
    static final int MAX_TASK_TITLE_WORDS = 12;

    /** The last words of a field named by what it does: "federated learning", "domain adaptation". */
    static final Set<String> FIELD_ACTIVITIES = Set.of("learning", "training", "adaptation",
            "generalization", "generalisation", "optimization", "optimisation");

    private TaskCues() {
    }

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
    static boolean methodForATask(String[] words) {
        for (int k = 1; k + 1 < words.length; k++) {
            if (words[k].equals("for")) {
                return isMethodHead(words[k - 1]);
            }
        }
        return false;
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

    /** True for "aims to", "aims at" or "seeks to" at {@code k}. */
    static boolean aimedAt(Sentence s, int k) {
        if (k + 1 >= s.size()) {
            return false;
        }
        String verb = s.token(k).lower();
        String after = s.token(k + 1).lower();
        return (verb.equals("aims") || verb.equals("seeks")) && after.equals("to")
                || verb.equals("aims") && after.equals("at");
    }

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

    /** True when a name of several words ends in a phenomenon's word: "a phenomenon, called the Low-Norm Effect". */
    static boolean namesAPhenomenon(NameOccurrence o) {
        String name = o.name();
        int space = name.lastIndexOf(' ');
        return space > 0 && PHENOMENON_WORDS.contains(name.substring(space + 1).toLowerCase(Locale.ROOT));
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

    static String statementNounAfter(NameOccurrence o) {
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
    static int statementNounInApposition(Sentence s, int next) {
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

    /**
     * True when a long form names a field of study by its activity: "Vertical Federated Learning (VFL)", "multi-label
     * learning (MLL)", whose datasets ("VFL datasets") are a field's, not one named dataset.
     */
    static boolean abbreviatesAField(String longForm) {
        if (longForm == null) {
            return false;
        }
        String lower = longForm.toLowerCase(Locale.ROOT);
        return FIELD_ACTIVITIES.contains(lower.substring(lower.lastIndexOf(' ') + 1));
    }

    /**
     * True when ", a" and a campaign's capitalised name or "shared" come before "task" right after the name ending at
     * {@code last}: "MeasEval, a SemEval task of extracting …", "X, a shared task on …".
     */
    static boolean appositionCallsItACampaignsTask(Sentence s, int last) {
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
    static boolean sharedTaskOn(Sentence s, int first) {
        return first >= 3 && s.token(first - 1).lower().equals("on") && s.token(first - 2).lower().equals("task")
                && s.token(first - 3).lower().equals("shared");
    }

    /**
     * "retrieval (e.g. CUB and SOP)", "audio classification (e.g., X)": a name given as an example of a task is
     * what the task is measured on; not "(e.g., NIR2RGB translation)", the name of a task.
     */
    static boolean exampleOfATask(Sentence s, int first, int last) {
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

    /** True when a task's name starts at {@code from}: up to two lower-case modifiers, then a task noun. */
    static boolean taskAt(Sentence s, int from) {
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
     * A gerund inside a compound that names a task: hyphenated ("stereo-matching") or after a noun ("question
     * answering").
     */
    static boolean taskGerund(Sentence s, int k, int from) {
        return s.token(k).pos().equals("VBG")
                && (s.token(k).word().indexOf('-') > 0 || k > from && s.token(k - 1).pos().startsWith("NN"));
    }

    /**
     * "object recognition tasks including N-Caltech101 and X", "the action recognition task SL-Animals": a name listed
     * right after the word "task", which stands for the benchmark that poses the task.
     */
    static boolean listedAfterATask(Sentence s, int first, int last) {
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
}
