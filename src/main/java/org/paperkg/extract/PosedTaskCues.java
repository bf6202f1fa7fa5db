package org.paperkg.extract;

import static org.paperkg.extract.PhraseSyntax.pastAnAdverbsParticiple;
import static org.paperkg.extract.PhraseSyntax.pastItsShortForm;
import static org.paperkg.extract.PhraseSyntax.pointingWordBefore;
import static org.paperkg.extract.PhraseSyntax.startOfNounPhrase;
import static org.paperkg.extract.TypeCues.ARTICLES;
import static org.paperkg.extract.TypeCues.INDEFINITE_ARTICLES;
import static org.paperkg.extract.TypeCues.POINTING_WORDS;

import java.util.Set;

/**
 * Cues that a name is one the authors give to a task, a problem, a setting, a scenario or a phenomenon they pose or
 * observe, not to a method: "a new task, termed referring multi-object tracking (RMOT)", "a novel problem …, which we
 * term “Multimodal Generalization” (MMG)", "the task of X", "Termed as the Implicit Identity Leakage, this phenomenon
 * …"; the names of tasks in general are {@link TaskCues}.
 */
final class PosedTaskCues {
    /** Prepositions that open where a task applies: "(NCD) for semantic segmentation is …". */
    private static final Set<String> WHERE_PREPOSITIONS = Set.of("for", "in", "on");

    /** What a text may say a name is where it names no method (a task, an issue): see {@link #calledATask}. */
    private static final Set<String> POSED_THINGS = Set.of("task", "problem", "phenomenon", "setting", "scenario",
            "issue", "dilemma");

    /** Things posed that are tasks to solve (a new setting the authors name is their proposal, as a method is). */
    private static final Set<String> POSED_TASKS = Set.of("task", "problem");

    /** Words before "task" that make it one a model is trained on, part of a method. */
    static final Set<String> TRAINING_TASK_WORDS = Set.of("pre-training", "pretraining", "pretext",
            "auxiliary", "proxy", "surrogate", "training");

    /** Verbs of looking into something, not making it. */
    private static final Set<String> STUDYING_VERBS = Set.of("study", "consider", "investigate", "examine", "explore",
            "address", "tackle");

    /** Participles that give a thing its name in the passive: "is known as", "is called", "is referred to as". */
    private static final Set<String> PASSIVE_NAMING = Set.of("known", "called", "termed", "dubbed", "named", "referred",
            "coined", "denoted");

    /** Nouns of what is observed to happen, which a name given to one names no method: "this phenomenon". */
    private static final Set<String> PHENOMENON_NOUNS = Set.of("phenomenon", "effect");

    /** Verbs by which the authors name something in a relative clause: "which we term", "that we call". */
    private static final Set<String> CLAUSE_NAMING_VERBS = Set.of("term", "call", "name", "dub", "coin");

    private static final Set<String> RELATIVE_PRONOUNS = Set.of("which", "that");

    /** Prepositions of a phrase that follows the posed thing's noun: "a problem in …", "the task of …". */
    private static final Set<String> CLAUSE_ANTECEDENT_PREPOSITIONS = Set.of("in", "of", "for", "on");

    private PosedTaskCues() {
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
     * True when the authors name a task, problem, challenge or scenario they pose in a relative clause and the name at
     * {@code first} is that name: "we study a novel problem in egocentric action recognition, which we term as
     * “Multimodal Generalization” (MMG)", "another challenge in class-incremental learning (CIL), which we call
     * cross-task class discrimination (CTCD)", "In such a scenario, which we call Language-Model-as-a-Service (LMaaS)".
     * The noun the clause names is the head of the noun phrase before its comma, or of the one before a prepositional
     * phrase there: not "a compact representation of the demonstrated task, which we call a function vector (FV)", nor
     * "a novel method for the task, which we call …", nor after a method the sentence brings in before the noun.
     */
    static boolean namedInAClauseAfterAPosedThing(Sentence s, int first) {
        int k = first - 1;
        while (k >= 0 && PhraseSyntax.isQuote(s.token(k))) {
            k--;
        }
        if (k >= 0 && s.token(k).lower().equals("as")) {
            k--;
        }
        if (k >= 1 && s.token(k).lower().equals("to") && s.token(k - 1).lemma().equals("refer")) {
            k--;
        } else if (k < 0 || !CLAUSE_NAMING_VERBS.contains(s.token(k).lemma())) {
            return false;
        }
        if (k < 4 || !s.token(k - 1).lower().equals("we") || !RELATIVE_PRONOUNS.contains(s.token(k - 2).lower())
                || !s.token(k - 3).word().equals(",")) {
            return false;
        }
        int head = k - 4;
        if (PhraseSyntax.isParenthesisedAcronym(s, head)) {
            head -= 3;
        }
        if (head < 0 || !s.token(head).pos().startsWith("NN")) {
            return false;
        }
        int start = PhraseSyntax.startOfNounPhrase(s, head);
        // (past determiners to a preposition that opens the phrase: "a novel problem in egocentric action recognition")
        while (start > 0 && TypeCues.ARTICLES.contains(s.token(start - 1).lower())) {
            start--;
        }
        if (start >= 2 && CLAUSE_ANTECEDENT_PREPOSITIONS.contains(s.token(start - 1).lower())
                && s.token(start - 2).pos().startsWith("NN")) {
            head = start - 2;
        }
        if (!POSED_THINGS.contains(s.token(head).lemma()) && !s.token(head).lemma().equals("challenge")) {
            return false;
        }
        // (nor where the sentence brings in a method before it, which the clause may name: "We then propose a novel
        // method to tackle the problems, which we refer to as Federated Matching (FedMatch)")
        return !ProposalCues.anyBetween(s, -1, head, t -> DefinitionFilter.METHOD_NOUNS.contains(t.lemma()));
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

    static boolean calledAPhenomenon(Sentence s, int first, int last) {
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
}
