package org.paperkg.extract;

import static org.paperkg.extract.AuthorsDefinitions.coinedByTheAuthors;
import static org.paperkg.extract.AuthorsDefinitions.directlyProposed;
import static org.paperkg.extract.AuthorsDefinitions.ownedByAuthors;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Decides whether an acronym definition names a method or dataset, or a task, a concept or a metric: "Long Range
 * Arena (LRA)" and "we propose geometric trajectory diffusion models (GeoTDM)" are names; "Moving-Target Traveling
 * Salesman Problem (MT-TSP)" and "temporal graph neural networks (TGNN)" are not.
 */
final class DefinitionFilter {
    static final Set<String> NON_ENTITY_HEADS = Set.of("problem", "task", "error", "metric", "score",
            "rate", "ratio", "distance", "divergence", "accuracy", "coefficient", "equation", "principle", "theory",
            "hypothesis", "condition", "property", "prediction", "forecasting", "generation", "recognition",
            "detection", "segmentation", "classification", "understanding", "reasoning", "retrieval", "analysis",
            "navigation", "captioning", "tracking", "counting", "grounding",
            "intelligence", "processing", "vision", "domain", "field", "region", "area", "function", "value",
            "policy", "space", "data", "time", "system", "systems", "communication", "translation", "answering",
            "simulation", "control", "quantification", "image", "driving", "energy", "entropy", "temperature",
            "velocity", "pressure", "force", "distribution", "index", "rank", "level", "matrix", "norm", "loss",
            "frequency", "frequencies", "objective", "test", "unit", "units", "law", "effect", "phenomenon", "paradox",
            "dilemma", "conjecture", "dimension",
            "complexity", "privacy", "parity", "fairness", "assessment", "act", "disease", "disorder", "syndrome",
            "sclerosis", "cancer", "infection", "dementia", "illness", "injury", "tumor", "tumour", "diabetes",
            "languages", "cortex", "cortices", "hippocampus", "gyrus", "lobe", "thalamus", "striatum", "cerebellum",
            "amygdala", "vehicle", "agreement", "impairment", "recall", "precision", "inequality", "inequalities");
    /** Nouns after a short form that make what it abbreviates part of a mathematical object's name: "(BW) space". */
    private static final Set<String> MATHEMATICAL_OBJECT_NOUNS = Set.of("space", "distance", "divergence");
    /** Nouns after a short form that make what it abbreviates a setting in which methods are run: "(GNCD) setting". */
    private static final Set<String> SETTING_NOUNS = Set.of("setting", "scenario");
    /**
     * Heads of organisations: "Advanced Speech Translation Research and Development Promotion Center (ASTREC)",
     * "the Linguistic Data Consortium (LDC)" name who did the work, not a method or dataset.
     */
    static final Set<String> ORGANISATION_HEADS = Set.of("center", "centre", "institute", "laboratory",
            "university", "agency", "foundation", "consortium", "association", "council", "department", "ministry",
            "organization", "organisation", "society", "committee", "company", "corporation", "academy", "commission",
            "office", "bureau", "directorate", "community", "group", "union");
    /**
     * Endings of fields and of ways of measuring: "computational neuroscience (CN)", "electron microscopy (EM)",
     * "photoplethysmography (PPG)" are a field or a signal, not a method (an ontology or a technology may be one).
     */
    static final java.util.regex.Pattern FIELD_OR_MEASUREMENT = java.util.regex.Pattern.compile(
            "(?!(ontolog|technolog))\\p{L}*(ology|ologies|scopy|graphy|science|sciences)");
    /**
     * Two or three capitals, then a word in lower case: "LEarning", "BEfore" (not "IPv6", "GANs"); or a capital after
     * the first letter or two of a word in lower case, or at its end: "eXtended", "imPlicit", "ImprovemenT" (not two
     * words run together, "whileReinforcement").
     */
    private static final java.util.regex.Pattern CAPITALISED_PREFIX =
            java.util.regex.Pattern.compile("\\p{Lu}{2,3}\\p{Ll}{2,}|\\p{Ll}{1,2}\\p{Lu}\\p{Ll}{2,}|\\p{Lu}?\\p{Ll}{3,}\\p{Lu}");
    private static final java.util.regex.Pattern SPACES_OR_HYPHENS = java.util.regex.Pattern.compile("[\\s-]+");
    /**
     * Heads of activities: "contrastive learning (CL)" is a kind of learning, but "Direct Preference Optimization
     * (DPO)" and "Implicit Maximum Likelihood Estimation (IMLE)", written as a title, name one method.
     */
    static final Set<String> ACTIVITY_HEADS = Set.of("learning", "pretraining", "pre-training", "training",
            "tuning", "fine-tuning", "modeling", "modelling", "inference", "optimization", "optimisation",
            "adaptation", "adaption", "estimation", "generalization", "generalisation", "evaluation");
    /** Nouns that, right after "long form (SF)", make it the name of a method or dataset. */
    static final Set<String> METHOD_NOUNS = Set.of("method", "algorithm", "approach", "framework", "model",
            "architecture", "optimizer", "optimiser", "technique");
    /**
     * Nouns that, right after "long form (SF)", make it the name of a dataset; elsewhere too, the lemmas of the nouns
     * that head a dataset's description ("the benchmark X", "X datasets", "the discourse treebank MEGA-DT").
     */
    static final Set<String> DATASET_NOUNS = Set.of("dataset", "benchmark", "corpus", "treebank");
    /** Nouns that make "the N of long form (SF)" a topic: the study of, the problem of, the field of. */
    static final Set<String> TOPIC_NOUNS = Set.of("study", "studies", "problem", "problems", "task", "tasks",
            "setting", "field", "area", "topic", "domain", "challenge", "goal");
    private static final Set<String> PREPOSITIONS = Set.of("in", "for", "of", "on", "with", "from", "to", "via",
            "through", "using");
    private final Lexicon lexicon;
    private final ConceptLabels conceptLabels;

    DefinitionFilter(Lexicon lexicon, ConceptLabels conceptLabels) {
        this.lexicon = lexicon;
        this.conceptLabels = conceptLabels;
    }

    /** A long form in title case that the gazetteer knows: "Decision Transformer". */
    private boolean knownInTitleCase(String longForm) {
        return Character.isUpperCase(longForm.charAt(0)) && !longForm.equals(longForm.toUpperCase(Locale.ROOT))
                && lexicon.lookup(longForm) != null;
    }

    /**
     * True when the definition spells out a name of a method or dataset. A title that opens with the short form before
     * a colon ("DNA: Domain Generalization with …") makes even a word that names something else elsewhere the paper's
     * own name when the authors propose it; one that opens with the long form in title case makes it the paper's
     * own method even where it ends in a concept's label ("Population-size-Aware Policy Optimization for …").
     */
    boolean isName(AcronymDefinition d, Sentence sentence, String title) {
        boolean titleOpensWithIt = title.startsWith(d.shortForm() + ":");
        if (conceptLabels.isLabel(d.longForm())
                || (conceptLabels.isAcronymLabel(d.shortForm()) && !conceptLabels.redefines(d.shortForm(), d.longForm()))
                // (the authors' own coinage, unless they spell it out as the list does: "a novel biomedical
                // Information Extraction (IE) model" makes a model for the task)
                || (lexicon.isNotName(d.shortForm())
                        && !(coinedByTheAuthors(d, sentence)
                                && !lexicon.spelledOutAsListed(d.shortForm(), d.longForm()))
                        && !lexicon.spelledOutOtherwise(d.shortForm(), d.longForm())
                        && !(titleOpensWithIt && (directlyProposed(d, sentence) || ownedByAuthors(d, sentence)))
                        // (a known name's long form makes it one: "Decision Transformer (DT)", not a tag's DT)
                        && !knownInTitleCase(d.longForm()))) {
            return false;
        }
        // (nor a short form that says a kind, "Variational Auto-encoder-based (VAE-based)")
        if (studiedAsATopic(d, sentence) || namesAProperty(d, sentence) || adverbAndAdjective(d, sentence)
                || endsInAField(d.longForm()) || Names.KIND_SUFFIX.matcher(d.shortForm()).matches()
                || listedAsATask(d, sentence)
                || (abbreviatesACompoundAdjective(d) && !directlyProposed(d, sentence)) || namesALanguage(d, sentence)) {
            return false;
        }
        if (directlyProposed(d, sentence) || ownedByAuthors(d, sentence) || namedInParentheses(d, sentence)
                || lexicon.lookup(d.shortForm()) != null || opensWithADatasetNoun(d.longForm())
                || spelledOutInCapitals(d.longForm()) || novelInTitleCase(d, sentence)
                || calledAfterAMethodNoun(d, sentence)) {
            return true;
        }
        if (abbreviatesNoNamedThing(d, sentence)) {
            return false;
        }
        // "deep feedback control (DFC), a recently proposed credit assignment method": an apposition says what it is
        String apposition = appositionHead(d, sentence);
        if (METHOD_NOUNS.contains(apposition) || DATASET_NOUNS.contains(apposition)) {
            return true;
        }
        LongFormReading reading = new LongFormReading(d, sentence, conceptLabels);
        if (reading.namesNoEntity()) {
            return false;
        }
        Optional<Boolean> byItsHead = reading.byAHeadOfNoEntity();
        if (byItsHead.isPresent()) {
            return byItsHead.get();
        }
        Optional<Boolean> byAnActivity = reading.byAnActivityHead(title);
        if (byAnActivity.isPresent()) {
            return byAnActivity.get();
        }
        if (reading.aKindOfAConcept()) {
            return false;
        }
        if (reading.typed()) {
            return true;
        }
        return Names.isCoined(d.shortForm()) || opensWithACapital(d.shortForm());
    }

    /**
     * True when the short form's first letter is a capital, past a count or dimension it opens with: "3DMM" for "3D
     * Morphable Model", "1-WL" for the "1-dimensional Weisfeiler-Leman" test, as "DMM" would be (but not a kind of
     * thing in two words, "3D Convolutional Neural Networks (3D ConvNets)").
     */
    private static boolean opensWithACapital(String shortForm) {
        if (Character.isDigit(shortForm.charAt(0)) && shortForm.contains(" ")) {
            return false;
        }
        int i = 0;
        while (i < shortForm.length() && (Character.isDigit(shortForm.charAt(i)) || shortForm.charAt(i) == '-')) {
            i++;
        }
        return i < shortForm.length() && Character.isUpperCase(shortForm.charAt(i));
    }

    /**
     * True when the definition abbreviates no named thing, whatever its words: a short form that qualifies a
     * mathematical object, a kind of data or a setting after it, one common noun in lower case (in the plural, or cut
     * short by the short form), or a family of things.
     */
    private static boolean abbreviatesNoNamedThing(AcronymDefinition d, Sentence sentence) {
        // "the Bures-Wasserstein (BW) space", "the Kullback-Leibler (KL) divergence": the short form qualifies a space or a
        // distance, a mathematical object, no method (but "network architecture search (NAS) spaces" are what a
        // method searches)
        int objectNoun = indexOfNounAfterShortForm(d, sentence);
        if (objectNoun < sentence.size() && MATHEMATICAL_OBJECT_NOUNS.contains(sentence.token(objectNoun).lower())) {
            return true;
        }
        // "learning from similarity-confidence (Sconf) data": words in lower case before "data" name a kind of data,
        // and so do they before "image", "the low-resolution multispectral (LRMS) image", and before datasets in the
        // plural, "build hate speech / counter narrative (HS/CN) datasets"
        if (objectNoun < sentence.size()
                && (KINDS_OF_DATA.contains(Names.withoutPluralS(sentence.token(objectNoun).lower()))
                        || DATASETS_IN_THE_PLURAL.contains(sentence.token(objectNoun).lower()))
                && d.longForm().equals(d.longForm().toLowerCase(Locale.ROOT))) {
            return true;
        }
        // "a pragmatic but under-explored Generalized Novel Category Discovery (GNCD) setting": a setting or a scenario
        // is posed, not run
        if (objectNoun < sentence.size() && SETTING_NOUNS.contains(sentence.token(objectNoun).lemma())) {
            return true;
        }
        // "tuning hyperparameters (HPs)", "neurons (Ns)": one common noun in the plural abbreviates the things, no name
        // (nor one that the short form cuts short, "sentence similarity (Sim)")
        boolean oneLowerCaseWord = d.longForm().indexOf(' ') < 0 && d.longForm().indexOf('-') < 0
                && d.longForm().equals(d.longForm().toLowerCase(Locale.ROOT));
        if (oneLowerCaseWord && (d.longForm().endsWith("s")
                || d.longForm().startsWith(d.shortForm().toLowerCase(Locale.ROOT)))) {
            return true;
        }
        return abbreviatesAFamily(d);
    }

    /**
     * True when a capitalised dataset noun (after one modifier at most) and a preposition open the long form, which
     * the noun heads: "Datasets with Diverse human Demonstrations for Imitation Learning (D3IL)", "Corpus of Written
     * Bokmal Norwegian (CWBN)".
     */
    private static boolean opensWithADatasetNoun(String longForm) {
        String[] words = Names.WHITESPACE.split(longForm);
        // (after one capitalised modifier too: "the Multilingual Corpus of Survey Questionnaires (MCSQ)")
        int noun = words.length >= 4 && Character.isUpperCase(words[0].charAt(0)) && !words[0].endsWith("ing")
                && DatasetCues.isDataOnlyNoun(words[1].toLowerCase(Locale.ROOT)) ? 1 : 0;
        return words.length >= 3 + noun && Character.isUpperCase(words[noun].charAt(0))
                && DatasetCues.isDataOnlyNoun(words[noun].toLowerCase(Locale.ROOT))
                && PREPOSITIONS.contains(words[noun + 1]);
    }

    /**
     * "pre-trained models (PTMs)", "learned optimizers (LOs)": a participle in lower case before a method noun in the
     * plural abbreviates a family of methods, no name (but what is based on something names one, "energy-based models
     * (EBMs)"; and a plural short form alone does not make a family, "fully attentional networks (FANs)").
     */
    private static boolean abbreviatesAFamily(AcronymDefinition d) {
        String[] words = Names.WHITESPACE.split(d.longForm());
        return words.length == 2 && d.longForm().equals(d.longForm().toLowerCase(Locale.ROOT))
                && words[0].endsWith("ed") && !words[0].endsWith("-based") && Names.endsLikeAPlural(words[1])
                && TypeCues.METHOD_HEADS.contains(Names.withoutPluralS(words[1]));
    }

    /** True when a short form has a lower-case letter besides a plural's "s": "RoTTA", "xMoCo"; not "GANs". */
    static boolean mixedCase(String shortForm) {
        String singular = shortForm.endsWith("s") ? shortForm.substring(0, shortForm.length() - 1) : shortForm;
        return singular.chars().anyMatch(Character::isLowerCase) && singular.chars().anyMatch(Character::isUpperCase);
    }

    /**
     * The noun that says what a definition names, right after its parenthesised short form or after the list of
     * names it opens: "a new Nesterov momentum estimation (NME) method", "the Next Generation Simulation (NGSIM),
     * …, and MoCAD datasets".
     */
    static String nounAfterShortForm(AcronymDefinition d, Sentence s) {
        int next = indexOfNounAfterShortForm(d, s);
        return next < s.size() ? s.token(next).lemma() : "";
    }

    /** The long form's last word, in lower case: "unit" of "the Neural Power Unit". */
    static String lastWordOfLongForm(AcronymDefinition d) {
        return d.longForm().substring(d.longForm().lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
    }

    /** True when every word of more than three letters is capitalised: "Adverbs in Recipes", "Relation-aware Module". */
    static boolean inTitleCase(String longForm) {
        // (prepositions stay in lower case: "Denoising Score Matching with Annealed Langevin Sampling")
        return java.util.Arrays.stream(Names.WHITESPACE.split(longForm))
                .filter(w -> w.length() > 3 && !TITLE_CASE_PREPOSITIONS.contains(w))
                .allMatch(w -> Character.isUpperCase(w.charAt(0)));
    }

    /** Prepositions of four letters or more that a title-case phrase writes in lower case. */
    private static final Set<String> TITLE_CASE_PREPOSITIONS = Set.of("with", "from", "into", "onto", "over", "upon",
            "under", "within", "without", "through", "across", "towards", "toward", "between", "among", "beyond",
            "via");

    /** Where the noun of {@link #nounAfterShortForm} is; the sentence's size when there is none. */
    static int indexOfNounAfterShortForm(AcronymDefinition d, Sentence s) {
        int i = tokenAfterDefinition(d, s);
        return i < s.size() ? ListCues.endOfList(s, i) : s.size();
    }

    /**
     * "LEarning Across Dynamical Systems (LEADS)", "ALign the image and text representations BEfore Fusing": a
     * long form that capitalises the letters its short form takes from inside a word was coined as a name.
     */
    static boolean spelledOutInCapitals(String longForm) {
        for (String word : SPACES_OR_HYPHENS.split(longForm)) {
            if (CAPITALISED_PREFIX.matcher(word).matches()) {
                return true;
            }
        }
        return false;
    }

    /** Nouns of data that words in lower case before them qualify: "(Sconf) data", "(PAN) images". */
    private static final Set<String> KINDS_OF_DATA = Set.of("data", "image");
    /** Dataset nouns in the plural, which a short form before them sorts datasets by: "(HS/CN) datasets". */
    private static final Set<String> DATASETS_IN_THE_PLURAL = Set.of("datasets", "corpora", "benchmarks");

    /** The index of the token where the definition's long form starts. */
    static int longFormStart(AcronymDefinition d, Sentence s) {
        return s.tokenIndexAt(d.longSpan().begin());
    }

    /**
     * True when the definition is an item of a list of tasks: "facial analysis tasks such as Facial Attribute
     * Recognition (FAR), …, and Lip Synchronization (LS)", "tasks including Code Summarization (CS)", "two
     * document-level EE tasks: role-filler entity extraction (REE) and …" (after a colon, in lower case only); only
     * capitalised words, short forms in parentheses, commas and "and" or "or" stand between the list's opening and the
     * long form.
     */
    private static boolean listedAsATask(AcronymDefinition d, Sentence s) {
        for (int k = longFormStart(d, s) - 1; k >= 1; k--) {
            Token t = s.token(k);
            // (after a colon only a long form in lower case, a task's common name: not "three modules optimized for
            // burst processing tasks: Multi-scale Burst Feature Alignment (MBFA) for …")
            boolean colon = t.word().equals(":") && d.longForm().equals(d.longForm().toLowerCase(Locale.ROOT));
            if (s.suchAsAt(k - 1) || t.lower().equals("including") || colon) {
                int noun = s.suchAsAt(k - 1) ? k - 2 : k - 1;
                if (noun >= 1 && s.token(noun).word().equals(",")) {
                    noun--;
                }
                return noun >= 0 && s.token(noun).lemma().equals("task");
            }
            boolean listWord = t.word().equals(",") || t.word().equals("(") || t.word().equals(")")
                    || t.lower().equals("and") || t.lower().equals("or") || Character.isUpperCase(t.word().charAt(0));
            if (!listWord) {
                return false;
            }
        }
        return false;
    }

    /** Last parts of a hyphenated adjective: "class-specific", "long-tailed", "knowledge-intensive", "energy-aware". */
    private static final java.util.regex.Pattern ADJECTIVE_LAST_PART = java.util.regex.Pattern.compile(
            ".{3,}(?:(?<!e)ed|ive|ible|able|ous|less)|specific|(?:in)?dependent|(?:in)?efficient|consistent"
                    + "|(?:in|equi)?variant|agnostic|aware|free|wise|lingual|modal|dimensional|directional|temporal"
                    + "|spatial|cultural");
    /**
     * First parts of a hyphenated adjective of degree, order or band, or of a negation: "high-resolution",
     * "first-order", "near-infrared", "non-line-of-sight".
     */
    private static final Set<String> DEGREE_FIRST_PARTS = Set.of("high", "low", "higher", "lower", "first", "second",
            "zeroth", "near", "long", "short", "all", "in", "non");

    /** A short form whose "2" spells "to": "E2E", "S2S". */
    private static final java.util.regex.Pattern TO_SPELLED_TWO = java.util.regex.Pattern.compile("\\p{L}2\\p{L}");

    /** True for one lower-case word "x-to-y": "end-to-end". */
    private static boolean lowerCaseMapping(String longForm) {
        return longForm.equals(longForm.toLowerCase(Locale.ROOT)) && longForm.split("-").length == 3
                && longForm.contains("-to-");
    }

    /**
     * "high-resolution (HR) images", "first-order (FO) information", "class-specific (CS) features", "in-the-wild
     * (ITW) data", "end-to-end (E2E)", "Cross-lingual (XL) models": a long form that is one hyphenated adjective in
     * lower case (its first letter apart) abbreviates a property of what follows, whatever noun follows (but
     * "expectation-maximization (EM)", "chain-of-thought (CoT)", "branch-and-bound (BaB)" are nouns).
     */
    static boolean abbreviatesACompoundAdjective(AcronymDefinition d) {
        String longForm = d.longForm();
        int hyphen = longForm.indexOf('-');
        if (hyphen < 1 || longForm.indexOf(' ') >= 0 || !longForm.substring(1).equals(longForm.substring(1).toLowerCase(Locale.ROOT))) {
            return false;
        }
        // (its initials in letters: not "structured state-space sequence (S4)", whose character match may stop short;
        // but a "2" may spell "to", "end-to-end (E2E)")
        String shortForm = d.shortForm();
        if (TO_SPELLED_TWO.matcher(shortForm).matches() && lowerCaseMapping(longForm)) {
            return true;
        }
        // (an "X" may stand for "cross": "Cross-lingual (XL)")
        boolean crossAsX = Character.toLowerCase(shortForm.charAt(0)) == 'x'
                && longForm.toLowerCase(Locale.ROOT).startsWith("cross-");
        if (!shortForm.chars().allMatch(Character::isLetter) || !crossAsX
                && Character.toLowerCase(shortForm.charAt(0)) != Character.toLowerCase(longForm.charAt(0))) {
            return false;
        }
        String lower = longForm.toLowerCase(Locale.ROOT);
        String lastPart = lower.substring(lower.lastIndexOf('-') + 1);
        return ADJECTIVE_LAST_PART.matcher(lastPart).matches() || DEGREE_FIRST_PARTS.contains(lower.substring(0, hyphen));
    }

    /**
     * "differentially private (DP) machine learning algorithms", "adversarially trained (AT) models", "fully connected
     * (FC) layers": an adverb and an adjective or participle, in lower case, abbreviate a property of what follows,
     * unless a method or dataset noun follows the short form.
     */
    private static boolean adverbAndAdjective(AcronymDefinition d, Sentence s) {
        String[] words = Names.WHITESPACE.split(d.longForm());
        if (words.length != 2 || !d.longForm().equals(d.longForm().toLowerCase(Locale.ROOT))
                || !words[0].endsWith("ly") || words[0].length() < 5 || words[1].indexOf('-') >= 0) {
            return false;
        }
        Token last = s.token(s.tokenIndexAt(d.longSpan().end() - 1));
        String typeNoun = nounAfterShortForm(d, s);
        return last.end() == d.longSpan().end() && (last.pos().equals("JJ") || last.pos().equals("VBN"))
                && !METHOD_NOUNS.contains(typeNoun) && !DATASET_NOUNS.contains(typeNoun);
    }

    /**
     * "sketches that are mergeable, differentially private (DP), and …", "channels that are negatively-relevant (NR)
     * to predictions": a long form in lower case that ends in an adjective, with no noun after its short form,
     * abbreviates a property (but "last switch dependent (LSD) bandits" are a kind of bandits).
     */
    private static boolean namesAProperty(AcronymDefinition d, Sentence s) {
        // (its first letter may open the sentence; in title case, every word an adjective: "Kinetic Optimal (KO)
        // Gaussian paths", "Symmetric Positive Definite (SPD) and Grassmann manifolds")
        String rest = d.longForm().substring(1);
        if (!rest.equals(rest.toLowerCase(Locale.ROOT)) && !onlyAdjectives(d, s)) {
            return false;
        }
        Token last = s.token(s.tokenIndexAt(d.longSpan().end() - 1));
        // (a hyphenated last word is often a noun the tagger calls an adjective, "actor-critic", but not after an
        // adverb: "negatively-relevant")
        int hyphen = last.word().indexOf('-');
        boolean afterAnAdverb = hyphen > 2 && last.word().substring(0, hyphen).endsWith("ly");
        if (last.end() != d.longSpan().end() || !last.pos().equals("JJ") || (hyphen >= 0 && !afterAnAdverb)) {
            return false;
        }
        // the token after the definition and its closing parenthesis
        int after = s.tokenIndexAt(Math.max(d.shortSpan().end(), d.longSpan().end()) - 1) + 1;
        if (after < s.size() && s.token(after).word().equals(")")) {
            after++;
        }
        // (before a noun too when every word is an adjective, the property of what the noun names: "the manifold of
        // symmetric positive definite (SPD) matrices"; not of a method's kind, "deep convolutional (DC) networks", nor
        // of an activity, "our holistic robust (HR) training procedure")
        String noun = after < s.size() ? s.token(after).lemma() : "";
        return after >= s.size() || !s.token(after).pos().startsWith("NN")
                || onlyAdjectives(d, s) && !TypeCues.METHOD_HEADS.contains(noun) && !DATASET_NOUNS.contains(noun)
                        && !ACTIVITY_HEADS.contains(noun);
    }

    /** True when the long form is two or more words, each one an adjective: "symmetric positive definite". */
    private static boolean onlyAdjectives(AcronymDefinition d, Sentence s) {
        int first = s.tokenIndexAt(d.longSpan().begin());
        int last = s.tokenIndexAt(d.longSpan().end() - 1);
        if (last <= first) {
            return false;
        }
        for (int k = first; k <= last; k++) {
            if (!s.token(k).pos().equals("JJ")) {
                return false;
            }
        }
        return true;
    }

    /**
     * "the study of Vision-Language Continual Pretraining (VLCP)", "a more general task -- … (NIMT)": a field or a
     * problem, not a method.
     */
    private static boolean studiedAsATopic(AcronymDefinition d, Sentence s) {
        int start = longFormStart(d, s);
        // also set off after the noun: "we study a more general task -- Nonparametric Iterative Machine Teaching
        // (NIMT)", "a new problem: …"
        // (not a colon after a plural, which opens a list: "three modules for burst processing tasks: Multi-scale
        // Burst Feature Alignment (MBFA) for …")
        if (start < 2 || !TOPIC_NOUNS.contains(s.token(start - 2).lower())) {
            return false;
        }
        String before = s.token(start - 1).word();
        if (before.equals("of")) {
            // (but a model is no topic: "introducing the field of Joint Energy-based Model (JEM)")
            String[] words = Names.WHITESPACE.split(d.longForm().toLowerCase(Locale.ROOT));
            String head = words[words.length - 1];
            return !MODEL_HEADS.contains(head) && !MODEL_HEADS.contains(head.substring(0, head.length() - 1));
        }
        // set off after a new topic ("a more general task --"), not after one named before ("a novel approach for
        // this task -- Lift, Map, Detect (LMD) --" sets off the approach)
        return (DASHES.contains(before) || (before.equals(":") && !s.token(start - 2).lower().endsWith("s")))
                && opensWithAnIndefiniteArticle(s, start - 2);
    }

    /** True when the noun phrase ending at {@code noun} opens with "a" or "an": "a challenging and new problem". */
    private static boolean opensWithAnIndefiniteArticle(Sentence s, int noun) {
        return PhraseSyntax.indefiniteArticleBefore(s, noun, Integer.MAX_VALUE, t -> t.pos().startsWith("JJ")
                || t.pos().startsWith("RB") || t.pos().equals("CC")) >= 0;
    }

    /** Heads of a long form that names a model, never a topic, even after "the field of". */
    private static final Set<String> MODEL_HEADS = Set.of("model", "network", "net", "algorithm", "architecture",
            "optimizer", "estimator", "sampler", "solver", "classifier", "transformer", "machine");

    /** Dashes that set a topic's name off after its noun. */
    private static final Set<String> DASHES = Set.of("--", "—", "–");

    /**
     * The lemma of the head noun of an apposition right after a definition, "(DFC), a recently proposed credit
     * assignment method", "(QDF), a machine learning (ML) model based on …", or of what a definition that opens the
     * sentence is said to be, "… (PSRL) is a useful framework"; "" when none follows.
     */
    private static String appositionHead(AcronymDefinition d, Sentence s) {
        int i = s.tokenIndexAt(Math.max(d.shortSpan().end(), d.longSpan().end()) - 1) + 1;
        while (i < s.size() && s.token(i).word().equals(")")) {
            i++;
        }
        int start = s.tokenIndexAt(Math.min(d.shortSpan().begin(), d.longSpan().begin()));
        // (or "is a" after a definition that opens the sentence: "Posterior sampling for reinforcement learning (PSRL)
        // is a useful framework for …"; not a measurement, "Cryo-electron microscopy (cryo-EM) is a technique …")
        boolean measurement = FIELD_OR_MEASUREMENT.matcher(lastWordOfLongForm(d)).matches();
        boolean copula = start == 0 && i < s.size() && s.token(i).lower().equals("is") && !measurement;
        if (!measurement) {
            String plural = pluralPredicateHead(s, start, i);
            if (!plural.isEmpty()) {
                return plural;
            }
        }
        if (i + 2 >= s.size() || !(s.token(i).word().equals(",") || copula)
                || !TypeCues.INDEFINITE_ARTICLES.contains(s.token(i + 1).lower())) {
            return "";
        }
        // "In unsupervised domain adaptation (UDA), a model trained on …": the phrase after the comma is the subject
        // of the main clause that the opening prepositional phrase leads to
        if (start == 1 && s.token(0).pos().equals("IN")) {
            return "";
        }
        return nounPhraseHead(s, i + 2);
    }

    /**
     * The lemma of the last noun of the noun phrase that opens at {@code from}, past adjectives, adverbs, participles,
     * numbers and short forms in parentheses: "two popular gradient-based methods" gives "method"; "" when no noun
     * comes.
     */
    private static String nounPhraseHead(Sentence s, int from) {
        String head = "";
        for (int j = from; j < s.size(); j++) {
            Token t = s.token(j);
            if (j + 2 < s.size() && PhraseSyntax.isParenthesisedAcronym(s, j + 2)) {
                j += 2;
            } else if (t.pos().startsWith("NN")) {
                head = t.lemma();
            } else if (!(t.pos().startsWith("JJ") || t.pos().startsWith("RB") || t.pos().equals("VBN")
                    || t.pos().equals("VBG") || t.pos().equals("HYPH") || t.pos().equals("CD"))) {
                break;
            }
        }
        return head;
    }

    /** Last words of the fields that the gazetteer writes as no names: "Machine Learning", "Computer Vision". */
    private static final Set<String> FIELD_LAST_WORDS = Set.of("learning", "processing", "vision", "intelligence",
            "mining", "science");

    /**
     * True when the long form narrows a field that is no name: "Scientific Machine Learning (SciML)", "Quantum Natural
     * Language Processing (QNLP)".
     */
    private boolean endsInAField(String longForm) {
        String[] words = Names.WHITESPACE.split(longForm.strip());
        if (words.length < 3 || !FIELD_LAST_WORDS.contains(words[words.length - 1].toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (int n = 2; n <= 3 && n < words.length; n++) {
            String field = String.join(" ", Arrays.copyOfRange(words, words.length - n, words.length));
            // (not deep learning, which a word before it narrows into a technique as often as into a field:
            // "Evidential Deep Learning (EDL)" beside "Topological Deep Learning (TDL)")
            if (lexicon.isNotName(field) && !field.equalsIgnoreCase("deep learning")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The head noun after "are" when two definitions joined by "and" open the sentence, the one from {@code start} to
     * {@code after} among them: "Back-propagation through time (BPTT), and real-time recurrent learning (RTRL) are two
     * popular gradient-based methods" gives "method" for both; "" otherwise.
     */
    private static String pluralPredicateHead(Sentence s, int start, int after) {
        int k = after;
        if (start == 0 && k < s.size() && (s.token(k).word().equals(",") || s.token(k).lower().equals("and"))) {
            k = -1; // a second definition joined to this one, up to its closing parenthesis
            for (int j = after + 1; j < s.size() && j <= after + 12 && k < 0; j++) {
                if (TypeCues.FINITE_VERB_TAGS.contains(s.token(j).pos())) {
                    return "";
                }
                k = s.token(j).word().equals(")") ? j + 1 : -1;
            }
        } else if (start < 2 || !s.token(start - 1).lower().equals("and")) {
            return "";
        }
        for (int j = 0; j < start && k >= 0; j++) {
            if (TypeCues.FINITE_VERB_TAGS.contains(s.token(j).pos())) {
                return ""; // not a subject that opens the sentence
            }
        }
        return k < 0 || k >= s.size() || !s.token(k).lower().equals("are") ? "" : nounPhraseHead(s, k + 1);
    }

    /**
     * True when a naming verb right before the long form names a method noun before it, in lower case too, and even
     * where its words would read as an activity: "A novel clustering algorithm for orderable data, called
     * unsupervised order learning (UOL), is proposed", "The model named sequential knowledge transformer (SKT)"; not
     * a task, a setting, a paradigm or a metric so called ("a new … task called candidate label set pruning (CLSP)").
     */
    private static boolean calledAfterAMethodNoun(AcronymDefinition d, Sentence s) {
        if (d.longSpan().begin() > d.shortSpan().begin()) {
            return false;
        }
        int verb = s.tokenIndexAt(d.longSpan().begin()) - 1;
        if (verb >= 1 && (s.token(verb).lower().equals("the") || s.token(verb).lower().equals("as"))) {
            verb--;
        }
        if (verb < 1 || !ProposalCues.NAMING_VERBS.contains(s.token(verb).lemma())
                || !s.token(verb).pos().startsWith("VB")) {
            return false;
        }
        int noun = NamedPhraseFinder.namedNoun(s, verb);
        return noun >= 0 && !s.token(noun).lemma().equals("paradigm");
    }

    /**
     * "a novel NCD Spectral Contrastive Loss (NSCL)", "a new Sparse Mixture Loss (SML)": a long form in title case
     * right after "novel" or "new" is a name the authors coin, whatever its head noun (not a task or setting they
     * pose, "a new Video Quality Prediction (VQP) task").
     */
    private static boolean novelInTitleCase(AcronymDefinition d, Sentence s) {
        int start = longFormStart(d, s);
        return start > 0 && s.token(start).begin() == d.longSpan().begin() && inTitleCase(d.longForm())
                && (s.token(start - 1).lower().equals("novel") || s.token(start - 1).lower().equals("new"))
                && !TOPIC_NOUNS.contains(nounAfterShortForm(d, s));
    }

    /**
     * A coined word that a naming verb gives in parentheses after a description is the authors' name for what the
     * description says, whatever its head: "we translate discourse relations in embedding space (called TransS)",
     * "a method of Learning Resampling Function (termed LeRF)".
     */
    private static boolean namedInParentheses(AcronymDefinition d, Sentence s) {
        if (!d.rule().equals(AcronymFinder.NAMING_PHRASE) || !Names.isCoined(d.shortForm())) {
            return false;
        }
        int name = s.tokenIndexAt(d.shortSpan().begin());
        return name >= 2 && s.token(name - 2).word().equals("(");
    }

    /** The first token after a definition's long and short forms; the sentence's size when there is none. */
    static int tokenAfterDefinition(AcronymDefinition d, Sentence s) {
        for (int i = 0; i < s.size(); i++) {
            if (s.token(i).begin() >= Math.max(d.shortSpan().end(), d.longSpan().end())) {
                return i;
            }
        }
        return s.size();
    }

    /** Prepositions of means and "using", after which the words say how, not what: "back-propagation through time". */
    static final Set<String> MEANS_PREPOSITIONS = Set.of("through", "via", "using");

    static String[] beforePreposition(String[] words) {
        for (int k = 1; k < words.length - 1; k++) {
            if (PREPOSITIONS.contains(words[k])) {
                // (and before the participle that takes it: "risk minimization based on f-divergence measures")
                boolean basedOn = k >= 2 && words[k - 1].equals("based");
                return java.util.Arrays.copyOfRange(words, 0, basedOn ? k - 1 : k);
            }
        }
        return words;
    }

    /**
     * True when the long form ends in a language's name, a pair of them or "Sign Language", and no method or dataset
     * noun follows: "Modern Standard Arabic (MSA)", "Roman Urdu (RU)", "Indian Sign Language (ISL)" name a language,
     * "French-English (FR-EN)" a pair (the head before a preposition counts: "Corpus of Contemporary American English
     * (COCA)", "Emotion Mining for Arabic (EMA)" do not).
     */
    private boolean namesALanguage(AcronymDefinition d, Sentence s) {
        String[] written = Names.WHITESPACE.split(d.longForm());
        int head = beforePreposition(Names.WHITESPACE.split(d.longForm().toLowerCase(Locale.ROOT))).length - 1;
        boolean signLanguage = head >= 1 && Names.signLanguage(written[head - 1], written[head]);
        if (!lexicon.isLanguage(written[head]) && !signLanguage && !lexicon.isLanguagePair(written[head])) {
            return false;
        }
        String typeNoun = nounAfterShortForm(d, s);
        return !METHOD_NOUNS.contains(typeNoun) && !DATASET_NOUNS.contains(typeNoun);
    }

}
