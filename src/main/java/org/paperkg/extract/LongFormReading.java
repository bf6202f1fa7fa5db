package org.paperkg.extract;

import static org.paperkg.extract.DefinitionFilter.ACTIVITY_HEADS;
import static org.paperkg.extract.DefinitionFilter.DATASET_NOUNS;
import static org.paperkg.extract.DefinitionFilter.FIELD_OR_MEASUREMENT;
import static org.paperkg.extract.DefinitionFilter.MEANS_PREPOSITIONS;
import static org.paperkg.extract.DefinitionFilter.METHOD_NOUNS;
import static org.paperkg.extract.DefinitionFilter.NON_ENTITY_HEADS;
import static org.paperkg.extract.DefinitionFilter.ORGANISATION_HEADS;
import static org.paperkg.extract.DefinitionFilter.beforePreposition;
import static org.paperkg.extract.DefinitionFilter.inTitleCase;
import static org.paperkg.extract.DefinitionFilter.indexOfNounAfterShortForm;
import static org.paperkg.extract.DefinitionFilter.longFormStart;
import static org.paperkg.extract.DefinitionFilter.mixedCase;
import static org.paperkg.extract.DefinitionFilter.nounAfterShortForm;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What {@link DefinitionFilter#isName} reads in a long form past its first checks: its words, the words before a
 * preposition, its head (the one before a preposition of means when the last word names no entity), the noun after the
 * short form, whether it is written in title case, the last part of a hyphenated head, and whether a method or dataset
 * noun follows the short form. Each step says whether the definition is a name, or leaves it to the next; the heads
 * and word lists that only these steps read are here.
 */
final class LongFormReading {
    /**
     * Heads of kinds of data and quantities when the long form is all in lower case ("value of information (VoI)",
     * "personally identifiable information (PII)", "electronic health records (EHR)", "motion capture (MoCap)",
     * "named entity count (NEC)", "input-output (IO)"), and of a language so written ("a related high-resource
     * language (HRL)"); a capital makes one a coined name ("Self-Training with nearest neighbor information (TAST)",
     * "the Planning Domain Definition Language (PDDL)").
     */
    private static final Set<String> LOWER_CASE_NON_ENTITY_HEADS = Set.of("information", "record", "capture",
            "language", "count", "output");

    /** Tags of a verb that says what someone does: "translate", "translates" (not a participle, which describes). */
    private static final Set<String> BASE_OR_PRESENT_VERB_TAGS = Set.of("VB", "VBP", "VBZ");

    /**
     * Heads of the things a text studies or holds, not of methods: "named entities (NEs)", "rhetorical questions
     * (RQs)", "multivariate time series (MTS)", "user-generated videos (UGV)", "knowledge bases (KB)", "temporal
     * relations (TempRels)", "native speakers (NSs)", "customer support representatives (CSRs)", "partial ancestral
     * graph (PAG)", "contextual word representations (CWRs)", "enterprise virtual agents (EVAs)", "confidence
     * intervals (CI)", "restricted target vocabularies (RTVs)", "the quantal response equilibrium (QRE)", "the
     * frontal view (FV)", "the greatest common divisor (GCD)"; the head
     * before a preposition counts ("continuous bag of words (CBOW)" is a bag). Names only in a title-case phrase of
     * three words or more ("Kernel Inducing Points (KIP)", "Dense Distinct Queries"), of two that the authors
     * introduce, or before a method noun.
     */
    private static final Set<String> THING_HEADS = Set.of("entity", "question", "answer", "video", "series",
            "point", "resource", "expression", "document", "sentence", "word", "utterance", "tweet", "post", "review",
            "comment", "article", "label", "base", "relation", "category", "speaker", "user", "participant",
            "annotator", "patient", "representative", "worker", "student", "teacher", "clinician", "physician", "nurse",
            "volunteer", "respondent", "expert", "graph", "representation", "agent", "media", "example", "interval",
            "vocabulary", "equilibrium", "view", "divisor");

    /**
     * Heads among those of things that the authors may make and name too: "we present a simple solution: aleatoric
     * mapping agents (AMAs)", "The proposed module is named bridging visual representations (BVR)", "we propose an
     * alternative perspective, a multi-task view (MTV) of …".
     */
    private static final Set<String> MADE_THING_HEADS = Set.of("graph", "representation", "agent", "view");

    /** Nouns after a short form that make what it abbreviates a model: "(PLNDE) model". */
    private static final Set<String> MODEL_NOUNS = Set.of("model", "framework", "network");

    /**
     * Heads of quantities and phenomena, unless a method noun follows: "(LGFI) module" is one. A motion is a process
     * that is observed or modelled, "fractional Brownian motion (fBM)" (but "Structure from Motion (SfM)" is headed
     * by its first word). Degrees of freedom are a count, "6 degree-of-freedom (6-DOF)".
     */
    private static final Set<String> PHENOMENON_HEADS = Set.of("interval", "measure", "concentration",
            "interaction", "equilibrium", "equilibria", "motion", "degree", "degree-of-freedom", "degrees-of-freedom");

    /** Heads of inquiries, names only when written as proper names. */
    private static final Set<String> INQUIRY_HEADS = Set.of("study", "survey", "experiment", "review",
            "investigation", "trial");

    /** Heads that make a phrase the name of a field of study. */
    private static final Set<String> FIELDS_IN_THE_PLURAL = Set.of("sciences", "humanities", "studies", "linguistics");

    /** The last parts of hyphenated heads of activities: "self-training", "instruction-finetuning". */
    private static final Set<String> ACTIVITY_LAST_PARTS = Set.of("learning", "training", "pretraining", "tuning",
            "finetuning", "modeling", "modelling", "inference", "optimization", "optimisation", "adaptation",
            "adaption", "estimation", "generalization", "generalisation", "evaluation");

    /**
     * What a statistical method analyses, before "analysis": "canonical correlation analysis (CCA)", "kernel
     * discriminant analysis (KDA)", "Generalized Procrustes Analysis (GPA)" name methods, where "sentiment analysis"
     * names a task and "a perturbation analysis" an inquiry.
     */
    private static final Set<String> ANALYSED_STRUCTURES = Set.of("component", "components", "correlation",
            "discriminant", "factor", "procrustes");

    /** Two words before "analysis" that make one a method: "latent semantic analysis (LSA)". */
    private static final Set<String> ANALYSED_PAIRS = Set.of("latent semantic", "representational similarity",
            "finite element");

    /** Words that say what kind of game a class holds: "Markov", "zero-sum", "mean-field", "extensive-form". */
    private static final Set<String> KINDS_OF_GAMES = Set.of("markov", "stochastic", "potential", "zero-sum",
            "general-sum", "mean-field", "extensive-form", "normal-form", "bayesian", "differential", "matrix",
            "bimatrix", "polymatrix", "repeated", "cooperative", "congestion", "graphical", "sequential", "dynamic");

    private final AcronymDefinition d;
    private final Sentence sentence;
    private final String[] words;
    private final String[] core;
    private final String head;
    private final String headSingular;
    private final String typeNoun;
    private final boolean titleCase;
    private final String lastPart;
    private final boolean typed;
    private final ConceptLabels conceptLabels;

    LongFormReading(AcronymDefinition d, Sentence sentence, ConceptLabels conceptLabels) {
        this.conceptLabels = conceptLabels;
        this.d = d;
        this.sentence = sentence;
        this.words = Names.WHITESPACE.split(d.longForm().toLowerCase(Locale.ROOT));
        this.core = beforePreposition(words);
        // (the head before a preposition of means is the head where the last word is no entity's: "back-propagation
        // through time (BPTT)" is a back-propagation, not a time)
        String last = words[words.length - 1];
        this.head = core.length < words.length && MEANS_PREPOSITIONS.contains(words[core.length])
                && NON_ENTITY_HEADS.contains(Names.withoutPluralS(last)) ? core[core.length - 1] : last;
        this.headSingular = Names.withoutPluralS(head);
        this.typeNoun = nounAfterShortForm(d, sentence);
        this.titleCase = inTitleCase(d.longForm());
        // (the last part of a hyphenated head: "Out-of-Distribution (OoD)", "Text-to-Image (T2I)"; and the head of
        // the noun phrase before a preposition: "rate of convergence (RoC)", "mean time to failure (MTTF)")
        this.lastPart = headSingular.substring(headSingular.lastIndexOf('-') + 1);
        this.typed = METHOD_NOUNS.contains(typeNoun) || DATASET_NOUNS.contains(typeNoun);
    }

    /** True when a method or dataset noun follows the short form: "(SF) method", "(SF) dataset". */
    boolean typed() {
        return typed;
    }

    /**
     * True when the long form names a phenomenon, a field or a measurement, an inquiry, a class of games or an
     * organisation, and no method or dataset noun after the short form says otherwise.
     */
    boolean namesNoEntity() {
        // (a longer title-case phrase is coined: "Fixed Neural Network Steganography (FNNS)")
        // (but a field in the plural is one however it is written: "Computational Social Sciences (CSS)", "Digital
        // Humanities (DH)", "Translation Studies (TS)")
        boolean field = FIELD_OR_MEASUREMENT.matcher(head).matches() && !(titleCase && words.length >= 3)
                || FIELDS_IN_THE_PLURAL.contains(head);
        // "a recent study (RS)" is no name; "the Apple Heart and Movement Study (AHMS)" is one
        boolean inquiry = INQUIRY_HEADS.contains(headSingular) && !titleCase;
        // "stochastic potential games (SPGs)" is a class of games, a problem; "the Arcade Learning Games" would be
        // one
        // (but not what is solved, "for solving Imperfect Information Games (IIG)")
        // (and a title-case class named by the kinds of games alone, "Markov Potential Games (MPGs)")
        boolean gameClass = headSingular.equals("game")
                && (!titleCase || solvedThere(d, sentence) || onlyKindsOfGames(words));
        // (an organisation's head may come before a preposition: "Office of the Director of National Intelligence";
        // so does a phenomenon's, "the measure of tracer uncertainty (MTU)", and the head of what is based on one
        // is no phenomenon, "risk minimization based on f-divergence measures (f-FERM)")
        String coreHead = Names.withoutPluralS(core[core.length - 1]);
        return (PHENOMENON_HEADS.contains(coreHead) || field || inquiry || gameClass
                || ORGANISATION_HEADS.contains(headSingular) || ORGANISATION_HEADS.contains(core[core.length - 1]))
                && !TypeCues.METHOD_HEADS.contains(typeNoun) && !DATASET_NOUNS.contains(typeNoun);
    }

    /**
     * Whether a head that names no entity (a kind of data in lower case, a thing, a service, a non-entity noun)
     * leaves the definition a name, only as data ("Next Generation Simulation (NGSIM), …, and MoCAD datasets");
     * empty for any other head, and for neural equations, random or neural fields, statistical analyses and
     * conformal prediction.
     */
    Optional<Boolean> byAHeadOfNoEntity() {
        // (a title-case phrase or one ending in a method noun is a name whatever its first part: "DP Synthetic Data
        // via APIs (DPSDA)", "… Prediction via self-Exciting Regression model (CASPER)")
        boolean coreCounts = core.length < words.length && !titleCase
                && !TypeCues.METHOD_HEADS.contains(headSingular);
        // equations are no entity, but neural ones are models, and so are any that a model noun follows: "Treatment
        // Effect Neural Controlled Differential Equation (TE-CDE)", "the Poisson Latent Neural Differential
        // Equations
        // (PLNDE) model"
        boolean equationModel = headSingular.equals("equation") && titleCase
                && (Arrays.asList(words).contains("neural") || MODEL_NOUNS.contains(typeNoun));
        // (a field is no entity, but a random field is a probabilistic model: "conditional random fields (CRF)";
        // and a radiance field or a neural one a learned representation: "Neural Radiance Fields (NeRFs)", "Neural
        // Distance Fields (NDF)")
        // (not radiance fields alone, the kind of representation: "Radiance Fields (RF) are popular")
        boolean modelField = headSingular.equals("field") && words.length >= 2
                && (words[words.length - 2].equals("random") || Arrays.asList(words).contains("neural")
                        || words.length >= 3 && words[words.length - 2].equals("radiance"));
        // (a long form that opens the sentence is in lower case but for the capital that opens it: "Potentially
        // idiomatic expressions (PIEs) are …")
        int start = longFormStart(d, sentence);
        String rest = d.longForm().substring(1);
        boolean lowerCase = d.longForm().equals(d.longForm().toLowerCase(Locale.ROOT))
                || start == 0 && rest.equals(rest.toLowerCase(Locale.ROOT));
        boolean lowerCaseData = LOWER_CASE_NON_ENTITY_HEADS.contains(lastPart) && lowerCase;
        // (a short title-case phrase that the authors introduce is coined: "we propose a novel 3D video
        // representation, namely Multi-Tile Video (MTV)"; a method noun after the short form makes one a method's
        // name, "approximate proximal point (aProx) methods")
        // (and the head of a compound one hyphenated word joins around "of": "Point-of-Interest (POI)" is a point)
        // (whose head may name no entity: "stereo field-of-view (FoV)" is a field, like "field of view (FoV)")
        String coreLast = core[core.length - 1];
        int of = coreLast.indexOf("-of-");
        boolean ofCompound = words.length == 1 && of > 0;
        if (ofCompound) {
            coreLast = coreLast.substring(0, of);
        }
        // ("series" is its own singular; and no thing is what the authors do, a long form that opens with a verb in
        // its base or present form: "we 1) translate discourse relations in low-dimensional embedding space (called
        // TransS)", where a participle only describes, "suggested questions (SQs)")
        String thingHead = coreLast.equals("series") ? coreLast : Names.singularNoun(coreLast);
        boolean thing = THING_HEADS.contains(thingHead)
                && !BASE_OR_PRESENT_VERB_TAGS.contains(sentence.token(start).pos())
                && !METHOD_NOUNS.contains(typeNoun) && (lowerCase || words.length <= 2
                        && AuthorSubject.before(sentence, start) != AuthorSubject.AUTHORS)
                && !(MADE_THING_HEADS.contains(thingHead) && madeOrNamedBefore(sentence, start));
        // (a way of selling something is no method either: "Machine Learning as a Service (MLaaS)"; but "Rapid
        // Universal Support Service (RUSS)" is a system)
        boolean asAService = d.longForm().toLowerCase(Locale.ROOT).endsWith(" as a service");
        if (!equationModel && !modelField && !statisticalMethod(words)
                && (lowerCaseData || thing || asAService || NON_ENTITY_HEADS.contains(head)
                || NON_ENTITY_HEADS.contains(headSingular) || NON_ENTITY_HEADS.contains(lastPart)
                || (coreCounts && NON_ENTITY_HEADS.contains(core[core.length - 1]))
                || (ofCompound && lowerCase && NON_ENTITY_HEADS.contains(Names.withoutPluralS(coreLast))))) {
            // "Next Generation Simulation (NGSIM), …, and MoCAD datasets", but not "Numerical Weather Prediction
            // (NWP) models", the models of a task, nor a kind of data before "data", "motion capture (MoCap) data"
            return Optional.of((DATASET_NOUNS.contains(typeNoun) || ofADatasetNoun(d, sentence))
                    && !lowerCaseData);
        }
        return Optional.empty();
    }

    /** Whether an activity's head ("learning", "training", "-finetuning") names one method; empty for others. */
    Optional<Boolean> byAnActivityHead(String title) {
        // "parameter inheriting with momentum (PIM)": the noun phrase before a prepositional phrase is what counts
        // (the last part of a hyphenated head in lower case too: "instruction-finetuning (IFT)", "self-training
        // (ST)", but not "Q-learning (QL)" nor "Exponential $Q$-learning (EQL)")
        String writtenHead = d.longForm().substring(d.longForm().lastIndexOf(' ') + 1);
        boolean hyphenatedActivity = !titleCase && ACTIVITY_LAST_PARTS.contains(lastPart)
                && Character.isLowerCase(writtenHead.charAt(0));
        if (ACTIVITY_HEADS.contains(head) || hyphenatedActivity) {
            // (a plural noun after it counts the methods of a field: "domain generalization (DG) methods", "SSL
            // methods"; a singular one names one method: "self-training (ST) method"; so does a plural one after a
            // phrase of four words or more, capitalised but for its head, which was coined:
            // "Adversarially-Regularized Mixed Effects Deep learning (ARMED) models")
            boolean coinedPhrase = words.length >= 4
                    && inTitleCase(d.longForm().substring(0, d.longForm().lastIndexOf(' ')));
            boolean typedOne = typed && (coinedPhrase || !pluralNounAfterShortForm(d, sentence));
            // (a coined phrase names one method with no method noun after it too, "we demonstrate
            // Retrieval-Augmented Language Model pre-training (REALM) by fine-tuning …"; not before a plural of
            // another kind, "(X) tasks")
            boolean coinedOne = coinedPhrase && !pluralNounAfterShortForm(d, sentence);
            // (a concept's label at the end makes it a kind of the concept, unless a mixed-case short form, called
            // one method, was coined for a title-case phrase: "a Robust Test-Time Adaptation (RoTTA) method")
            boolean coinedMethod = titleCase && typedOne && mixedCase(d.shortForm());
            // (nor does it for data named after the concept, a singular dataset noun after the short form: "the
            // Multi-modal In-Context Learning (MIC) dataset")
            boolean oneDataset = DATASET_NOUNS.contains(typeNoun) && !pluralNounAfterShortForm(d, sentence);
            return Optional.of((!endsWithConceptLabel(core) || coinedMethod || oneDataset
                    || titleCase && opensTheTitle(d.longForm(), title))
                    && (typedOne || coinedOne || (titleCase && words.length >= 3)));
        }
        return Optional.empty();
    }

    /**
     * True for a kind of a concept in lower case ("temporal graph neural networks (TGNN)"), unless narrowed and
     * called a method, modified by three words or more, two concepts joined, or the authors' new kind.
     */
    boolean aKindOfAConcept() {
        // "temporal graph neural networks (TGNN)" is a kind of a concept; "structured neural network (StNN)",
        // with a coined mixed-case short form, names one method
        // ("MOREC (Model-based Offline reinforcement learning with Reward Consistency) method": a kind of concept
        // narrowed by a phrase and called a method is one method)
        boolean narrowed = core.length < words.length;
        // (so is one whose label three words or more narrow, called a method in the singular: "a progressive kernel
        // based knowledge distillation (PKKD) method")
        int label = conceptLabelAfter(core);
        boolean modified = typed && label >= 3 && !pluralNounAfterShortForm(d, sentence);
        // (but two concepts joined name a class of models of their own: "Gaussian process state-space models
        // (GPSSMs)")
        // (nor is one the authors present as new, with a short form of its own: "we propose … novel latent flow
        // diffusion models (LFDM) that …")
        return !titleCase && label >= 0 && Names.isAcronym(d.shortForm()) && !(typed && narrowed)
                && !modified && !joinsTwoConcepts(core, label) && !newKindOfTheAuthors(d, sentence);
    }

    /**
     * True when a naming verb stands right before the long form at {@code start} ("is named bridging visual
     * representations"), or the authors make something earlier in the sentence ("we present a simple solution: …").
     */
    private static boolean madeOrNamedBefore(Sentence sentence, int start) {
        if (start > 0 && ProposalCues.NAMING_VERBS.contains(sentence.token(start - 1).lemma())) {
            return true;
        }
        if (AuthorSubject.before(sentence, start) != AuthorSubject.AUTHORS) {
            return false;
        }
        for (int k = start - 1; k >= 0; k--) {
            Token t = sentence.token(k);
            if (t.pos().startsWith("VB") && ProposalCues.TRIGGERS.contains(t.lemma())) {
                return true;
            }
        }
        return false;
    }

    /** True when the title opens with the long form, whatever its case, before a space or a colon. */
    private static boolean opensTheTitle(String longForm, String title) {
        return title.regionMatches(true, 0, longForm, 0, longForm.length()) && (title.length() == longForm.length()
                || title.charAt(longForm.length()) == ' ' || title.charAt(longForm.length()) == ':');
    }

    /** True when every word of a long form before its head "game(s)" is one of {@link #KINDS_OF_GAMES}. */
    private static boolean onlyKindsOfGames(String[] words) {
        return words.length >= 2 && Arrays.stream(words, 0, words.length - 1).allMatch(KINDS_OF_GAMES::contains);
    }

    /**
     * True when the long form's words name a statistical method: see {@link #ANALYSED_STRUCTURES}; or end in
     * "conformal prediction", a method of predicting with guaranteed coverage, not a prediction task: "Randomized
     * Smoothed Conformal Prediction (RSCP)", "split conformal prediction (SCP)".
     */
    private static boolean statisticalMethod(String[] words) {
        int n = words.length;
        return n >= 2 && words[n - 1].equals("analysis") && (ANALYSED_STRUCTURES.contains(words[n - 2])
                || n >= 3 && ANALYSED_PAIRS.contains(words[n - 3] + " " + words[n - 2]))
                || n >= 2 && words[n - 1].equals("prediction") && words[n - 2].equals("conformal");
    }

    /** True when the noun that {@link #nounAfterShortForm} reads is plural. */
    private static boolean pluralNounAfterShortForm(AcronymDefinition d, Sentence s) {
        int next = indexOfNounAfterShortForm(d, s);
        // (the tagger may read a plural method noun that the sentence's verb follows as a verb: "(UDA) approaches
        // focus on …")
        if (next >= s.size()) {
            return false;
        }
        String w = s.token(next).lower();
        return s.token(next).pos().equals("NNS") || s.token(next).pos().equals("VBZ") && w.endsWith("s")
                && (METHOD_NOUNS.contains(w.substring(0, w.length() - 1)) || METHOD_NOUNS.contains(w.replaceFirst("es$", "")));
    }

    /** True when a form of "solve" comes right before the long form: "for solving Imperfect Information Games (IIG)". */
    private static boolean solvedThere(AcronymDefinition d, Sentence s) {
        int start = longFormStart(d, s);
        return start >= 1 && s.token(start - 1).lemma().equals("solve");
    }

    /**
     * True when "of" after a dataset noun stands right before a long form in title case: "a novel benchmark of Scene
     * Knowledge-guided Visual Grounding (SK-VG)" names the benchmark after its task (but "a dataset of picture
     * description task (PDT) responses" is of a kind of data).
     */
    private static boolean ofADatasetNoun(AcronymDefinition d, Sentence s) {
        int start = longFormStart(d, s);
        return start >= 2 && inTitleCase(d.longForm()) && s.token(start - 1).lower().equals("of")
                && DATASET_NOUNS.contains(s.token(start - 2).lemma());
    }

    /**
     * "we propose an approach … using novel latent flow diffusion models (LFDM) that …", "we propose a new class of
     * continuous NFs, ascent continuous normalizing flows (ACNFs), that …": a kind of a concept that the authors
     * present as new, right after "novel" or "new" or renaming "a new class of …", is their model, no mere kind; not
     * where the short form qualifies a noun after it ("a novel conditional variational autoencoder (CVAE) based
     * planner").
     */
    private static boolean newKindOfTheAuthors(AcronymDefinition d, Sentence s) {
        int start = longFormStart(d, s);
        if (start < 2 || s.token(start).begin() != d.longSpan().begin()
                || AuthorSubject.before(s, start) != AuthorSubject.AUTHORS) {
            return false;
        }
        int next = indexOfNounAfterShortForm(d, s);
        if (next < s.size() && (s.token(next).pos().startsWith("NN") || NameBeforeANoun.modifierParticiple(s, next))) {
            return false;
        }
        String before = s.token(start - 1).lower();
        if (before.equals("novel") || before.equals("new")) {
            return true;
        }
        if (!before.equals(",")) {
            return false;
        }
        for (int k = start - 2; k >= 2 && k >= start - 7; k--) {
            if (s.token(k).lower().equals("of") && ProposalCues.KIND_NOUNS.contains(s.token(k - 1).lemma())
                    && (s.token(k - 2).lower().equals("new") || s.token(k - 2).lower().equals("novel"))) {
                return true;
            }
        }
        return false;
    }

    /** How many words come before the longest concept label that ends the words; -1 when none ends them. */
    private int conceptLabelAfter(String[] words) {
        for (int k = 0; k < words.length; k++) {
            if (conceptLabels.isLabel(String.join(" ", java.util.Arrays.copyOfRange(words, k, words.length)))) {
                return k;
            }
        }
        return -1;
    }

    /**
     * True when the words before the concept label that ends them, from {@code label} on ({@link #conceptLabelAfter}),
     * are a concept's label too.
     */
    private boolean joinsTwoConcepts(String[] words, int label) {
        return label >= 1 && conceptLabels.isLabel(String.join(" ", java.util.Arrays.copyOfRange(words, 0, label)));
    }

    private boolean endsWithConceptLabel(String[] words) {
        return conceptLabelAfter(words) >= 0;
    }
}
