package org.paperkg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the concepts of the SKOS scheme in a text by matching labels on lemmas, across hyphens and spaces
 * ("state-space models" = "state space model", "auto-encoders" = "autoencoder"). Acronym labels (SSM, VAE)
 * match case-sensitively. Longest match wins, so "sparse autoencoder" does not also tag "autoencoder".
 * Words used in another sense are left out where a rule can tell: "momentum" among particles and photons,
 * "attention" that is paid or drawn, MAE beside "mean absolute error".
 */
final class ConceptFinder {
    private static final java.util.regex.Pattern NOT_BEFORE_TO = java.util.regex.Pattern.compile("self|cross|linear|softmax|sparse|multi|head");
    private static final java.util.regex.Pattern GLUED = java.util.regex.Pattern.compile("([a-z][a-z]+)\\.([A-Z][a-z]+)");
    /** Nouns of doing that a label may end in: "classification", "distillation", "synthesis", "forecasting". */
    private static final java.util.regex.Pattern ACTION_NOUN = java.util.regex.Pattern.compile("[a-z]+(tion|sion|sis|ing)");
    private static final java.util.regex.Pattern LOWER_WORD = java.util.regex.Pattern.compile("[a-z]+");
    private static final java.util.regex.Pattern LABEL_BREAKS = java.util.regex.Pattern.compile("[\\s\\-/]+");
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
    /** Words after an explanation that leave it the text's own, not a model's ("with this explanation, we …"). */
    private static final Set<String> EXPLANATION_ENDS = Set.of("why", "how", ",", ".", ";", ":", "and");
    /** Words that make an explanation one account among others ("a first explanation", "this explanation"). */
    private static final Set<String> ONE_EXPLANATION = Set.of("a", "an", "this", "that", "one");
    private static final Set<String> EXPLAINED_FINDING_LINKS = Set.of("for", "of", "about", "towards", "behind");
    /** What authors explain when the explanation is theirs: an observation, not a model's output. */
    private static final Set<String> FINDINGS = Set.of("behavior", "behaviour", "success", "effectiveness",
            "phenomenon", "emergence", "result", "observation", "failure", "benefit", "gap", "effect", "improvement",
            "limitation", "trend", "discrepancy", "why", "how", "efficacy", "superiority", "advantage");
    /**
     * What one distils when the verb means "extract the gist": "distill the key principles", "discern and distill
     * hidden patterns", "distill a Wikipedia abstract from web sources" (a model's knowledge, a teacher or a policy is
     * distilled in the concept's sense).
     */
    private static final Set<String> DISTILLED_GIST = Set.of("principle", "insight", "lesson", "pattern", "finding",
            "essence", "idea", "takeaway", "guideline", "recommendation", "message", "trend", "rule", "abstract",
            "summary", "fact", "gist");
    /**
     * Words right before "diffusion" that make it a physical or social process, not a generative model: the
     * "drift-diffusion model" of decisions, "an independent cascade diffusion model" of influence, "heat diffusion".
     */
    private static final Set<String> DIFFUSING_PROCESSES = Set.of("drift", "heat", "cascade", "information",
            "anisotropic", "reaction", "advection", "convection", "thermal", "opinion", "innovation", "influence");
    /** What a range in space is of: "long-range interactions" between atoms, "long-range objects" seen far away. */
    private static final Set<String> SPATIAL_RANGE = Set.of("interaction", "object", "distance", "depth", "planning",
            "subgoal", "behavior", "behaviour", "force", "navigation");
    /** Words that end the gap of a hidden label such as "generate … image": prepositions open another phrase. */
    private static final Set<String> GAP_BREAKS = Set.of("for", "of", "from", "in", "on", "with", "to", "into", "by",
            "at", "over", "via", "per", ";", ".");
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

    /**
     * A label prepared for matching: its lower-cased pieces, or the exact word for a case-sensitive acronym. A hidden
     * label "generate … image" matches its two parts with up to three words between them ({@code tail} is the part
     * after the gap, of no pieces when there is none).
     */
    private record Pattern(String conceptId, String label, List<String> pieces, boolean caseSensitive,
                           boolean paraphrase, Target head, Target tail, boolean endsItsNounPhrase) {
    }

    /** Label pieces as matching compares them: joined, and joined with the last piece singular. */
    private record Target(String joined, String singular, int pieces) {
        static Target of(List<String> labelPieces) {
            String joined = String.join("", labelPieces);
            return new Target(joined, Names.singularNoun(joined), labelPieces.size());
        }
    }

    private final List<Pattern> patterns = new ArrayList<>();
    /** Case-sensitive acronym labels by their exact word (and plural). */
    private final java.util.Map<String, List<Integer>> byWord = new java.util.HashMap<>();
    /** Other labels by the first three letters of their joined pieces. */
    private final java.util.Map<String, List<Integer>> byPrefix = new java.util.HashMap<>();
    /** The same labels by each one- and two-letter start of those prefixes. */
    private final java.util.Map<String, List<Integer>> byShortPrefix = new java.util.HashMap<>();

    ConceptFinder(ConceptScheme scheme) {
        for (ConceptScheme.Concept c : scheme.concepts()) {
            Set<String> names = new java.util.HashSet<>(c.labels());
            for (String label : c.searchLabels()) {
                boolean acronym = Names.isAcronym(label) || (label.length() <= 5 && Names.isCoined(label));
                String[] parts = label.split("\\s*…\\s*", 2);
                List<String> pieces = acronym ? List.of(label) : pieces(parts[0]);
                List<String> tail = parts.length > 1 ? pieces(parts[1]) : List.of();
                patterns.add(new Pattern(c.id(), label, pieces, acronym, !names.contains(label), Target.of(pieces),
                        Target.of(tail), false));
            }
        }
        // (not where the noun of doing is a label of its own: "forecasting of glucose levels" stays forecasting)
        Set<String> oneWordLabels = new java.util.HashSet<>();
        for (ConceptScheme.Concept c : scheme.concepts()) {
            for (String label : c.labels()) {
                List<String> labelPieces = pieces(label);
                if (labelPieces.size() == 1) {
                    oneWordLabels.add(labelPieces.get(0));
                }
            }
        }
        for (ConceptScheme.Concept c : scheme.concepts()) {
            for (String label : c.labels()) {
                Pattern inverted = inverted(c.id(), label, oneWordLabels);
                if (inverted != null) {
                    patterns.add(inverted);
                }
            }
        }
        patterns.sort(Comparator.comparingInt((Pattern p) -> -p.pieces().size())
                .thenComparing(p -> -p.label().length()));
        for (int k = 0; k < patterns.size(); k++) {
            Pattern p = patterns.get(k);
            if (p.caseSensitive()) {
                byWord.computeIfAbsent(p.label(), x -> new ArrayList<>()).add(k);
                byWord.computeIfAbsent(p.label() + "s", x -> new ArrayList<>()).add(k);
            } else {
                String prefix = prefix(p.head().joined());
                byPrefix.computeIfAbsent(prefix, x -> new ArrayList<>()).add(k);
                for (int n = 1; n <= Math.min(2, prefix.length()); n++) {
                    byShortPrefix.computeIfAbsent(prefix.substring(0, n), x -> new ArrayList<>()).add(k);
                }
            }
        }
    }

    /**
     * A label that ends in a noun of doing, written the other way round with "of": "image classification" is also
     * "the classification of natural images", "knowledge distillation" "the distillation of knowledge", "trajectory
     * prediction" "the prediction of pedestrian trajectories"; or null for a label of another shape. Up to three
     * words may come before the object, which must end its noun phrase ("the generation of image captions" is no
     * image generation).
     */
    private static Pattern inverted(String conceptId, String label, Set<String> oneWordLabels) {
        List<String> labelPieces = pieces(label);
        String last = labelPieces.get(labelPieces.size() - 1);
        if (labelPieces.size() < 2 || last.length() < 6 || !ACTION_NOUN.matcher(last).matches()
                || oneWordLabels.contains(last)) {
            return null;
        }
        List<String> head = List.of(last, "of");
        List<String> object = labelPieces.subList(0, labelPieces.size() - 1);
        return new Pattern(conceptId, last + " of … " + String.join(" ", object), head, false, true,
                Target.of(head), Target.of(object), true);
    }

    private static String prefix(String s) {
        return s.length() <= 3 ? s : s.substring(0, 3);
    }

    /** The patterns that may match at a piece, in priority order (longest label first). */
    private List<Pattern> candidates(Piece piece) {
        List<Integer> exact = byWord.getOrDefault(piece.word(), List.of());
        List<Integer> byLemma = startingLike(piece.lemma());
        List<Integer> byLower = startingLike(piece.lower());
        if (byLower == byLemma) {
            byLower = List.of(); // (the same list: a word that is its own lemma)
        }
        int[] ids = new int[exact.size() + byLemma.size() + byLower.size()];
        if (ids.length == 0) {
            return List.of();
        }
        int n = 0;
        for (List<Integer> some : List.of(exact, byLemma, byLower)) {
            for (int id : some) {
                ids[n++] = id;
            }
        }
        java.util.Arrays.sort(ids);
        List<Pattern> out = new ArrayList<>(ids.length);
        for (int k = 0; k < ids.length; k++) {
            if (k == 0 || ids[k] != ids[k - 1]) {
                out.add(patterns.get(ids[k]));
            }
        }
        return out;
    }

    /**
     * The patterns whose joined label starts like a piece's word: by its first three letters, or a short first piece
     * ("e", "of") by the labels that begin with it.
     */
    private List<Integer> startingLike(String key) {
        return key.length() >= 3 ? byPrefix.getOrDefault(key.substring(0, 3), List.of())
                : byShortPrefix.getOrDefault(key, List.of());
    }

    /** Lower-cased pieces of a label split at spaces and hyphens, the last one singular. */
    static List<String> pieces(String label) {
        List<String> out = new ArrayList<>();
        for (String p : LABEL_BREAKS.split(label.toLowerCase(Locale.ROOT))) {
            if (!p.isEmpty()) {
                out.add(p);
            }
        }
        return out;
    }

    List<Mention> find(AnnotatedText text) {
        List<Mention> out = new ArrayList<>();
        Senses senses = Senses.of(text);
        for (Sentence s : text.sentences()) {
            List<Piece> pieces = Piece.of(s);
            // a match inside a longer one is its part ("sparse autoencoder" is not also "autoencoder"); matches
            // that only overlap are two concepts ("video diffusion model": video generation, diffusion model)
            int coveredUntil = 0;
            for (int i = 0; i < pieces.size(); i++) {
                for (Pattern p : candidates(pieces.get(i))) {
                    int end = match(p, pieces, i);
                    if (end < 0 || end <= coveredUntil
                            || (p.endsItsNounPhrase() && end < pieces.size() && pieces.get(end).noun())) {
                        continue;
                    }
                    // (the words in a gap are no part of the label: "simulating dynamical systems" also says
                    // "dynamical system")
                    coveredUntil = p.tail().pieces() == 0 ? end : matchPieces(p.head(), pieces, i);
                    Span span = new Span(pieces.get(i).begin(), pieces.get(end - 1).end());
                    String surface = text.covered(span.begin(), span.end());
                    if (otherSense(p, pieces, i, end, surface, senses) == null) {
                        String rule = p.caseSensitive() ? "concept.acronym-label"
                                : p.paraphrase() ? "concept.paraphrase" : "concept.label-lemma";
                        out.add(new Mention(MentionKind.CONCEPT, p.conceptId(), surface, span, s.index(), rule,
                                p.caseSensitive() ? 0.8 : 0.9));
                    }
                    break;
                }
            }
        }
        return out;
    }

    /** What the paper as a whole says about the senses of some words. */
    private record Senses(boolean physics, boolean meanAbsoluteError, boolean neuralDecoding,
                          boolean otherMediaDecoding, boolean symmetry, boolean physicalSystems) {
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
                    anyIn(PHYSICAL_SYSTEMS, lemmas));
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
    private static String otherSense(Pattern p, List<Piece> pieces, int i, int end, String surface, Senses senses) {
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
        if (p.conceptId().equals("attention") && everydayAttention(pieces, i, end)) {
            return "concept.other-sense-everyday";
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
        if (p.label().equals("simulate … system") && !senses.physicalSystems()) {
            return "concept.other-sense-not-physical"; // "we simulate a recommender system with users"
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

    /** True when what follows "prompting" at {@code k}, past an article, is something it brings about. */
    private static boolean bringsAbout(List<Piece> pieces, int k) {
        if (k < pieces.size() && TypeCues.ARTICLES.contains(pieces.get(k).lower())) {
            k++;
        }
        return k < pieces.size() && PROMPTED_EFFECTS.contains(pieces.get(k).lemma());
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

    /** Words right before a short form that make it a measure: "a better MAE", "the average MAE". */
    private static final Set<String> BEFORE_A_MEASURE = Set.of("lower", "higher", "better", "worse", "average", "%");
    /** Words right after a short form that make it a measure: "an MAE score of", "a 22% MAE reduction". */
    private static final Set<String> AFTER_A_MEASURE = Set.of("score", "metric", "reduction", "value", "below",
            "above");
    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("\\d[\\d.,]*");

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
        for (int k = Math.max(0, i - 3); k < i; k++) {
            if (EVERYDAY_ATTENTION.contains(pieces.get(k).lemma())) {
                return true;
            }
        }
        // "attention has been paid to", "attention is drawn to"
        for (int k = end; k < Math.min(pieces.size(), end + 3); k++) {
            if (ATTENTION_GIVEN.contains(pieces.get(k).lemma())) {
                return true;
            }
        }
        return end < pieces.size() && pieces.get(end).lemma().equals("to") && i > 0
                && !NOT_BEFORE_TO.matcher(pieces.get(i - 1).lemma()).matches();
    }

    /** Returns the end piece index (exclusive) of a match of {@code p} starting at piece {@code i}, or -1. */
    private static int match(Pattern p, List<Piece> pieces, int i) {
        if (p.caseSensitive()) {
            // hyphens do not count: VQVAE = VQ-VAE
            String w = pieces.get(i).word().replace("-", "");
            String label = p.pieces().get(0).replace("-", "");
            return w.equals(label) || w.equals(label + "s") ? i + 1 : -1;
        }
        int end = matchPieces(p.head(), pieces, i);
        if (end < 0 || p.tail().pieces() == 0) {
            return end;
        }
        // up to three words between the parts, a hyphenated word counting once ("generating diverse and high-fidelity
        // images")
        int words = 0;
        for (int k = end; k < pieces.size(); k++) {
            // the gap stays inside the verb's object: "generate views for an image" does not generate the image
            if (k > end && GAP_BREAKS.contains(pieces.get(k - 1).lower())) {
                return -1;
            }
            if (k > end && !pieces.get(k).joined()) {
                words++;
            }
            if (words > 3) {
                return -1;
            }
            int tailEnd = matchPieces(p.tail(), pieces, k);
            if (tailEnd > 0) {
                return tailEnd;
            }
        }
        return -1;
    }

    /**
     * Returns the end piece index (exclusive) of a match of a label's pieces from piece {@code i}, or -1: the pieces'
     * lemmas or lower-cased words, joined, equal the label joined or with its last piece singular, or the words do
     * once made singular themselves. It compares in place, piece by piece, and stops as soon as neither the lemmas
     * nor the words can still become the label.
     */
    private static int matchPieces(Target label, List<Piece> pieces, int i) {
        String target = label.joined();
        String targetSingular = label.singular();
        int lemmasLength = 0;
        int wordsLength = 0;
        boolean lemmasStartTarget = true;
        boolean lemmasStartSingular = true;
        boolean wordsStartTarget = true;
        int wordsSharedWithSingular = 0; // how many of the words' first characters the singular target shares
        for (int j = i; j < pieces.size() && j < i + label.pieces() + 3; j++) {
            String lemma = pieces.get(j).lemma();
            String word = pieces.get(j).lower();
            lemmasStartTarget = lemmasStartTarget && target.regionMatches(lemmasLength, lemma, 0, lemma.length());
            lemmasStartSingular = lemmasStartSingular
                    && targetSingular.regionMatches(lemmasLength, lemma, 0, lemma.length());
            lemmasLength += lemma.length();
            wordsStartTarget = wordsStartTarget && target.regionMatches(wordsLength, word, 0, word.length());
            if (wordsSharedWithSingular == wordsLength) {
                int k = 0;
                while (k < word.length() && wordsLength + k < targetSingular.length()
                        && word.charAt(k) == targetSingular.charAt(wordsLength + k)) {
                    k++;
                }
                wordsSharedWithSingular += k;
            }
            wordsLength += word.length();
            if (lemmasStartTarget && lemmasLength == target.length()
                    || lemmasStartSingular && lemmasLength == targetSingular.length()
                    || wordsStartTarget && wordsLength == target.length()
                    || wordsSharedWithSingular == wordsLength && wordsLength == targetSingular.length()
                    || singularEquals(pieces, i, j, wordsLength, wordsSharedWithSingular, targetSingular)) {
                return j + 1;
            }
            if (!lemmasStartTarget && !wordsStartTarget && !lemmasStartSingular) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Whether the words of pieces {@code i} to {@code j}, joined ({@code length} characters, of which the first
     * {@code shared} are those of {@code targetSingular}), are {@code targetSingular} once made {@link #singular}.
     */
    private static boolean singularEquals(List<Piece> pieces, int i, int j, int length, int shared,
                                          String targetSingular) {
        if (length > 4 && endsWith(pieces, i, j, "ies")) {
            return targetSingular.length() == length - 2 && shared >= length - 3
                    && targetSingular.charAt(length - 3) == 'y';
        }
        if (length > 3 && endsWith(pieces, i, j, "s") && !endsWith(pieces, i, j, "ss") && !endsWith(pieces, i, j, "us")
                && !endsWith(pieces, i, j, "is")) {
            return targetSingular.length() == length - 1 && shared >= length - 1;
        }
        return targetSingular.length() == length && shared == length;
    }

    /** Whether the lower-cased words of pieces {@code i} to {@code j}, joined, end with {@code end}. */
    private static boolean endsWith(List<Piece> pieces, int i, int j, String end) {
        int k = end.length();
        for (int p = j; p >= i && k > 0; p--) {
            String word = pieces.get(p).lower();
            for (int c = word.length() - 1; c >= 0 && k > 0; c--) {
                if (word.charAt(c) != end.charAt(--k)) {
                    return false;
                }
            }
        }
        return k == 0;
    }

    /** A token, or a part of a hyphenated token, with its lemma; {@code joined} when it goes on the piece before. */
    record Piece(String word, String lemma, int begin, int end, String lower, boolean joined, boolean noun) {
        Piece(String word, String lemma, int begin, int end, boolean noun) {
            this(word, lemma, begin, end, word.toLowerCase(Locale.ROOT), false, noun);
        }

        static List<Piece> of(Sentence s) {
            List<Piece> out = new ArrayList<>();
            for (Token t : s.tokens()) {
                String w = t.word();
                boolean noun = t.pos().startsWith("NN");
                if (w.contains("://") || w.startsWith("www.") || w.contains(".com/") || w.contains(".io/")) {
                    continue; // a link's words are not the text's
                }
                var glued = w.indexOf('.') > 1 ? GLUED.matcher(w) : null;
                if (glued != null && glued.matches()) {
                    // "inference.Transformers": two sentences glued without a space, two words
                    String first = glued.group(1);
                    String second = glued.group(2);
                    out.add(new Piece(first, first.toLowerCase(Locale.ROOT), t.begin(), t.begin() + first.length(), noun));
                    int at = t.begin() + first.length() + 1;
                    // a plural read as the lemmatizer would
                    out.add(new Piece(second, Names.singularNoun(second.toLowerCase(Locale.ROOT)), at, at + second.length(),
                            noun));
                    continue;
                }
                if (w.indexOf('-') > 0 && w.indexOf('-') < w.length() - 1
                        && (!Names.isCoined(w) || java.util.Arrays.stream(Names.HYPHEN.split(w)).anyMatch(x -> LOWER_WORD.matcher(x).matches()))) {
                    String[] parts = Names.HYPHEN.split(w);
                    String[] lemmaParts = Names.HYPHEN.split(t.lemma());
                    int offset = t.begin();
                    for (int k = 0; k < parts.length; k++) {
                        String part = parts[k];
                        String lemma = k == parts.length - 1 && lemmaParts.length == parts.length
                                ? lemmaParts[k] : part.toLowerCase(Locale.ROOT);
                        if (!part.isEmpty()) {
                            out.add(new Piece(part, lemma, offset, offset + part.length(), part.toLowerCase(Locale.ROOT),
                                    k > 0, noun));
                        }
                        offset += part.length() + 1;
                    }
                } else {
                    out.add(new Piece(w, t.lemma(), t.begin(), t.end(), noun));
                }
            }
            return out;
        }
    }
}
