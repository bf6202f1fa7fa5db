package org.paperkg.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paperkg.extract.Extractions.extract;
import static org.paperkg.extract.Extractions.names;

import org.junit.jupiter.api.Test;

/**
 * Concepts of the SKOS scheme found in the text, and words that look like them in another sense.
 * Each case runs the real CoreNLP pipeline, loaded once per test JVM ({@link SharedExtractor}).
 */
class ConceptExtractionTest {
    @Test
    void aMixedCaseConceptAcronymInCapitalsIsStillTheConcept() {
        PaperExtraction x = extract("A MOE-based captioner", "Sparse experts route each token.");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("MOE");
    }

    @Test
    void theAuthorsOwnDefinedModelIsAProposedMethodEvenWithAConceptHead() {
        PaperExtraction x = extract("Sparse codes for faces",
                "In tests, our sparse-code autoencoder (SCAE) beats earlier work.");
        assertThat(names(x, MentionKind.METHOD)).contains("SCAE");
        assertThat(names(x, MentionKind.PROPOSED)).contains("SCAE");
    }

    @Test
    void aCapitalisedPhraseAfterTheVerbNamesAProposalEvenWhenItEndsInAConceptWord() {
        PaperExtraction x = extract("Teachers for students",
                "We propose a simple yet effective Layered Distillation strategy for small students.");
        assertThat(names(x, MentionKind.METHOD)).contains("Layered Distillation");
        assertThat(names(x, MentionKind.PROPOSED)).contains("Layered Distillation");
    }

    @Test
    void aConceptWordInsideAPrepositionalPhraseDoesNotMakeTheDefinitionAConcept() {
        PaperExtraction x = extract("Growing networks",
                "We employ weight copying with momentum (WCM) to keep what the smaller network learned.");
        assertThat(names(x, MentionKind.METHOD)).contains("WCM");
    }

    @Test
    void aConceptAfterTwoSentencesGluedWithoutASpaceIsFound() {
        PaperExtraction x = extract("Recurrent states", "States are tuned during inference.Transformers need more memory.");
        assertThat(names(x, MentionKind.CONCEPT)).contains("transformer");
    }

    @Test
    void attentionThatHasBeenPaidIsNoConcept() {
        PaperExtraction x = extract("Clients without labels",
                "Extensive attention has been paid to federated training without labels.");
        assertThat(names(x, MentionKind.CONCEPT)).doesNotContain("attention");
    }

    @Test
    void commonParaphrasesOfConceptsAreFound() {
        PaperExtraction x = extract("Planned video",
                "Interactions in dynamic systems change over time. A planner first predicts the coarse motion "
                        + "trajectories of each object; the closure model exploits rotational symmetries.");
        assertThat(names(x, MentionKind.CONCEPT)).contains("dynamical-system", "trajectory-prediction", "equivariance");
    }

    @Test
    void aTaskLabelWrittenTheOtherWayRoundWithOfIsTheConceptUnlessItsObjectQualifiesANoun() {
        PaperExtraction x = extract("Layered lattices",
                "The lattice supports the joint completion and classification of blurred images. A second head "
                        + "allows the distillation of knowledge from a larger teacher.");
        assertThat(names(x, MentionKind.CONCEPT)).contains("image-classification", "knowledge-distillation");
        PaperExtraction y = extract("Layered lattices",
                "The lattice speeds up the generation of image captions and marks a new generation of video models. "
                        + "Annotators paid for the generation of one caption per image.");
        assertThat(names(y, MentionKind.CONCEPT)).doesNotContain("image-generation", "video-generation");
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
    void aVariantOfAConceptNamedByAnAcronymInMixedCaseIsAName() {
        PaperExtraction x = extract("Mixtures", "Sparse mixture of expert architectures (MoEs) scale well. We propose "
                + "Gentle MoE, a differentiable Transformer, and compare with Sparse MoE and with self-supervised "
                + "pretraining (SSP) of SSP ViTs.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("Gentle MoE");
        assertThat(names(x, MentionKind.METHOD)).contains("Gentle MoE").doesNotContain("Sparse MoE", "SSP ViT");
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
    void aDefinitionAProposalGovernsIsANameEvenWithAConceptHead() {
        PaperExtraction x = extract("Trajectory models",
                "In this work, we propose geometric trajectory diffusion models (GeoTDM) for molecules. "
                        + "Temporal graph neural networks (TGNN) are popular, and TGNN models are slow.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("GeoTDM");
        assertThat(names(x, MentionKind.METHOD)).contains("GeoTDM").doesNotContain("TGNN");
    }

    @Test
    void hyphenatedAcronymsOfConceptsAndGroupNotationAreNotNames() {
        PaperExtraction x = extract("Equivariance",
                "We close the ODE-SDE gap with AI-enabled tools and SE(3) equivariant layers; the problem is NP-hard.");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("ODE-SDE", "AI-enabled", "AI", "SE", "NP-hard", "NP");
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
    void aConceptsOwnLabelInsideANameStillCountsButAParaphraseDoesNot() {
        PaperExtraction x = extract("Video", "We propose a long-short masked contrastive learning (LSMCL) approach "
                + "and report results on the Long Range Arena.");
        assertThat(names(x, MentionKind.CONCEPT)).contains("contrastive-learning").doesNotContain("long-sequence-modeling");
    }

    @Test
    void aTitleNameEndingInAConceptIsTheMethodWhereTheTitleCallsItOne() {
        PaperExtraction described = extract("Quarry Transformer: A unified architecture for forecasting paths of agents",
                "We formulate a model that predicts the behaviour of all agents jointly.");
        assertThat(names(described, MentionKind.PROPOSED)).containsExactly("Quarry Transformer");
        PaperExtraction surveyed = extract("Quarry Transformers: A survey of methods for paths of agents",
                "We review models that predict the behaviour of agents.");
        assertThat(names(surveyed, MentionKind.PROPOSED)).isEmpty();
    }

    @Test
    void aConceptsLabelNarrowedByATitleCasePhraseNamesAMethod() {
        PaperExtraction x = extract("Adversarial score matching",
                "Denoising Score Matching with Quill Langevin Sampling (DSM-QLS) has recently found success in "
                        + "generative modeling.");
        assertThat(names(x, MentionKind.METHOD)).contains("DSM-QLS");
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
    void aTitleOpeningWithAnActivityThatNarrowsAConceptNamesNothing() {
        PaperExtraction x = extract("Score-Based Generative Modeling with Damped Quill Diffusion",
                "We study sampling for generative models and propose QuillDiff, a new sampler.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("QuillDiff").doesNotContain("Score-Based Generative Modeling");
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
    void everyNameConjoinedInAnAppositionAfterATriggerIsProposedAndConceptWordsMayQualifyAVariant() {
        PaperExtraction x = extract("Sparse dictionaries",
                "Sparse autoencoders (SAEs) learn features. We propose two new SAE variants, Token Budget SAEs and "
                        + "Shared Budget SAEs. We study Attention Probe SAEs and Attention SAEs.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("Token Budget SAE", "Shared Budget SAE");
        assertThat(names(x, MentionKind.METHOD)).contains("Attention Probe SAE").doesNotContain("Attention SAE");
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
    void aConceptsAcronymDefinedForSomethingElseIsANameAndNoMentionOfTheConcept() {
        PaperExtraction own = extract("Forgetting-free learners",
                "We propose a continual learning framework called Ideal Continual Learner (ICL). ICL never forgets.");
        assertThat(names(own, MentionKind.METHOD)).contains("ICL");
        assertThat(names(own, MentionKind.CONCEPT)).doesNotContain("in-context-learning");
        PaperExtraction theConcept = extract("Prompting", "Large language models show in-context learning (ICL). "
                + "We study how ICL emerges, and why convolution neural networks (CNNs) lack it.");
        assertThat(names(theConcept, MentionKind.METHOD)).doesNotContain("ICL", "CNN");
        assertThat(names(theConcept, MentionKind.CONCEPT)).contains("in-context-learning", "convolutional-neural-network");
        // (defined in the plural, written in the singular)
        PaperExtraction plural = extract("Bone shapes",
                "We fit correspondence-based statistical shape models (SSMs) to bones. SSM fitting is slow.");
        assertThat(names(plural, MentionKind.CONCEPT)).doesNotContain("state-space-model");
    }

    @Test
    void aConceptNarrowedByThreeWordsAndCalledAMethodInTheSingularIsAName() {
        PaperExtraction x = extract("Adder networks",
                "We improve adder networks via a progressive kernel based knowledge distillation (PKSKD) method. "
                        + "Teachers help too: temporal knowledge distillation (TKD) methods are common.");
        assertThat(x.aliases()).containsKey("PKSKD").doesNotContainKey("TKD");
        assertThat(names(x, MentionKind.METHOD)).contains("PKSKD").doesNotContain("TKD");
    }

    @Test
    void aConceptAcronymJoinedToACapitalisedNounIsAName() {
        PaperExtraction x = extract("Pruning quill models",
                "We present LLM-Quiller, a generic approach to pruning, and compare it with GNN-Sorter. Our "
                        + "LLM-Based pipeline is AI-Enabled and ML-Agnostic.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("LLM-Quiller");
        assertThat(names(x, MentionKind.METHOD)).contains("LLM-Quiller", "GNN-Sorter")
                .doesNotContain("LLM-Based", "AI-Enabled", "ML-Agnostic");
    }

    @Test
    void classicAlgorithmsAreKnownMethodsButConceptFamiliesStayConcepts() {
        PaperExtraction x = extract("Compressing quill trajectories",
                "We smooth quill paths with cubic B-splines, cluster them with k-means after a singular value "
                        + "decomposition (SVD), and store them with arithmetic coding. The posterior is sampled by "
                        + "Gibbs sampling.");
        assertThat(names(x, MentionKind.METHOD)).contains("B-splines", "k-means", "SVD", "arithmetic coding")
                .doesNotContain("Gibbs sampling");
        assertThat(x.mentions(MentionKind.CONCEPT).stream().map(Mention::name)).contains("mcmc");
    }

    @Test
    void conceptAcronymsHyphenatedInAppositionToAMethodNounAreAName() {
        PaperExtraction x = extract("Label-free quill classification",
                "Large Language Models (LLMs) are strong. This work introduces a label-free node classification "
                        + "on graphs with LLMs pipeline, LLM-GNN. It beats the best text-to-speech (TTS) model, "
                        + "Grad-TTS, without labels.");
        assertThat(names(x, MentionKind.METHOD)).contains("LLM-GNN", "Grad-TTS");
    }

    @Test
    void aMixedCaseShortFormCalledAMethodIsOneEvenWhenItsLongFormEndsInAConcept() {
        PaperExtraction x = extract("Adapting quills at test time",
                "We elaborate a Quill Test-Time Adaptation (QuTTA) method against drifting streams. QuTTA adapts "
                        + "continually.");
        assertThat(names(x, MentionKind.METHOD)).contains("QuTTA");
    }

    @Test
    void aModalBeforeAConceptsShortFormInAQuotedQuestionNamesNoVariant() {
        PaperExtraction x = extract("Can LLMs keep a quill?",
                "We ask the question \u201CCan LLMs demonstrate an equivalent discernment in context?\u201D We "
                        + "propose QuillBench, a benchmark for privacy reasoning.");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("Can LLM", "Can LLMs");
    }

    @Test
    void aKnownNameGluedToBasedBeforeAConceptsAcronymIsNoVariantOfIt() {
        PaperExtraction x = extract("QuillMAE: masked autoencoders for tracking",
                "We show that our QuillMAE is a strong matching learner, which beats the ImageNetbased MAE.");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("ImageNetbased MAE").contains("QuillMAE");
    }

    @Test
    void twoConceptsJoinedNameAClassOfModelsOfTheirOwn() {
        PaperExtraction x = extract("Free-form inference for quill models",
                "Gaussian process state-space models (GPSSMs) provide a principled approach to quill dynamics. "
                        + "Temporal graph neural networks (TGNNs) are popular too. We propose a new method for "
                        + "inference in Bayesian GPSSMs.");
        assertThat(names(x, MentionKind.METHOD)).contains("GPSSM").doesNotContain("TGNN");
    }

    @Test
    void aLongFormThatOpensTheTitleIsTheMethodThoughItEndsInAConceptsLabel() {
        PaperExtraction x = extract("Quill-size-Aware Policy Optimization for Mean-Field Games",
                "Quill games pose several challenges. We address these challenges through the Quill-size-Aware "
                        + "Policy Optimization (QAPO). Experiments "
                        + "show that QAPO beats the baselines.");
        assertThat(names(x, MentionKind.METHOD)).containsExactly("QAPO");
        assertThat(names(x, MentionKind.PROPOSED)).containsExactly("QAPO");
    }

    @Test
    void anEquilibriumIsASolutionConceptNoMethod() {
        PaperExtraction x = extract("Asynchronous Quill Play in Zero-Sum Games",
                "We show that the Plume method converges linearly to the quantal response equilibrium (QRE), the "
                        + "solution concept under bounded rationality, in the absence of delays.");
        assertThat(names(x, MentionKind.METHOD)).containsExactly("Plume");
    }

    @Test
    void dataNamedAfterAConceptIsOneDataset() {
        PaperExtraction x = extract("QuillICL: Empowering Vision-language Models",
                "We construct the Multi-modal In-Context Learning (MIQ) dataset, designed to enhance the model, and "
                        + "evaluate on geo-diverse V&L tasks.");
        assertThat(names(x, MentionKind.DATASET)).containsExactly("MIQ");
        assertThat(names(x, MentionKind.PROPOSED)).contains("MIQ");
    }

    @Test
    void contrastiveMethodsAndAFrameworkOrMannerParaphraseContrastiveLearning() {
        PaperExtraction x = extract("Quill embeddings",
                "Unlike earlier contrastive methods, our quill encoder is trained in a contrastive manner.");
        assertThat(names(x, MentionKind.CONCEPT)).contains("contrastive-learning");
        // (not the contrastive methods of terminology extraction, which compare a domain's corpus with a general one)
        PaperExtraction y = extract("Quill terms",
                "We extract terms of quill terminologies from domain corpora, unlike other contrastive methods.");
        assertThat(names(y, MentionKind.CONCEPT)).doesNotContain("contrastive-learning");
    }

    @Test
    void inContextExamplesParaphraseInContextLearning() {
        PaperExtraction x = extract("Quill prompting",
                "Prompted with only two in-context exemplars, the quill model answers well.");
        assertThat(names(x, MentionKind.CONCEPT)).contains("in-context-learning");
    }

    @Test
    void metaLearningIsParaphrasedByItsVerbButNotByAMetaLearner() {
        PaperExtraction x = extract("Quill few-shot",
                "We meta-learn the quill initialisation over meta-training tasks.");
        assertThat(names(x, MentionKind.CONCEPT)).contains("meta-learning");
        PaperExtraction y = extract("Quill effects", "We compare meta-learners such as the QuillBoost stacker.");
        assertThat(names(y, MentionKind.CONCEPT)).doesNotContain("meta-learning");
    }

    @Test
    void imageClassifiersAndBehavioralCloningParaphraseTheirConcepts() {
        PaperExtraction x = extract("Quill attacks", "We attack image classifiers with quills and train the "
                + "victim agent by behavioral cloning. Speculative sampling speeds the quill model up.");
        assertThat(names(x, MentionKind.CONCEPT))
                .contains("image-classification", "imitation-learning", "speculative-decoding");
        // (the data a task is done on stays a dataset)
        PaperExtraction y = extract("Quill nets", "QuillNet reaches 80% top-1 accuracy on ImageNet classification.");
        assertThat(names(y, MentionKind.DATASET)).contains("ImageNet");
    }

    @Test
    void maskedPredictionNextWordPredictionAndMultiExitNetworksParaphraseTheirConcepts() {
        PaperExtraction x = extract("Quill pretraining", "Our quill encoder is trained by masked prediction, its "
                + "decoder by next-word prediction, and both run as multi-exit networks with residual vector "
                + "quantizers.");
        assertThat(names(x, MentionKind.CONCEPT)).contains("masked-modeling", "autoregressive-model", "early-exiting",
                "vector-quantization");
        PaperExtraction z = extract("Quill pretraining", "We pretrain the quill encoder on two pretext tasks and "
                + "compress its gradients to 1-bit values.");
        assertThat(names(z, MentionKind.CONCEPT)).contains("self-supervised-learning", "quantization");
        PaperExtraction w = extract("Quill docking", "We develop a diffusion generative model over quill poses.");
        assertThat(names(w, MentionKind.CONCEPT)).contains("diffusion-model");
        PaperExtraction y = extract("Quill hallucination", "Large multimodal models (LMMs) describe quills poorly.");
        assertThat(names(y, MentionKind.CONCEPT)).contains("vision-language-model");
        assertThat(names(y, MentionKind.METHOD)).doesNotContain("LMM");
    }

    @Test
    void aConceptNegatedByAHyphenatedNonIsNotThatConcept() {
        PaperExtraction x = extract("Order-Agnostic Quill Loss for Non-Autoregressive Machine Translation",
                "We study non-autoregressive translation models and non-contrastive objectives for quills.");
        assertThat(names(x, MentionKind.CONCEPT)).doesNotContain("autoregressive-model", "contrastive-learning");
        PaperExtraction y = extract("Parallel quill translation",
                "Unlike autoregressive models, our quill translator is trained with contrastive learning.");
        assertThat(names(y, MentionKind.CONCEPT)).contains("autoregressive-model", "contrastive-learning");
        PaperExtraction z = extract("Understanding quill filters",
                "The inherent non-interpretability of quill classifiers is a challenge for their users.");
        assertThat(names(z, MentionKind.CONCEPT)).contains("interpretability");
    }

    @Test
    void aTitleNameHyphenedAroundAConceptWordIsTheProposalWhereTheAbstractNeverWritesIt() {
        PaperExtraction x = extract("Q-Transformer-2D: Fast Two-Dimensional Hierarchical Attention for Quills",
                "We describe an efficient hierarchical method to compute attention over quills. It is faster than "
                        + "the alternatives on three benchmarks.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("Q-Transformer-2D");
        // (not where the abstract shortens it: "HopAT" below "Hop-Attention: …")
        PaperExtraction y = extract("Hop-Attention: Improving Quill Transformers by Paying Less Attention",
                "Based on this observation, we propose HopAT a method to reuse attention from preceding layers. "
                        + "HopAT is fast.");
        assertThat(names(y, MentionKind.METHOD)).doesNotContain("Hop-Attention");
    }

    @Test
    void aTitleModelNameOfConceptWordsNamesTheProposalWhereNoOtherNameIsInSight() {
        PaperExtraction x = extract("Ordered GNN: Ordering Quill Passing to Deal with Heterophily",
                "Most graph neural networks mix the quills of all hops. In this work, we propose to order the quills "
                        + "passed into the node representation, with blocks of neurons for specific hops.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("Ordered GNN");
        // (not where the authors propose a coined name of their own, which the title describes)
        PaperExtraction y = extract("Ordered GNN: Ordering Quill Passing to Deal with Heterophily",
                "In this work, we propose QuillOrder, which orders the quills passed into the node representation.");
        assertThat(names(y, MentionKind.PROPOSED)).contains("QuillOrder").doesNotContain("Ordered GNN");
    }

    @Test
    void convNetIsTheConvolutionalNetworkConceptNoNamedMethod() {
        PaperExtraction x = extract("Quill Nets",
                "We train ConvNets on quill images; a small ConvNet suffices. We compare with ConvNeXt.");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("ConvNet").contains("ConvNeXt");
        assertThat(names(x, MentionKind.CONCEPT)).contains("convolutional-neural-network");
        // (a title's name ending in it still names the paper's model where no other name is in sight)
        PaperExtraction y = extract("Quill-Free Convnets: Fractional Shift Invariance",
                "We propose an extended anti-aliasing method that tackles both down-sampling and non-linear layers.");
        assertThat(names(y, MentionKind.PROPOSED)).contains("Quill-Free Convnets");
    }

    @Test
    void aKindOfAConceptTheAuthorsPresentAsNewIsTheirModel() {
        PaperExtraction x = extract("Quill Animation with Latent Wave Diffusion Models",
                "In this paper, we propose an approach for quill animation using novel latent wave diffusion models "
                        + "(LWDM) that synthesize a motion sequence in the latent space. LWDM beats the baselines.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("LWDM");
        PaperExtraction y = extract("Faster Quill Flows",
                "In this work, we propose a new class of continuous NFs, drift continuous normalizing flows (DCNFs), "
                        + "that make a base distribution converge faster.");
        assertThat(names(y, MentionKind.PROPOSED)).contains("DCNF");
        // (not a short form that qualifies the noun after it, nor a kind that others present)
        PaperExtraction z = extract("Quill Planning",
                "We propose a novel conditional variational autoencoder (CVAE) based planner for quills. Temporal "
                        + "graph neural networks (TGNNs) are popular.");
        assertThat(names(z, MentionKind.METHOD)).doesNotContain("CVAE", "TGNN");
    }

    @Test
    void aShortFormWrittenAsAMeasureIsNoConceptItAlsoStandsFor() {
        PaperExtraction x = extract("Quill Prediction for Molecules",
                "Our quill network reaches 0.08 MAE on ZINC and a 22% average MAE reduction on QM9. Our run achieved "
                        + "MAE 0.545 on valence, with an MAE of 0.0055 and a better MAE than the baselines.");
        assertThat(names(x, MentionKind.CONCEPT)).doesNotContain("masked-modeling");
        // (the masked autoencoder still is one, where the text names the model)
        PaperExtraction y = extract("Quill Pretraining",
                "Our quill model is +4.1 higher than the MAE baseline and outperforms MAE by 0.69% on ImageNet-1K.");
        assertThat(names(y, MentionKind.CONCEPT)).contains("masked-modeling");
    }

    @Test
    void recommendationsOnWhatToDoNextAreAdviceNotARecommender() {
        PaperExtraction x = extract("Quill Benchmarks Revisited",
                "We audit twelve quill benchmarks and conclude with recommendations for future benchmark tasks. "
                        + "Our study ends in three recommendations on how to report quill scores.");
        assertThat(names(x, MentionKind.CONCEPT)).doesNotContain("recommendation");
        // (a recommender's output for its users still is the task)
        PaperExtraction y = extract("Quill Shop Ranking",
                "Our ranker produces recommendations for users of an online quill shop.");
        assertThat(names(y, MentionKind.CONCEPT)).contains("recommendation");
    }

    @Test
    void promptingAfterACommaIsWhatSomethingBringsAboutUnlessAModelIsPrompted() {
        PaperExtraction everyday = extract("Quill Tuning",
                "Tuning quill networks costs more every year, prompting practitioners to find cheaper quill proxies.");
        assertThat(names(everyday, MentionKind.CONCEPT)).doesNotContain("prompt-learning");
        PaperExtraction technique = extract("Quill Tuning",
                "Quill tasks are new to chat assistants, prompting the model to write quill notes step by step.");
        assertThat(names(technique, MentionKind.CONCEPT)).contains("prompt-learning");
    }

    @Test
    void aLongerLabelOfAttentionBeforeToIsTheMechanism() {
        PaperExtraction x = extract("Quill Ranking",
                "Our quill ranker uses an attention mechanism to weigh the pages. We apply self-attention to all "
                        + "quill frames.");
        assertThat(x.mentions()).anySatisfy(m -> assertThat(m.surface()).isEqualTo("attention mechanism"));
        assertThat(x.mentions()).anySatisfy(m -> assertThat(m.surface()).isEqualTo("self-attention"));
        // (the word alone before "to" is still the everyday kind)
        PaperExtraction y = extract("Quill Ranking", "Quill rankers pay little attention to page order.");
        assertThat(names(y, MentionKind.CONCEPT)).doesNotContain("attention");
    }

    @Test
    void attentionToAVerbIsTheMechanismWithItsPurpose() {
        PaperExtraction x = extract("Quill Masks", "Our quill segmenter adopts page-aware mask attention to obtain "
                + "precise quill masks.");
        assertThat(names(x, MentionKind.CONCEPT)).contains("attention");
        // (not after a word of the everyday kind: "pay attention to improve …")
        PaperExtraction y = extract("Quill Masks", "Few quill studies pay attention to improve page masks.");
        assertThat(names(y, MentionKind.CONCEPT)).doesNotContain("attention");
    }

    @Test
    void theAttentionOfACommunityIsTheEverydayKind() {
        PaperExtraction x = extract("Quill Pruning", "These findings call for the urgent attention of the quill "
                + "research community. Forged quills win attention from both academia and industry.");
        assertThat(names(x, MentionKind.CONCEPT)).doesNotContain("attention");
        // (the mechanism "of" something else is still the mechanism)
        PaperExtraction y = extract("Quill Pruning", "We study the attention of the quill encoder over page tokens.");
        assertThat(names(y, MentionKind.CONCEPT)).contains("attention");
    }
}
