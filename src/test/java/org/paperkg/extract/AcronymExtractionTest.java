package org.paperkg.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paperkg.extract.Extractions.extract;
import static org.paperkg.extract.Extractions.names;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Acronym definitions: long forms and short forms, which of them name a method or a dataset, and which do not.
 * Each case runs the real CoreNLP pipeline, loaded once per test JVM ({@link SharedExtractor}).
 */
class AcronymExtractionTest {
    @Test
    void resolvesAcronymDefinitionBothWays() {
        PaperExtraction x = extract("A study of sequence benchmarks",
                "We report results on the Long Range Arena (LRA) benchmark. "
                        + "The MSR (Multi-Scale Retention) layer is evaluated as well.");
        assertThat(x.aliases()).containsKey("LRA");
        assertThat(x.aliases().get("LRA")).contains("Long Range Arena");
        assertThat(x.aliases().get("MSR")).contains("Multi-Scale Retention");
        assertThat(names(x, MentionKind.DATASET)).contains("LRA");
    }

    @Test
    void aShortFormRightBeforeTheWordTaskOrANameBeforeProblemNamesNoEntity() {
        PaperExtraction x = extract("Meshes from photos",
                "Quill mesh recovery (QMR) from photos is hard. Earlier models for the QMR task overfit. Our model, "
                        + "WanderNet, generalises. Systems for the ZORB task translate travel phrases.");
        assertThat(names(x, MentionKind.METHOD)).contains("WanderNet").doesNotContain("QMR");
        assertThat(x.mentions()).extracting(Mention::name).contains("ZORB");
        PaperExtraction problem = extract("Bounds for graphical models",
                "We bound the QUAP problem on discrete graphical models with a Block Quill Descent (BQD) approach.");
        assertThat(names(problem, MentionKind.METHOD)).contains("BQD").doesNotContain("QUAP");
    }

    @Test
    void aShortFormThatIsNoNameElsewhereNamesWhatIsDubbedAsIt() {
        PaperExtraction x = extract("Robust detectors",
                "Our method, dubbed as Normalization Perturbation (NP), perturbs channel statistics. NP is simple.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("NP");
    }

    @Test
    void anAcronymsLongFormIsTheWordsWhoseInitialsSpellIt() {
        PaperExtraction x = extract("Reward models revisited",
                "Agents are tuned with proximal policy optimization (PPO) before any reward model is learned.");
        assertThat(x.mentions(MentionKind.METHOD)).filteredOn(m -> m.name().equals("PPO"))
                .extracting(Mention::surface).contains("proximal policy optimization");
    }

    @Test
    void aRejectedShortFormIsNoNameBeforeALowerCaseSuffixEither() {
        PaperExtraction x = extract("Operators for flows",
                "Neural operators (NOs) learn maps between functions, but NO-based solvers drift; DPM-Solver does not.");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("NO").contains("DPM-Solver");
    }

    @Test
    void aCapitalInsideAnOrdinaryWordSpellsOutTheAcronymAndIsNoName() {
        PaperExtraction x = extract("Wider networks",
                "We compare with eXpanded Residual Networks (XResNet) and uncertainty quantification (UQ) tools.");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("eXpanded", "UQ");
    }

    @Test
    void aSquaredLetterInAShortFormStandsForTwoWords() {
        PaperExtraction x = extract("Prompts for forecasts",
                "We propose Token Transfer Aligned Forecasting with LLM (T^2AF-LLM) for sales data.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("T2AF-LLM");
        assertThat(x.mentions(MentionKind.METHOD)).filteredOn(m -> m.name().equals("T2AF-LLM"))
                .extracting(Mention::surface).contains("Token Transfer Aligned Forecasting with LLM");
    }

    @Test
    void aGreekLetterOfANameCountsInItsKeySpelledOut() {
        assertThat(Names.key("\u03B5-TS")).isNotEqualTo(Names.key("TS")).isEqualTo(Names.key("epsilon-TS"));
        assertThat(Names.key("\u03B2-VAE")).isEqualTo(Names.key("beta-VAE")).isEqualTo(Names.key("\u0392-VAE"));
        assertThat(Names.key("\u00B5P")).isEqualTo(Names.key("muP"));
    }

    @Test
    void aShortFormOfAQuantityNarrowedByAPrepositionIsNoNameButAModelIs() {
        PaperExtraction x = extract("Reliability", "We report the mean time to failure (MTTF), the rate of convergence "
                + "(RoC) and a new Burst Size Prediction via self-Exciting Regression model (BURSTER).");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("MTTF", "RoC").contains("BURSTER");
    }

    @Test
    void aShortFormOfAPhraseEndingInATaskNounIsNoName() {
        PaperExtraction x = extract("Detectors", "Pre-trained text-to-image (T2I) models meet Out-of-Distribution (OoD) "
                + "inputs, and T2I models and OoD samples are studied.");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("T2I", "OoD");
    }

    @Test
    void wordsOfAnExpansionWhoseCapitalsSpellTheShortFormAreNoNames() {
        PaperExtraction x = extract("Quill meta-learning",
                "We propose QUILT (Quasi-sUpervised quIll Learning wiTh tasks), a framework that uses fastText features. "
                        + "It refines poses by NBA (Neural BA).");
        assertThat(names(x, MentionKind.METHOD)).contains("QUILT", "fastText", "NBA")
                .doesNotContain("Quasi-sUpervised", "quIll", "wiTh");
    }

    @Test
    void capitalsSpellingAnAcronymInsideWordsAreNotNames() {
        PaperExtraction x = extract("Fusion", "We introduce a loss to ALign the image and text representations "
                + "BEfore Fusing (ALBEF) them.");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("ALign", "BEfore");
    }

    @Test
    void paraphrasesWithAGapAcronymsWithoutHyphensAndOtherSenses() {
        assertThat(names(extract("Samplers", "Our sampler generates sharp, diverse images quickly."), MentionKind.CONCEPT))
                .contains("image-generation");
        assertThat(names(extract("Tokens", "Tokens come from a VQVAE codebook."), MentionKind.CONCEPT))
                .contains("vector-quantization");
        assertThat(names(extract("Retrieval", "We study text-to-image person retrieval."), MentionKind.CONCEPT))
                .doesNotContain("image-generation");
        assertThat(names(extract("Brain interfaces", "Decoding of intracortical neuron spikes drives the cursor."),
                MentionKind.CONCEPT)).doesNotContain("text-generation");
        assertThat(names(extract("Hedging", "We fit an autoregressive integrated moving average model."), MentionKind.CONCEPT))
                .doesNotContain("autoregressive-model");
    }

    @Test
    void aNamingPhraseNamesTheMethodNounAfterTheShortForm() {
        PaperExtraction x = extract("Spike counts", "Our analysis results in a method we refer to as layered spectral "
                + "moment (LSM) estimators. LSM estimators converge fast on recordings.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("LSM");
    }

    @Test
    void theCapitalisedWordsOfALongFormSpellItsShortFormPastALowerCaseWord() {
        PaperExtraction x = extract("Confounded offline data", "To this end, we propose the Quill variable Pessimistic "
                + "Policy Optimization (QP2O) algorithm, which handles confounding. We prove that QP2O converges.");
        assertThat(x.aliases()).containsEntry("QP2O", java.util.Set.of("Quill variable Pessimistic Policy Optimization"));
        assertThat(names(x, MentionKind.PROPOSED)).contains("QP2O");
    }

    @Test
    void aKnownLongFormMakesAShortFormThatIsAlsoATagAName() {
        PaperExtraction x = extract("Filtering for decisions", "In offline reinforcement learning, Decision Transformer "
                + "(DT) is a promising model. Its attention module is not appropriate, and neither are determiners (DT).");
        assertThat(x.aliases()).containsEntry("DT", Set.of("Decision Transformer"));
        assertThat(names(x, MentionKind.METHOD)).hasSize(1);
    }

    @Test
    void aDefinitionThatOpensTheSentenceIsWhatTheCopulaSaysItIs() {
        PaperExtraction method = extract("Games", "Quill sampling for bandit learning (QSBL) is a useful framework for "
                + "making decisions. We extend QSBL to two-player games.");
        assertThat(names(method, MentionKind.METHOD)).contains("QSBL");
        PaperExtraction problem = extract("Games", "Quill sampling for bandit learning (QSBL) is a hard problem for "
                + "agents. We study it in two-player games.");
        assertThat(names(problem, MentionKind.METHOD)).doesNotContain("QSBL");
        PaperExtraction measurement = extract("Cells", "Quill-ray microscopy (QRM) is a powerful technique for imaging "
                + "cells. We denoise its images.");
        assertThat(names(measurement, MentionKind.METHOD)).doesNotContain("QRM");
    }

    @Test
    void aShortFormInThePluralIsTheNameTheTextWritesInTheSingular() {
        PaperExtraction x = extract("Tuquiller: Data-driven Design of Attention Heads",
                "We propose a novel design, namely Tunable Quillers (Tuquillers), with weights across heads. "
                        + "Any trained model can initialise the corresponding Tuquiller.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("Tuquiller").doesNotContain("Tuquillers");
    }

    @Test
    void aLanguageSpelledOutAndACitationPlaceholderAreNoNames() {
        PaperExtraction x = extract("Transfer", "We leverage parallel data from a related high-resource quill language "
                + "(HRQL), as earlier work did (CITATION), and train QuillMT on it.");
        assertThat(names(x, MentionKind.METHOD)).contains("QuillMT").doesNotContain("HRQL", "CITATION");
    }

    @Test
    void theWordsBeforeANamedExtendedVersionAreNotItsLongForm() {
        PaperExtraction x = extract("Better embeddings",
                "This paper presents an improved Quill Cross-Modal Embeddings (named QCME++) by introducing a new "
                        + "distance. QCME++ is fast.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("QCME++").doesNotContain("QCME");
    }

    @Test
    void aMixedCaseNameSpelledOutInTheParenthesisAfterItIsDefinedThere() {
        PaperExtraction x = extract("Self-rationalizers",
                "Our method, QuaRio (Quill-rewArd RatIOnalization), is a multi-reward conditioned algorithm.");
        assertThat(names(x, MentionKind.METHOD)).contains("QuaRio").doesNotContain("Quill-rewArd", "RatIOnalization");
        assertThat(x.aliases().get("QuaRio")).contains("Quill-rewArd RatIOnalization");
    }

    @Test
    void aNameAfterAColonRenamesAFrameworkForProblemsWithAnAcronymBefore() {
        PaperExtraction x = extract("Continuous control from demonstrations",
                "We propose a novel reinforcement learning (RL) framework for problems with continuous action spaces: "
                        + "Quill Action Grids from Demonstrations (QAGD). QAGD discretises the action space.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("QAGD");
    }

    @Test
    void acronymsOfFieldsMeasurementsAndQuantitiesAreNotMethods() {
        PaperExtraction x = extract("Reading cells",
                "Images come from cryo-electron tomography (CET) and calcium fluorescence microscopy (CFM). Ideas "
                        + "from systems neuroscience (SN) guide the design; we report a 95% credible interval (CrI). "
                        + "A Cross-Scale Feature Interaction (CSFI) module fuses the two, and we compare with the "
                        + "Voxel Refinement Network (VRN). Labels are hidden with Sparse Pixel Cipher Steganography "
                        + "(SPCS).");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("CET", "CFM", "SN", "CrI")
                .contains("CSFI", "VRN", "SPCS");
    }

    @Test
    void aLongFormThatCapitalisesItsShortFormsLettersIsAName() {
        PaperExtraction x = extract("Transfer across systems",
                "We compare with the TRansfer Among Coupled Systems (TRACS) and with generic coupled systems (GCS). "
                        + "Both are reweighted by MOdels and DAta (MODA) and tested on the Alpine Bird Calls data "
                        + "set (ABC).");
        assertThat(names(x, MentionKind.METHOD)).contains("TRACS", "MODA").doesNotContain("GCS");
        // a long form ending in "data" or "set" is not for that a dataset
        assertThat(names(x, MentionKind.DATASET)).doesNotContain("MODA").contains("ABC");
    }

    @Test
    void aGroupsArgumentInsideALongFormIsPartOfIt() {
        PaperExtraction x = extract("Equivariant message passing",
                "We introduce Steerable E(3) Equivariant Quill Networks (SEQNs) that generalise equivariant networks.");
        assertThat(names(x, MentionKind.PROPOSED)).containsExactly("SEQN");
        assertThat(x.mentions()).filteredOn(m -> m.name().equals("SEQN")).extracting(Mention::surface)
                .contains("Steerable E(3) Equivariant Quill Networks");
    }

    @Test
    void aCapitalisedWordThatASentenceOpensByDefiningAsAMethodNamesOneWhenTheAbstractCapitalisesItInsideToo() {
        PaperExtraction named = extract("Runes for Reading Quills",
                "Ravel is a rule-based extraction framework that matches patterns over quill descriptions. This paper "
                        + "describes the pattern language of Ravel and its uses.");
        assertThat(names(named, MentionKind.METHOD)).contains("Ravel");
        PaperExtraction common = extract("Reading Quills",
                "Plumage is a learned representation model of feathers. We study plumage and quills.");
        assertThat(common.mentions()).extracting(Mention::name).doesNotContain("Plumage");
    }

    @Test
    void aShortFormBeforeASpaceOrADistanceNamesNoMethod() {
        PaperExtraction x = extract("Sorting quills",
                "We sort quills in the Plume-Feather (PF) space and bound the Quill-Barb (QB) divergence between "
                        + "two sortings; QuillSort, our sorter, is fast.");
        assertThat(x.mentions()).extracting(Mention::name).doesNotContain("PF", "QB");
        assertThat(names(x, MentionKind.METHOD)).contains("QuillSort");
    }

    @Test
    void aNameANamingVerbGivesStaysANameWhenTheWordsBeforeItAreNoLongForm() {
        PaperExtraction x = extract("On the Formal Standardization of Terminology Resources: The Case Study of TriMAD",
                "In this context, we present the work of re-modeling an existing multilingual terminological "
                        + "database for the medical domain, named TriMAD. This resource serves several users.");
        assertThat(x.mentions()).extracting(Mention::name).contains("TriMAD");
    }

    @Test
    void aWordsFirstPartInParenthesesIsNoShortForm() {
        PaperExtraction x = extract("Introducing Two Quill Datasets for Evaluating Models of (Dis-)Similarity",
                "We present two datasets of word pairs.");
        assertThat(names(x, MentionKind.METHOD)).isEmpty();
    }

    @Test
    void aLongFormBeforeItsShortFormIsNoNameOfItsOwn() {
        PaperExtraction x = extract("Steady training",
                "We propose Spike-Safe Adam with Gradient Reset SSAGR, a novel optimizer. Schemes such as those of "
                        + "eXtended PINNs (XPINN) are related.");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("Gradient Reset SSAGR", "eXtended PINN");
    }

    @Test
    void aShortFormAlwaysWrittenWithTheSameActivityNamesItWithIt() {
        PaperExtraction x = extract("Guided samplers",
                "We propose Doob Path (DP) reweighting, a way to steer samplers. DP reweighting resamples particles, "
                        + "and DP reweighting needs no training. Lattice QCD (LQCD) calculation is costly; LQCD calculation "
                        + "is slow.");
        assertThat(names(x, MentionKind.METHOD)).contains("DP reweighting").doesNotContain("DP", "LQCD calculation");
        assertThat(names(x, MentionKind.PROPOSED)).contains("DP reweighting");
    }

    @Test
    void aShortFormFollowedByAHyphenatedSuffixModifiesItsNoun() {
        PaperExtraction x = extract("Bandits",
                "We propose novel lower regret bound (LRB)-type algorithms. Our method---called sliced "
                        + "kernel averaging (SKA)---is fast.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("SKA").doesNotContain("LRB");
    }

    @Test
    void aLongFormDoesNotReachBackPastAnAppositionsComma() {
        PaperExtraction x = extract("Quantum nets",
                "We present a novel network using self-attention, the Wave Transformer (PsiNet), for electrons.");
        assertThat(x.aliases().getOrDefault("PsiNet", Set.of())).noneMatch(l -> l.contains("present"));
    }

    @Test
    void aTitleCaseNameWithAPrepositionIsOneNameDefinedByItsShortForm() {
        PaperExtraction x = extract("Drifting domains",
                "We propose a Temporal Shift Adaptation with Drift-Aware Dynamic Neural Network (DRAIN) framework. "
                        + "We also propose a new Semi-Supervised VQA-NLE via Self-Critical Learning (S3C) method.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("DRAIN", "S3C").doesNotContain("VQA-NLE");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("Temporal Shift Adaptation");
    }

    @Test
    void anAppositionAfterTheShortFormTypesTheNameBeforeTheLongFormsHead() {
        PaperExtraction x = extract("Attack games",
                "We introduce Adversarial Perturbation Games (APG), a framework that trains a generator of attacks. "
                        + "We introduce Hidden Chairs Tasks (HCT), a benchmark of furniture scenes.");
        assertThat(names(x, MentionKind.METHOD)).contains("APG");
        assertThat(names(x, MentionKind.DATASET)).contains("HCT").doesNotContain("APG");
    }

    @Test
    void aShortFormWithALowerCaseLetterBeforeAnotherNameIsItsOwnNameAndALongFormInsideALongerOneIsNotFoundThere() {
        PaperExtraction x = extract("Ranking losses for detection",
                "We propose weighted Ranked-Overlap-Precision (wROP), a bounded loss function for object detection. "
                        + "wROP builds on the Ranked-Overlap-Precision (ROP) performance metric. On COCO, the wROP loss "
                        + "beats earlier ranking losses.");
        assertThat(names(x, MentionKind.METHOD)).contains("wROP").doesNotContain("ROP");
        assertThat(names(x, MentionKind.PROPOSED)).containsExactly("wROP");
    }

    @Test
    void aCapitalInsideAWordThatSpellsTheOpeningOfAShortFormIsNoName() {
        PaperExtraction x = extract("Label cleaning",
                "We propose an approach named SER, i.e. StEady Relabelling for noisy partial labels. SER relabels "
                        + "candidates every epoch and beats AdaBoost and SemEval baselines.");
        assertThat(names(x, MentionKind.METHOD)).contains("SER", "AdaBoost").doesNotContain("StEady");
        assertThat(names(x, MentionKind.PROPOSED)).containsExactly("SER");
    }

    @Test
    void abbreviatedLearningSettingsAreNoMethodsAndAShortFormBeforeBasedQualifiesTheNounAfterIt() {
        PaperExtraction x = extract("Settings",
                "Domain generalization (DG) methods fail on new hospitals. We study off-policy evaluation (OPE) for "
                        + "recommenders, and semi-supervised learning (SSL) methods that use unlabeled scans. We use a "
                        + "self-training (ST) method. In this paper, we propose a deep reinforcement learning (DRL) based "
                        + "framework for pruning, and a valuation method called grouped federated Shapley value (GroFedSV) "
                        + "based on the classic Shapley value. Experiments on Gaussian mixture models (GMMs) and sparse "
                        + "regression show that the bound of order O(kT log n) is tight.");
        assertThat(names(x, MentionKind.METHOD)).contains("ST", "GroFedSV", "GMM")
                .doesNotContain("DG", "OPE", "SSL", "DRL", "kT");
        assertThat(names(x, MentionKind.DATASET)).doesNotContain("GMM");
        assertThat(names(x, MentionKind.PROPOSED)).doesNotContain("DRL");
    }

    @Test
    void aShortFormOfThingsStudiedIsNoName() {
        PaperExtraction x = extract("Mining forum talk",
                "Linking Named Entities (NEs) across forums is hard, and rhetorical questions (RQs) even more so. "
                        + "We forecast multivariate time series (MTS) with Kernel Anchor Points (KAP), a method we "
                        + "introduce, and a continuous bag of phrases (CBOP) encoder. We propose a novel scene "
                        + "representation, namely Multi-Slab Video (MSV), and study inexact proximal point (iProx) "
                        + "methods.");
        assertThat(names(x, MentionKind.METHOD)).contains("KAP", "CBOP", "MSV", "iProx")
                .doesNotContain("NE", "RQ", "MTS");
    }

    @Test
    void aShortFormOfATaskIsNoName() {
        PaperExtraction x = extract("Quill agents",
                "Recent studies in Quill-and-Language Navigation (QLN) train agents to follow instructions, and "
                        + "Dense Quill Captioning (DQC) describes regions. We propose Quill Path Tracker (QPT).");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("QLN", "DQC").contains("QPT");
    }

    @Test
    void mathematicalObjectsAndFormatsWrittenAsAcronymsAreNoNames() {
        PaperExtraction x = extract("Causal structure",
                "We learn a directed acyclic graph (DAG) that maximises the mutual information (MI) under KKT conditions, "
                        + "store the images as JPEG, and compare with DagBoost.");
        assertThat(names(x, MentionKind.METHOD)).contains("DagBoost").doesNotContain("DAG", "MI", "KKT", "JPEG");
    }

    @Test
    void anUndefinedShortFormThatSpellsATaskPhraseOfTheTextIsNoMethod() {
        PaperExtraction x = extract("Texture cues for unsupervised salient object detection",
                "Most SOD models need dense labels. We propose QuillSal, which beats earlier SOD models, and compare "
                        + "it with PRISMO, an older detector.");
        assertThat(names(x, MentionKind.METHOD)).contains("QuillSal", "PRISMO").doesNotContain("SOD");
        PaperExtraction own = extract("LOCS: Layered Object Contour Segmentation",
                "LOCS cuts each object into layers and beats every baseline.");
        assertThat(names(own, MentionKind.METHOD)).contains("LOCS");
    }

    @Test
    void aKnownShortFormThatThePaperDefinesOtherwiseIsNotTheKnownName() {
        PaperExtraction x = extract("Sparse uncertainty",
                "Techniques such as low rank approximations (LRA) can be used. With LRA the posterior stays cheap.");
        assertThat(x.aliases().get("LRA")).contains("low rank approximations").doesNotContain("Long Range Arena");
        assertThat(names(x, MentionKind.DATASET)).doesNotContain("LRA");
        PaperExtraction arena = extract("Long sequences", "We evaluate on the Long Range Arena (LRA). On LRA our model is best.");
        assertThat(names(arena, MentionKind.DATASET)).contains("LRA");
    }

    @Test
    void theShortFormOfATaskThatOutperformsSomethingNamesAMethod() {
        PaperExtraction x = extract("Rule parsing with random functions",
                "This paper proposes a latent variable model for Compositional Rule Parsing (CORP). In experiments, "
                        + "CORP consistently outperforms the baselines. Visual query detection (VQD) is hard, and VQD "
                        + "models outperform humans only on easy queries.");
        assertThat(names(x, MentionKind.METHOD)).contains("CORP").doesNotContain("VQD");
    }

    @Test
    void aShortFormsPrefixMayBeWrittenLastInItsLongForm() {
        PaperExtraction x = extract("Quill agents in space",
                "In this work, we propose a novel setup for shape-agnostic RL, dubbed Subquillvariant Graph RL in 3D "
                        + "environments (3D-SQRL). We evaluate 3D-SQRL on new benchmarks.");
        assertThat(names(x, MentionKind.PROPOSED)).containsExactly("3D-SQRL");
    }

    @Test
    void aDigitInAShortFormMayCountTheWordsOfItsLetter() {
        PaperExtraction x = extract("Planning quills",
                "Inspired by Dynamic Quill Programming (DQP), we design a novel planner that incorporates a carefully "
                        + "designed Deep Dynamic Quill Programming (D2QP) module.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("D2QP").doesNotContain("DQP");
        assertThat(x.mentions()).filteredOn(m -> m.name().equals("D2QP")).extracting(Mention::surface)
                .contains("Deep Dynamic Quill Programming");
        // (in quotation marks, the words spell it past the opening one)
        PaperExtraction y = extract("Offline policies on a front",
                "Our method, ''Pareto pruning pool (P3)'', needs no tuned trade-off weight.");
        assertThat(names(y, MentionKind.PROPOSED)).containsExactly("P3");
        assertThat(y.mentions()).filteredOn(m -> m.name().equals("P3")).extracting(Mention::surface)
                .anySatisfy(surface -> assertThat(surface).endsWith("Pareto pruning pool"));
    }

    @Test
    void aNameGluedToTheShortFormThatEndsTheSentenceBeforeIsSeparated() {
        PaperExtraction x = extract("Adapting without sources",
                "We study source-free adaptation (SFDA) without the source data.Existing SFDA methods weigh all samples "
                        + "alike. We propose a weighting framework for SFDA.CoMix-KD then mixes the weighted samples. "
                        + "It runs on ASP.NET servers.");
        assertThat(names(x, MentionKind.METHOD)).contains("CoMix-KD").doesNotContain("SFDA.CoMix-KD", "NET");
    }

    @Test
    void aShortFormOfAnOrganisationIsNoName() {
        PaperExtraction x = extract("A treebank for Myanmar",
                "The project was started by the Speech Translation Research and Promotion Center (STRPC) in Kyoto. "
                        + "We parse it with the Quill Tree Parser (QTP).");
        assertThat(names(x, MentionKind.METHOD)).contains("QTP").doesNotContain("STRPC");
    }

    @Test
    void aShortFormDefinedForAPhenomenonIsNoNameAnywhereInThePaper() {
        PaperExtraction x = extract("Sharp minima",
                "QuillSAM induces the rim of stability (ROS) phenomenon seen at large step sizes. Models trained with "
                        + "QuillSAM also exhibit this ROS stabilization, and the loss turns NaN less often.");
        assertThat(names(x, MentionKind.METHOD)).contains("QuillSAM").doesNotContain("ROS", "NaN");
        PaperExtraction y = extract("Sparse graph tickets",
                "The Sparse Graph Ticket (SGT) hypothesis says small subgraphs suffice. Compared to SGT, our QuillSGT "
                        + "prunes faster.");
        assertThat(names(y, MentionKind.METHOD)).contains("SGT", "QuillSGT");
    }

    @Test
    void aKnownShortFormThatTheTextDefinesForSomethingElseIsNotTheKnownName() {
        PaperExtraction x = extract("Sparse curvature estimates",
                "We approximate the Hessian with low rank approximations (LRA), which keeps the memory small.");
        assertThat(names(x, MentionKind.DATASET)).doesNotContain("LRA", "Long Range Arena");
        PaperExtraction y = extract("Efficient sequence models",
                "We evaluate QuillNet on the Long Range Arena (LRA), where it beats every baseline.");
        assertThat(names(y, MentionKind.DATASET)).contains("LRA");
    }

    @Test
    void aLowerCaseLongFormThatIsAnAdverbAndAnAdjectiveIsAProperty() {
        PaperExtraction x = extract("Channel activations under attack",
                "Channels that are negatively-relevant (NR) to predictions stay over-activated, and channels that "
                        + "are positively-relevant (PR) are aligned.");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("NR", "PR");
    }

    @Test
    void aLowerCaseLongFormThatIsOneHyphenatedAdjectiveIsAPropertyWhateverFollowsIt() {
        PaperExtraction x = extract("Sharper frames",
                "We map low-resolution (LR) frames to high-resolution (HR) frames with class-specific (CS) priors. "
                        + "A branch-and-bound (BaB) search then fits the LR-HR pairs.");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("LR", "HR", "CS", "LR-HR").contains("BaB");
    }

    @Test
    void aHyphenatedWordWhoseCapitalsSpellTheShortFormIsNoName() {
        PaperExtraction x = extract("Graph MLPs",
                "We propose NORMAG, a novel method to learn NOise-robust Regularised MLPs Across Graphs.");
        assertThat(names(x, MentionKind.METHOD)).contains("NORMAG").doesNotContain("NOise-robust");
    }

    @Test
    void aShortFormAfterAScoreIsItsMetric() {
        PaperExtraction x = extract("Lane topology",
                "QuillTopo reaches state-of-the-art results on the QuillLane dataset, with 41.2 % OLQ and 37.5 "
                        + "TQS using a ResNet-50 backbone.");
        assertThat(names(x, MentionKind.METHOD)).contains("ResNet-50").doesNotContain("OLQ", "TQS");
    }

    @Test
    void aTitleCaseLongFormGoesOnPastItsPrepositionToAnEmphasisedShortForm() {
        PaperExtraction x = extract("Efficient tuning",
                "We propose a novel framework called Bi-directional Quilted Vision Language Tuning for Referring Image "
                        + "Segmentation (**QuiLTeR**), which leverages frozen encoders.");
        assertThat(names(x, MentionKind.PROPOSED)).doesNotContain("Bi-directional Quilted Vision Language Tuning");
    }

    @Test
    void aNameAfterAnIndefiniteArticleBeforeANounIsItsModifier() {
        PaperExtraction x = extract("Code editing",
                "Our model, QuillEditor, is a fine-tuned language model. We have released a QuillCode extension "
                        + "powered by our model for interactive use.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("QuillEditor").doesNotContain("QuillCode");
    }

    @Test
    void lowerCaseWordsWhoseCapitalsSpellTheShortFormAfterThemAreNoNames() {
        PaperExtraction x = extract("Data-free learning",
                "We propose a novel method called query-effIcient Data-free lEarning from blAck-box modeLs (IDEAL), "
                        + "which learns from black-box model APIs.");
        assertThat(names(x, MentionKind.METHOD)).contains("IDEAL")
                .doesNotContain("query-effIcient", "lEarning", "blAck-box", "modeLs");
    }

    @Test
    void aLongFormTakesItsFirstLetterFromAContentWordRatherThanFromOf() {
        PaperExtraction x = extract("Distributed quilting",
                "We propose Optimisation of Quilted Networks (OQN), a method that trains quilted networks in parallel.");
        assertThat(x.aliases().get("OQN")).contains("Optimisation of Quilted Networks");
    }

    @Test
    void theHeadOfALongFormComesBeforeWhatItIsBasedOn() {
        PaperExtraction x = extract("Fair risk",
                "We give a framework for fair quantile risk minimization based on f-divergence measures (f-FQRM). "
                        + "The measure of tracer uncertainty (MTU) and a confidence interval of sampled rewards (CISR) "
                        + "are reported.");
        assertThat(names(x, MentionKind.METHOD)).contains("f-FQRM").doesNotContain("MTU", "CISR");
    }

    @Test
    void theShortFormOfADiseaseOrALawNamesNoMethod() {
        PaperExtraction x = extract("Speech of patients",
                "Patients with amyotrophic lateral sclerosis (ALS), Alzheimer's disease (AD) or autism spectrum "
                        + "disorder (ASD) were recorded under the Health Insurance Portability and Accountability Act "
                        + "(HIPAA). We classify ALS and AD speech with a recurrent network.");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("ALS", "AD", "ASD", "HIPAA");
    }

    @Test
    void aShortFormBeforeSettingOrScenarioNamesNoMethod() {
        PaperExtraction x = extract("Finding new classes",
                "We target the under-explored Open Novel Class Grouping (ONCG) setting and the Streaming Label "
                        + "Drift (SLD) scenario. We propose a two-stage method, dubbed QuiltCAL, for both.");
        assertThat(names(x, MentionKind.METHOD)).contains("QuiltCAL").doesNotContain("ONCG", "SLD");
    }

    @Test
    void aWordOpeningADefinitionIsNoNameWhenItsCapitalElsewhereIsALongerNames() {
        PaperExtraction x = extract("Weighted Pooling with Trainable Exponents for Sentence Vectors",
                "Pooling is an important technique for building sentence vectors in neural models. We propose a "
                        + "Weighted Pooling with Trainable Exponents (WPTE) approach. Quiltor is a parser that we "
                        + "compare with; unlike WPTE, Quiltor is slow.");
        assertThat(names(x, MentionKind.METHOD)).contains("WPTE", "Quiltor").doesNotContain("Pooling");
    }

    @Test
    void aLongFormEndingInALanguageNamesNoMethod() {
        PaperExtraction x = extract("Reading difficulty of sentences",
                "We present a Modern Standard Arabic (MSA) sentence difficulty classifier called ReadLevel. Most speech "
                        + "is in MSA. We also turn announcements into Indian Sign Language (ISL) animations, and study "
                        + "Roman Urdu (RU) posts.");
        assertThat(names(x, MentionKind.METHOD)).containsExactly("ReadLevel");
        assertThat(names(x, MentionKind.DATASET)).isEmpty();
        PaperExtraction y = extract("Coordination in a reference corpus",
                "We count coordinations in the Corpus of Contemporary Written Swahili (CCWS), a corpus of news.");
        assertThat(names(y, MentionKind.DATASET)).containsExactly("CCWS");
    }

    @Test
    void examplesInAParenthesisAfterAShortFormAreNoLongForm() {
        PaperExtraction x = extract("Radial steps for scale-invariant weights",
                "Most deep networks are trained with momentum-based GD (e.g. SGD or QuillProp) on scale-invariant "
                        + "weights. We propose QuillP, which drops the radial part of each step.");
        assertThat(names(x, MentionKind.METHOD)).contains("QuillProp", "QuillP");
    }

    @Test
    void aNameSpelledOutAsAMeetingIsNoMethod() {
        PaperExtraction x = extract("Quill translation for low-resource pairs",
                "WQT2031 (Workshop on Quill Translation 2031) organizes a shared task on quill translation. Our "
                        + "system QuillMT takes part in it.");
        assertThat(names(x, MentionKind.METHOD)).contains("QuillMT").doesNotContain("WQT2031");
    }

    @Test
    void aShortFormWithAVersionIsDefinedByTheLettersBeforeIt() {
        PaperExtraction x = extract("Covariance pooling for quill faces",
                "We reach 58% accuracy on the validation set of Static Quill Expressions in the Wild (SQEW 2.0) "
                        + "with our small QuillPool network.");
        assertThat(x.aliases().get("SQEW 2.0")).contains("Static Quill Expressions in the Wild");
        assertThat(names(x, MentionKind.DATASET)).contains("SQEW 2.0");
    }

    @Test
    void capitalsThatMarkTheLettersOfAShortFormAcrossWordsMakeNoName() {
        PaperExtraction x = extract("Quillar: QUIet Lightweight Labelling viA Rewriting",
                "We present Quillar. Quills are sorted by a learned policy.");
        assertThat(names(x, MentionKind.PROPOSED)).containsExactly("Quillar");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("QUIet", "viA");
        PaperExtraction y = extract("Sorting quills with less memory",
                "We introduce Quill sTacked mEmory Pooling (QTEP), which keeps few states. A second variant, "
                        + "Multi-Scale QuillNets (MSQN), stacks QuillNets at three scales.");
        assertThat(names(y, MentionKind.METHOD)).contains("QTEP", "MSQN", "QuillNet").doesNotContain("sTacked",
                "mEmory");
        PaperExtraction z = extract("Confidential-QUILLS: Confidential QUIll Labelling of Large Stacks",
                "We certify that a quill labeller was trained fairly.");
        assertThat(names(z, MentionKind.METHOD)).contains("Confidential-QUILLS").doesNotContain("QUIll");
    }

    @Test
    void aShortFormForAProblemAMeasureOrPeopleNamesNoMethod() {
        PaperExtraction x = extract("Sorting quills at scale",
                "Quill stack ordering (QSO) is a well-studied combinatorial problem. Quill drift (QD) refers to the "
                        + "phenomenon that stacks lean over time. We recruit expert quill annotators (EQAs) and report "
                        + "top-3 recall (T3R). We study quill categories (QCs). We propose QuillSort, which beats "
                        + "StackNet on QuillBench.");
        assertThat(names(x, MentionKind.METHOD)).contains("QuillSort", "StackNet")
                .doesNotContain("QSO", "QD", "EQA", "T3R", "QC");
    }

    @Test
    void aShortFormGluedToAFunctionWordOrThePlaceWhereSomethingWasMadeIsNoNewName() {
        PaperExtraction x = extract("Quill archives",
                "We propose QuillVault, an archive of quills. Priors from theQSB improve it. It was developed at the "
                        + "QIL for Quill Studies.");
        assertThat(names(x, MentionKind.PROPOSED)).containsExactly("QuillVault");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("theQSB");
    }

    @Test
    void aFunctionWordMayJoinTheCapitalisedWordsOfALongFormInApposition() {
        PaperExtraction x = extract("Quill alignment",
                "We introduce QAGS, Quill Alignment as Guided Search, a novel framework that aligns quills. QAGS is "
                        + "fast.");
        assertThat(x.aliases()).containsEntry("QAGS", Set.of("Quill Alignment as Guided Search"));
        assertThat(names(x, MentionKind.PROPOSED)).containsExactly("QAGS");
        assertThat(names(x, MentionKind.METHOD)).containsExactly("QAGS");
    }

    @Test
    void aLowerCaseKindOfADefinedTaskIsATask() {
        PaperExtraction x = extract("Fine quill recognition",
                "Quill entity recognition (QER) is well studied. Little work treats fine-grained QER (FG-QER) for "
                        + "Japanese. We compare FG-QER systems, and our QuillTagger improves FG-QER scores.");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("FG-QER", "QER");
        assertThat(names(x, MentionKind.DATASET)).doesNotContain("FG-QER");
    }

    @Test
    void aShortFormDefinedBeforeItsMethodNounIsThatMethodWhateverTheGazetteerKnows() {
        PaperExtraction x = extract("Faster quill optimisation",
                "This paper proposes a novel Directly Accelerated stochastic Variance reductIon (DAVIS) algorithm for "
                        + "non-strongly convex (non-SC) problems. DAVIS attains the optimal rate. We first develop the "
                        + "Sliding Quill Upper-Confidence bound for Reinforcement Learning with Confidence Widening "
                        + "(SQUCRL2-CW) algorithm. We also propose "
                        + "Conditional Quill Image Generation with Diffusion Models (CQIG-DM) for text images.");
        assertThat(names(x, MentionKind.METHOD)).contains("DAVIS", "SQUCRL2-CW")
                .doesNotContain("Directly Accelerated", "non-SC", "Sliding Quill Upper-Confidence");
        assertThat(names(x, MentionKind.DATASET)).doesNotContain("DAVIS");
        assertThat(names(x, MentionKind.PROPOSED)).contains("DAVIS").doesNotContain("Conditional");
    }

    @Test
    void aTitleAcronymThatLeavesOutOneInitialNamesItsSpelledOutForm() {
        PaperExtraction x = extract("QKM: Quill Kernelized Feature Matching for Geometry Estimation",
                "Through experiments we confirm that our proposed dense method, Quill Kernelized Feature Matching, "
                        + "sets a new state of the art.");
        assertThat(names(x, MentionKind.METHOD)).containsExactly("QKM");
        assertThat(x.aliases().get("QKM")).contains("Quill Kernelized Feature Matching");
    }

    @Test
    void aDefinitionListedAmongTasksIsATask() {
        PaperExtraction x = extract("Quill face learning",
                "Our representations transfer across facial analysis tasks such as Facial Attribute Recognition (FAR), "
                        + "Quill Expression Grading (QEG), and Lip Synchronization (LS). QuillFace improves LS by 29%. "
                        + "We compare with methods including Quill Point Networks (QPN). We propose a generative "
                        + "framework for two quill tasks: role-filler quill extraction (RQE) and relation extraction (RE). "
                        + "We show gains on RQE. It has three modules optimized for quill processing tasks: Quill Burst "
                        + "Alignment (QBA) for denoising, and a merger.");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("LS", "QEG", "RQE").contains("QPN", "QBA");
        assertThat(names(x, MentionKind.DATASET)).doesNotContain("RQE");
        assertThat(names(x, MentionKind.PROPOSED)).doesNotContain("RQE");
    }

    @Test
    void aLongFormThatOpensWithAGerundAndToNamesWhatItDoes() {
        PaperExtraction x = extract("Learning to quill",
                "Our customized framework, dubbed Learning to Play Quill Games (L2PQG), seeks a stable fixed point. "
                        + "L2PQG converges fast.");
        assertThat(names(x, MentionKind.METHOD)).contains("L2PQG");
        assertThat(names(x, MentionKind.DATASET)).doesNotContain("L2PQG");
    }

    @Test
    void aLongFormThatEndsALongerTitleCaseNameIsNoOccurrenceOfItsShortForm() {
        PaperExtraction x = extract("Alignment with Joint Quilldimensional Scaling",
                "We introduce Joint Quilldimensional Scaling, a novel approach for manifold alignment. Our approach "
                        + "integrates Quilldimensional Scaling (QDS) and Procrustes analysis.");
        assertThat(names(x, MentionKind.PROPOSED)).containsExactly("Joint Quilldimensional Scaling");
        assertThat(names(x, MentionKind.METHOD)).contains("QDS");
    }

    @Test
    void aLongFormThatAMethodNounHeadsBeforeForNamesTheMethodNotTheTask() {
        PaperExtraction x = extract("Quill keywords",
                "We evaluate Transformer-based Quill Tagger for Keyword Identification (TQT-KID). TQT-KID beats BERT "
                        + "on website UIs and a GUI. In the Shared Task leaderboard we rank second.");
        assertThat(names(x, MentionKind.METHOD)).contains("TQT-KID").doesNotContain("UI", "GUI");
        assertThat(names(x, MentionKind.DATASET)).doesNotContain("Shared Task");
    }

    @Test
    void aShortFormWithAFunctionWordGluedBeforeItIsNoName() {
        PaperExtraction x = extract("Quill understanding benchmark",
                "Multi-task quill learning (MTQL) models help. Our experiments show thatMTQL models outperform "
                        + "single models whereas QuillNet fails.");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("thatMTQL").contains("QuillNet");
    }

    @Test
    void theEmphasisedLettersOfAnExpansionSpellingAShortFormTwiceOverAreNoNames() {
        PaperExtraction x = extract("QUIL2: private optimization",
                "We propose a new private optimization framework called QUIL2 (QUILted private optimization via "
                        + "gradient QUILting) that constructs a private gradient estimator. QUIL2 works.");
        assertThat(names(x, MentionKind.METHOD)).contains("QUIL2").doesNotContain("QUILted", "QUILting");
    }

    @Test
    void aShortFormGivenForShortInParenthesesIsDefinedByTheWholePhraseBefore() {
        PaperExtraction x = extract("Quill text images",
                "We propose a method called Conditional Quill Image Generation with Diffusion Models (CQIG-DM for "
                        + "short). CQIG-DM boosts recognizers.");
        assertThat(x.aliases()).containsEntry("CQIG-DM",
                java.util.Set.of("Conditional Quill Image Generation with Diffusion Models"));
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("Conditional Quill Image Generation");
    }

    @Test
    void aLongFormStopsAtTheCommaBeforeAClausesSubject() {
        PaperExtraction x = extract("Tri-quill view for occupancy",
                "We propose a tri-quill view (TQV) representation. To lift image features to the 3D TQV space, we "
                        + "further propose a transformer-based TQV encoder (TQVFormer) to obtain the features.");
        assertThat(x.aliases().getOrDefault("TQVFormer", java.util.Set.of()))
                .noneMatch(longForm -> longForm.contains("we further"));
        assertThat(names(x, MentionKind.PROPOSED)).contains("TQVFormer");
    }

    @Test
    void aCapitalInsideAWordOfATitlesExpansionSpellsTheTitlesShortForm() {
        PaperExtraction x = extract(
                "SMURQ-THP: Score Matching-based UnceRtainty quantiFication for Transformer Hawkes Process",
                "We propose SMURQ-THP, a score-based method.");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("UnceRtainty").contains("SMURQ-THP");
    }

    @Test
    void aShortFormSpellingATaskOverWhatItWorksOnIsATask() {
        PaperExtraction x = extract("Relation learning for quill question answering",
                "Question answering over quill bases (QBQA) is hard. We propose QuillRel for QBQA. We test QuillRel "
                        + "on QBQA benchmarks.");
        assertThat(names(x, MentionKind.METHOD)).contains("QuillRel").doesNotContain("QBQA");
        assertThat(names(x, MentionKind.DATASET)).doesNotContain("QBQA");
    }

    @Test
    void aShortFormTheTextCallsADeviceIsNoNameWhereverItOccurs() {
        PaperExtraction x = extract("Quill depth super-resolution",
                "Direct quill-of-flight (dQoF) sensors are promising. The dQoF data has low resolution. "
                        + "We propose QuillSR for it.");
        assertThat(names(x, MentionKind.METHOD)).contains("QuillSR").doesNotContain("dQoF");
        assertThat(names(x, MentionKind.DATASET)).doesNotContain("dQoF");
    }

    @Test
    void theHeadBeforeAPrepositionOfMeansIsTheLongFormsHead() {
        PaperExtraction x = extract("Quill recurrent learning",
                "We use quill-propagation through time (QPTT). QPTT requires complete trajectories.");
        assertThat(names(x, MentionKind.METHOD)).contains("QPTT");
    }

    @Test
    void definitionsJoinedByAndThatArePluralMethodsAreMethods() {
        PaperExtraction x = extract("Quill recurrent learning",
                "Quill-propagation over spans (QPOS), and real-time quill learning (RTQL) are two popular "
                        + "gradient-based methods for recurrent learning. RTQL can do online updates.");
        assertThat(names(x, MentionKind.METHOD)).contains("QPOS", "RTQL");
    }

    @Test
    void aTitlePhraseThatADefinitionSpellsOutIsNamedByItsShortForm() {
        PaperExtraction x = extract("Recursive Non-Autoregressive Quill-to-Quill Transformer for Parsing",
                "We propose the Recursive Non-autoregressive Quill-to-Quill Transformer architecture (RNQTr) for "
                        + "refinement. RNQTr improves parsers.");
        assertThat(names(x, MentionKind.PROPOSED)).containsExactly("RNQTr");
    }

    @Test
    void aShortFormBeforeTheWordComponentIsNamedNotModifying() {
        PaperExtraction x = extract("Learning quill solvers",
                "We propose a Channel Attention guided by Quill Parameter Embeddings (CAQE) component for neural "
                        + "surrogate models.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("CAQE");
    }

    @Test
    void aLongFormThatNarrowsAFieldIsNoName() {
        PaperExtraction x = extract("Learning quill solvers",
                "Scientific Machine Learning (SciML) is concerned with learned emulators. Evidential Deep Learning "
                        + "(EDL) is used. We propose QuillPDE.");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("SciML").contains("QuillPDE", "EDL");
    }

    @Test
    void aShortFormOfAnEnhancementOrRestorationIsATask() {
        PaperExtraction x = extract("Quill speech quality",
                "Quantisation helps self-supervised quill speech enhancement (QSE) training. We propose QuillScore. "
                        + "Its key part is the Identity-Aware Quill Enhancement (IAQE).");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("QSE").contains("QuillScore", "IAQE");
    }

    @Test
    void wordsOfAnExpansionInAppositionWhoseCapitalsSpellTheShortFormAreNoNames() {
        PaperExtraction x = extract("Structural quill pre-training for dialogue comprehension",
                "In this work, we present QPIDER, Quill Pre-traIned DialoguE Reader, to capture dialogue features.");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("DialoguE", "Pre-traIned");
        PaperExtraction variant = extract("Economy quill units",
                "We propose a variant of QRU, called economy-QRU, which has fewer parameters.");
        assertThat(names(variant, MentionKind.PROPOSED)).contains("economy-QRU");
    }

    @Test
    void aVerificationTasksShortFormIsNoMethod() {
        PaperExtraction x = extract("A QuillQ-based approach to precise evidences",
                "Precise evidences are crucial in fact verification (FV), since larger evidences may mislead FV. We "
                        + "propose QuillQ for FV.");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("FV").contains("QuillQ");
    }

    @Test
    void anAdaptionSpelledSoIsAnActivity() {
        PaperExtraction x = extract("Robust quill teacher for test-time adaptation",
                "Test-time adaption (TTA) continues to adapt the model after deployment. In contrast to standard "
                        + "TTA, continual TTA considers a sequence of shifts.");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("TTA");
    }

    @Test
    void anUndefinedShortFormOfReadingComprehensionNamesTheTask() {
        PaperExtraction x = extract("QuillReader: reading comprehension through a memory controller",
                "Machine reading comprehension helps machines use knowledge written as text. We propose a novel "
                        + "architecture to handle long-range dependency in RC tasks.");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("RC");
        assertThat(names(x, MentionKind.DATASET)).doesNotContain("RC");
    }

    @Test
    void anUndefinedShortFormOfAWayOfLearningIsNoMethod() {
        PaperExtraction x = extract("QuillRT: replay in vision transformers for continual learning",
                "We propose QuillRT, a novel representation rehearsal-based continual learning approach. Our method "
                        + "gains on several challenging CL benchmarks.");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("CL").contains("QuillRT");
    }

    @Test
    void aLowerCaseLongFormOfRepresentationsOrAgentsIsNoMethod() {
        PaperExtraction x = extract("How fine-tuning affects quill embeddings",
                "Local structures in pre-trained contextual quill representations (CQRs) undergo a massive change. "
                        + "In enterprise virtual quill agents (EVQAs), understanding is hard.");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("CQR", "EVQA");
        PaperExtraction media = extract("Quillarith: an Arabic corpus for crisis events",
                "Platforms of social quill media (SQM) provide large quantities of real-time data. SQM users post "
                        + "often.");
        assertThat(names(media, MentionKind.METHOD)).doesNotContain("SQM");
        PaperExtraction made = extract("How to stay curious while avoiding noisy quills",
                "To make exploring agents robust, we present a simple solution: aleatoric quill agents (AQAs). AQAs "
                        + "are a novel form of curiosity. The proposed module is named bridging quill representations "
                        + "(BQR).");
        assertThat(names(made, MentionKind.PROPOSED)).contains("AQA", "BQR");
    }

    @Test
    void aShortFormWithAFunctionWordGluedAfterItIsNoName() {
        PaperExtraction x = extract("Large quill models as tool makers",
                "The tool user can be either the same or a different QLMfrom the tool maker. We propose QuillMaker.");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("QLMfrom");
        PaperExtraction coined = extract("A quill network invariant to time rescaling",
                "We propose QUILLCon, a scale-invariant convolutional network. QUILLCon generalizes well.");
        assertThat(names(coined, MentionKind.PROPOSED)).contains("QUILLCon");
    }

    @Test
    void aShortFormDefinedAfterTheTaskOfIsATask() {
        PaperExtraction x = extract("Quill: text-guided view quilling",
                "In this paper, we present Quill, which brings text to the task of novel view quilling (NVQ) from a "
                        + "single image. NVQ is hard.");
        assertThat(names(x, MentionKind.METHOD)).containsExactly("Quill");
    }

    @Test
    void aShortFormSaidToBeDevicesIsNoMethod() {
        PaperExtraction x = extract("QuillBench: continuous glucose quill datasets",
                "Continuous glucose quills (CGQ) are small medical devices that measure blood glucose levels. We "
                        + "present QuillNet, which reads the CGQ data.");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("CGQ").contains("QuillNet");
    }

    @Test
    void aShortFormThatAnAppositionCallsAPropertyIsNoMethod() {
        PaperExtraction x = extract("Sudden drops in the quill",
                "In particular, we study Syntactic Quill Structure (SQS), a naturally emerging property of masked "
                        + "language models wherein specific heads focus on relations. We manipulate SQS during "
                        + "training with QuillProbe.");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("SQS").contains("QuillProbe");
    }

    @Test
    void aFieldsShortFormGluedToANounIsNoName() {
        PaperExtraction x = extract("Open quill extraction",
                "Open quill extraction is an upstream process for many other NLPtasks. We propose QuillRE.");
        assertThat(names(x, MentionKind.METHOD)).containsExactly("QuillRE");
    }

    @Test
    void modalitiesVehiclesAndOrganisationsWrittenAsShortFormsAreNoNames() {
        PaperExtraction x = extract("Generalized UAV quill detection",
                "We predict brain age from MEG data with QuillAge, and report take-away points for deaf NGOs.");
        assertThat(names(x, MentionKind.METHOD)).containsExactly("QuillAge");
        assertThat(names(x, MentionKind.DATASET)).isEmpty();
    }

    @Test
    void tagsAndScoresWrittenAsShortFormsAreNoNames() {
        PaperExtraction x = extract("Tagging quill signals in speeches",
                "QuillSignal tags UPOS and XPOS with an F-1 of 0.9, and is evaluated on TimeBank-Dense.");
        assertThat(names(x, MentionKind.METHOD)).containsExactly("QuillSignal");
        assertThat(names(x, MentionKind.DATASET)).containsExactly("TimeBank-Dense");
    }

    @Test
    void radianceFieldsDefinedInThePluralAreAMethod() {
        PaperExtraction x = extract("Regularizing radiance fields with quills",
                "Quill Radiance Fields (QuRFs) render novel views. During NeRF training, patches are sampled.");
        assertThat(names(x, MentionKind.METHOD)).containsExactlyInAnyOrder("QuRF", "NeRF");
    }

    @Test
    void aLongFormWhoseHeadComesBeforeUsingNamesAMethod() {
        PaperExtraction x = extract("Predicting quill preferences from conversations",
                "We call our proposed method QuillExtr (Quill Collaborative Filtering using External Data), "
                        + "which infers a user's sentiment.");
        assertThat(names(x, MentionKind.PROPOSED)).containsExactly("QuillExtr");
    }

    @Test
    void aShortFormWhoseXStandsForExIsDefined() {
        PaperExtraction x = extract("QuillSup: semantic supervision for extreme classification",
                "Extreme quill classification (XQC) involves predicting over many classes. QuillSup reaches the best "
                        + "scores on three XQC datasets.");
        assertThat(names(x, MentionKind.DATASET)).isEmpty();
        assertThat(names(x, MentionKind.METHOD)).containsExactly("QuillSup");
    }

    @Test
    void aShortFormOfOpticalCharacterRecognitionSpelledOutOtherwiseIsAName() {
        PaperExtraction x = extract("Out-of-Candidate Rectification for Weakly Supervised Quill Segmentation",
                "Existing methods suffer from Out-of-Candidate (OC) errors. In this paper, we develop a group "
                        + "ranking-based Out-of-Candidate Rectification (OCR) mechanism. Incorporating OCR with "
                        + "baselines helps.");
        assertThat(names(x, MentionKind.PROPOSED)).containsExactly("OCR");
        PaperExtraction plain = extract("Reading scanned quill pages",
                "We apply optical character recognition (OCR) to scanned pages, and OCR errors remain.");
        assertThat(names(plain, MentionKind.METHOD)).isEmpty();
    }

    @Test
    void aShortFormOfALanguagePairIsNoName() {
        PaperExtraction x = extract("Defending quill translation against perturbations",
                "Experiments with QuillNMT on Chinese-English (ZH-EN) and French-English (FR-EN) translation tasks, "
                        + "and on comments in Tamil-English (Ta-En), show gains.");
        assertThat(names(x, MentionKind.METHOD)).containsExactly("QuillNMT");
        assertThat(names(x, MentionKind.DATASET)).isEmpty();
    }

    @Test
    void anAlternativeShortFormInParenthesesAfterOrIsTheShortFormAlone() {
        PaperExtraction x = extract("A hybrid approach to quill order transfer",
                "We present a hybrid approach based on fixed rules and Quill-Based Learning (or QBL) method. QBL "
                        + "learns an ordered list of rewriting rules.");
        assertThat(x.aliases()).containsKey("QBL");
        assertThat(names(x, MentionKind.METHOD)).containsExactly("QBL");
    }

    @Test
    void aLowerCaseLongFormOfAThingOpeningTheSentenceNamesNoMethod() {
        PaperExtraction x = extract("Embeddings encode knowledge of quill idiomaticity",
                "Potentially quilled expressions (PQEs) are ambiguous between idiomatic and literal readings. We "
                        + "propose QuillSense, a supervised model that tells PQE types apart.");
        assertThat(names(x, MentionKind.METHOD)).containsExactly("QuillSense");
    }

    @Test
    void twoCapitalsNoContextTypesAndNoTextDefinesAreNoName() {
        PaperExtraction x = extract("Equiprobable mappings in weighted quill grammars",
                "Stochastic QH instead admits equiprobable mappings, unlike the grammars aligned with the QB. We "
                        + "also study quill voting (QV), which QuillGram extends.");
        assertThat(names(x, MentionKind.METHOD)).containsExactlyInAnyOrder("QV", "QuillGram");
    }

    @Test
    void namesListedAsExamplesInParenthesesDefineNothing() {
        PaperExtraction x = extract("Quillformer: refining forecasts at many scales",
                "We propose a general multi-scale framework that can be applied to state-of-the-art "
                        + "transformer-based time series forecasting models (FEDformer, AutoQuill, etc.).");
        assertThat(names(x, MentionKind.PROPOSED)).containsExactly("Quillformer");
        assertThat(names(x, MentionKind.METHOD)).contains("FEDformer", "AutoQuill");
    }

    @Test
    void aHyphenatedWordWithAnEmphasisedLetterOfTheShortFormIsNoName() {
        PaperExtraction x = extract("QUILTER: Quilt Layout Alignment for Spatio-tEmporal gRounding",
                "We propose a framework, namely QUILTER, for grounding quilts in videos.");
        assertThat(names(x, MentionKind.METHOD)).containsExactly("QUILTER");
        // (a coined name whose lower-case letters end like no such word stays: "SemEval" beside "SPEED")
        PaperExtraction venue = extract("SPEED at SemEval-2021 Task 5: Detecting Toxic Quills",
                "We describe the SPEED system for SemEval-2021 Task 5.");
        assertThat(names(venue, MentionKind.DATASET)).contains("SemEval-2021");
    }

    @Test
    void aFieldsShortFormAndAnInitializationAfterANameAreNoNames() {
        PaperExtraction x = extract("Robust quill odometry",
                "We first run existing IE/NLP tools over the logs, and a faster QuillVIO-initialization then makes "
                        + "QuillVIO robust.");
        assertThat(names(x, MentionKind.METHOD)).containsExactly("QuillVIO");
    }

    @Test
    void aWordEndingInAnEmphasisedCapitalSpellsTheShortFormNearIt() {
        PaperExtraction x = extract("Multi-granularity quill attacks",
                "We propose QUAY, a Quill-grAnularitY Attack model that generates adversarial quill texts.");
        assertThat(names(x, MentionKind.METHOD)).containsExactly("QUAY");
    }

    @Test
    void aMethodNounAfterAShortFormAndALanguagesVarietyAreNoNames() {
        PaperExtraction x = extract("QuillTS: Meta Teacher-Student Network for Quill Labeling",
                "We propose a Quill Teacher-Student (QuillTS) Network, a novel meta learning method. We also present "
                        + "a speech corpus of Highland Puebla Nahuatl, a language of central Mexico.");
        assertThat(names(x, MentionKind.METHOD)).containsExactly("QuillTS");
    }

    @Test
    void aShortFormGluedToAPlainWordTheTextHyphenatesIsNoName() {
        PaperExtraction x = extract("Quill3D: Generative Neural Texture Rasterization for 3D-Aware Head Avatars",
                "3D-aware generative adversarial networks synthesize consistent facial images. Our method "
                        + "demonstrates state-of-the-art 3Daware synthesis quality.");
        assertThat(names(x, MentionKind.METHOD)).containsExactly("Quill3D");
    }

    @Test
    void aPurposeClauseSpellsNoLongForm() {
        PaperExtraction x = extract("What does a quill model learn from reading comprehension datasets?",
                "In this paper, we propose adversarial examples to probe an Arabic pre-trained quill model "
                        + "(AdvBERT), leading to a significant performance drop.");
        assertThat(x.aliases()).doesNotContainKey("AdvBERT");
        assertThat(names(x, MentionKind.PROPOSED)).isEmpty();
    }

    @Test
    void aTriggeredPhraseOfNoNamesAndEarlierShortFormsIsNoName() {
        PaperExtraction x = extract("Dense quill mapping with neural implicit maps",
                "Neural implicit functions are used for map representation in Simultaneous Quill and Mapping (SQAM). "
                        + "In this paper, we present a dense RGB SQAM method with neural implicit map representation.");
        assertThat(names(x, MentionKind.PROPOSED)).isEmpty();
    }

    @Test
    void aNameGivenInParenthesesAfterAbbreviatedAsIsTheLongFormsShortForm() {
        PaperExtraction x = extract("Generating Quill Responses using Self-Separated Conditional Quill AutoEncoders",
                "Conditional Quill AutoEncoder (CQAE) increases the diversity of responses. We propose Self-separated "
                        + "Conditional Quill AutoEncoder (abbreviated as SepaCQAE) that introduces group information, "
                        + "which enhances CQAE.");
        assertThat(names(x, MentionKind.PROPOSED)).containsExactly("SepaCQAE");
    }

    @Test
    void aNegationGluedAfterAShortFormIsNoPartOfIt() {
        PaperExtraction x = extract("Group Quill Optimization: Few-Shot Alignment of Language Models",
                "We introduce Group Quill Optimization (GQO), an alignment framework. Our results demonstrate that "
                        + "GQOnot only aligns models more accurately but also requires fewer preferences.");
        assertThat(names(x, MentionKind.METHOD)).containsExactly("GQO");
    }

    @Test
    void aTasksNumberInParenthesesIsNoShortForm() {
        PaperExtraction x = extract("Complex quills identification using quill-level features",
                "This article describes a system for the Lexical Quill Prediction shared task hosted at SemEval 2021 "
                        + "(Task 1).");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("Task 1");
    }

    @Test
    void aParticipleAfterAShortFormThatModifiesANounIsNoPartOfTheName() {
        PaperExtraction x = extract("Rethinking the symmetry-preserving quill circuits",
                "In this paper, we revisit the Quill Weight (QW) preserving ansatz and establish its links to "
                        + "symmetries. We analyse the expressivity of QW preserving ansatz. The superior performance "
                        + "demonstrates the efficiency of the proposed QW preserving ansatz.");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("QW preserving");
    }

    @Test
    void aLongFormInAppositionWhoseCapitalsSpellTheNameRedefinesAKnownName() {
        PaperExtraction x = extract("Structural Pre-training for Dialogue Comprehension",
                "In this work, we present SPIDER, Structural Pre-traIned DialoguE Reader, to capture dialogue "
                        + "exclusive features. SPIDER improves on widely used dialogue benchmarks.");
        assertThat(names(x, MentionKind.METHOD)).containsExactly("SPIDER");
        assertThat(names(x, MentionKind.DATASET)).isEmpty();
        assertThat(names(x, MentionKind.PROPOSED)).containsExactly("SPIDER");
    }

    @Test
    void crossSpelledXInAnAdjectivesShortFormIsNoName() {
        PaperExtraction x = extract("Quill Code-switching in Task-oriented Parsing",
                "We examine the generalizability of various Cross-lingual (XL) models and show the advantage of "
                        + "pre-trained XL language models when data for only one language is present.");
        assertThat(names(x, MentionKind.METHOD)).isEmpty();
        assertThat(x.aliases()).doesNotContainKey("XL");
    }

    @Test
    void aTitleNameThatOpensADefinedLongFormIsItsShortForm() {
        PaperExtraction x = extract("Compositional Quillism: A Transductive Approach in Offline Reinforcement Learning",
                "We propose COmpositional QUillism with Anchor-seeking (COQUA) for offline RL, an approach that "
                        + "pursues conservatism. We apply COQUA to four offline RL algorithms.");
        assertThat(names(x, MentionKind.PROPOSED)).containsOnly("COQUA");
        assertThat(names(x, MentionKind.METHOD)).containsOnly("COQUA");
        // (also once the title's own short forms are spelled out)
        PaperExtraction y = extract("Anti-Symmetric DQG: a stable architecture for Deep Quill Graphs",
                "Deep Quill Graphs (DQGs) currently dominate the research landscape of learning from graphs. In this "
                        + "work, we present Anti-Symmetric Deep Quill Graphs (A-DQGs), a framework for stable DQG "
                        + "design. A-DQG yields improved performance.");
        assertThat(names(y, MentionKind.PROPOSED)).containsOnly("A-DQG");
    }

    @Test
    void aShortFormBeforeTheActionOfANewMethodNamesWhatItActsOn() {
        PaperExtraction x = extract("QUERDS: A General Framework to Train Camera Denoisers",
                "We propose a new solution pipeline -- QUERDS that estimates camera noises. We further introduce a new "
                        + "Image Quill Processor (IQP) estimation method that enables denoiser training. The noise and "
                        + "IQP estimations utilize rich augmentation.");
        assertThat(names(x, MentionKind.PROPOSED)).containsExactly("QUERDS");
    }

    @Test
    void aPlainWordHyphenatedToAModelKindsShortFormIsAName() {
        PaperExtraction x = extract("Starting From Quill Networks for Point Cloud Analysis",
                "We present Quill-NN, a network that has no learnable parts. Quill-NN performs well, and so does "
                        + "Plume-MLP, while AI-enabled tools lag behind.");
        assertThat(names(x, MentionKind.METHOD)).contains("Quill-NN", "Plume-MLP");
        assertThat(names(x, MentionKind.PROPOSED)).containsExactly("Quill-NN");
    }

    @Test
    void aShortFormThatSaysAKindIsNoName() {
        PaperExtraction x = extract("Structural Inference with Quill Computing",
                "We integrate a Quill Computing (QC) network into a Variational Auto-encoder-based (VAE-based) "
                        + "structural inference framework.");
        assertThat(names(x, MentionKind.METHOD)).containsExactly("QC");
    }

    @Test
    void aDefinedShortFormGluedToAWordIsNoName() {
        PaperExtraction x = extract("QuillCLIP: Prompt Learning for Zero-shot Anomaly Detection",
                "Zero-shot anomaly detection (ZSAD) needs detection models that generalise. However, their "
                        + "ZSADperformance is weak. We introduce QuillCLIP to adapt CLIP for accurate ZSAD.");
        assertThat(names(x, MentionKind.METHOD)).containsExactlyInAnyOrder("QuillCLIP", "CLIP");
    }

    @Test
    void aDefinedShortFormOfKnownPartsIsANameWhereverTheTextWritesIt() {
        PaperExtraction x = extract("Modality-Agnostic Variational Compression of Implicit Neural Representations",
                "We parameterise data as an Implicit Neural Representation (INR). Variational Compression of Implicit "
                        + "Neural Representations (VC-INR) shows improved performance. We show results on audio, "
                        + "introducing VC-INR as the first INR-based method to outperform codecs.");
        assertThat(names(x, MentionKind.METHOD)).containsExactly("VC-INR");
        assertThat(names(x, MentionKind.PROPOSED)).containsExactly("VC-INR");
    }

    @Test
    void theShortFormOfInputAndOutputIsNoName() {
        PaperExtraction x = extract("Simple Hardware-Efficient Quill Convolutions",
                "Next, we build FlashQuill, an IO-aware algorithm that speeds up long convolutions. FlashQuill cuts "
                        + "the GPU memory IO of each layer.");
        assertThat(names(x, MentionKind.METHOD)).containsExactly("FlashQuill");
    }

    @Test
    void computingInfrastructureAndAFieldsShortFormAreNoNames() {
        PaperExtraction x = extract("Training Large Quill Models Can Be Communication-Efficient",
                "Training these models needs specialized HPC clusters. We allocate Virtual Machines (VMs) to physical "
                        + "machines. Large-scale pre-trained Vision-and-Language (VL) foundation models are strong. "
                        + "The variance modulated (VM) quill method is new.");
        assertThat(names(x, MentionKind.METHOD)).containsExactly("VM");
    }

    @Test
    void aTitleThatNarrowsALongFormTheAbstractDefinesByAHyphenatedModifierNamesItsOwnThing() {
        PaperExtraction x = extract("Multi-marginal Quill Bridges with Iterative Reference Refinement",
                "The community has explored using quill bridges (QBs) and their extensions. We propose a new method "
                        + "inspired by quill bridges, which learns a piecewise QB.");
        assertThat(names(x, MentionKind.PROPOSED)).containsExactly("Multi-marginal Quill Bridges");
        assertThat(names(x, MentionKind.METHOD)).contains("Multi-marginal Quill Bridges", "QB");
    }

    @Test
    void aLowerCaseLetterHyphenatedBeforeCapitalsIsNoKnownShortFormsInitial() {
        PaperExtraction x = extract("f-DM: A Multi-stage Diffusion Model via Progressive Quill Transformation",
                "Diffusion models (DMs) have recently emerged as tools for generative modeling. In this work, we "
                        + "propose f-DM, a generalized family of DMs which allows progressive quill transformation.");
        assertThat(names(x, MentionKind.PROPOSED)).containsExactly("f-DM");
        assertThat(names(x, MentionKind.METHOD)).contains("f-DM").doesNotContain("FDM");
    }

    @Test
    void aLongFormEndingInGroundingNamesATaskNotAMethod() {
        PaperExtraction x = extract("Streams for quill grounding",
                "Spatio-Temporal Quill Grounding (STQG) aims to localize a quill in a clip. We propose QuillStream, "
                        + "a two-stream model that beats prior STQG methods.");
        assertThat(names(x, MentionKind.METHOD)).contains("QuillStream").doesNotContain("STQG");
        PaperExtraction y = extract("Grounding quills with lore",
                "We propose a novel benchmark of Lore-guided Quill Grounding (LQG), where the clip alone is not enough.");
        assertThat(names(y, MentionKind.DATASET)).contains("LQG");
    }

    @Test
    void anInflectedWordRunIntoAShortFormIsNoName() {
        PaperExtraction x = extract("Scalable quill regression",
                "Quill regression (QR) fits quills. We present a modifiedQR that is faster, and scalableQR runs on "
                        + "large data; a fastQRX variant is also proposed.");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("modifiedQR", "scalableQR").contains("fastQRX");
    }

    @Test
    void theShortFormOfReIdentificationNamesATask() {
        PaperExtraction x = extract("QuillNet: one model for human-centric tasks",
                "QuillNet learns person ReID, pose estimation and human parsing at once, reaching 90 mAP on "
                        + "Market1501 for ReID, and beats the best results on two CC Re-ID datasets.");
        assertThat(names(x, MentionKind.METHOD)).contains("QuillNet").doesNotContain("ReID", "Re-ID");
        assertThat(names(x, MentionKind.DATASET)).contains("Market1501").doesNotContain("ReID", "Re-ID");
    }

    @Test
    void englishAsAForeignLanguageIsNoNameButALossSpelledOtherwiseIs() {
        PaperExtraction x = extract("Parsing quill essays",
                "We parse the argumentative structure in English-as-foreign-language (EFL) essays and train on noisy "
                        + "EFL essays.");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("EFL");
        PaperExtraction y = extract("Quill detection with focal losses",
                "We present a novel Entropy Focal Loss (EFL) that lets quill detectors weigh uncertain samples.");
        assertThat(names(y, MentionKind.METHOD)).contains("EFL");
    }

    @Test
    void highDefinitionIsNoName() {
        PaperExtraction x = extract("QuillMapNet: end-to-end vectorized HD map learning",
                "Self-driving cars need High-Definition (HD) semantic maps. We introduce QuillMapNet, which learns "
                        + "HD maps from onboard sensors.");
        assertThat(names(x, MentionKind.METHOD)).contains("QuillMapNet").doesNotContain("HD");
        PaperExtraction y = extract("Learning to zoom into quills",
                "We test on several tasks and datasets: object detection on Argoverse-HD, semantic segmentation on "
                        + "Cityscapes.");
        assertThat(names(y, MentionKind.DATASET)).contains("Argoverse-HD");
    }

    @Test
    void healthAgenciesAreNoNamesButAModuleSpelledOtherwiseIs() {
        PaperExtraction x = extract("Answering quill questions on COVID-19",
                "Our system draws on the CDC and the WHO, and on FAQ pages that the FDA publishes.");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("CDC", "WHO", "FDA");
        PaperExtraction y = extract("QuillMono: a light depth network",
                "QuillMono stacks a Consecutive Dilated Convolutions (CDC) module and a local fusion module.");
        assertThat(names(y, MentionKind.METHOD)).contains("CDC");
    }

    @Test
    void theShortFormOfASynthesisOrInductionTaskInLowerCaseIsNoMethod() {
        PaperExtraction x = extract("Graph framing for quill lexicon induction",
                "Much work in bilingual quill induction (BQI) views embeddings as vectors. We study how BQI is solved "
                        + "and improve the performance of high-resolution quill view synthesis (HRQVS).");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("BQI", "HRQVS");
        // (one the authors propose stays theirs)
        PaperExtraction y = extract("Outlier synthesis for quills",
                "In this paper, we propose a novel framework, non-parametric quill synthesis (NPQS), which generates "
                        + "artificial training data. NPQS achieves superior detection performance.");
        assertThat(names(y, MentionKind.PROPOSED)).contains("NPQS");
    }

    @Test
    void capitalisedWordsBeforeAndThatOpenALongFormAreNoNameOfTheirOwn() {
        PaperExtraction x = extract("A Quill Model for Ranking",
                "To this end, we propose a Two-stage Interplay and Topic-Aware text ranking model (TITA). "
                        + "Experiments reveal that it outperforms other baselines.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("TITA").doesNotContain("Two-stage Interplay");
    }

    @Test
    void aLowerCaseLongFormRenamesTheNewNounPastWhatItIsFor() {
        PaperExtraction x = extract("Plume Attention for Text Recognition",
                "To address these issues, we propose a novel attention mechanism for QTR, self-supervised implicit "
                        + "plume attention (SIPA). SIPA delineates the plume structures of text images.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("SIPA");
        assertThat(names(x, MentionKind.METHOD)).contains("SIPA");
        // (not a long form that a verb or a participle opens after the comma: "…, using minimum quill training (MQT)")
        PaperExtraction y = extract("Quill Models for Referring",
                "We propose a novel strategy for training quill models, using minimum quill training (MQT).");
        assertThat(names(y, MentionKind.PROPOSED)).doesNotContain("MQT");
    }

    @Test
    void eachCapitalOfAMixedCaseShortFormWithTheSmallLettersAfterItOpensAWord() {
        PaperExtraction x = extract("Quill Optimisation over Mixed Inputs",
                "We propose a new approach, Continuous and Categorical Quill Optimisation (CoCaQO), which combines "
                        + "bandits and trees. CoCaQO is fast.");
        assertThat(x.aliases().get("CoCaQO")).contains("Continuous and Categorical Quill Optimisation");
        // (so that a long form ending in a concept's label is the authors' whole name, not the concept's variant)
        PaperExtraction y = extract("Bayesian Optimisation over Mixed Inputs",
                "We propose a new approach, Continuous and Categorical Bayesian Optimisation (CoCaBO), which combines "
                        + "bandits and Bayesian optimisation. CoCaBO is fast.");
        assertThat(names(y, MentionKind.PROPOSED)).contains("CoCaBO");
    }

    @Test
    void aNamingVerbGivesAllTheWordsWhoseCapitalsSpellTheShortForm() {
        PaperExtraction x = extract("Test-Time Adaptation with Quill Neighbours",
                "To this end, we introduce a new plume method, called Test-time Adaptation via Self-Training with "
                        + "nearest quill information (TAST), which trains small modules. TAST is fast.");
        assertThat(x.aliases().get("TAST"))
                .contains("Test-time Adaptation via Self-Training with nearest quill information");
        assertThat(names(x, MentionKind.PROPOSED)).contains("TAST");
    }

    @Test
    void aLowerCaseLongFormAfterTheCommaMayOpenWithAnAdjectiveThatLendsNoLetter() {
        PaperExtraction x = extract("Planning with Quill Networks",
                "In this paper, we propose a novel QRL algorithm, model-based quill planning (QUILPLAN), that joins "
                        + "quill networks with online planning. QUILPLAN is fast.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("QUILPLAN");
        // (not a comma between adjectives: "an open-source, wide-coverage context-free grammar (CFG)")
        PaperExtraction y = extract("A Quill Grammar for Icelandic",
                "We present an open-source, wide-coverage context-free grammar (CFG) for Icelandic, and a parser.");
        assertThat(names(y, MentionKind.PROPOSED)).doesNotContain("CFG");
    }

    @Test
    void aShortFormOfAdjectivesOnlyBeforeANounIsAPropertyNoMethod() {
        PaperExtraction x = extract("Geodesic Quill Correlation",
                "We extend the quill correlation to covariance data on the symmetric positive definite (SPD) manifold. "
                        + "Our estimator works on SPD matrices.");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("SPD");
        // (but a method's kind: "deep convolutional (DQ) networks", or an activity: "holistic robust (HR) training")
        PaperExtraction y = extract("Quill Networks",
                "We train deep quilled (DQ) networks on images. DQ networks are fast. Our holistic quilled (HQ) "
                        + "training procedure is faster still.");
        assertThat(names(y, MentionKind.METHOD)).contains("DQ", "HQ");
        // (in title case too, where every word is an adjective)
        PaperExtraction z = extract("Quill Paths",
                "We study Kinetic Optimal (KO) Gaussian paths on Symmetric Positive Definite (SPD) and Grassmann "
                        + "manifolds. KO paths are smooth.");
        assertThat(names(z, MentionKind.METHOD)).doesNotContain("KO", "SPD");
    }

    @Test
    void aDilemmaAbbreviatedIsNoMethod() {
        PaperExtraction x = extract("Quill-Aware Contrastive Learning",
                "InfoNCE-based methods suffer from the uniformity-quill dilemma (UQD) and gradient reduction. We "
                        + "argue that the fixity of temperature is to blame for UQD.");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("UQD");
    }

    @Test
    void aListedNotNameSpelledOutAsTheListMeansItIsNoCoinageOfTheAuthors() {
        PaperExtraction x = extract("Fine-grained Quill Extraction from Biomedical Literature",
                "In this paper, we propose a novel biomedical Information Extraction (IE) model to tackle these two "
                        + "challenges.");
        assertThat(names(x, MentionKind.PROPOSED)).doesNotContain("IE");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("IE");
        // (a coinage that the list's short form only shares its letters with stays the authors')
        PaperExtraction y = extract("Quill Rectification for Segmentation",
                "In this paper, we develop a group ranking-based Out-of-Class Rectification (OCR) mechanism in a "
                        + "plug-and-play fashion.");
        assertThat(names(y, MentionKind.PROPOSED)).contains("OCR");
    }

    @Test
    void aShortFormSetOffByCommasBesideTheWordsWhoseInitialsSpellItIsOneName() {
        PaperExtraction x = extract("QUIR: Learning Quill Representations",
                "We present QUIR, Quill Unified Image Representations, a new vision model. Furthermore, we develop a "
                        + "Rank-based Quill Discovery algorithm, RQD, that locates hidden quills. RQD beats QUIR.");
        assertThat(names(x, MentionKind.METHOD)).containsExactlyInAnyOrder("QUIR", "RQD");
        assertThat(names(x, MentionKind.PROPOSED)).contains("RQD")
                .doesNotContain("Quill Unified Image Representations");
        // (a list of two names whose capitals do not spell one another stays two names)
        PaperExtraction y = extract("Quill tracking",
                "We compare Quill Graph Networks, QuillNet, and RQD on the tracking task.");
        assertThat(names(y, MentionKind.METHOD)).contains("QuillNet");
    }

    @Test
    void aTaskOrProblemWrittenByItsShortFormAloneIsNoMethod() {
        PaperExtraction x = extract("Quill Tagging for Error Correction",
                "We present a fast GEC sequence tagger. Our quill verifier calls SAT solvers on each instance.");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("GEC", "SAT");
        // (spelled out as another thing, the short form names it)
        PaperExtraction y = extract("Quill Speech Recognition",
                "We combine Speaker Adaptive Training (SAT) with quill features. SAT lowers the error rate.");
        assertThat(names(y, MentionKind.METHOD)).contains("SAT");
    }

    @Test
    void aShortFormThatOpensWithACountIsReadByTheLetterAfterIt() {
        PaperExtraction x = extract("Quill Head Avatars",
                "Our quill fields go beyond the linear 3D quill model (3DQM). The 2-dimensional Quill-Lehman "
                        + "(2-QL) test bounds their power.");
        assertThat(names(x, MentionKind.METHOD)).contains("3DQM", "2-QL");
        // (nor a kind of thing in two words)
        PaperExtraction z = extract("Planning for quill networks",
                "It is hard to learn a 3D Convolutional Neural Networks (3D ConvNets) on quill clips.");
        assertThat(names(z, MentionKind.METHOD)).doesNotContain("3D ConvNet", "3D ConvNets");
        // (a count of degrees of freedom is no method)
        PaperExtraction y = extract("Quill grasping",
                "For the popular 6 degree-of-freedom (6-DOF) quill setting, and 2 degrees of freedom (2-DOF) "
                        + "manipulation, we grasp quills.");
        assertThat(names(y, MentionKind.METHOD)).doesNotContain("6-DOF", "2-DOF");
    }

    @Test
    void aViewOrAFieldOfViewIsNoMethod() {
        PaperExtraction x = extract("Quill Mapping",
                "We map quills from the frontal view (FV) of one camera. A stereo field-of-view (FoV) quill sensor "
                        + "follows the greatest common divisor (GCD) of two counts.");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("FV", "FoV", "GCD");
        // (but one that the authors put forward is theirs)
        PaperExtraction y = extract("Quill Augmentation",
                "In this paper, we propose an alternative perspective, a quill-task view (QTV) of augmentation.");
        assertThat(names(y, MentionKind.METHOD)).contains("QTV");
    }

    @Test
    void hyphenatedWordsInLowerCaseLendTheInitialOfTheirFirstPart() {
        PaperExtraction x = extract("Quill Selection",
                "Our quill framework has two parts: (1) sentence-level stress (SS); and (2) graph-level gadget (GG).");
        assertThat(names(x, MentionKind.METHOD)).contains("SS", "GG");
        assertThat(x.mentions()).anySatisfy(m -> assertThat(m.surface()).isEqualTo("sentence-level stress"));
        // (not where every part opens with a letter of the short form)
        PaperExtraction y = extract("Quill Training",
                "We adapt quills with sequential test-time training (TTT) on each page.");
        assertThat(x.mentions()).noneSatisfy(m -> assertThat(m.surface()).startsWith("sequential"));
        assertThat(y.mentions()).noneSatisfy(m -> assertThat(m.surface()).startsWith("sequential"));
    }

    @Test
    void conformalPredictionIsAMethodNotAPredictionTask() {
        PaperExtraction x = extract("Robust Quill Sets",
                "A recent work, Randomized Quill Conformal Prediction (RQCP), certifies quill sets. We then propose "
                        + "a novel framework called RQCP+ and compare it with split conformal prediction (SCP).");
        assertThat(names(x, MentionKind.METHOD)).contains("RQCP", "RQCP+", "SCP");
        assertThat(names(x, MentionKind.PROPOSED)).contains("RQCP+");
        // (a prediction task stays one)
        PaperExtraction y = extract("Quill Forecasts",
                "We improve Numerical Quill Prediction (NQP) with a quill model.");
        assertThat(names(y, MentionKind.METHOD)).doesNotContain("NQP");
    }
    @Test
    void aNameThatANamingVerbGivesAMethodNounIsOneInLowerCaseToo() {
        PaperExtraction x = extract("Quill Ranking",
                "A novel ranking algorithm for quill pages, called ordered quill learning (OQL), is proposed here. "
                        + "OQL sorts the pages well.");
        assertThat(names(x, MentionKind.METHOD)).contains("OQL");
        // (not a task so called)
        PaperExtraction y = extract("Quill Ranking",
                "We pose a new ranking task called ordered quill learning (OQL). OQL needs labels.");
        assertThat(names(y, MentionKind.METHOD)).doesNotContain("OQL");
    }
}
