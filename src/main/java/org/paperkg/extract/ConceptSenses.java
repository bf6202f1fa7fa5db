package org.paperkg.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.paperkg.extract.ConceptFinder.Pattern;
import org.paperkg.extract.ConceptFinder.Piece;

/**
 * Whether a concept label found in a paper is used in another sense, for {@link ConceptFinder}: a word in its everyday
 * sense ("attention has been paid to", "theoretical explanations"), in a field other than machine learning
 * ("momentum" of a particle), or a short form standing for something else (MAE as mean absolute error).
 * {@link #otherSense} names the rule that sets the match aside, or null when the label means the concept.
 */
final class ConceptSenses {
    /** Words before "attention to" that make it the mechanism ("self-attention to", "sparse attention to"). */
    private static final java.util.regex.Pattern NOT_BEFORE_TO = java.util.regex.Pattern.compile(
            "self|cross|linear|softmax|sparse|multi|head");

    /** Words that make "decoding" the decoding of brain signals, not text generation. */
    private static final Set<String> NEUROSCIENCE = Set.of("brain", "neuron", "spike", "intracortical", "cortex",
            "cortical", "eeg", "fmri", "neural-activity", "electrode", "bci");

    /** Phrases of the same field that the tokenizer keeps in one hyphenated token or that name the field itself. */
    private static final List<String> NEUROSCIENCE_PHRASES = List.of("brain-computer", "brain–computer",
            "brain-machine", "neural decoding");

    /** Words that keep "decoding" about text even in a paper that also encodes. */
    private static final Set<String> LANGUAGE = Set.of("text", "language", "token", "word", "sentence", "translation",
            "llm", "lm", "caption", "captioning", "dialogue", "dialog", "parse", "parser", "parsing", "summarization",
            "summary", "narrative", "question", "answer");

    /**
     * Words of other media or senses that make "decoding", in a paper without words of language, the decoding of
     * something else: features, pixels, latent codes, a channel's bits, molecules ("the shared decoding layer" of a
     * segmentation network, "list-decoding methods for polar codes").
     */
    private static final Set<String> OTHER_MEDIA = Set.of("encoder", "decoder", "compression", "codec", "image",
            "video", "pixel", "visual", "latent", "action", "molecule", "molecular", "antibody", "protein", "quantum",
            "feature", "detection", "detector", "segmentation", "channel", "error-correcting");

    /** Words that make a "decoding" just after them the decoder half of an autoencoder. */
    private static final Set<String> ENCODING = Set.of("encode", "encoding");

    /** Words that put "momentum" in physics or finance rather than optimisation. */
    private static final Set<String> PHYSICS = Set.of("particle", "photon", "quark", "nucleon", "proton",
            "electron", "meson", "hadron", "angular", "spin", "boson", "lattice", "qcd", "scattering", "photo-production",
            "quantum", "observable", "conservation", "continuum", "constitutive", "mechanics", "stock", "trading",
            "investment", "portfolio", "price", "asset", "contrarian");

    /** Verbs of making that open paraphrased labels: "generate … image", "generated image", "synthesize … video". */
    private static final java.util.regex.Pattern MAKING = java.util.regex.Pattern.compile("generat|synthesi[sz]");

    /**
     * Nouns of text written about a thing that, right after the object of a paraphrased label, make what is made the
     * text ("generated image captions", "generate video descriptions"), not the thing.
     */
    private static final Set<String> TEXT_ABOUT_IT = Set.of("caption", "captioning", "description", "text",
            "question", "annotation", "summary", "title", "tag", "narration", "commentary");

    /** Words after "image generation" that make it cross-modal retrieval ("image generation … retrieval"). */
    private static final Set<String> RETRIEVAL = Set.of("retrieval", "search", "matching", "alignment");

    /** Nouns after "state-space" that make it the form of a model, not a set of states. */
    private static final Set<String> STATE_SPACE_FORMS = Set.of("prior", "dynamics", "dynamical", "representation",
            "formulation", "form", "realization", "layer", "sequence", "approach", "framework", "perspective", "view",
            "parameterization", "modeling", "modelling");

    /** Words after "autoregressive" that make it an econometric model (ARIMA, GARCH). */
    private static final Set<String> ECONOMETRIC = Set.of("integrated", "conditional", "moving");

    /**
     * Work that "inference-time" may describe to mean spending compute at test time: "inference-time compute", "…
     * search", "an inference-time framework"; not "inference-time representations".
     */
    private static final Set<String> INFERENCE_TIME_WORK = Set.of("compute", "computation", "scaling", "search",
            "adaptation", "steering", "intervention", "optimization", "optimisation", "guidance", "training",
            "tuning", "alignment", "reasoning", "adaptive", "improvement", "method", "algorithm", "framework",
            "approach", "technique", "strategy", "procedure");

    private static final Set<String> ERROR_METRICS = Set.of("MSE", "RMSE", "MAPE", "SMAPE", "error", "errors");

    /** Words before "explanation" that make it an account of a finding, not an explanation of a model. */
    private static final Set<String> EVERYDAY_EXPLANATION = Set.of("theoretical", "possible", "plausible",
            "simple", "intuitive", "natural", "alternative", "physical", "satisfactory", "complete", "rigorous",
            "all-encompassing", "encompassing", "likely", "simplest");

    /** Verbs after "continually" that make it learning without end ("continually learn", "continually adapt"). */
    private static final Set<String> LEARNING_VERBS = Set.of("learn", "adapt", "train", "acquire", "accumulate",
            "retrain", "fine-tune", "finetune", "absorb", "incorporate");

    /** Nouns after "continual" that make it "ongoing", not learning without end ("continual costs"). */
    private static final Set<String> EVERYDAY_CONTINUAL = Set.of("input", "stream", "cost", "expansion",
            "development", "improvement", "transition", "change", "growth", "monitoring", "evolution", "interaction",
            "feedback", "flow", "process", "effort", "progress", "supply", "state", "observation", "inference");

    /**
     * What an everyday "prompting" after a comma brings about: "…, prompting us to explore …", "…, prompting concerns
     * that …", "…, prompting the need for tools …" (not a model prompted, "…, prompting the LLM to generate …").
     */
    private static final Set<String> PROMPTED_EFFECTS = Set.of("we", "us", "they", "them", "researcher", "concern",
            "question", "call", "interest", "need", "use", "exploration", "development", "demand", "debate",
            "investigation", "research", "study", "search", "design");
    /** What a prompting technique prompts: "…, prompting the model to …", "…, prompting large language models". */
    private static final Set<String> PROMPTED_THINGS = Set.of("model", "llm", "language", "large", "pre-trained",
            "pretrained", "network", "agent", "chatbot", "assistant", "method", "technique", "strategy", "template");
    /** Words that join "prompting" to how or what it is done with: "prompting for …", "prompting and tuning". */
    private static final Set<String> PROMPTING_LINKS = Set.of("for", "with", "and", "or", "via", "as", "in", "on",
            "to", "by", "of", "is", "are", "has", "have", "can");
    /** A word in lower-case letters only: "practitioners", not "LLMs" nor "GPT-4". */
    private static final java.util.regex.Pattern LOWER_CASE_WORD = java.util.regex.Pattern.compile("\\p{Ll}+");

    /** Words after an explanation that leave it the text's own, not a model's ("with this explanation, we …"). */
    private static final Set<String> EXPLANATION_ENDS = Set.of("why", "how", ",", ".", ";", ":", "and");

    /** Words that make an explanation one account among others ("a first explanation", "this explanation"). */
    private static final Set<String> ONE_EXPLANATION = Set.of("a", "an", "this", "that", "one");

    private static final Set<String> EXPLAINED_FINDING_LINKS = Set.of("for", "of", "about", "towards", "behind");

    /** What authors explain when the explanation is theirs: an observation, not a model's output. */
    private static final Set<String> FINDINGS = Set.of("behavior", "behaviour", "success", "effectiveness",
            "phenomenon", "emergence", "result", "observation", "failure", "benefit", "gap", "effect", "improvement",
            "limitation", "trend", "discrepancy", "why", "how", "efficacy", "superiority", "advantage", "performance");

    /**
     * What one distils when the verb means "extract the gist": "distill the key principles", "discern and distill
     * hidden patterns", "distill a Wikipedia abstract from web sources" (a model's knowledge, a teacher or a policy is
     * distilled in the concept's sense).
     */
    private static final Set<String> DISTILLED_GIST = Set.of("principle", "insight", "lesson", "pattern", "finding",
            "essence", "idea", "takeaway", "guideline", "recommendation", "message", "trend", "rule", "abstract",
            "summary", "fact", "gist");

    /** Verbs before "momentum" that make it a trend's growing force: "has gained momentum", "gathering momentum". */
    private static final Set<String> GAINED = Set.of("gain", "gather");

    /** Words near "codebook" that make it an annotation's coding manual, not a vector quantiser's code vectors. */
    private static final Set<String> ANNOTATION_WORK = Set.of("annotation", "annotate", "annotator", "dataset",
            "guideline", "coder");

    /**
     * Words right before "diffusion" that make it a physical or social process, not a generative model: the
     * "drift-diffusion model" of decisions, "an independent cascade diffusion model" of influence, "heat diffusion".
     */
    private static final Set<String> DIFFUSING_PROCESSES = Set.of("drift", "heat", "cascade", "information",
            "anisotropic", "reaction", "advection", "convection", "thermal", "opinion", "innovation", "influence");

    /** What a range in space is of: "long-range interactions" between atoms, "long-range objects" seen far away. */
    private static final Set<String> SPATIAL_RANGE = Set.of("interaction", "object", "distance", "depth", "planning",
            "subgoal", "behavior", "behaviour", "force", "navigation");

    /**
     * Words of a symmetry that make "invariance" the concept's: "rotation invariance", "invariance to permutations of
     * the set" (not "domain invariance", "the invariance of causal mechanisms", "scale invariance among the weights").
     */
    private static final Set<String> SYMMETRIES = Set.of("rotation", "rotational", "translation", "translational",
            "permutation", "shift", "transformation", "symmetry", "group", "reflection", "gauge", "isometry",
            "euclidean", "rigid", "roto-translation", "equivariance", "equivariant", "se(3)", "e(3)", "so(3)", "o(3)",
            "e(n)", "so(2)", "se(2)");

    /** Words of a paper about physical systems, where "simulating such systems" is physics simulation. */
    private static final Set<String> PHYSICAL_SYSTEMS = Set.of("physical", "physics", "pde", "fluid", "dynamical",
            "quantum", "particle", "molecular", "mechanical", "mechanics", "kinetic", "chaotic", "thermodynamic",
            "turbulence", "turbulent", "fermion", "electrodynamics", "navier-stokes", "elastic", "rigid");

    /** Words that make a whole paper speak of symmetries: "networks invariant to two key symmetries". */
    private static final Set<String> SYMMETRY_SPEECH = Set.of("symmetry", "equivariant", "equivariance", "rotation",
            "rotational", "permutation", "isometry");

    /** Verbs after "attention" that make it the everyday kind: "attention has been paid to …". */
    private static final Set<String> ATTENTION_GIVEN = Set.of("pay", "paid", "draw", "drawn", "devote", "give",
            "given", "attract");

    /** Prepositions after "attention" that open whose attention it is: "the attention of the community". */
    private static final Set<String> ATTENTION_OF = Set.of("of", "from", "among", "within", "in");

    /** People whose attention is the everyday kind: "seek the attention of the research community". */
    private static final Set<String> AUDIENCES = Set.of("community", "researcher", "practitioner", "scholar",
            "academia", "industry", "public", "people", "reader", "scientist", "society", "linguist", "engineer",
            "developer");

    private static final Set<String> EVERYDAY_ATTENTION = Set.of("pay", "draw", "receive", "gain", "gather", "attract",
            "devote", "garner", "increase", "grow", "considerable", "significant", "little", "special", "much",
            "careful", "widespread", "great", "wide", "more", "less", "public", "deserve", "require", "lot", "deal",
            "flurry", "surge", "wave", "amount");

    /**
     * Words before "recommendations" that make them advice: "we provide recommendations for …", "practical
     * recommendations" (not a recommender's items).
     */
    private static final Set<String> ADVICE = Set.of("provide", "make", "offer", "give", "derive", "formulate",
            "practical", "actionable", "concrete", "general", "clinical", "policy", "conclude", "close", "outline");

    /**
     * What advice is given on, after "recommendations for", "on" or "about": "recommendations for future research",
     * "recommendations on how to …" (not "recommendations for a user").
     */
    private static final Set<String> ADVICE_TOPICS = Set.of("how", "future", "practitioners", "researchers",
            "improving", "best");

    private static final Set<String> ADVICE_LINKS = Set.of("for", "on", "about", "regarding", "concerning");

    /**
     * Words around "numerical simulations" that make them a paper's experiments, not the simulation of a physical
     * system: "Numerical simulations demonstrate …", "through extensive numerical simulations", "we provide numerical
     * simulations on benchmark environments" (not "the numerical simulation of non-linear PDEs").
     */
    private static final Set<String> SIMULATIONS_AS_EVIDENCE = Set.of("demonstrate", "validate", "show", "corroborate",
            "highlight", "confirm", "illustrate", "verify", "support", "indicate", "suggest", "reveal", "through",
            "via", "extensive", "provide", "conduct", "perform");

    /** Words right before a short form that make it a measure: "a better MAE", "the average MAE". */
    private static final Set<String> BEFORE_A_MEASURE = Set.of("lower", "higher", "better", "worse", "average", "%");

    /** Words right after a short form that make it a measure: "an MAE score of", "a 22% MAE reduction". */
    private static final Set<String> AFTER_A_MEASURE = Set.of("score", "metric", "reduction", "value", "below",
            "above");

    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("\\d[\\d.,]*");

    private ConceptSenses() {
    }

    /** What the paper as a whole says about the senses of some words. */
    record Senses(boolean physics, boolean meanAbsoluteError, boolean neuralDecoding,
                          boolean otherMediaDecoding, boolean symmetry, boolean physicalSystems, boolean terminology) {
        static Senses of(AnnotatedText text) {
            String lower = text.text().toLowerCase(Locale.ROOT);
            // (the paper's lemmas gathered once: seven word sets are asked about)
            Set<String> lemmas = new java.util.HashSet<>();
            for (Sentence s : text.sentences()) {
                for (int i = 0; i < s.size(); i++) {
                    lemmas.add(s.token(i).lemma());
                }
            }
            return new Senses(anyIn(PHYSICS, lemmas),
                    lower.contains("mean absolute error"),
                    anyIn(NEUROSCIENCE, lemmas) || NEUROSCIENCE_PHRASES.stream().anyMatch(lower::contains),
                    // a codec's "encoding time" and "decoding speed", a detector's "decoding stage", in a paper that
                    // never speaks of text
                    (anyIn(ENCODING, lemmas) || anyIn(OTHER_MEDIA, lemmas)) && !anyIn(LANGUAGE, lemmas),
                    anyIn(SYMMETRY_SPEECH, lemmas),
                    anyIn(PHYSICAL_SYSTEMS, lemmas),
                    lemmas.contains("terminology") || lower.contains("term extraction"));
        }

        private static boolean anyIn(Set<String> words, Set<String> lemmas) {
            return !java.util.Collections.disjoint(words, lemmas);
        }
    }

    /**
     * True when one of the three words after "inference-time", within its noun phrase, is work done then:
     * "inference-time scaling", "inference-time text embedding optimization", "Inference-time Adaptive Optimization";
     * not "inference-time representations" nor "at inference-time with no training data".
     */
    private static boolean inferenceTimeWork(List<Piece> pieces, int from) {
        for (int k = from; k < pieces.size() && k < from + 3; k++) {
            Piece next = pieces.get(k);
            if (!Character.isLetter(next.word().charAt(0)) || Names.FUNCTION_WORDS.contains(next.lower())) {
                return false;
            }
            if (INFERENCE_TIME_WORK.contains(next.lemma())) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the label matched from piece {@code i} to {@code end}, inside a word that "non-" opens, is no noun of
     * its own: the word is an adjective ("is non-autoregressive"), the label goes on past it ("non-contrastive
     * learning") or a noun comes right after it (a title's "Non-Autoregressive Translation", all tagged as nouns).
     */
    private static boolean negatedModifier(List<Piece> pieces, int i, int end) {
        int wordEnd = i + 1;
        while (wordEnd < pieces.size() && pieces.get(wordEnd).joined()) {
            wordEnd++;
        }
        return !pieces.get(i).noun() || end != wordEnd || wordEnd < pieces.size() && pieces.get(wordEnd).noun();
    }

    /**
     * The rule that puts a label's words, matched from piece {@code i} to {@code end}, in another sense than the
     * concept's, or null when they mean the concept.
     */
    static String otherSense(Pattern p, List<Piece> pieces, int i, int end, String surface, Senses senses) {
        // "non-autoregressive translation", "Non-Contrastive Learning": "non" hyphenated before the label's first word
        // makes a modifier of what the concept is not (but "the inherent non-interpretability of CNNs" is about it)
        if (i > 0 && pieces.get(i).joined() && pieces.get(i - 1).lower().equals("non")
                && negatedModifier(pieces, i, end)) {
            return "concept.other-sense-negated";
        }
        // "the diversity of generated image captions", "to generate video descriptions": text about the object made
        if (p.paraphrase() && MAKING.matcher(p.pieces().get(0)).lookingAt() && end < pieces.size()
                && TEXT_ABOUT_IT.contains(pieces.get(end).lemma())) {
            return "concept.other-sense-text-about-it";
        }
        if (p.conceptId().equals("momentum") && senses.physics()) {
            return "concept.other-sense-physics";
        }
        if (p.conceptId().equals("momentum") && anyLemmaIn(pieces, Math.max(0, i - 3), i, GAINED)) {
            return "concept.other-sense-everyday"; // "online shopping has gained momentum"
        }
        if (p.conceptId().equals("attention") && everydayAttention(pieces, i, end)) {
            return "concept.other-sense-everyday";
        }
        // the "contrastive methods" of terminology extraction weigh a term's frequency in a domain's corpus against a
        // general one
        if (p.label().equals("contrastive method") && senses.terminology()) {
            return "concept.other-sense-terminology";
        }
        if (p.label().equals("decoding") && senses.neuralDecoding()) {
            return "concept.other-sense-neural-decoding";
        }
        if (p.label().equals("decoding") && anyLemmaIn(pieces, Math.max(0, i - 4), i, ENCODING)) {
            return "concept.other-sense-autoencoding"; // "encoding to and decoding from a latent space"
        }
        if (p.label().equals("decoding") && senses.otherMediaDecoding()) {
            return "concept.other-sense-other-media"; // a codec's "decoding speed", "the shared decoding layer"
        }
        // "a state-space prior", "state-space dynamical systems": the model's form; "the state space of the MDP", "the
        // state-space size", "of the state-space." are the set of an agent's states
        if (p.label().equals("state-space") && (surface.indexOf('-') < 0 || end >= pieces.size()
                || !STATE_SPACE_FORMS.contains(pieces.get(end).lemma()))) {
            return "concept.other-sense-set-of-states";
        }
        if (p.label().equals("inference-time") && surface.indexOf('-') < 0) {
            return "concept.other-sense-duration"; // "inference time" is how long inference takes
        }
        // "inference-time scaling", "an inference-time framework for steering …" spend compute at test time;
        // "inference-time representations" are only those of the deployed model
        if (p.label().equals("inference-time") && !inferenceTimeWork(pieces, end)) {
            return "concept.other-sense-stage";
        }
        if (p.conceptId().equals("image-generation") && anyLemmaIn(pieces, end, end + 3, RETRIEVAL)) {
            return "concept.other-sense-retrieval";
        }
        if (p.conceptId().equals("autoregressive-model") && end < pieces.size()
                && ECONOMETRIC.contains(pieces.get(end).lower())) {
            return "concept.other-sense-econometrics"; // ARIMA, GARCH: statistical time-series models
        }
        if (p.label().equals("CNN") && besideDailyMail(pieces, i, end)) {
            return "concept.other-sense-news"; // "articles from CNN and Daily Mail": the news corpus
        }
        if (p.label().equals("MAE") && (senses.meanAbsoluteError() || nearMetric(pieces, i) || aMeasure(pieces, i))) {
            return "concept.other-sense-metric";
        }
        if ((p.label().equals("simulate … system") || p.label().equals("simulate … dynamics"))
                && !senses.physicalSystems()) {
            // "we simulate a recommender system with users", "the inner optimization simulates the CL dynamics of …"
            return "concept.other-sense-not-physical";
        }
        if (p.label().equals("invariance") && !senses.symmetry() && !anyLemmaOrWordIn(pieces, Math.max(0, i - 5), end + 4, SYMMETRIES)) {
            return "concept.other-sense-not-symmetry";
        }
        if (p.label().equals("explanation") && (i > 0 && EVERYDAY_EXPLANATION.contains(pieces.get(i - 1).lemma())
                || explainsAFinding(pieces, i, end))) {
            return "concept.other-sense-everyday"; // "theoretical explanations", "an all-encompassing explanation"
        }
        if (p.label().equals("prompting") && i > 0 && pieces.get(i - 1).word().equals(",")
                && bringsAbout(pieces, end)) {
            return "concept.other-sense-everyday"; // "…, prompting us to explore the capabilities of …"
        }
        if (p.label().equals("continually") && !(end < pieces.size() && LEARNING_VERBS.contains(pieces.get(end).lemma()))) {
            return "concept.other-sense-everyday"; // "continually improve", "a continually evolving dataset"
        }
        if (p.label().equals("continual") && end < pieces.size() && EVERYDAY_CONTINUAL.contains(pieces.get(end).lemma())) {
            return "concept.other-sense-everyday"; // "continual state transitions", "a continual input stream"
        }
        if (p.label().equals("recommendation") && (anyLemmaIn(pieces, Math.max(0, i - 3), i, ADVICE)
                || adviceOnATopic(pieces, end))) {
            return "concept.other-sense-advice"; // "we provide recommendations for …", "recommendations on how to …"
        }
        if (p.label().equals("long-range") && end < pieces.size() && SPATIAL_RANGE.contains(pieces.get(end).lemma())) {
            return "concept.other-sense-spatial"; // "long-range interactions" of atoms, not long-range dependencies
        }
        if (p.conceptId().equals("diffusion-model") && i > 0 && pieces.get(i).lower().startsWith("diffusion")
                && DIFFUSING_PROCESSES.contains(pieces.get(i - 1).lower())) {
            return "concept.other-sense-process"; // "the drift-diffusion model", "heat diffusion based descriptors"
        }
        if (p.label().equals("numerical simulation")
                && (anyLemmaIn(pieces, Math.max(0, i - 2), i, SIMULATIONS_AS_EVIDENCE)
                        || anyLemmaIn(pieces, end, end + 7, SIMULATIONS_AS_EVIDENCE))
                && !(end < pieces.size() && pieces.get(end).lower().equals("of"))) {
            return "concept.other-sense-experiments"; // "Numerical simulations validate our theoretical findings"
        }
        if ((p.label().equals("distill") || p.label().equals("distilled"))
                && anyLemmaIn(pieces, end, end + 4, DISTILLED_GIST)) {
            return "concept.other-sense-everyday"; // "distill the key principles", not a teacher into a student
        }
        if (p.label().equals("codebook") && (anyLemmaIn(pieces, Math.max(0, i - 4), i, ANNOTATION_WORK)
                || anyLemmaIn(pieces, end, end + 4, ANNOTATION_WORK))) {
            return "concept.other-sense-annotation"; // "our iterative annotation process and codebook"
        }
        return null;
    }

    /**
     * True when "explanation" is an account of something the authors observed, not the explanation of a model's
     * output: one explanation, with an article, that nothing but punctuation or "why" follows ("with this explanation,
     * we …", "validating this explanation."; not "a post-hoc explanation method", "an explanation for each
     * prediction"), or explanations of a finding ("a first explanation for the emergence of …", "explanations for the
     * effectiveness of attention", "an explanation of past results").
     */
    private static boolean explainsAFinding(List<Piece> pieces, int i, int end) {
        String after = end < pieces.size() ? pieces.get(end).lower() : ".";
        boolean nothingNamedAfter = EXPLANATION_ENDS.contains(after);
        if (nothingNamedAfter && pieces.get(i).lower().equals("explanation")
                && anyLemmaIn(pieces, Math.max(0, i - 3), i, ONE_EXPLANATION)) {
            return true;
        }
        return EXPLAINED_FINDING_LINKS.contains(after) && anyLemmaIn(pieces, end + 1, end + 5, FINDINGS);
    }

    /**
     * True when what follows "prompting" at {@code k}, past an article, is something it brings about: one of
     * {@link #PROMPTED_EFFECTS}, or any word in lower case but one of what is prompted or how, "…, prompting
     * practitioners to find …", "…, prompting prolonged communication" (not "…, prompting the model to …", "…,
     * prompting large language models", "…, prompting for machine translation", "…, prompting and adapter tuning").
     */
    private static boolean bringsAbout(List<Piece> pieces, int k) {
        if (k < pieces.size() && TypeCues.ARTICLES.contains(pieces.get(k).lower())) {
            k++;
        }
        if (k >= pieces.size()) {
            return false;
        }
        Piece next = pieces.get(k);
        return PROMPTED_EFFECTS.contains(next.lemma()) || LOWER_CASE_WORD.matcher(next.word()).matches()
                && !PROMPTED_THINGS.contains(next.lemma()) && !PROMPTING_LINKS.contains(next.lower());
    }

    /** True when "recommendations" ending before {@code end} go on "for future …", "on how …" and the like. */
    private static boolean adviceOnATopic(List<Piece> pieces, int end) {
        return end + 1 < pieces.size() && ADVICE_LINKS.contains(pieces.get(end).lower())
                && ADVICE_TOPICS.contains(pieces.get(end + 1).lower());
    }

    /** True when a piece from {@code from} (inclusive) to {@code to} (exclusive, clipped) has one of the lemmas. */
    private static boolean anyLemmaIn(List<Piece> pieces, int from, int to, Set<String> lemmas) {
        for (int k = from; k < Math.min(pieces.size(), to); k++) {
            if (lemmas.contains(pieces.get(k).lemma())) {
                return true;
            }
        }
        return false;
    }

    /** True when a piece from {@code from} (inclusive) to {@code to} (exclusive, clipped) is or has one of the words. */
    private static boolean anyLemmaOrWordIn(List<Piece> pieces, int from, int to, Set<String> words) {
        for (int k = from; k < Math.min(pieces.size(), to); k++) {
            if (words.contains(pieces.get(k).lemma()) || words.contains(pieces.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /** True when the Daily Mail is named within a few words of a match: "CNN and Daily Mail", "CNN / DM". */
    private static boolean besideDailyMail(List<Piece> pieces, int i, int end) {
        for (int k = Math.max(0, i - 4); k < Math.min(pieces.size(), end + 4); k++) {
            String word = pieces.get(k).word();
            if (word.equals("DailyMail") || word.equals("DM")
                    || (word.equals("Mail") && k > 0 && pieces.get(k - 1).word().equals("Daily"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A short form written as a measure is one, whatever else it stands for: a number right before or after it
     * ("0.444 MAE and 0.935 PCC", "MAE 0.545"), "of" and a number after it ("an MAE of 0.0055"), or a word of
     * measuring beside it ("better MAE", "40% MAE reduction"); not "the MAE baseline" or "outperforms MAE by 0.7%".
     */
    private static boolean aMeasure(List<Piece> pieces, int i) {
        if (i > 0 && (NUMBER.matcher(pieces.get(i - 1).word()).matches()
                || BEFORE_A_MEASURE.contains(pieces.get(i - 1).lower()))) {
            return true;
        }
        if (i + 1 >= pieces.size()) {
            return false;
        }
        Piece next = pieces.get(i + 1);
        return NUMBER.matcher(next.word()).matches() || AFTER_A_MEASURE.contains(next.lemma())
                || next.lower().equals("of") && i + 2 < pieces.size()
                        && NUMBER.matcher(pieces.get(i + 2).word()).matches();
    }

    /** MAE beside other error metrics ("4.7% in MSE and MAE") is the mean absolute error. */
    private static boolean nearMetric(List<Piece> pieces, int i) {
        for (int k = Math.max(0, i - 8); k < Math.min(pieces.size(), i + 9); k++) {
            if (ERROR_METRICS.contains(pieces.get(k).word())) {
                return true;
            }
        }
        return false;
    }

    private static boolean everydayAttention(List<Piece> pieces, int i, int end) {
        // a word of the everyday kind before it, "a great deal of attention", or of giving after it, "attention has
        // been paid to", "attention is drawn to"
        if (anyLemmaIn(pieces, Math.max(0, i - 3), i, EVERYDAY_ATTENTION)
                || anyLemmaIn(pieces, end, end + 3, ATTENTION_GIVEN)) {
            return true;
        }
        // (or people's, the word alone: "seek the immediate attention of the sparsity research community")
        if (end == i + 1 && end < pieces.size() && ATTENTION_OF.contains(pieces.get(end).lemma())
                && anyLemmaIn(pieces, end + 1, end + 5, AUDIENCES)) {
            return true;
        }
        // ("attention to …" with the word alone: a longer label names the mechanism, "uses an attention mechanism to
        // weigh …", "we apply self-attention to all frames"; and so does a purpose after it, a verb's base form,
        // "adopts object-aware mask attention to obtain …")
        return end == i + 1 && end < pieces.size() && pieces.get(end).lemma().equals("to") && i > 0
                && !NOT_BEFORE_TO.matcher(pieces.get(i - 1).lemma()).matches()
                && !(end + 1 < pieces.size() && pieces.get(end + 1).baseVerb());
    }
}
