package org.paperkg.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.paperkg.corpus.Paper;
import org.paperkg.corpus.SourceRef;

class ExtractorTest {
    private static PaperExtraction extract(String title, String abstractText) {
        return SharedExtractor.get().extract(Paper.of(title, abstractText, new SourceRef("test", 1)));
    }

    private static List<String> names(PaperExtraction x, MentionKind kind) {
        return x.mentions(kind).stream().map(Mention::name).distinct().toList();
    }

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
    void tellsProposalsFromUses() {
        PaperExtraction x = extract("FlowNetX: Fast Flows",
                "We propose FlowNetX, a normalizing flow that is faster than RealNVP. "
                        + "Unlike Glow, FlowNetX needs no invertible convolutions. We compare against MADE-based models.");
        assertThat(names(x, MentionKind.PROPOSED)).containsExactly("FlowNetX");
        assertThat(names(x, MentionKind.METHOD)).contains("FlowNetX", "RealNVP", "Glow", "MADE");
    }

    @Test
    void typesNamesByContextAndGazetteer() {
        PaperExtraction x = extract("Testing vision models",
                "We train ResNet-50 with Adam and evaluate on CIFAR10 and the new ZebraSet dataset.");
        assertThat(names(x, MentionKind.DATASET)).contains("CIFAR10", "ZebraSet");
        assertThat(names(x, MentionKind.METHOD)).contains("ResNet-50", "Adam");
    }

    @Test
    void aSizedVariantOfAKnownDatasetIsADataset() {
        PaperExtraction x = extract("Faster sampling for image generators",
                "Samples for CelebA-HQ-256 and Kinetics-600 look sharper than those of DDIM, judged by ResNet-152 features.");
        assertThat(names(x, MentionKind.DATASET)).contains("CelebA-HQ-256", "Kinetics-600");
        assertThat(names(x, MentionKind.METHOD)).contains("ResNet-152").doesNotContain("CelebA-HQ-256");
        assertThat(x.mentions(MentionKind.DATASET)).filteredOn(m -> m.name().equals("CelebA-HQ-256"))
                .allMatch(m -> m.rule().endsWith("dataset.gazetteer-variant"));
    }

    @Test
    void anEditionsYearAndHyphensBetweenTheWordsOfAKnownNameKeepItADataset() {
        PaperExtraction x = extract("Long inputs",
                "We report BLEU on WMT'14 English-German and accuracy on the Long-Range Arena benchmark.");
        assertThat(names(x, MentionKind.DATASET)).contains("WMT'14", "Long-Range Arena").doesNotContain("WMT");
        PaperExtraction y = extract("Wide nets", "A Wide-ResNet-28-10 is trained on CIFAR-10.");
        assertThat(names(y, MentionKind.METHOD)).contains("Wide-ResNet-28-10").doesNotContain("Wide-ResNet");
    }

    @Test
    void anEditionWrittenApartBelongsToTheNameButNotTheYearOfACitation() {
        PaperExtraction x = extract("Sign translation", "We evaluate on two translation datasets, namely "
                + "RWTH-PHOENIX-Weather 2014T and CSL-Daily, and on COCO 2017, as in (ICALP 2002).");
        assertThat(names(x, MentionKind.DATASET)).contains("RWTH-PHOENIX-Weather 2014T", "CSL-Daily", "COCO 2017");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("CSL-Daily", "ICALP 2002");
    }

    @Test
    void theSourceOfDerivedDataIsADataset() {
        PaperExtraction x = extract("Weather foundation models",
                "The model is pretrained on climate datasets derived from CMIP6 simulations.");
        assertThat(names(x, MentionKind.DATASET)).contains("CMIP6");
    }

    @Test
    void aCapitalisedPartHyphenatedToAKnownDatasetNamesASubsetOfIt() {
        PaperExtraction x = extract("Patches", "Samples for LSUN-Bedroom and LSUN-Church look sharp.");
        assertThat(names(x, MentionKind.DATASET)).contains("LSUN-Bedroom", "LSUN-Church");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("LSUN-Bedroom", "LSUN-Church");
    }

    @Test
    void aKnownNameThatTheTokenizerSplitsIsFoundAsAPhrase() {
        PaperExtraction x = extract("Lifting poses", "Our lifter beats earlier ones on Human3.6M and 3DPW.");
        assertThat(names(x, MentionKind.DATASET)).contains("Human3.6M");
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
    void aWordInCapitalsInsideSquareBracketsIsASpecialTokenNoName() {
        PaperExtraction x = extract("Corrupted inputs",
                "Instead of [MASK] tokens, QuillGen replaces patches; the [CLS] token pools them.");
        assertThat(x.mentions()).extracting(Mention::name).contains("QuillGen").doesNotContain("MASK", "CLS");
    }

    @Test
    void aLowerCasePhraseThatTheAuthorsProposeIsANameWhenTheTitleWritesIt() {
        PaperExtraction x = extract("Quill-by-Quill Prompting Enables Harder Reasoning",
                "We propose a novel prompting strategy, quill-by-quill prompting. It splits problems.");
        assertThat(names(x, MentionKind.PROPOSED)).containsExactly("Quill-by-Quill Prompting");
        PaperExtraction rightAfterTheVerb = extract("Certified Detection with Median Quilting",
                "To certify regression, we propose median quilting, which is of independent interest.");
        assertThat(names(rightAfterTheVerb, MentionKind.PROPOSED)).containsExactly("Median Quilting");
        PaperExtraction description = extract("A General Framework for Quill Adaptation",
                "We present a general framework for quill adaptation. We propose general framework, which adapts.");
        assertThat(names(description, MentionKind.PROPOSED)).isEmpty();
        PaperExtraction broughtIn = extract("Quill Sketches for Explainable Models",
                "This paper introduces quill sketches to the landscape of explainable models.");
        assertThat(names(broughtIn, MentionKind.PROPOSED)).isEmpty();
        PaperExtraction notInTitle = extract("Harder Reasoning with Prompts",
                "We propose a novel prompting strategy, quill-by-quill prompting. It splits problems.");
        assertThat(names(notInTitle, MentionKind.PROPOSED)).isEmpty();
    }

    @Test
    void aNameBeforeAMethodNounThatAnotherNameFollowsIsNotWhatIsProposed() {
        PaperExtraction x = extract("QuillKit: A Research Library for Vertical Quill Learning",
                "Vertical Quill Learning (VQL) splits features. VQL has gained attention. We present an extensible "
                        + "and lightweight VQL framework QuillKit, which supports VQL training.");
        assertThat(names(x, MentionKind.PROPOSED)).containsExactly("QuillKit");
    }

    @Test
    void aBenchmarkShapedShortFormWhoseLongFormHasTheShapesWordsOnlyInWhatItIsForIsNoDataset() {
        PaperExtraction x = extract("Biases in answers",
                "Our proposed approach, Robust Quill Loss for Visual Question Answering (RQLVQA), improves results.");
        assertThat(names(x, MentionKind.METHOD)).contains("RQLVQA");
        assertThat(names(x, MentionKind.DATASET)).doesNotContain("RQLVQA");
    }

    @Test
    void aLearningSettingThatAPluralMethodNounFollowsIsNoNameEvenWhenTheTaggerReadsTheNounAsAVerb() {
        PaperExtraction x = extract("Quill adaptation",
                "Unsupervised quill adaptation (UQA) approaches focus on adapting models. In contrast to UQA, we adapt.");
        assertThat(x.mentions()).extracting(Mention::name).doesNotContain("UQA");
    }

    @Test
    void aShortFormOfTheWholeTitleIsProposed() {
        String abs = "Quills are hard to parse. The resulting Quill Parsing Network (QPN) parses them quickly.";
        assertThat(names(extract("Quill Parsing Networks", abs), MentionKind.PROPOSED)).containsExactly("QPN");
        assertThat(names(extract("Parsing quills quickly", abs), MentionKind.PROPOSED)).isEmpty();
    }

    @Test
    void aModelAfterTheFieldOfIsNoTopic() {
        PaperExtraction x = extract("Closing gaps",
                "Recent work answered this, introducing the field of Joint Quorum-based Model (JQM), which classifies "
                        + "and generates. We narrow the gaps of JQM.");
        assertThat(names(x, MentionKind.METHOD)).contains("JQM");
    }

    @Test
    void aNameAfterThroughIsTheMeansNotWhatIsMade() {
        PaperExtraction x = extract("Hand appearance", "Hand images are collected through marker-based PoseCap rigs.");
        assertThat(names(x, MentionKind.PROPOSED)).doesNotContain("PoseCap");
    }

    @Test
    void lettersWrittenTogetherWithACamelCaseDatasetNameNameAVariantOfIt() {
        PaperExtraction x = extract("Synsets",
                "Links from SlovoWordNet and BalkaVerbNet guide GeoPlaces, which matches senses.");
        assertThat(names(x, MentionKind.DATASET)).contains("SlovoWordNet", "BalkaVerbNet").doesNotContain("GeoPlaces");
    }

    @Test
    void aCapitalisedWordAfterAKnownMethodAndAHyphenNamesAVariant() {
        PaperExtraction x = extract("Memory-light optimizers",
                "Our optimizer matches Adam-Mini and trains BERT-Large, unlike Adam-Style rules or BERT-Like encoders.");
        assertThat(names(x, MentionKind.METHOD)).contains("Adam-Mini", "BERT-Large")
                .doesNotContain("Adam-Style", "BERT-Like");
    }

    @Test
    void anAcronymsLongFormIsTheWordsWhoseInitialsSpellIt() {
        PaperExtraction x = extract("Reward models revisited",
                "Agents are tuned with proximal policy optimization (PPO) before any reward model is learned.");
        assertThat(x.mentions(MentionKind.METHOD)).filteredOn(m -> m.name().equals("PPO"))
                .extracting(Mention::surface).contains("proximal policy optimization");
    }

    @Test
    void anActivityNamedAsATitleOrTypedByANounIsAMethodButAFieldIsNot() {
        PaperExtraction x = extract("Tuning chat models",
                "Contrastive Reward Ranking Optimization (CRRO) is compared with a new gradient noise estimation "
                        + "(GNE) method. We support the study of Multilingual Dialogue Pretraining (MDP). "
                        + "Self-supervised learning (SSL) and Bayesian optimization (BO) help as well.");
        assertThat(names(x, MentionKind.METHOD)).contains("CRRO", "GNE").doesNotContain("MDP", "SSL", "BO");
    }

    @Test
    void aListOfDefinitionsEndingInADatasetNounMakesEachADataset() {
        PaperExtraction x = extract("Forecasting traffic",
                "Our forecaster is tested on the Urban Traffic Simulation (UTSIM), Harbor Camera (HarC) and "
                        + "Quiet Lanes Drone (QLD) datasets. Numerical Flood Prediction (NFP) models are slower.");
        assertThat(names(x, MentionKind.DATASET)).contains("UTSIM", "HarC", "QLD");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("UTSIM", "HarC", "QLD", "NFP");
    }

    @Test
    void theUseOfANameIsNotItsProposal() {
        PaperExtraction x = extract("Better trajectories",
                "We introduce the usage of Randomized Trajectory Smoothing Estimation (RTSE) into planners.");
        assertThat(names(x, MentionKind.METHOD)).contains("RTSE");
        assertThat(names(x, MentionKind.PROPOSED)).doesNotContain("RTSE");
    }

    @Test
    void aMixedCaseConceptAcronymInCapitalsIsStillTheConcept() {
        PaperExtraction x = extract("A MOE-based captioner", "Sparse experts route each token.");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("MOE");
    }

    @Test
    void nounsBetweenANameAndADatasetNounMakeItADataset() {
        PaperExtraction x = extract("Rain nowcasting",
                "We forecast rain with the GLOBO sea breeze datasets and compare with NowNet.");
        assertThat(names(x, MentionKind.DATASET)).contains("GLOBO");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("GLOBO");
    }

    @Test
    void theArgumentOfAOneLetterFunctionIsAFormula() {
        PaperExtraction x = extract("Cheaper attention", "Our layer costs O(NK) rather than O(N^2) time.");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("NK");
    }

    @Test
    void decodingRightAfterEncodingIsTheAutoencodersDecoderNotTextGeneration() {
        PaperExtraction x = extract("Tidy latents",
                "The network learns encoding to and decoding from a small grid of codes.");
        assertThat(names(x, MentionKind.CONCEPT)).doesNotContain("text-generation");
        PaperExtraction y = extract("Faster chat", "Greedy decoding of long answers is slow.");
        assertThat(names(y, MentionKind.CONCEPT)).contains("text-generation");
    }

    @Test
    void aNameCalledAMetricByItsAppositionIsNeitherMethodNorDataset() {
        PaperExtraction x = extract("Judging factor models",
                "We also propose FactorScope, a new set of metrics for judging how factors separate.");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("FactorScope");
        assertThat(names(x, MentionKind.PROPOSED)).doesNotContain("FactorScope");
    }

    @Test
    void theAuthorsOwnDefinedModelIsAProposedMethodEvenWithAConceptHead() {
        PaperExtraction x = extract("Sparse codes for faces",
                "In tests, our sparse-code autoencoder (SCAE) beats earlier work.");
        assertThat(names(x, MentionKind.METHOD)).contains("SCAE");
        assertThat(names(x, MentionKind.PROPOSED)).contains("SCAE");
    }

    @Test
    void aDefinedNameBeforeTheNounOfWhatIsMadeIsProposed() {
        PaperExtraction x = extract("Open-set attribution",
                "We propose a Growing Boundary Synthesis (GBS) solution that adds unseen classes. "
                        + "For the encoder we also propose a light cross-modal (LIMA) adapter.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("GBS", "LIMA");
    }

    @Test
    void aDefinedNameModifyingANounIsNotWhatIsProposed() {
        PaperExtraction x = extract("Guided samplers",
                "We propose Annealed Particle Filtering (APF) resampling schemes for guided sampling.");
        assertThat(names(x, MentionKind.METHOD)).contains("APF");
        assertThat(names(x, MentionKind.PROPOSED)).doesNotContain("APF");
    }

    @Test
    void environmentsListedWithGlossesAreDatasetsButADefinedShortFormIsNot() {
        PaperExtraction x = extract("Helpful household agents",
                "Agents are tested in two environments, Kitchenworld (a cooking game) and Roomsim (a house simulator). "
                        + "We frame the task as cooperative planning in 3D environments (CP3D).");
        assertThat(names(x, MentionKind.DATASET)).contains("Kitchenworld", "Roomsim").doesNotContain("CP3D");
    }

    @Test
    void aCapitalisedPhraseAfterTheVerbNamesAProposalEvenWhenItEndsInAConceptWord() {
        PaperExtraction x = extract("Teachers for students",
                "We propose a simple yet effective Layered Distillation strategy for small students.");
        assertThat(names(x, MentionKind.METHOD)).contains("Layered Distillation");
        assertThat(names(x, MentionKind.PROPOSED)).contains("Layered Distillation");
    }

    @Test
    void capitalisedWordsThatGoOnInLowerCaseAreNotAName() {
        PaperExtraction x = extract("Faster training",
                "We propose the QUIck Scaled momentum rule, a drop-in change for any optimizer.");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("QUIck Scaled");
    }

    @Test
    void aConceptWordInsideAPrepositionalPhraseDoesNotMakeTheDefinitionAConcept() {
        PaperExtraction x = extract("Growing networks",
                "We employ weight copying with momentum (WCM) to keep what the smaller network learned.");
        assertThat(names(x, MentionKind.METHOD)).contains("WCM");
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
    void capitalisedWordsInARowOfADatasetListAreOneName() {
        PaperExtraction x = extract("Slide classifiers",
                "Results on the PANDA-2 and Oslo Kidney Biopsy datasets favour our sampler.");
        assertThat(names(x, MentionKind.DATASET)).contains("PANDA-2", "Oslo Kidney Biopsy").doesNotContain("Oslo");
    }

    @Test
    void aVariantOfAKnownMethodIsAMethodWhereverItIsRun() {
        PaperExtraction x = extract("Faster optimizers", "Experiments run faster on BERT-Base-Cased with eight GPUs.");
        assertThat(names(x, MentionKind.METHOD)).contains("BERT-Base-Cased");
        assertThat(names(x, MentionKind.DATASET)).doesNotContain("BERT-Base-Cased");
    }

    @Test
    void aCodecsDecodingIsNoTextGenerationAndInferenceTimeIsADuration() {
        PaperExtraction x = extract("Small video codecs",
                "The codec cuts encoding cost in half and doubles decoding speed, with the same inference time.");
        assertThat(names(x, MentionKind.CONCEPT)).doesNotContain("text-generation", "test-time-adaptation");
        PaperExtraction y = extract("Better samplers", "We study inference-time scaling of samplers.");
        assertThat(names(y, MentionKind.CONCEPT)).contains("test-time-adaptation");
    }

    @Test
    void physicalQuantitiesAndLatexLeftoversAreNoNames() {
        PaperExtraction x = extract("Paths of least effort",
                "Lowering the Kinetic Energy (KE) of a path helps, and the moments obey ranglelangleDelta terms.");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("KE", "ranglelangleDelta");
    }

    @Test
    void aSquaredLetterInAShortFormStandsForTwoWords() {
        PaperExtraction x = extract("Prompts for forecasts",
                "We propose Token Transfer Aligned Forecasting with LLM (T^2AF-LLM) for sales data.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("T^2AF-LLM");
        assertThat(x.mentions(MentionKind.METHOD)).filteredOn(m -> m.name().equals("T^2AF-LLM"))
                .extracting(Mention::surface).contains("Token Transfer Aligned Forecasting with LLM");
    }

    @Test
    void theMethodAProposalIsAVariantOfIsNotProposed() {
        PaperExtraction x = extract("Rescaled steps",
                "This paper presents KITE, which presents a rescaled variant of the classic RMSProp optimizer.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("KITE").doesNotContain("RMSProp");
    }

    @Test
    void ourNounThenANameInParenthesesProposesTheName() {
        PaperExtraction x = extract("Steady latents",
                "Image modelling with our codebook tokenizer (KoTok) beats earlier tokenizers.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("KoTok");
    }

    @Test
    void adjectivesAndNounsBetweenANameAndADatasetNounMakeItADataset() {
        PaperExtraction x = extract("Event graphs", "The ZEPHYR human motion dataset is small but varied.");
        assertThat(names(x, MentionKind.DATASET)).contains("ZEPHYR");
    }

    @Test
    void aShortWordAfterANumberIsAUnitUnlessItIsAKnownName() {
        PaperExtraction x = extract("Frugal sensors",
                "The board draws 45.4 mW at 3 kHz, while 2 GPT runs draw far more.");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("mW", "kHz").contains("GPT");
    }

    @Test
    void aTitleEndingInADatasetNounDoesNotBreakExtraction() {
        PaperExtraction x = extract("Walking Agents in 3D Environments", "Agents learn to walk in new environments");
        assertThat(x.mentions()).isNotNull();
    }

    @Test
    void aNameWithPlusesIsAnotherNameThanWithout() {
        PaperExtraction x = extract("Sharper codecs", "Our VidNet++ codec improves on VidNet at every bitrate.");
        assertThat(names(x, MentionKind.METHOD)).contains("VidNet++", "VidNet");
        assertThat(Names.key("VidNet++")).isNotEqualTo(Names.key("VidNet")).isEqualTo(Names.key("vidnet++"));
    }

    @Test
    void theMethodATitleNamesSpeaksForTheAuthors() {
        PaperExtraction x = extract("Zeno: Faster Sampling with Fewer Steps",
                "Zeno first rewrites the sampler to develop a new step-size tuning (SST) method.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("Zeno", "SST");
    }

    @Test
    void theResultIsANameProposesIt() {
        PaperExtraction x = extract("Long videos",
                "We combine convolutions with state space layers. The result is VidS6, a fast recurrent model.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("VidS6");
    }

    @Test
    void aConceptAfterTwoSentencesGluedWithoutASpaceIsFound() {
        PaperExtraction x = extract("Recurrent states", "States are tuned during inference.Transformers need more memory.");
        assertThat(names(x, MentionKind.CONCEPT)).contains("transformer");
    }

    @Test
    void aCapitalisedNameWithAPrepositionKeepsItsDatasetHead() {
        PaperExtraction x = extract("Senses of words",
                "We put forward a large Sense in Sentence dataset, called SiS, for judging word embeddings.");
        assertThat(names(x, MentionKind.DATASET)).contains("SiS");
    }

    @Test
    void attentionThatHasBeenPaidIsNoConcept() {
        PaperExtraction x = extract("Clients without labels",
                "Extensive attention has been paid to federated training without labels.");
        assertThat(names(x, MentionKind.CONCEPT)).doesNotContain("attention");
    }

    @Test
    void simulatingPhysicalSystemsIsPhysicsSimulationAndTheWordsInTheGapStillCount() {
        PaperExtraction x = extract("Training order for physics-informed networks",
                "Physics-informed networks often fail at simulating chaotic dynamical systems over long horizons.");
        assertThat(names(x, MentionKind.CONCEPT)).contains("physics-simulation", "dynamical-system");
        PaperExtraction y = extract("Offline recommenders", "We simulate a recommender system with synthetic users.");
        assertThat(names(y, MentionKind.CONCEPT)).doesNotContain("physics-simulation");
    }

    @Test
    void commonParaphrasesOfConceptsAreFound() {
        PaperExtraction x = extract("Planned video",
                "Interactions in dynamic systems change over time. A planner first predicts the coarse motion "
                        + "trajectories of each object; the closure model exploits rotational symmetries.");
        assertThat(names(x, MentionKind.CONCEPT)).contains("dynamical-system", "trajectory-prediction", "equivariance");
    }

    @Test
    void invarianceIsTheSymmetryConceptOnlyWhenASymmetrySpeaksOfIt() {
        PaperExtraction x = extract("Stable features across sites",
                "An invariance penalty keeps the causal features; normalization gives scale invariance among the weights.");
        assertThat(names(x, MentionKind.CONCEPT)).doesNotContain("equivariance");
        PaperExtraction y = extract("Point cloud encoders", "Our encoder has rotation invariance by construction.");
        assertThat(names(y, MentionKind.CONCEPT)).contains("equivariance");
        PaperExtraction z = extract("Spectral encoders",
                "Eigenvectors have sign symmetries. We design networks with the invariances this requires.");
        assertThat(names(z, MentionKind.CONCEPT)).contains("equivariance");
    }

    @Test
    void ongoingIsNoContinualLearning() {
        for (String text : List.of("The agents observe continual state transitions of a shared environment.",
                "The robot can continually and autonomously improve with the data it collects.")) {
            assertThat(names(extract("Shared environments", text), MentionKind.CONCEPT)).as(text)
                    .doesNotContain("continual-learning");
        }
        for (String text : List.of("We study continual test-time adaptation under shifting domains.",
                "Our agent must continually learn new skills without a reset.")) {
            assertThat(names(extract("Open-ended agents", text), MentionKind.CONCEPT)).as(text)
                    .contains("continual-learning");
        }
    }

    @Test
    void aTheoreticalExplanationIsNoInterpretability() {
        PaperExtraction x = extract("Why grokking happens", "Earlier theoretical explanations fall short of our data.");
        assertThat(names(x, MentionKind.CONCEPT)).doesNotContain("interpretability");
        PaperExtraction y = extract("Faithful classifiers", "We generate counterfactual explanations for each prediction.");
        assertThat(names(y, MentionKind.CONCEPT)).contains("interpretability");
    }

    @Test
    void anExplanationOfAnObservationIsNoInterpretability() {
        for (String text : List.of("We offer an account of why sparse walks help: it gives an explanation for the behavior of chained agents.",
                "Our bound suggests a first explanation for the emergence of memorised labels.",
                "We reformulate the loss; with this explanation, the gap closes.")) {
            assertThat(names(extract("Walks and gaps", text), MentionKind.CONCEPT)).as(text).doesNotContain("interpretability");
        }
        for (String text : List.of("We give an explanation for each prediction of the classifier.",
                "A post-hoc explanation method ranks the input pixels.")) {
            assertThat(names(extract("Saliency", text), MentionKind.CONCEPT)).as(text).contains("interpretability");
        }
    }


    @Test
    void ourNewMethodsProposeEveryNameTheyList() {
        PaperExtraction x = extract("Compressed training", "For finite sums, our new methods, KORA-PAGE, KORA-MVR "
                + "and KORA-SYNC, improve on the complexity of MARINA.");
        assertThat(names(x, MentionKind.PROPOSED)).containsExactlyInAnyOrder("KORA-PAGE", "KORA-MVR", "KORA-SYNC");
    }

    @Test
    void everyNameListedAfterNamelyOrIncludingAfterATriggerIsProposed() {
        PaperExtraction x = extract("Streams", "We propose two novel streaming algorithms, namely DStreamer and "
                + "RStreamer, with guarantees.");
        assertThat(names(x, MentionKind.PROPOSED)).containsExactlyInAnyOrder("DStreamer", "RStreamer");
        PaperExtraction y = extract("Tasks", "We propose two task augmentation methods, including MetaBlend and "
                + "ChanSwap. We build a pipeline including BERT and GPT-2.");
        assertThat(names(y, MentionKind.PROPOSED)).containsExactlyInAnyOrder("MetaBlend", "ChanSwap");
        PaperExtraction z = extract("Augmenting tasks", "We propose two task augmentation methods, including MetaBlend "
                + "and Channel Swapping. We present results including Nash Equilibrium and Correlated Play.");
        assertThat(names(z, MentionKind.PROPOSED)).contains("Channel Swapping").doesNotContain("Nash Equilibrium");
        assertThat(names(z, MentionKind.METHOD)).doesNotContain("Nash Equilibrium", "Correlated Play");
    }

    @Test
    void aLowerCaseNameTheAuthorsGiveTheirMethodIsAProposedMethod() {
        PaperExtraction x = extract("Adapting walkers", "We propose a new adaptation approach inspired by prompt "
                + "tuning called sidewalk lanes. It also uses an estimator, which we term mirrored counting.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("sidewalk lanes", "mirrored counting");
        assertThat(names(x, MentionKind.METHOD)).contains("sidewalk lanes", "mirrored counting");
        PaperExtraction t = extract("Range densities", "We explore a technique for faster range queries. This "
                + "technique, called column hopping, avoids needless samples.");
        assertThat(names(t, MentionKind.PROPOSED)).contains("column hopping");
        PaperExtraction y = extract("Other names", "We study dynamics via a framework we call the concept space. "
                + "This paper describes the use of a mathematical technique called singular value decomposition. "
                + "We extend play to a dynamic model called discounted stochastic game (Shapley, 1953). "
                + "Attention is paid to the problem of named entity recognition.");
        assertThat(names(y, MentionKind.METHOD)).doesNotContain("concept space", "the concept space",
                "singular value decomposition", "discounted stochastic game", "entity recognition");
    }

    @Test
    void aCapitalisedWordRightAfterAMethodOrDatasetNounIsItsName() {
        PaperExtraction x = extract("Proteins", "We turn the open-source protein diffusion model Gizmo into a "
                + "conditional one, train on the corpus Parlance, and compare to our method Quill, which is fast.");
        assertThat(names(x, MentionKind.METHOD)).contains("Gizmo", "Quill");
        assertThat(names(x, MentionKind.DATASET)).contains("Parlance");
        assertThat(names(x, MentionKind.PROPOSED)).contains("Quill").doesNotContain("Gizmo");
    }

    @Test
    void aVariantOfAConceptNamedByAnAcronymInMixedCaseIsAName() {
        PaperExtraction x = extract("Mixtures", "Sparse mixture of expert architectures (MoEs) scale well. We propose "
                + "Gentle MoE, a differentiable Transformer, and compare with Sparse MoE and with self-supervised "
                + "pretraining (SSP) of SSP ViTs.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("Gentle MoE");
        assertThat(names(x, MentionKind.METHOD)).contains("Gentle MoE").doesNotContain("Sparse MoE", "SSP ViT");
    }

    @Test
    void whatTheAuthorsReferToTheirMethodAsOrProposeInThisPaperIsProposed() {
        PaperExtraction x = extract("Codes", "We refer to our recurrent architecture as Neural Decoder Evolution (NDV). "
                + "We develop in this work FedMend, an extension of FedAvg. We refer to this family of methods as GRIT.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("NDV", "FedMend").doesNotContain("GRIT", "FedAvg");
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
    void aThingTheReaderKnowsByItsNameIsNotProposedButANewOneIs() {
        PaperExtraction x = extract("Vague labels", "We propose a novel framework called Hyper-Vague Network (HVN) "
                + "that models doubt in the context of the belief theory called Subjective Logic (SL).");
        assertThat(names(x, MentionKind.PROPOSED)).contains("HVN").doesNotContain("SL", "Subjective Logic");
        PaperExtraction y = extract("Recall tasks", "We develop a new formalization of the task called "
                + "multi-query associative recall (MQAR) that reflects real language.");
        assertThat(names(y, MentionKind.PROPOSED)).contains("MQAR");
    }

    @Test
    void distillingAGistIsNoKnowledgeDistillation() {
        PaperExtraction x = extract("Lessons from weather models",
                "From forty trained forecasters we distill the main design principles.");
        assertThat(names(x, MentionKind.CONCEPT)).doesNotContain("knowledge-distillation");
        PaperExtraction y = extract("Small and fast", "We distill a large detector into a compact one.");
        assertThat(names(y, MentionKind.CONCEPT)).contains("knowledge-distillation");
    }
    @Test
    void conceptLabelsAreNotNamedMethods() {
        PaperExtraction x = extract("Scaling SSMs", "State-space models (SSMs) and LLMs are compared with a VAE.");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("SSM", "SSMs", "LLM", "VAE");
        assertThat(names(x, MentionKind.CONCEPT)).contains("state-space-model", "large-language-model",
                "variational-autoencoder");
    }

    @Test
    void matchesConceptsOnLemmasAndPrefersTheLongestLabel() {
        PaperExtraction x = extract("Sparse auto-encoders at scale",
                "We train sparse autoencoders and diffusion models with momentum-based updates.");
        assertThat(names(x, MentionKind.CONCEPT)).contains("sparse-autoencoder", "diffusion-model", "momentum")
                .doesNotContain("autoencoder");
    }

    @Test
    void leavesOutWordsUsedInAnotherSense() {
        PaperExtraction physics = extract("Photo-production near threshold",
                "We compute the momentum transfer of the photon and the nucleon.");
        assertThat(names(physics, MentionKind.CONCEPT)).doesNotContain("momentum");
        PaperExtraction everyday = extract("Noise in data", "This problem has received much attention recently.");
        assertThat(names(everyday, MentionKind.CONCEPT)).doesNotContain("attention");
        PaperExtraction metric = extract("Error metrics", "We report the mean absolute error (MAE) of each model.");
        assertThat(names(metric, MentionKind.CONCEPT)).doesNotContain("masked-modeling");
    }

    @Test
    void keepsEvidenceForEveryMention() {
        PaperExtraction x = extract("KiteNet: Light Models", "We introduce KiteNet for edge devices.");
        // a concept at the very end of the title keeps title offsets
        PaperExtraction end = extract("Scaling Transformers", "We study it.");
        Mention last = end.mentions(MentionKind.CONCEPT).get(0);
        assertThat(end.fieldSpan(last.span()).end()).isEqualTo("Scaling Transformers".length());
        assertThat(x.mentions()).isNotEmpty().allSatisfy(m -> {
            assertThat(x.text().substring(m.span().begin(), m.span().end())).isEqualTo(m.surface());
            assertThat(m.rule()).isNotBlank();
            assertThat(m.confidence()).isBetween(0.0, 1.0);
            assertThat(x.sentenceText(m.sentence())).contains(m.surface());
        });
        Mention inAbstract = x.mentions(MentionKind.PROPOSED).stream().filter(m -> !x.inTitle(m.span().begin()))
                .findFirst().orElseThrow();
        assertThat(x.fieldSpan(inAbstract.span()).begin()).isEqualTo("We introduce ".length());
        Mention inTitle = x.mentions(MentionKind.PROPOSED).stream().filter(m -> x.inTitle(m.span().begin()))
                .findFirst().orElseThrow();
        assertThat(x.fieldSpan(inTitle.span())).isEqualTo(new Span(0, "KiteNet".length()));
    }

    @Test
    void worksOnTitleAlone() {
        PaperExtraction x = extract("DeepZip: Diffusion Models for Compression", "");
        assertThat(names(x, MentionKind.PROPOSED)).containsExactly("DeepZip");
        assertThat(names(x, MentionKind.CONCEPT)).contains("diffusion-model");
    }

    @Test
    void checksRequiredAnnotatorsWithAFix() {
        assertThatThrownBy(() -> Extractor.checkRequirements(Set.of("tokenize", "ssplit")))
                .isInstanceOf(ExtractionException.class).hasMessageContaining("needs annotator pos")
                .hasMessageContaining("annotators=");
    }

    @Test
    void aDefinitionAProposalGovernsIsANameEvenWithAConceptHead() {
        PaperExtraction x = extract("Trajectory models",
                "In this work, we propose geometric trajectory diffusion models (GeoTDM) for molecules. "
                        + "Temporal graph neural networks (TGNN) are popular, and TGNN models are slow.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("GeoTDM");
        assertThat(names(x, MentionKind.METHOD)).contains("GeoTDM").doesNotContain("TGNN");
    }

    @Test
    void institutionsQuantitiesAndPropertiesOfWordsAreNoNames() {
        PaperExtraction x = extract("A speech translation system",
                "The RWTH and FBK systems for the DARPA evaluation handle out-of-vocabulary (OOV) words with QuillAlign. "
                        + "We convert sRGB frames and track F0 in each ROI.");
        assertThat(names(x, MentionKind.METHOD)).contains("QuillAlign")
                .doesNotContain("RWTH", "FBK", "DARPA", "OOV", "sRGB", "F0", "ROI");
        assertThat(names(x, MentionKind.DATASET)).doesNotContain("RWTH", "FBK", "DARPA", "OOV", "sRGB", "F0", "ROI");
    }

    @Test
    void wordsOfAnExpansionWhoseCapitalsSpellTheShortFormAreNoNames() {
        PaperExtraction x = extract("Quill meta-learning",
                "We propose QUILT (Quasi-sUpervised quIll Learning wiTh tasks), a framework that uses fastText features. "
                        + "It refines poses by NBA (Neural BA).");
        assertThat(names(x, MentionKind.METHOD)).contains("QUILT", "fastText", "BA")
                .doesNotContain("Quasi-sUpervised", "quIll", "wiTh");
    }

    @Test
    void capitalsSpellingAnAcronymInsideWordsAreNotNames() {
        PaperExtraction x = extract("Fusion", "We introduce a loss to ALign the image and text representations "
                + "BEfore Fusing (ALBEF) them.");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("ALign", "BEfore");
    }

    @Test
    void metricsIntroducedByAPaperAreNotMethods() {
        PaperExtraction x = extract("Evaluating forecasts",
                "We also introduce the Average Maximum Eigenvalue (AMV) metric that measures spread.");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("AMV");
        assertThat(names(x, MentionKind.PROPOSED)).doesNotContain("AMV");
    }

    @Test
    void aProposalVerbReachesOnlyItsOwnClause() {
        PaperExtraction x = extract("Guidance without oversaturation",
                "Our approach, termed adaptive projected guidance (APG), retains the advantages of CFG at high scales.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("APG").doesNotContain("CFG");
        assertThat(names(x, MentionKind.METHOD)).contains("CFG");
    }

    @Test
    void listedUnderADatasetNounPlainWordsAreDatasets() {
        PaperExtraction x = extract("Video understanding",
                "We report results on three long-form video datasets (LVU, COIN and Breakfast), where our model wins.");
        assertThat(names(x, MentionKind.DATASET)).contains("LVU", "COIN", "Breakfast");
    }

    @Test
    void keepsOneEvidencePerClaimAndSentence() {
        PaperExtraction x = extract("Noise", "ZetaNet beats ZetaNet-small, and ZetaNet is fast.");
        assertThat(x.mentions(MentionKind.METHOD).stream().filter(m -> m.name().equals("ZetaNet"))).hasSize(1);
    }

    @Test
    void proposalsThroughParenthesesNamingNounsAndNotOthersWork() {
        PaperExtraction a = extract("Sequences", "We propose the Structured State Space sequence model (S4) for long inputs.");
        assertThat(names(a, MentionKind.PROPOSED)).contains("S4");
        PaperExtraction b = extract("Filters", "The resulting approach, called the Discriminative Kalman Filter (DKF), is fast.");
        assertThat(names(b, MentionKind.PROPOSED)).contains("DKF");
        PaperExtraction c = extract("Bandits", "In a recent work, Laforgue et al. introduce the model of LSD bandits.");
        assertThat(names(c, MentionKind.PROPOSED)).doesNotContain("LSD");
    }

    @Test
    void hyphenatedAcronymsOfConceptsAndGroupNotationAreNotNames() {
        PaperExtraction x = extract("Equivariance",
                "We close the ODE-SDE gap with AI-enabled tools and SE(3) equivariant layers; the problem is NP-hard.");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("ODE-SDE", "AI-enabled", "AI", "SE", "NP-hard", "NP");
    }

    @Test
    void aTitleOpeningWithANamedModelProposesIt() {
        PaperExtraction x = extract("Random Lattice Neural Processes for Parametric Equations", "We study equations.");
        assertThat(names(x, MentionKind.PROPOSED)).containsExactly("Random Lattice Neural Processes");
        PaperExtraction concept = extract("Graph Neural Networks for Traffic", "We study traffic.");
        assertThat(names(concept, MentionKind.PROPOSED)).isEmpty();
        PaperExtraction phenomenon = extract("The Overfitting Phenomenon: Why Models Repeat", "We study repetition.");
        assertThat(names(phenomenon, MentionKind.PROPOSED)).isEmpty();
    }

    @Test
    void aTitleNameMayNarrowAConceptByAHyphenatedModifierButAClauseIsNoName() {
        PaperExtraction narrowed = extract("Long-horizon Recurrent Convolutional Networks for Video Captions",
                "We study videos.");
        assertThat(names(narrowed, MentionKind.PROPOSED)).containsExactly("Long-horizon Recurrent Convolutional Networks");
        PaperExtraction plural = extract("Multi-marginal Schrödinger Bridges with Learned References", "We study cells.");
        assertThat(names(plural, MentionKind.PROPOSED)).containsExactly("Multi-marginal Schrödinger Bridges");
        PaperExtraction conceptsOnly = extract("Autoregressive Transformer Neural Networks for Spin Chains",
                "We propose autoregressive transformer neural networks for spins.");
        assertThat(names(conceptsOnly, MentionKind.PROPOSED)).isEmpty();
        assertThat(names(conceptsOnly, MentionKind.METHOD)).isEmpty();
        PaperExtraction introducedAgain = extract("Autoregressive Ranking Flows for Calibrated Forecasts",
                "We propose autoregressive ranking flows, a class of normalizing flow models fitted with a scoring rule.");
        assertThat(names(introducedAgain, MentionKind.PROPOSED)).containsExactly("Autoregressive Ranking Flows");
        PaperExtraction onlyDescribed = extract("Autoregressive Ranking Flows for Calibrated Forecasts",
                "We study calibration with normalizing flow models.");
        assertThat(names(onlyDescribed, MentionKind.PROPOSED)).isEmpty();
        PaperExtraction activity = extract("Future Language Modeling from Feather Histories",
                "We propose to study future language modeling of feathers.");
        assertThat(names(activity, MentionKind.PROPOSED)).isEmpty();
        PaperExtraction clause = extract("Fine-Tuning Language Models for Honest Answers", "We study answers.");
        assertThat(names(clause, MentionKind.PROPOSED)).isEmpty();
        PaperExtraction article = extract("A Context-Integrated Graph Network for Auctions", "We study auctions.");
        assertThat(names(article, MentionKind.PROPOSED)).isEmpty();
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
    void aConceptsOwnLabelInsideANameStillCountsButAParaphraseDoesNot() {
        PaperExtraction x = extract("Video", "We propose a long-short masked contrastive learning (LSMCL) approach "
                + "and report results on the Long Range Arena.");
        assertThat(names(x, MentionKind.CONCEPT)).contains("contrastive-learning").doesNotContain("long-sequence-modeling");
    }

    @Test
    void sentencesGluedWithoutASpaceDoNotMakeNames() {
        PaperExtraction x = extract("Pruning", "We prune LLMs.Our method beats SparseGPT.The code is public.");
        assertThat(names(x, MentionKind.METHOD)).contains("SparseGPT").doesNotContain("LLMs.Our", "SparseGPT.The");
    }

    @Test
    void aNameModifyingAMethodNounIsNotWhatIsProposed() {
        PaperExtraction x = extract("Search", "We propose a novel NAS algorithm called NASI, and compare NAS strategies.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("NASI").doesNotContain("NAS");
    }

    @Test
    void ourBeforeANameProposesItOnlyWithinItsNounPhrase() {
        PaperExtraction x = extract("Bounds", "We validate our theoretical finding on MNIST. Our model, GIOROMX, learns fast.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("GIOROMX").doesNotContain("MNIST");
    }

    @Test
    void anAcronymModifyingACommonNounIsNotProposedButTheNamedApproachIs() {
        PaperExtraction x = extract("Privacy", "We establish an algorithm-specific DP analysis of training. "
                + "We introduce the FE-OL approach for solids.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("FE-OL").doesNotContain("DP");
    }

    @Test
    void anAppositionTypesTheName() {
        PaperExtraction x = extract("Long inputs", "We test on ZRA, a long-range benchmark of six tasks, and compare with "
                + "KoalaNet, an efficient recurrent architecture.");
        assertThat(names(x, MentionKind.DATASET)).contains("ZRA");
        assertThat(names(x, MentionKind.METHOD)).contains("KoalaNet");
    }

    @Test
    void aLongFormRenamingTheProposedMethodNounIsProposed() {
        PaperExtraction x = extract("Pretraining for wearable sensors",
                "We present a novel masked signal modeling (MSM) method, temporal patch encoder (TPE), for sensor "
                        + "pretraining. Transfer results show that TPE helps on three downstream tasks.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("TPE");
        assertThat(names(x, MentionKind.METHOD)).contains("TPE");
    }

    @Test
    void anAcronymInParenthesesDoesNotCarryAProposalPastATask() {
        PaperExtraction x = extract("Benchmarks for cooperative robots",
                "We introduce two new tasks for multi-robot collaboration (MRC) planning: MRC3D Tracking and "
                        + "Online-MRC Mapping.");
        assertThat(names(x, MentionKind.PROPOSED)).doesNotContain("MRC3D");
    }

    @Test
    void aNameGivenAsAnExampleOfATaskIsADataset() {
        PaperExtraction x = extract("An optimizer across domains",
                "The optimizer helps on retrieval (e.g. Cars196 and QuokkaShots) and on sound event "
                        + "classification (e.g. WhaleCall). It also speeds up NIR-to-depth conversion (e.g., "
                        + "NIR2D translation) and image generation (e.g. QuailGAN).");
        assertThat(names(x, MentionKind.DATASET)).contains("QuokkaShots", "WhaleCall")
                .doesNotContain("NIR2D", "QuailGAN");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("QuokkaShots", "WhaleCall");
    }

    @Test
    void theNameAnIdeaIsImplementedAsIsProposed() {
        PaperExtraction x = extract("Safer offline agents",
                "We implement this idea as the SAFEX (safety-aware offline exploration) method. Its kernels are "
                        + "implemented as a TensorFlow plugin.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("SAFEX").doesNotContain("TensorFlow");
    }

    @Test
    void acronymsOfCommonNounsBeforeAPluralNounAreNotProposed() {
        PaperExtraction x = extract("Foundation models for wearables",
                "Watches record electrodermal activity (EDA) and skin temperature (SKT). We curated EDA and SKT "
                        + "datasets from a cohort of volunteers and release the WristBench benchmark.");
        assertThat(names(x, MentionKind.PROPOSED)).doesNotContain("EDA", "SKT").contains("WristBench");
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
    void aNamedCampaignThatCollectedDataIsADataset() {
        PaperExtraction x = extract("Droplets over the ocean",
                "We use measurements of the Southern Ocean Cloud Sampling Experiment (SOCSEX) and the Northern "
                        + "Lakes Household Survey (NLHS) to fit the model, as a small pilot experiment (SPE) did.");
        assertThat(names(x, MentionKind.DATASET)).contains("SOCSEX", "NLHS").doesNotContain("SPE");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("SOCSEX", "NLHS", "SPE");
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
    void aCapitalisedWordThatAnAppositionCallsAModelIsAName() {
        PaperExtraction x = extract("Scaling study",
                "We compare with Marmoset, a 30B language model, and with 3D Lantern, a technique for relighting "
                        + "meshes, but not with the Grid Point Walker, an approach for sampling. Results hold in "
                        + "Lisbon, a city in Portugal, and on a 2D Minecraft environment.");
        assertThat(names(x, MentionKind.METHOD)).contains("Marmoset", "3D Lantern")
                .doesNotContain("Walker", "Lisbon", "Lantern");
        assertThat(names(x, MentionKind.DATASET)).contains("Minecraft").doesNotContain("2D Minecraft");
    }
    @Test
    void aNameTypedAsADatasetOnceIsThatDatasetThroughoutThePaper() {
        PaperExtraction x = extract("Questions people ask",
                "We collect QuizBowlX, a multilingual dataset of trivia questions. "
                        + "QuizBowlX contains forty thousand items. Models fine-tuned from GPT-2 still fail on QuizBowlX.");
        assertThat(names(x, MentionKind.DATASET)).contains("QuizBowlX");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("QuizBowlX");
        assertThat(x.mentions(MentionKind.DATASET)).filteredOn(m -> m.name().equals("QuizBowlX"))
                .extracting(Mention::rule).anyMatch(r -> r.endsWith("dataset.same-paper"));
    }

    @Test
    void aWeakCueDoesNotRetypeThePapersOtherMentions() {
        PaperExtraction x = extract("Flows for weather",
                "We train PolarFlow on reanalysis data. PolarFlow is a normalizing flow. "
                        + "Results on PolarFlow rollouts show lower error.");
        assertThat(names(x, MentionKind.METHOD)).contains("PolarFlow");
    }

    @Test
    void aDatasetInAppositionAfterItsNounOrScoredByAccuracyIsADataset() {
        PaperExtraction x = extract("Reading tables",
                "We release a table reasoning dataset, TabulaQ, of forty thousand claims. "
                        + "Our parser raises the TextTab denotation accuracy to 61% and the GridSQL accuracy to 70%.");
        assertThat(names(x, MentionKind.DATASET)).contains("TabulaQ", "TextTab", "GridSQL");
    }

    @Test
    void aTaskAbbreviationIsNeitherMethodNorDataset() {
        PaperExtraction x = extract("Sharper faces",
                "Single image super-resolution (SISR) and person re-identification (ReID) are hard. "
                        + "We evaluate SharpNet on large-scale person ReID datasets and on standard SISR benchmarks.");
        assertThat(names(x, MentionKind.METHOD)).contains("SharpNet").doesNotContain("SISR", "ReID");
        assertThat(names(x, MentionKind.DATASET)).doesNotContain("SISR", "ReID");
    }

    @Test
    void aSingleNameAfterAModifierBeforePluralDatasetsNamesTheirDomain() {
        PaperExtraction x = extract("Tracking people",
                "We report results on several widely used MOTX benchmarks and on the Caltech and KITTI datasets.");
        assertThat(names(x, MentionKind.DATASET)).contains("Caltech", "KITTI").doesNotContain("MOTX");
    }

    @Test
    void namesListedLongAfterTheirDatasetNounAreDatasets() {
        PaperExtraction x = extract("Reading news",
                "Unlike earlier datasets, such as OceanLab NEWS/HarborWire, ours holds long answers.");
        assertThat(names(x, MentionKind.DATASET)).contains("HarborWire");
    }
    @Test
    void aProperNameForDataItemsIsADataset() {
        PaperExtraction x = extract("Questions from search logs",
                "We collect Frequently Typed Questions (FTQ), twenty million queries with answers. "
                        + "We also propose Sparse Matting for Moving Videos (SMMV), a matting method.");
        assertThat(names(x, MentionKind.DATASET)).contains("FTQ").doesNotContain("SMMV");
        assertThat(names(x, MentionKind.METHOD)).contains("SMMV");
    }

    @Test
    void aNameAfterACommaThatStartsTheMainClauseIsNotListed() {
        PaperExtraction x = extract("Explaining patches",
                "On the BirdSet and FlowerSet datasets, PatchLens achieves results close to the best methods. "
                        + "On image datasets like RiverScenes, PatchLens reconstruction beats older methods.");
        assertThat(names(x, MentionKind.DATASET)).contains("BirdSet", "FlowerSet", "RiverScenes").doesNotContain("PatchLens");
        assertThat(names(x, MentionKind.METHOD)).contains("PatchLens");
    }

    @Test
    void namesWithScoresInParenthesesStillEndInTheirListsHeadNoun() {
        PaperExtraction x = extract("Language models at scale",
                "Our model sets new results on the WikiText103 (10.2 perplexity) and QuillText (71% accuracy) datasets.");
        assertThat(names(x, MentionKind.DATASET)).contains("QuillText");
    }

    @Test
    void aTaskAbbreviationThePaperNamesItsMethodAfterIsKept() {
        PaperExtraction x = extract("One model for every camera",
                "We propose a unified person re-identification (UniReID) architecture for mixed cameras.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("UniReID");
        assertThat(names(x, MentionKind.METHOD)).contains("UniReID");
    }

    @Test
    void aScoreNamedAfterAnAttackOrARankDoesNotMakeADataset() {
        PaperExtraction x = extract("Robust networks",
                "Our networks reach state-of-the-art StormAttack robust accuracy and gain 4% in Rank-5 accuracy.");
        assertThat(names(x, MentionKind.DATASET)).doesNotContain("StormAttack", "Rank-5");
    }
    @Test
    void datasetCuesReadDataSetAsOneNounAndIeAsAListIntro() {
        PaperExtraction x = extract("Ranking with graphs",
                "Recall stays high on the GraphMatchX data set. We test on five datasets: Mutag, CAS 2, ProtX and "
                        + "NCI7. Gains are largest on the larger datasets, i.e., TileWorld and ShapeBox.");
        assertThat(names(x, MentionKind.DATASET)).contains("GraphMatchX", "CAS 2", "ProtX", "NCI7", "TileWorld", "ShapeBox");
    }

    @Test
    void aNewDatasetNamedAsTheSubjectOfItsSentenceIsADataset() {
        PaperExtraction x = extract("Sharper pictures",
                "For the challenge, a high-quality dataset PixHQ8 is released with two thousand images.");
        assertThat(names(x, MentionKind.DATASET)).contains("PixHQ8");
    }
    @Test
    void aShortFormDefinedForANovelPhraseIsProposed() {
        PaperExtraction x = extract("Better pooling for slides",
                "We build a novel MIL framework with soft tile pruning (STP-MIL). Messages pass through a novel "
                        + "Gated Relay Transformer (GRT) between tiles. Unlike a new relay network (NRN), it is exact. "
                        + "This paper proposes a novel method for cross-view geolocalization (CVGL).");
        assertThat(names(x, MentionKind.PROPOSED)).contains("STP-MIL", "GRT").doesNotContain("NRN", "CVGL");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("CVGL");
    }

    @Test
    void mappingTasksAreNoEntitiesButANetworkNamedAfterOneIs() {
        PaperExtraction x = extract("Layouts to pictures",
                "Free layout-to-image synthesis (LTIS) is hard. We train the Sketch-to-Photo Network (StPNet) for it.");
        assertThat(names(x, MentionKind.METHOD)).contains("StPNet").doesNotContain("LTIS");
    }

    @Test
    void anAndAfterAListClosedByOneStartsAClause() {
        PaperExtraction x = extract("Fashion retrieval",
                "Experiments run on two public benchmarks, i.e., StyleGen and StyleIQ, and ModaNet gets the best scores.");
        assertThat(names(x, MentionKind.DATASET)).contains("StyleGen", "StyleIQ").doesNotContain("ModaNet");
    }
    @Test
    void letterVersionsAndWordsJoinedByTwoAreCoined() {
        PaperExtraction x = extract("Graph features",
                "We embed nodes with walk2vec and encode images with a Perception-v3 network pre-trained on ImageNet.");
        assertThat(names(x, MentionKind.METHOD)).contains("walk2vec", "Perception-v3");
        assertThat(Names.isCoined("Dynamic-v")).isFalse();
        assertThat(Names.isCoined("log2")).isFalse();
    }
    @Test
    void aCapitalisedPhraseThatAnAppositionCallsAMethodIsAName() {
        PaperExtraction x = extract("Sampling text",
                "Our decoder builds on Kernel Nucleus Sampling, a simple but effective decoding method. "
                        + "Graph Neural Networks, a class of models, are compared. "
                        + "Warm Brew, a distillation approach, is the baseline.");
        assertThat(names(x, MentionKind.METHOD)).contains("Kernel Nucleus Sampling")
                .doesNotContain("Graph Neural Networks", "Warm Brew");
    }
    @Test
    void wordsOfATitleInTitleCaseAreNoListBeforeACapitalisedDatasetNoun() {
        PaperExtraction x = extract("Sharable Formats and Their Supporting Environments for Dictionaries",
                "We evaluate on the CelebA and Mountain datasets.");
        assertThat(names(x, MentionKind.DATASET)).contains("CelebA", "Mountain")
                .doesNotContain("Formats", "Their Supporting");
    }
    @Test
    void aNameThatSpellsTheWordsBeforeItInAnAppositionAfterATriggerIsProposed() {
        PaperExtraction x = extract("Smoothing with particles",
                "We design a new smoothing algorithm, the Lyonnaise particle Metropolis LPM sampler, for long series. "
                        + "We then propose TileDiff, a single-view NeRF synthesis framework.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("LPM", "TileDiff").doesNotContain("NeRF");
    }
    @Test
    void aNameAfterNamelyInAnAppositionAfterATriggerIsProposed() {
        PaperExtraction x = extract("Sorting gently",
                "We propose a relaxed sorting layer, namely SLIDE (Sorting by LIst DEcoding) ranking operator, "
                        + "for retrieval. We compare it with a baseline, namely BubbleRank, from prior work. We test on "
                        + "two recently released benchmarks, namely TideSort and KeyRank. We study a recently proposed "
                        + "model, ZetaSort, and a new proposed planner, DynaPlan-MPC.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("SLIDE", "DynaPlan-MPC")
                .doesNotContain("BubbleRank", "TideSort", "KeyRank", "ZetaSort");
    }
    @Test
    void aShortFormDefinedBeforeItsMethodNounIsProposedWithIt() {
        PaperExtraction x = extract("Biased features",
                "We introduce Label-Anchored Feature Tying (LAFT) training strategy for classifiers. We present a "
                        + "time-to-answer (TTA) foundation model called QuokkaNet. We derive a Majorise-Minimise (MM)-style "
                        + "algorithm.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("LAFT", "QuokkaNet").doesNotContain("TTA", "MM");
    }
    @Test
    void aNameBeforeAParticipleWrittenApartOnlyModifies() {
        PaperExtraction x = extract("Private selection",
                "We propose the first SMPC based protocol for feature selection. We also introduce HushTune, a BERT "
                        + "style adapter. We propose a LoRA style adapter. We propose QuietSAM based on SAM.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("HushTune", "QuietSAM").doesNotContain("SMPC", "LoRA", "BERT");
    }
    @Test
    void anAbbreviatedAdjectiveWithNoNounAfterItIsAProperty() {
        PaperExtraction x = extract("Private counting",
                "Our counters are mergeable, locally private (LP), and small. We study first switch dependent (FSD) "
                        + "bandits with a practical mean actor-critic (MAC) learner.");
        assertThat(names(x, MentionKind.METHOD)).contains("FSD", "MAC").doesNotContain("LP");
    }
    @Test
    void aNameGivenForShortAfterATriggerIsProposedHoweverLongThePhrase() {
        PaperExtraction x = extract("Weighted scores",
                "We propose a light and model-agnostic framework that improves structure learning by adaptively "
                        + "learning sample weights for the Balanced Edge Score function, BalScore for short, with "
                        + "little cost. Deep belief networks, DBNets for short, are older.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("BalScore").doesNotContain("DBNet", "DBNets");
    }
    @Test
    void wordsOfATitleInCapitalsAreNamesOnlyWhereTheAbstractWritesThemSo() {
        PaperExtraction x = extract("IDEA WEAVING: A PATIENT ROUTE TO HARDER PUZZLES WITH RoBERTa AND WVX",
                "Language models stumble on puzzles. We propose Idea Weaving (IW), which reuses solved puzzles, and "
                        + "test it with WVX.");
        assertThat(names(x, MentionKind.METHOD)).contains("IW", "RoBERTa", "WVX")
                .doesNotContain("PATIENT", "ROUTE", "HARDER", "PUZZLES", "WITH", "AND");
    }
    @Test
    void aVariantListedBesideAProposedVariantOfAProposedMethodIsProposed() {
        PaperExtraction x = extract("Rewarded tuning",
                "We present Gradient Reward Tuning (GRT), a method for tuning samplers. We then propose two variants "
                        + "of GRT: GRT-S, which stops gradients early, and GRT-V, which lowers variance. Unlike "
                        + "PPO-M and PPO-X, GRT needs no critic.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("GRT", "GRT-S", "GRT-V").doesNotContain("PPO-M", "PPO-X");
    }
    @Test
    void aNameAfterOfCompletesAnotherNounUnlessThatNounMakesSomething() {
        PaperExtraction x = extract("Revisiting Meta Learning: a view from optimisation",
                "Our analysis establishes the global optimality of REPTILE-X. We propose the use of TikLang. We "
                        + "further introduce the concept of Braid States. We propose three new variants of SimCLR-Z "
                        + "for speed. We also propose a lightweight variant QuickBraid.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("Braid States", "QuickBraid")
                .doesNotContain("REPTILE-X", "TikLang", "Revisiting Meta Learning", "SimCLR-Z");
    }
    @Test
    void numberFormatsAndBitWidthsAreNoNames() {
        PaperExtraction x = extract("Small weights",
                "We propose TinyQuant, which stores INT4 and Int8 weights, runs W4A16 and W8A8 kernels with FP16 "
                        + "and BF16 activations, and beats GPTQ.");
        assertThat(names(x, MentionKind.METHOD)).contains("TinyQuant", "GPTQ")
                .doesNotContain("INT4", "Int8", "W4A16", "W8A8", "FP16", "BF16");
    }
    @Test
    void capitalisedWordsBeforeAConceptsAcronymNameAVariantOfIt() {
        PaperExtraction x = extract("Sparse dictionaries",
                "Sparse autoencoders (SAEs) learn features. For example, BestK SAEs fix the number of features, "
                        + "and we propose Shared Budget SAEs instead. Deep SAEs, Mamba SSMs, Hierarchical SAEs and "
                        + "Attention Probe SAEs are compared with Lantern SAEs.");
        assertThat(names(x, MentionKind.METHOD)).contains("BestK SAE", "Shared Budget SAE", "Lantern SAE")
                .doesNotContain("Deep SAE", "Mamba SSM", "Hierarchical SAE", "SAE");
        assertThat(names(x, MentionKind.PROPOSED)).contains("Shared Budget SAE");
    }
    @Test
    void aCapitalisedNounBeforeAMethodOrDatasetNounNamesIt() {
        PaperExtraction x = extract("Finding patterns",
                "To find good rules, we develop the efficient Quorum algorithm. It is tested on the challenging "
                        + "Marble benchmark, and compared with the Bayesian method, the Monte Carlo method, a Python "
                        + "library and the Large benchmark.");
        assertThat(names(x, MentionKind.METHOD)).contains("Quorum").doesNotContain("Bayesian", "Carlo", "Python");
        assertThat(names(x, MentionKind.DATASET)).containsExactly("Marble");
        assertThat(names(x, MentionKind.PROPOSED)).containsExactly("Quorum");
    }
    @Test
    void wordsOfVariablesInMathematicsAreNoNamesButTextThereIs() {
        PaperExtraction x = extract("Regret of planners",
                "We prove a regret of $O(\\sqrt{HSAT} + (K+L)\\log(SAHT))$ for QuillPlan, where $\\IBE$ is small. "
                        + "We propose tempered weight rounding ($\\rm TempRound$) and $BlockGD(\\lambda)$, picked by "
                        + "AIC, on $\\texttt{MNIST, SVHN, CelebA}$ with 8 GB of VRAM.");
        assertThat(names(x, MentionKind.METHOD)).contains("QuillPlan", "TempRound", "BlockGD")
                .doesNotContain("HSAT", "K+L", "SAHT", "IBE", "AIC", "VRAM");
        assertThat(names(x, MentionKind.DATASET)).contains("SVHN");
    }
    @Test
    void aNamedPhraseBeforeANameInParenthesesSpellsItOutThoughItsLettersDoNot() {
        PaperExtraction x = extract("Judging pictures",
                "We introduce the Picture-Prompt Agreement Audit (P2A) benchmark of prompts. We also propose Quiet "
                        + "Rollout Sharing (QRS-Plus). Quiet Rollout Sharing beats the Decision Transformer, and the "
                        + "Pocket Decision Transformer (PDT) beats both.");
        assertThat(names(x, MentionKind.DATASET)).containsExactly("P2A");
        assertThat(names(x, MentionKind.METHOD)).contains("QRS-Plus", "PDT", "Decision Transformer")
                .doesNotContain("Quiet Rollout Sharing", "Picture-Prompt Agreement Audit");
        assertThat(names(x, MentionKind.PROPOSED)).containsExactlyInAnyOrder("P2A", "QRS-Plus");
    }
    @Test
    void aTitleCasePhraseWhoseInitialsAreANameOfThePaperSpellsItOut() {
        PaperExtraction x = extract("Lantern Route Planning: Scaling Agents through Space",
                "We plan with Lantern to Route Planning models conditioned on language (LRP). LRP is fast. This paper "
                        + "also presents an improved Quiet Cross-Modal Matching (named QCMM++).");
        assertThat(names(x, MentionKind.METHOD)).contains("LRP", "QCMM++")
                .doesNotContain("Lantern Route Planning", "Quiet Cross-Modal Matching");
        assertThat(names(x, MentionKind.PROPOSED)).contains("LRP");
    }
    @Test
    void aLowerCaseActivityAbbreviatedIsNoNameThoughItsHeadIsHyphenated() {
        PaperExtraction x = extract("Tuning assistants",
                "Chat models learn by instruction-finetuning (IFT) and by supervised finetuning (SFT). We propose "
                        + "Pruned Rollout Finetuning (PRF) and compare it with Q-learning (QL).");
        assertThat(names(x, MentionKind.METHOD)).contains("PRF", "QL").doesNotContain("IFT", "SFT");
    }
    @Test
    void aBenchmarksNameKeepsItsShapeWithAVersionNumber() {
        PaperExtraction x = extract("Searching architectures",
                "Our search is checked against NAS-Bench-101, NAS-Bench-201 and HPO-Bench.");
        assertThat(names(x, MentionKind.DATASET)).contains("NAS-Bench-101", "NAS-Bench-201", "HPO-Bench");
    }
    @Test
    void aNameInAppositionBeforeAPassiveProposalVerbIsProposed() {
        PaperExtraction x = extract("Faster federated training",
                "Previously, a robust defense, OldGuard, was proposed for this. Here a decoupled adaptive method, "
                        + "FedQuill, is developed on top of the federated learning (FL) framework, and a new baseline, "
                        + "called as sparse shrunk quill models (SSQM), is proposed. Bounds on OldGuard are established "
                        + "by our analysis, and a new metric, qFID, is presented. We also report our new metric, quill "
                        + "drift convergence (QDC).");
        assertThat(names(x, MentionKind.PROPOSED)).containsExactlyInAnyOrder("FedQuill", "SSQM");
        assertThat(names(x, MentionKind.METHOD)).contains("OldGuard").doesNotContain("FL", "qFID", "QDC");
    }
    @Test
    void namesListedAfterATaskAndRemadeKnownDatasetsAreDatasets() {
        PaperExtraction x = extract("Spiking augmentation",
                "QuillNet is strong on gesture tasks including Zorblat-7, N-Caltech101 and Split-MNIST, and on the "
                        + "action recognition task DV-Frobs. For this task, QuillNet needs no labels.");
        assertThat(names(x, MentionKind.DATASET)).containsExactlyInAnyOrder("Zorblat-7", "N-Caltech101",
                "Split-MNIST", "DV-Frobs");
        assertThat(names(x, MentionKind.METHOD)).containsExactly("QuillNet");
    }

    @Test
    void namesAfterOnInSentencesThatMatchBeatOrAchieveAreDatasets() {
        PaperExtraction x = extract("Quill matching",
                "QuillNet achieves 71% on Zorblax-1500 and matches FeatherNet on KnowQuill.");
        assertThat(names(x, MentionKind.DATASET)).containsExactlyInAnyOrder("Zorblax-1500", "KnowQuill");
        assertThat(names(x, MentionKind.METHOD)).containsExactlyInAnyOrder("QuillNet", "FeatherNet");
        PaperExtraction compared = extract("Quill matching",
                "Our model reaches similar accuracy on ImageNet as FeatherNet, and we test on CIFAR-10 as well as "
                        + "Zorblax-9.");
        assertThat(names(compared, MentionKind.METHOD)).containsExactly("FeatherNet");
        assertThat(names(compared, MentionKind.DATASET)).containsExactlyInAnyOrder("ImageNet", "CIFAR-10", "Zorblax-9");
    }

    @Test
    void aKnownModelWithAVersionAndASizeIsOneName() {
        PaperExtraction x = extract("Small reasoners",
                "We fine-tune Llama-3.1-8B, Llama-2-7B and Llama-3-70B-Instruct on GSM8K and compare them on GPQA "
                        + "and IFEval. We further evaluate on SWE-bench Verified and HumanEval+ with DPO baselines.");
        assertThat(names(x, MentionKind.METHOD)).containsExactlyInAnyOrder("Llama-3.1-8B", "Llama-2-7B",
                "Llama-3-70B-Instruct", "DPO");
        assertThat(names(x, MentionKind.DATASET)).containsExactlyInAnyOrder("GSM8K", "GPQA", "IFEval", "SWE-bench",
                "HumanEval+");
    }

    @Test
    void topicsSetOffAfterTheirNounQuantitiesAndNormsAreNoNames() {
        PaperExtraction x = extract("Teaching quills",
                "We study a more general task -- Nonparametric Iterative Quill Teaching (NIQT), which teaches quills. "
                        + "We bound the iterative teaching dimension (ITD) of QuillNet under perturbation models "
                        + "(L-infinity and L-2). QuillNet has three modules for quill tasks: Multi-scale Quill "
                        + "Fusion (MQF) for denoising and Quill Merging (QM) for merging.");
        assertThat(x.mentions()).extracting(Mention::name).doesNotContain("NIQT", "ITD", "L-2", "L-infinity");
        assertThat(names(x, MentionKind.METHOD)).contains("QuillNet", "MQF", "QM");
    }

    @Test
    void notationInParenthesesAndClassesOfGamesAreNoNames() {
        PaperExtraction x = extract("Quill graphs",
                "We embed the vertices of a quill graph G=(V_G, E_G) with error T^{2/3}. We study stochastic quill "
                        + "games (SQGs) with QuillNet. SQGs model duels, and the Quill Sparring Games (QSG) benchmark "
                        + "has ten duels.");
        assertThat(x.mentions()).extracting(Mention::name).doesNotContain("V_G", "SQG", "T^{2/3}");
        assertThat(names(x, MentionKind.DATASET)).containsExactly("QSG");
    }

    @Test
    void definitionsProposedAfterJoinedAdjectivesOrTypedByAnAppositionAreNames() {
        PaperExtraction x = extract("Quill control",
                "Building upon deep quill control (DQC), a recently proposed quill assignment method, we study quills. "
                        + "In quill domain adaptation (QDA), a model trained on one farm fails on another. We propose a "
                        + "simple yet effective method, Offline Quill Ranking with Feather Sorting (OQRFS), which "
                        + "sorts quills.");
        assertThat(names(x, MentionKind.METHOD)).contains("DQC", "OQRFS").doesNotContain("QDA");
        assertThat(names(x, MentionKind.PROPOSED)).containsExactly("OQRFS");
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
    void aNameThatAnAppositionCallsAnOrganisationIsNeitherMethodNorDataset() {
        PaperExtraction x = extract("Transcribing Quill Interviews",
                "We transcribe interviews gathered by QuillTalk, a national organization that records farmers. "
                        + "QuillTalk shares the recordings, and FeatherNet, a small speech recognition model, "
                        + "transcribes them.");
        assertThat(x.mentions()).extracting(Mention::name).doesNotContain("QuillTalk");
        assertThat(names(x, MentionKind.METHOD)).contains("FeatherNet");
    }

    @Test
    void aLongFormAfterAnOptionalWordInParenthesesIsStillProposedByTheTriggerBeforeIt() {
        PaperExtraction x = extract("Sorting quills",
                "In this work, we develop the (Stochastic) Forward-Backward Quill Variational Inference (FB-QVI) "
                        + "algorithm to sort quills by length.");
        assertThat(names(x, MentionKind.PROPOSED)).containsExactly("FB-QVI");
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
    void aTitleSloganBeforeAColonIsNoNameUnlessTheAbstractUsesIt() {
        PaperExtraction slogan = extract("Order Matters: Sorting Quills Before Counting Them",
                "We sort quills by length before counting them and count faster.");
        assertThat(slogan.mentions()).extracting(Mention::name).doesNotContain("Order Matters");
        PaperExtraction yours = extract("Know Your Quills: A Census of Feathers",
                "We present KYQ, a census of quills.");
        assertThat(names(yours, MentionKind.PROPOSED)).contains("KYQ");
        PaperExtraction name = extract("Quill Tuning: Sorting Quills Before Counting Them",
                "We sort quills by length before counting them and count faster.");
        assertThat(names(name, MentionKind.PROPOSED)).containsExactly("Quill Tuning");
        PaperExtraction imperative = extract("Catch Missing Details: Image Reconstruction with Quill Codes",
                "Quill codes lose detail as the rate grows. We add a module that restores it.");
        assertThat(imperative.mentions()).extracting(Mention::name).doesNotContain("Catch Missing Details");
    }

    @Test
    void namesListedWithDatasetsAreDatasetsUnlessAMethodNounListsThem() {
        PaperExtraction x = extract("Reading forms",
                "QuillNet improves on FROBS (0.71 → 0.80), Zentax-5 (0.62 → 0.70) and DocVQA (0.72 → 0.86). "
                        + "On ImageNet-1K, QuillNet-Base needs fewer operations. We compare two symbolic methods "
                        + "NSQL and KoraVQA, and the GPT-3.5-turbo-16k and LlaMix models.");
        assertThat(names(x, MentionKind.DATASET)).containsExactlyInAnyOrder("FROBS", "Zentax-5", "DocVQA",
                "ImageNet-1K", "KoraVQA");
        assertThat(names(x, MentionKind.METHOD)).containsExactlyInAnyOrder("QuillNet", "QuillNet-Base", "NSQL",
                "GPT-3.5-turbo-16k", "LlaMix");
    }

    @Test
    void namesInParenthesesAfterTheTasksOfAListAreTypedLikeEachOther() {
        PaperExtraction x = extract("Bridging decoders",
                "Tests on question generation (SQuAD 1.1), summarization (XSum), and dialogue generation (ChatQuill) "
                        + "show that QuillGen decodes faster. We also run image generation (QuillGAN) and text generation "
                        + "(GPT-2) with it.");
        assertThat(names(x, MentionKind.DATASET)).contains("ChatQuill").doesNotContain("QuillGAN");
        assertThat(names(x, MentionKind.METHOD)).contains("QuillGAN", "GPT-2").doesNotContain("ChatQuill");
    }

    @Test
    void proposalsAfterCoordinatedAdjectivesAndBeforeACoderButNotOthersProposals() {
        PaperExtraction x = extract("Coding quills",
                "Several works have proposed Quill Drift Bias (QDB) to explain this. First, we propose the Finite-State "
                        + "Quill (FSQ) entropy coder. Furthermore, we propose a novel, fully differentiable quill warping "
                        + "model (QWM) to align trials, and we proposeQuillNet, whose speed beats QDB. QuillNethas few "
                        + "weights, QuillNetmatches a QuillNet-optimized baseline, and QuillNet beats the baseline of Kim et "
                        + "al.~SODA 2019.");
        assertThat(names(x, MentionKind.PROPOSED)).containsExactlyInAnyOrder("FSQ", "QWM");
        assertThat(names(x, MentionKind.METHOD)).containsExactlyInAnyOrder("QDB", "FSQ", "QWM", "QuillNet");
    }
    @Test
    void theProposedNamesOursNotOthersAndOurVersionOfAFamousModelIsNoProposal() {
        PaperExtraction x = extract("Quill coding",
                "The recently proposed QuillGate and several works have proposed QuillDrop. We present a novel Selective "
                        + "QuillNet (i.e., QC2) model. Our compressed BERT and our tuned RoBERTa run over 29 API-based and "
                        + "open-sourced (OSS) models, and it employs proposed QuillNeck and our newly proposed QuillHead.");
        assertThat(names(x, MentionKind.PROPOSED)).containsExactlyInAnyOrder("QC2", "QuillNeck", "QuillHead");
        assertThat(names(x, MentionKind.METHOD)).contains("QuillGate", "QuillDrop", "BERT", "QC2");
    }
    @Test
    void problemsAreNoMethodsAndANovelAppositionAfterAListIsProposed() {
        PaperExtraction x = extract("Quill forests",
                "The minimum quill clustering (MQC) task is a Mixed Integer Quill Cone Programming (MIQCP) problem. "
                        + "This leads to Generative Quill Trees (GQTs) and Generative Quill Groves (GQGs), a family of novel "
                        + "hybrid models, tested on benchmarks of Zorblat-7 and Frobnik-3. Unlike QuillNet, a novel model, "
                        + "ours is fast, and a simple U-Net, a novel module is added.");
        assertThat(names(x, MentionKind.PROPOSED)).containsExactlyInAnyOrder("GQT", "GQG");
        assertThat(names(x, MentionKind.METHOD)).containsExactlyInAnyOrder("GQT", "GQG", "QuillNet", "U-Net");
        assertThat(names(x, MentionKind.DATASET)).containsExactlyInAnyOrder("Zorblat-7", "Frobnik-3");
    }
    @Test
    void aPhraseWhoseCapitalsSpellANameIsThatName() {
        PaperExtraction x = extract("QUIRA: Boosting Sampling with QUIll-RAnker",
                "We introduce a novel ranking framework named QUIRA, and evaluate QUIll-RAnker on TyDi QA.");
        assertThat(names(x, MentionKind.METHOD)).containsExactly("QUIRA");
        assertThat(names(x, MentionKind.DATASET)).containsExactly("TyDi QA");
        assertThat(Names.lentCapitals("Meta-Sampler")).isNull();
        assertThat(Names.lentCapitals("LEarning Across Dynamical Systems")).isEqualTo("LEADS");
    }
    @Test
    void formulatingAProblemOfAKnownKindProposesNothing() {
        PaperExtraction x = extract("Quill budgets",
                "Given a budget, we formulate a mixed-integer quill program (MIQP) for training, and we formulate a new "
                        + "quill solver, QuillSolve, for it.");
        assertThat(names(x, MentionKind.PROPOSED)).containsExactly("QuillSolve");
    }
    @Test
    void aTechniqueNamedAfterItsAuthorsWithAGeneralNounOrAPossessiveIsNamedWholeUnlessTheNameStandsAlone() {
        PaperExtraction x = extract("Quill solvers",
                "The state is updated by a Zorbov-Kessel solver. We compare with Marn's method and the Tesk algorithm. "
                        + "We find that LookWise speeds up training, and the LookWise algorithm needs no tuning.");
        assertThat(names(x, MentionKind.METHOD)).contains("Zorbov-Kessel solver", "Marn's method", "Tesk algorithm",
                "LookWise").doesNotContain("LookWise algorithm");
    }

    @Test
    void aWellKnownTechniqueWrittenOutIsAMethodButNoProposalInLowerCase() {
        PaperExtraction x = extract("Guided policies",
                "The agent is trained with Proximal Policy Optimization and layer normalization. "
                        + "We further propose noise-damped classifier-free guidance for sampling.");
        assertThat(names(x, MentionKind.METHOD)).contains("Proximal Policy Optimization", "layer normalization",
                "classifier-free guidance");
        assertThat(names(x, MentionKind.PROPOSED)).doesNotContain("classifier-free guidance");
    }

    @Test
    void aCapitalOpeningAnEnumeratedItemSaysNothingAndSuchAsGivesAnExample() {
        PaperExtraction x = extract("Sketches and scaling",
                "We find that: (i) Different LMs scale differently; (ii) Several masks hurt. Our design builds on "
                        + "widely implemented sketches such as QuillSketch.");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("Different LM").contains("QuillSketch");
        assertThat(names(x, MentionKind.PROPOSED)).doesNotContain("QuillSketch");
    }

    @Test
    void aDefinedNameWithItsMethodNounInThePassiveIsProposed() {
        PaperExtraction x = extract("Detecting interactions",
                "Based on this measure, a Persistent Link Finding (PLF) algorithm is developed to detect interactions. "
                        + "Specifically, an Instance-Aware Style Whitening framework is proposed to learn features.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("PLF").doesNotContain("Style Whitening");
    }

    @Test
    void andPresentReadAsAnAdjectiveStillMakesWhatFollows() {
        PaperExtraction x = extract("Attacks on transductive defences",
                "We propose the principle of attacking model space, and present Greedy Quill Attack (GQA), an attack "
                        + "framework. Past and present Quill Method (QM) variants are compared.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("GQA").doesNotContain("QM");
    }

    @Test
    void aHyphenatedModifierBeforeANameUsedEarlierMakesAVariantNotTheName() {
        PaperExtraction x = extract("Regularised search",
                "Skip connections dominate the cells found by QuillSearch. Then we propose a path-regularized "
                        + "QuillSearch that consists of two modules.");
        assertThat(names(x, MentionKind.METHOD)).contains("QuillSearch");
        assertThat(names(x, MentionKind.PROPOSED)).doesNotContain("QuillSearch");
    }

    @Test
    void aKnownDatasetOfTwoCodedWordsIsOneName() {
        PaperExtraction x = extract("Anomaly maps", "We reach 98% AUROC on MVTec AD and on NYU Depth-v2 depth maps.");
        assertThat(names(x, MentionKind.DATASET)).contains("MVTec AD", "NYU Depth-v2").doesNotContain("MVTec", "NYU");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("AD");
    }

    @Test
    void twoCodedWordsBeforeASingularDatasetNounAreOneDataset() {
        PaperExtraction x = extract("Multi-view stereo",
                "We evaluate on the QRS MVX dataset and probe BERT on the ConceptQ dataset.");
        assertThat(names(x, MentionKind.DATASET)).contains("QRS MVX").doesNotContain("QRS", "MVX");
        assertThat(names(x, MentionKind.METHOD)).contains("BERT");
    }

    @Test
    void aTitleOpeningWithAnActivityThatNarrowsAConceptNamesNothing() {
        PaperExtraction x = extract("Score-Based Generative Modeling with Damped Quill Diffusion",
                "We study sampling for generative models and propose QuillDiff, a new sampler.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("QuillDiff").doesNotContain("Score-Based Generative Modeling");
    }

    @Test
    void aTechniqueNamedAfterItsAuthorIsNamedWithItsNoun() {
        PaperExtraction x = extract("Quill solvers",
                "We propose QuillNet, which uses Zorbov acceleration, the Kessel-Marn closure, Gibbs sampling, Monte Carlo "
                        + "sampling, Lagrangian relaxation and Markov sampling, and solves Zorbov potential games.");
        assertThat(names(x, MentionKind.METHOD)).containsExactlyInAnyOrder("QuillNet", "Zorbov acceleration",
                "Kessel-Marn closure");
        assertThat(names(x, MentionKind.PROPOSED)).containsExactly("QuillNet");
    }
    @Test
    void aNameHyphenedToAModifierOrDatedByAnAdverbIsNoProposal() {
        PaperExtraction x = extract("Quill views",
                "We propose QuillNet, and we further propose a novel NeRF-guided distillation algorithm that finetunes the NeRF. "
                        + "We instantiate it for the recently introduced ZorbExplore algorithm.");
        assertThat(names(x, MentionKind.PROPOSED)).containsExactly("QuillNet");
        assertThat(names(x, MentionKind.METHOD)).containsExactlyInAnyOrder("QuillNet", "NeRF", "ZorbExplore");
    }
    @Test
    void devicesAreNoMethods() {
        PaperExtraction x = extract("Quill control",
                "QuillNet runs on an ARM Quark-M7 device with embedded ZipLace sensors and a Frobo2 robot, reads RAW "
                        + "images and is tested on the SPEC CPU benchmark suite.");
        assertThat(names(x, MentionKind.METHOD)).containsExactly("QuillNet");
        assertThat(names(x, MentionKind.DATASET)).containsExactly("SPEC");
    }
    @Test
    void aVenueInACitationAndAnAbbreviatedLawAreNoNames() {
        PaperExtraction x = extract("Clustering seeds",
                "The seeding of Kim and Lee (SODA 2019) and of Park et al., ICALP 2020, is fast, and the neural "
                        + "scaling law (NSL) holds for QuillNet on MS-COCO (COCO 2017).");
        assertThat(names(x, MentionKind.METHOD)).containsExactly("QuillNet");
        assertThat(names(x, MentionKind.DATASET)).contains("MS-COCO");
    }
    @Test
    void aPhenomenonIsNoMethodAndModelsOfAKnownDatasetAreTrainedOnIt() {
        PaperExtraction x = extract("Prompt norms",
                "We uncover a phenomenon, called the Short-Norm Effect, in prompts, and test the Lottery Ticket "
                        + "Hypothesis on ImageNet models.");
        assertThat(names(x, MentionKind.METHOD)).isEmpty();
        assertThat(names(x, MentionKind.PROPOSED)).isEmpty();
        assertThat(names(x, MentionKind.DATASET)).containsExactly("ImageNet");
    }
    @Test
    void aCapitalisedWordHyphenatedToAConceptsAcronymNamesAVariantOfIt() {
        PaperExtraction x = extract("Kernels on grids",
                "Gaussian processes (GPs) scale badly. Our approach, Lattice-GP, interpolates on a sparse grid. "
                        + "We compare it with Prism-VAEs, with Deep-GPs, with Hierarchical-GPs and with Meta-RL agents.");
        assertThat(names(x, MentionKind.METHOD)).contains("Lattice-GP", "Prism-VAE")
                .doesNotContain("Deep-GP", "Hierarchical-GP", "Meta-RL");
        assertThat(names(x, MentionKind.PROPOSED)).containsExactly("Lattice-GP");
    }
    @Test
    void whatANameIsSaidToBeOrToHoldTypesIt() {
        PaperExtraction x = extract("Pictures of food",
                "PlateNet-30 is a dataset of labelled dishes. SoupSet2 consists of 310k/25k train/test images. "
                        + "The corpus is split into four sub-datasets: KB2001, KB2002, KB2003 and KB2004. "
                        + "StewNet is a convolutional network.");
        assertThat(names(x, MentionKind.DATASET)).contains("PlateNet-30", "SoupSet2", "KB2001", "KB2004");
        assertThat(names(x, MentionKind.METHOD)).contains("StewNet");
    }
    @Test
    void theDataOfANameMakeItADataset() {
        PaperExtraction x = extract("Pedestrians",
                "We see gains on PedSynth simulated data and on the CrowdLab data, using ResNet-50 data augmentation.");
        assertThat(names(x, MentionKind.DATASET)).contains("PedSynth", "CrowdLab").doesNotContain("ResNet-50");
    }
    @Test
    void aLongFormBeforeItsShortFormIsNoNameOfItsOwn() {
        PaperExtraction x = extract("Steady training",
                "We propose Spike-Safe Adam with Gradient Reset SSAGR, a novel optimizer. Schemes such as those of "
                        + "eXtended PINNs (XPINN) are related.");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("Gradient Reset SSAGR", "eXtended PINN");
    }
    @Test
    void aParaphraseGapStopsAtAPreposition() {
        PaperExtraction x = extract("Views and pictures",
                "Training tasks generate views for an image. Depth maps are generated from a single image.");
        assertThat(x.mentions(MentionKind.CONCEPT)).extracting(Mention::name).doesNotContain("image-generation");
        PaperExtraction y = extract("Sharper pictures", "The sampler can generate high fidelity images quickly.");
        assertThat(y.mentions(MentionKind.CONCEPT)).extracting(Mention::name).contains("image-generation");
    }
    @Test
    void neuralDecodingForBrainComputerInterfacesIsNoTextGeneration() {
        PaperExtraction x = extract("Filtering with Applications to Human Neural Decoding",
                "Online decoding for brain-computer interfaces turns measured activity into cursor motion.");
        assertThat(x.mentions(MentionKind.CONCEPT)).extracting(Mention::name).doesNotContain("text-generation");
    }
    @Test
    void everyNameConjoinedInAnAppositionAfterATriggerIsProposedAndConceptWordsMayQualifyAVariant() {
        PaperExtraction x = extract("Sparse dictionaries",
                "Sparse autoencoders (SAEs) learn features. We propose two new SAE variants, Token Budget SAEs and "
                        + "Shared Budget SAEs. We study Attention Probe SAEs and Attention SAEs.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("Token Budget SAE", "Shared Budget SAE");
        assertThat(names(x, MentionKind.METHOD)).contains("Attention Probe SAE").doesNotContain("Attention SAE");
    }

    @Test
    void aVersionWrittenApartBelongsToItsNameButAScoreDoesNot() {
        PaperExtraction x = extract("Chat evaluation",
                "Judges score our assistant on the ChatJudge 2.0 benchmark and on MT-Bench, against PalmBot v3. "
                        + "Earlier tests on SceneBench V1 and V2 gave 4.5x fewer errors than KangaNet 3.2 FID "
                        + "and ImageNet 1.5 % gains; SceneBench scores rose.");
        assertThat(names(x, MentionKind.DATASET)).contains("ChatJudge 2.0", "MT-Bench", "SceneBench V1", "ImageNet")
                .doesNotContain("V2", "ImageNet 1.5");
        assertThat(names(x, MentionKind.METHOD)).contains("PalmBot v3", "KangaNet").doesNotContain("V2", "KangaNet 3.2");
    }

    @Test
    void aNameOpeningANumberedItemAfterATriggerAndAColonIsProposed() {
        PaperExtraction x = extract("Budgeted sampling",
                "We propose two ideas: 1) noise-based search, widening the pool, and 2) Tidal Step Allocation (TSA), "
                        + "a schedule for compute. Baselines fall into two groups: (i) BeamFlow and (ii) others.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("TSA").doesNotContain("BeamFlow");
    }

    @Test
    void theItemsOfAListAfterATriggerThatCountsItsObjectAreProposed() {
        PaperExtraction x = extract("Couplings for flows",
                "We propose two new couplings: 1) the Grouped Noise Coupling (GN-Coupling) derived from the noise "
                        + "schedule and 2) the Coupling with Shared Scales (Coupling-SS). We present two novel modules: "
                        + "Ranked Margin Pooling (RMP) and Adaptive Pull Attention (APA). We also design three strategies: "
                        + "warmup, pruning and averaging, to explore the Quorra Margin (QM) objective.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("GN-Coupling", "Coupling-SS", "RMP", "APA")
                .doesNotContain("QM");
    }

    @Test
    void aTitleNameHoldingConceptWordsNamesOnlyWhenTheAbstractIntroducesItAgain() {
        PaperExtraction named = extract("Momentum Sampling: Faster Diffusion Samplers",
                "Samplers are slow. We propose a new sampling scheme, momentum sampling, that reuses past steps.");
        assertThat(names(named, MentionKind.PROPOSED)).contains("Momentum Sampling");
        PaperExtraction described = extract("Momentum Sampling: Faster Diffusion Samplers",
                "Samplers are slow. We study how momentum sampling behaves on small grids.");
        assertThat(names(described, MentionKind.PROPOSED)).doesNotContain("Momentum Sampling");
    }

    @Test
    void aCapitalisedNameInAppositionAfterATriggerIsNamedWhole() {
        PaperExtraction x = extract("Lattice fermions",
                "We present a neural wavefunction, Lattice-Boson FlowNet, and use it for gauge fields. Updates follow "
                        + "averaged SGD (or A-SGD), unlike ViT-B backbones.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("Lattice-Boson FlowNet");
        assertThat(names(x, MentionKind.METHOD)).contains("A-SGD").doesNotContain("FlowNet", "ViT-B");
    }

    @Test
    void aTitleNameMayEndInPluses() {
        PaperExtraction x = extract("RIVER++: Faster Implicit Video Codecs", "We improve the RIVER decoder.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("RIVER++");
    }

    @Test
    void aProposalMayPassAdjectivesJoinedByACommaButNotAnAnalysis() {
        PaperExtraction x = extract("Stable diagonal models",
                "We introduce a generic, backward-stable \"rotate-then-project\" (RTP) methodology for such models. "
                        + "We also propose a new, simplified analysis of RMSProp.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("RTP").doesNotContain("RMSProp");
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
    void aLowerCaseVariantOfAnAcronymInAppositionAfterATriggerIsProposed() {
        PaperExtraction x = extract("Ordered generators",
                "We design a new kind of generative model, the ordered GAN, which sorts its samples.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("ordered GAN");
    }

    @Test
    void anInstanceOfAProposedMethodIsProposed() {
        PaperExtraction x = extract("Faster samplers",
                "We propose Denoising Chains (DNC). We show that Tempered Gibbs Steps (TGS), an instance of DNC, "
                        + "speeds up sampling, while Langevin Steps (LS), an instance of MCMC, does not.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("DNC", "TGS").doesNotContain("LS");
    }

    @Test
    void aNameWrittenInsideTheProposedNameIsNotProposed() {
        PaperExtraction x = extract("Layered transforms",
                "Projections come from the Fourier Slice Operator (FSO). We introduce Stacked Fourier Slice Operator "
                        + "(SFSO), which applies FSO variants in turn.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("SFSO").doesNotContain("FSO");
        assertThat(names(x, MentionKind.METHOD)).contains("FSO", "SFSO");
    }

    @Test
    void aMakingVerbConjoinedWithTheVerbBeforeTheNameProposesIt() {
        PaperExtraction x = extract("Cascades",
                "We design and analyze RankPick, an algorithm for choosing items. We further present and discuss "
                        + "TopPick as a special case of RankPick.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("RankPick").doesNotContain("TopPick");
    }

    @Test
    void whatSomethingIsFormulatedAsIsNotProposedButWhatItIsNamedAsIs() {
        PaperExtraction x = extract("Games as programs",
                "We formulate the matching problem as a quadratic assignment program (QAP). "
                        + "We term the resulting defense as GuardNet.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("GuardNet").doesNotContain("QAP");
    }

    @Test
    void aShortFormFollowedByAHyphenatedSuffixModifiesItsNoun() {
        PaperExtraction x = extract("Bandits",
                "We propose novel lower regret bound (LRB)-type algorithms. Our method---called sliced "
                        + "kernel averaging (SKA)---is fast.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("SKA").doesNotContain("LRB");
    }

    @Test
    void aShortFormForWhatTheAuthorsProposeToDoIsTheirMethod() {
        PaperExtraction x = extract("Kernels from data",
                "We propose to meta-learn a kernel from offline data (Meta-KeR). Meta-KeR is accurate.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("Meta-KeR");
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
    void aNameCalledPopularIsUsedNotProposed() {
        PaperExtraction x = extract("Robust densities",
                "We introduce a robust estimator combining the popular Kernel Density Estimation method and the "
                        + "Median-of-Means principle.");
        assertThat(names(x, MentionKind.PROPOSED)).doesNotContain("Kernel Density Estimation");
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
    void aNameGluedToTheLastWordOfTheSentenceBeforeIsFoundAlone() {
        PaperExtraction x = extract("Fast attention", "The bounds hold when entries are small.HyperMix runs in linear time.");
        assertThat(names(x, MentionKind.METHOD)).contains("HyperMix").noneMatch(n -> n.contains("."));
        Mention m = x.mentions(MentionKind.METHOD).stream().filter(n -> n.name().equals("HyperMix")).findFirst().orElseThrow();
        assertThat(m.surface()).isEqualTo("HyperMix");
    }

    @Test
    void theLastHeadNounOfAnAppositionTypesTheName() {
        PaperExtraction x = extract("Games and homes",
                "We present Game Theoretic Second-Order Optimizer (GTSO), a robust game theoretic optimizer. "
                        + "We build HomeSim-Social, a multi-agent household environment.");
        assertThat(names(x, MentionKind.METHOD)).contains("GTSO");
        assertThat(names(x, MentionKind.DATASET)).contains("HomeSim-Social").doesNotContain("GTSO");
    }

    @Test
    void theSplitsOfADatasetThePaperNamesAreDatasetsButAModelNamedAfterItIsNot() {
        PaperExtraction x = extract("Code shelves",
                "We introduce the CodeShelf benchmark. It has three tasks, CodeShelf-R, CodeShelf-C and CodeShelf-P, "
                        + "which CodeShelf-CLIP solves best.");
        assertThat(names(x, MentionKind.DATASET)).contains("CodeShelf", "CodeShelf-R", "CodeShelf-C", "CodeShelf-P");
        assertThat(names(x, MentionKind.METHOD)).contains("CodeShelf-CLIP");
    }

    @Test
    void citedAuthorsAndVenuesAreNoNames() {
        PaperExtraction x = extract("Slice samplers",
                "Our sampler beats slice sampling (MacKay, 2003), the method of DeGroot et al. and the bound of "
                        + "(McCallum and Li, 2019) from STOC, like RunSlice does.");
        assertThat(names(x, MentionKind.METHOD)).contains("RunSlice").doesNotContain("MacKay", "DeGroot", "McCallum", "STOC");
    }

    @Test
    void aNameBetweenDashesAfterATriggerIsProposedWhenTheDashesSetOffSomethingNew() {
        PaperExtraction x = extract("Detecting shifts",
                "We present a novel approach for this task -- Lift, Map, Detect (LMD) -- that uses diffusion. "
                        + "We present efforts towards linking two resources -- WordNet and FrameNet -- for study.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("LMD").doesNotContain("WordNet", "FrameNet");
    }

    @Test
    void formulatingANamedProblemDoesNotProposeIt() {
        PaperExtraction x = extract("Off-policy",
                "We formulate OPE and OPL using stratification. We formulate a new loss, BarLoss, for ranking.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("BarLoss").doesNotContain("OPE", "OPL");
    }

    @Test
    void aCapitalisedTaskTheAuthorsIntroduceIsNoMethod() {
        PaperExtraction x = extract("Debates",
                "We introduce the task of Debate Topic Widening, along with a dataset. We introduce Topic Widener Nets.");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("Debate Topic Widening").contains("Topic Widener Nets");
    }

    @Test
    void aNameAfterIdEstRenamesAllThatTheTriggerGoverns() {
        PaperExtraction x = extract("Moving frames",
                "We propose solving PDEs on a moving frame of reference, i.e., MFNets, as a remedy.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("MFNet");
    }

    @Test
    void everyNameOfAListBeforeDataIsADataset() {
        PaperExtraction x = extract("Crowd forecasting",
                "Errors fall by 16% in CRWD and Harbourview real pedestrian data, unlike with PedNet.");
        assertThat(names(x, MentionKind.DATASET)).contains("CRWD");
        assertThat(names(x, MentionKind.METHOD)).contains("PedNet").doesNotContain("CRWD");
    }

    @Test
    void aNameThatStartsAClauseAfterCommaAndIsNoEvaluationSet() {
        PaperExtraction x = extract("Multi-view detection",
                "Experiments are conducted on StreetScenes, and PolarDet achieves the best score. "
                        + "Experiments on CityRoads and HarbourSet show gains.");
        assertThat(x.mentions(MentionKind.DATASET)).extracting(Mention::name).doesNotContain("PolarDet")
                .contains("StreetScenes", "CityRoads", "HarbourSet");
    }

    @Test
    void aWellKnownDatasetWithSymbolsInItsNameIsOneName() {
        PaperExtraction x = extract("Skeleton actions", "Our encoder is pretrained on NTU RGB+D and tested on 3DPW.");
        assertThat(names(x, MentionKind.DATASET)).contains("NTU RGB+D", "3DPW").doesNotContain("NTU", "RGB+D");
    }

    @Test
    void namingVerbsGenericActivitiesAndClassifyingAppositionsMakeNoNames() {
        PaperExtraction x = extract("Meta-learning heads",
                "We propose a novel meta-learning algorithm, called HOLD (Head Only Learning Delay), which freezes "
                        + "the body. Unlike temporal difference (TD) learning, TD learning here is offline. "
                        + "We present FerretNet, an OCM that finds slices.");
        assertThat(names(x, MentionKind.METHOD)).contains("HOLD", "TD", "FerretNet")
                .doesNotContain("called HOLD", "TD learning");
        assertThat(names(x, MentionKind.PROPOSED)).contains("HOLD", "FerretNet").doesNotContain("OCM");
    }

    @Test
    void aNameTheTextCallsAMetricIsAMetricWhereverItIsWritten() {
        PaperExtraction x = extract("Judging forecasts",
                "We introduce the Mean Spread Radius (MSR) metric. Our MSR/MSD objective favours tight forecasts. "
                        + "We evaluate on GLUE and reach a GLUE score of 80.");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("MSR");
        assertThat(names(x, MentionKind.DATASET)).doesNotContain("MSR").contains("GLUE");
    }

    @Test
    void aNameBeforeAConditionPhenomenonOrHypothesisIsNoMethod() {
        PaperExtraction x = extract("Collapse and descent",
                "Under the PL condition, QuillDescent converges. The Neural Collapse (NC) phenomenon and the GLT hypothesis "
                        + "explain it. QuillGen conditions on text prompts.");
        assertThat(names(x, MentionKind.METHOD)).contains("QuillDescent", "QuillGen").doesNotContain("PL", "NC", "GLT");
    }

    @Test
    void aNameSaidToBeAQuotedMeasureIsAMetric() {
        PaperExtraction x = extract("Bounds on tail losses",
                "Expected Tail Spread (ETS) is a 'coherent risk measure' that generalizes the mean. We bound the ETS "
                        + "of learners trained with QuillBoost, a boosting method.");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("ETS").contains("QuillBoost");
    }

    @Test
    void aTitleCasePhraseBeforeAMethodOrDatasetNounNamesIt() {
        PaperExtraction x = extract("Tuning for pruning",
                "We tune the Flatness Seeking Descent method with the Curved Ridge sampler and report results on the "
                        + "Harbor Lights dataset. An Off-Policy Reinforcement Learning algorithm, a Hierarchical Bayesian "
                        + "framework and a Word Sense Disambiguation system serve as baselines, as do Deep Mixture models.");
        assertThat(names(x, MentionKind.METHOD)).contains("Flatness Seeking Descent", "Curved Ridge")
                .doesNotContain("Off-Policy Reinforcement Learning", "Hierarchical Bayesian", "Word Sense Disambiguation",
                        "Deep Mixture");
        assertThat(names(x, MentionKind.DATASET)).contains("Harbor Lights");
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
    void aDefinitionInAppositionToOurMethodNounIsTheAuthorsNamedMethod() {
        PaperExtraction x = extract("Imitation from one demonstration",
                "Our proposed algorithm, Paired Flow Imitation Learning (PFIL), matches the expert with one trajectory.");
        assertThat(names(x, MentionKind.METHOD)).contains("PFIL");
        assertThat(names(x, MentionKind.PROPOSED)).containsExactly("PFIL");
    }

    @Test
    void aTitleCasePhraseInAppositionToOurMethodOrDatasetNounNamesIt() {
        PaperExtraction x = extract("Oblique trees and trails",
                "Our algorithm, Grove Alternating Refinement, learns oblique trees. Our collected outdoor dataset, "
                        + "Quiet Ridges, covers ten trails. Our results, Table Two, are strong.");
        assertThat(names(x, MentionKind.METHOD)).contains("Grove Alternating Refinement").doesNotContain("Table Two");
        assertThat(names(x, MentionKind.DATASET)).contains("Quiet Ridges");
        assertThat(names(x, MentionKind.PROPOSED)).contains("Grove Alternating Refinement", "Quiet Ridges");
    }

    @Test
    void glossesListsAndFunctionWordsWithCapitalsMakeNoNames() {
        PaperExtraction x = extract("Fast agents",
                "We present an agent called FLARE (Fast, Lean Actor-Replay Engine) and a Merge aNd Split framework, "
                        + "abbreviated as MNS. We improve on standard graph datasets: For example, accuracy rises. "
                        + "Datasets, Code and Prompts are released.");
        assertThat(names(x, MentionKind.METHOD)).contains("FLARE").doesNotContain("Fast", "aNd", "Split");
        assertThat(names(x, MentionKind.DATASET)).doesNotContain("For", "Code", "Prompts");
        assertThat(names(x, MentionKind.PROPOSED)).doesNotContain("Fast", "aNd");
    }

    @Test
    void addressesAndGerundTitlesNameNothingAndNamesListedBeforeATaskAreItsBenchmarks() {
        PaperExtraction x = extract("Tackling Label Drift: A Unified Framework for Streaming Classifiers",
                "We develop a general framework for streaming classifiers. FlipNet shows gains in RelBank and TACOS "
                        + "relation classification. Code is at github.com/someone/FlipNetCode and www.example.org/FlipPage.");
        assertThat(names(x, MentionKind.METHOD)).contains("FlipNet")
                .doesNotContain("Tackling Label Drift", "github.com/someone/FlipNetCode", "RelBank", "TACOS");
        assertThat(names(x, MentionKind.DATASET)).contains("RelBank", "TACOS");
        assertThat(names(x, MentionKind.PROPOSED)).doesNotContain("Tackling Label Drift");
    }

    @Test
    void aConceptsAcronymDefinedForSomethingElseIsANameAndNoMentionOfTheConcept() {
        PaperExtraction own = extract("Forgetting-free learners",
                "We propose a continual learning framework called Ideal Continual Learner (ICL). ICL never forgets.");
        assertThat(names(own, MentionKind.METHOD)).contains("ICL");
        assertThat(names(own, MentionKind.CONCEPT)).doesNotContain("in-context-learning");
        PaperExtraction theConcept = extract("Prompting", "Large language models show in-context learning (ICL). "
                + "We study how ICL emerges, and why convolution neural networks (CNNs) lack it.");
        assertThat(names(theConcept, MentionKind.METHOD)).doesNotContain("ICL", "CNN");
        assertThat(names(theConcept, MentionKind.CONCEPT)).contains("in-context-learning", "convolutional-neural-network");
    }

    @Test
    void aCapitalisedDatasetNounEndsTheDatasetsName() {
        PaperExtraction x = extract("Parsing harbours",
                "We train on the Harbor Ships Dataset and the Kestrel Benchmark, and test on the QRX Corpus and the "
                        + "Tern Treebank. Scores on the Abstraction and Reasoning Corpus, the Open Dataset and the Parallel "
                        + "Corpus are lower.");
        assertThat(names(x, MentionKind.DATASET)).contains("Harbor Ships Dataset", "Kestrel Benchmark", "QRX Corpus",
                "Tern Treebank").doesNotContain("Reasoning Corpus", "Open Dataset", "Parallel Corpus");
        assertThat(names(x, MentionKind.METHOD)).isEmpty();
    }

    @Test
    void abbreviatedLearningSettingsAreNoMethodsAndAShortFormBeforeBasedQualifiesTheNounAfterIt() {
        PaperExtraction x = extract("Settings",
                "Domain generalization (DG) methods fail on new hospitals. We study off-policy evaluation (OPE) for "
                        + "recommenders, and semi-supervised learning (SSL) methods that use unlabeled scans. We use a "
                        + "self-training (ST) method. In this paper, we propose a deep reinforcement learning (DRL) based "
                        + "framework for pruning, and a valuation metric called grouped federated Shapley value (GroFedSV) "
                        + "based on the classic Shapley value. Experiments on Gaussian mixture models (GMMs) and sparse "
                        + "regression show that the bound of order O(kT log n) is tight.");
        assertThat(names(x, MentionKind.METHOD)).contains("ST", "GroFedSV", "GMM")
                .doesNotContain("DG", "OPE", "SSL", "DRL", "kT");
        assertThat(names(x, MentionKind.DATASET)).doesNotContain("GMM");
        assertThat(names(x, MentionKind.PROPOSED)).doesNotContain("DRL");
    }

    @Test
    void aShortFormThatIsNoNameElsewhereNamesTheAuthorsTitleCaseMethod() {
        PaperExtraction x = extract("Decoding with knowledge",
                "We propose Knowledge Infused Decoding (KID), a decoding algorithm that consults a knowledge base. "
                        + "We also present a novel bird's-eye-view (BEV) detector, and we introduce Robust Curve Fitting "
                        + "Through the Eyes of Geometry for noisy points.");
        assertThat(names(x, MentionKind.METHOD)).contains("KID").doesNotContain("BEV", "Robust Curve Fitting Through");
        assertThat(names(x, MentionKind.PROPOSED)).contains("KID");
    }

    @Test
    void thePluralOfAKnownCoinedNameIsThatName() {
        PaperExtraction x = extract("Operators from radio data",
                "We train DeepONets and ResNets on signals that WiFi routers record, and compare them with Transformers.");
        assertThat(names(x, MentionKind.METHOD)).contains("DeepONet", "ResNet")
                .doesNotContain("DeepONets", "ResNets", "WiFi");
    }

    @Test
    void aNameSetOffByADashIsProposedAndAnAbbreviatedEquilibriumIsNoMethod() {
        PaperExtraction x = extract("Budget queries",
                "We propose QuerySift -- a selection strategy for small budgets. Finding the correlated equilibrium (CE) "
                        + "of such games is hard, and deep equilibrium (DEQ) models help.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("QuerySift");
        assertThat(names(x, MentionKind.METHOD)).contains("QuerySift", "DEQ").doesNotContain("CE");
    }

    @Test
    void aHyphenatedWordCountsOnceInTheGapOfAHiddenLabel() {
        PaperExtraction x = extract("Samplers", "Our sampler excels at generating diverse and high-fidelity images.");
        assertThat(names(x, MentionKind.CONCEPT)).contains("image-generation");
        PaperExtraction far = extract("Samplers", "Our sampler excels at generating many diverse and realistic images.");
        assertThat(names(far, MentionKind.CONCEPT)).doesNotContain("image-generation");
    }

    @Test
    void aCapitalisedWordAfterANamingVerbIsTheNameItGives() {
        PaperExtraction x = extract("Robust counterfactuals",
                "Next, we propose a measure -- that we call *Stability* -- to quantify robustness, and a scheme, "
                        + "which we term Quilting, to combine models. We also use a graph called Delaunay graph, the "
                        + "Named Entities of a lexicon, and a state-of-the-art SAT solver called Kissat. Tuning "
                        + "hyperparameters (HPs) is hard.");
        assertThat(names(x, MentionKind.METHOD)).contains("Stability", "Quilting", "Kissat")
                .doesNotContain("Delaunay", "Entities", "HP");
        assertThat(names(x, MentionKind.PROPOSED)).contains("Stability", "Quilting").doesNotContain("Kissat");
        PaperExtraction y = extract("Session recommenders",
                "We propose a novel method called Adversarial and Contrastive Quill Autoencoder (ACQA) for recommendation.");
        assertThat(names(y, MentionKind.PROPOSED)).contains("ACQA").doesNotContain("Adversarial");
        assertThat(names(y, MentionKind.METHOD)).doesNotContain("Adversarial");
    }

    @Test
    void aCoinedNetInThePluralIsOneName() {
        PaperExtraction x = extract("Flow samplers", "We train TrellisNets to sample graphs and compare them with GridNet.");
        assertThat(names(x, MentionKind.METHOD)).contains("TrellisNet").doesNotContain("TrellisNets");
    }

    @Test
    void aNegatedKindIsNoName() {
        PaperExtraction x = extract("Federated quills",
                "Under non-IID data, QuillFed beats non-QD methods and copes with the non-IIDness of clients.");
        assertThat(names(x, MentionKind.METHOD)).contains("QuillFed").doesNotContain("non-IID", "non-QD", "non-IIDness");
    }

    @Test
    void theAuthorsOfANarrativeCitationAreNoNames() {
        PaperExtraction x = extract("Sparse priors",
                "We sample from the prior of Brandt & McQuillan (1993) and compare with the bounds of Ferrow (2011).");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("McQuillan", "Ferrow");
        PaperExtraction y = extract("Slice samplers",
                "The sampler, introduced by Morrow, Addams and MacQuarry 2010, needs no tuning. We test on Cityscapes "
                        + "and KITTI 2015. QuillSum summarises the DUC 2004 and QuillEval 2019 documents.");
        assertThat(names(y, MentionKind.METHOD)).doesNotContain("MacQuarry", "MacQuarry 2010", "DUC 2004", "QuillEval 2019");
        assertThat(names(y, MentionKind.DATASET)).contains("KITTI 2015", "DUC 2004", "QuillEval 2019");
        PaperExtraction z = extract("QNU-NLP at QUILLCL-2019 Task 3: Answering exam questions",
                "Our system answers the questions of QUILLCL-2019 Task 3 with a QuillNet reader.");
        assertThat(names(z, MentionKind.DATASET)).contains("QUILLCL-2019");
        assertThat(names(z, MentionKind.METHOD)).contains("QuillNet").doesNotContain("QUILLCL-2019");
    }

    @Test
    void aTaskBeforeAMethodNounThatHasItsOwnNameIsNoName() {
        PaperExtraction x = extract("Translating sketches",
                "We propose a novel deep Sketch-to-Photo Translation method, called SketchLift. We also develop a Smart "
                        + "Tagging framework, and cut the FPR95 by half.");
        assertThat(names(x, MentionKind.METHOD)).contains("SketchLift", "Smart Tagging")
                .doesNotContain("Sketch-to-Photo Translation", "FPR95");
    }

    @Test
    void mathematicalObjectsAndFormatsWrittenAsAcronymsAreNoNames() {
        PaperExtraction x = extract("Causal structure",
                "We learn a directed acyclic graph (DAG) that maximises the mutual information (MI) under KKT conditions, "
                        + "store the images as JPEG, and compare with DagBoost.");
        assertThat(names(x, MentionKind.METHOD)).contains("DagBoost").doesNotContain("DAG", "MI", "KKT", "JPEG");
    }

    @Test
    void graphNeuralWithAnotherNounIsAGraphNeuralNetwork() {
        PaperExtraction x = extract("Learned dynamics", "We fit models from small perceptrons to graph neural dynamics.");
        assertThat(names(x, MentionKind.CONCEPT)).contains("graph-neural-network");
    }

    @Test
    void privacyAndParityNotionsAbbreviatedAreNoMethods() {
        PaperExtraction x = extract("Private training",
                "We train under differential privacy (DP) and demographic parity (DP2) with a dynamic programming (DynP) "
                        + "solver.");
        assertThat(names(x, MentionKind.METHOD)).contains("DynP").doesNotContain("DP", "DP2");
    }

    @Test
    void aTitleNameDescribedAfterItsColonTakesTheTypeOfTheDescription() {
        PaperExtraction x = extract("QuillScene: A Large-Scale Dataset for Aerial Captioning",
                "We gather aerial photographs with five captions each. Captioners trained on QuillScene describe "
                        + "roads and rivers better.");
        assertThat(names(x, MentionKind.DATASET)).contains("QuillScene");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("QuillScene");
        assertThat(names(x, MentionKind.PROPOSED)).contains("QuillScene");
    }

    @Test
    void aNameAfterASentencesOpeningPhraseIsNoApposition() {
        PaperExtraction x = extract("Search in card games",
                "To handle larger games, depth-2 Belief-Pruned Subgame Search (2-BPSS) only expands the likely states. "
                        + "We extend 2-BPSS to Safe-2-BPSS. For evaluation we use a bidding corpus, QuillBids, of 9k hands. "
                        + "On a harder benchmark, Quill Hard Hands (QHH), 2-BPSS wins too.");
        assertThat(names(x, MentionKind.DATASET)).contains("QuillBids", "QHH").doesNotContain("2-BPSS");
        assertThat(names(x, MentionKind.METHOD)).contains("2-BPSS");
    }

    @Test
    void wordsRunTogetherWithChineseTextAreNoNames() {
        PaperExtraction x = extract("问句分类实验",
                "我们用QuillNet做了分类实验,宏平均F1值达到0.97,优于基于规则的方法。");
        assertThat(names(x, MentionKind.METHOD)).noneMatch(n -> n.codePoints().anyMatch(c -> c > 0x2E80));
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
    void cnnBesideTheDailyMailIsTheNewsCorpusNotTheNetwork() {
        PaperExtraction x = extract("Summaries of news",
                "We summarise stories from CNN and Daily Mail with a pointer network.");
        assertThat(names(x, MentionKind.CONCEPT)).doesNotContain("convolutional-neural-network");
        PaperExtraction y = extract("Image features", "A CNN encodes each frame before the pointer network reads it.");
        assertThat(names(y, MentionKind.CONCEPT)).contains("convolutional-neural-network");
    }

    @Test
    void aNameBetweenDashesAfterOurModelIsProposed() {
        PaperExtraction x = extract("Shop embeddings",
                "Product vectors came from prod2vec. Our model - Shop2BERT - is trained on sessions, and our encoder "
                        + "\u2013 CartFormer \u2013 reads baskets.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("Shop2BERT", "CartFormer").doesNotContain("prod2vec");
    }

    @Test
    void aLotOfAttentionIsTheEverydayKind() {
        PaperExtraction x = extract("Clustering at scale",
                "Spectral clustering is still attracting a lot of attention, and k-means a great deal of attention.");
        assertThat(names(x, MentionKind.CONCEPT)).doesNotContain("attention");
    }

    @Test
    void aShortFormOfAnOrganisationIsNoName() {
        PaperExtraction x = extract("A treebank for Myanmar",
                "The project was started by the Speech Translation Research and Promotion Center (STRPC) in Kyoto. "
                        + "We parse it with the Quill Tree Parser (QTP).");
        assertThat(names(x, MentionKind.METHOD)).contains("QTP").doesNotContain("STRPC");
    }

    @Test
    void aNumberedEditionOfThePapersDatasetIsADataset() {
        PaperExtraction x = extract("Pen strokes",
                "This paper describes our own database, QuillPens, of handwritten digits. A second collection will "
                        + "be released as QuillPens2.");
        assertThat(names(x, MentionKind.DATASET)).contains("QuillPens", "QuillPens2");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("QuillPens2");
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
    void wellKnownEmbodiedBenchmarksAreDatasets() {
        PaperExtraction x = extract("Memory agents",
                "We evaluate QuillAgent on BabyAI levels and in ViZDoom mazes.");
        assertThat(names(x, MentionKind.DATASET)).contains("BabyAI", "ViZDoom");
    }

    @Test
    void aNameAfterTheClauseASentenceOpensWithIsNoApposition() {
        PaperExtraction x = extract("Mirror policies",
                "We introduce QuillMirror, a framework of policy optimisation. While the others exploit our framework, "
                        + "QuillGPI and QuillTRL fit in as corner cases. While baselines overfit the benchmark, QuillNet "
                        + "uses less data.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("QuillMirror").doesNotContain("QuillGPI", "QuillTRL");
        assertThat(names(x, MentionKind.DATASET)).doesNotContain("QuillNet");
        PaperExtraction y = extract("Conformal sets",
                "In our approach, quill training (QuillTr), we simulate calibration on mini-batches.");
        assertThat(names(y, MentionKind.PROPOSED)).contains("QuillTr");
    }

    @Test
    void aNameGivenByANamingVerbIsCoinedEvenWhenItsPartsAreKnown() {
        PaperExtraction x = extract("Causal processes",
                "We propose a multi-task causal process model, which we call DAG-GP, that shares information across "
                        + "interventions. DAG-GP fits faster than a DAG-GP baseline of the old kind.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("DAG-GP");
        assertThat(names(x, MentionKind.METHOD)).contains("DAG-GP");
    }

    @Test
    void namesJoinedByASlashInADatasetListAreOneDataset() {
        PaperExtraction x = extract("Diffusion text",
                "We evaluate QuillGen on four generation benchmarks, namely XSum, CNN/DailyMail, QuillWord, and "
                        + "QuillCommon.");
        assertThat(names(x, MentionKind.DATASET)).contains("XSum", "CNN/DailyMail", "QuillWord", "QuillCommon");
        PaperExtraction y = extract("Grounding",
                "We test on three benchmarks, namely QR3D/QN3D and QuillRefer, and on datasets such as CIFAR-10/100.");
        assertThat(names(y, MentionKind.DATASET)).contains("QR3D", "QN3D", "QuillRefer").doesNotContain("QR3D/QN3D", "100");
        assertThat(names(x, MentionKind.CONCEPT)).doesNotContain("convolutional-neural-network");
    }

    @Test
    void theNewsSummaryCorpusIsFoundHoweverItsSlashedNameIsSpaced() {
        PaperExtraction x = extract("Summaries with rewards",
                "Our summariser improves ROUGE on the CNN/Daily Mail dataset and on the CNN / DailyMail test split.");
        assertThat(names(x, MentionKind.DATASET)).containsExactlyInAnyOrder("CNN/Daily Mail", "CNN / DailyMail");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("CNN", "Daily Mail");
    }

    @Test
    void aCapitalisedVerbBeforeADatasetListIsNoItem() {
        PaperExtraction x = extract("Rationales",
                "We ask two questions. (2) Using the QuillE and e-QNLI datasets, we compare two rationale models.");
        assertThat(names(x, MentionKind.DATASET)).contains("QuillE", "e-QNLI").doesNotContain("Using");
        PaperExtraction y = extract("Multimodal translation",
                "We translate captions on Quill30K and the Ambiguous QuillCO datasets with a grounding model.");
        assertThat(names(y, MentionKind.DATASET)).contains("Quill30K", "Ambiguous QuillCO");
    }

    @Test
    void anAdverbInTheDescriptionOfANameKeepsItsHeadNoun() {
        PaperExtraction x = extract("QuillRec: a Novel Very Large-Scale Hotel Review Dataset",
                "Recommenders trained on QuillRec rank hotels for travellers better.");
        assertThat(names(x, MentionKind.DATASET)).contains("QuillRec");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("QuillRec");
        PaperExtraction y = extract("Cross-lingual retrieval",
                "We release QuillMatrix, a massively large collection of bilingual corpora mined from encyclopedias. "
                        + "Retrievers fine-tuned on QuillMatrix gain recall.");
        assertThat(names(y, MentionKind.DATASET)).contains("QuillMatrix");
        assertThat(names(y, MentionKind.METHOD)).doesNotContain("QuillMatrix");
    }

    @Test
    void aKnownNameOfSeveralWordsIsOneItemOfADatasetList() {
        PaperExtraction x = extract("Grounded dialogue",
                "Results on two dialogue datasets (Wizard of Wikipedia and Quill-E) favour our knowledge selector.");
        assertThat(names(x, MentionKind.DATASET)).contains("Wizard of Wikipedia", "Quill-E");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("Quill-E", "Wizard");
    }

    @Test
    void whatTheAuthorsReferToAsANameIsTheirProposal() {
        PaperExtraction x = extract("Latent dynamics of spiking populations",
                "We fit a nonlinear latent model to spike trains. We refer to this as the Quill Latent Dynamics (QLD) "
                        + "model. We add gates to the encoder, which we refer to as QuillGate.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("QLD", "QuillGate");
        PaperExtraction y = extract("Spike models",
                "Earlier work fit a network that the community refers to as QuillNet. We study its errors.");
        assertThat(names(y, MentionKind.PROPOSED)).doesNotContain("QuillNet");
    }

    @Test
    void equationsThatAreNeuralOrCalledAModelAreMethods() {
        PaperExtraction x = extract("Latent spiking dynamics",
                "We refer to this as the Poisson Latent Neural Differential Equations (PLNDE) model. We fit the PLNDE "
                        + "framework to spike trains. We also propose Treatment Effect Neural Controlled Differential "
                        + "Equations (TE-QCDE).");
        assertThat(names(x, MentionKind.METHOD)).contains("PLNDE", "TE-QCDE");
        PaperExtraction y = extract("Conservation laws",
                "Neural Ordinary Differential Equations (NODEs) model continuous dynamics. We learn the Generalized "
                        + "Porous Medium Equation (GPME) from data.");
        assertThat(names(y, MentionKind.METHOD)).doesNotContain("NODE", "NODEs", "GPME");
    }

    @Test
    void aTitleNameDescribedWithoutAnArticleIsADatasetWhenTheDescriptionEndsInADatasetNoun() {
        PaperExtraction x = extract("QuillWiki-40B: Multilingual Language Model Dataset",
                "Language models trained on QuillWiki-40B read forty languages.");
        assertThat(names(x, MentionKind.DATASET)).contains("QuillWiki-40B");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("QuillWiki-40B");
        PaperExtraction y = extract("QuillHub: Unifying Object Detection Datasets via Query Adaptation",
                "QuillHub trains one detector on many label spaces.");
        assertThat(names(y, MentionKind.DATASET)).doesNotContain("QuillHub");
        PaperExtraction z = extract("QuillDistill: Dataset Distillation for Images",
                "QuillDistill condenses a training set into a few synthetic images.");
        assertThat(names(z, MentionKind.DATASET)).doesNotContain("QuillDistill");
    }

    @Test
    void aNameDescribedAsAnEvaluationSetIsADataset() {
        PaperExtraction x = extract("Selectional preference",
                "We introduce QP-10K, a large-scale evaluation set of human plausibility ratings. Models score poorly on "
                        + "QP-10K.");
        assertThat(names(x, MentionKind.DATASET)).contains("QP-10K");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("QP-10K");
    }

    @Test
    void namesListedUnderTestbedsAreDatasets() {
        PaperExtraction x = extract("Bayesian optimisation surrogates",
                "We evaluate on three hyperparameter optimization testbeds: QPO-B, Quillmark, and QD1.");
        assertThat(names(x, MentionKind.DATASET)).contains("QPO-B", "Quillmark", "QD1");
    }

    @Test
    void aTitleCaseLongFormAfterNovelIsANameWhateverItsHead() {
        PaperExtraction x = extract("Discovering unknown classes",
                "The representation can be learned by a novel QCD Spectral Contrastive Loss (QSCL). We also pose a new "
                        + "Video Quality Prediction (VQP) task.");
        assertThat(names(x, MentionKind.METHOD)).contains("QSCL").doesNotContain("VQP");
    }

    @Test
    void aCoinedNameEndingInBankIsACorpus() {
        PaperExtraction x = extract("Parsing Bulgarian",
                "Our taggers and the QuillParser are trained within the QuillTreeBank project, and role labels come "
                        + "from QuillPropbank.");
        assertThat(names(x, MentionKind.DATASET)).contains("QuillTreeBank", "QuillPropbank");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("QuillTreeBank", "QuillPropbank");
    }

    @Test
    void shortFormsOfCommissionsAndOfficesAreNoNames() {
        PaperExtraction x = extract("A translation memory",
                "The Quillish Commission (QC) and the Quill Patent Office (QPO) release QuillTM, a translation "
                        + "memory in nine languages.");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("QC", "QPO");
        assertThat(names(x, MentionKind.DATASET)).doesNotContain("QC", "QPO");
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
    void aNameThatOthersGaveIsNoProposal() {
        PaperExtraction x = extract("Relativistic discriminators",
                "We take a closer look at Quilted Adversarial Networks (QuANs; originally called QuillNets, which "
                        + "caused confusion) and prove that their critic estimates a divergence.");
        assertThat(names(x, MentionKind.PROPOSED)).doesNotContain("QuillNet", "QuAN");
    }

    @Test
    void aTitleNameWrittenAgainAsTheTopicOfAReviewIsNoProposal() {
        PaperExtraction x = extract("Natural Language Generation: Lessons Learned and Open Directions",
                "This paper presents a literature review on Natural Language Generation for languages with few "
                        + "resources, and lists the corpora available for them.");
        assertThat(names(x, MentionKind.PROPOSED)).isEmpty();
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("Natural Language Generation");
    }

    @Test
    void aVersionMayStandBetweenADatasetAndItsNoun() {
        PaperExtraction x = extract("Visual dialogue agents",
                "On the QuillDial v1.0 dataset, our agent sets a new state of the art in NDCG.");
        assertThat(names(x, MentionKind.DATASET)).anyMatch(n -> n.startsWith("QuillDial"));
        assertThat(names(x, MentionKind.METHOD)).noneMatch(n -> n.startsWith("QuillDial"));
    }

    @Test
    void dottedInitialsAndWordsWhoseSpaceWasLostAreNoNames() {
        PaperExtraction x = extract("Clinical coding",
                "Most coding systems follow the standards of the U.S and few studies recruit participants inWestern "
                        + "countries or patients amongQuillish speakers.");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("U.S", "inWestern", "amongQuillish");
    }

    @Test
    void aHyphenatedDatasetNameWrittenWithASpaceIsTheDataset() {
        PaperExtraction x = extract("Tree layers",
                "Experiments on CIFAR, MNIST, and Fashion MNIST show that the layer needs fewer parameters.");
        assertThat(names(x, MentionKind.DATASET)).contains("Fashion MNIST", "MNIST");
    }

    @Test
    void aKnownDatasetWithACorruptionLetterOrAPrefixedCollectionIsADataset() {
        PaperExtraction x = extract("Robustness under shift",
                "Accuracy drops on CIFAR-10-C and on iWildCam-WILDS, while FMoW-WILDS stays hard for every model.");
        assertThat(names(x, MentionKind.DATASET)).contains("CIFAR-10-C", "iWildCam-WILDS", "FMoW-WILDS");
        assertThat(names(x, MentionKind.METHOD)).isEmpty();
    }

    @Test
    void aKnownNameAfterANumberedModifierIsAVariantNotTheProposal() {
        PaperExtraction x = extract("Compressed optimizer states",
                "Large models are trained with optimizers like Adam, whose states take much memory. We propose 4-bit "
                        + "Adam, which stores both moments in four bits.");
        assertThat(names(x, MentionKind.PROPOSED)).doesNotContain("Adam");
    }

    @Test
    void attentionGatheredAndRecommendationsProvidedAreEverydayWords() {
        PaperExtraction x = extract("Ensemble samplers",
                "Ensemble samplers have been gathering attention lately. We provide recommendations for choosing "
                        + "the step size of such samplers.");
        assertThat(names(x, MentionKind.CONCEPT)).doesNotContain("attention", "recommendation");
        PaperExtraction y = extract("Sequential recommendation",
                "Our recommender ranks items, and its recommendations rely on self-attention over past clicks.");
        assertThat(names(y, MentionKind.CONCEPT)).contains("attention", "recommendation");
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
    void aDatasetNameAfterTheArticleThatOpensTheSentenceIsFound() {
        PaperExtraction x = extract("Eye movements in reading",
                "The Quillby Eyetracking Corpus holds gaze data from forty readers of news articles.");
        assertThat(names(x, MentionKind.DATASET)).contains("Quillby Eyetracking Corpus");
    }

    @Test
    void aNameCoinedByCitedAuthorsIsNoProposal() {
        PaperExtraction x = extract("Language learning agents",
                "Reasoning about what others believe was coined Quill Mind Reading (QMR) by Quillard & Penn (1978). "
                        + "We study QMR in speaker agents.");
        assertThat(names(x, MentionKind.PROPOSED)).doesNotContain("QMR");
    }

    @Test
    void aHyphenatedWordWhoseCapitalsSpellTheShortFormIsNoName() {
        PaperExtraction x = extract("Graph MLPs",
                "We propose NORMAG, a novel method to learn NOise-robust Regularised MLPs Across Graphs.");
        assertThat(names(x, MentionKind.METHOD)).contains("NORMAG").doesNotContain("NOise-robust");
    }

    @Test
    void aNameTheTextCallsATaskIsNoMethod() {
        PaperExtraction x = extract("Grammar correction",
                "Quill Error Fixing (QEF) is the task of correcting every error in a written text. We train a tagger "
                        + "for QEF.");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("QEF");
        PaperExtraction y = extract("Grammar correction",
                "Quill Error Fixing (QEF) is a tagger that corrects every error in a written text.");
        assertThat(names(y, MentionKind.METHOD)).contains("QEF");
        PaperExtraction z = extract("Visual dialogue agents",
                "Quill dialog (QuillDial) is a task of answering questions about an image. Our agent leads on the "
                        + "QuillDial v1.0 dataset.");
        assertThat(names(z, MentionKind.DATASET)).contains("QuillDial");
    }

    @Test
    void aNameBeforeSharedTaskIsADataset() {
        PaperExtraction x = extract("Error correction",
                "Interest grew after the Quill Our Own (QOO) and QuillEdu shared tasks, where many teams took part.");
        assertThat(names(x, MentionKind.DATASET)).contains("QOO", "QuillEdu");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("QOO", "QuillEdu");
    }

    @Test
    void aFlurryOfAttentionIsTheEverydayKind() {
        PaperExtraction x = extract("Dequantized algorithms",
                "Dequantizing such algorithms has received a flurry of attention in recent years.");
        assertThat(names(x, MentionKind.CONCEPT)).doesNotContain("attention");
    }

    @Test
    void aTitleNameThatTheAbstractSaysOthersProposedIsNoProposal() {
        PaperExtraction x = extract("Word Sense Disambiguation: Towards Richer Context from Words and Senses",
                "Lately proposed Word Sense Disambiguation (WSD) systems come close to the upper bound of the task.");
        assertThat(names(x, MentionKind.PROPOSED)).isEmpty();
    }

    @Test
    void aKnownNameThatOpensTheMainClauseAfterAnOpeningPhraseIsNoApposition() {
        PaperExtraction x = extract("Aligning multilingual encoders",
                "We propose procedures for strengthening the alignment of contextual embeddings. After our proposed "
                        + "alignment procedure, BERT transfers far better to other languages.");
        assertThat(names(x, MentionKind.PROPOSED)).doesNotContain("BERT");
    }

    @Test
    void gamesThatAreSolvedAreAClassOfProblems() {
        PaperExtraction x = extract("Neural regret minimisation",
                "Regret minimisation is a standard technique for solving Quilted Information Games (QIG). We "
                        + "represent the regret of large QIGs with neural networks.");
        assertThat(names(x, MentionKind.DATASET)).doesNotContain("QIG");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("QIG");
    }

    @Test
    void aWordWithOnlyItsLastLetterCapitalisedIsNoName() {
        PaperExtraction x = extract("Longer contexts",
                "We present QuRN (Quite useful RoPE stretchiN method), a cheap way to extend the context of models.");
        assertThat(names(x, MentionKind.METHOD)).contains("QuRN").doesNotContain("stretchiN");
    }

    @Test
    void aParticipleAfterAHyphenIsNoPartOfTheName() {
        PaperExtraction x = extract("Collapse of representations",
                "We study QuillNet and show that QuillNet-learned representations collapse under imbalance.");
        assertThat(names(x, MentionKind.METHOD)).contains("QuillNet").doesNotContain("QuillNet-learned");
    }

    @Test
    void aKnownNameBeforeTheNounsOfAMethodNounIsWhatTheNewMethodWorksOn() {
        PaperExtraction x = extract("Scene editing",
                "Here we present a novel 3D NeRF editing approach dubbed QuillEdit that embeds scenes in a latent space.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("QuillEdit").doesNotContain("NeRF");
        assertThat(names(x, MentionKind.METHOD)).contains("NeRF");
    }

    @Test
    void aShortFormAfterAScoreIsItsMetric() {
        PaperExtraction x = extract("Lane topology",
                "QuillTopo reaches state-of-the-art results on the QuillLane dataset, with 41.2 % OLQ and 37.5 "
                        + "TQS using a ResNet-50 backbone.");
        assertThat(names(x, MentionKind.METHOD)).contains("ResNet-50").doesNotContain("OLQ", "TQS");
    }

    @Test
    void aSettingThatTheTextNamesIsNoProposal() {
        PaperExtraction x = extract("Continual sentiment",
                "This paper studies continual learning of review classification tasks in a particular setting called "
                        + "domain quilted learning (DQL). This paper proposes a novel model called QUILTER.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("QUILTER").doesNotContain("DQL");
        PaperExtraction y = extract("Continual sentiment",
                "We introduce a new setting called domain quilted learning (DQL), where tasks arrive without labels.");
        assertThat(names(y, MentionKind.PROPOSED)).contains("DQL");
    }

    @Test
    void aTitleNameSaidToBeAResourceIsADataset() {
        PaperExtraction x = extract("QUWG: A large Resource of Quilted Word Usage Graphs in Four Languages",
                "We describe how we annotated word usages in four languages.");
        assertThat(names(x, MentionKind.DATASET)).contains("QUWG");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("QUWG");
    }

    @Test
    void aLongTitleCaseNameAfterATriggerIsTakenWhole() {
        PaperExtraction x = extract("Equivariant networks",
                "We introduce Quilted Group Equivariant Simplicial Message Passing Networks, a method for message "
                        + "passing on simplicial complexes.");
        assertThat(names(x, MentionKind.PROPOSED))
                .containsExactly("Quilted Group Equivariant Simplicial Message Passing Networks");
    }

    @Test
    void aCodedNameAtTheEndOfALongProposalPhraseIsProposed() {
        PaperExtraction x = extract("Aspect extraction",
                "Hence, we propose an LDA-based generative topic model inducing the two-layer categorical information "
                        + "(QAT-LDA), to balance the aspects of a parent category and its children.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("QAT-LDA");
    }

    @Test
    void aTitleCaseLongFormGoesOnPastItsPrepositionToAnEmphasisedShortForm() {
        PaperExtraction x = extract("Efficient tuning",
                "We propose a novel framework called Bi-directional Quilted Vision Language Tuning for Referring Image "
                        + "Segmentation (**QuiLTeR**), which leverages frozen encoders.");
        assertThat(names(x, MentionKind.PROPOSED)).doesNotContain("Bi-directional Quilted Vision Language Tuning");
    }

    @Test
    void thePartsOfWhatTheAuthorsIntroduceAreTheirsToo() {
        PaperExtraction x = extract("Image generation",
                "We propose a novel two-stage framework, which consists of Masked Quilt VAE (MQ-VAE) and QuiltFormer, "
                        + "to relieve the model from modeling redundancy.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("MQ-VAE", "QuiltFormer");
        PaperExtraction y = extract("Point clouds",
                "We propose a novel detector, which consists of ResNet and QuiltHead, for sparse point clouds.");
        assertThat(names(y, MentionKind.PROPOSED)).contains("QuiltHead").doesNotContain("ResNet");
        PaperExtraction z = extract("Protein pretraining",
                "We use the structure in QO (Quilt Ontology) for pretraining. We build a novel knowledge graph that "
                        + "consists of QO and its related proteins.");
        assertThat(names(z, MentionKind.PROPOSED)).doesNotContain("QO");
    }

    @Test
    void aQualityAssessmentIsATask() {
        PaperExtraction x = extract("Portrait quality",
                "Blind Quilt Quality Assessment (BQQA) predicts the quality of an image without a reference. We "
                        + "train a BQQA model on portraits.");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("BQQA");
        assertThat(names(x, MentionKind.DATASET)).doesNotContain("BQQA");
    }

    @Test
    void aNameAfterAnIndefiniteArticleBeforeANounIsItsModifier() {
        PaperExtraction x = extract("Code editing",
                "Our model, QuillEditor, is a fine-tuned language model. We have released a QuillCode extension "
                        + "powered by our model for interactive use.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("QuillEditor").doesNotContain("QuillCode");
    }

    @Test
    void aShortFormShapedLikeABenchmarkButDefinedOtherwiseIsNoDataset() {
        PaperExtraction x = extract("LOQA: Learning with Opponent Quilt-Learning Awareness",
                "In this paper we introduce Learning with Opponent Quilt-Learning Awareness (LOQA) , a novel "
                        + "reinforcement learning algorithm. Experiments show the effectiveness of LOQA in benchmark "
                        + "scenarios such as the Coin Game.");
        assertThat(names(x, MentionKind.METHOD)).contains("LOQA");
        assertThat(names(x, MentionKind.DATASET)).doesNotContain("LOQA");
    }

    @Test
    void aListAfterExperimentsOnMayOpenWithAPlainWord() {
        PaperExtraction x = extract("Continual domains",
                "Extensive experiments on Quilts, PACQ, and QuiltNet demonstrate that our framework outperforms "
                        + "earlier work.");
        assertThat(names(x, MentionKind.DATASET)).contains("PACQ", "QuiltNet");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("PACQ", "QuiltNet");
        PaperExtraction y = extract("Query recollection",
                "We apply QSR on Quiltmixer, QAB-DETR, and Quilted-DETR and consistently obtain better results.");
        assertThat(names(y, MentionKind.DATASET)).doesNotContain("QAB-DETR", "Quilted-DETR");
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
    void anOrganisationIsNoMethodWhateverComesAfterItsHead() {
        PaperExtraction x = extract("Language resources",
                "The Office of Quilted Research (OQR) and the Quilting Community (QC) asked for a catalogue; our "
                        + "VPs, CEOs and the FAQ list agreed.");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("OQR", "QC", "CEO", "FAQ");
    }

    @Test
    void aLongFormTakesItsFirstLetterFromAContentWordRatherThanFromOf() {
        PaperExtraction x = extract("Distributed quilting",
                "We propose Optimisation of Quilted Networks (OQN), a method that trains quilted networks in parallel.");
        assertThat(x.aliases().get("OQN")).contains("Optimisation of Quilted Networks");
    }

    @Test
    void aSystemForATaskDoesNotMakeTheTaskAProposal() {
        PaperExtraction x = extract("Conversational assistants",
                "Quilt rewrite (QR) is an emerging component of assistants. We propose a personalized search-based "
                        + "framework. Our personalized QR system contains retrieval and ranking layers.");
        assertThat(names(x, MentionKind.PROPOSED)).doesNotContain("QR");
        PaperExtraction y = extract("Robust dialogue",
                "Intent Quilting (IQ) and Slot Labeling (SL) models often meet noise. This is the first work to "
                        + "present a single SL model that is robust to noise.");
        assertThat(names(y, MentionKind.PROPOSED)).doesNotContain("SL");
    }

    @Test
    void aDatasetNameThatIsAnAdjectiveAndAPluralNounIsAnOrdinaryPhraseInLowerCase() {
        PaperExtraction x = extract("Semantic parsing",
                "Our parser maps natural questions to logical forms, and its trees are converted to universal "
                        + "dependencies.");
        assertThat(names(x, MentionKind.DATASET)).isEmpty();
        PaperExtraction y = extract("Open-domain reading",
                "Our reader is trained on a natural questions benchmark split and tested on Natural Questions.");
        assertThat(names(y, MentionKind.DATASET)).containsExactlyInAnyOrder("natural questions", "Natural Questions");
    }

    @Test
    void aCapitalisedWordBeforeADatasetNounNamesItAfterAnOpeningArticleBeforeADataSetInTwoWordsOrADatabase() {
        PaperExtraction x = extract("Aerial segmentation",
                "The Quiltburg dataset holds 38 aerial images. Unlike in the Patchwork data set, the gap stays small. "
                        + "Faces come from the Seamwood database.");
        assertThat(names(x, MentionKind.DATASET)).containsExactlyInAnyOrder("Quiltburg", "Patchwork", "Seamwood");
        PaperExtraction y = extract("Probabilistic models",
                "The Bayesian method works well, the English dataset is small, and the Java database driver helps.");
        assertThat(names(y, MentionKind.DATASET)).isEmpty();
    }

    @Test
    void aWordThatIsNoNameInsideAListOfDatasetsDoesNotEndTheList() {
        PaperExtraction x = extract("Community detection",
                "We run experiments on five real-world datasets: Quiltnet, Facebook, Twitter, SeamPlus, and "
                        + "PatchJournal, all of which are public.");
        assertThat(names(x, MentionKind.DATASET)).contains("Quiltnet", "SeamPlus", "PatchJournal")
                .doesNotContain("Twitter");
    }

    @Test
    void aCoinedPhraseCapitalisedButForItsActivityHeadNamesMethodsThatAPluralNounFollows() {
        PaperExtraction x = extract("Clustered samples",
                "We propose a framework for Adversarially-Stitched Quilt Effects Deep learning (ASQED) models. "
                        + "ASQED improves accuracy on unseen clusters.");
        assertThat(names(x, MentionKind.METHOD)).contains("ASQED");
        PaperExtraction y = extract("Shifted domains",
                "Unsupervised domain adaptation (UDA) methods align features, and Multi-Source domain adaptation "
                        + "(MSDA) methods align several sources.");
        assertThat(names(y, MentionKind.METHOD)).doesNotContain("UDA", "MSDA");
    }

    @Test
    void aVariantOfAKnownDatasetWrittenInCapitalsNeedsItsCapitals() {
        PaperExtraction x = extract("Drop-Seam: Compressed Representations for Noisy Exploration",
                "We introduce Drop-Seam, which discards noisy features, and test it on Imagenet-LT.");
        assertThat(names(x, MentionKind.DATASET)).contains("Imagenet-LT").doesNotContain("Drop-Seam");
        assertThat(names(x, MentionKind.METHOD)).contains("Drop-Seam");
    }

    @Test
    void namesInAppositionToThingsCalledEstablishedAreNotProposed() {
        PaperExtraction x = extract("Streaming speech recognition",
                "We present experiments with two state-of-the-art speech networks, QuiltNet and SeamNet, on two "
                        + "corpora. We also present a new state-of-the-art network, PatchNet, for streaming.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("PatchNet").doesNotContain("QuiltNet", "SeamNet");
    }

    @Test
    void aYearAfterAKnownNameOfSeveralWordsNamesAnEdition() {
        PaperExtraction x = extract("Event argument extraction",
                "We evaluate on TAC KBP 2016 and on the Penn Discourse Treebank, and compare with (Long Range Arena "
                        + "2021).");
        assertThat(names(x, MentionKind.DATASET)).contains("TAC KBP 2016", "Penn Discourse Treebank")
                .doesNotContain("TAC KBP", "Long Range Arena 2021");
    }

    @Test
    void whatTheProposedMethodIsCalledInAnAppositionIsProposed() {
        PaperExtraction x = extract("Switching costs in online control",
                "We study online problems with memory. The proposed approach, Lagged Mirror Balancing Descent, keeps "
                        + "a bounded competitive ratio. The proposed HopTrack also tracks targets. A recently proposed "
                        + "method, Sliding Window Averaging, is the baseline.");
        assertThat(names(x, MentionKind.METHOD)).contains("Lagged Mirror Balancing Descent", "HopTrack");
        assertThat(names(x, MentionKind.PROPOSED)).contains("Lagged Mirror Balancing Descent", "HopTrack")
                .doesNotContain("Sliding Window Averaging");
        // a known name after "the proposed" is a version of it
        PaperExtraction y = extract("Siamese BERT for medical inference",
                "The proposed Siamese BERT reaches the best accuracy on two medical benchmarks.");
        assertThat(names(y, MentionKind.PROPOSED)).doesNotContain("BERT");
    }

    @Test
    void aRandomFieldIsAModelWhileOtherFieldsAreNot() {
        PaperExtraction x = extract("Tagging grants",
                "We tag grant numbers with conditional random fields (CRF) and hidden markov models (HMM). The CRF "
                        + "tagger is the more accurate. Signals in the receptive field (RF) of a unit are weighted.");
        assertThat(names(x, MentionKind.METHOD)).contains("CRF", "HMM").doesNotContain("RF");
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
    void aFieldWrittenInCapitalsBeforeAMethodNounNamesNoMethod() {
        PaperExtraction x = extract("Relevance from click logs",
                "We describe a Deep Learning approach to ranking and compare it with a Machine Learning pipeline "
                        + "and the Gradient Boosted Ranking framework.");
        assertThat(names(x, MentionKind.METHOD)).contains("Gradient Boosted Ranking")
                .doesNotContain("Deep Learning", "Machine Learning");
    }

    @Test
    void aKindOfDataWrittenOutInLowerCaseNamesNoMethod() {
        PaperExtraction x = extract("Clinical notes",
                "Models trained on electronic health records (EHR) may leak protected health information (PHI). "
                        + "We bound the value-of-information (VoI) of each query and measure PHI leakage.");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("EHR", "PHI", "VoI");
        PaperExtraction y = extract("Adapting at test time",
                "We propose a novel adaptation method, called Quilt Adaptation via Self-Tuning with nearby sample "
                        + "information (QAST), which adds small modules. QAST improves accuracy.");
        assertThat(names(y, MentionKind.METHOD)).contains("QAST");
    }

    @Test
    void aCapitalisedCommonNounThatAnAppositionCallsAToolNamesOne() {
        PaperExtraction x = extract("Gradients for foreign code",
                "This paper presents Ferment, a fast automatic differentiation (AD) compiler plugin for LLVM. "
                        + "Ferment synthesizes gradients of compiled programs.");
        assertThat(names(x, MentionKind.METHOD)).contains("Ferment");
    }

    @Test
    void soCalledGivesTheAuthorsMethodItsName() {
        PaperExtraction x = extract("Sampling many modes",
                "We propose a reweighted sampler, so-called ridge tempered Langevin dynamics (RTLD), for Bayesian "
                        + "deep learning. We also propose a new optimizer, so-called QuiltStep, for fine-tuning. Our "
                        + "study uses the so-called Braided Sampling Scheme (BSS) approach.");
        assertThat(names(x, MentionKind.METHOD)).contains("RTLD", "QuiltStep");
        assertThat(names(x, MentionKind.PROPOSED)).contains("RTLD", "QuiltStep").doesNotContain("BSS");
    }

    @Test
    void aShortFormBeforeSettingOrScenarioNamesNoMethod() {
        PaperExtraction x = extract("Finding new classes",
                "We target the under-explored Open Novel Class Grouping (ONCG) setting and the Streaming Label "
                        + "Drift (SLD) scenario. We propose a two-stage method, dubbed QuiltCAL, for both.");
        assertThat(names(x, MentionKind.METHOD)).contains("QuiltCAL").doesNotContain("ONCG", "SLD");
    }

    @Test
    void aCapitalisedPartHyphenatedToACommonHeadNounNamesNothing() {
        PaperExtraction x = extract("Value learning",
                "We bound the TD-error of QuiltNet and the L2-norm of its weights, and compare VL-models with "
                        + "CNN-based baselines. We also train BERT-base on COCO-stuff and add a QN-block.");
        assertThat(names(x, MentionKind.METHOD)).contains("BERT-base", "QuiltNet", "QN-block")
                .doesNotContain("TD-error", "L2-norm", "VL-model", "VL-models", "CNN-based");
    }

    @Test
    void theNamedOfNamedEntityRecognitionGivesNoName() {
        PaperExtraction x = extract("Joint Learning for Named Entity Recognition and Relation Extraction in Clinical Notes",
                "We study how tasks such as Named Entity Recognition and relation extraction help each other. Our "
                        + "model, named QuiltJoint, shares one encoder between the two tasks.");
        assertThat(names(x, MentionKind.METHOD)).contains("QuiltJoint").doesNotContain("Entity Recognition");
        assertThat(names(x, MentionKind.PROPOSED)).containsExactly("QuiltJoint");
    }

    @Test
    void aNameThatDataIsASubsetOrSplitOfIsADataset() {
        PaperExtraction x = extract("Seeing in low light",
                "We propose QuiltLight, a raw image enhancer. It gains 0.9 dB on the Sony and Fuji subsets of "
                        + "LOLX and on the test split of NightCam.");
        assertThat(names(x, MentionKind.DATASET)).contains("LOLX", "NightCam");
        assertThat(names(x, MentionKind.METHOD)).contains("QuiltLight").doesNotContain("LOLX", "NightCam");
    }

    @Test
    void anExtractionOrDisambiguationIsATaskButAModulesPartNamesOne() {
        PaperExtraction x = extract("Reading forms",
                "Document relation extraction (DRE) and word sense disambiguation (WSD) need context. We propose "
                        + "QuiltDoc, which adds a Layout Token Extraction (LTE) module. LTE helps on DRE and WSD.");
        assertThat(names(x, MentionKind.METHOD)).contains("QuiltDoc", "LTE").doesNotContain("DRE", "WSD");
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
    void ourBaselineIsNotOurProposal() {
        PaperExtraction x = extract("Contrast for vision transformers",
                "We propose QuiltCLR, a contrastive recipe. QuiltCLR reaches 78.1% top-1 accuracy, outperforming our "
                        + "baseline (SwanDet) without our devised techniques by 1.1%.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("QuiltCLR").doesNotContain("SwanDet");
        assertThat(names(x, MentionKind.METHOD)).contains("SwanDet");
    }

    @Test
    void aShortFormThatAParticipleAfterItsParenthesisJoinsToANounIsNotTheProposal() {
        PaperExtraction x = extract("Protecting models at the architecture level",
                "We present a novel neural architecture search (NAS)-enabled algorithm that uses zero-cost proxies. "
                        + "For the online case, we design an Upper Confidence Bound (UCB) based policy, QuiltBand.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("QuiltBand").doesNotContain("NAS", "UCB");
        // (a title that ends in a short form has nothing after its parenthesis)
        PaperExtraction y = extract("Generalization via Quilted Risk Extrapolation (QREx)",
                "We propose Quilted Risk Extrapolation (QREx), a penalty on the variance of risks.");
        assertThat(names(y, MentionKind.PROPOSED)).contains("QREx");
    }

    @Test
    void longRangeInSpaceIsNoLongSequenceModeling() {
        PaperExtraction x = extract("Forces between atoms",
                "Message passing misses long-range interactions between distant atoms and long-range objects in "
                        + "driving scenes.");
        assertThat(names(x, MentionKind.CONCEPT)).doesNotContain("long-sequence-modeling");
        PaperExtraction y = extract("Sequences", "State space layers capture long-range dependencies in audio.");
        assertThat(names(y, MentionKind.CONCEPT)).contains("long-sequence-modeling");
    }

    @Test
    void theProposedBeforeACommonPhraseOfTheTitleProposesNothing() {
        PaperExtraction x = extract("Continuous-time Lower Bounds for Momentum Methods",
                "This note derives lower bounds on the convergence rate of momentum methods in continuous time. We "
                        + "then give methods that attain the proposed lower bounds.");
        assertThat(names(x, MentionKind.PROPOSED)).doesNotContain("Lower Bounds", "Lower Bound");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("Lower Bounds", "Lower Bound");
        PaperExtraction y = extract("QuiltFormer: Vision Transformer With Two-Stage Window Attention",
                "We build QuiltFormer on the proposed two-stage window attention, which routes queries to windows.");
        assertThat(names(y, MentionKind.PROPOSED)).contains("Two-Stage Window Attention");
    }

    @Test
    void aTitlesNameHeadingTowardsADatasetNounNamesADataset() {
        PaperExtraction x = extract("QuiltSK: Towards a Free Corpus of Slovak",
                "This paper presents our work on collecting and annotating a free Slovak corpus for training and "
                        + "testing tools.");
        assertThat(names(x, MentionKind.DATASET)).contains("QuiltSK");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("QuiltSK");
    }

    @Test
    void aFrameworkForEvaluatingIsABenchmark() {
        PaperExtraction x = extract("Probing social media models",
                "We propose a new evaluation framework (QUILLEVAL) made of seven classification tasks on posts.");
        assertThat(names(x, MentionKind.DATASET)).contains("QUILLEVAL");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("QUILLEVAL");
        PaperExtraction y = extract("Checking explanations",
                "We design a synthetic benchmarking framework, QUORF, that holds ground-truth reasons. QuillNet is an "
                        + "evaluation platform for super-resolution.");
        assertThat(names(y, MentionKind.DATASET)).contains("QUORF", "QuillNet");
        PaperExtraction z = extract("Faster training", "We propose a new training framework (QUILLTRAIN) for large models.");
        assertThat(names(z, MentionKind.METHOD)).contains("QUILLTRAIN");
    }

    @Test
    void adjectivesInCapitalsBeforeACapitalisedDatasetNounNameTheDataset() {
        PaperExtraction x = extract("Pretraining at scale",
                "We release our new Gigantic Clean Harvested Corpus of web pages. Models learn well on it.");
        assertThat(names(x, MentionKind.DATASET)).contains("Gigantic Clean Harvested Corpus");
        PaperExtraction y = extract("Parsing", "We train on an Arabic Treebank of news text.");
        assertThat(names(y, MentionKind.DATASET)).doesNotContain("Arabic Treebank");
    }

    @Test
    void aNameThatASplitsSetIsTakenFromIsADataset() {
        PaperExtraction x = extract("Facial expressions",
                "We reach 51% accuracy on the validation set of QuillFaces and on the test set of Real-World Quill "
                        + "Expressions (RWQE).");
        assertThat(names(x, MentionKind.DATASET)).contains("QuillFaces", "RWQE");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("QuillFaces");
        PaperExtraction y = extract("Agents", "We compare a set of QuillRL agents on control tasks.");
        assertThat(names(y, MentionKind.DATASET)).doesNotContain("QuillRL");
    }

    @Test
    void aQuotedNameInAppositionToADatasetNounIsADataset() {
        PaperExtraction x = extract("Fine-grained cars",
                "We present our effort in collecting a large-scale dataset, \u201cQuillCars\u201d, that covers many car "
                        + "views.");
        assertThat(names(x, MentionKind.DATASET)).contains("QuillCars");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("QuillCars");
    }

    @Test
    void namesBeforeASplitsSetOrUsedAsOneAreDatasets() {
        PaperExtraction x = extract("Grammatical error correction",
                "We report the best results on the union of the QLC-FCE and QLE test sets.");
        assertThat(names(x, MentionKind.DATASET)).contains("QLC-FCE", "QLE");
        PaperExtraction y = extract("Tuning translation systems",
                "We use QMT04 as development set to tune the weights and QMT05 as the test data.");
        assertThat(names(y, MentionKind.DATASET)).contains("QMT04", "QMT05");
        assertThat(names(y, MentionKind.METHOD)).doesNotContain("QMT04", "QMT05");
    }

    @Test
    void namesListedAfterADatasetNounAmongCapitalisedNamesAreDatasets() {
        PaperExtraction x = extract("Graph filters",
                "Our filter gains 3.7% and 2.3% on the datasets Cora, Citeseer, Pubmed and QELL, respectively.");
        assertThat(names(x, MentionKind.DATASET)).contains("QELL");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("QELL");
        PaperExtraction y = extract("Feature selection", "The data sets Q500, Q5000, and Q20000 come from a challenge.");
        assertThat(names(y, MentionKind.DATASET)).contains("Q500", "Q5000");
        PaperExtraction z = extract("Retrieval", "We use three graded-relevance test collections (NTQ6C, TRQ9 and TRQ10).");
        assertThat(names(z, MentionKind.DATASET)).contains("NTQ6C", "TRQ9");
    }

    @Test
    void aQuotedNameBeforeADatasetNounIsADataset() {
        PaperExtraction x = extract("Topic models",
                "On the \"QubMedTrain2\" dataset, which has a larger vocabulary, our sampler converges faster.");
        assertThat(names(x, MentionKind.DATASET)).contains("QubMedTrain2");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("QubMedTrain2");
    }

    @Test
    void aNameThatADatasetNounIsNamedOrSaidToBeIsADataset() {
        PaperExtraction x = extract("Crowd counting",
                "We introduce a large-scale RGB-D crowd counting dataset named QuillTechRGBD for evaluation.");
        assertThat(names(x, MentionKind.DATASET)).contains("QuillTechRGBD");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("QuillTechRGBD");
        PaperExtraction y = extract("Emotions in images",
                "The first dataset is QMOd, which holds 1019 images. The second dataset is the QAT2000 collection.");
        assertThat(names(y, MentionKind.DATASET)).contains("QMOd", "QAT2000");
        PaperExtraction z = extract("Sampling", "We propose a new sampler named QuillWalk for graphs.");
        assertThat(names(z, MentionKind.METHOD)).contains("QuillWalk");
    }

    @Test
    void aWalkAQuadratureOrAFilterNamedAfterItsAuthorIsAMethod() {
        PaperExtraction x = extract("Sampling from polytopes",
                "We speed up each step of the Zorbin walk, estimate traces with Kessel quadrature and "
                        + "smooth the states with a Marnov filter.");
        assertThat(names(x, MentionKind.METHOD)).contains("Zorbin walk", "Kessel quadrature", "Marnov filter");
    }

    @Test
    void aDatasetDescribedWithJoinedAdjectivesOrGivenAsExampleDataIsADataset() {
        PaperExtraction x = extract("Pruning",
                "We prune wide networks on Qio-TCD, a larger and more complex dataset devoted to traffic analysis.");
        assertThat(names(x, MentionKind.DATASET)).contains("Qio-TCD");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("Qio-TCD");
        PaperExtraction y = extract("Long videos",
                "Recent work has turned to longer and untrimmed video data, such as QLOG and QPIC-Kitchens.");
        assertThat(names(y, MentionKind.DATASET)).contains("QLOG", "QPIC-Kitchens");
        PaperExtraction z = extract("Tuning", "QuillOpt, a simpler and more robust optimizer, converges faster.");
        assertThat(names(z, MentionKind.METHOD)).contains("QuillOpt");
    }

    @Test
    void capitalisedNamesGivenAsExamplesOfMethodsAreMethods() {
        PaperExtraction x = extract("Adaptive optimizers",
                "Newer algorithms such as AdaQuill, ZWAT, and Pquill were proposed to close the gap. We compare with "
                        + "baselines like Erased Quill Diffusion and Forget-Me-Quill, and with techniques like "
                        + "Contrastive Quillence and Pseudoquill.");
        assertThat(names(x, MentionKind.METHOD)).contains("Pquill", "Erased Quill Diffusion", "Forget-Me-Quill",
                "Contrastive Quillence", "Pseudoquill");
        assertThat(names(x, MentionKind.PROPOSED)).doesNotContain("Pquill");
        // capitals that a noun goes on from, and concept families, are no names of their own
        PaperExtraction y = extract("Surrogates",
                "We fit models such as Gaussian processes, and compare generative models including GAN, VAE, and Flow. "
                        + "Theoretical models, such as Quill's model, explain it. We build graphs (e.g., Delquay or "
                        + "k-nearest) for matching.");
        assertThat(names(y, MentionKind.METHOD)).doesNotContain("Gaussian", "Flow", "Quill", "Delquay");
    }
}
