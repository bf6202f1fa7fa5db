package org.paperkg.extract;

import static org.paperkg.extract.ProposalCues.AND_OR;
import static org.paperkg.extract.ProposalCues.BE_BEFORE_TRIGGER;
import static org.paperkg.extract.ProposalCues.COMPARISONS;
import static org.paperkg.extract.ProposalCues.CREATING_VERBS;
import static org.paperkg.extract.ProposalCues.DASHES;
import static org.paperkg.extract.ProposalCues.EARLIER;
import static org.paperkg.extract.ProposalCues.ESTABLISHED;
import static org.paperkg.extract.ProposalCues.MAKING_OF_NOUNS;
import static org.paperkg.extract.ProposalCues.NAMELY;
import static org.paperkg.extract.ProposalCues.NOVELTY;
import static org.paperkg.extract.ProposalCues.TRIGGERS;
import static org.paperkg.extract.ProposalCues.VARIANT_NOUNS;
import static org.paperkg.extract.ProposalCues.anyBetween;
import static org.paperkg.extract.ProposalCues.citesAWorkAt;
import static org.paperkg.extract.ProposalCues.clauseStart;
import static org.paperkg.extract.ProposalCues.countsThings;
import static org.paperkg.extract.ProposalCues.isTriggerVerb;
import static org.paperkg.extract.ProposalCues.namelyBefore;
import static org.paperkg.extract.ProposalCues.novelAfterAnArticle;
import static org.paperkg.extract.ProposalCues.reportsOnTheRenamedNoun;
import static org.paperkg.extract.ProposalCues.subjectBefore;

import java.util.Set;
import static org.paperkg.extract.ProposalCues.NAMING_VERBS;

/**
 * Proposals read from what stands in apposition to a name after a proposing verb, for the rules of
 * {@link ProposalFinder}: "we propose a framework with augmentation, AutoTCL, which …", "X, a novel …" and a short form
 * defined for a phrase that presents something as new ("by a novel SubEquivariant Transformer (SET)"); the items of a
 * list after a proposing verb are {@link ListedProposals}. Each returns the rule that fired, or null.
 */
final class AppositionProposals {
    /** Participles after a noun that open what it uses: "a novel approach using X (Y)". */
    static final Set<String> USING_PARTICIPLES = Set.of("using", "leveraging", "employing", "utilizing",
            "utilising", "exploiting", "applying", "adopting");

    /** Words after a participle that describe the noun before it: "benchmarks designed to …", "… built by others". */
    static final Set<String> PARTICIPLE_COMPLEMENTS = Set.of("to", "for", "by");

    /** The prepositions after "based" or "built" that give what a new thing is made on. */
    static final Set<String> BUILT_ON = Set.of("on", "upon");

    /** Nouns of a part of a shared task, before its number: "Task 1", "Subtask A", "Track 2". */
    static final Set<String> TASK_PART_NOUNS = Set.of("task", "subtask", "track");

    /** Heads of a result: "a new state-of-the-art record", "a new best score". */
    static final Set<String> RESULT_HEADS = Set.of("record", "result", "high", "best", "score", "performance");

    /** Nouns of the parts of a thing: "splits of two datasets", "subsets of …". */
    static final Set<String> PART_NOUNS = Set.of("split", "subset", "partition", "part", "portion");

    private AppositionProposals() {
    }

    /**
     * Apposition after a trigger: "we propose a framework with augmentation, AutoTCL, which …", "we design a novel
     * smoothing algorithm, the Parisian particle Gibbs PPG sampler, …" (the name inside the apposition's noun phrase).
     */
    static String appositionAfterTrigger(Sentence s, int first, Set<String> ownNames, boolean definedInPlace,
                                                 boolean forShort) {
        first = startOfConjoinedNames(s, startOfAppositionPhrase(s, first, definedInPlace));
        // "we propose reformulating PINNs on a Lagrangian frame of reference, i.e., LPINNs": the name renames all
        // that the trigger governs, prepositional phrases included
        int namelyAt = first >= 3 ? namelyBefore(s, first) : -1;
        if (namelyAt < 0 && includesCountedThings(s, first)) {
            namelyAt = first - 1;
        }
        // the token that sets the apposition off: the comma before "namely X" too ("a smoothed approximation,
        // namely SOFT (…) top-k operator")
        boolean namelyAfterComma = namelyAt >= 0 && namelyAt == first - 1 && s.token(first - 2).word().equals(",");
        boolean namely = namelyAt >= 0 && namelyAt == first - 2 || namelyAfterComma;
        int sep = namelyAfterComma ? first - 2 : first - 1;
        // (or between dashes: "a novel approach for this task -- Lift, Map, Detect (LMD) -- that …")
        boolean dash = sep >= 0 && DASHES.contains(s.token(sep).word());
        if (sep >= 0 && (s.token(sep).word().equals(",") || s.token(sep).word().equals(":") || dash)) {
            // a name after a task and its number names the task: "our approach to address the … Shared Task 1:
            // Nuanced Arabic Dialect Identification (NADI)"
            if (namesATaskBefore(s, sep)) {
                return null;
            }
            // a coined name before the comma, right after a preposition, opens a list of names that "and" closes,
            // the preposition's object, which no apposition renames: "we also introduce affine transformations into
            // RotatE, Distmult and ComplEx", "a combination of GPT-2, GloVe, and RoBERTa embeddings" (not "a variant
            // of PPO, DyNA-PPO, to …", no "and" after it, nor "which we name as CIFAR-10N, …")
            if (listAfterAPreposition(s, sep, first)) {
                return null;
            }
            // a name given "for short" renames all the phrase before it, however long
            // (thirteen words back, not counting acronyms in parentheses)
            int reach = sep - 13;
            boolean skippedAnAcronym = false;
            for (int k = sep - 1; k >= 0 && (forShort || k >= reach); k--) {
                String w = s.token(k).lower();
                if (PhraseSyntax.isParenthesisedAcronym(s, k)) {
                    // the acronym in parentheses is part of the phrase the name renames ("a novel masked image modeling
                    // (MIM) approach, context autoencoder (CAE)"), or of the one before the colon: "we propose a novel
                    // reinforcement learning (RL) setup for …: Policy Gradient for …"
                    k -= 2;
                    reach -= 3;
                    skippedAnAcronym = true;
                    continue;
                }
                // (what a new thing is based on qualifies it and does not count against the words: "a novel deep
                // sequence model based on the Koopman theory for time series forecasting: Koopman Neural …")
                // (built on it too: "a novel DG model built upon vision transformers, namely GMoE")
                if ((w.equals("based") || w.equals("built")) && BUILT_ON.contains(s.token(k + 1).lower())
                        && afterANewThing(s, k + 1)) {
                    reach -= 4;
                }
                boolean builtUpon = w.equals("upon") && afterANewThing(s, k);
                // ("on" or "in" after a new thing's noun qualifies it: "a new synthetic corpus in code-mix for dialogs,
                // CM-DailyDialog")
                if (COMPARISONS.contains(w) && !builtUpon || w.equals("(") || w.equals(")") || w.equals(";")
                        || !namely && (w.equals("on") || w.equals("in")) && !afterANewThing(s, k)) {
                    break;
                }
                // (a trigger read as a noun is none: "in terms of required inductive bias, MNIST < CIFAR10")
                if (TRIGGERS.contains(s.token(k).lemma()) && !s.token(k).pos().startsWith("NN")
                        && subjectBefore(s, k, ownNames) && !describesANoun(s, k)) {
                    // (not others' things, "compare to the recently proposed TextFooler, Genetic, BAE and SememePSO")
                    if (s.token(k).pos().equals("VBN") && k > 0 && EARLIER.contains(s.token(k - 1).lower())) {
                        return null;
                    }
                    // (not things called established and not new: "we present experiments with two state-of-the-art
                    // ASR networks, ContextNet and Conformer"; "a new state-of-the-art network, X" is the paper's)
                    if (anyBetween(s, k, sep, t -> ESTABLISHED.contains(t.lower()))
                            && !anyBetween(s, k, sep, t -> NOVELTY.contains(t.lower()))) {
                        return null;
                    }
                    if (reportsOnTheRenamedNoun(s, k, sep) || partsOfWhatIsNamed(s, k, sep)) {
                        return null;
                    }
                    // (nor the name of the phrase's own, which the apposition goes on to describe: "we propose
                    // backward SeqKD, SeqKD from a target-to-source backward NMT model")
                    String named = s.token(first).word();
                    if (Names.isCoined(named) && anyBetween(s, k, sep, t -> t.word().equals(named))) {
                        return null;
                    }
                    // (nor a noun in a phrase after a passive, whose made thing is its subject: "This system was
                    // developed for the task 7 of the competition, SemEval 2021")
                    if (s.token(k).pos().equals("VBN") && k > 0
                            && BE_BEFORE_TRIGGER.contains(s.token(k - 1).lower())
                            && anyBetween(s, k, sep, t -> t.pos().equals("IN"))) {
                        return null;
                    }
                    // (nor established things the made one is made with: "we develop new resources by using two
                    // off-the-shelf tools: word2vec and Linguistica", nor others it uses that are not called new)
                    if (usedThingsNotCalledNew(s, k, sep)) {
                        return null;
                    }
                    // (past an acronym, what is introduced may be a task named after it: "two new tasks for
                    // multi-robot collaboration (MRC) planning: MRC3D Tracking and …")
                    // (the topic noun heads what the trigger governs, before its first preposition: not "a novel
                    // reinforcement learning (RL) framework for problems with …: Action Quantization from …")
                    if (skippedAnAcronym && anyBetween(s, k, firstPrepositionAfter(s, k, sep),
                            t -> DefinitionFilter.TOPIC_NOUNS.contains(t.lower()))) {
                        return null;
                    }
                    // a dash sets off new things only: "a novel approach -- LMD --", not "two resources -- WordNet
                    // and FrameNet --"
                    return !dash || anyBetween(s, k, sep, ProposalCues::marksSomethingNew)
                            ? "proposal.apposition" : null;
                }
            }
        }
        return null;
    }

    /**
     * True when the sentence opens with a preposition or "to", no comma before the name at {@code first}: the comma
     * after the name ends that opening phrase ("To improve … for SE, a novel mechanism …", "In X, a new …").
     */
    static boolean endsAnOpeningPhrase(Sentence s, int first) {
        String opening = s.size() > 0 ? s.token(0).pos() : "";
        if (!opening.equals("IN") && !opening.equals("TO")) {
            return false;
        }
        for (int k = 1; k < first; k++) {
            if (s.token(k).word().equals(",")) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when a method or dataset noun that "a new" or "a novel" opens, a few words at most, ends right before
     * {@code k} (or before "based" or "built" there): "a new synthetic corpus".
     */
    static boolean afterANewThing(Sentence s, int k) {
        // (past "based" after the noun: "a novel deep sequence model based on the Koopman theory for time series
        // forecasting: Koopman Neural Forecaster (KNF)")
        if (k >= 4 && (s.token(k - 1).lower().equals("based") || s.token(k - 1).lower().equals("built"))
                && BUILT_ON.contains(s.token(k).lower())) {
            k--;
        }
        if (k < 3 || !s.token(k - 1).pos().startsWith("NN") || !(TypeCues.METHOD_HEADS.contains(s.token(k - 1).lemma())
                || TypeCues.DATASET_HEADS.contains(s.token(k - 1).lemma()))) {
            return false;
        }
        for (int j = k - 2; j >= 1 && j >= k - 4; j--) {
            if (novelAfterAnArticle(s, j)) {
                return true;
            }
        }
        return false;
    }

    /** The first preposition after {@code k} and before {@code end}, else {@code end}. */
    static int firstPrepositionAfter(Sentence s, int k, int end) {
        for (int j = k + 1; j < end; j++) {
            if (s.token(j).pos().equals("IN")) {
                return j;
            }
        }
        return end;
    }

    /**
     * A trigger's participle that describes the noun after it, not what the sentence's subject does: "we evaluate on
     * the two recently released datasets, namely …", "a recently proposed model, SNP" (but "our newly proposed method,
     * namely …" and "a new proposed planner, …" are the paper's own).
     */
    static boolean describesANoun(Sentence s, int k) {
        // a gerund of purpose describes the noun before it: "two GWAPs for building term association lists, namely X"
        if (k >= 1 && s.token(k).pos().equals("VBG") && s.token(k - 1).lower().equals("for")) {
            return true;
        }
        // and so does a participle right after it that goes on with its purpose or its agent: "four challenging
        // benchmarks designed to probe systematic generalization: SCAN for …"
        if (k >= 1 && k + 1 < s.size() && s.token(k).pos().equals("VBN") && s.token(k - 1).pos().startsWith("NN")
                && PARTICIPLE_COMPLEMENTS.contains(s.token(k + 1).lower())) {
            return true;
        }
        if (k < 1 || k + 1 >= s.size() || !s.token(k).pos().equals("VBN") || !s.token(k + 1).pos().startsWith("NN")
                || !Character.isLowerCase(s.token(k + 1).word().charAt(0))) {
            return false;
        }
        for (int j = k - 1; j >= 0 && j >= k - 3; j--) {
            String pos = s.token(j).pos();
            if (pos.equals("PRP$") || NOVELTY.contains(s.token(j).lower())) {
                return false; // "a new proposed hybrid planner, Dyna-MPC"
            }
            if (!pos.equals("DT") && !pos.equals("CD") && !pos.startsWith("RB") && !pos.startsWith("JJ")) {
                return j < k - 1;
            }
        }
        return true;
    }

    /**
     * Where the noun phrase that ends in the name at {@code first} starts, when an article opens it after a comma, a
     * colon or "namely": ", the Parisian particle Gibbs PPG" (the name spells the words before it), ", namely the robust
     * fitted-Z iteration (RFZI)", ", the monotone DBM" (the name right after "the"), ", a renderable neural radiance
     * map (RNR-Map)" (after "a" or "an" when the name is a short form {@code definedInPlace}); else {@code first}
     * (not ", a single-view NeRF synthesis framework", where the name only modifies, nor "Domino, an SDM that …",
     * where the apposition classifies).
     */
    static int startOfAppositionPhrase(Sentence s, int first, boolean definedInPlace) {
        int k = first - 1;
        while (k >= 0 && first - k <= 4 && (s.token(k).pos().startsWith("NN") || s.token(k).pos().startsWith("JJ"))) {
            k--;
        }
        // (a long form that a few lower-case adjectives open right after the comma after a noun, with no article: "a
        // novel MBRL algorithm, model-based policy planning (POPLIN), …", whose letters the adjective lends none; not
        // a comma between adjectives, "an open-source, wide-coverage context-free grammar (CFG)")
        if (definedInPlace && k >= 1 && k < first - 1 && s.token(k).word().equals(",")
                && s.token(k - 1).pos().startsWith("NN") && lowerCaseAdjectivesBetween(s, k + 1, first)) {
            return k + 1;
        }
        // (or a dash: "a novel network – the Controlled TExt generation Relational Memory GAN (CTERM-GAN) –"; or a
        // colon: "the first annotated dataset for the task: the Offensive Greek Tweet Dataset (OGTD)")
        if (k < 1 || !TypeCues.ARTICLES.contains(s.token(k).lower())
                || !s.token(k - 1).word().equals(",") && !s.token(k - 1).word().equals(":")
                        && !NAMELY.contains(s.token(k - 1).lower())
                        && !DASHES.contains(s.token(k - 1).word())) {
            return first;
        }
        if (k < first - 1) {
            return spellsTheWordsBefore(s, first) ? k : first;
        }
        return s.token(k).lower().equals("the") || definedInPlace && TypeCues.INDEFINITE_ARTICLES.contains(s.token(k).lower()) ? k : first;
    }

    /** True when every word from {@code from} to {@code to} (exclusive) is an adjective in lower case. */
    static boolean lowerCaseAdjectivesBetween(Sentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!Character.isLowerCase(s.token(k).word().charAt(0)) || !s.token(k).pos().startsWith("JJ")) {
                return false;
            }
        }
        return true;
    }

    /**
     * Where a list of names that ends in the name at {@code first} starts: "…, Feature Choice SAEs and Mutual Choice
     * SAEs" starts at "Feature"; {@code first} when no "and" or "or" comes right before the name.
     */
    static int startOfConjoinedNames(Sentence s, int first) {
        if (first < 2 || !(s.token(first - 1).lower().equals("and") || s.token(first - 1).lower().equals("or"))) {
            return first;
        }
        int k = first - 2;
        while (k > 0 && first - 2 - k < 5 && (Character.isUpperCase(s.token(k).word().charAt(0))
                || Names.isCoined(s.token(k).word()))) {
            k--;
        }
        // (or right after "namely" or "including": "namely FocalMix and SoftTrim")
        boolean opensTheList = s.token(k).word().equals(",") || NAMELY.contains(s.token(k).lower())
                || s.token(k).lower().equals("including");
        return k < first - 2 && opensTheList ? k + 1 : first;
    }

    /**
     * True when the comma at {@code sep} follows a coined name right after a preposition other than "as", and
     * "and" or "or" joins the names from the comma on to the one at {@code first} or past it: "into RotatE, Distmult
     * and ComplEx".
     */
    static boolean listAfterAPreposition(Sentence s, int sep, int first) {
        if (sep < 2 || !s.token(sep).word().equals(",") || !Names.isCoined(s.token(sep - 1).word())) {
            return false;
        }
        Token before = s.token(sep - 2);
        if (!before.pos().equals("IN") || before.lower().equals("as")) {
            return false;
        }
        for (int k = sep + 1; k < s.size() && k <= first + 2; k++) {
            if (AND_OR.contains(s.token(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "we propose two task augmentation methods, including MetaMix and …", "to propose new personalized learning
     * algorithms, including AdaPeD": "including" after a counted or new plural and a comma lists the things the
     * trigger governs, as "namely" does.
     */
    static boolean includesCountedThings(Sentence s, int first) {
        return first >= 4 && s.token(first - 1).lower().equals("including") && s.token(first - 2).word().equals(",")
                && (TriggeredPhraseFinder.afterCountedPlural(s, first - 2) || afterNewPlural(s, first - 2));
    }

    /** True when a plural noun with "new" or "novel" among its modifiers ends right before the comma. */
    static boolean afterNewPlural(Sentence s, int comma) {
        if (!s.token(comma - 1).pos().equals("NNS")) {
            return false;
        }
        for (int k = comma - 2; k >= 0 && k >= comma - 5; k--) {
            if (s.token(k).lower().equals("new") || s.token(k).lower().equals("novel")) {
                return true;
            }
            if (!s.token(k).pos().startsWith("NN") && !s.token(k).pos().startsWith("JJ")
                    && !s.token(k).pos().equals("VBN")) {
                return false;
            }
        }
        return false;
    }

    /** True when the word at {@code i} is an acronym of the words right before it: "Parisian particle Gibbs PPG". */
    static boolean spellsTheWordsBefore(Sentence s, int i) {
        String acronym = s.token(i).word();
        int n = acronym.length();
        if (!Names.isAcronym(acronym) || n < 2 || i < n) {
            return false;
        }
        for (int j = 0; j < n; j++) {
            String word = s.token(i - n + j).word();
            if (Character.toLowerCase(word.charAt(0)) != Character.toLowerCase(acronym.charAt(j))) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when a task's noun, alone or with its number or letter, stands right before {@code sep}: "Shared Task 1:",
     * "four document understanding tasks: Doc2Mask, …" (not what something is for, "a novel approach for this task --
     * Lift, Map, Detect (LMD)", nor a task a model is trained on, "a new pretext task, Turning to Video …").
     */
    static boolean namesATaskBefore(Sentence s, int sep) {
        int k = sep - 1;
        boolean numbered = k >= 1 && (s.token(k).pos().equals("CD") || s.token(k).word().length() == 1
                && Character.isUpperCase(s.token(k).word().charAt(0)));
        int noun = numbered ? k - 1 : k;
        if (noun < 0 || !TASK_PART_NOUNS.contains(numbered ? s.token(noun).lower() : s.token(noun).lemma())) {
            return false;
        }
        for (int j = noun - 1; j >= 0 && j >= noun - 2; j--) {
            if (s.token(j).pos().equals("IN") || PosedTaskCues.TRAINING_TASK_WORDS.contains(s.token(j).lower())) {
                return false;
            }
        }
        return true;
    }

    /** "X, a novel …", "X is a new …" at the start of a sentence. */
    static String appositionNovel(Sentence s, int first, int last) {
        if (first > 1 || (first == 1 && COMPARISONS.contains(s.token(0).lower()))) {
            return null;
        }
        if (last + 3 < s.size()) {
            String a = s.token(last + 1).lower();
            String b = s.token(last + 2).lower();
            String c = s.token(last + 3).lower();
            if ((a.equals(",") || a.equals("is") || a.equals(":")) && (b.equals("a") || b.equals("an"))
                    && NOVELTY.contains(c)) {
                return "proposal.apposition-novel";
            }
        }
        return null;
    }

    /**
     * "leads to Generative Trees (GeTs) and Generative Groves (GeGs), a family of novel hybrid models", "we employ
     * two methods: DCM, which …, and CMAP, a new approach for …": a name, or a list of names, in apposition to
     * something called novel or new, within the sentence; not after a comparison ("unlike X, a novel …" is someone
     * else's).
     */
    static String novelAppositionAfterAList(Sentence s, int first, int last) {
        // (not a name that ends a sentence's opening phrase, whose comma sets off the main clause: "To improve the
        // robustness of the encoder for SE, a novel self-distillation mechanism … is introduced")
        if (endsAnOpeningPhrase(s, first)) {
            return null;
        }
        // (within the name's own clause: "The first is SLATE, an existing … tool, and the second is Parlay, a new tool
        // we developed")
        for (int k = clauseStart(s, first); k < first; k++) {
            // (nor what a cited work made: "(Zou et al., 2022) unveils X, a new benchmark …")
            if (COMPARISONS.contains(s.token(k).lower()) || citesAWorkAt(s, k)) {
                return null;
            }
        }
        // past the name's parentheses, or out of them when the name is the short form inside
        int k = last + 1 < s.size() && s.token(last + 1).word().equals(")") ? last + 2
                : PhraseSyntax.pastParentheses(s, last + 1);
        // past the other names of the list: "and Y (YY)", ", Z"
        for (int hops = 0; hops < 4 && k + 1 < s.size() && AND_OR.contains(s.token(k).lower()); hops++) {
            int next = k + 1;
            while (next < s.size() && Character.isUpperCase(s.token(next).word().charAt(0))) {
                next++;
            }
            if (next == k + 1) {
                return null;
            }
            k = PhraseSyntax.pastParentheses(s, next);
        }
        if (k + 2 >= s.size() || !s.token(k).word().equals(",") || !TypeCues.INDEFINITE_ARTICLES.contains(s.token(k + 1).lower())) {
            return null;
        }
        int n = k + 2;
        if (n + 2 < s.size() && MAKING_OF_NOUNS.contains(s.token(n).lower()) && s.token(n + 1).lower().equals("of")) {
            n += 2;
        }
        return n < s.size() && (s.token(n).lower().equals("novel") || s.token(n).lower().equals("new"))
                && !aResultAfter(s, n + 1) ? "proposal.apposition-novel-within" : null;
    }

    /**
     * True when the noun phrase from {@code from} is headed by a result, modifiers between: "reaches 37.01% mAP on
     * ActivityNet-v1.3, a new state-of-the-art record" sets a record on the dataset, proposes none.
     */
    static boolean aResultAfter(Sentence s, int from) {
        for (int k = from; k < s.size() && k < from + 4; k++) {
            Token t = s.token(k);
            if (RESULT_HEADS.contains(t.lemma().toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
            if (!t.pos().startsWith("JJ") && !t.pos().startsWith("NN") && !t.pos().equals("HYPH")) {
                return false;
            }
        }
        return false;
    }

    /**
     * True when what the trigger at {@code trigger} makes is parts of what the apposition at {@code sep} names: "we
     * introduce splits of two autonomous driving datasets, DDAD and Argoverse" makes splits, not the datasets (but
     * one part is what its apposition names: "We create a subset of the NQ data, Factual Questions (FQ)").
     */
    static boolean partsOfWhatIsNamed(Sentence s, int trigger, int sep) {
        for (int j = trigger + 1; j + 1 < sep; j++) {
            if (PART_NOUNS.contains(Names.withoutPluralS(s.token(j).lower())) && s.token(j).pos().equals("NNS")
                    && s.token(j + 1).lower().equals("of")) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the lower-case head nouns after the parenthesis that closes at {@code close}, then a comma, come before
     * a coined name: "(LSH) algorithm, FlyHash".
     */
    static boolean namedInAppositionAfter(Sentence s, int close) {
        int k = pastLowerCaseNouns(s, close + 1);
        if (k == close + 1 || k + 1 >= s.size() || !s.token(k).word().equals(",")) {
            return false;
        }
        // (or a naming participle after the comma: "a novel test-time refinement (TTR) method, denoted as SfM-TTR")
        int name = pastNamingParticiple(s, k + 1);
        return name < s.size() && Names.isCoined(s.token(name).word());
    }

    /**
     * True when the token at {@code k} closes a coined short form in parentheses: the ")" of "We propose Cartography
     * Active Learning (CAL), a novel …".
     */
    static boolean closesACoinedShortForm(Sentence s, int k) {
        return k >= 2 && s.token(k).word().equals(")") && s.token(k - 2).word().equals("(")
                && Names.isCoined(s.token(k - 1).word());
    }

    /**
     * "a novel MIL framework with masked hard instance mining (MHIM-MIL)", "by a novel SubEquivariant Transformer
     * (SET)": a short form defined for a phrase that presents something as new, or that phrase itself; not "unlike a
     * new … (X)" or "a novel method for cross-view geolocalization (CVGL)", where the short form is the purpose's.
     */
    static String definedAfterANovelPhrase(Sentence s, int first, int last, String name) {
        boolean shortForm = first >= 2 && last + 1 < s.size() && s.token(first - 1).word().equals("(")
                && s.token(last + 1).word().equals(")");
        // or the long form itself, its short form after it: "a novel SubEquivariant Transformer (SET)", "a novel
        // adaptive Gradient Scaling technique (Gradscale)"
        boolean longForm = last + 3 < s.size() && (PhraseSyntax.isParenthesisedAcronym(s, last + 3)
                || s.token(last + 1).word().equals("(") && s.token(last + 2).word().equals(name)
                        && s.token(last + 3).word().equals(")"));
        if (!shortForm && !longForm) {
            return null;
        }
        int from = shortForm ? first - 2 : first - 1;
        for (int k = from; k >= 1 && k >= from - 12; k--) {
            Token t = s.token(k);
            // "Q-DPP, a novel extension of determinantal point process (DPP)": what a variant is "of" was there before
            if (t.lower().equals("of") && VARIANT_NOUNS.contains(s.token(k - 1).lower())) {
                return null;
            }
            // "a novel probabilistic approach using Markov Random Fields (MRF)": what the new thing uses was there
            // (not a participle inside a title-case long form: "a novel algorithm called Generalized Policy Iteration
            // using Tensor Train (TTPI)")
            if (USING_PARTICIPLES.contains(t.lower()) && k >= 1 && s.token(k - 1).pos().startsWith("NN")
                    && Character.isLowerCase(s.token(k - 1).word().charAt(0))) {
                return null;
            }
            // (and "novel" with no article before a plural long form headed by a method noun, in a sentence of the
            // authors: "we propose an approach for cI2V using novel latent flow diffusion models (LFDM)"; not a task,
            // "for novel view synthesis (NVS)", nor what others call for, "…, calling for novel hybrid graph
            // partitioning algorithms (HGP)")
            boolean novelPlural = shortForm && t.lower().equals("novel")
                    && (k == 0 || !s.token(k - 1).pos().equals("DT")) && s.token(from).pos().equals("NNS")
                    && TypeCues.METHOD_HEADS.contains(s.token(from).lemma())
                    && AuthorSubject.before(s, k) == AuthorSubject.AUTHORS;
            if (novelAfterAnArticle(s, k) || novelPlural) {
                // "we propose CLS-ER, a novel dual memory experience replay (ER) method": the new thing has its name
                // already, the one before the apposition (a defined short form too, "We propose Cartography Active
                // Learning (CAL), a novel Active Learning (AL) algorithm"); the short form inside names a part of it
                if (k >= 3 && s.token(k - 2).word().equals(",") && (Names.isCoined(s.token(k - 3).word())
                        || closesACoinedShortForm(s, k - 3))) {
                    return null;
                }
                // and so has the one after it: "a new locality sensitive hashing (LSH) algorithm, FlyHash"
                if (namedInAppositionAfter(s, shortForm ? last + 1 : last + 3)) {
                    return null;
                }
                return k < 2 || !COMPARISONS.contains(s.token(k - 2).lower()) ? "proposal.novel-definition" : null;
            }
            // (a dash right before the long form sets it in apposition: "a new adversarial learning paradigm—Reverse
            // Engineering of Deceptions (RED)")
            boolean phraseWord = t.pos().startsWith("NN") || t.pos().startsWith("JJ") || t.pos().equals("VBN")
                    && !t.lower().equals("proposed") || t.pos().equals("VBG") || t.pos().equals("CD")
                    || t.lower().equals("with") || t.lower().equals("of") || t.word().contains("-")
                    || coordinatesAdjectives(s, k) || k == from && DASHES.contains(t.word());
            if (!phraseWord || COMPARISONS.contains(t.lower())) {
                return null;
            }
        }
        return null;
    }

    /**
     * An adverb before an adjective, or the comma between two adjectives: "a novel, fully differentiable time warping
     * model (TWM)".
     */
    static boolean coordinatesAdjectives(Sentence s, int k) {
        if (k + 1 >= s.size()) {
            return false;
        }
        String next = s.token(k + 1).pos();
        boolean describes = next.startsWith("JJ") || next.equals("VBN");
        if (s.token(k).pos().startsWith("RB")) {
            return describes;
        }
        // ("novel" before a comma is often tagged a noun)
        return s.token(k).word().equals(",") && (s.token(k - 1).pos().startsWith("JJ")
                || NOVELTY.contains(s.token(k - 1).lower())) && (describes || next.startsWith("RB"));
    }

    /**
     * True when "using" stands between {@code from} and {@code to}, and after it a word that calls things established
     * or none that calls them new, nor an indefinite article.
     */
    static boolean usedThingsNotCalledNew(Sentence s, int from, int to) {
        for (int u = from + 1; u < to; u++) {
            if (s.token(u).lower().equals("using")) {
                return anyBetween(s, u, to, t -> ESTABLISHED.contains(t.lower()))
                        // (or things used that are neither called new nor one of a kind: "a multi-lingual method
                        // using Pre-trained Language Models, ERNIE and XLM-R"; not "using a … network, FP-LQIF")
                        || !anyBetween(s, u, to, t -> NOVELTY.contains(t.lower())
                                || TypeCues.INDEFINITE_ARTICLES.contains(t.lower()));
            }
        }
        return false;
    }

    /** The index past the nouns in lower case from {@code k} on: past "method" in "(TTR) method, denoted as …". */
    static int pastLowerCaseNouns(Sentence s, int k) {
        while (k < s.size() && s.token(k).pos().startsWith("NN")
                && Character.isLowerCase(s.token(k).word().charAt(0))) {
            k++;
        }
        return k;
    }

    /**
     * The index of the word that a naming participle at {@code k} gives, past its "as": "denoted as SfM-TTR", "termed
     * PSVT"; {@code k} itself where no naming participle stands there.
     */
    static int pastNamingParticiple(Sentence s, int k) {
        if (k < s.size() && NAMING_VERBS.contains(s.token(k).lemma()) && s.token(k).pos().equals("VBN")) {
            return k + 1 < s.size() && s.token(k + 1).lower().equals("as") ? k + 2 : k + 1;
        }
        return k;
    }
}
