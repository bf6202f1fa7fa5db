package org.paperkg.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paperkg.extract.Extractions.extract;
import static org.paperkg.extract.Extractions.names;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What a paper proposes: the names it introduces, told from the names it uses.
 * Each case runs the real CoreNLP pipeline, loaded once per test JVM ({@link SharedExtractor}).
 */
class ProposalExtractionTest {
    @Test
    void tellsProposalsFromUses() {
        PaperExtraction x = extract("FlowNetX: Fast Flows",
                "We propose FlowNetX, a normalizing flow that is faster than RealNVP. "
                        + "Unlike Glow, FlowNetX needs no invertible convolutions. We compare against MADE-based models.");
        assertThat(names(x, MentionKind.PROPOSED)).containsExactly("FlowNetX");
        assertThat(names(x, MentionKind.METHOD)).contains("FlowNetX", "RealNVP", "Glow", "MADE");
    }

    @Test
    void aLowerCasePhraseThatTheAuthorsProposeIsANameWhenTheTitleWritesIt() {
        PaperExtraction x = extract("Quill-by-Quill Prompting Enables Harder Reasoning",
                "We propose a novel prompting strategy, quill-by-quill prompting. It splits problems.");
        assertThat(names(x, MentionKind.PROPOSED)).containsExactly("Quill-by-Quill Prompting");
        PaperExtraction rightAfterTheVerb = extract("Certified Detection with Median Quilting",
                "To certify regression, we propose median quilting, which is of independent interest.");
        assertThat(names(rightAfterTheVerb, MentionKind.PROPOSED)).containsExactly("Median Quilting");
        PaperExtraction ours = extract("Latent Untangling via Matrix Slab Projection",
                "We untangle latent spaces. Our method, matrix slab projection, is simpler than earlier ones.");
        assertThat(names(ours, MentionKind.PROPOSED)).containsExactly("Matrix Slab Projection");
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
        PaperExtraction y = extract("Quill search at initialization",
                "We propose a novel QAS algorithm called QAS at Initialization (QASI) that uses a kernel. The QAS "
                        + "algorithm is costly.");
        assertThat(names(y, MentionKind.PROPOSED)).containsExactly("QASI");
    }

    @Test
    void aShortFormOfTheWholeTitleIsProposed() {
        String abs = "Quills are hard to parse. The Quill Parsing Network (QPN) parses them quickly.";
        assertThat(names(extract("Quill Parsing Networks", abs), MentionKind.PROPOSED)).containsExactly("QPN");
        assertThat(names(extract("Parsing quills quickly", abs), MentionKind.PROPOSED)).isEmpty();
    }

    @Test
    void theUseOfANameIsNotItsProposal() {
        PaperExtraction x = extract("Better trajectories",
                "We introduce the usage of Randomized Trajectory Smoothing Estimation (RTSE) into planners.");
        assertThat(names(x, MentionKind.METHOD)).contains("RTSE");
        assertThat(names(x, MentionKind.PROPOSED)).doesNotContain("RTSE");
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
    void whatIsPutSomewhereIsNotProposed() {
        PaperExtraction x = extract("On Layer Normalization in the Quill Architecture",
                "Our theory shows that if the layer normalization is put inside the residual blocks, gradients "
                        + "behave. A quill normaliser, QuillNorm, is put forward as well.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("QuillNorm").doesNotContain("layer normalization");
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
        PaperExtraction y = extract("Learning graph structure",
                "We relax the problem. The result is a differentiable Graph Quill-State Automaton (GQSA) layer that "
                        + "adds a new edge type.");
        assertThat(names(y, MentionKind.PROPOSED)).containsExactly("GQSA");
    }

    @Test
    void lowerCaseWordsJoinedByFourForForAreACoinedNameButAnOrdinalRunIntoAWordIsNot() {
        PaperExtraction x = extract("Small networks on sensors",
                "Our open-source compiler, qn4edge, turns trained networks into plain C. It came the4th in a "
                        + "contest.");
        assertThat(names(x, MentionKind.METHOD)).containsExactly("qn4edge");
        assertThat(names(x, MentionKind.PROPOSED)).containsExactly("qn4edge");
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
                + "This paper describes the use of a mathematical technique called low rank folding. "
                + "We extend play to a dynamic model called discounted stochastic game (Shapley, 1953). "
                + "Attention is paid to the problem of named entity recognition.");
        assertThat(names(y, MentionKind.METHOD)).doesNotContain("concept space", "the concept space",
                "low rank folding", "discounted stochastic game", "entity recognition");
    }

    @Test
    void whatTheAuthorsReferToTheirMethodAsOrProposeInThisPaperIsProposed() {
        PaperExtraction x = extract("Codes", "We refer to our recurrent architecture as Neural Decoder Evolution (NDV). "
                + "We develop in this work FedMend, an extension of FedAvg. We refer to this family of methods as GRIT.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("NDV", "FedMend").doesNotContain("GRIT", "FedAvg");
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
    void proposalsThroughParenthesesNamingNounsAndNotOthersWork() {
        PaperExtraction a = extract("Sequences", "We propose the Structured State Space sequence model (S4) for long inputs.");
        assertThat(names(a, MentionKind.PROPOSED)).contains("S4");
        PaperExtraction b = extract("Filters", "The resulting approach, called the Discriminative Kalman Filter (DKF), is fast.");
        assertThat(names(b, MentionKind.PROPOSED)).contains("DKF");
        PaperExtraction c = extract("Bandits", "In a recent work, Laforgue et al. introduce the model of LSD bandits.");
        assertThat(names(c, MentionKind.PROPOSED)).doesNotContain("LSD");
    }

    @Test
    void aCoinedTitleNameBeforeAKindNounIsTheCoinedWord() {
        PaperExtraction x = extract("QuilInfo Framework: Measuring Usable Information in Quill Graphs",
                "We propose QuilInfo, a framework that measures usable information.");
        assertThat(names(x, MentionKind.PROPOSED)).containsExactly("QuilInfo");
        PaperExtraction y = extract("QViD Dataset: Anonymized Quill Videos", "We present QViD, a video dataset.");
        assertThat(names(y, MentionKind.PROPOSED)).containsExactly("QViD");
        assertThat(names(y, MentionKind.DATASET)).containsExactly("QViD");
    }

    @Test
    void aTitleOpeningWithANamedModelProposesIt() {
        PaperExtraction x = extract("Random Lattice Neural Processes for Parametric Equations", "We study equations.");
        assertThat(names(x, MentionKind.PROPOSED)).containsExactly("Random Lattice Neural Processes");
        PaperExtraction concept = extract("Graph Neural Networks for Traffic", "We study traffic.");
        assertThat(names(concept, MentionKind.PROPOSED)).isEmpty();
        PaperExtraction phenomenon = extract("The Overfitting Phenomenon: Why Models Repeat", "We study repetition.");
        assertThat(names(phenomenon, MentionKind.PROPOSED)).isEmpty();
        // an infinitive after the opening words says what they are for: a clause, no name
        PaperExtraction purpose = extract("Meta-Tuning Quill-Language Models To Spot Named Pets in Photos",
                "We study pets.");
        assertThat(names(purpose, MentionKind.PROPOSED)).isEmpty();
        PaperExtraction lowerCase = extract("Spectral Smoothing Networks to Prevent Drift in Embeddings",
                "We study drift.");
        assertThat(names(lowerCase, MentionKind.PROPOSED)).isEmpty();
        // (an activity, though the tagger's lemma of "Modeling" is a model noun)
        PaperExtraction gerund = extract("Effective Neural Quill Modeling with Embedding Clustering",
                "We study quills.");
        assertThat(names(gerund, MentionKind.PROPOSED)).isEmpty();
    }

    @Test
    void aNameModifyingAMethodNounIsNotWhatIsProposed() {
        PaperExtraction x = extract("Search", "We propose a novel NAS algorithm called NASI, and compare NAS strategies.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("NASI").doesNotContain("NAS");
    }

    @Test
    void aNewNameOfNoKnownThingBeforeAMethodNounIsProposed() {
        PaperExtraction x = extract("Video adapters", "We propose a novel TWINROUTE adaptation for video transformers. "
                + "Results show that TWINROUTE transfers image models well.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("TWINROUTE");
    }

    @Test
    void aWordThatIsNoNameElsewhereIsTheNameOfTheTitleAndOfTheProposal() {
        PaperExtraction x = extract("CPU: Continual Pruning under Uncertainty",
                "We propose a continual pruning under uncertainty (CPU) method for streams of tasks. The CPU method "
                        + "keeps accuracy while it prunes. Training runs on a single GPU.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("CPU");
        assertThat(names(x, MentionKind.METHOD)).contains("CPU").doesNotContain("GPU");
    }

    @Test
    void aNovelThingThatANamingVerbNamesIsProposedWhateverTheSubject() {
        PaperExtraction x = extract("Exploration", "We present GRAFTEX, an exploration method for teams of agents. "
                + "GRAFTEX uses a novel intrinsic bonus, called Worth of Contact (WoC), to score the influence of one agent.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("GRAFTEX", "WoC");
    }

    @Test
    void aShortFormDefinedAfterANovelPhraseIsProposedWhenItsLongFormIsFound() {
        PaperExtraction x = extract("Pruning at initialization", "The analysis shows how collapse is avoided, motivating "
                + "a novel pruning algorithm Iterative Neural Flow Pruning (NeuFlow). The algorithm needs no data.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("NeuFlow");
    }

    @Test
    void aLongFormInQuotationMarksIsTheWordsInsideThemAndItsShortFormIsProposed() {
        PaperExtraction x = extract("Goals for exploring", "We propose \"Sparse Wavelet Gating Networks\" (SWGN), a "
                + "method that gates wavelets, and present \u201CDeep Lattice Fusion Network (DLFN)\u201D which fuses "
                + "features. SWGN beats the \u2018Rigid Cluster Pooling\u2019 (RCPool) baseline.");
        assertThat(x.aliases()).containsEntry("SWGN", Set.of("Sparse Wavelet Gating Networks"))
                .containsEntry("DLFN", Set.of("Deep Lattice Fusion Network"))
                .containsEntry("RCPool", Set.of("Rigid Cluster Pooling"));
        assertThat(names(x, MentionKind.PROPOSED)).contains("SWGN", "DLFN").doesNotContain("RCPool");
    }

    @Test
    void aSentenceThatLeadsTheAuthorsToAProposalIsTheirs() {
        PaperExtraction x = extract("Spectra of anomalies", "Anomalies shift the spectrum to high frequencies. This "
                + "observation motivates us to propose the Gamma Ripple Graph Network (GRGN). GRGN filters bands, which "
                + "leads us to introduce BandCut, a pruning rule. Work by Smith et al. led us to PolyNet.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("GRGN", "BandCut").doesNotContain("PolyNet");
    }

    @Test
    void aCoinedNameInParenthesesClosesTheDescriptionAProposalVerbPresents() {
        PaperExtraction x = extract("Backpropagating through argmax", "We introduce structured projection of "
                + "intermediate gradients (SPUGAT), a new method for backpropagation. We present a sparse graph network "
                + "for extractive summarization (HexaSum), which links sentences. We compare with a baseline for "
                + "summarization (LeadBot). We propose an objective for the recently-introduced sparse copulas (SpaCop).");
        assertThat(names(x, MentionKind.PROPOSED)).contains("SPUGAT", "HexaSum").doesNotContain("LeadBot", "SpaCop");
    }

    @Test
    void aCoinedNameInParenthesesAfterADescriptionHeadedByACorpusIsADataset() {
        PaperExtraction x = extract("Coherence in real texts", "We present a new corpus of everyday forum posts (QFCorp) "
                + "and a small model of noisy texts (NoTexa). Both are released.");
        assertThat(names(x, MentionKind.DATASET)).contains("QFCorp").doesNotContain("NoTexa");
        assertThat(names(x, MentionKind.METHOD)).contains("NoTexa").doesNotContain("QFCorp");
    }

    @Test
    void aListOfNamesInAppositionBeforeAPassiveTriggerIsProposed() {
        PaperExtraction x = extract("Sharpness on a budget", "We design an adaptive policy. Two efficient algorithms, "
                + "QE-Sharp and QE-LookSharp, are proposed. Older optimizers, such as RoundSGD and FlatProp, were "
                + "proposed before.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("QE-Sharp", "QE-LookSharp")
                .doesNotContain("RoundSGD", "FlatProp");
    }

    @Test
    void aCoinedNameAfterOrOrNamelyThatTheCapitalisedWordsBeforeSpellIsTheirShortForm() {
        PaperExtraction x = extract("Compact quill fields", "We propose Residual Quill Field or ReQF, a compact "
                + "representation. We also propose Generative Adversarial Quills, namely GAQL. We compare with Mutual "
                + "Ranking or Gravity-Counts.");
        assertThat(x.aliases()).containsEntry("ReQF", Set.of("Residual Quill Field"))
                .containsEntry("GAQL", Set.of("Generative Adversarial Quills")).doesNotContainKey("Gravity-Counts");
        assertThat(names(x, MentionKind.PROPOSED)).contains("ReQF", "GAQL")
                .doesNotContain("Residual Quill Field", "Generative Adversarial Quills");
    }

    @Test
    void aWellKnownNameInsideOrBeforeWhatThePaperProposesIsNotProposed() {
        PaperExtraction x = extract("Quiet RLHF: calm feedback for agents", "We propose Quiet Reinforcement Learning from "
                + "Human Feedback (Quiet RLHF), a novel algorithm for alignment. We also propose a key-value enriched BERT "
                + "model and a BERT architecture-based model for sarcasm.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("Quiet RLHF").doesNotContain("RLHF", "BERT");
        PaperExtraction opening = extract("Hyena Towers: longer convolutions", "We propose Hyena, a subquadratic "
                + "operator, and stack it into towers.");
        assertThat(names(opening, MentionKind.PROPOSED)).contains("Hyena Towers", "Hyena");
    }

    @Test
    void aParticipleThatDescribesAWellKnownNameDoesNotProposeIt() {
        PaperExtraction x = extract("Semi-supervised learning from uncurated data", "We propose QuillMatch, a robust "
                + "extension of FixMatch. We demonstrate that QuillMatch improves FixMatch for uncurated web images by "
                + "+5.3% and curated ImageNet by +0.4%.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("QuillMatch").doesNotContain("ImageNet");
        assertThat(names(x, MentionKind.DATASET)).contains("ImageNet");
    }

    @Test
    void aNewNameSpelledOutAfterWithInAProposalIsProposed() {
        PaperExtraction x = extract("Few-shot segmentation", "Motivated by this, we propose a feature extractor with "
                + "Quill Fold Memory (QFM). We propose a decoder with BERT. QFM helps the segmentation heads. We then introduce "
                + "a fusion network with Slim Quill Transformer (SQT) blocks for global features.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("QFM").doesNotContain("BERT", "SQT");
    }

    @Test
    void aTitleTopicThatEndsInATaskNounIsNoProposedName() {
        PaperExtraction task = extract("Sensor Drift Detection: Localizing Which Sensors Changed",
                "We define the problem as a set of conditional tests and propose a score-based statistic for it.");
        assertThat(names(task, MentionKind.PROPOSED)).doesNotContain("Sensor Drift Detection");
        PaperExtraction method = extract("Quill Editing: A Flexible Way to Revise Sketches",
                "We present a method that lets users revise sketches with a few strokes.");
        assertThat(names(method, MentionKind.PROPOSED)).contains("Quill Editing");
    }

    @Test
    void aShortFormAfterTheWordsItSpellsBeforeTheTitleColonIsTheProposedName() {
        PaperExtraction x = extract("Quill Gradient Sampling (QGS): A Fast Sampler for Graphs",
                "Sampling neighbours is slow on large graphs. In this work, we propose a principled way to sample them.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("QGS");
    }

    @Test
    void aMcSurnameIsNoCoinedName() {
        PaperExtraction x = extract("Bounds", "We prove a new McQuillan-type concentration inequality and fine-tune "
                + "MacQuillBERT with it.");
        assertThat(names(x, MentionKind.METHOD)).contains("MacQuillBERT").doesNotContain("McQuillan");
    }

    @Test
    void aNameIntroducedAsAThingThatIsThereIsNotProposedByTheProposedModelAfterIt() {
        PaperExtraction x = extract("Robust tagging", "Quill training (QT) is a powerful regularization method for "
                + "neural networks. We propose a tagging model that exploits QT. The proposed QT model is effective.");
        assertThat(names(x, MentionKind.METHOD)).contains("QT");
        assertThat(names(x, MentionKind.PROPOSED)).doesNotContain("QT");
    }

    @Test
    void everyNameOfAListAfterRecentlyProposedIsSomeoneElses() {
        PaperExtraction x = extract("Attacks", "We analyze how human-written adversarial examples compare to the "
                + "recently proposed QuillFooler, Genetic, QAE and SememeQSO attack algorithms on naturalness.");
        assertThat(names(x, MentionKind.METHOD)).contains("QAE", "SememeQSO");
        assertThat(names(x, MentionKind.PROPOSED)).isEmpty();
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
    void aShortFormInsideANovelPhraseThatANameFollowsInAppositionIsNotTheProposal() {
        PaperExtraction x = extract("Hashing inspired by insects",
                "The moth's visual circuit has inspired a new locality sensitive hashing (LSH) algorithm, MothHash. "
                        + "We propose QuillHash, which learns its projections from data.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("QuillHash").doesNotContain("LSH");
    }

    @Test
    void aCoinedNameAppliedOnABenchmarkInAppositionIsNotOneNameWithIt() {
        PaperExtraction x = extract("QuiPaR: Bottom-up Parsing",
                "We apply QuiPaR on Spider, a challenging zero-shot semantic parsing benchmark, and halve "
                        + "decoding time.");
        assertThat(names(x, MentionKind.DATASET)).contains("Spider").noneMatch(n -> n.contains(" on "));
    }

    @Test
    void aLowerCaseNameAfterNamelyNamesTheAuthorsMethod() {
        PaperExtraction x = extract("Calibrating segmenters",
                "Next, we propose a simple, unifying, and effective approach, namely quill scaling, by separating "
                        + "correct and incorrect predictions.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("quill scaling");
        PaperExtraction y = extract("Retrieval for recognition",
                "We evaluate our method in three different classification tasks, namely quill-tailed recognition, "
                        + "learning with noisy labels, and fine-grained classification.");
        assertThat(names(y, MentionKind.METHOD)).doesNotContain("quill-tailed recognition");
        PaperExtraction z = extract("Structured pruning",
                "We propose a new regularizer on scaling factors, namely quill regularizer. It pushes factors apart.");
        assertThat(names(z, MentionKind.PROPOSED)).contains("quill regularizer");
    }

    @Test
    void whatARelativeClauseOfTheProposalBuildsAndExtendsIsNotProposed() {
        PaperExtraction x = extract("Pareto-efficient agents",
                "Second, we propose Quill Decision Agents (QDA), a family of offline algorithms that builds and "
                        + "extends QuillFormers via a new conditioned policy.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("QDA").doesNotContain("QuillFormer", "QuillFormers");
    }

    @Test
    void aCoinedWordBeforeChallengeInTheTitleIsTheBenchmarksName() {
        PaperExtraction x = extract("QUILL Challenge: Embodied Decision Making in Changing Environments",
                "To remedy this gap, we propose a new simulated embodied benchmark, called QUILL, to assess agents. "
                        + "QUILL consists of three disaster scenarios.");
        assertThat(names(x, MentionKind.DATASET)).contains("QUILL");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("QUILL Challenge", "QUILL");
    }

    @Test
    void aShortFormOfTheTitlesPartBeforeItsColonIsProposed() {
        PaperExtraction x = extract("Quill across Experiments: A Natural Extension of Off-Policy RL",
                "We present a simple framework to reuse replays across experiments. At its core, Quill across "
                        + "Experiments (QaE) reuses experience from previous experiments.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("QaE");
        PaperExtraction y = extract("Learning from Quill Proportions: Bootstrapping Learners via Belief Propagation",
                "In learning from quill proportions (LQP), each training example belongs to a bag.");
        assertThat(names(y, MentionKind.PROPOSED)).doesNotContain("LQP");
    }

    @Test
    void aTasksShortFormModifyingTheNounOfWhatIsFormulatedIsNotProposed() {
        PaperExtraction x = extract(
                "Rethinking Domain Generalization for Quill Anti-Spoofing: Separability and Alignment",
                "This work studies the generalization issue of quill anti-spoofing (QAS) models on domain gaps. We "
                        + "formulate this QAS strategy of separability and alignment (SA-QAS) as a problem of "
                        + "invariant risk minimization (IRM). We demonstrate the effectiveness of SA-QAS on "
                        + "cross-domain QAS datasets.");
        assertThat(names(x, MentionKind.PROPOSED)).doesNotContain("QAS");
        assertThat(names(x, MentionKind.METHOD)).contains("SA-QAS");
        PaperExtraction y = extract("Neural Fine-Tuning Search for Few-Shot Learning",
                "We study this question through the lens of neural quill search (NQS). We demonstrate the generality "
                        + "of our NQS method on residual networks. It achieves 100% of the supervised performance of "
                        + "VOC0712.");
        assertThat(names(y, MentionKind.PROPOSED)).doesNotContain("NQS");
        assertThat(names(y, MentionKind.METHOD)).doesNotContain("VOC0712");
    }

    @Test
    void functionWordsLendNoInitialAndStatementsOrClassicsAreNoProposals() {
        PaperExtraction x = extract("Towards Diverse Behaviors: A Benchmark for Imitation Learning",
                "We introduce simulation environments and the corresponding Datasets with Diverse human "
                        + "Demonstrations for Imitation Learning (D3IL), designed to test multi-modal behaviour.");
        assertThat(x.aliases().get("D3IL"))
                .contains("Datasets with Diverse human Demonstrations for Imitation Learning");
        assertThat(names(x, MentionKind.DATASET)).contains("D3IL");
        PaperExtraction z = extract("Transcription conventions",
                "Large spoken corpora are rare in Japanese, with the exception of the Corpus of Spontaneous Quill "
                        + "(CSQ). We convert other corpora to CSQ conventions.");
        assertThat(names(z, MentionKind.DATASET)).contains("CSQ");
        PaperExtraction y = extract("Weaker Quill Condition: Extragradient Methods with Multi-Step Exploration",
                "We show that extragradient methods converge under a weaker condition. We also propose a Semantic "
                        + "Quilting and NMS module to remove duplicates.");
        assertThat(names(y, MentionKind.PROPOSED)).doesNotContain("Weaker Quill Condition", "NMS");
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
    void aShortFormDefinedForANovelPhraseIsProposed() {
        PaperExtraction x = extract("Better pooling for slides",
                "We build a novel MIL framework with soft tile pruning (STP-MIL). Messages pass through a novel "
                        + "Gated Relay Transformer (GRT) between tiles. Unlike a new relay network (NRN), it is exact. "
                        + "This paper proposes a novel method for cross-view geolocalization (CVGL).");
        assertThat(names(x, MentionKind.PROPOSED)).contains("STP-MIL", "GRT").doesNotContain("NRN", "CVGL");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("CVGL");
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
    void aWordInAppositionToAMethodOrDatasetTheAuthorsMakeNamesIt() {
        PaperExtraction x = extract("Adaptive neighbourhoods",
                "We propose a semi-parametric method, Kilo-Hoods, where each prediction adapts to its input. "
                        + "This paper introduces a generative model-based framework, Verity, which checks estimators. "
                        + "We also release a novel benchmark, Kitchen Reshuffle, for embodied agents. "
                        + "Earlier work studied a related method, Slowhood, on tabular data.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("Kilo-Hoods", "Verity", "Kitchen Reshuffle");
        assertThat(names(x, MentionKind.DATASET)).contains("Kitchen Reshuffle");
        assertThat(names(x, MentionKind.METHOD)).contains("Kilo-Hoods", "Verity").doesNotContain("Slowhood");
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
    void aNameGivenForShortAfterATriggerIsProposedHoweverLongThePhrase() {
        PaperExtraction x = extract("Weighted scores",
                "We propose a light and model-agnostic framework that improves structure learning by adaptively "
                        + "learning sample weights for the Balanced Edge Score function, BalScore for short, with "
                        + "little cost. Deep belief networks, DBNets for short, are older.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("BalScore").doesNotContain("DBNet", "DBNets");
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
    void aMeasureAfterAProposalVerbIsNoName() {
        PaperExtraction x = extract("Speech synthesis",
                "We also improve upon the recently-proposed QuillTTS model in terms of Mean Quill Score as judged by "
                        + "trained listeners.");
        assertThat(names(x, MentionKind.METHOD)).containsExactly("QuillTTS");
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
    void aLongFormAfterAnOptionalWordInParenthesesIsStillProposedByTheTriggerBeforeIt() {
        PaperExtraction x = extract("Sorting quills",
                "In this work, we develop the (Stochastic) Forward-Backward Quill Variational Inference (FB-QVI) "
                        + "algorithm to sort quills by length.");
        assertThat(names(x, MentionKind.PROPOSED)).containsExactly("FB-QVI");
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
    void aPassiveProposalThatAnAdverbDatesIsSomeoneElses() {
        PaperExtraction x = extract("iQuill: A Stable Regularizer",
                "Among them, a simple one, called Quilling, is proposed recently, which keeps the training loss at a "
                        + "level. We propose a new regularizer, called individual Quill (denoted as iQuill).");
        assertThat(names(x, MentionKind.PROPOSED)).containsExactly("iQuill");
        assertThat(names(x, MentionKind.METHOD)).contains("Quilling");
    }

    @Test
    void theProposedMethodNamedInAnAppositionWithAnArticleIsProposed() {
        PaperExtraction x = extract("Stable memory agents",
                "The proposed architecture, the Gated Quillformer-XL (GQfXL), surpasses LSTMs on memory tasks.");
        assertThat(names(x, MentionKind.PROPOSED)).containsExactly("GQfXL");
        PaperExtraction y = extract("Robust decision processes",
                "We also propose an offline algorithm, namely the robust fitted-quill iteration (RFQI), for such "
                        + "problems, and compare with two baselines, namely the Zorb Net (ZN) and QuokkaNet.");
        assertThat(names(y, MentionKind.PROPOSED)).containsExactly("RFQI");
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
        assertThat(names(x, MentionKind.METHOD)).contains("Proximal Policy Optimization", "Layer Normalization",
                "classifier-free guidance");
        assertThat(names(x, MentionKind.PROPOSED)).doesNotContain("classifier-free guidance");
    }

    @Test
    void aDefinedNameWithItsMethodNounInThePassiveIsProposed() {
        PaperExtraction x = extract("Detecting interactions",
                "Based on this measure, a Persistent Link Finding (PLF) algorithm is developed to detect interactions. "
                        + "Specifically, an Instance-Aware Style Whitening framework is proposed to learn features.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("PLF").doesNotContain("Style Whitening");
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
    void aProposalMayPassAdjectivesJoinedByACommaButNotAnAnalysis() {
        PaperExtraction x = extract("Stable diagonal models",
                "We introduce a generic, backward-stable \"rotate-then-project\" (RTP) methodology for such models. "
                        + "We also propose a new, simplified analysis of RMSProp.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("RTP").doesNotContain("RMSProp");
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
    void aShortFormForWhatTheAuthorsProposeToDoIsTheirMethod() {
        PaperExtraction x = extract("Kernels from data",
                "We propose to meta-learn a kernel from offline data (Meta-KeR). Meta-KeR is accurate.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("Meta-KeR");
    }

    @Test
    void aNameCalledPopularIsUsedNotProposed() {
        PaperExtraction x = extract("Robust densities",
                "We introduce a robust estimator combining the popular Kernel Density Estimation method and the "
                        + "Median-of-Means principle.");
        assertThat(names(x, MentionKind.PROPOSED)).doesNotContain("Kernel Density Estimation");
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
    void aDefinitionInAppositionToOurMethodNounIsTheAuthorsNamedMethod() {
        PaperExtraction x = extract("Imitation from one demonstration",
                "Our proposed algorithm, Paired Flow Imitation Learning (PFIL), matches the expert with one trajectory.");
        assertThat(names(x, MentionKind.METHOD)).contains("PFIL");
        assertThat(names(x, MentionKind.PROPOSED)).containsExactly("PFIL");
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
    void aCoinedNetInThePluralIsOneName() {
        PaperExtraction x = extract("Flow samplers", "We train TrellisNets to sample graphs and compare them with GridNet.");
        assertThat(names(x, MentionKind.METHOD)).contains("TrellisNet").doesNotContain("TrellisNets");
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
    void aNamingVerbInParenthesesNamesTheTitleCaseMethodOfTheProposal() {
        PaperExtraction x = extract("Steerable resampling",
                "We propose a novel method of Learning Warping Kernels (termed LeWaK), which is fast. LeWaK runs on "
                        + "phones.");
        assertThat(x.aliases().get("LeWaK")).containsExactly("Learning Warping Kernels");
        assertThat(names(x, MentionKind.METHOD)).contains("LeWaK");
        PaperExtraction unnamed = extract("Steerable resampling",
                "We propose a novel method of Learning Resampling Function (LeRF). LeRF runs on phones.");
        assertThat(unnamed.aliases().get("LeRF")).containsExactly("Learning Resampling Function");
        PaperExtraction described = extract("Discourse relations",
                "We translate each sense relation into a small embedding space (called TransS), which mines their "
                        + "geometry. TransS helps on the relation task.");
        assertThat(described.aliases()).containsKey("TransS");
        assertThat(names(described, MentionKind.METHOD)).contains("TransS");
    }

    @Test
    void anAcronymInParenthesesBeforeTheColonOfAProposalIsReadPast() {
        PaperExtraction x = extract("Synthesis routes",
                "We propose a novel reinforcement learning (RL) formulation for making new drug molecules: "
                        + "Route Gradient for Synthesis Planning (RGSP), which keeps every product makeable.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("RGSP");
    }

    @Test
    void knownThingsThatAProposalSentenceMentionsAreNotProposed() {
        PaperExtraction x = extract("Helpful patches",
                "We propose a reversed Fast Gradient Sign Method (FGSM) that makes patches help the detector. "
                        + "Our best model reaches 88% accuracy using the released CLIP model. Such steps come from what "
                        + "is called step-wise rationale (SWR) prompting, and we propose QuillChain to automate them.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("QuillChain").doesNotContain("FGSM", "CLIP", "SWR");
        assertThat(names(x, MentionKind.METHOD)).contains("FGSM", "CLIP");
    }

    @Test
    void aCoinedPhraseBeforeALowerCaseActivityNamesOneMethodWithoutANounAfterIt() {
        PaperExtraction x = extract("Quill augmented pre-training",
                "We show the value of Quill-Augmented Sentence Model pre-training (QASMP) by fine-tuning on open "
                        + "questions. Graph contrastive learning (GCLR) helps too.");
        assertThat(x.aliases()).containsKey("QASMP").doesNotContainKey("GCLR");
        assertThat(names(x, MentionKind.METHOD)).contains("QASMP").doesNotContain("GCLR");
    }

    @Test
    void aNewLossThatANamingWordNamesIsTheAuthorsMethod() {
        PaperExtraction x = extract("Rotated boxes",
                "The resulting new loss called QuillIoU loss is easier to implement. Baselines train with the "
                        + "usual SkewRIoU loss.");
        assertThat(names(x, MentionKind.METHOD)).contains("QuillIoU").doesNotContain("SkewRIoU");
        assertThat(names(x, MentionKind.PROPOSED)).contains("QuillIoU");
    }

    @Test
    void aNameDenotedAsIsProposedAndAVenueWithItsYearGluedIsNoName() {
        PaperExtraction x = extract("Memory-efficient incremental learning",
                "We propose a simple yet effective baseline, denoted as QuillMem for Quill Memory model. Earlier "
                        + "work (PVLDB2012) kept every exemplar.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("QuillMem");
        assertThat(names(x, MentionKind.METHOD)).contains("QuillMem").doesNotContain("PVLDB2012");
    }

    @Test
    void aNameInAppositionAfterTheAuthorsNovelMethodIsProposed() {
        PaperExtraction x = extract("Whitened features",
                "We use these insights to motivate a novel method, QPMP (Quill-Post Pat), which post-processes an "
                        + "encoder. Earlier work used a new method, QuillOld, without such insight.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("QPMP").doesNotContain("QuillOld");
    }

    @Test
    void aCoinedWordThatADashSetsOffInTheTitleIsThePapersName() {
        PaperExtraction x = extract("QuillNet - Imperceptible Warping of Quills",
                "We warp quills so that nobody sees it. The warp fools detectors on two datasets.");
        assertThat(names(x, MentionKind.PROPOSED)).containsExactly("QuillNet");
        PaperExtraction corpus = extract("QSC-TOBI \u2013 A Prosodically Annotated Quill Speech Corpus",
                "We record and annotate speech about quills.");
        assertThat(names(corpus, MentionKind.DATASET)).contains("QSC-TOBI");
        assertThat(names(corpus, MentionKind.PROPOSED)).contains("QSC-TOBI");
        PaperExtraction plain = extract("Optimal Approximation - Smoothness Tradeoffs for Quills",
                "We study tradeoffs between approximation and smoothness.");
        assertThat(names(plain, MentionKind.PROPOSED)).isEmpty();
    }

    @Test
    void namesTheAuthorsGiveToDatasetsAreDatasets() {
        PaperExtraction x = extract("Quill labels",
                "This work presents two new benchmark datasets, which we name as QUILL-10N, QUILL-100N, built from "
                        + "photos. We release synthetic corpora, which we name QFLD. We then benchmark methods on them.");
        assertThat(names(x, MentionKind.DATASET)).contains("QUILL-10N", "QUILL-100N", "QFLD");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("QUILL-10N", "QUILL-100N", "QFLD");
    }

    @Test
    void aNameInParenthesesForShortAfterWhatTheAuthorsProposeIsProposed() {
        PaperExtraction x = extract("Quill shapes",
                "We propose a 3D shape generation framework (QSD-Diffusion in short) that uses denoising diffusion.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("QSD-Diffusion");
    }

    @Test
    void aNameBetweenDashesAfterOurModelIsProposed() {
        PaperExtraction x = extract("Shop embeddings",
                "Product vectors came from prod2vec. Our model - Shop2BERT - is trained on sessions, and our encoder "
                        + "\u2013 CartFormer \u2013 reads baskets.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("Shop2BERT", "CartFormer").doesNotContain("prod2vec");
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
    void aNameThatAGerundInTheDescriptionActsOnIsNotProposed() {
        PaperExtraction x = extract("Anatomy from points",
                "We present QuillPoint, a novel unsupervised approach for constructing correspondence-based "
                        + "anatomical quill models (AQMs) directly from raw point clouds.");
        assertThat(names(x, MentionKind.PROPOSED)).containsExactly("QuillPoint");
        PaperExtraction y = extract("Contrast by transport",
                "To generate the negatives, we propose a novel framework connecting Quill GANs with a classifier.");
        assertThat(names(y, MentionKind.PROPOSED)).isEmpty();
    }

    @Test
    void aKnownNameAfterANumberedModifierIsAVariantNotTheProposal() {
        PaperExtraction x = extract("Compressed optimizer states",
                "Large models are trained with optimizers like Adam, whose states take much memory. We propose 4-bit "
                        + "Adam, which stores both moments in four bits.");
        assertThat(names(x, MentionKind.PROPOSED)).doesNotContain("Adam");
    }

    @Test
    void aNameCoinedByCitedAuthorsIsNoProposal() {
        PaperExtraction x = extract("Language learning agents",
                "Reasoning about what others believe was coined Quill Mind Reading (QMR) by Quillard & Penn (1978). "
                        + "We study QMR in speaker agents.");
        assertThat(names(x, MentionKind.PROPOSED)).doesNotContain("QMR");
    }

    @Test
    void aTitleNameThatTheAbstractSaysOthersProposedIsNoProposal() {
        PaperExtraction x = extract("Word Sense Disambiguation: Towards Richer Context from Words and Senses",
                "Lately proposed Word Sense Disambiguation (WSD) systems come close to the upper bound of the task.");
        assertThat(names(x, MentionKind.PROPOSED)).isEmpty();
    }

    @Test
    void aSettingThatTheTextNamesIsNoProposal() {
        PaperExtraction x = extract("Continual sentiment",
                "This paper studies continual learning of review classification tasks in a particular setting called "
                        + "domain quilted learning (DQL). This paper proposes a novel model called QUILTER.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("QUILTER").doesNotContain("DQL");
        // (nor a new setting the authors pose and name: a setting, like a task or problem, is no method or dataset)
        PaperExtraction y = extract("Continual sentiment",
                "We introduce a new setting called domain quilted learning (DQL), where tasks arrive without labels.");
        assertThat(names(y, MentionKind.PROPOSED)).doesNotContain("DQL");
        assertThat(names(y, MentionKind.METHOD)).doesNotContain("DQL");
    }

    @Test
    void aCodedNameAtTheEndOfALongProposalPhraseIsProposed() {
        PaperExtraction x = extract("Aspect extraction",
                "Hence, we propose an LDA-based generative topic model inducing the two-layer categorical information "
                        + "(QAT-LDA), to balance the aspects of a parent category and its children.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("QAT-LDA");
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
    void namesInAppositionToThingsCalledEstablishedAreNotProposed() {
        PaperExtraction x = extract("Streaming speech recognition",
                "We present experiments with two state-of-the-art speech networks, QuiltNet and SeamNet, on two "
                        + "corpora. We also present a new state-of-the-art network, PatchNet, for streaming.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("PatchNet").doesNotContain("QuiltNet", "SeamNet");
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
    void theSystemThatATitleSetsAtAVenueIsProposed() {
        PaperExtraction x = extract("QuillTeam at SemEval-2031 Task 4: Detecting Sarcasm with Ensembles",
                "We describe our system for the task. It combines three classifiers and ranks fifth.");
        assertThat(names(x, MentionKind.PROPOSED)).containsExactly("QuillTeam");
        assertThat(names(x, MentionKind.METHOD)).contains("QuillTeam");
        PaperExtraction y = extract("Ramona Quill at SemEval-2031 Task 4: Detecting Sarcasm with Ensembles",
                "We describe our system for the task. It combines three classifiers and ranks fifth.");
        assertThat(names(y, MentionKind.PROPOSED)).isEmpty();
        PaperExtraction z = extract("Tackling Biomedical Summaries: ZOQA at BioQuill 5B",
                "We describe our participation in the annual BioQuill challenge and our techniques.");
        assertThat(names(z, MentionKind.PROPOSED)).containsExactly("ZOQA");
        assertThat(names(z, MentionKind.METHOD)).contains("ZOQA");
        assertThat(names(z, MentionKind.DATASET)).doesNotContain("ZOQA");
        // (not a team named as a well-known evaluation begins, "TAC KBP")
        PaperExtraction w = extract("TAC at SemEval-2031 Task 4: Detecting Sarcasm with Ensembles",
                "We describe our system for the task. It combines three classifiers and ranks fifth.");
        assertThat(names(w, MentionKind.PROPOSED)).isEmpty();
        PaperExtraction v = extract("Zone models",
                "We propose and analyze a framework called QuillZone. We also study an extension of QuillZone called "
                        + "QuillZoneB, and a new paradigm named QuillLearn.");
        assertThat(names(v, MentionKind.PROPOSED)).contains("QuillZone", "QuillZoneB", "QuillLearn");
    }

    @Test
    void aUnitThatTheAuthorsIntroduceIsAMethodEvenWithTheShortFormOfHardware() {
        PaperExtraction x = extract("Arithmetic layers",
                "We introduce the Neural Power Unit (NPU) that operates on the full domain of real numbers. The NPU "
                        + "learns exponents.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("NPU");
        PaperExtraction y = extract("Fast kernels",
                "Our kernels run on a neural processing unit (NPU) and on graphics processing units (GPUs).");
        assertThat(names(y, MentionKind.METHOD)).doesNotContain("NPU", "GPU", "GPUs");
    }

    @Test
    void aShortFormProposedBeforeItsLongFormInParenthesesIsProposed() {
        PaperExtraction x = extract("Diverse ensembles",
                "To this end, we propose a new algorithm Q-VAT (Quality-Via-disAgreement Training), which enforces "
                        + "agreement on the training data. We show how Q-VAT emerges.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("Q-VAT");
        assertThat(names(x, MentionKind.METHOD)).contains("Q-VAT");
    }

    @Test
    void anAdjectiveBeforeANameUsedEarlierMakesAVariantNotAProposalOfTheName() {
        PaperExtraction x = extract("Speech translation",
                "In this work, we focus on sequence-level quilt distillation (SeqQD) from external models. We propose "
                        + "backward SeqQD, distilling from a reverse model, and it helps.");
        assertThat(names(x, MentionKind.PROPOSED)).doesNotContain("SeqQD");
        PaperExtraction y = extract("Speech translation",
                "Models are slow. We propose efficient QuillNet, a pruned network, and it helps.");
        assertThat(names(y, MentionKind.PROPOSED)).contains("QuillNet");
        PaperExtraction z = extract("Rotation-equivariant control",
                "We propose equivariant DQN and SAC algorithms that exploit the symmetry of the task.");
        assertThat(names(z, MentionKind.PROPOSED)).isEmpty();
        assertThat(names(z, MentionKind.METHOD)).contains("DQN", "SAC");
        PaperExtraction w = extract("Picking contrastive encoders",
                "Empirically, we propose an unsupervised model selection metric ARC that tracks downstream accuracy.");
        assertThat(names(w, MentionKind.PROPOSED)).contains("ARC");
    }

    @Test
    void aCoinedTitleNameThatOpensInLowerCaseIsProposed() {
        PaperExtraction x = extract("iQuill: Bridging Image Classification and Retrieval",
                "We unify two tasks in one model and share its weights. Experiments on two benchmarks show gains.");
        assertThat(names(x, MentionKind.PROPOSED)).containsExactly("iQuill");
        PaperExtraction y = extract("word embeddings: a survey of methods", "We review embedding methods.");
        assertThat(names(y, MentionKind.PROPOSED)).isEmpty();
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
    void aNameReferredToAfterTheAuthorsMethodNounIsProposed() {
        PaperExtraction x = extract("Moment retrieval with dynamics",
                "Image-text models miss how videos change. We propose a generic method, referred to as Visual-Dynamic "
                        + "Lifting (VDL), to help the model see moments. We also propose a continual learning method "
                        + "referred to as Winning Sparse Paths (WSP). The dual, which is also referred to as the "
                        + "Legendre-Fenchel conjugate, is used.");
        assertThat(names(x, MentionKind.PROPOSED)).containsExactlyInAnyOrder("VDL", "WSP");
    }

    @Test
    void aNameSetOffByDashesAfterTheMethodNounIsProposed() {
        PaperExtraction x = extract("Privacy accounting by saddle points",
                "This procedure---dubbed the saddle-point auditor (SPU)---yields a fast approximation of the privacy "
                        + "curve. Its bound -- called Tight Corner (TC) -- is loose.");
        assertThat(names(x, MentionKind.PROPOSED)).containsExactly("SPU");
    }

    @Test
    void capitalsInsideTheWordsSpellTheShortFormOfAProposal() {
        PaperExtraction x = extract("Implicit improvement of language models",
                "To this end, we propose an imPlicit self-ImprovemenT (PIT) framework that learns the goal from "
                        + "preference data. PIT needs no rubrics.");
        assertThat(names(x, MentionKind.PROPOSED)).containsExactly("PIT");
        assertThat(x.mentions()).filteredOn(m -> m.name().equals("PIT"))
                .anySatisfy(m -> assertThat(m.surface()).isEqualTo("imPlicit self-ImprovemenT"));
        PaperExtraction y = extract("Causal training of physics-informed networks",
                "We explain the training schemes used in eXtended PINNs (XPINN) and in sequence learning.");
        assertThat(names(y, MentionKind.METHOD)).containsExactly("XPINN");
        // the capitals reach further back than the character match, which takes the B from "-based"
        PaperExtraction z = extract("Regularising the rank of critics",
                "We then propose a new regularizer, namely BOrel Edge-based robust Regularizer (BOER). "
                        + "BOER keeps the critic well conditioned.");
        assertThat(names(z, MentionKind.PROPOSED)).containsExactly("BOER");
        assertThat(z.mentions()).filteredOn(m -> m.name().equals("BOER"))
                .anySatisfy(m -> assertThat(m.surface()).isEqualTo("BOrel Edge-based robust Regularizer"));
    }

    @Test
    void aLossTheAuthorsCreateIsTheirMethodButALossTheyUseIsNot() {
        PaperExtraction x = extract("Local supervision revisited",
                "To this end, we propose an information spreading (InfoSpread) loss, which keeps information in local "
                        + "modules. We adopt the BXE loss beside it.");
        assertThat(names(x, MentionKind.PROPOSED)).containsExactly("InfoSpread");
        assertThat(names(x, MentionKind.METHOD)).containsExactly("InfoSpread");
    }

    @Test
    void aLongFormAfterNamelyRenamesTheProposedMethodNoun() {
        PaperExtraction x = extract("Federated learning with positive data",
                "Existing PU learning methods fail here. We propose a novel framework, namely Federated quilling with "
                        + "Positive and Unlabeled data (FedQU), to minimize the expected risk. FedQU works well.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("FedQU");
    }

    @Test
    void aDatasetDubbedAfterACommaIsADatasetAndOneExampleOfAPassiveProposalIsNoProposal() {
        PaperExtraction x = extract("Relighting quills",
                "To this end, we introduce a novel dataset, dubbed ReQuill, framing real objects.");
        assertThat(names(x, MentionKind.DATASET)).contains("ReQuill");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("ReQuill");
        PaperExtraction z = extract("Quill minds",
                "Agents infer the mental states of others in social environments, coined Quill of Mind (QoM) by "
                        + "early work, and we build agents equipped with QoM.");
        assertThat(names(z, MentionKind.DATASET)).doesNotContain("QoM");
        PaperExtraction y = extract("Adaptive quill optimizers",
                "Although federated versions of adaptive optimizers such as FedQuill are proposed to add adaptivity, "
                        + "the framework still fails. We propose FedQuillB.");
        assertThat(names(y, MentionKind.PROPOSED)).containsExactly("FedQuillB");
    }

    @Test
    void aClassicAlgorithmIsNeverProposedAndATitleNamesALongerOne() {
        PaperExtraction x = extract("A Sharper Analysis of Spectral Clustering for Quill Graphs",
                "We revisit spectral clustering on quill graphs. We propose the Thompson sampling with Empirical "
                        + "quill reward (E-TS) algorithm, which picks seeds.");
        assertThat(names(x, MentionKind.METHOD)).contains("spectral clustering", "Thompson sampling", "E-TS");
        assertThat(names(x, MentionKind.PROPOSED))
                .doesNotContain("spectral clustering", "Spectral Clustering", "Thompson sampling");
        PaperExtraction y = extract("Lazy Frank-Wolfe Algorithm: Fewer Quill Oracle Calls",
                "We present a variant that calls the linear oracle less often.");
        assertThat(names(y, MentionKind.METHOD)).contains("Lazy Frank-Wolfe Algorithm");
        assertThat(names(y, MentionKind.PROPOSED)).contains("Lazy Frank-Wolfe Algorithm")
                .doesNotContain("Frank-Wolfe Algorithm");
    }

    @Test
    void aKnownNameDescribedAsInUseRenamedOrModifiedIsNotProposed() {
        PaperExtraction x = extract("Sparse quill training",
                "We show that sparse quill models train well on the established ImageNet benchmark. In this paper, "
                        + "we introduce a novel graph convolutional network (GCN), termed as quill graph convolutional "
                        + "network (QuillGCN), that splits a graph. For bandits, we propose an optimistic trust region "
                        + "policy optimization (TRPO) algorithm with low regret. We also propose a sound and efficient "
                        + "adversarial attack algorithm (ARC) capable of breaking quill ensembles.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("QuillGCN", "ARC")
                .doesNotContain("ImageNet", "GCN", "TRPO");
    }

    @Test
    void aNameInTheComplementOfAReportOrAfterANumberIsNotProposed() {
        PaperExtraction x = extract("Adapting quill models to new domains",
                "We present adaptation results using GPT-2, QuillLM-2, and ViT on four tasks. We also present an "
                        + "extensive study of planning depth for a cornerstone reinforcement learning algorithm, "
                        + "AlphaZero. Finally, we propose 0/1 Adam, which quantises each Adam step to one bit.");
        assertThat(names(x, MentionKind.PROPOSED)).doesNotContain("QuillLM-2", "AlphaZero", "Adam");
        assertThat(names(x, MentionKind.METHOD)).contains("QuillLM-2", "AlphaZero", "Adam");
        PaperExtraction y = extract("Planning in quill games",
                "We present the results of our novel planning algorithm, QuillPlan, on twelve games. We also "
                        + "present a new benchmark study, QuillBench.");
        assertThat(names(y, MentionKind.PROPOSED)).contains("QuillPlan", "QuillBench");
    }

    @Test
    void aWellKnownNameAfterANamingVerbIsProposedOnlyWhereSomethingIsMade() {
        PaperExtraction x = extract("Reconstructing quill images from brain activity",
                "We reconstruct images from fMRI signals. More specifically, we rely on a latent diffusion model "
                        + "(LDM) termed Stable Diffusion. We also design a new decoder, termed QuillDec.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("QuillDec").doesNotContain("Stable Diffusion");
        PaperExtraction y = extract("A generalist quill agent",
                "We build one agent for many tasks. The agent, which we refer to as Gato, plays games and chats.");
        assertThat(names(y, MentionKind.PROPOSED)).contains("Gato");
        assertThat(names(x, MentionKind.METHOD)).contains("Stable Diffusion");
    }

    @Test
    void aMethodNounThatBasedDescribesStillIntroducesTheNameButACampaignDuringWhichItWasMadeIsNoProposal() {
        PaperExtraction x = extract("Straight quills",
                "We propose a deep quill learning based approach QuillMatch, which aligns quills. We also build a "
                        + "method based on StackNet. We describe the improvements that were developed during the "
                        + "QUILLS 2019 evaluation campaign.");
        assertThat(names(x, MentionKind.PROPOSED)).containsExactly("QuillMatch");
    }

    @Test
    void aShortFormGivenInAppositionToTheAuthorsNewMethodNounNamesTheirMethod() {
        PaperExtraction x = extract("Capturing quill traits",
                "We develop a novel VAE model, the quill capturing VAE (QCVAE), which reads quills. The QCVAE learns "
                        + "fast.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("QCVAE");
        assertThat(names(x, MentionKind.METHOD)).contains("QCVAE");
    }

    @Test
    void aCapitalLetterAndAHyphenMayOpenANameThatAnAppositionIntroduces() {
        PaperExtraction x = extract("Generalized quill decoding",
                "We present Q-Quiller, a generalized decoding model that reads quills. Q-Quiller is fast.");
        assertThat(names(x, MentionKind.PROPOSED)).containsExactly("Q-Quiller");
        assertThat(names(x, MentionKind.METHOD)).containsExactly("Q-Quiller");
    }

    @Test
    void whatANovelVariantExtendsIsNoProposal() {
        PaperExtraction x = extract("Diverse quill agents",
                "Our method is established on Q-QPP, a novel extension of quill point process (QPP) to many agents. "
                        + "We also introduce a novel stacked quill encoder (SQE).");
        assertThat(names(x, MentionKind.PROPOSED)).contains("Q-QPP", "SQE").doesNotContain("QPP");
    }

    @Test
    void ourClassifierForATaskInLowerCaseProposesNotTheTask() {
        PaperExtraction x = extract("Quill rules",
                "We introduce a method that turns a rule-based quill extraction (QE) classifier into a neural one. "
                        + "On the QuillRel dataset, our neural QE classifier beats the rules.");
        assertThat(names(x, MentionKind.PROPOSED)).doesNotContain("QE");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("QE");
    }

    @Test
    void aFunctionWordJoinsTheCapitalisedWordsOfAProposedNameInApposition() {
        PaperExtraction x = extract("Ladder of Hindsight aligns quill models",
                "In this work, we propose a novel technique, Ladder of Hindsight, that is easy to optimize. We "
                        + "introduce Quill Models for Reading texts from the past. Ladder of Hindsight beats them.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("Ladder of Hindsight")
                .doesNotContain("Quill Models for Reading");
        assertThat(names(x, MentionKind.METHOD)).contains("Ladder of Hindsight");
    }

    @Test
    void aPassiveProposalDatedInThePastIsOthers() {
        PaperExtraction x = extract("Quill feedback revisited",
                "While QF was proposed almost a decade ago (Quillson et al., 2014), much is open. QG was introduced "
                        + "in 2016 for the same purpose. We study QF and QG. QuillMix is proposed to fix both.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("QuillMix").doesNotContain("QF", "QG");
    }

    @Test
    void anEstablishedThingThatAnArticleOpensIsNotOursInOurVariantOfIt() {
        PaperExtraction x = extract("Guiding quill models",
                "A quill-based model (QBM) is a popular generative framework, but training is hard. We improve QBMs "
                        + "with contrastive latents. We also show the abilities of our latent-variable QBMs.");
        assertThat(names(x, MentionKind.PROPOSED)).doesNotContain("QBM");
        assertThat(names(x, MentionKind.METHOD)).contains("QBM");
    }

    @Test
    void anEstablishedThingModifyingTheNounOfWhatTheAuthorsPresentIsNotTheirs() {
        PaperExtraction x = extract("Tuning-free quill solvers for imaging",
                "Quill-and-play (QnP) is a non-convex framework that combines proximal algorithms with denoisers. "
                        + "In this work, we present a tuning-free QnP proximal algorithm, which sets its own "
                        + "parameters.");
        assertThat(names(x, MentionKind.PROPOSED)).doesNotContain("QnP");
        assertThat(names(x, MentionKind.METHOD)).contains("QnP");
    }

    @Test
    void whatAPassiveProposalIsBasedOnIsNoProposal() {
        PaperExtraction x = extract("Cross-lingual quill retrieval",
                "A deep relevance matching model based on BERT is introduced and trained with weak supervision. "
                        + "We develop new quill resources by using two off-the-shelf tools: word2vec and Quillistica. "
                        + "A new approach, denoted as SSL with quill filtering (SSL-QF) is proposed. We propose a "
                        + "light face-parsing method using a Local Quill Function network, FP-LQIF.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("SSL-QF", "FP-LQIF")
                .doesNotContain("BERT", "word2vec", "Quillistica");
    }

    @Test
    void aLongFormThatTheSubtitleSpellsOutIsProposed() {
        PaperExtraction x = extract("Storytelling with quills: A Critical Quill Dungeons and Dragons Dataset",
                "This paper describes the Critical Quill Dungeons and Dragons Dataset (CQD3) and its analyses.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("CQD3");
        assertThat(names(x, MentionKind.DATASET)).contains("CQD3");
    }

    @Test
    void aLowerCaseTitlePrefixThatTheAbstractIntroducesIsAName() {
        PaperExtraction x = extract("quillant: a software toolkit for research on text models",
                "We introduce quillant, an open source toolkit for multitask experiments. quillant runs many tasks.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("quillant");
        PaperExtraction plain = extract("quills: a study of feathers", "We study quills, which birds grow.");
        assertThat(names(plain, MentionKind.PROPOSED)).isEmpty();
    }

    @Test
    void namesListedAfterAGerundOfPurposeAreNoProposals() {
        PaperExtraction x = extract("Quill game design",
                "In this paper, a comparison is undertaken between two games for building term association lists, "
                        + "namely QuillDeMots and Quicky Quill.");
        assertThat(names(x, MentionKind.PROPOSED)).isEmpty();
        assertThat(names(x, MentionKind.METHOD)).contains("QuillDeMots");
    }

    @Test
    void whatANovelApproachUsesIsNoProposal() {
        PaperExtraction x = extract("Quill-Chat: better dialogue",
                "We propose a novel probabilistic approach using Quill Random Fields (QRF) to help dialogue agents. "
                        + "We also introduce a novel quill learning framework (QLF). Then we present a novel algorithm "
                        + "called Generalized Quill Iteration using Tensor Trains (TQI) for control.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("QLF", "TQI").doesNotContain("QRF");
        assertThat(names(x, MentionKind.METHOD)).contains("QRF");
    }

    @Test
    void aTitleCaseNameAfterAMethodOfIsProposed() {
        PaperExtraction x = extract("Telling quills apart",
                "In this paper, we first propose a method of Quill-Enhanced Recurrent Variational Encoder (QR-VE), "
                        + "which consists of two branches. We also propose a variant of the Quill Transformer (QT), "
                        + "which was proposed earlier.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("QR-VE").doesNotContain("QT");
    }

    @Test
    void ourMethodNounAfterSeveralModifiersNamesTheAuthorsMethod() {
        PaperExtraction x = extract("Many-skill quill handling",
                "We evaluate our many-skill mobile quill manipulation method Q3 on three tasks of the Quill Home "
                        + "Benchmark (QHB), and our results on the large QuillSet data show gains.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("Q3").doesNotContain("QuillSet", "QHB");
    }

    @Test
    void aCoinedShortFormOfANovelPhraseIsProposedButNotAPartOfANamedProposal() {
        PaperExtraction x = extract("Quill training at two bits",
                "To enable this, we explore a novel adaptive Quill Scaling technique (Quillscale) that helps. We then "
                        + "propose QLS-PR, a novel dual memory prioritized replay (PR) method for quills.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("Quillscale", "QLS-PR").doesNotContain("PR");
    }

    @Test
    void aGroupSymbolWithItsArgumentDescribesTheAuthorsModel() {
        PaperExtraction x = extract("Equivariant quill generation",
                "This work introduces a diffusion model for quills. Our E(3) Equivariant Quill Diffusion Model (EQDM) "
                        + "learns to denoise a diffusion process.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("EQDM");
    }

    @Test
    void aNameInAppositionToSomethingNewInAListIsProposed() {
        PaperExtraction x = extract("Quill tracking",
                "To uncover these findings, we employ two methods: QDM, which automatically detects model components, "
                        + "and QMAP, a new approach for patching activations across models.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("QMAP").doesNotContain("QDM");
    }

    @Test
    void whatAPurposeClauseBuildsIsNoProposal() {
        PaperExtraction x = extract("End-to-end QMR coreference",
                "Parsing to Quill Meaning Representation (QMR) has become popular. We introduce the first end-to-end "
                        + "QMR coreference model in order to build multi-sentence QMRs.");
        assertThat(names(x, MentionKind.PROPOSED)).doesNotContain("QMR");
    }

    @Test
    void aCoinedNameAfterATaskAndOnIsData() {
        PaperExtraction x = extract("Dynamic quill augmentation",
                "QuillAugment improves video action localization on QuillLoc'14, and video object detection on "
                        + "QuillDet17. We also run QuillAugment on GPT-2.");
        assertThat(names(x, MentionKind.DATASET)).contains("QuillLoc'14", "QuillDet17").doesNotContain("GPT-2");
    }

    @Test
    void aLetterHyphenatedToANounAfterATriggerIsProposed() {
        PaperExtraction x = extract("Proximal quill learning",
                "We propose the Q-quiller, motivated by the R- and DR-learner, a tailored two-stage loss function. We "
                        + "also rely on Q-learning.");
        assertThat(names(x, MentionKind.PROPOSED)).containsExactly("Q-quiller");
    }

    @Test
    void whatTheDerivationResultsInIsProposed() {
        PaperExtraction x = extract("Quill losses",
                "We revisit the QuillTron algorithm of earlier work. The resulting BregmanQuill algorithm jointly "
                        + "learns the loss along with the classifier, and beats QuillTron. Typical solvers cannot solve "
                        + "the resulting QDPs. Past work has shown the resulting QMM component-count posterior is "
                        + "consistent.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("BregmanQuill").doesNotContain("QuillTron", "QDP", "QMM");
    }

    @Test
    void aNamingParticipleThatOpensTheSentenceNamesTheAuthorsThing() {
        PaperExtraction x = extract("Bounds for quill layers",
                "We introduce a fast upper bound and a new alternative to the Power iteration. Called the Quill "
                        + "iteration, our approach converges superlinearly. We compare with Nesterov acceleration.");
        assertThat(names(x, MentionKind.PROPOSED)).containsExactly("Quill iteration");
    }

    @Test
    void aListOfWellKnownModelsAfterOurIsNoProposal() {
        PaperExtraction x = extract("Quill-gated networks",
                "We present QuillGate. On ImageNet, our ResNet50 and ResNet34 gated networks reach 74.6% accuracy.");
        assertThat(names(x, MentionKind.PROPOSED)).doesNotContain("ResNet34", "ResNet50");
    }

    @Test
    void theNamesThatOurMethodsIncludeAreProposed() {
        PaperExtraction x = extract("Quill storytelling",
                "We design methods that follow emotion arcs. Our models include Quill Supervision (QuillSup) and two "
                        + "Quill-Reinforced (QuillRL) models. Baselines include GPT-2 and QuillNet.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("QuillSup", "QuillRL").doesNotContain("GPT-2", "QuillNet");
    }

    @Test
    void aDashBetweenPhrasesEndsALongFormAndATitleHeadSpelledOutIsTheProposal() {
        PaperExtraction x = extract("Tilted Quill Risk Minimization",
                "Quill risk minimization is common. We explore these problems through a unified "
                        + "framework---tilted quill risk minimization (TQRM). We show that TQRM helps. We use "
                        + "the Metropolis--Hastings Quill Sampler (MHQS).");
        assertThat(x.aliases().get("TQRM")).containsExactly("tilted quill risk minimization");
        assertThat(x.aliases().get("MHQS")).containsExactly("Metropolis--Hastings Quill Sampler");
        assertThat(names(x, MentionKind.PROPOSED)).containsExactly("TQRM");
        PaperExtraction y = extract("Gradient Quill Memory for Continual Learning",
                "Continual learning forgets. We store the bases in the memory as Gradient Quill Memory (GQM). GQM "
                        + "forgets less.");
        assertThat(names(y, MentionKind.PROPOSED)).containsExactly("GQM");
        PaperExtraction z = extract("Deep Quill Clustering with Data Augmentation",
                "Data augmentation helps. However, in deep quill clustering (DQC), augmentation is rarely used. "
                        + "We study DQC with augmented data.");
        assertThat(names(z, MentionKind.PROPOSED)).doesNotContain("DQC");
        PaperExtraction w = extract("Generalised Quill Improvement with Geometric Composition",
                "We introduce a method for composing policies. We can then apply generalised quill improvement (GQI) "
                        + "to such policies.");
        assertThat(names(w, MentionKind.PROPOSED)).doesNotContain("GQI");
        PaperExtraction v = extract("Reverse engineering of quill perturbations",
                "How to recover perturbations? This leads to a new adversarial learning paradigm\u2014Reverse Quilling "
                        + "of Deceptions (RQD). RQD recovers the images.");
        assertThat(v.aliases().get("RQD")).containsExactly("Reverse Quilling of Deceptions");
        assertThat(names(v, MentionKind.PROPOSED)).containsExactly("RQD");
    }

    @Test
    void namesInAppositionToWhatAProposalUsesAreNotProposedUnlessCalledNew() {
        PaperExtraction x = extract("Quill at the offence task",
                "We proposed a multi-lingual method using Pre-trained Language Models, ERNIE and XLM-R. We propose a "
                        + "framework using a novel attention module, QuillAtt, for tagging. Our apps run on iOS.");
        assertThat(names(x, MentionKind.PROPOSED)).containsExactly("QuillAtt");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("iOS");
    }

    @Test
    void aTitleCaseLongFormThatAProposedMethodWorksThroughIsTheProposal() {
        PaperExtraction x = extract("Open set quilting",
                "Prior work is slow. We propose a new method for open set recognition via QUilted-Label Evidential "
                        + "learning (QULE). We also propose a principled exploration method for agents through Quilted "
                        + "Bootstrapping and Backward Induction (QB2I). A baseline tags via Conditional Random Fields "
                        + "(CRF), and we propose a model for parsing through Multi-Task Learning (MTL).");
        assertThat(names(x, MentionKind.PROPOSED)).containsExactlyInAnyOrder("QULE", "QB2I");
    }

    @Test
    void aNewNameSpelledByTheTitlesInitialsIsProposedUnlessTheTitleNamesATask() {
        PaperExtraction x = extract("Bayesian Quill Bottleneck",
                "Why networks generalise is still open. From BQB we can read a phase transition in training, and "
                        + "BQB needs the weights alone.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("BQB");
        PaperExtraction task = extract("Cross-Lingual Quill Reading Comprehension",
                "Readers of one language ask about texts in another. Models trained on CQRC fail on harder passages.");
        assertThat(names(task, MentionKind.PROPOSED)).doesNotContain("CQRC");
    }

    @Test
    void aClassicAlgorithmsShortFormThatTheTextSpellsOutForSomethingElseCanBeProposed() {
        PaperExtraction x = extract("Topic Discovery via Fused Dirichlet Mixtures",
                "Topic models are slow on large corpora. In particular, we introduce a novel mixture model which we "
                        + "term the Fused Dirichlet Mixture (FDM) model. FDMs capture word pairs.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("FDM");
        PaperExtraction classic = extract("Heat flow solvers",
                "We solve the heat equation with the finite difference method (FDM) and a new grid, which we call "
                        + "FDM.");
        assertThat(names(classic, MentionKind.PROPOSED)).doesNotContain("FDM");
    }

    @Test
    void aWellKnownNameInLowerCaseIsTheTechniqueAtLargeNotAProposal() {
        PaperExtraction x = extract("Quill-Mix: graph augmentation",
                "This work develops mixup for graph data. We propose the cross-lingual manifold mixup (QX-Mix) "
                        + "method.");
        assertThat(names(x, MentionKind.PROPOSED)).doesNotContain("mixup", "Mixup");
    }

    @Test
    void aNicknamedMethodIsProposedAndEmphasisedHyphenatedWordsAreNoNames() {
        PaperExtraction x = extract("Quill rewards",
                "We design a new optimizer, nicknamed QUILLR, for sparse rewards. We propose Q-ZETRA-ADA, a "
                        + "cross-lingual ZEta-TRAnsfer learning ADAptation approach. We send the results by SMS.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("QUILLR");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("ZEta-TRAnsfer", "SMS");
    }

    @Test
    void aNameSpelledByTheInitialsOfTheTitlesPartAfterItsColonIsProposed() {
        PaperExtraction x = extract("Transport meets Inference: Controlled Quill Carlo Diffusions",
                "Our work culminates in the development of the Controlled Quill Carlo Diffusion sampler (CQCD) for "
                        + "Bayesian computation. CQCD beats competing samplers.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("CQCD");
    }

    @Test
    void theTitlesHeadSpelledOutAfterBasedOnIsTheProposal() {
        PaperExtraction x = extract("Gaussian Quill Distribution Learning for Spherical Image Object Detection",
                "Spherical detection is hard. In this paper, we design a simple but effective regression loss based on "
                        + "Gaussian Quill Distribution Learning (GQDL) for spherical image object detection. GQDL "
                        + "works.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("GQDL");
    }

    @Test
    void aNameTheOpeningSentenceCallsEstablishedIsNotProposedByAVerbOfMakingLater() {
        PaperExtraction x = extract("Language in a Jar: Guided Quill Bottlenecks",
                "Quill Bottleneck Models (QBM) are inherently interpretable models. QBMs need manual concepts. We are "
                        + "the first to show how to construct high-performance QBMs without manual specification.");
        assertThat(names(x, MentionKind.PROPOSED)).doesNotContain("QBM");
        PaperExtraction fresh = extract("Quill graphs",
                "Graph Quill Networks (GQN) are a novel family of models. We propose GQN for sparse graphs.");
        assertThat(names(fresh, MentionKind.PROPOSED)).contains("GQN");
    }

    @Test
    void aNameWithItsDatasetNounInThePassiveOfATriggerIsProposed() {
        PaperExtraction x = extract("Ultra-High Resolution Segmentation: A Novel Benchmark",
                "A large benchmark is needed. To this end, the QURUR dataset is introduced, in the meaning of an "
                        + "ultra-high resolution dataset. QURUR contains many images.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("QURUR");
        assertThat(names(x, MentionKind.DATASET)).contains("QURUR");
    }

    @Test
    void theSecondOfTwoProposedLongFormsWithShortFormsIsProposedToo() {
        PaperExtraction x = extract("Quill: pre-training",
                "We propose Image-Knowledge Quilting (IKQ) and Image Edit Quilting (IEQ) to pre-train the model. We "
                        + "compare with Soft Zed-Critic (SZC) and Proximal Zed Optimization (PZO).");
        assertThat(names(x, MentionKind.PROPOSED)).contains("IKQ", "IEQ").doesNotContain("SZC", "PZO");
    }

    @Test
    void whatACitedWorkUnveilsAsNewIsNotProposed() {
        PaperExtraction x = extract("QuillCast++: better forecasting",
                "Forecasting is hard. In particular, (Zed et al., 2022) unveils QuillCast, a new benchmark that uses "
                        + "news articles. We introduce QuillCast++, a retrieval system for forecasting.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("QuillCast++").doesNotContain("QuillCast");
        assertThat(names(x, MentionKind.DATASET)).contains("QuillCast");
    }

    @Test
    void aContrastSetDescribedByAPhraseTakesTheNameTheAuthorsGiveIt() {
        PaperExtraction x = extract("Quill references",
                "We evaluate our model on QLEVR-Ref+. We further construct a contrast set for QLEVR-Ref+, which we "
                        + "call QC-Ref+. We outperform the baselines on QC-Ref+.");
        assertThat(names(x, MentionKind.DATASET)).contains("QC-Ref+");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("QC-Ref+");
    }

    @Test
    void aKnownStatisticWithABasedOnModifierIsNotTheAuthorsOwn() {
        PaperExtraction x = extract("Detecting adversarial data with quill scores",
                "We propose a statistic called quill perturbation score (QPS). We develop QPS-based maximum mean "
                        + "discrepancy (MMD) as a metric to measure the discrepancy between samples.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("QPS").doesNotContain("MMD");
        assertThat(names(x, MentionKind.METHOD)).contains("MMD");
    }

    @Test
    void aCapitalisedWordThatIsTheWholeObjectOfTheAuthorsVerbOfMakingIsTheirName() {
        PaperExtraction x = extract("Multilingual translation by grafting",
                "In this paper, we propose Quillformer to graft separately pre-trained language models for machine "
                        + "translation. We also introduce Draft, Sketch, and Prove (DSP), a method for proofs. Others "
                        + "propose Zedformer to translate.");
        assertThat(names(x, MentionKind.METHOD)).contains("Quillformer").doesNotContain("Draft", "Zedformer");
        assertThat(names(x, MentionKind.PROPOSED)).contains("Quillformer");
    }

    @Test
    void aNameTheTextSaysHasBeenStudiedIsNotProposedByNamingItsVariant() {
        PaperExtraction x = extract("Fast momentum methods",
                "Although the Quill gradient method (QGM) has been studied from various perspectives, its forms "
                        + "differ. Our new simple algorithm, which we call the unified QGM, bridges the gap. We also "
                        + "propose QuillNet, a new network.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("QuillNet").doesNotContain("QGM");
    }

    @Test
    void aNameJoinedByAndToAProposedOneEachWithItsPurposeIsProposed() {
        PaperExtraction x = extract("Online stabilization of quill networks",
                "To address this problem, we propose Online Quill Renormalization (OQR) to ensure consistent "
                        + "parameters between testing and training, and Online Quill Stabilizer (OQS) to stabilize "
                        + "firing rates. Unlike Batch Zed Normalization (BZN) to compute statistics, and Layer Zed "
                        + "Norm (LZN) to normalize, ours works online.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("OQR", "OQS").doesNotContain("BZN", "LZN");
    }

    @Test
    void aCommonShortFormThatANamingWordGivesTheAuthorsMethodInLowerCaseIsTheirName() {
        PaperExtraction x = extract("Quill learning without forgetting",
                "In this work, we propose a new method, called adaptive quill improvement (API), for continual "
                        + "learning. API evaluates plasticity. The model reads mmWave signals and calls a web API over "
                        + "InfiniBand and RDMA links.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("API");
        assertThat(names(x, MentionKind.METHOD)).contains("API").doesNotContain("mmWave", "InfiniBand", "RDMA");
    }

    @Test
    void splitsOfDatasetsTheAuthorsIntroduceAreNotThoseDatasets() {
        PaperExtraction x = extract("Quill depth estimation",
                "We propose QuillDepth. We introduce splits of two autonomous driving datasets, QDAD and Zedverse. "
                        + "We also introduce two new datasets, QNEW and ZNEW. We create a subset of the QDAD data, "
                        + "Quill Questions (QQ). We propose a distributed version of the QuillUCB algorithm, QD-UCB.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("QuillDepth", "QNEW", "ZNEW", "QQ", "QD-UCB")
                .doesNotContain("QDAD", "Zedverse");
        assertThat(names(x, MentionKind.DATASET)).contains("QDAD", "Zedverse");
    }

    @Test
    void aVerbOfMakingAfterWeIsTheAuthorsVerbWhatTheTaggerReads() {
        PaperExtraction x = extract("Quill risk learning",
                "For both metrics, we design efficient algorithms QuillRM and QuillBPI, respectively.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("QuillRM", "QuillBPI");
    }

    @Test
    void aKindThatATitleNamesOnlyAsWhatItsMethodIsForIsNotProposed() {
        PaperExtraction x = extract("QTIPS: Quill Path Sampling for Anytime Quill Networks",
                "Anytime quill networks (AnytimeQNs) are a promising solution. We further propose QTIPS, a framework "
                        + "to automatically design AnytimeQNs under hardware constraints.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("QTIPS").doesNotContain("AnytimeQN");
    }

    @Test
    void whatTheAuthorsCollectUnderItsNameWithTheIsNotTheirs() {
        PaperExtraction x = extract("Quill submissions to a shared task",
                "For the test data, we collected the QOPUS dataset including three IT domain corpora.");
        assertThat(names(x, MentionKind.PROPOSED)).doesNotContain("QOPUS");
        assertThat(names(x, MentionKind.DATASET)).contains("QOPUS").doesNotContain("IT");
    }

    @Test
    void itemsListedAfterAVerbOfCollectingAndAnotherVerbAreProposed() {
        PaperExtraction x = extract("Quill benchmarks for re-identification",
                "We collected and annotated two challenging real-world target datasets: QuillPerson and QuillVehicle, "
                        + "captured under various illuminations.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("QuillPerson", "QuillVehicle");
    }

    @Test
    void aNameBeforeAPluralDatasetNounAfterTheNamesACollectionTheAuthorsIntroduce() {
        PaperExtraction x = extract("Quill re-identification",
                "We introduce the Quillice benchmarks, large-scale datasets providing evaluation protocols. "
                        + "We evaluate on the GLUE benchmarks.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("Quillice").doesNotContain("GLUE");
    }

    @Test
    void whatAClassicalThingIsCalledInThePassiveIsNotProposed() {
        PaperExtraction x = extract("Difference of quill minimization",
                "A classical algorithm for QC problems is called the QC algorithm (QCA). We introduce its complete "
                        + "form (CQCA). The resulting method is called QuillMin.");
        assertThat(names(x, MentionKind.PROPOSED)).doesNotContain("QCA").contains("QuillMin");
    }

    @Test
    void aCoinedWordInLowerCaseGoesOnACapitalisedPhraseAfterTheTrigger() {
        PaperExtraction x = extract("Adaptive nearest neighbour translation",
                "qNN-MT, recently proposed by Smith et al. (2020), works. In this paper, we propose Adaptive qNN-MT "
                        + "to dynamically determine the number of neighbours. We propose Decouple aNd Quill Network.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("Adaptive qNN-MT")
                .doesNotContain("qNN-MT", "Decouple aNd Quill Network");
    }

    @Test
    void aTitleCaseLossListedAfterACountedMethodNounAndAColonIsProposed() {
        PaperExtraction x = extract("Boosting quill learning",
                "We propose two novel techniques: Entropy Quill Loss (EQL) and Adaptive Quill Learning (AQL). "
                        + "EQL incorporates the prediction distribution.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("EQL", "AQL");
    }

    @Test
    void aTitleWordThatIsOtherwiseNoNameIsThePapersWhereTheAbstractIntroducesIt() {
        PaperExtraction x = extract("ARM: Refining Quill Forecasting with Adaptive Learning",
                "To address this, we introduce ARM: a multivariate temporal-contextual adaptive learning method.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("ARM");
        x = extract("ARM: A Processor for Quills", "We measure energy on an ARM board.");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("ARM");
    }

    @Test
    void aNewThingInAppositionIsTheAuthorsWhereAnEarlierClauseCallsAnotherExisting() {
        PaperExtraction x = extract("Quill tools for annotation",
                "The first is QLATE, an existing command-line based tool, and the second is Quillay, a new tool we "
                        + "developed that integrates mouse interaction.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("Quillay").doesNotContain("QLATE");
    }

    @Test
    void aNameInAppositionToANounInAPhraseAfterAPassiveIsNotProposed() {
        PaperExtraction x = extract("QuillTeam at SemEval-2021 Task 7: Humor detection",
                "This system was developed for the task 7 of the competition, SemEval 2021. A new benchmark is "
                        + "introduced, QuillBench.");
        assertThat(names(x, MentionKind.DATASET)).contains("SemEval 2021");
        assertThat(names(x, MentionKind.PROPOSED)).doesNotContain("SemEval 2021").contains("QuillBench");
    }

    @Test
    void aWellKnownNameThatAPassiveSaysWasMadeIsNotProposed() {
        PaperExtraction x = extract("Data collection versus quill completion",
                "This position paper discusses resources such as WordNet. WordNet was developed on SemCor, a small "
                        + "sample from the Brown Corpus. A new quill lexicon, QuillNet, was developed too.");
        assertThat(names(x, MentionKind.PROPOSED)).doesNotContain("WordNet");
    }

    @Test
    void aLowerCaseLongFormSetOffByADashAfterAProposedMethodNounIsProposed() {
        PaperExtraction x = extract("Quill reasoning beyond English",
                "To improve the performance, we propose a simple yet effective method \u2014 multilingual quill "
                        + "pretraining (MQP). It enhances sentence representations.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("MQP");
    }

    @Test
    void aPassiveProposalOpeningTheAbstractBeforeTheAuthorsProposeIsOthers() {
        PaperExtraction x = extract("QuillGeo pre-training for query rewriting",
                "Query Quilling (QQ) is proposed to solve the mismatch between queries and documents. In this paper, "
                        + "we propose a pre-training model, called QuillGeo, for map search.");
        assertThat(names(x, MentionKind.PROPOSED)).doesNotContain("QQ").contains("QuillGeo");
        PaperExtraction own = extract("Quill clustering",
                "A novel clustering framework, Query Quilling (QQ), is proposed in this paper. We propose a loss too.");
        assertThat(names(own, MentionKind.PROPOSED)).contains("QQ");
    }

    @Test
    void aTitleCaseLongFormRightAfterTheProposedMethodNounIsProposed() {
        PaperExtraction x = extract("Quill dynamics for multimodal sentiment analysis",
                "To address these problems, we propose a novel MSA framework Quill Model for Multimodal Sentiment "
                        + "Analysis (QMSA) to identify the contribution of modalities.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("QMSA");
    }

    @Test
    void aTaskTheAuthorsPoseAndNameIsNeitherMethodNorProposed() {
        PaperExtraction x = extract("Referring quill tracking",
                "In this paper, we propose a new and general referring understanding task, termed referring quill "
                        + "tracking (RQT). To push forward RQT, we construct a benchmark named Refer-Quill and develop "
                        + "QuillFormer to tackle the new task.");
        assertThat(names(x, MentionKind.PROPOSED)).doesNotContain("RQT").contains("QuillFormer");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("RQT");
        PaperExtraction method = extract("Boosted quill transform for regression",
                "In this paper, we propose a boosting algorithm for regression problems called boosted quill transform "
                        + "for regression (BQTR) based on random rotations.");
        assertThat(names(method, MentionKind.PROPOSED)).contains("BQTR");
    }

    @Test
    void aKnownLongFormInsideAnExpansionAfterAColonIsNotProposed() {
        PaperExtraction x = extract("Interpretable series classification via multiple instance learning",
                "In this work, we leverage Multiple Instance Learning (MIL) to overcome this issue, and propose a new "
                        + "framework called MILLQUE: Multiple Instance Learning for Locally Quilled Unsupervised "
                        + "Explanations.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("MILLQUE").doesNotContain("MIL");
        // (a short form with a comma and a parenthesis right after it has no expansion to read)
        PaperExtraction cited = extract("Quill tagging",
                "We compare QuillNet with the CRFS, (Lafferty et al., 2001) and with the HMMS: (Rabiner, 1989).");
        assertThat(names(cited, MentionKind.METHOD)).contains("QuillNet");
    }

    @Test
    void whatAStudiedProblemIsForIsNotProposed() {
        PaperExtraction x = extract("QuillDARTS: Differentiable Quantum Architecture Search for Variational Quantum "
                        + "Algorithms",
                "Variational quantum algorithms (VQA) have received attention lately. We address the problem of "
                        + "quantum architecture search (QAS) for VQA to automatically design parameterized quantum "
                        + "circuits (PQC). We devise a differentiable search algorithm.");
        assertThat(names(x, MentionKind.PROPOSED)).doesNotContain("PQC");
    }

    @Test
    void aCapitalisedNameSetOffAfterWhatAMethodNounIsForIsProposed() {
        PaperExtraction dash = extract("Improving generalization of quill learning",
                "In this paper, we propose a new regularization mechanism for quill-learning -- Minimax-Quill "
                        + "Regularization, which employs inverted regularization at the inner loop.");
        assertThat(names(dash, MentionKind.PROPOSED)).contains("Minimax-Quill Regularization");
        PaperExtraction task = extract("A quill framework",
                "We propose a framework for Few-Shot Quill Detection that adapts quickly.");
        assertThat(names(task, MentionKind.PROPOSED)).doesNotContain("Few-Shot Quill Detection");
    }

    @Test
    void adjectivesJoinedByACommaBeforeTheMethodNounKeepTheProposal() {
        PaperExtraction x = extract("Editing quills in image models",
                "Based on this observation, we introduce a fast, data-free model editing method QuillFix which can "
                        + "effectively edit concepts in image models.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("QuillFix");
        PaperExtraction list = extract("Editing quills in image models",
                "We compare QuillNet, data-driven editing methods such as QuillFix and a plain baseline.");
        assertThat(names(list, MentionKind.PROPOSED)).doesNotContain("QuillFix");
    }

    @Test
    void aPlainWordMadeByTheAuthorsBeforeADashIsAName() {
        PaperExtraction x = extract("Prompting models with quill heuristics",
                "In this paper, we present Oracle---a conceptually simple framework designed to prompt GPT-3 with "
                        + "answer heuristics. Oracle significantly outperforms all existing methods.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("Oracle");
    }

    @Test
    void aCoinedWordForATitleCaseLongFormAfterWhatAMethodIsForIsProposed() {
        PaperExtraction x = extract("On the initialization of quill networks",
                "To better account for these factors, we propose a new initialization method for Variance "
                        + "Instability Reduction within Quill Optimization (Virqo), which equates the variance.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("Virqo");
    }

    @Test
    void aNameAfterAVariantNounAndAnArticleIsNotWhatAPassiveProposes() {
        PaperExtraction x = extract("Deep learning from crowdsourced quills",
                "The formulated coupled cross-quill minimization (CCQM) criteria work well in practice. Second, "
                        + "two regularized variants of the CCQM are proposed.");
        assertThat(names(x, MentionKind.PROPOSED)).doesNotContain("CCQM");
    }

    @Test
    void aDefinitionThatANameAfterNamelyRenamesIsNotTheProposal() {
        PaperExtraction x = extract("An efficient quill inference attack for diffusion models",
                "In this paper, we propose an efficient query-based quill inference attack (QIA), namely Proximal "
                        + "Quill Attack (PQA), which infers membership.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("PQA").doesNotContain("QIA");
    }

    @Test
    void aCoinedNameWithAYearWrittenAgainstItIsAnEdition() {
        PaperExtraction x = extract("QIT's system for QuillSimulTrans2021",
                "In this paper we introduce our simultaneous translation system participating in QuillSimulTrans2021. "
                        + "We cut the streaming input into segments.");
        assertThat(names(x, MentionKind.DATASET)).contains("QuillSimulTrans2021");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("QuillSimulTrans2021");
    }

    @Test
    void theTaskAParticipleSaysASystemIsDevelopedForIsNotProposed() {
        PaperExtraction x = extract("QUIL-NLP at QMM4H 2021: Joint Extraction of Quill Mentions",
                "This paper describes our system developed for the subtask 1c of the sixth Quill Media Mining for "
                        + "Health Applications (QMM4H) shared task in 2021. Our system scores 3 ChrF above the "
                        + "average.");
        assertThat(names(x, MentionKind.PROPOSED)).containsExactly("QUIL-NLP");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("ChrF");
    }

    @Test
    void aProblemTheAbstractStudiesUnderTheTitlesWordsIsNotProposed() {
        PaperExtraction x = extract("Contextual Quill Bandits with Triggered Arms",
                "We study contextual quill bandits with triggered arms (CQB-T) under several smoothness conditions. "
                        + "For CQB-T we devise the QUCB-T algorithm and propose a new analysis of its regret.");
        assertThat(names(x, MentionKind.PROPOSED)).doesNotContain("CQB-T");
    }

    @Test
    void aCaseTheAuthorsInvestigateAndNameIsNotProposedNorAreExamples() {
        PaperExtraction x = extract("Risk-sensitive quill learning",
                "Injected adversarial examples (AEs) threaten quill models. We also investigate an interesting "
                        + "limiting case of Iterated Quill RL, called Worst Quill RL, where the minimum reward "
                        + "counts.");
        assertThat(names(x, MentionKind.PROPOSED)).doesNotContain("Worst Quill RL");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("AE", "AEs");
    }

    @Test
    void aTechniqueTheAuthorsUseAndNameIsNotProposedNorIsAVenue() {
        PaperExtraction x = extract("Quill policy iteration for hybrid control",
                "We present a novel algorithm called QuillPI. We use a low-rank tensor approximation technique "
                        + "called Tensor Quill (TQ) to approximate the value function, improving on (Doe et al. ICALP "
                        + "2013).");
        assertThat(names(x, MentionKind.PROPOSED)).contains("QuillPI").doesNotContain("TQ");
        assertThat(names(x, MentionKind.METHOD)).contains("TQ").doesNotContain("ICALP");
        PaperExtraction y = extract("Personalized quill learning",
                "We propose a novel approach to this problem using hypernetworks, termed pQuillHN. We introduce a "
                        + "natural extension of QLDA that employs neural networks, called Neural Quill Analysis "
                        + "(NQA).");
        assertThat(names(y, MentionKind.PROPOSED)).contains("pQuillHN", "NQA");
    }

    @Test
    void theThingsThatMadeCollectionsConsistOfAreNotProposed() {
        PaperExtraction x = extract("Graph-Induced Quill Networks",
                "We introduce Graph-Induced Quill Networks (GQNs), a new probabilistic framework. We build "
                        + "hierarchies of sum-quill networks (SQNs) whose parameters are learnable. We also propose a "
                        + "sparse mixture of quill experts (SMoQ).");
        assertThat(names(x, MentionKind.PROPOSED)).contains("GQN", "SMoQ").doesNotContain("SQN");
    }

    @Test
    void theProposedLongFormOfAShortFormAndAQuotedTermItsDigitCountsAreProposed() {
        PaperExtraction x = extract("Quill features as text styles",
                "This paper applies quill normalization to language semantics. The proposed Style-Quill Transformer "
                        + "(SQT) grafts a stepped styled adaptive layer onto a transformer network.");
        assertThat(names(x, MentionKind.PROPOSED)).containsExactly("SQT");
        PaperExtraction z = extract("Boosting quill learning",
                "We propose a framework that screens substructures by capitalizing on the proposed gradient-based "
                        + "Graph Quill Saliency (GQS).");
        assertThat(names(z, MentionKind.PROPOSED)).containsExactly("GQS");
        PaperExtraction y = extract("Good-enough quill extrapolation",
                "I propose a simple data augmentation protocol called \u201cquill-enough example extrapolation\u201d "
                        + "(QE3). QE3 is lightweight.");
        assertThat(names(y, MentionKind.PROPOSED)).containsExactly("QE3");
        assertThat(names(y, MentionKind.METHOD)).containsExactly("QE3");
    }

    @Test
    void aShortFormBeforeAMethodNounThatANameFollowsInAppositionIsNotProposed() {
        PaperExtraction x = extract("Level-Q2fM: quill from motion on neural level sets",
                "This paper presents a neural incremental Quill-from-Motion (QfM) approach, Level-Q2fM, which "
                        + "estimates camera poses from uncalibrated images.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("Level-Q2fM").doesNotContain("QfM");
    }

    @Test
    void coinedNamesGivenAsExamplesOfTasksAreTheirBenchmarks() {
        PaperExtraction x = extract("Mastering quill tasks with world models",
                "We show that QuillR sets a new state of the art for challenging memory RL tasks, such as QSuite and "
                        + "POPQuill. It also helps NLP tasks such as NER and QA.");
        assertThat(names(x, MentionKind.DATASET)).contains("QSuite", "POPQuill").doesNotContain("NER");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("QSuite", "POPQuill");
    }

    @Test
    void thePaperSpokenOfAsItProposesWhatItNames() {
        PaperExtraction x = extract("Quill variance in extreme classifiers",
                "This paper explores the impact of quill variance on extreme classifiers. For this purpose, it "
                        + "proposes a principled knowledge distillation framework, QUILLER, which enhances the tail "
                        + "performance.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("QUILLER");
    }

    @Test
    void namesIncludedAmongNewPluralThingsAreProposed() {
        PaperExtraction x = extract("A statistical quill framework",
                "We then use our statistical framework to propose new personalized learning algorithms, including "
                        + "QuillPeD based on information-geometry regularization, which outperforms known algorithms.");
        assertThat(names(x, MentionKind.PROPOSED)).containsExactly("QuillPeD");
    }

    @Test
    void aShortFormAfterTheAuthorsSystemAndBeforeItsLongFormIsTheirs() {
        PaperExtraction x = extract("Quill goes online",
                "We describe a Web interface for our state-of-the-art parsing and generation system, QUILT "
                        + "(Quadratic UnIfied Labelling and Text Generation).");
        assertThat(names(x, MentionKind.METHOD)).containsExactly("QUILT");
    }

    @Test
    void namesOfTheAuthorsBaselinesAreNotProposed() {
        PaperExtraction x = extract("QM-ANN: quill search on heterogeneous memory",
                "At billion-point scale, QM-ANN is 2X faster than our QNSW and NQG baselines.");
        assertThat(names(x, MentionKind.PROPOSED)).doesNotContain("QNSW", "NQG");
        assertThat(names(x, MentionKind.METHOD)).contains("QNSW", "NQG");
    }

    @Test
    void aVenueAfterACitationsAuthorsIsNoNameEvenWhereTheSentenceWasSplit() {
        PaperExtraction x = extract("Optimal quill sketching",
                "This improves the previous upper bound in (Andoni et al. QUODA 2013) and (Smith et al., QOLT 2019), "
                        + "and QuillSketch is simple.");
        assertThat(names(x, MentionKind.METHOD)).containsExactly("QuillSketch");
    }

    @Test
    void aNameAfterNamelyAndALongDescriptionIsProposed() {
        PaperExtraction x = extract("Rethinking quill branching",
                "To combine the advantages, we propose the first symbolic discovery framework---namely, deep "
                        + "symbolic discovery for exact combinatorial optimization solver (Quill4CO)---to learn "
                        + "policies. We also propose a novel text generation task, namely Quill-driven Question "
                        + "Generation.");
        assertThat(names(x, MentionKind.PROPOSED)).containsExactly("Quill4CO");
    }

    @Test
    void aKnownModelInTheRoleOfAStudentIsNotProposed() {
        PaperExtraction x = extract("QuillDistiller: distilling quill detectors",
                "We propose QuillDistiller. For instance, our 4X compressed PointPillars student achieves 2.8 mAP "
                        + "improvements.");
        assertThat(names(x, MentionKind.PROPOSED)).containsExactly("QuillDistiller");
    }

    @Test
    void aQuotedNameAfterTheProposedMethodIsProposed() {
        PaperExtraction x = extract("Learning quill-preserving representations",
                "We propose a method for learning representations. The proposed method \"QuillAE\" preserves the "
                        + "structure better than its competitors.");
        assertThat(names(x, MentionKind.PROPOSED)).containsExactly("QuillAE");
    }

    @Test
    void aPhraseCalledByAParticipleThatAPassiveProposesIsProposed() {
        PaperExtraction x = extract("Action recognition with pooled quills",
                "A unified framework along with a novel architecture called Structured Quill Pooling is proposed. An "
                        + "architecture called Plain Quill Pooling is used as a baseline.");
        assertThat(names(x, MentionKind.PROPOSED)).containsExactly("Structured Quill Pooling");
    }

    @Test
    void aKnownNameInThePluralAfterAVerbOfMakingIsNotProposed() {
        PaperExtraction x = extract("QuillEditor: Editing Neural Radiance Fields via Point Clouds",
                "This paper proposes QuillEditor that makes neural radiance fields (NeRFs) editable. Our key insight "
                        + "is to exploit point clouds to construct NeRFs.");
        assertThat(names(x, MentionKind.PROPOSED)).containsExactly("QuillEditor");
    }

    @Test
    void bothPartsSpelledOutInLowerCaseAreProposed() {
        PaperExtraction x = extract("Quill recommendation with two encodings",
                "In this work, we propose a quill recommendation framework consisting of collaborative quill encoding "
                        + "(CQE) and structural quill encoding (SQE) to enhance representation learning.");
        assertThat(names(x, MentionKind.PROPOSED)).containsExactlyInAnyOrder("CQE", "SQE");
    }

    @Test
    void aNameSetOffAfterAShortFormsMethodNounIsProposed() {
        PaperExtraction x = extract("Sequential quill learning for clinical series",
                "Self-supervised learning (SSL) for clinical quill series has received attention. In this work, we "
                        + "propose a new SSL method --- Sequential Quill SSL --- where a loss is applied at two levels.");
        assertThat(names(x, MentionKind.PROPOSED)).containsExactly("Sequential Quill SSL");
    }

    @Test
    void aNameAnAppositionCallsEstablishedIsNotProposedAsOurs() {
        PaperExtraction x = extract("Countering quill stereotypes: a computational approach",
                "We interpret stereotypes through the Quill Content Model (QCM), a comprehensive causal theory from "
                        + "social psychology. We then apply our computational QCM model to textual data.");
        assertThat(names(x, MentionKind.PROPOSED)).isEmpty();
    }

    @Test
    void whatAThingIsMadeUnderIsNotProposed() {
        PaperExtraction x = extract("Tilted sparse quill models",
                "Most approaches are constructed under empirical quill minimization (EQM). In this paper, a novel "
                        + "class of sparse quill models is proposed under tilted empirical quill minimization (TEQM).");
        assertThat(names(x, MentionKind.PROPOSED)).isEmpty();
    }

    @Test
    void aHyphenatedModifierTheTaggerReadsAsAVerbKeepsTheProposal() {
        PaperExtraction x = extract("Out-of-candidate quillification for segmentation",
                "In this paper, we develop a group ranking-based Out-of-Candidate Quillification (OCQ) mechanism in a "
                        + "plug-and-play fashion.");
        assertThat(names(x, MentionKind.PROPOSED)).containsExactly("OCQ");
    }

    @Test
    void aDefinedKindThatNamelyNamesTheNewModelIsNotProposed() {
        PaperExtraction x = extract("QuillDMM: a deep Markov model of quill scanpaths",
                "In this paper, we present a scanpath prediction method by designing a novel Deep Quill Model (DQM) "
                        + "architecture, namely QuillDMM.");
        assertThat(names(x, MentionKind.PROPOSED)).containsExactly("QuillDMM");
    }

    @Test
    void aPhraseEndingInBasedNamesNothingAndAFineTunedModelIsNotTheAuthors() {
        PaperExtraction x = extract("QuillView: a projection backbone for few-shot point clouds",
                "We propose employing a projection- and 2D Convolutional Quill Network-based backbone, referred to "
                        + "as QuillView, for few-shot learning. Our fine-tuned XLQ-RoBERTa model reaches 69% F1.");
        assertThat(names(x, MentionKind.PROPOSED)).containsExactly("QuillView");
        assertThat(names(x, MentionKind.METHOD)).containsExactlyInAnyOrder("QuillView", "XLQ-RoBERTa");
    }

    @Test
    void aNameOpeningWithAPrepositionsLettersIsWholeAfterTheAuthorsVerbOfMaking() {
        PaperExtraction x = extract("Incremental quill classification",
                "We release inQUILL, a dataset of partial utterances. RGB and thermal infrared (RGBT) images are "
                        + "used as input; QuillViT lowers the mCE by 3 points. Models trained inCIFAR-10 settings "
                        + "fail.");
        assertThat(names(x, MentionKind.DATASET)).containsExactlyInAnyOrder("inQUILL", "CIFAR-10");
        assertThat(names(x, MentionKind.METHOD)).containsExactly("QuillViT");
    }

    @Test
    void aKnownNameAfterTheTriggersIndefiniteArticleIsNoProposal() {
        PaperExtraction x = extract("Reducing quill parsing with pointer reordering",
                "To that end, we develop a Pointer Network capable of reordering the tokens of a quill sentence, and "
                        + "we propose QuillOrder, which restores the original order.");
        assertThat(names(x, MentionKind.PROPOSED)).containsExactly("QuillOrder");
        assertThat(names(x, MentionKind.METHOD)).contains("Pointer Network");
    }

    @Test
    void aLongFormRenamingTheAuthorsStrategyIsTheirMethod() {
        PaperExtraction x = extract("Improving quill translation",
                "We present a simple and effective pretraining strategy \u2013 bidirectional quill training (BiQT) for "
                        + "translation. We also propose a new paradigm, Multiple Quill Integration (MQI), for "
                        + "parsing.");
        assertThat(names(x, MentionKind.PROPOSED)).containsExactlyInAnyOrder("BiQT", "MQI");
    }

    @Test
    void aCapitalisedCompoundBeforeALowerCaseHeadThatTheTitleWritesIsProposed() {
        PaperExtraction x = extract("Quill Reviewer Reranking for Code Generation",
                "Inspired by pair programming, we propose Quill-Reviewer reranking. It beats likelihood reranking.");
        assertThat(names(x, MentionKind.PROPOSED)).containsExactly("Quill Reviewer Reranking");
    }

    @Test
    void aKnownModelsVariantAfterOurIsNoProposal() {
        PaperExtraction x = extract("Oscillation-free quill quantization",
                "We propose QuillQ to calm oscillating weights. Our 2-bit DeiT-T surpasses the previous best by 9.8%, "
                        + "and our S5-QPT model averages 87% on the quill tasks.");
        assertThat(names(x, MentionKind.PROPOSED)).containsExactlyInAnyOrder("QuillQ", "S5-QPT");
    }

    @Test
    void itemsThatSemicolonsPartAfterACountedObjectAreProposed() {
        PaperExtraction x = extract("Oscillation-free quill quantization",
                "We propose three techniques: quill weight quantization (QWQ) to improve robustness; quill annealing "
                        + "(QAN) that freezes the weights; and quill key reparameterization (QKR) to resolve the "
                        + "oscillation.");
        assertThat(names(x, MentionKind.PROPOSED)).containsExactlyInAnyOrder("QWQ", "QAN", "QKR");
    }

    @Test
    void aNameThatCitedAuthorsGiveIsNotTheirProposalHere() {
        PaperExtraction x = extract("Robust quill dictionary learning",
                "To extend dictionary learning to graphs, Quillard et al. 2021 propose a method, called QDL, which "
                        + "compares graphs. This paper proposes RQDL, a robust version of it.");
        assertThat(names(x, MentionKind.PROPOSED)).containsExactly("RQDL");
    }

    @Test
    void aKnownModelForALanguageIsNoProposal() {
        PaperExtraction x = extract("QuillTox at QuillEval 2031: Toxic Comment Classification",
                "For this binary task, we propose three models: a German BERT transformer model; a multilayer "
                        + "perceptron; and a multilayer perceptron with both feature types as input.");
        assertThat(names(x, MentionKind.PROPOSED)).containsExactly("QuillTox");
    }

    @Test
    void aModelTheAuthorsUsedAndAKnownResourcesEditionForALanguageAreNoProposals() {
        PaperExtraction x = extract("QuillForm: An Open-source Annotation Interface",
                "We introduce QuillForm, an annotation tool. QuillForm has been used while building the Turkish "
                        + "FrameNet, and our used QuillBERTa model scores best.");
        assertThat(names(x, MentionKind.PROPOSED)).containsExactly("QuillForm");
    }

    @Test
    void theItemsOfACountedListWhoseObjectAPrepositionalPhraseEndsAreProposed() {
        PaperExtraction x = extract("Revisiting robust quill translation",
                "Moreover, we propose two other novel extensions to the original Quillformer: Controlled Quilling "
                        + "(CQ) and Dual-Channel Quilling (DCQ), that modify the architecture.");
        assertThat(names(x, MentionKind.PROPOSED)).containsExactlyInAnyOrder("CQ", "DCQ");
    }

    @Test
    void aNameAnAppositionCallsANewTaskIsNoMethodNorProposal() {
        PaperExtraction x = extract("QuillDet: Aligning detection models to quill instructions",
                "This paper introduces Instruction-oriented Quill Detection (IQD), a new task that lets detectors "
                        + "follow instructions. As a first approach to IQD, we propose a model called QuillDet.");
        assertThat(names(x, MentionKind.PROPOSED)).containsExactly("QuillDet");
        assertThat(names(x, MentionKind.METHOD)).containsExactly("QuillDet");
    }

    @Test
    void anAbbreviationListedAsNoNameIsTheAuthorsWhereTheyIntroduceIt() {
        PaperExtraction x = extract("Graph-constrained quill diffusion for path planning",
                "In this paper, we propose GDP, a diffusion-based model for path planning. GDP learns path "
                        + "patterns. We also forecast GDP growth and the CPI.");
        assertThat(names(x, MentionKind.PROPOSED)).containsExactly("GDP");
    }

    @Test
    void aTitlesCoinedNameBeforeAPluralModelNounIsTheName() {
        PaperExtraction x = extract("QuillBERT Models: Deep Transfer Learning for Many Languages",
                "We find that the newly introduced QuillBERT models outperform mBERT in cloze tests.");
        assertThat(names(x, MentionKind.PROPOSED)).containsExactly("QuillBERT");
    }

    @Test
    void aKnownModelThatOpensAClauseAfterTheColonIsNoProposal() {
        PaperExtraction x = extract("Seeing past quills: testing pretrained models on counting",
                "We propose a number of explanations for these findings: QuillMERT (and to some extent QuilBERT) "
                        + "show some evidence of forgetting.");
        assertThat(names(x, MentionKind.PROPOSED)).isEmpty();
    }

    @Test
    void aTitleThatIsNothingButADatasetsNameProposesIt() {
        PaperExtraction x = extract("The Quillberg Dialogue Dataset",
                "We extract and process dialogues from public-domain books, and compare with DailyDialog.");
        assertThat(names(x, MentionKind.PROPOSED)).containsExactly("Quillberg Dialogue Dataset");
        assertThat(names(x, MentionKind.DATASET)).contains("Quillberg Dialogue Dataset");
    }

    @Test
    void anAppositionWhoseInitialsAreACoinedNamesCapitalsIsItsLongForm() {
        PaperExtraction x = extract("Learning multimodal quill augmentation in feature space",
                "In this paper, we introduce QuMDA, Quill Multimodal Data Augmentation, an easy-to-use method that "
                        + "learns to augment multimodal data.");
        assertThat(names(x, MentionKind.METHOD)).containsExactly("QuMDA");
    }

    @Test
    void theThingsAComparisonListsAreNoProposals() {
        PaperExtraction x = extract("Commonsense knowledge in word associations and QuillNet",
                "This paper presents an in-depth comparison of two large-scale resources of general knowledge: "
                        + "QuillNet, an engineered relational database, and QWOW, a knowledge graph.");
        assertThat(names(x, MentionKind.PROPOSED)).isEmpty();
    }

    @Test
    void aThingANamingVerbNamesAfterUsingIsNoProposal() {
        PaperExtraction x = extract("QUILL at a shared task: Using a BERT Model to Extract Quill Contributions",
                "We developed a system for this task using a pre-trained language representation model called "
                        + "BERT, and evaluate it with a holistic evaluation framework called QUILL-Eval.");
        assertThat(names(x, MentionKind.PROPOSED)).doesNotContain("BERT").contains("QUILL-Eval");
    }

    @Test
    void aTitlesHeadThatTheProposalOutperformsIsABaseline() {
        PaperExtraction x = extract("Robust Quill Reinforcement Learning via Bounded Rationality Curricula",
                "Robustness is a long-standing goal of agents. To this end, Robust Quill Reinforcement Learning "
                        + "(RQRL) trains a protagonist against an adversary. In this paper, we propose our novel "
                        + "algorithm, Quantal Quill RL (QQRL), which eases the optimization. We show QQRL "
                        + "outperforming RQRL on several locomotion problems.");
        assertThat(names(x, MentionKind.PROPOSED)).containsExactly("QQRL");
    }

    @Test
    void aShortFormThatACapitalisedWordMakesPartOfALongerNameIsNotOurs() {
        PaperExtraction x = extract("Energy-guided Entropic Neural Optimal Quill",
                "In contrast, the realm of Optimal Quill (OQ) is much less explored. We choose short-run EBMs as a "
                        + "backbone of our Energy-guided Entropic OQ approach. Our QUILL approach works well.");
        assertThat(names(x, MentionKind.PROPOSED)).containsExactly("QUILL");
    }

    @Test
    void aShortFormThatAPlainCapitalisedWordAfterItExtendsIsNotOurs() {
        PaperExtraction x = extract("QD-VQA: Multi-dimensional quality assessment for live quill videos",
                "User-generated quill (UGQ) videos are often distorted. QD-VQA achieves state-of-the-art performance "
                        + "on our UGQ Live VQA database. Our QUILL Transformer also works well.");
        assertThat(names(x, MentionKind.PROPOSED)).containsExactlyInAnyOrder("QD-VQA", "QUILL");
    }

    @Test
    void anEarlierNameThatModifiesAPlainNounInAProposalIsNoProposal() {
        PaperExtraction x = extract("Evaluating universal quill parser recovery via chain analysis",
                "Recovery of argument structure from a Universal Quill (UQ) parse is central to many tasks. This "
                        + "study introduces quillchains, a categorization of the dependency relations present within a "
                        + "UQ parse.");
        assertThat(names(x, MentionKind.PROPOSED)).isEmpty();
    }

    @Test
    void aShortFormInsideTheAppositionToADefinedNameIsNoProposal() {
        PaperExtraction x = extract("Quill cartography for active learning",
                "We propose Quill Cartography Learning (QCL), a novel Quill Learning (QL) algorithm that exploits "
                        + "training dynamics.");
        assertThat(names(x, MentionKind.PROPOSED)).containsExactly("QCL");
    }

    @Test
    void anEarlierLongFormInLowerCaseBeforeAnAdjectiveIsNoProposal() {
        PaperExtraction x = extract("Single point-based distributed quill-order optimization",
                "Quill-order (QO) optimization is a powerful tool for realistic constraints. In this work, we "
                        + "introduce a quill-order distributed optimization method based on a one-point estimate.");
        assertThat(names(x, MentionKind.PROPOSED)).isEmpty();
    }

    @Test
    void aNameAfterACoinedNameAndACommaIsAListItemNoApposition() {
        PaperExtraction x = extract("Improving Quill Graph Embedding Using Affine Transformations",
                "Taking QuillE as an example, we employ the scale transformation. We also introduce affine "
                        + "transformations into QuillE, Quillmult and QuillEx, respectively, and each one outperforms "
                        + "its original method.");
        assertThat(names(x, MentionKind.PROPOSED)).isEmpty();
    }

    @Test
    void aNameListedAfterOfAndACoinedNameIsNoApposition() {
        PaperExtraction x = extract("Quill Detection with a Self-Attention Based Bi-GRU",
                "In this paper, we propose a model with a multi-embedding representation of the tokens. Our proposed "
                        + "model enriches the representation by a combination of QuillGPT-2, QuillVe, and QuillBERTa "
                        + "embeddings.");
        assertThat(names(x, MentionKind.PROPOSED)).isEmpty();
    }

    @Test
    void aKnownNameThatARelativeClauseBringsInIsNoProposal() {
        PaperExtraction x = extract("Hierarchical Quill Networks for Resolving Cross-document Quill Mentions",
                "We propose a novel deep learning model for quill resolution that introduces hierarchical graph "
                        + "convolutional networks (GCN) to jointly resolve quill mentions.");
        assertThat(names(x, MentionKind.METHOD)).contains("GCN");
        assertThat(names(x, MentionKind.PROPOSED)).doesNotContain("GCN");
    }

    @Test
    void aKnownCampaignWhoseEditionThePaperProposesIsNoProposal() {
        PaperExtraction x = extract("SemEval-2021 Task 2: Multilingual Quill-in-Context Disambiguation (MQ-WiC)",
                "In this paper, we introduce the first SemEval task on Multilingual Quill-in-Context disambiguation "
                        + "(MQ-WiC). Participating systems determine whether two target quills mean the same.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("SemEval-2021 Task 2").doesNotContain("SemEval");
    }

    @Test
    void aWellKnownExplanationMethodCalledByNameIsNoProposal() {
        PaperExtraction x = extract("Q-SHAP: Quill Clustering Algorithm for Anonymous State-Action Pairs",
                "We propose a quill clustering algorithm, called Q-SHAP. We explain each anonymous observation "
                        + "through an additive feature attribution method called SHAP (SHapley Additive exPlanations).");
        assertThat(names(x, MentionKind.METHOD)).contains("SHAP");
        assertThat(names(x, MentionKind.PROPOSED)).contains("Q-SHAP").doesNotContain("SHAP");
    }

    @Test
    void thePluralOfAShortFormOfAKindSpelledOutInLowerCaseIsNoProposal() {
        PaperExtraction x = extract("Novel Quadratic Constraints for Extending QuillSDP",
                "Recently, semidefinite quilling (SDQ) techniques have shown great promise for neural networks. We "
                        + "show that our proposed SDQs generate less conservative bounds than existing approaches.");
        assertThat(names(x, MentionKind.PROPOSED)).doesNotContain("SDQ");
    }

    @Test
    void aTitleThatIsTheLongFormWithItsShortFormNamesTheProposal() {
        PaperExtraction x = extract("Neural Quill Translation for European Union (NQTEU)",
                "The Neural Quill Translation for the European Union (NQTEU) engine farm enables direct quill "
                        + "translation for all official languages of the Union.");
        assertThat(names(x, MentionKind.PROPOSED)).containsExactly("NQTEU");
    }

    @Test
    void aSettingTheAuthorsNameIsNoMethod() {
        PaperExtraction x = extract("Weakly Supervised Regression with Quill Targets",
                "This paper studies an interesting weakly supervised regression setting called regression with quill "
                        + "targets (RQT). Previous methods can be adapted to RQT, but they are not consistent.");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("RQT");
        assertThat(names(x, MentionKind.PROPOSED)).doesNotContain("RQT");
    }

    @Test
    void aShortFormBeforeCapitalisedMethodNounsThatANamingVerbNamesIsNotProposed() {
        PaperExtraction x = extract("Generative Graph Quill Learning",
                "In this paper, we propose a Fused Quill-Wasserstein (FQW) Mixture Model named QuilMe to address "
                        + "the problem from the generative view. Equipped with FQW distance, QuilMe generates "
                        + "nonlinear embedding spaces.");
        assertThat(names(x, MentionKind.PROPOSED)).containsExactly("QuilMe");
    }

    @Test
    void namedComponentsListedAfterAColonOfTheAuthorsMethodAreProposed() {
        PaperExtraction x = extract("QUILLGRAM: Quill Graph Model based Pseudo-Label Learning",
                "We propose a novel adaptation method, called QUILLGRAM. QUILLGRAM consists of two key components: "
                        + "(1) Quill Graph Model (QGM) for reliable pseudo-label generation; (2) Robust Quill-Training "
                        + "(RQT) for adaptation with noisy pseudo-labels. QGM constructs the graph using prototypes.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("QUILLGRAM", "QGM", "RQT");
        PaperExtraction used = extract("Quill Point Clouds",
                "Our network consists of purely non-learnable components: farthest point sampling (FPS), k-nearest "
                        + "neighbours and pooling.");
        assertThat(names(used, MentionKind.PROPOSED)).doesNotContain("FPS");
    }

    @Test
    void aKnownNameThatTheAuthorsCallTheirThingIsProposed() {
        PaperExtraction x = extract("Toward Efficient Quill-Based Value Estimation",
                "We propose a low complexity batch-free proximal method. Our main algorithm, called RANS, is "
                        + "efficient in the sense that it is fast.");
        assertThat(names(x, MentionKind.PROPOSED)).containsExactly("RANS");
    }

    @Test
    void aDatasetWhereANewRecordIsSetIsNotProposed() {
        PaperExtraction x = extract("Quill2TAL: Rewiring Pretrained Video Backbones",
                "Quill2TAL, only using the RGB modality, reaches 37.01% average mAP on QuillNet-v1.3, a new "
                        + "state-of-the-art record, and outperforms all other RGB-only methods.");
        assertThat(names(x, MentionKind.PROPOSED)).doesNotContain("QuillNet-v1.3");
    }

    @Test
    void aMethodWhosePropertyTheTitleStudiesAndWhoseRecordTheAbstractTellsIsNotProposed() {
        PaperExtraction x = extract("Optimality of Quill Sampling with Noninformative Priors for Pareto Quillqs",
                "In the stochastic multi-armed bandit problem, a randomized probability matching policy called Quill "
                        + "sampling (QS) has shown excellent performance in various reward models. In this paper, we "
                        + "consider the optimality of QS for the Pareto model.");
        assertThat(names(x, MentionKind.METHOD)).contains("QS");
        assertThat(names(x, MentionKind.PROPOSED)).isEmpty();
    }

    @Test
    void aCoinedWordThatClosesTheLongDescriptionOfTheAuthorsNewThingIsProposed() {
        PaperExtraction x = extract("Out-of-Distribution Detection by Leveraging Quill Smoothness",
                "We present a novel method for detecting OOD data in Transformers based on transformation smoothness "
                        + "between intermediate layers of a network (QUILLO), which is applicable to pre-trained "
                        + "models. We evaluate QUILLO on several text classification tasks.");
        assertThat(names(x, MentionKind.PROPOSED)).containsExactly("QUILLO");
        PaperExtraction y = extract("Scalable Diffusion for Quill Generation",
                "In this work, we tackle the scalability challenge by developing a unified crystal representation "
                        + "that can represent any crystal structure (QuillMat), followed by training a diffusion "
                        + "model on these QuillMat representations.");
        assertThat(names(y, MentionKind.PROPOSED)).containsExactly("QuillMat");
        // (not a function's argument glued to its name)
        PaperExtraction z = extract("Near-Optimal Quill Learning with Self-Play",
                "We propose an optimistic variant of the Nash Q-learning algorithm with sample complexity \\tlO(SQB). "
                        + "SQB is the product of the numbers of states and actions.");
        assertThat(names(z, MentionKind.PROPOSED)).isEmpty();
    }

    @Test
    void aRelativeClauseThatRefersToTheAuthorsModelAsANameNamesIt() {
        PaperExtraction x = extract("Blemish-Aware and Progressive Quill Retouching",
                "In this paper, we propose a Blemish-aware and Progressive Quill Retouching model, which is referred "
                        + "to as BPQRe. BPQRe delivers significant gains.");
        assertThat(names(x, MentionKind.PROPOSED)).containsExactly("BPQRe");
        assertThat(names(x, MentionKind.METHOD)).containsExactly("BPQRe");
        PaperExtraction y = extract("Quill Retouching",
                "In this paper, we propose a blemish-aware quill retouching model, which is referred to as QuFRe. "
                        + "QuFRe works well.");
        assertThat(names(y, MentionKind.PROPOSED)).containsExactly("QuFRe");
    }

    @Test
    void aNameProposedAsAMeasureIsAMetric() {
        PaperExtraction x = extract("Not So Fast, Classifier – Accuracy and Quill Reduction in Incremental Intent "
                        + "Classification",
                "We analyse the incremental annotations and propose quill reduction as a measure of human annotators' "
                        + "convergence on an interpretation.");
        assertThat(names(x, MentionKind.METHOD)).isEmpty();
        assertThat(names(x, MentionKind.PROPOSED)).isEmpty();
    }

    @Test
    void theKindOfANewMethodThatANamingParticipleNamesIsNotProposed() {
        PaperExtraction x = extract("QfM-TTR: Using Structure From Motion for Test-Time Refinement of Depth Networks",
                "We propose a novel test-time refinement (TTR) method, denoted as QfM-TTR, that boosts the performance "
                        + "of single-view depth networks at test time.");
        assertThat(names(x, MentionKind.PROPOSED)).containsExactly("QfM-TTR");
    }

    @Test
    void aHyphenatedLongFormThatHeadsTheTitleIsProposed() {
        PaperExtraction x = extract("Quill-Recovery Network for Multi-Speaker Audio-Visual Speech Separation",
                "In this paper, we study the audio-visual speech separation task. Accordingly, we propose BQRNet, "
                        + "including a basic audio-visual speech separator and a Quill-Recovery Network (QRNet). QRNet "
                        + "can refine the coarse audio.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("BQRNet", "QRNet");
    }

    @Test
    void aBenchmarkTheAuthorsBuildOnAKnownDatasetDoesNotMakeTheDatasetTheirs() {
        PaperExtraction x = extract("QV-JAR: Masked Voxel Quills for LiDAR-Based Pre-Training",
                "This paper introduces the QV-JAR method and a carefully designed 3D object detection benchmark on the "
                        + "Waymo dataset. Experiments on our Waymo benchmark and the KITTI dataset show that QV-JAR "
                        + "improves 3D detection.");
        assertThat(names(x, MentionKind.PROPOSED)).containsExactly("QV-JAR");
        assertThat(names(x, MentionKind.DATASET)).contains("Waymo", "KITTI");
    }

    @Test
    void aNovelVariantOfAClassicAlgorithmProposesNotTheAlgorithm() {
        PaperExtraction x = extract("Provably Efficient Quill RL in Low-rank MDPs",
                "We propose a novel Upper Confidence Bound (UCB) bonus-driven algorithm to balance exploration and "
                        + "exploitation. We design a novel discretized Least-Squares Value Iteration (LSVI) algorithm "
                        + "as the planning oracle.");
        assertThat(names(x, MentionKind.METHOD)).contains("UCB", "LSVI");
        assertThat(names(x, MentionKind.PROPOSED)).isEmpty();
    }

    @Test
    void aCapitalisedPhraseBeforeACoinedNameInAppositionIsItsKind() {
        PaperExtraction x = extract("Starting From Quill Networks for Point Cloud Analysis",
                "We present a Non-parametric Quill Network for 3D point cloud analysis, Point-QN, which consists of "
                        + "purely non-learnable components. Point-QN performs well on various 3D tasks.");
        assertThat(names(x, MentionKind.METHOD)).containsExactly("Point-QN");
        assertThat(names(x, MentionKind.PROPOSED)).containsExactly("Point-QN");
    }

    @Test
    void theProposedLongFormWithItsShortFormIsTheAuthorsOwn() {
        PaperExtraction x = extract("Look Around for Quills: Weakly-Supervised Anomaly Detection",
                "Our aim is to extract discriminative features. In the proposed Class-Activate Feature Learning "
                        + "(CAFL), the features are extracted as per the weights that the class activates.");
        assertThat(names(x, MentionKind.METHOD)).containsExactly("CAFL");
        assertThat(names(x, MentionKind.PROPOSED)).containsExactly("CAFL");
    }

    @Test
    void aPluralPassiveProposesBothNamesJoinedBeforeIt() {
        PaperExtraction x = extract("Multi-Modal Gait Recognition via Quill Fusion",
                "We propose a gait recognition framework called QuillFormer. Specifically, a Spatial Plume Module (SPM) "
                        + "and a Temporal Plume Module (TPM) are proposed for feature fusion. Methods such as KNN and "
                        + "SVM were proposed long ago.");
        assertThat(names(x, MentionKind.PROPOSED)).containsExactlyInAnyOrder("QuillFormer", "SPM", "TPM");
    }

    @Test
    void aLongFormTheAuthorsReferToIsTheirs() {
        PaperExtraction x = extract("Training Quill Models with Reinforcement Learning",
                "We describe a class of policy gradient algorithms, which we refer to as denoising quill policy "
                        + "optimization ( DQPO), that are more effective. DQPO can adapt models.");
        assertThat(names(x, MentionKind.METHOD)).containsExactly("DQPO");
        assertThat(names(x, MentionKind.PROPOSED)).containsExactly("DQPO");
    }

    @Test
    void whatTheAuthorsWorkResultsInIsTheirs() {
        PaperExtraction x = extract("Whittle Quill for Inventory Management",
                "In this paper, we extend Whittle index to a new multi-agent setting with multiple discrete actions, "
                        + "resulting in WIMQ (Whittle Index with Multiple actions and Quill constraint). We apply "
                        + "pruning to train efficient networks, resulting in a lightweight network QRPN-Lite. The "
                        + "model collapses, resulting in the ZZQ failure.");
        assertThat(names(x, MentionKind.PROPOSED)).containsExactlyInAnyOrder("WIMQ", "QRPN-Lite");
    }

    @Test
    void aNameInParenthesesAfterTheAuthorsMethodNounIsTheirs() {
        PaperExtraction x = extract("Rethinking Quill Detection: Masked Image Modeling Is All You Need",
                "Specifically, we take Masked Image Modeling as a pretext task for our OOD detection framework (QOOD). "
                        + "Without bells and whistles, QOOD outperforms previous methods. After our proposed alignment "
                        + "procedure, BERT exhibits improved zero-shot performance. Our Open IE system, QUILLIE, "
                        + "performs extraction over simple sentences.");
        assertThat(names(x, MentionKind.PROPOSED)).containsExactlyInAnyOrder("QOOD", "QUILLIE");
    }

    @Test
    void aNameReferredToInParenthesesAfterTheAuthorsMethodIsTheirs() {
        PaperExtraction x = extract("A Tale of Two Quills",
                "In this paper, we propose a diffusion-based architecture that unifies two encoders (referred to as "
                        + "Twin-Quill), which keeps garment details. The key idea behind Twin-Quill is simple.");
        assertThat(names(x, MentionKind.PROPOSED)).containsExactly("Twin-Quill");
    }

    @Test
    void aTitleCasePhraseAfterNamelyAndItsCommaIsProposed() {
        PaperExtraction x = extract("Exploring Quill Dynamics for Poisoning Discovery",
                "In this paper, we propose a novel information measure, namely, Quill Discrepancy, to explore the "
                        + "defense. Quill Discrepancy can discover the poison samples.");
        assertThat(names(x, MentionKind.PROPOSED)).containsExactly("Quill Discrepancy");
    }

    @Test
    void theAuthorsMethodNamedLikeAKnownDatasetIsAMethod() {
        PaperExtraction x = extract("Orchestrating Quill Coding Against Hardware Defects",
                "We then propose a novel comprehensive error decorrelation framework, namely SWAG. The effectiveness "
                        + "of SWAG is analysed theoretically.");
        assertThat(names(x, MentionKind.METHOD)).containsExactly("SWAG");
        assertThat(names(x, MentionKind.DATASET)).isEmpty();
    }

    @Test
    void aNameGivenBeforeIsNoResultOfTheAuthorsWork() {
        PaperExtraction x = extract("A Unified Quill Framework for Deep Directed Graphical Models",
                "However, existing methods fail to generalize to general deep directed graphical models (DGMs) with "
                        + "arbitrary layers. In this work, we propose a novel unified quill framework for deep DGMs. "
                        + "Specifically, we leverage the reparameterization trick to hide the latent variables, "
                        + "resulting in a compact DGM.");
        assertThat(names(x, MentionKind.PROPOSED)).doesNotContain("DGM");
    }

    @Test
    void theAuthorsMethodNamedAfterNamelyIsTheirs() {
        PaperExtraction x = extract("Towards Domain Generalization for Quill Detection",
                "Without bells and whistles, our approach, namely QG-BEV, alleviates the performance drop. We show "
                        + "this through our tree-recursive neural model, namely RST-Quill, which uses discourse "
                        + "features. Unlike BERT, namely a pre-trained encoder, it needs no pretraining.");
        assertThat(names(x, MentionKind.PROPOSED)).containsExactlyInAnyOrder("QG-BEV", "RST-Quill");
    }

    @Test
    void aSystemForACorrectionTaskDefinedBeforeItIsNotTheTasksNameProposed() {
        PaperExtraction x = extract("Low-Resource Quill Error Correction",
                "We develop a grammatical error correction (GEC) system for German using a small gold GEC corpus. "
                        + "We also propose an end-to-end variational quill parsing (VQP) model.");
        assertThat(names(x, MentionKind.PROPOSED)).containsExactly("VQP");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("GEC");
    }

    @Test
    void aNameTheTextGivesOthersMethodsOfAKindIsNotProposed() {
        PaperExtraction x = extract("Quill Mapping for Sample Selection",
                "We propose Quill Mapping (QM), a novel Sample Selection (SS) algorithm that exploits training "
                        + "dynamics. QM beats commonly used SS strategies and other common SS methods. We give "
                        + "insights into our new SS method.");
        assertThat(names(x, MentionKind.PROPOSED)).containsExactly("QM");
        PaperExtraction y = extract("QuillNet: Alleviating Forgetting in Few-Shot Detection",
                "In this work, we propose the first data-free quill distillation (DFQD) approach for few-shot "
                        + "detection. This stands in contrast to standard DFQD approaches in image classification.");
        assertThat(names(y, MentionKind.PROPOSED)).containsExactly("QuillNet");
    }

    @Test
    void aNameAfterCommaOrThatClosesWhatTheAuthorsMakeOrNameIsProposed() {
        PaperExtraction x = extract("A Lightweight Quill Network for Sequence Modeling",
                "In this paper, we propose a lightweight quill network, or LQN. LQN uses input gates to handle long "
                        + "inputs.");
        assertThat(names(x, MentionKind.PROPOSED)).containsExactly("LQN");
        PaperExtraction y = extract("Learning More Skills through Quill Exploration",
                "We call this exploration bonus quill disagreement intrinsic reward, or QUILLDIS. We show that "
                        + "QUILLDIS improves skill learning.");
        assertThat(names(y, MentionKind.PROPOSED)).containsExactly("QUILLDIS");
        PaperExtraction z = extract("Faster Quill Fields",
                "We accelerate grid-based training frameworks, like Quill-NGP, Plenoquills, QVGO, or TensoQuill, "
                        + "by a factor of two.");
        assertThat(names(z, MentionKind.PROPOSED)).isEmpty();
    }

    @Test
    void aHyphenatedNameInAppositionToJoinedAdjectivesAndAMethodNounIsProposed() {
        PaperExtraction x = extract("Graph Quillmix with Soft Alignments",
                "In this work, we propose S-Quillmix, a simple yet effective mixup method for graph classification. "
                        + "We also present Q-Plume, a highly efficient sampler.");
        assertThat(names(x, MentionKind.PROPOSED)).containsExactlyInAnyOrder("S-Quillmix", "Q-Plume");
        assertThat(names(x, MentionKind.METHOD)).contains("S-Quillmix", "Q-Plume");
    }

    @Test
    void aShortFormWhoseDefinitionNamesNothingIsANameWhereTheAuthorsPresentItAsTheirs() {
        PaperExtraction x = extract("Massive Quills, Ample Tasks (MaQuAmp): A Toolkit for Multi-task Learning",
                "In this paper we present MaQuAmp, a toolkit for easy fine-tuning of contextual embeddings in "
                        + "multi-task settings. The benefits of MaQuAmp are its flexible options.");
        assertThat(names(x, MentionKind.PROPOSED)).containsExactly("MaQuAmp");
        assertThat(names(x, MentionKind.METHOD)).containsExactly("MaQuAmp");
    }

    @Test
    void aShortFormWhosePluralCountsOthersModelsIsNotProposed() {
        PaperExtraction x = extract("Label-free quill bottleneck models",
                "Quill bottleneck models (QBM) make networks easier to read. However, existing QBMs need labels. We "
                        + "propose Label-free QBM, and we present the first QBM scaled to ImageNet.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("Label-free QBM").doesNotContain("QBM");
    }

    @Test
    void aNameThatMostOrManyMethodsOfAKindShareIsNotProposed() {
        PaperExtraction x = extract("QuillAlign: active learning for quill alignment",
                "We devise a novel Active Quill Learning (AQL) framework for alignment. Most AQL strategies assume "
                        + "independent samples; QuillAlign does not.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("QuillAlign").doesNotContain("AQL");
    }

    @Test
    void namedDataThatANewOrNovelBringsIsTheAuthors() {
        PaperExtraction x = extract("Reconstructing quills from drawings",
                "Our network lifts drawings to 3D. We train on QuillSet and evaluate on a novel QuillRecon benchmark "
                        + "of drawing-to-shape pairs. Through experiments on two datasets and a new large-scale "
                        + "benchmark QuillNet-PI, we find gains, and we report results in a new Quill Frames Corpus.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("QuillRecon", "QuillNet-PI", "Quill Frames Corpus")
                .doesNotContain("QuillSet");
        PaperExtraction y = extract("Reconstructing quills from drawings",
                "Smith et al. (2021) released a new benchmark QuillBench, on which our network lifts drawings to 3D. "
                        + "It also helps on a new QuillScript dataset quilldocs.");
        assertThat(names(y, MentionKind.PROPOSED)).doesNotContain("QuillBench", "QuillScript");
        PaperExtraction z = extract("Quill reading",
                "We study reading on two corpora: SQuAD and a new Quill Reading dataset, called QUILL-QA.");
        assertThat(names(z, MentionKind.PROPOSED)).doesNotContain("Quill Reading");
    }

    @Test
    void aTitlesOpeningDescriptionOfACoinedMethodIsNoName() {
        PaperExtraction x = extract("Quill Generative Model for Benchmarking Graph Networks",
                "Real graphs are private. We introduce a novel quill generative model, Quill Graph Transformer (QGT), "
                        + "that learns the distribution of real graphs.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("QGT").doesNotContain("Quill Generative Model");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("Quill Generative Model");
        PaperExtraction y = extract("Discrete Quill Flows via Quill Permutations",
                "Flows for discrete data are hard to build. We first define a quill permutation (QuillPerm) that "
                        + "encodes a permutation of discrete data whose inverse is cheap.");
        assertThat(names(y, MentionKind.PROPOSED)).contains("Discrete Quill Flows");
    }

    @Test
    void aTitleWordOtherwiseNoNameIsTheProposalWhereTheAbstractMakesIt() {
        PaperExtraction x = extract("T4: Quill-Tree Constrained Paraphrasing for Targeted Attacks",
                "Attacks on taggers are hard to steer. We propose a target-controllable quill attack framework T4, "
                        + "which applies to many tagging tasks.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("T4");
        PaperExtraction y = extract("FIFA: Making Quill Classifiers Fair on Skewed Data",
                "We propose a flexible approach that is Imbalance-Fairness-Aware (FIFA). FIFA combines with fair "
                        + "quill learners.");
        assertThat(names(y, MentionKind.PROPOSED)).contains("FIFA");
        PaperExtraction z = extract("FIFA: the World Cup on Twitter",
                "We study tweets about the FIFA World Cup and the quill emojis fans post.");
        assertThat(names(z, MentionKind.METHOD)).doesNotContain("FIFA");
        assertThat(names(z, MentionKind.PROPOSED)).doesNotContain("FIFA");
    }

    @Test
    void aSpelledOutTaskDescribingANounThatANamingParticipleNamesIsNotProposed() {
        PaperExtraction x = extract("QSVT: one-stage 3D pose and shape recovery for crowds",
                "Most multi-person video 3D human Pose and Shape Estimation (PSE) systems work in two stages: they "
                        + "detect each person per frame and then run single-person PSE over time. We propose a new "
                        + "end-to-end multi-person 3D Pose and Shape estimation framework with progressive quill "
                        + "transformers, termed QSVT.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("QSVT").doesNotContain("PSE");
    }

    @Test
    void whatTheAuthorsCallAnIssueIsNoMethod() {
        PaperExtraction x = extract("QuillCRF: embedded random fields for segmentation",
                "The class weights of quills that share boundary pixels lack discrimination. We call this issue "
                        + "Boundary-caused Quill Weights Confusion (BQWC). We propose a novel method named QuillCRF "
                        + "to alleviate it.");
        assertThat(names(x, MentionKind.METHOD)).contains("QuillCRF").doesNotContain("BQWC");
        assertThat(names(x, MentionKind.PROPOSED)).doesNotContain("BQWC");
    }

    @Test
    void thePartsAProposalConsistsOfAreProposedToo() {
        PaperExtraction x = extract("QuillNet: burst restoration of quill photos",
                "We propose QuillNet for burst restoration. QuillNet consists of Feather Burst Alignment (FBA) for "
                        + "denoising and a quill-aware fusion module (QFM) for merging frames.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("QuillNet", "FBA", "QFM");
        PaperExtraction y = extract("QuillQA: matching quill questions",
                "We propose QuillQA. QuillQA consists of a matching module based on a pre-trained language model "
                        + "(PLM) and a propagation module.");
        assertThat(names(y, MentionKind.PROPOSED)).contains("QuillQA").doesNotContain("PLM");
        PaperExtraction z = extract("QuillPairs: a benchmark of quill grammar",
                "We introduce QuillPairs, a benchmark. QuillPairs consists of sets of 1000 minimal quill pairs (MQPs) "
                        + "for 16 contrasts.");
        assertThat(names(z, MentionKind.PROPOSED)).doesNotContain("MQP", "MQPs");
    }

    @Test
    void aKnownModelClosingTheDescriptionOfWhatTheNewThingUsesIsNotProposed() {
        PaperExtraction x = extract("Quill music recommendation via prompt analogies",
                "First, we propose a text-synthesis approach that relies on an analogy-based prompting procedure to "
                        + "generate quill descriptions from a large-scale language model (BLOOM-176B) given tagger "
                        + "outputs.");
        assertThat(names(x, MentionKind.METHOD)).contains("BLOOM-176B");
        assertThat(names(x, MentionKind.PROPOSED)).doesNotContain("BLOOM-176B");
    }

    @Test
    void aTitlesHeadSpelledOutInThePluralIsTheProposal() {
        PaperExtraction x = extract("Dense Quill Query for End-to-End Quill Detection",
                "One-to-one label assignment in quill detection removes the need for suppression. However, sparse "
                        + "queries cannot guarantee a high recall. This paper shows that the solution should be Dense "
                        + "Quill Queries (DQQ). DQQ blends the advantages of both.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("DQQ");
    }

    @Test
    void theFirstThingOfItsKindCalledANameIsTheProposal() {
        PaperExtraction x = extract("Translating quill headers",
                "Also, we propose the first quill translation model called QUAST, which is a header-to-header model.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("QUAST");
        PaperExtraction y = extract("Reasoning about quills",
                "We study reasoning in the belief theory called Quill Logic and show its limits.");
        assertThat(names(y, MentionKind.PROPOSED)).doesNotContain("Quill Logic");
    }

    @Test
    void theNamedCorpusThatATitlePartOpensWithIsTheProposal() {
        String abstractText = "We present quill dialogues annotated with discourse structure and evaluate parsers on "
                + "QUILLAC.";
        PaperExtraction x = extract("Discourse Acts in Quill Dialogue: the QUILLAC Corpus", abstractText);
        assertThat(names(x, MentionKind.PROPOSED)).contains("QUILLAC");
        PaperExtraction y = extract("Integrating Quill Resources: The QUILLAC Corpus Model", abstractText);
        assertThat(names(y, MentionKind.PROPOSED)).doesNotContain("QUILLAC");
        // (a plain capitalised word of the title, found as a name in the abstract)
        PaperExtraction z = extract("Processing Quill Languages in the Latin Script: the Quillshina Dataset",
                "We evaluate transliteration models on the Quillshina dataset and report their accuracy.");
        assertThat(names(z, MentionKind.PROPOSED)).contains("Quillshina");
    }

    @Test
    void theModelOurTuningMadeAndOurMostPowerfulModelAreProposals() {
        PaperExtraction x = extract("Instruction tuning for quill encoders",
                "Results show that our fine-tuned model, Instruct-QUILL, outperforms Bloomz on all quill tasks.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("Instruct-QUILL");
        PaperExtraction y = extract("Sparse experts for quills",
                "Our most powerful model, QUILL-MoE-32B, surpasses the performance of Flan-PaLM-62B on four tasks.");
        assertThat(names(y, MentionKind.PROPOSED)).contains("QUILL-MoE-32B");
        // (a known model that the authors fine-tuned is one they took)
        PaperExtraction z = extract("Quill classification",
                "Our fine-tuned RoBERTa model achieved the best score on the quill task.");
        assertThat(names(z, MentionKind.PROPOSED)).doesNotContain("RoBERTa");
        // (a hyphenated modifier that the tagger reads as a verb)
        PaperExtraction w = extract("Quill humor detection",
                "In this work, we describe our adversarial multi-task network, QUILL-Humor, which detects humor.");
        assertThat(names(w, MentionKind.PROPOSED)).contains("QUILL-Humor");
    }

    @Test
    void aKnownNameInAppositionToWhatTheMadeThingUsesIsNotProposed() {
        PaperExtraction x = extract("Sequence Mixup for Quill Tagging",
                "We present an approach utilizing an interpolative data augmentation method, Mixup, to improve the "
                        + "generalizability of quill taggers.");
        assertThat(names(x, MentionKind.METHOD)).contains("Mixup");
        assertThat(names(x, MentionKind.PROPOSED)).doesNotContain("Mixup");
    }

    @Test
    void aTitlePhraseTheAbstractIntroducesAsANewTaskIsNoMethod() {
        PaperExtraction x = extract("Open-Domain Quill Detection using Distant Supervision",
                "This paper introduces open-domain quill detection, a new quill detection paradigm that covers all "
                        + "domains. We propose a distant supervision method that generates training data.");
        assertThat(names(x, MentionKind.PROPOSED)).doesNotContain("Open-Domain Quill Detection");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("Open-Domain Quill Detection");
        // (one the abstract describes as a process stays the authors' method)
        PaperExtraction y = extract("Quill Verification Is an Effective Sampler for Trajectory Prediction",
                "In this paper, we propose quill verification, serving as a universal sampling process that improves "
                        + "multi-modal prediction.");
        assertThat(names(y, MentionKind.PROPOSED)).contains("Quill Verification");
    }

    @Test
    void aListOfAdjectivesEndingInAParticipleOpensTheProposedThing() {
        PaperExtraction x = extract("Quill Lottery Tickets Automated",
                "To bridge this gap, this paper introduces an Adaptive, Dynamic, and Automated framework for "
                        + "identifying Quill Lottery Tickets (AdaQLT). Experiments show that it outperforms the "
                        + "baselines.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("AdaQLT");
    }

    @Test
    void aTitleThatIsNothingButAModelsNameNamesTheUnnamedProposal() {
        String abstractText = "We propose a new approach for generative modeling based on training a quill network to "
                + "be idempotent. The proposed model maps a source distribution to a target distribution.";
        PaperExtraction x = extract("Idempotent Quill Generative Network", abstractText);
        assertThat(names(x, MentionKind.PROPOSED)).contains("Idempotent Quill Generative Network");
        assertThat(names(x, MentionKind.METHOD)).contains("Idempotent Quill Generative Network");
        // (not above an abstract that defines a short form, which may name the proposal)
        PaperExtraction z = extract("Idempotent Quill Generative Network",
                abstractText + " It improves the Frechet inception distance (FID) of one-step models.");
        assertThat(names(z, MentionKind.PROPOSED)).doesNotContain("Idempotent Quill Generative Network");
    }

    @Test
    void theResultingLongFormThatOpensASentenceNamesTheAuthorsConstruction() {
        PaperExtraction x = extract("Images as Quill Matrices",
                "Here we apply the same principle to generate natural images. The resulting fast quill painters (FQPs) "
                        + "learn to execute sequences of learning rules. We train our FQPs adversarially.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("FQP");
        // (not a known name)
        PaperExtraction y = extract("A Digital Quill Library",
                "We pre-train on the library. The resulting Bidirectional Encoder Representations from Transformers "
                        + "(BERT) model is released.");
        assertThat(names(y, MentionKind.PROPOSED)).doesNotContain("BERT");
    }

    @Test
    void whatNewClassesAreOfIsTheKindThereBeforeThem() {
        PaperExtraction x = extract("Stable Neural Stochastic Differential Equations for Quill Series",
                "Neural Stochastic Differential Equations (Neural SDEs) add a diffusion term to Neural ODEs. In this "
                        + "work, we propose three stable classes of Neural SDEs: Quill-type SDE, Linear Noise SDE, and "
                        + "Bent SDE.");
        assertThat(names(x, MentionKind.PROPOSED)).doesNotContain("Neural SDE", "Neural SDEs");
        PaperExtraction y = extract("Regularized Quill Networks for Image Recognition",
                "Quill Networks (QNs) have emerged as an alternative to deep networks. We introduce a class of QNs, "
                        + "which reach the performance of ResNet.");
        assertThat(names(y, MentionKind.PROPOSED)).doesNotContain("QN");
    }

    @Test
    void whatTheAuthorsReferToAsANameIsProposedWhateverTheLengthOfTheObject() {
        PaperExtraction x = extract("Deterministic training of quill autoencoders",
                "We refer to these new deterministic quill autoencoders as Quill Encoders within Flows (QEF), since "
                        + "the encoder is an affine layer.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("QEF");
    }

    @Test
    void aMethodTheAuthorsMakeKnownAsANameIsProposed() {
        PaperExtraction x = extract("Active Quill Adaptation: Analyses and An Algorithm",
                "We study active quill adaptation. We introduce a simple yet effective quill algorithm, known as "
                        + "SimQuill, using real-time sample selection. SimQuill is fast.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("SimQuill");
        // (not a thing the authors only study, nor one the field already names)
        PaperExtraction y = extract("Fractional Quill Dynamics",
                "We consider a continuous-time variant of SGD, known as the underdamped quill dynamics (UQD), and "
                        + "investigate its properties. Finally, we study a new formulation of constrained RL, known as "
                        + "RL with quill constraints (RLwQ).");
        assertThat(names(y, MentionKind.PROPOSED)).doesNotContain("UQD", "RLwQ");
    }

    @Test
    void aWordCoinedInOnePieceBeforeTheNounOfWhatIsMadeNamesIt() {
        PaperExtraction x = extract("Context-Aware Quill Repair for Translation",
                "We propose a monolingual DocQuill model to correct inconsistencies between translations. DocQuill "
                        + "edits a sequence of translations. We also design a SynQuill module with syntax.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("DocQuill", "SynQuill");
        // (not one the text has written before, nor the short form of what it studies)
        PaperExtraction y = extract("Quill Detection with Kalman Filtering",
                "Rotation detectors often use a loss based on SkewQuill. In this paper, we propose an effective "
                        + "approximate SkewQuill loss. Learning from Quill Observations (LfQO) is a practical setting. "
                        + "We propose a sample-efficient LfQO approach.");
        assertThat(names(y, MentionKind.PROPOSED)).doesNotContain("SkewQuill", "LfQO");
    }

    @Test
    void aLowerCaseNameTheAuthorsGiveHoldsTheKnownNameInsideIt() {
        PaperExtraction x = extract("A Unified Approach to Quill Games",
                "This work studies an algorithm, which we call magnetic mirror descent, that is inspired by mirror "
                        + "descent. We show the virtues of magnetic mirror descent as an equilibrium solver.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("magnetic mirror descent");
        assertThat(names(x, MentionKind.METHOD)).contains("magnetic mirror descent", "mirror descent");
    }

    @Test
    void aNameWhoseThingAParticipleSaysThisPaperMadeIsProposed() {
        PaperExtraction x = extract("Quill Dependencies",
                "Finding them is equivalent to solving the Quill Lasso (QuLasso) regression problem proposed in this "
                        + "paper. We also release the QuillSet corpus introduced in the present work.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("QuLasso", "QuillSet");
        // (not one that others made, at another time or by name)
        PaperExtraction y = extract("Quill Baselines",
                "We compare with the QuillNet model proposed in 2019 and the QuillGAN model proposed by Smith.");
        assertThat(names(y, MentionKind.PROPOSED)).doesNotContain("QuillNet", "QuillGAN");
    }

    @Test
    void everyNamedItemAfterACountedObjectAndNamelyOrThatIsIsProposed() {
        PaperExtraction x = extract("Quill Counting Models for Topic Discovery",
                "In this paper, we propose two quill counting models, i.e., the Binomial Quill Model (BQM) and the "
                        + "Gamma Binomial Quill Model (GBQM) for topic discovery. Both BQM and GBQM beat the baselines.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("BQM", "GBQM");
        PaperExtraction y = extract("Quill Counting Models",
                "We design three quill samplers, namely the Slice Quill Sampler (SQS), the Gibbs Quill Sampler (GQS) "
                        + "and the Annealed Quill Sampler (AQS).");
        assertThat(names(y, MentionKind.PROPOSED)).contains("SQS", "GQS", "AQS");
        // (not what examples list)
        PaperExtraction z = extract("Quill Counting",
                "We evaluate on three quill tasks, e.g., the Quill Parsing Task (QPT) and the Quill Tagging Task "
                        + "(QTT).");
        assertThat(names(z, MentionKind.PROPOSED)).doesNotContain("QTT");
    }

    @Test
    void aNameTheAuthorsGiveAPosedProblemInARelativeClauseIsNoMethod() {
        PaperExtraction x = extract("Quill Recognition",
                "We study a novel problem in quill recognition, which we term as “Quill Transfer” (QT). "
                        + "QT asks how quills generalise. In such a scenario, which we call Quill-as-a-Service "
                        + "(QaaS), gradients are unavailable.");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("QT", "QaaS");
        assertThat(names(x, MentionKind.PROPOSED)).doesNotContain("QT", "QaaS");
        // (not what a phrase about the task names, nor a method for it)
        PaperExtraction y = extract("Quill Heads",
                "Heads carry a compact representation of the demonstrated task, which we call a quill vector (QV). "
                        + "We propose a novel method for the task, which we call QuillNet. We then propose a novel "
                        + "method to tackle the problems, which we refer to as Quill Matching (QuillMatch).");
        assertThat(names(y, MentionKind.METHOD)).contains("QV", "QuillNet", "QuillMatch");
    }

    @Test
    void aNameAfterAColonAndTheArticleRenamesWhatTheTriggerGoverns() {
        PaperExtraction x = extract("Quill Identification in Welsh",
                "This paper presents the first annotated Welsh dataset for quill identification: the Welsh Quill "
                        + "Post Dataset (WQPD). WQPD holds 3,100 posts.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("WQPD");
        PaperExtraction y = extract("Quill Arithmetic",
                "We propose a new conceptual approach to quill control: the Quill-Goal-Behaviour architecture (QGB). "
                        + "QGB learns fast.");
        assertThat(names(y, MentionKind.PROPOSED)).contains("QGB");
    }

    @Test
    void aProperNounMayQualifyTheCountedThingsBeforeTheirList() {
        PaperExtraction x = extract("Welsh Quill Datasets", "Motivated by this, we construct two new Welsh quill "
                + "datasets: Welsh Quill Transcripts (WQT) and Welsh Single Quill Speech (WSQS).");
        assertThat(names(x, MentionKind.PROPOSED)).contains("WQT", "WSQS");
    }

    @Test
    void aProposalsOwnExtensionIsProposedToo() {
        PaperExtraction x = extract("Quill Compression", "We propose new quill compression methods, QuillSpar and its "
                + "variant QuillSpar-LR with layerwise rates. Unlike SGD and its variant LARS, they send few pages.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("QuillSpar", "QuillSpar-LR").doesNotContain("LARS");
    }

    @Test
    void aNameTheAuthorsDescribeAsAThingIsTheirs() {
        PaperExtraction x = extract("Deductions in plain words", "In this paper, we describe QuillPattern, a method "
                + "for building models that write deductions. QuillPattern reaches 85% validity.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("QuillPattern");
        PaperExtraction y = extract("Deductions in plain words", "We describe QuillParse, a popular parser, and then "
                + "our own changes to it.");
        assertThat(names(y, MentionKind.PROPOSED)).doesNotContain("QuillParse");
    }

    @Test
    void aModifierWithBasedRightBeforeTheLongFormDescribesTheProposal() {
        PaperExtraction x = extract("Quill restoration", "In this work, we propose a mean-teacher based "
                + "Semi-supervised Quill Image Restoration (Semi-QIR) framework to use the unlabeled data.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("Semi-QIR");
    }

    @Test
    void aKnownNameFurtherOnInTheTitleIsNotTheAuthors() {
        PaperExtraction x = extract("Extending WordNet to Quill Terms", "We add quill senses to the lexicon. More "
                + "work is needed on the new senses in our extended WordNet.");
        assertThat(names(x, MentionKind.PROPOSED)).doesNotContain("WordNet");
        PaperExtraction y = extract("WordNet: A Lexical Database for Quill",
                "Our extended WordNet covers quill terms.");
        assertThat(names(y, MentionKind.PROPOSED)).contains("WordNet");
    }

    @Test
    void capitalisedWordsBeforeADefinedLongFormOpenTheTitlesOwnName() {
        PaperExtraction x = extract("Greedy Quill-Critic: A New Conditional Method for Policy Improvement",
                "Many policy gradient methods are variants of Quill-Critic (QC), where a critic is learned. We show "
                        + "that our greedy algorithm performs better than the soft variants.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("Greedy Quill-Critic").doesNotContain("QC");
    }
}
