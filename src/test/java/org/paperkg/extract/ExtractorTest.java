package org.paperkg.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.paperkg.extract.Extractions.extract;
import static org.paperkg.extract.Extractions.names;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Extraction from small invented abstracts: names and what is no name (metrics, mathematics, venues, tasks,
 * hardware), typing a name as a method or a dataset, and the evidence kept.
 * Each case runs the real CoreNLP pipeline, loaded once per test JVM ({@link SharedExtractor}).
 */
class ExtractorTest {
    @Test
    void typesNamesByContextAndGazetteer() {
        PaperExtraction x = extract("Testing vision models",
                "We train ResNet-50 with Adam and evaluate on CIFAR10 and the new ZebraSet dataset.");
        assertThat(names(x, MentionKind.DATASET)).contains("CIFAR10", "ZebraSet");
        assertThat(names(x, MentionKind.METHOD)).contains("ResNet-50", "Adam");
    }

    @Test
    void anEditionWrittenApartBelongsToTheNameButNotTheYearOfACitation() {
        PaperExtraction x = extract("Sign translation", "We evaluate on two translation datasets, namely "
                + "RWTH-PHOENIX-Weather 2014T and CSL-Daily, and on COCO 2017, as in (ICALP 2002).");
        assertThat(names(x, MentionKind.DATASET)).contains("RWTH-PHOENIX-Weather 2014T", "CSL-Daily", "COCO 2017");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("CSL-Daily", "ICALP 2002");
    }

    @Test
    void aWordInCapitalsInsideSquareBracketsIsASpecialTokenNoName() {
        PaperExtraction x = extract("Corrupted inputs",
                "Instead of [MASK] tokens, QuillGen replaces patches; the [CLS] token pools them.");
        assertThat(x.mentions()).extracting(Mention::name).contains("QuillGen").doesNotContain("MASK", "CLS");
    }

    @Test
    void aLearningSettingThatAPluralMethodNounFollowsIsNoNameEvenWhenTheTaggerReadsTheNounAsAVerb() {
        PaperExtraction x = extract("Quill adaptation",
                "Unsupervised quill adaptation (UQA) approaches focus on adapting models. In contrast to UQA, we adapt.");
        assertThat(x.mentions()).extracting(Mention::name).doesNotContain("UQA");
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
    void aCapitalisedWordAfterAKnownMethodAndAHyphenNamesAVariant() {
        PaperExtraction x = extract("Memory-light optimizers",
                "Our optimizer matches Adam-Mini and trains BERT-Large, unlike Adam-Style rules or BERT-Like encoders.");
        assertThat(names(x, MentionKind.METHOD)).contains("Adam-Mini", "BERT-Large")
                .doesNotContain("Adam-Style", "BERT-Like");
    }

    @Test
    void aKnownModelWrittenInTitleCaseIsThatModel() {
        PaperExtraction x = extract("Quill tagging", "We fine-tune Roberta and compare it with Bert and Electra. A "
                + "Roberta-large encoder wins, while Roberta-based taggers lag behind.");
        assertThat(names(x, MentionKind.METHOD)).extracting(n -> n.toLowerCase(java.util.Locale.ROOT))
                .contains("roberta", "bert", "electra", "roberta-large").doesNotContain("roberta-based");
    }

    @Test
    void aNameRightBeforeAnotherQualifiesTheModelItNames() {
        PaperExtraction x = extract("Quill navigation", "We deploy our agents across Habitat, QuillSim, and Pasture. "
                + "Our agent beats a state-of-the-art QuillSim ZSON model.");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("QuillSim");
        assertThat(names(x, MentionKind.DATASET)).contains("QuillSim");
        PaperExtraction y = extract("Quill steps", "Recently the QS (Quill Step size) method has been used widely.");
        assertThat(names(y, MentionKind.METHOD)).contains("QS");
    }

    @Test
    void aSemiSupervisedMethodWrittenInTitleCaseIsKnown() {
        PaperExtraction x = extract("Quill labels", "We debias existing methods, such as the pseudo-label method and "
                + "Fixmatch, and compare them with Mean Teacher.");
        assertThat(names(x, MentionKind.METHOD)).contains("Fixmatch", "Mean Teacher");
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
    void capitalisedWordsThatGoOnInLowerCaseAreNotAName() {
        PaperExtraction x = extract("Faster training",
                "We propose the QUIck Scaled momentum rule, a drop-in change for any optimizer.");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("QUIck Scaled");
    }

    @Test
    void aVariantOfAKnownMethodIsAMethodWhereverItIsRun() {
        PaperExtraction x = extract("Faster optimizers", "Experiments run faster on BERT-Base-Cased with eight GPUs.");
        assertThat(names(x, MentionKind.METHOD)).contains("BERT-Base-Cased");
        assertThat(names(x, MentionKind.DATASET)).doesNotContain("BERT-Base-Cased");
    }

    @Test
    void aWordTheTokenizerCutsAfterACapitalIsNoName() {
        PaperExtraction x = extract("Prompted trackers",
                "QuillTrack beats full fine-tuning on RGB+Depth, RGB+Thermal and RGB+Event tracking.");
        assertThat(names(x, MentionKind.METHOD)).contains("QuillTrack").noneMatch(n -> n.startsWith("RGB"));
        assertThat(names(x, MentionKind.DATASET)).noneMatch(n -> n.startsWith("RGB"));
    }

    @Test
    void aVersionOrAnImageSizeGluedToAKnownNameNamesAVariantOfIt() {
        PaperExtraction x = extract("Low-bit models",
                "Our 4-bit models lose under 2% accuracy on ResNet18 and MobileNetV2 without fine-tuning.");
        assertThat(names(x, MentionKind.METHOD)).contains("ResNet18", "MobileNetV2");
        assertThat(names(x, MentionKind.DATASET)).doesNotContain("MobileNetV2");
        PaperExtraction y = extract("Indoor scenes", "The segmenter gains 3 mIoU over its teacher on ScanNetV2.");
        assertThat(names(y, MentionKind.DATASET)).contains("ScanNetV2");
        PaperExtraction z = extract("Faster guided sampling",
                "Our sampler matches a 250-step baseline in less time on ImageNet256.");
        assertThat(names(z, MentionKind.DATASET)).contains("ImageNet256");
        assertThat(names(z, MentionKind.METHOD)).doesNotContain("ImageNet256");
    }

    @Test
    void aCodecsDecodingIsNoTextGenerationAndInferenceTimeIsADuration() {
        PaperExtraction x = extract("Small video codecs",
                "The codec cuts encoding cost in half and doubles decoding speed, with the same inference time.");
        assertThat(names(x, MentionKind.CONCEPT)).doesNotContain("text-generation", "test-time-adaptation");
        PaperExtraction y = extract("Better samplers", "We study inference-time scaling of samplers.");
        assertThat(names(y, MentionKind.CONCEPT)).contains("test-time-adaptation");
        PaperExtraction steering = extract("Steering samplers",
                "We propose an inference-time framework for steering samplers toward rare outputs, and an "
                        + "inference-time text embedding optimization.");
        assertThat(names(steering, MentionKind.CONCEPT)).contains("test-time-adaptation");
        PaperExtraction deployed = extract("Leaky classifiers",
                "The inference-time representations of a trained classifier reveal private attributes. Running "
                        + "it at inference-time with no training data is cheap.");
        assertThat(names(deployed, MentionKind.CONCEPT)).doesNotContain("test-time-adaptation");
    }

    @Test
    void aStateSpaceFormIsTheModelButASetOfStatesIsNot() {
        PaperExtraction x = extract("Fast tensor priors",
                "Each Gaussian process becomes a state-space prior, and the filter realizes state-space dynamical systems.");
        assertThat(names(x, MentionKind.CONCEPT)).contains("state-space-model");
        PaperExtraction y = extract("Exploring large worlds",
                "The agent covers most of the state-space, and the cost grows with the state-space size and the state "
                        + "space of the game.");
        assertThat(names(y, MentionKind.CONCEPT)).doesNotContain("state-space-model");
    }

    @Test
    void physicalQuantitiesAndLatexLeftoversAreNoNames() {
        PaperExtraction x = extract("Paths of least effort",
                "Lowering the Kinetic Energy (KE) of a path helps, and the moments obey ranglelangleDelta terms.");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("KE", "ranglelangleDelta");
    }

    @Test
    void aShortWordAfterANumberIsAUnitUnlessItIsAKnownName() {
        PaperExtraction x = extract("Frugal sensors",
                "The board draws 45.4 mW at 3 kHz, while 2 GPT runs draw far more.");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("mW", "kHz").contains("GPT");
    }

    @Test
    void aNameWithPlusesIsAnotherNameThanWithout() {
        PaperExtraction x = extract("Sharper codecs", "Our VidNet++ codec improves on VidNet at every bitrate.");
        assertThat(names(x, MentionKind.METHOD)).contains("VidNet++", "VidNet");
        assertThat(Names.key("VidNet++")).isNotEqualTo(Names.key("VidNet")).isEqualTo(Names.key("vidnet++"));
    }

    @Test
    void simulatingPhysicalSystemsIsPhysicsSimulationAndTheWordsInTheGapStillCount() {
        PaperExtraction x = extract("Training order for physics-informed networks",
                "Physics-informed networks often fail at simulating chaotic dynamical systems over long horizons.");
        assertThat(names(x, MentionKind.CONCEPT)).contains("physics-simulation", "dynamical-system");
        PaperExtraction y = extract("Offline recommenders", "We simulate a recommender system with synthetic users.");
        assertThat(names(y, MentionKind.CONCEPT)).doesNotContain("physics-simulation");
        // (nor the dynamics of training or of a population)
        PaperExtraction z = extract("Quill poisoning", "The inner loop simulates the training dynamics of a quill "
                + "victim.");
        assertThat(names(z, MentionKind.CONCEPT)).doesNotContain("physics-simulation");
        PaperExtraction w = extract("Quill turbulence", "We simulate the dynamics of turbulent fluid quills.");
        assertThat(names(w, MentionKind.CONCEPT)).contains("physics-simulation");
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
                "We reformulate the loss; with this explanation, the gap closes.",
                "The search landscape gives an explanation for the strong performance of quill walkers.")) {
            assertThat(names(extract("Walks and gaps", text), MentionKind.CONCEPT)).as(text).doesNotContain("interpretability");
        }
        for (String text : List.of("We give an explanation for each prediction of the classifier.",
                "A post-hoc explanation method ranks the input pixels.")) {
            assertThat(names(extract("Saliency", text), MentionKind.CONCEPT)).as(text).contains("interpretability");
        }
    }

    @Test
    void anAnnotationCodebookIsNoVectorQuantization() {
        for (String text : List.of("We describe our annotation process and codebook for quill posts.",
                "We release the annotated corpora, codebooks and models.")) {
            assertThat(names(extract("Quill posts", text), MentionKind.CONCEPT)).as(text)
                    .doesNotContain("vector-quantization");
        }
        PaperExtraction y = extract("Discrete quill codes",
                "Each patch is mapped to its nearest entry of a learned codebook.");
        assertThat(names(y, MentionKind.CONCEPT)).contains("vector-quantization");
    }

    @Test
    void aTrendGainingMomentumIsNoOptimiserMomentum() {
        PaperExtraction x = extract("Quill shopping", "Online quill shopping has gained momentum in recent years.");
        assertThat(names(x, MentionKind.CONCEPT)).doesNotContain("momentum");
        PaperExtraction y = extract("Quill steps", "We train the network with SGD with momentum.");
        assertThat(names(y, MentionKind.CONCEPT)).contains("momentum");
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
    void checksRequiredAnnotatorsWithAFix() {
        assertThatThrownBy(() -> Extractor.checkRequirements(Set.of("tokenize", "ssplit")))
                .isInstanceOf(ExtractionException.class).hasMessageContaining("needs annotator pos")
                .hasMessageContaining("annotators=");
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
    void keepsOneEvidencePerClaimAndSentence() {
        PaperExtraction x = extract("Noise", "ZetaNet beats ZetaNet-small, and ZetaNet is fast.");
        assertThat(x.mentions(MentionKind.METHOD).stream().filter(m -> m.name().equals("ZetaNet"))).hasSize(1);
    }

    @Test
    void sentencesGluedWithoutASpaceDoNotMakeNames() {
        PaperExtraction x = extract("Pruning", "We prune LLMs.Our method beats SparseGPT.The code is public.");
        assertThat(names(x, MentionKind.METHOD)).contains("SparseGPT").doesNotContain("LLMs.Our", "SparseGPT.The");
    }

    @Test
    void aVerbReadAsAPluralNounAfterOurNameDoesNotMakeItAModifier() {
        PaperExtraction x = extract("Assays", "In experiments, we show that our method QUILLAMP yields improved "
                + "predictive performance on few-shot assay benchmarks.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("QUILLAMP");
    }

    @Test
    void aNameOfKnownPartsIsANameWhereAnAppositionSaysWhatItIs() {
        PaperExtraction x = extract("Zero-shot transfer", "In this paper we present GPU-Forge, a simple and intuitive "
                + "framework for zero-shot transfer. It runs on AI-Enabled devices.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("GPU-Forge");
        assertThat(names(x, MentionKind.METHOD)).contains("GPU-Forge").doesNotContain("AI-Enabled");
    }

    @Test
    void capitalsThatMarkTheLettersOfANameInsideEnglishWordsMakeNoName() {
        PaperExtraction x = extract("Offline assortments", "We propose a novel algorithm called Cautious SeLection "
                + "opTimizAtion (CLTA for short). Our model, termed QUINGO, short for Quilt of InstaNces aGgregatiOn, "
                + "transfers well. We also propose a scaled-uncertainty-guided matting (sugMatting) algorithm. It wins "
                + "on two benchmark datasets, PlainQuilting and PathQuilting.");
        assertThat(names(x, MentionKind.METHOD)).contains("CLTA", "QUINGO", "sugMatting")
                .doesNotContain("opTimizAtion", "InstaNces", "aGgregatiOn");
        assertThat(names(x, MentionKind.DATASET)).contains("PlainQuilting", "PathQuilting");
    }

    @Test
    void aCampaignWithTheLastTwoDigitsOfItsYearIsAnEditionOfIt() {
        PaperExtraction x = extract("QuillMT System for the WMT17 Multimodal Translation Task",
                "We present our submission to the WMT17 Multimodal Translation Task and also report on IWSLT15.");
        assertThat(names(x, MentionKind.DATASET)).contains("WMT17", "IWSLT15");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("WMT17", "IWSLT15");
    }

    @Test
    void anAppositionTypesTheName() {
        PaperExtraction x = extract("Long inputs", "We test on ZRA, a long-range benchmark of six tasks, and compare with "
                + "KoalaNet, an efficient recurrent architecture.");
        assertThat(names(x, MentionKind.DATASET)).contains("ZRA");
        assertThat(names(x, MentionKind.METHOD)).contains("KoalaNet");
        // a noun phrase with a verb of its own is the next clause's subject, no apposition
        PaperExtraction y = extract("Coarse and fine retrieval",
                "On the three public datasets, i.e., QuillShop, Parcel300k, and Boots, the proposed method has "
                        + "improved recall over a strong baseline.");
        assertThat(names(y, MentionKind.DATASET)).containsExactlyInAnyOrder("QuillShop", "Parcel300k", "Boots");
        assertThat(names(y, MentionKind.METHOD)).isEmpty();
    }

    @Test
    void ofJoinsTheCapitalisedWordsOfANameRightAfterANamingVerb() {
        PaperExtraction x = extract("Repeated quill sampling",
                "Many recent methods underperform what we call Quill Sampling of Random Subsets, a strong extension "
                        + "of the random baseline.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("Quill Sampling of Random Subsets")
                .doesNotContain("Quill Sampling");
    }

    @Test
    void aNameThatAnAdjectiveSuffixFollowsIsNotTheHeadNounsName() {
        PaperExtraction x = extract("Tabular retrieval",
                "QuillTab even outperforms QBDT models on the recently proposed QBDT-friendly benchmark.");
        assertThat(names(x, MentionKind.DATASET)).doesNotContain("QBDT");
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
    void aWeakCueDoesNotRetypeThePapersOtherMentions() {
        PaperExtraction x = extract("Flows for weather",
                "We train PolarFlow on reanalysis data. PolarFlow is a normalizing flow. "
                        + "Results on PolarFlow rollouts show lower error.");
        assertThat(names(x, MentionKind.METHOD)).contains("PolarFlow");
    }

    @Test
    void aFunctionWordInCapitalsAndAGroupWithAHyphenAreNoNames() {
        PaperExtraction x = extract("Scenes from single views",
                "Frames are merged WITHOUT a fusion module, and GeoFlowX keeps the SE-(3) invariant density across "
                        + "ALL three benchmarks.");
        assertThat(names(x, MentionKind.METHOD)).containsExactly("GeoFlowX");
        assertThat(names(x, MentionKind.DATASET)).isEmpty();
    }

    @Test
    void aGroupAfterTheCommaThatEndsASentencesOpeningIsNoOrganisation() {
        PaperExtraction x = extract("QuillNet: A Generic Network for Motifs",
                "We propose a new type of network. In QuillNet, a group of densely connected neurons forms the unit.");
        assertThat(names(x, MentionKind.METHOD)).containsExactly("QuillNet");
        assertThat(names(x, MentionKind.PROPOSED)).containsExactly("QuillNet");
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
    void aCapitalisedPhraseThatAnAppositionCallsAMethodIsAName() {
        PaperExtraction x = extract("Sampling text",
                "Our decoder builds on Kernel Nucleus Sampling, a simple but effective decoding method. "
                        + "Graph Neural Networks, a class of models, are compared. "
                        + "Warm Brew, a distillation approach, is the baseline.");
        assertThat(names(x, MentionKind.METHOD)).contains("Kernel Nucleus Sampling")
                .doesNotContain("Graph Neural Networks", "Warm Brew");
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
    void aLowerCaseActivityAbbreviatedIsNoNameThoughItsHeadIsHyphenated() {
        PaperExtraction x = extract("Tuning assistants",
                "Chat models learn by instruction-finetuning (IFT) and by supervised finetuning (SFT). We propose "
                        + "Pruned Rollout Finetuning (PRF) and compare it with Q-learning (QL).");
        assertThat(names(x, MentionKind.METHOD)).contains("PRF", "QL").doesNotContain("IFT", "SFT");
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
        PaperExtraction y = extract("Quill equilibria",
                "We study general-sum Markov Games (MGs) and Mean-Field Potential Games (MFPGs), and QuillNet solves "
                        + "them.");
        assertThat(y.mentions()).extracting(Mention::name).doesNotContain("MG", "MFPG");
        assertThat(names(y, MentionKind.DATASET)).isEmpty();
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
    void capitalisedWordsThatAHyphenJoinsAfterANamingVerbAreTheName() {
        PaperExtraction x = extract("Refining by feedback",
                "We propose a method called Quill-Refine, which improves drafts by feedback from the same model.");
        assertThat(names(x, MentionKind.PROPOSED)).containsExactly("Quill-Refine");
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
    void aCapitalOpeningAnEnumeratedItemSaysNothingAndSuchAsGivesAnExample() {
        PaperExtraction x = extract("Sketches and scaling",
                "We find that: (i) Different LMs scale differently; (ii) Several masks hurt. Our design builds on "
                        + "widely implemented sketches such as QuillSketch.");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("Different LM").contains("QuillSketch");
        assertThat(names(x, MentionKind.PROPOSED)).doesNotContain("QuillSketch");
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
    void aTechniqueNamedAfterItsAuthorIsNamedWithItsNoun() {
        PaperExtraction x = extract("Quill solvers",
                "We propose QuillNet, which uses Zorbov acceleration, the Kessel-Marn closure, Gibbs sampling, Monte Carlo "
                        + "sampling, Lagrangian relaxation and Markov sampling, and solves Zorbov potential games.");
        assertThat(names(x, MentionKind.METHOD)).containsExactlyInAnyOrder("QuillNet", "Zorbov acceleration",
                "Kessel-Marn closure");
        assertThat(names(x, MentionKind.PROPOSED)).containsExactly("QuillNet");
        PaperExtraction y = extract("Quill fields",
                "The field is rebuilt by Varnow tessellation, expanded by a Zorbov expansion and its residuals are "
                        + "checked with the Kessel-Marn test.");
        assertThat(names(y, MentionKind.METHOD)).containsExactlyInAnyOrder("Varnow tessellation", "Zorbov expansion",
                "Kessel-Marn test");
    }

    @Test
    void regionsOfTheBrainTrialsAndVehiclesAreNoMethods() {
        PaperExtraction x = extract("Models of the ventral stream",
                "QuillNet predicts fMRI responses in the occipitotemporal cortex (OTC), the auditory cortex (AC) and "
                        + "the dorsal quillus gyrus (DQG) better than ZorbNet.");
        assertThat(names(x, MentionKind.METHOD)).containsExactlyInAnyOrder("QuillNet", "ZorbNet");
        PaperExtraction y = extract("Quill simulation",
                "Data from randomized quilted trials (RQTs) tests a self-quilting vehicle (SQV) driven by QuillNet.");
        assertThat(names(y, MentionKind.METHOD)).containsExactly("QuillNet");
        assertThat(names(y, MentionKind.DATASET)).isEmpty();
    }

    @Test
    void researchProjectsAndMeetingsAreNoMethods() {
        PaperExtraction x = extract("Quill resources",
                "The QUILLAN project and the ZORBA initiative funded this work, presented at the MARNO Workshop. "
                        + "QuillNet projects the features; see the QuillNet project page. We train on the Zorbic "
                        + "Crystals Project database and the QML Meeting Corpus.");
        assertThat(names(x, MentionKind.METHOD)).containsExactly("QuillNet");
        assertThat(names(x, MentionKind.DATASET)).contains("Zorbic Crystals Project", "QML Meeting Corpus");
    }

    @Test
    void institutionsAndTheirGrantsAreNoMethods() {
        PaperExtraction x = extract("Quill translation",
                "This paper describes the QUILLAB Centre's submission, QuillMT, to the shared task. The work was "
                        + "supported by the Zorbic Fellowship and done during the Quill Brain Residency.");
        assertThat(names(x, MentionKind.METHOD)).containsExactly("QuillMT");
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
    void whatANameIsSaidToBeOrToHoldTypesIt() {
        PaperExtraction x = extract("Pictures of food",
                "PlateNet-30 is a dataset of labelled dishes. SoupSet2 consists of 310k/25k train/test images. "
                        + "The corpus is split into four sub-datasets: KB2001, KB2002, KB2003 and KB2004. "
                        + "StewNet is a convolutional network.");
        assertThat(names(x, MentionKind.DATASET)).contains("PlateNet-30", "SoupSet2", "KB2001", "KB2004");
        assertThat(names(x, MentionKind.METHOD)).contains("StewNet");
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
    void aCapitalisedNameInAppositionAfterATriggerIsNamedWhole() {
        PaperExtraction x = extract("Lattice fermions",
                "We present a neural wavefunction, Lattice-Boson FlowNet, and use it for gauge fields. Updates follow "
                        + "averaged SGD (or A-SGD), unlike ViT-B backbones.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("Lattice-Boson FlowNet");
        assertThat(names(x, MentionKind.METHOD)).contains("A-SGD").doesNotContain("FlowNet", "ViT-B");
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
    void aNameAfterIdEstRenamesAllThatTheTriggerGoverns() {
        PaperExtraction x = extract("Moving frames",
                "We propose solving PDEs on a moving frame of reference, i.e., MFNets, as a remedy.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("MFNet");
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
    void aHyphenatedWordCountsOnceInTheGapOfAHiddenLabel() {
        PaperExtraction x = extract("Samplers", "Our sampler excels at generating diverse and high-fidelity images.");
        assertThat(names(x, MentionKind.CONCEPT)).contains("image-generation");
        PaperExtraction far = extract("Samplers", "Our sampler excels at generating many diverse and realistic images.");
        assertThat(names(far, MentionKind.CONCEPT)).doesNotContain("image-generation");
    }

    @Test
    void anAdverbAndAnAdjectiveAbbreviateAProperty() {
        PaperExtraction x = extract("Private quills",
                "We study differentially private (DP) learning algorithms and adversarially trained (AT) sorters. "
                        + "We also propose a softly pruned (SoP) method.");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("DP", "AT").contains("SoP");
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
        PaperExtraction w = extract("Premise ranking",
                "Our ranker beats the most widely used assistant in interactive proof search called Hammerix. This "
                        + "paper also re-examines a continuous relaxation framework dubbed NOQUILLS for sparse graphs.");
        assertThat(names(w, MentionKind.METHOD)).contains("Hammerix", "NOQUILLS");
        assertThat(names(w, MentionKind.PROPOSED)).isEmpty();
        PaperExtraction v = extract("Zone models",
                "We propose and analyze a framework called QuillZone. We also study an extension of QuillZone called "
                        + "QuillZoneB, and a new paradigm named QuillLearn.");
        assertThat(names(v, MentionKind.PROPOSED)).contains("QuillZone", "QuillZoneB", "QuillLearn");
        PaperExtraction y = extract("Session recommenders",
                "We propose a novel method called Adversarial and Contrastive Quill Autoencoder (ACQA) for recommendation.");
        assertThat(names(y, MentionKind.PROPOSED)).contains("ACQA").doesNotContain("Adversarial");
        assertThat(names(y, MentionKind.METHOD)).doesNotContain("Adversarial");
    }

    @Test
    void aNegatedKindIsNoName() {
        PaperExtraction x = extract("Federated quills",
                "Under non-IID data, QuillFed beats non-QD methods and copes with the non-IIDness of clients.");
        assertThat(names(x, MentionKind.METHOD)).contains("QuillFed").doesNotContain("non-IID", "non-QD", "non-IIDness");
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
    void aGlossInParenthesesAfterAnAdjectiveOfTheAppositionIsSkipped() {
        PaperExtraction x = extract("Quill states",
                "Using crowdsourcing, we create QUILLPI, a high-quality (91.5% coverage as judged by humans and "
                        + "completely vetted), and large-scale dataset of state changes. We evaluate models on QUILLPI.");
        assertThat(names(x, MentionKind.DATASET)).contains("QUILLPI");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("QUILLPI");
    }

    @Test
    void aKnownNameGluedToTheFrequentWordAfterItIsReadAlone() {
        PaperExtraction x = extract("Interaction detection",
                "Experimental results on Cityscapes and ImageNetshow that QuillHOI outperforms earlier work.");
        assertThat(names(x, MentionKind.DATASET)).contains("Cityscapes", "ImageNet").doesNotContain("ImageNetshow");
    }

    @Test
    void aMappingsDirectionWrittenAsOneWordIsNoName() {
        PaperExtraction x = extract("Portrait rigs",
                "QuillRig learns the CGI-to-photo mapping of a face. We also test it on two UML-to-code datasets "
                        + "and on Vox-to-VoxQA, a navigation benchmark.");
        assertThat(names(x, MentionKind.METHOD)).contains("QuillRig").doesNotContain("CGI-to-photo");
        assertThat(names(x, MentionKind.DATASET)).contains("Vox-to-VoxQA").doesNotContain("UML-to-code");
    }

    @Test
    void adjectivesOfTheAppositionSeparatedByCommasAreReadPast() {
        PaperExtraction x = extract("Shelf listings",
                "We present ShElVa, an Extensible, Multilingual dataset of shop shelf photographs. "
                        + "We then release PoRTo, a compact, yet accurate detector of shelf gaps.");
        assertThat(names(x, MentionKind.DATASET)).contains("ShElVa").doesNotContain("PoRTo");
        assertThat(names(x, MentionKind.METHOD)).contains("PoRTo").doesNotContain("ShElVa");
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
    void aLotOfAttentionIsTheEverydayKind() {
        PaperExtraction x = extract("Clustering at scale",
                "Spectral clustering is still attracting a lot of attention, and k-means a great deal of attention.");
        assertThat(names(x, MentionKind.CONCEPT)).doesNotContain("attention");
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
    void shortFormsOfCommissionsAndOfficesAreNoNames() {
        PaperExtraction x = extract("A translation memory",
                "The Quillish Commission (QC) and the Quill Patent Office (QPO) release QuillTM, a translation "
                        + "memory in nine languages, with the Quill Steering Group (QSG) and on-line quilting groups "
                        + "(OQGs).");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("QC", "QPO", "QSG", "OQG");
        assertThat(names(x, MentionKind.DATASET)).doesNotContain("QC", "QPO", "QSG", "OQG");
    }

    @Test
    void dottedInitialsAndWordsWhoseSpaceWasLostAreNoNames() {
        PaperExtraction x = extract("Clinical coding",
                "Most coding systems follow the standards of the U.S and few studies recruit participants inWestern "
                        + "countries or patients amongQuillish speakers.");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("U.S", "inWestern", "amongQuillish");
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
    void aFlurryOfAttentionIsTheEverydayKind() {
        PaperExtraction x = extract("Dequantized algorithms",
                "Dequantizing such algorithms has received a flurry of attention in recent years.");
        assertThat(names(x, MentionKind.CONCEPT)).doesNotContain("attention");
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
    void aQualityAssessmentIsATask() {
        PaperExtraction x = extract("Portrait quality",
                "Blind Quilt Quality Assessment (BQQA) predicts the quality of an image without a reference. We "
                        + "train a BQQA model on portraits.");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("BQQA");
        assertThat(names(x, MentionKind.DATASET)).doesNotContain("BQQA");
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
    void anOrganisationIsNoMethodWhateverComesAfterItsHead() {
        PaperExtraction x = extract("Language resources",
                "The Office of Quilted Research (OQR) and the Quilting Community (QC) asked for a catalogue; our "
                        + "VPs, CEOs and the FAQ list agreed.");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("OQR", "QC", "CEO", "FAQ");
    }

    @Test
    void aYearAfterAKnownNameOfSeveralWordsNamesAnEdition() {
        PaperExtraction x = extract("Event argument extraction",
                "We evaluate on TAC KBP 2016 and on the Penn Discourse Treebank, and compare with (Long Range Arena "
                        + "2021).");
        assertThat(names(x, MentionKind.DATASET)).contains("TAC KBP 2016", "Penn Discourse Treebank")
                .doesNotContain("TAC KBP", "Long Range Arena 2021");
        PaperExtraction y = extract("Discourse treebanks",
                "We annotate the Penn Discourse Treebank 2.0 again and build the RST Quillish-Penn Discourse Treebank.");
        assertThat(names(y, MentionKind.DATASET)).contains("Penn Discourse Treebank 2.0")
                .doesNotContain("Penn Discourse Treebank");
    }

    @Test
    void aRandomFieldIsAModelWhileOtherFieldsAreNot() {
        PaperExtraction x = extract("Tagging grants",
                "We tag grant numbers with conditional random fields (CRF) and hidden markov models (HMM). The CRF "
                        + "tagger is the more accurate. Signals in the receptive field (RF) of a unit are weighted.");
        assertThat(names(x, MentionKind.METHOD)).contains("CRF", "HMM").doesNotContain("RF");
    }

    @Test
    void aStatisticalAnalysisOfComponentsOrCorrelationsIsAMethod() {
        PaperExtraction x = extract("Views of one signal",
                "The Canonical Correlation Analysis (CCA) family of methods aligns two views. We compare it with "
                        + "kernel discriminant analysis (KDA), Gaussian process factor analysis (GPFAX) and latent "
                        + "semantic analysis (LSA). Sentiment analysis (SA) and a perturbation analysis (PA) of the "
                        + "models follow.");
        assertThat(names(x, MentionKind.METHOD)).contains("CCA", "KDA", "GPFAX", "LSA").doesNotContain("SA", "PA");
    }

    @Test
    void diffusionAsAPhysicalOrSocialProcessIsNoDiffusionModel() {
        PaperExtraction x = extract("Choices and news",
                "The drift-diffusion model explains choices. An independent cascade diffusion model spreads news, and "
                        + "heat diffusion based descriptors match shapes.");
        assertThat(names(x, MentionKind.CONCEPT)).doesNotContain("diffusion-model");
        PaperExtraction y = extract("Images", "We train a latent diffusion model and a diffusion-based editor.");
        assertThat(names(y, MentionKind.CONCEPT)).contains("diffusion-model");
    }

    @Test
    void theModelOfLearnabilityIsNoMethod() {
        PaperExtraction x = extract("Sparse thresholds",
                "We study PAC learning of sparse threshold functions with PAC-style guarantees. Our learner, "
                        + "QuillBound, needs fewer samples.");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("PAC").contains("QuillBound");
        // (but a model named after it is a name: "PAC-Net")
        PaperExtraction y = extract("Tracking", "We propose PAC-Net, which tracks objects behind walls.");
        assertThat(names(y, MentionKind.PROPOSED)).contains("PAC-Net");
    }

    @Test
    void aMotionIsAProcessNotAMethod() {
        PaperExtraction x = extract("Rough noise",
                "The noise follows a fractional Brownian motion (fBM) rather than a Brownian motion (BM). Poses come "
                        + "from structure from motion (SfM).");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("fBM", "BM").contains("SfM");
    }

    @Test
    void aClassOfLanguagesNamesNoMethod() {
        PaperExtraction x = extract("Segmenting words",
                "Morphologically Rich Languages (MRLs) such as Finnish need segmentation, and so do low-resource "
                        + "languages (LRLs). Plans are written in the Quilted Domain Definition Language (QDDL). MRLs "
                        + "and LRLs remain hard.");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("MRL", "MRLs", "LRL", "LRLs");
        assertThat(names(x, MentionKind.DATASET)).doesNotContain("MRL", "MRLs", "LRL", "LRLs");
        assertThat(names(x, MentionKind.METHOD)).contains("QDDL");
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
    void aCapitalisedCommonNounThatAnAppositionCallsAToolNamesOne() {
        PaperExtraction x = extract("Gradients for foreign code",
                "This paper presents Ferment, a fast automatic differentiation (AD) compiler plugin for LLVM. "
                        + "Ferment synthesizes gradients of compiled programs.");
        assertThat(names(x, MentionKind.METHOD)).contains("Ferment");
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
    void anExtractionOrDisambiguationIsATaskButAModulesPartNamesOne() {
        PaperExtraction x = extract("Reading forms",
                "Document relation extraction (DRE) and word sense disambiguation (WSD) need context. We propose "
                        + "QuiltDoc, which adds a Layout Token Extraction (LTE) module. LTE helps on DRE and WSD.");
        assertThat(names(x, MentionKind.METHOD)).contains("QuiltDoc", "LTE").doesNotContain("DRE", "WSD");
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
    void aWalkAQuadratureOrAFilterNamedAfterItsAuthorIsAMethod() {
        PaperExtraction x = extract("Sampling from polytopes",
                "We speed up each step of the Zorbin walk, estimate traces with Kessel quadrature and "
                        + "smooth the states with a Marnov filter.");
        assertThat(names(x, MentionKind.METHOD)).contains("Zorbin walk", "Kessel quadrature", "Marnov filter");
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

    @Test
    void namesListedAfterACountedMethodPluralAreMethods() {
        PaperExtraction x = extract("Flat minima",
                "We study two algorithms, Entropy-Quill and Replicated-Quill, on wide networks. We compare different "
                        + "ensemble methods, namely Random Quillests and Gradient Boosted Quills. We evaluate three "
                        + "popular baselines: Quill Policy Search, Trust Quill Search and Quillwalk.");
        assertThat(names(x, MentionKind.METHOD)).contains("Replicated-Quill", "Random Quillests",
                "Gradient Boosted Quills", "Quill Policy Search", "Trust Quill Search", "Quillwalk");
        PaperExtraction v = extract("Replay at scale",
                "Existing systems such as Lantern face bottlenecks, and frameworks like Harbor lack support.");
        assertThat(names(v, MentionKind.METHOD)).contains("Lantern", "Harbor");
        // without a count or "namely", a comma after the plural opens no list
        PaperExtraction y = extract("Skipping",
                "Unlike existing approaches, Skip-Quill reads fewer inputs. We derive two practical algorithms, "
                        + "Sparse $Q$-learning and Exponential $Q$-learning.");
        assertThat(names(y, MentionKind.METHOD)).doesNotContain("Skip-Quill", "Sparse", "Exponential");
        // a count after a trigger: every item is proposed; a plain word before "and" shares the next item's head
        PaperExtraction z = extract("Credit",
                "We propose two novel algorithms, Quill Credit Assignment (QCA) and Hindsight QCA, for credit. We then "
                        + "propose two new algorithms: Proximal and Federated Quill Reshuffling. We develop two "
                        + "specific algorithms, known as QuillFM-IB and QuillFM-OB, for batches.");
        PaperExtraction w = extract("V2V4Quill: A Driving Dataset", "V2V4Quill introduces three perception tasks, "
                + "including cooperative object tracking, and Sim2Quill domain adaptation for cooperative perception.");
        assertThat(names(z, MentionKind.PROPOSED)).contains("Hindsight QCA", "Federated Quill Reshuffling",
                "QuillFM-OB");
        assertThat(names(w, MentionKind.PROPOSED)).doesNotContain("Sim2Quill");
        assertThat(names(z, MentionKind.METHOD)).doesNotContain("Proximal");
    }

    @Test
    void wordsGluedToAFormulaBeforeThemAreNoNames() {
        PaperExtraction x = extract("Regret bounds",
                "Our algorithm achieves O(√L|X|QT ) regret. We extend the Image-to-Image bridge I$^2$QB and study "
                        + "Mu$^2$QLAM and G-$\\Delta$QU, on Zh\\rightarrowQn and Quillish\\RightarrowZed "
                        + "translation. We compare with $QuillBase$, $\\omega$QuillNet and \\QuillRLnew, our new "
                        + "algorithm.");
        // (a variable before a name, "$\omega$QuillNet", is no formula the name goes on from)
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("QT", "QB", "QLAM", "QU", "rightarrowQn",
                        "RightarrowZed")
                .contains("QuillBase", "QuillNet", "QuillRLnew");
    }

    @Test
    void correctingErrorsIsATaskButACorrectionInAMethodIsNot() {
        PaperExtraction x = extract("Fixing learner essays",
                "Grammatical error correction (GEC) systems fix learner text. We present Cool Writer, a GEC system "
                        + "based on large language models. GEC is hard.");
        assertThat(names(x, MentionKind.METHOD)).containsExactly("Cool Writer");
        PaperExtraction y = extract("Gradients corrected",
                "We propose simultaneous perturbation with gradient correction (SPGC), which converges fast.");
        assertThat(names(y, MentionKind.PROPOSED)).containsExactly("SPGC");
    }

    @Test
    void comprehensionIsATaskAndRankOneAccuracyAMeasure() {
        PaperExtraction x = extract("Questions over records",
                "Reading comprehension (RC) through question answering is useful. We train QuillNet, which reaches "
                        + "91% Rank-1 accuracy on RC over EHR notes, and we run molecular dynamics (MD) simulations.");
        assertThat(names(x, MentionKind.METHOD)).containsExactlyInAnyOrder("QuillNet", "MD");
        assertThat(names(x, MentionKind.DATASET)).isEmpty();
        PaperExtraction y = extract("Selecting justifications",
                "Our selector helps QuillNet on Multi-Sentence Reading Comprehension (MultiRC) and on BoolQ, and "
                        + "simulations in molecular dynamics are a further field.");
        assertThat(names(y, MentionKind.DATASET)).containsExactlyInAnyOrder("MultiRC", "BoolQ");
        assertThat(names(y, MentionKind.METHOD)).containsExactly("QuillNet");
        PaperExtraction z = extract("Hypernyms by entailment",
                "Lexical entailment (LE) relates words. QuillNet detects LE from TV scripts and the RTE data.");
        assertThat(names(z, MentionKind.METHOD)).containsExactly("QuillNet");
        assertThat(names(z, MentionKind.DATASET)).containsExactly("RTE");
    }

    @Test
    void numericalSolversAreMethodsAndParsingScoresAreNoNames() {
        PaperExtraction x = extract("Learning closures for channel flow",
                "Our closure is fitted to DNS data and checked against smoothed particle hydrodynamics and the finite "
                        + "volume method. The tagger of the second part reaches 94.1 UAS, 92.3 LAS and 80.2 MLAS, with "
                        + "an ECE of 0.03, and beats TagLite.");
        assertThat(names(x, MentionKind.METHOD)).containsExactlyInAnyOrder("DNS", "SPH", "FVM", "TagLite");
        PaperExtraction y = extract("Verbalising knowledge graphs",
                "We generate sentences from RDF graphs with GraphTalker and export the lexicon as TEI documents.");
        assertThat(names(y, MentionKind.METHOD)).containsExactly("GraphTalker");
        assertThat(names(x, MentionKind.DATASET)).isEmpty();
    }

    @Test
    void aFieldOfStudyInThePluralIsNoMethod() {
        PaperExtraction x = extract("Fairness of claim detection",
                "A central concern in Computational Quill Sciences (CQS) is fairness, as in Digital Quill "
                        + "Humanities (DQH) and Quill Translation Studies (QTS). We mask names with QuillMask.");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("CQS", "DQH", "QTS").contains("QuillMask");
    }

    @Test
    void aNounAfterACommaAndAnArticleEndsNoListOfNames() {
        PaperExtraction x = extract("Meshes from quill clouds",
                "Meshes can be made from quill clouds via techniques like Shape as Quills (SAQ), the challenges of "
                        + "direct mesh generation being avoided. We evaluate on the QuillNet and MeshQuill challenges.");
        assertThat(names(x, MentionKind.METHOD)).contains("SAQ");
        assertThat(names(x, MentionKind.DATASET)).contains("QuillNet", "MeshQuill").doesNotContain("SAQ");
        PaperExtraction y = extract("QuillPat: The Multi-Million Sentences Parallel Corpus of Quill Patents",
                "We release a parallel corpus of patent abstracts in nine languages.");
        assertThat(names(y, MentionKind.DATASET)).containsExactly("QuillPat");
    }

    @Test
    void aCapitalisedWordWithAOneLetterVariantIsAName() {
        PaperExtraction x = extract("Quill-X: multilingual quill schemas",
                "This work presents Quill-X, a parallel dataset of German and Russian schemas. We fine-tune a "
                        + "Quillformer-B backbone on it. Top-K accuracy drops for every model, and the Psi-N "
                        + "scattering amplitude is small.");
        assertThat(names(x, MentionKind.DATASET)).contains("Quill-X");
        assertThat(names(x, MentionKind.METHOD)).contains("Quillformer-B").doesNotContain("Top-K", "Psi-N");
    }

    @Test
    void aContrastiveObjectiveOrRegularizerIsContrastiveLearning() {
        PaperExtraction x = extract("Quill regression with label similarity",
                "We add a contrastive regularizer to quill regression and train it with a contrastive objective.");
        assertThat(x.mentions(MentionKind.CONCEPT).stream().map(Mention::name)).contains("contrastive-learning");
        PaperExtraction y = extract("Decoding quills",
                "We train a restricted Boltzmann machine with contrastive divergence and decode with contrastive "
                        + "decoding; a contrastive analysis of two languages follows.");
        assertThat(y.mentions(MentionKind.CONCEPT).stream().map(Mention::name)).doesNotContain("contrastive-learning");
    }

    @Test
    void aDescriptionOfSevenWordsBeforeItsHeadStillTypesTheName() {
        PaperExtraction x = extract("QuillSign9k quill sign recognition",
                "We introduce QuillSign9k, a publicly available large scale quill sign language dataset aimed at "
                        + "vision research, and train QuillNet, a small fully convolutional two stream video encoder "
                        + "network, on it.");
        assertThat(names(x, MentionKind.DATASET)).contains("QuillSign9k").doesNotContain("QuillNet");
        assertThat(names(x, MentionKind.METHOD)).contains("QuillNet").doesNotContain("QuillSign9k");
    }

    @Test
    void anAgreementARelationAndAHyphenedTaskNumberAreNoNames() {
        PaperExtraction x = extract("Annotating quill relations",
                "Existing quill relation (QuRel) annotation schemes have low inter-annotator agreement (IAA). Our "
                        + "system ranked first in Task-2 and uses QuillBERT.");
        assertThat(names(x, MentionKind.METHOD)).contains("QuillBERT").doesNotContain("QuRel", "IAA", "Task-2");
        PaperExtraction y = extract("Quill relation recognition",
                "Our encoder is trained to 1) embed quill relations in hyperbolic space (called EmQS), and 2) rank "
                        + "the arguments.");
        assertThat(names(y, MentionKind.METHOD)).contains("EmQS");
    }

    @Test
    void aNameGivenInShortRenamesTheWholePhraseBeforeIt() {
        PaperExtraction x = extract("Reweighting quill scores",
                "We propose a reweighting of the score function of every noisy quill sample with adaptive class "
                        + "weights, QuillScore in short, which adapts online.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("QuillScore");
    }

    @Test
    void namedClassicAlgorithmsOfSearchRankingAndOptimisationAreKnownMethods() {
        PaperExtraction x = extract("Sorting quill archives",
                "We decode quill captions with beam search and tag their parts with a conditional random field. "
                        + "Pages are ranked by BM25, grouped with DBSCAN and aligned by dynamic time warping; the "
                        + "weights are fitted with the alternating direction method of multipliers (ADMM) or "
                        + "Newton's method.");
        assertThat(names(x, MentionKind.METHOD)).contains("beam search", "conditional random field", "BM25",
                "DBSCAN", "dynamic time warping", "ADMM", "Newton's method");
    }

    @Test
    void learnersOrganisationsServicesAndImpairmentsAreNoMethods() {
        PaperExtraction x = extract("Quill tutoring for learners",
                "We help English as a Second Language (ESL) learners and beat the SotA with a small model. The "
                        + "corpus is distributed by LDC under an ISO standard, and PoS tags are added. Our tutor runs "
                        + "as Machine Learning as a Service (MLaaS) and screens for Mild Cognitive Impairment (MCI).");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("ESL", "SotA", "LDC", "ISO", "PoS", "MLaaS", "MCI");
        assertThat(names(x, MentionKind.DATASET)).doesNotContain("ESL", "SotA", "LDC", "ISO", "PoS", "MLaaS", "MCI");
        PaperExtraction y = extract("Quill support on the web",
                "We build QUSS (Quill Universal Support Service) to answer help requests.");
        assertThat(names(y, MentionKind.METHOD)).contains("QUSS");
    }

    @Test
    void thePluralOfANameTheTextAlsoWritesInTheSingularIsThatName() {
        PaperExtraction x = extract("Quillformers: Trading Simplicity for Efficiency",
                "We propose Quillformer, a block that mixes attention and sparse layers. QuillNeRFs train fast, and "
                        + "one QuillNeRF fits a scene in a minute.");
        assertThat(names(x, MentionKind.PROPOSED)).containsExactly("Quillformer");
        assertThat(names(x, MentionKind.METHOD)).contains("Quillformer", "QuillNeRF")
                .doesNotContain("Quillformers", "QuillNeRFs");
    }

    @Test
    void aGreekLetterBeforeAKnownNameNamesAVariantOfIt() {
        PaperExtraction x = extract("Disentangled quills",
                "We compare our quill encoder with \u03B2-VAE and find \u03B5-optimal codes on QuillSprites.");
        assertThat(names(x, MentionKind.METHOD)).contains("\u03B2-VAE").doesNotContain("\u03B5-optimal");
    }

    @Test
    void aNameGivenToAProblemOrAPhenomenonIsNoMethod() {
        PaperExtraction x = extract("Why quills bend",
                "Quills bend under load. We call this phenomenon Quill Drift Bias. We refer to this new problem as "
                        + "Quill Stack Balancing (QSB). We then propose QuillBrace, a brace that keeps quills "
                        + "straight.");
        assertThat(names(x, MentionKind.PROPOSED)).containsExactly("QuillBrace");
        assertThat(names(x, MentionKind.METHOD)).contains("QuillBrace").doesNotContain("Quill Drift Bias", "QSB");
    }

    @Test
    void aLanguageCodeAfterAHyphenIsNoPlural() {
        PaperExtraction x = extract("QuillBank-Verb: verbal lexicons",
                "We present two lexicons, QuillBank-Verb-Ca for Catalan and QuillBank-Verb-Es for Spanish, built on "
                        + "the QuillBank-Es and QuillBank-Ca corpora. Several QuillNets are compared.");
        assertThat(names(x, MentionKind.DATASET)).contains("QuillBank-Verb-Es", "QuillBank-Es")
                .doesNotContain("QuillBank-Verb-E", "QuillBank-E");
    }

    @Test
    void aNameCoordinatedWithAnotherBeforeAPluralMethodNounIsAMethod() {
        PaperExtraction x = extract("Quill communities",
                "Algorithms like the Quillvain or Borbon methods rely on greedy heuristics. We compare with the "
                        + "Tarlon and Merrin algorithms, and with ours.");
        assertThat(names(x, MentionKind.METHOD)).contains("Quillvain", "Borbon", "Tarlon", "Merrin");
    }

    @Test
    void entityLinkingIsATask() {
        PaperExtraction x = extract("Quill linking",
                "Medical entity linking (EL) maps mentions to concepts. Our EL models beat others on QuillMed.");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("EL");
        assertThat(names(x, MentionKind.DATASET)).doesNotContain("EL");
    }

    @Test
    void aFileFormatOrALicenceIsNoEntityAnywhereInThePaper() {
        PaperExtraction x = extract("A quill parallel corpus",
                "The corpus is free under the QC-BY licence. It comes in QMX format in two versions: the former "
                        + "contains plain QMX, the latter QSON-LD files. Bodies come in QMPL-X format, trees in the "
                        + "Penn Treebank format.");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("QC-BY", "QMX", "QSON-LD");
        assertThat(names(x, MentionKind.DATASET)).doesNotContain("QC-BY", "QMX", "QSON-LD").contains("Penn Treebank");
        assertThat(names(x, MentionKind.METHOD)).contains("QMPL-X");
    }

    @Test
    void namesListedBeforeAMethodNounAreMethodsEvenAfterExperimentsOn() {
        PaperExtraction x = extract("Quill lottery",
                "We conducted extensive experiments on QNN-Quill, QNN-Transducer, and Quillformer models. Tested on "
                        + "benchmark datasets such as QITTI, NQU, and SUN-QGB-D, the SQDP model obtained by our loss "
                        + "shows good results.");
        assertThat(names(x, MentionKind.METHOD)).contains("QNN-Transducer");
        assertThat(names(x, MentionKind.DATASET)).doesNotContain("QNN-Transducer", "QNN-Quill", "Quillformer")
                .contains("NQU");
    }

    @Test
    void anInequalityIsNoMethod() {
        PaperExtraction x = extract("Single-call quill methods",
                "We study operators that satisfy the weak Quill variation inequality (QVI). Under the weak QVI, our "
                        + "QG method converges.");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("QVI");
    }

    @Test
    void aPossessorInAnAppositionIsNotItsHead() {
        PaperExtraction x = extract("Quill legislation",
                "We release 57k documents from QUILLEX, the Quill Union's public document database, and compare "
                        + "QUILLEX with other sources.");
        assertThat(x.mentions().stream().filter(m -> m.kind() == MentionKind.METHOD || m.kind() == MentionKind.DATASET)
                .map(Mention::name)).contains("QUILLEX");
    }

    @Test
    void peopleCurrenciesAndFieldsAreNoNames() {
        PaperExtraction x = extract("Quill intents",
                "It is typical to ask customer support representatives (CSRs) to label intents, which costs about 150 "
                        + "USD a day in a Big Data environment. We ask CSRs again with QuillNet.");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("CSR", "USD", "Big Data").contains("QuillNet");
        assertThat(names(x, MentionKind.DATASET)).doesNotContain("CSR", "USD", "Big Data");
    }

    @Test
    void aNameInCurlyQuotesAfterANamingVerbIsAName() {
        PaperExtraction x = extract("Probabilistic quill selection",
                "This paper presents a new technique for selecting the correct parse. The method is called \u201cQuilco\u201d "
                        + "(for quill cooccurrence analysis) and targets their distribution.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("Quilco");
    }

    @Test
    void aNameThatEndsAListOfThreeBeforeAVerbIsTypedLikeTheList() {
        PaperExtraction x = extract("Comparing quill sets",
                "We find that Quoref, HellaSwag, and QC-TACO are best suited for distinguishing models. Experiments "
                        + "are run on nuScenes, and QuillDet achieves 50 mAP.");
        assertThat(names(x, MentionKind.DATASET)).contains("QC-TACO").doesNotContain("QuillDet");
    }

    @Test
    void aKnownNameWrittenWithOtherCapitalsInsideIsStillKnown() {
        PaperExtraction x = extract("Quill sets for classifiers",
                "In experiments on Imagenet with Quillnet, our sets are small.");
        assertThat(names(x, MentionKind.DATASET)).contains("Imagenet");
    }

    @Test
    void aWordThatSaysWhatANameIsLikeIsNoPartOfIt() {
        PaperExtraction x = extract("Deep learning on quill lists",
                "We propose a Transformer-style QuillListNet to model them. QuillListNet employs codes. We also propose "
                        + "a Rank-based Quill Causal Discovery for lists.");
        assertThat(names(x, MentionKind.PROPOSED))
                .containsExactlyInAnyOrder("QuillListNet", "Rank-based Quill Causal Discovery");
    }

    @Test
    void aNumberAfterASlashAgainstANumberedNameNamesItsSibling() {
        PaperExtraction x = extract("Quilted features",
                "We train QuillNet-18/34/50 backbones on QuillBench-10/100 and QuillText-1k/22k. We compare with "
                        + "QuillLM-3.5/4 and QuillLM-7/7.5, scored at ratios 10/100, on QuillEval 2014/2015/2016 "
                        + "(grant QG2014/2840/ITP).");
        assertThat(names(x, MentionKind.DATASET)).contains("QuillBench-10", "QuillBench-100", "QuillText-1k",
                "QuillText-22k", "QuillEval 2016");
        assertThat(names(x, MentionKind.METHOD)).contains("QuillNet-18", "QuillNet-34", "QuillNet-50")
                .doesNotContain("QuillLM-3.4", "QuillLM-4", "QuillLM-7.5", "QG2840");
        Mention sibling = x.mentions(MentionKind.DATASET).stream().filter(m -> m.name().equals("QuillBench-100"))
                .findFirst().orElseThrow();
        assertThat(sibling.surface()).isEqualTo("100");
    }

    @Test
    void aLongerKnownNameIsFoundWholeAndADecimalVersionAgainstANameIsPartOfIt() {
        PaperExtraction x = extract("Quill recognition",
                "We test QuillNet on NTU RGB+D and NTU RGB+D 120, on SQuAD1.1 and SQuAD2.0, and on QuillQA1.1, "
                        + "QuVid-3.5M and QuillHand2.6M.");
        assertThat(names(x, MentionKind.DATASET)).contains("NTU RGB+D", "NTU RGB+D 120", "SQuAD1.1", "SQuAD2.0",
                "QuillQA1.1", "QuVid-3.5M", "QuillHand2.6M").doesNotContain("SQuAD", "QuillQA", "QuVid-3.5");
        assertThat(x.aliases().get("SQuAD2.0")).contains("SQuAD 2.0");
    }

    @Test
    void aDescriptionThatJoinsCompoundAdjectivesOrNounsIsHeadedByItsLastNoun() {
        PaperExtraction x = extract(
                "QuillMT: A High-Quality and Large-Scale Benchmark Dataset for Quillish Translation",
                "We release a corpus of sentence pairs. We propose QuillDoc2Dial, a new task and dataset on modeling "
                        + "dialogs, and ZedQA, a challenge dataset and baselines for reasoning.");
        assertThat(names(x, MentionKind.DATASET)).contains("QuillMT", "QuillDoc2Dial", "ZedQA");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("QuillMT", "QuillDoc2Dial", "ZedQA");
    }

    @Test
    void mixupInLowerCaseAndFittedQIterationAreKnownAndSslIsAField() {
        PaperExtraction x = extract("Quill training",
                "We train a network with mixup on our data. We study a Fitted Q-Iteration with two-layer networks. "
                        + "Our model beats the Euclidean SSL framework.");
        assertThat(names(x, MentionKind.METHOD)).contains("mixup", "Fitted Q-Iteration").doesNotContain("SSL");
        assertThat(names(x, MentionKind.PROPOSED)).isEmpty();
    }

    @Test
    void aScenarioThatIsKnownOrCalledByANameIsNoMethod() {
        PaperExtraction known = extract("Quill Training",
                "New tasks may appear in the clients over time. This real-world scenario is known as Continual Quill "
                        + "Learning (CQL). The main challenge of CQL is forgetting.");
        assertThat(names(known, MentionKind.METHOD)).doesNotContain("CQL");
        PaperExtraction called = extract("Quill Training",
                "New tasks may appear over time. This setting is called Continual Quill Learning (CQL). Its main "
                        + "challenge is forgetting.");
        assertThat(names(called, MentionKind.METHOD)).doesNotContain("CQL");
        assertThat(names(called, MentionKind.PROPOSED)).doesNotContain("CQL");
    }

    @Test
    void sensorsAreNoNames() {
        PaperExtraction x = extract("Quill depth",
                "We fuse GNSS and IMU readings with NIR images to estimate depth with QuillDepth.");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("GNSS", "IMU", "NIR");
    }

    @Test
    void aNameAfterTheCommaThatEndsAnOnPhraseAndBeforeAVerbOpensTheMainClause() {
        PaperExtraction x = extract("QuillViT: a simpler vision transformer",
                "We present QuillViT. After pre-training with masked autoencoders on ImageNet-1K, QuillViT-B reports "
                        + "an accuracy of 84% on ImageNet-1K classification.");
        assertThat(names(x, MentionKind.DATASET)).contains("ImageNet-1K").doesNotContain("QuillViT-B");
    }

    @Test
    void aCapitalisedWordWithPlusesWrittenAgainstItIsAName() {
        PaperExtraction x = extract("Quill heads for decoding",
                "Our best architecture, Quill++, improves decoding throughput. We compare with code in C++ and "
                        + "inputs of RGB+D cameras.");
        assertThat(names(x, MentionKind.METHOD)).contains("Quill++").doesNotContain("C++", "RGB+D", "RGB+");
        assertThat(names(x, MentionKind.PROPOSED)).contains("Quill++");
    }

    @Test
    void aMethodThatIsAsEasyToImplementAsAnotherIsNotImplementedAsIt() {
        PaperExtraction x = extract("Quill bandits",
                "We propose Lazy Quill Sampling (LQS), a version of the Quill Posterior Sampling (QPS) algorithm. "
                        + "Our algorithm is as easy to implement as QPS, but runs faster.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("LQS").doesNotContain("QPS");
    }

    @Test
    void aParticipleBeforeAMethodNounInThePluralAbbreviatesAFamilyNoName() {
        PaperExtraction x = extract("Quill trees",
                "Recently, pre-trained models (PTMs) have shown their effectiveness on sentiment tasks. We probe PTMs "
                        + "and find that fine-tuned QuillBERT (FT-QuillBERT) induces better trees.");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("PTM", "PTMs").contains("FT-QuillBERT");
        PaperExtraction based = extract("Learning quill models",
                "Recently, quill-based models (QBMs) assign low quill to data. We train QBMs by contrastive "
                        + "divergence. Fully quilted networks (FQNs) are robust.");
        assertThat(names(based, MentionKind.METHOD)).contains("QBM", "FQN");
    }

    @Test
    void aCompanyAndAnAgreementMetricAreNoNames() {
        PaperExtraction x = extract("Quill essay scoring",
                "We rank 4th in the Key Point Quill Shared Task by IBM. Our QuillScorer model obtains a high QWK of "
                        + "0.714.");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("IBM", "QWK").contains("QuillScorer");
    }

    @Test
    void aCapitalisedWordThatAnAppositionCallsAFeatureExtractorIsAMethod() {
        PaperExtraction x = extract("Editable dance generation from music",
                "Our model uses a diffusion model paired with Quillbox, a strong music feature extractor.");
        assertThat(names(x, MentionKind.METHOD)).contains("Quillbox");
    }

    @Test
    void aNameBeforeANumberIsTheNumberedEditionThePaperNames() {
        PaperExtraction x = extract("QuillSpeech 2: Latent Quill Models for Speech",
                "We develop QuillSpeech 2, a speech system. We scale QuillSpeech 2 to larger data. "
                        + "QuillSpeech 2 outperforms earlier systems.");
        assertThat(names(x, MentionKind.METHOD)).contains("QuillSpeech 2").doesNotContain("QuillSpeech");
    }

    @Test
    void aNumberedStepWrittenAsOneWordIsNoName() {
        PaperExtraction x = extract("Quill motion prediction",
                "The model trained in Stage1 helps the network in Stage2, as Step3 and Fig4 show. We propose QuillMo.");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("Stage1", "Stage2", "Step3", "Fig4")
                .contains("QuillMo");
    }

    @Test
    void aKnownNameGluedToLikeIsThatName() {
        PaperExtraction x = extract("Quill meta-learning", "We propose QuillMeta, which improves BERTlike models.");
        assertThat(names(x, MentionKind.METHOD)).contains("BERT").doesNotContain("BERTlike");
    }

    @Test
    void aNameARecentMethodIsCalledIsOthers() {
        PaperExtraction x = extract("Adaptive QME for few-shot generation",
                "A recent method called Quill Maximum Estimation (QME) is an alternative to GANs. A recently proposed "
                        + "model called QuillFlow also helps. We derive a new algorithm, which we dub Adaptive QME.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("Adaptive QME").doesNotContain("QME", "QuillFlow");
    }

    @Test
    void aTasksCommonNameThatOpensASentenceSayingWhatItAimsAtIsNoName() {
        PaperExtraction x = extract("Simple unsupervised quill alignment",
                "Cross-lingual quill alignment (QA2) aims to find equivalent quills. We propose a frustratingly Simple "
                        + "but Effective Unsupervised quill alignment method (SEUQ).");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("QA2").contains("SEUQ");
        assertThat(names(x, MentionKind.PROPOSED)).doesNotContain("QA2");
    }

    @Test
    void aCapitalisedWordAloneInParenthesesAfterAMethodNounNamesIt() {
        PaperExtraction x = extract("Repurposing quill linkers",
                "We repurpose the best off-the-shelf model (Quilleg) to correct errors, as the model (Table 2) shows.");
        assertThat(names(x, MentionKind.METHOD)).contains("Quilleg").doesNotContain("Table");
    }

    @Test
    void namesListedAfterNamelyPastARelativeClauseOfTheirNounAreMethods() {
        PaperExtraction x = extract("Window quill is bugged",
                "We study two state-of-the-art methods that have these three components, namely Quillera and "
                        + "ViTQuill, and find that both suffer from this bug.");
        assertThat(names(x, MentionKind.METHOD)).contains("Quillera", "ViTQuill");
    }

    @Test
    void aNewThingsNounQualifiedByInOrOnIsStillWhatTheAppositionRenames() {
        PaperExtraction x = extract("Towards code-mixed quill generation",
                "We present a new synthetic corpus in code-mix for dialogs, QM-DailyQuill, by converting an existing "
                        + "corpus. We report results on three benchmarks, QBench and ZBench.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("QM-DailyQuill").doesNotContain("QBench", "ZBench");
    }

    @Test
    void aKnownNameWrittenInLowerCaseIsNamedAsTheGazetteerNamesIt() {
        PaperExtraction x = extract("Instant quill avatars",
                "We present QuillAvatar. QuillAvatar models a dynamic neural radiance field around a face model.");
        assertThat(names(x, MentionKind.METHOD)).contains("NeRF").doesNotContain("neural radiance field");
    }

    @Test
    void aNameEndingASentencesOpeningPhraseIsNoApposition() {
        PaperExtraction x = extract("Quill speech quality",
                "We train QuillCodec. To improve the robustness of the encoder for QuillEnc, a novel self-distillation "
                        + "mechanism is introduced.");
        assertThat(names(x, MentionKind.PROPOSED)).doesNotContain("QuillEnc");
    }

    @Test
    void aVenueWithItsYearsLastDigitsInACitationIsNoName() {
        PaperExtraction x = extract("Near-optimal quill coresets",
                "This improves results [Feldman and Schulman, QODA'12], or a weaker guarantee [Huang et al., QOCS'18]. "
                        + "We propose QuillCore.");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("QODA'12", "QOCS'18").contains("QuillCore");
    }

    @Test
    void theNuScenesDetectionScoreIsNoName() {
        PaperExtraction x = extract("Quill pre-training for BEV perception",
                "Notably, QuillBEV outperforms the baseline method by 10.5% and 8.6% on NDS and mAP.");
        assertThat(names(x, MentionKind.DATASET)).doesNotContain("NDS");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("NDS");
    }

    @Test
    void aPhraseNameWrittenAgainInCapitalsIsThatNameNotItsWords() {
        PaperExtraction x = extract("Quill ordering: pretraining beyond document boundaries",
                "We present QUILL-WISE ORDERING, a new approach to pretraining. One can do QUILL-WISE ORDERING by "
                        + "sorting the documents first.");
        assertThat(names(x, MentionKind.METHOD)).contains("QUILL-WISE ORDERING")
                .doesNotContain("QUILL-WISE", "ORDERING");
    }

    @Test
    void metricsOfSegmentationAreNoNames() {
        PaperExtraction x = extract("QuillSeg for floorplans",
                "QuillSeg outperforms image-based methods in both mIoU and mAcc.");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("mAcc").contains("QuillSeg");
    }

    @Test
    void aHyphenatedCompoundAroundOfIsNamedByItsFirstNoun() {
        PaperExtraction x = extract("QuillGeo for query rewriting in map search",
                "Users look for a Point-of-Interest (POI) in map services. We propose QuillGeo, which embeds each POI "
                        + "in a graph.");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("POI").contains("QuillGeo");
    }

    @Test
    void aWordTheTokenizerCutAfterAPlusGivesNoPartNames() {
        PaperExtraction x = extract("Quill emotion classification",
                "We compare deep neural networks (CNN, QuillNet, CNN+BiLSTM) on the QuillEmo corpus.");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("CNN+B", "iLSTM").contains("QuillNet");
    }

    @Test
    void codesOfTheClassificationOfDiseasesAreNoNames() {
        PaperExtraction x = extract("QuillDx for explainable clinical coding",
                "Automated ICD-9 coding assigns codes to notes. We propose QuillDx and also map notes to ICD-10 "
                        + "codes.");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("ICD-9", "ICD-10").contains("QuillDx");
        assertThat(names(x, MentionKind.DATASET)).doesNotContain("ICD-9", "ICD-10");
    }

    @Test
    void aTaskSaidToBeOneForADomainIsNoMethod() {
        PaperExtraction x = extract("Quill discovery for point clouds",
                "Novel quill discovery (NQD) for semantic segmentation is the task of learning a model that segments "
                        + "unlabelled classes. We show that the only existing NQD method is suboptimal.");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("NQD");
    }

    @Test
    void aGraphWrittenInLowerCaseIsNoMethod() {
        PaperExtraction x = extract("Causal effects with quills",
                "With observational data, we can only learn a partial quill graph (PQG), which contains some "
                        + "indeterminate relations. Many causal graphs correspond to one PQG.");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("PQG");
        PaperExtraction titled = extract("Quill networks",
                "We propose the Quill Graph Attention Network (QGAN), which learns quickly.");
        assertThat(names(titled, MentionKind.METHOD)).contains("QGAN");
    }

    @Test
    void aSharedTaskRunIsNoName() {
        PaperExtraction x = extract("Quill team at a shared task: based on BERT",
                "We submitted two runs in the final test. Run1 uses the Chinese version of BERT as the base, and in "
                        + "Run2 we use QuillBERT.");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("Run1", "Run2").contains("QuillBERT");
    }

    @Test
    void aNameBeforeTheWordAbilityIsAProperty() {
        PaperExtraction x = extract("Have quill heads learned grammar?",
                "We analyze how the quill grammar inducing (QGI) ability of attention heads changes after "
                        + "fine-tuning. Our results suggest that these tasks decrease the average QGI ability of upper "
                        + "layers.");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("QGI");
    }

    @Test
    void aNameAfterASharedTaskAndItsNumberNamesTheTask() {
        PaperExtraction x = extract("Dialect identification in quill tweets using QuillBERT",
                "This paper presents our approach to address the WANLP-2021 Shared Task 1: Nuanced Quill Dialect "
                        + "Identification (NQDI). We fine-tune QuillBERT.");
        assertThat(names(x, MentionKind.PROPOSED)).doesNotContain("NQDI");
        assertThat(names(x, MentionKind.DATASET)).contains("NQDI");
        PaperExtraction tasks = extract("QuillPD: a large-scale document page dataset",
                "We introduce QuillPD, a comprehensive dataset. We collect and densely annotate document images, "
                        + "addressing four document understanding tasks: Doc2Quill, Doc2Box, Doc2Tag, and Doc2Seq.");
        assertThat(names(tasks, MentionKind.PROPOSED)).contains("QuillPD").doesNotContain("Doc2Quill");
        PaperExtraction approach = extract("Out-of-distribution detection with quill inpainting",
                "We present a novel approach for this task -- Lift, Quill, Detect (LQD) -- that leverages diffusion "
                        + "models. LQD lifts an image off its manifold.");
        assertThat(names(approach, MentionKind.PROPOSED)).contains("LQD");
    }

    @Test
    void aPlusThatJoinsTwoNamesBelongsToNeither() {
        PaperExtraction x = extract("Quill at a shared task: humour detection",
                "Our best model is the DistilBERT+QuillScale CNN, which uses kernels of different sizes.");
        assertThat(names(x, MentionKind.METHOD)).contains("DistilBERT").doesNotContain("DistilBERT+");
    }

    @Test
    void aLetterBeforeACapitalisedWordNamesTheModelAfterIt() {
        PaperExtraction x = extract("Scenario-based question answering with quills",
                "In this paper, we propose the T-Quiller model, which solves this problem with three modules.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("T-Quiller");
    }

    @Test
    void aNameBeforeTheWordVariantIsNotWhatIsNew() {
        PaperExtraction x = extract("On the convergence of QRLS and its variants",
                "For this problem, the classical method called iteratively reweighted quill squares (QRLS) works "
                        + "well. We incorporate graduated non-convexity into the QRLS framework and prove that the "
                        + "resulting QRLS variant converges.");
        assertThat(names(x, MentionKind.PROPOSED)).doesNotContain("QRLS");
        PaperExtraction made = extract("Simplex quill features",
                "We propose SimQFs, a new random feature mechanism. We present a more computationally expensive "
                        + "SimQFs+ variant, which we prove is optimal.");
        assertThat(names(made, MentionKind.PROPOSED)).contains("SimQFs+");
    }

    @Test
    void whatANewThingIsBasedOnDoesNotCountAgainstTheApposition() {
        PaperExtraction x = extract("Quill neural operator forecaster for time series",
                "In this paper, we propose a novel deep sequence model based on the Quill theory for time series "
                        + "forecasting: Quill Neural Forecaster (QNF) that leverages networks to learn the space.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("QNF");
    }

    @Test
    void aSurnameWrittenAgainstItsYearInACitationIsNoName() {
        PaperExtraction x = extract("QuillNet and typology",
                "Annotation shows the limits of Frame Semantics (Quillmore 1982, Quillmore1985) for QuillNet.");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("Quillmore1985");
    }

    @Test
    void aPrefixOfTheParticipleAfterANameIsNoPartOfIt() {
        PaperExtraction x = extract("Quill quantization",
                "By exploiting the parameters of normalization layers in a QuillNet-pre-trained model, schemes "
                        + "generate synthetic data.");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("QuillNet-pre");
    }

    @Test
    void aNamesShapeGivesWayToWhatItsContextSays() {
        PaperExtraction x = extract("UniQuillQA: Unified Retrieval and Reasoning for Question Answering",
                "To cope with the vast search space, we propose UniQuillQA, a novel approach that unifies retrieval "
                        + "and reasoning. UniQuillQA outperforms the baselines.");
        assertThat(names(x, MentionKind.DATASET)).doesNotContain("UniQuillQA");
        assertThat(names(x, MentionKind.METHOD)).contains("UniQuillQA");
    }

    @Test
    void aKnownNameWithTheWordModelHyphenedToItIsThatName() {
        PaperExtraction x = extract("Applying pre-trained BERT-models to quill records",
                "This study fine-tunes one Swedish BERT-model and one multilingual BERT-model on a quill corpus.");
        assertThat(names(x, MentionKind.METHOD)).contains("BERT").doesNotContain("BERT-model");
    }

    @Test
    void aPairOfLanguageCodesIsNoName() {
        PaperExtraction x = extract("Machine quillese: effects of bias on translation",
                "We train QuillMT systems for EN-ES, EN-FR and EN-EN and report results on the WMT14 En-De and "
                        + "IWSLT15 En-Vi datasets.");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("EN-ES", "EN-FR", "EN-EN");
        assertThat(names(x, MentionKind.DATASET)).contains("WMT14 En-De");
    }

    @Test
    void aNameWrittenWithLatexSuperscriptsIsOneNameWithItsWrittenEvidence() {
        PaperExtraction x = extract("Q$^2$SB: Quill-to-Quill Schrödinger Bridges",
                "We propose the Quill-to-Quill Schrödinger Bridge (Q$^2$SB), a new kind of model. Q$^2$SB beats "
                        + "QDM^2 on the QASCAL-5$^i$ benchmark, at a cost of $O(n^2)$ steps.");
        assertThat(names(x, MentionKind.PROPOSED)).containsExactly("Q2SB");
        assertThat(names(x, MentionKind.DATASET)).contains("QASCAL-5i");
        assertThat(x.mentions()).filteredOn(mention -> mention.name().equals("Q2SB"))
                .extracting(Mention::surface).contains("Q$^2$SB")
                .allMatch(surface -> !surface.contains("$") || surface.equals("Q$^2$SB"));
        for (Mention mention : x.mentions()) {
            assertThat(x.text().substring(mention.span().begin(), mention.span().end())).isEqualTo(mention.surface());
        }
    }

    @Test
    void aCapitalisedDescriptionThatANamingVerbNamesIsNoNameOfItsOwn() {
        PaperExtraction x = extract("QP-DIF: Learning Quill Pattern-Specific Deep Implicit Functions",
                "To solve this problem, we propose a novel Quill Pattern-specific Implicit Function, named QP-DIF, "
                        + "for representing a shape with clusters of local regions.");
        assertThat(names(x, MentionKind.PROPOSED)).containsExactly("QP-DIF");
        assertThat(names(x, MentionKind.METHOD)).containsExactly("QP-DIF");
    }

    @Test
    void aNameWithAnAdverbOrAVerbGluedToItIsThatName() {
        PaperExtraction x = extract("QuillBatch: lossless training speed-up",
                "We propose QuillBatch, a novel framework for dynamic data pruning. Specifically, QuillBatchrandomly "
                        + "prunes a portion of less informative samples. Also, QuillBatch outperformsQUILL-E in "
                        + "speed.");
        assertThat(names(x, MentionKind.METHOD)).containsExactly("QuillBatch", "QUILL-E");
    }

    @Test
    void aDistanceNamedWithItsOrderIsNoName() {
        PaperExtraction x = extract("Scalable quill barycenters",
                "We present QuillBary, a scalable algorithm to compute Wasserstein-2 barycenters given sample access "
                        + "to the input measures.");
        assertThat(names(x, MentionKind.DATASET)).doesNotContain("Wasserstein-2");
        assertThat(names(x, MentionKind.METHOD)).containsExactly("QuillBary");
    }

    @Test
    void theLanguageCodeOfEnglishAloneIsNoName() {
        PaperExtraction x = extract("Quill titles in translation",
                "We study QuillMT for the neural machine translation of NL<->EN artwork titles, funded by IARPA.");
        assertThat(names(x, MentionKind.METHOD)).containsExactly("QuillMT");
    }

    @Test
    void latexCitationKeysAreNoNames() {
        PaperExtraction x = extract("Learning quill mixtures",
                "The transition function is a linear mixture model \\citep{QuillJSW20,ZhouQS21} with a given "
                        + "feature mapping. We generalize a result of (LeeQuillMusco:2021) with QuillNet.");
        assertThat(names(x, MentionKind.METHOD)).containsExactly("QuillNet");
    }

    @Test
    void aFrequentWordGluedBeforeOrAfterANameIsLeftOut() {
        PaperExtraction x = extract("QuillBack: quill solving with graph networks",
                "To train QuillBack, a new dataset calledDataQuill is created. We test on CIFAR-10-C andImageNet-C, "
                        + "and replace the quantization of VQ-QAEswith a simple scheme.");
        assertThat(names(x, MentionKind.DATASET)).contains("DataQuill", "ImageNet-C")
                .noneMatch(n -> n.startsWith("called") || n.startsWith("and"));
        assertThat(names(x, MentionKind.METHOD)).contains("VQ-QAE").noneMatch(n -> n.endsWith("with"));
    }

    @Test
    void aNameBeforeTheWordsOfADeviceAndItsNounIsNoName() {
        PaperExtraction x = extract("Real-time quill removal on phones",
                "Extensive experiments on several benchmarks show the efficacy of our QuillDA. The acceleration "
                        + "evaluated on the QUIVO X80 Pro smartphone shows that it is fast.");
        assertThat(names(x, MentionKind.DATASET)).isEmpty();
        assertThat(names(x, MentionKind.METHOD)).containsExactly("QuillDA");
    }

    @Test
    void wordsInLowerCaseBeforeImageNameAKindOfImage() {
        PaperExtraction x = extract("Cross-modal quill upsampling",
                "Current methods only use the local information of each pixel in the low-resolution multispectral "
                        + "(LRMS) image while neglecting the guiding panchromatic (PAN) image. We propose QuillUp.");
        assertThat(names(x, MentionKind.METHOD)).containsExactly("QuillUp");
    }

    @Test
    void aMissionIsNoMethodWhereverTheTextWritesIt() {
        PaperExtraction x = extract("Unearthing QuInSights into Mars with quill separation",
                "We remove glitches from data recorded by a seismometer during NASA's QuInSight mission on Mars "
                        + "with QuillSep.");
        assertThat(names(x, MentionKind.METHOD)).containsExactly("QuillSep");
    }

    @Test
    void endToEndAbbreviatedIsNoName() {
        PaperExtraction x = extract("End-to-End Entity Resolution and Quill Answering",
                "Recently, end-to-end (E2E) trained models for quill answering have delivered promising results. "
                        + "We extend the boundaries of E2E learning, and evaluate our E2E trained QuillER model.");
        assertThat(names(x, MentionKind.METHOD)).containsExactly("QuillER");
    }

    @Test
    void aNameBeforeAHyphenatedParticipleIsThatName() {
        PaperExtraction x = extract("QuillIPPrompt: assessing code models",
                "Prompts elicit models to generate IP-violating code, and QuillLM-generating text is checked "
                        + "against QV-learning.");
        assertThat(names(x, MentionKind.METHOD)).containsExactly("QuillIPPrompt", "QuillLM", "QV-learning");
    }

    @Test
    void aMappingFromAThingInLowerCaseIsATask() {
        PaperExtraction x = extract("Structure-grounded pretraining for quill parsing",
                "Learning alignment is essential for tasks like text-to-SQL and text-to-QSL. We propose QUIRG and "
                        + "adopt eight existing text-to-SQL datasets.");
        assertThat(names(x, MentionKind.DATASET)).isEmpty();
        assertThat(names(x, MentionKind.METHOD)).containsExactly("QUIRG");
    }

    @Test
    void aGerundGluedBeforeANameIsLeftOut() {
        PaperExtraction x = extract("QUILLCRAFT: customizing models with toolsets",
                "We show gains over promptingGPT-4 directly, and QUILLCRAFT compresses PNG images and FLAC audio.");
        assertThat(names(x, MentionKind.METHOD)).containsExactly("QUILLCRAFT", "GPT-4");
    }

    @Test
    void aQuantifierInCapitalsIsNoName() {
        PaperExtraction x = extract("ALL Quills Are Sharp and SOME Are Blunt: Probing QuillBERT",
                "We probe QuillBERT for the properties of nouns.");
        assertThat(names(x, MentionKind.METHOD)).containsExactly("QuillBERT");
    }

    @Test
    void poseAndDockingErrorsAreNoNames() {
        PaperExtraction x = extract("QuillPose: lifting quills to 3D",
                "QuillPose lowers MPJPE and PA-MPJPE by 3 mm, raises PCK and AUPR, and docks ligands under 2 RMSD.");
        assertThat(names(x, MentionKind.METHOD)).containsExactly("QuillPose");
    }

    @Test
    void capitalsBeforeAHyphenThatSpellANameAreLetters() {
        PaperExtraction x = extract("Procedure-aware pretraining for quill videos",
                "We call the resulting model Qapriqa, Quill-Aware PRe-training for Instructional Quill Acquisition.");
        assertThat(names(x, MentionKind.METHOD)).containsExactly("Qapriqa");
    }

    @Test
    void aMethodNounAfterTheLastItemOfAListTypesNoItem() {
        PaperExtraction x = extract("Quill depth prediction made better",
                "When tested on benchmark datasets such as KITTI, NYU, and QuillDepth-RGB-D, the QDP model obtained "
                        + "by optimizing our loss function shows state-of-the-art results.");
        assertThat(names(x, MentionKind.DATASET)).contains("QuillDepth-RGB-D");
    }

    @Test
    void aNegatedCompoundAdjectiveAbbreviatesNoName() {
        PaperExtraction x = extract("Passive non-line-of-sight quill tracking",
                "Non-line-of-quill (NLOQ) tracking is hard. We propose QuillNet and evaluate it on NLOQ datasets.");
        assertThat(names(x, MentionKind.DATASET)).isEmpty();
        assertThat(names(x, MentionKind.METHOD)).containsExactly("QuillNet");
    }

    @Test
    void lettersJoinedByAPlusAreAFormula() {
        PaperExtraction x = extract("QuillFlow: physics-inspired quill models",
                "QuillFlow embeds paths in N+D dimensional space, and D=1 recovers QuillPFGM.");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("N+D");
    }

    @Test
    void theStepsOfAnAddressCutAfterItsHostAreNoNames() {
        PaperExtraction x = extract("QuillDet: fast detection of quills",
                "We propose QuillDet, a real-time detector of quills. Code is released at https://github.com/ "
                        + "QuillLabTeam/quilldet and the data at https://github.com/ quill-nlp/QuillBench.");
        assertThat(names(x, MentionKind.METHOD)).containsExactly("QuillDet");
        assertThat(names(x, MentionKind.DATASET)).isEmpty();
    }

    @Test
    void aListTypesTheSameNameInOtherSentences() {
        PaperExtraction x = extract("Quill parsing with recursive chart models",
                "Our parser obtains F1 scores of 94.1% and 90.2% on the datasets of PTB and QuillTB 3.2 respectively. "
                        + "Nodes with many children improve by 2.1 points in QuillTB 3.2.");
        assertThat(names(x, MentionKind.DATASET)).contains("QuillTB 3.2");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("QuillTB 3.2");
    }

    @Test
    void aRankingMetricInAnyCaseIsNoName() {
        PaperExtraction x = extract("Feature-aware selection of quill labels",
                "Our approach improves label prediction quality of QuillSel, in terms of precision and nDCG, by 3% in "
                        + "three of the five tasks.");
        assertThat(names(x, MentionKind.METHOD)).containsExactly("QuillSel");
    }

    @Test
    void aCommonNounHyphenatedAfterANameIsNoPartOfIt() {
        PaperExtraction x = extract("Controlled quill diffusions",
                "We clarify the relation between iterative quill fitting (IQF) and Schroedinger bridges, and derive an "
                        + "objective that bypasses the bottleneck of standard IQF-updates. Models of the QuillGPT-family "
                        + "share the QuillBERT-vocabulary.");
        assertThat(names(x, MentionKind.METHOD)).containsExactlyInAnyOrder("IQF", "QuillGPT", "QuillBERT");
    }

    @Test
    void identifiersWithUnderscoresAreNamesWhereTheTextGivesThem() {
        PaperExtraction x = extract("Adaptive allocation for sparse quill autoencoders",
                "We introduce a new auxiliary loss function, aux_quill_loss, which generalises the aux_norm_loss to "
                        + "revive dead features. We also test QuillNet_Probe. Claims are labelled “NOT_ENOUGH_INFO” or "
                        + "“ENOUGH_INFO”, and we bound the ell_2 norm of x_i.");
        assertThat(names(x, MentionKind.METHOD)).containsExactlyInAnyOrder("aux_quill_loss", "aux_norm_loss",
                "QuillNet_Probe");
        assertThat(names(x, MentionKind.PROPOSED)).containsExactly("aux_quill_loss");
    }

    @Test
    void capitalsWithADigitLabellingASeriesInParenthesesAreNoNames() {
        PaperExtraction x = extract("Learning quill selection for integer programs",
                "Quill selection depends on (Q1) which quills should be preferred, and (Q2) how many quills should be "
                        + "selected. We propose QuillSel, the first method that tackles (Q1)-(Q2) from data, and compare "
                        + "it with the Q7 solver.");
        assertThat(names(x, MentionKind.METHOD)).containsExactlyInAnyOrder("QuillSel", "Q7");
    }

    @Test
    void aSentenceOpeningWithTheArticleAGluedToANameLeavesTheName() {
        PaperExtraction x = extract("Understanding augmentation-based quill learning",
                "The encoder approximates the top eigenspace of the underlying QRKS.A key ingredient is the quill "
                        + "complex of QRKS.");
        assertThat(names(x, MentionKind.METHOD)).containsExactly("QRKS");
    }

    @Test
    void aNameAfterANamingVerbWithAsIsGiven() {
        PaperExtraction x = extract("Consensus quill learning for clustering",
                "We propose a simple method for incomplete clustering, termed as QUILL_CGL. We also build a graph "
                        + "encoder, which we refer to as Plume, and a decoder named as Feather-Net.");
        assertThat(names(x, MentionKind.PROPOSED)).containsExactlyInAnyOrder("QUILL_CGL", "Plume", "Feather-Net");
    }

    @Test
    void aVenueWithItsYearAfterAVerbOfPublishingIsNoName() {
        PaperExtraction x = extract("A survey of quill evaluation",
                "We survey quill papers published in QNLG 2020 and QCCC 2020, and those accepted at QLR 2023, that "
                        + "report results on the QuillBench 2020 dataset.");
        assertThat(names(x, MentionKind.DATASET)).containsExactly("QuillBench 2020");
        assertThat(names(x, MentionKind.METHOD)).isEmpty();
    }

    @Test
    void aNotNameWithACommonWordHyphenatedAfterItIsNoName() {
        PaperExtraction x = extract("QuillFace-UV: a facial texture dataset",
                "We present QuillFace-UV, a facial dataset of 5,000 texture UV-maps. Compared with existing "
                        + "UV-texture datasets, ours has more diverse texture maps.");
        assertThat(names(x, MentionKind.DATASET)).containsExactly("QuillFace-UV");
        assertThat(names(x, MentionKind.METHOD)).isEmpty();
    }

    @Test
    void aClassOfComplexityIsNoNameAndAGenericNounAfterANameIsNoPartOfIt() {
        PaperExtraction x = extract("Quill problems are hard",
                "We show that quill covering is APX-hard and that counting covers is #P-hard. We defend QuillNet "
                        + "against the QPGD-attack and test it on QuillSet-hard.");
        assertThat(names(x, MentionKind.METHOD)).contains("QuillNet", "QPGD").doesNotContain("APX-hard", "#P-hard",
                "QPGD-attack");
        assertThat(names(x, MentionKind.DATASET)).containsExactly("QuillSet-hard");
    }

    @Test
    void aMeasureAtAThresholdAndALetterWrittenAgainstAParenthesisAreNoNames() {
        PaperExtraction x = extract("Quill memorization with small networks",
                "We build narrow networks with O(N n) weights that memorize any quill set. QuillDet gains 20% in "
                        + "mAP 3D IOU50, IoU75 and 4 points of AP75 on the MIT67 dataset.");
        assertThat(names(x, MentionKind.METHOD)).containsExactly("QuillDet");
        assertThat(names(x, MentionKind.DATASET)).containsExactly("MIT67");
        assertThat(names(x, MentionKind.PROPOSED)).isEmpty();
        // (a LaTeX tie before the parenthesis is no letter: the short form is defined)
        PaperExtraction tied = extract("Fast quill sampling",
                "We propose Quill Exponential Integrator Sampler~(QEIS). QEIS samples quills fast.");
        assertThat(names(tied, MentionKind.PROPOSED)).containsExactly("QEIS");
    }

    @Test
    void anArticleMayOpenAnItemOfANumberedListAfterATrigger() {
        PaperExtraction x = extract("Data centric quill speech recognition",
                "This paper contributes: (1) The QuillMeS corpus, the first quill speech corpus of its kind, which "
                        + "is 14 hours long. (2) A trained recognition model.");
        assertThat(names(x, MentionKind.PROPOSED)).containsExactly("QuillMeS");
        assertThat(names(x, MentionKind.DATASET)).containsExactly("QuillMeS");
    }

    @Test
    void aHyphenatedWordRunIntoACapitalisedOneIsNoName() {
        PaperExtraction x = extract("Decision Quill: sequence learning for control",
                "Sequence learning methods have been applied to the problem of off-policyReinforcement Learning.");
        assertThat(names(x, MentionKind.METHOD)).containsExactly("Decision Quill");
    }

    @Test
    void aNameInAppositionToATaskIsNoMethod() {
        PaperExtraction x = extract("QUEEN: Quill Event Embedding Network",
                "We introduce a new task, Quill Network Embedding, which aims to represent events. We propose a novel "
                        + "framework, Quill Event Embedding Network (QUEEN), that beats AIGC models.");
        assertThat(names(x, MentionKind.METHOD)).containsExactly("QUEEN");
    }

    @Test
    void aHostNameAloneIsNoName() {
        PaperExtraction x = extract("QuillFusion: composing quill adapters",
                "We propose QuillFusion, a two-stage algorithm. Our code and adapters are available at QuillHub.ml.");
        assertThat(names(x, MentionKind.METHOD)).containsExactly("QuillFusion");
    }

    @Test
    void aTranslationDirectionWrittenAsOneWordIsNoName() {
        PaperExtraction x = extract("A quill corpus for a low-resource pair",
                "We train QuillNMT baselines for EnglishtoKhasi and Khasi-to-English translation.");
        assertThat(names(x, MentionKind.METHOD)).containsExactly("QuillNMT");
    }

    @Test
    void aFrameworkOfLanguageLevelsAndAPersonalityTypologyAreNoMethods() {
        PaperExtraction x = extract("Quill metrics of learner writing",
                "We relate QuillScore to CEFR levels and to MBTI personality types of the writers.");
        assertThat(names(x, MentionKind.METHOD)).containsExactly("QuillScore");
    }

    @Test
    void aCapitalisedPhraseThatWhatIsPresentedIsBuiltAroundIsNotPresented() {
        PaperExtraction x = extract("Quill matching and rewriting: tools for corpus exploration",
                "This article presents a set of tools built around the Quill Rewriting computational framework.");
        assertThat(names(x, MentionKind.PROPOSED)).isEmpty();
    }

    @Test
    void labelsOfACapitalAndADigitListedInOneParenthesisAreNoNames() {
        PaperExtraction x = extract("Classifying quill proficiency levels",
                "We train QuillRNN to predict six classes of proficiency (A1, A2, B1, B2, C1, C2) from essays.");
        assertThat(names(x, MentionKind.METHOD)).containsExactly("QuillRNN");
    }

    @Test
    void aModifierCircumflexReadsAsACaret() {
        PaperExtraction x = extract("QDˆ2CR: quill coreference across documents and domains",
                "We present QDˆ2CR, a new quill benchmark. Our scheme runs in O(Aˆ2 Nˆ4) time.");
        assertThat(names(x, MentionKind.DATASET)).containsExactly("QD2CR");
        assertThat(names(x, MentionKind.METHOD)).isEmpty();
    }

    @Test
    void aRepresentationOrTheCoresAfterANameAndAnOrganisationAreNoNames() {
        PaperExtraction x = extract("Constructive QuillTT-representation of quill tensors",
                "We build the QuillTT-cores of QuillTensor directly, a task that UNESCO funded.");
        assertThat(names(x, MentionKind.METHOD)).containsExactlyInAnyOrder("QuillTT", "QuillTensor");
    }

    @Test
    void aBlockOrAModuleAfterANameIsNoPartOfIt() {
        PaperExtraction x = extract("Quill representation learning",
                "We propose QuillNet. An encoder-decoder style QuillNet-block is proposed, and a QuillMix-module "
                        + "mixes the features, while a QuillPool-module pools them; QuillMix alone helps too.");
        assertThat(names(x, MentionKind.METHOD)).containsExactlyInAnyOrder("QuillNet", "QuillMix", "QuillPool-module");
    }

    @Test
    void aCountAnInputOutputAndAWordCutShortAreNoNames() {
        PaperExtraction x = extract("Active learning for interactive quill translation",
                "We explore term based (named quill count (NQC)) and quality based (sentence similarity (Sim)) "
                        + "criteria, and align the input-output (IO) interface of QuillMT.");
        assertThat(names(x, MentionKind.METHOD)).containsExactly("QuillMT");
    }

    @Test
    void aPairOfLanguagesAStandardVarietyAndARatioAreNoNames() {
        PaperExtraction x = extract("Quill dictionaries for neural machine translation",
                "Our method QuillMT leads on the Chinese-English and English-Japanese benchmarks and on the "
                        + "WMT14 English-German and WMT16 Romanian-English datasets, for the TamilTelugu pair too. "
                        + "Other Arabic dialects are mostly based on MSA, and a higher TTR marks richer texts.");
        assertThat(names(x, MentionKind.DATASET)).containsExactlyInAnyOrder("WMT14 English-German",
                "WMT16 Romanian-English");
        assertThat(names(x, MentionKind.METHOD)).containsExactly("QuillMT");
    }

    @Test
    void aDescriptionInTheReachOfItsParenthesisedNameMayEndInAWordReadAsAVerb() {
        PaperExtraction x = extract("Quill with reconstruct",
                "In this paper, we propose contrast with reconstruct (QuRe) that unifies these two paradigms.");
        assertThat(names(x, MentionKind.PROPOSED)).containsExactly("QuRe");
    }

    @Test
    void twoWordsAPdfWroteTogetherAndEmphasisedLettersAreNoNames() {
        PaperExtraction x = extract("Simple cues lead to a strong Multi-Object quill tracker",
                "For long, the common paradigm in MultiObject Tracking was detection. We present CLAREQ, a "
                        + "ContextuaLized AdversaRial Example generation model.");
        assertThat(names(x, MentionKind.METHOD)).containsExactly("CLAREQ");
    }

    @Test
    void whatAComparisonIsMadeInTermsOfIsAMeasure() {
        PaperExtraction x = extract("QuillCSE: dialogue-based contrastive learning of sentence embeddings",
                "QuillCSE outperforms the baselines across all three datasets in terms of MAP and Spearman's "
                        + "correlation, and in terms of QMR, QTR and TQ.");
        assertThat(names(x, MentionKind.METHOD)).containsExactly("QuillCSE");
    }

    @Test
    void aLanguagesCodeAfterItsNameIsNoName() {
        PaperExtraction x = extract("Data augmentation for quill gloss translation",
                "We translate Swiss German (GSW) to Quillish, and American Sign Language (ASL) to English and German "
                        + "Sign Language (DGS) to German, with QuillMT.");
        assertThat(names(x, MentionKind.METHOD)).containsExactly("QuillMT");
    }

    @Test
    void theItemsOfAnEvaluationListThatAKnownMethodOpensAreModels() {
        PaperExtraction x = extract("Language relatedness in multilingual fine-tuning of quill models",
                "Experiments are performed on mBERT, QuillBERT, QuRIL and two RoBERTa-based LMs.");
        assertThat(names(x, MentionKind.METHOD)).contains("QuillBERT", "QuRIL");
        assertThat(names(x, MentionKind.DATASET)).isEmpty();
    }

    @Test
    void aKnownModelsOtherFormIsTypedAsTheGazetteerTypesIt() {
        PaperExtraction x = extract("Quill detection in Finnish news: a dataset and a baseline",
                "A model fine-tuned on Multilingual BERT reaches the best quill label accuracy of 97.2%.");
        assertThat(names(x, MentionKind.DATASET)).isEmpty();
        assertThat(names(x, MentionKind.METHOD)).isNotEmpty();
    }

    @Test
    void aNameGivenToAPhenomenonIsNoMethod() {
        PaperExtraction x = extract("Implicit Quill Leakage: The Stumbling Block to Improving Deepfake Detection",
                "We find that the stumbling block to generalization is an unexpected quill representation. Termed as "
                        + "the Implicit Quill Leakage, this phenomenon has been verified among various networks. We "
                        + "also observe a phenomenon we call Quill Collapse. We propose a simple method named the "
                        + "Quill Detection Model.");
        assertThat(names(x, MentionKind.METHOD)).containsExactly("Quill Detection Model");
        assertThat(names(x, MentionKind.PROPOSED)).containsExactly("Quill Detection Model");
    }

    @Test
    void aMethodNounRightBeforeTheNamingIsWhatItNames() {
        PaperExtraction x = extract("Neuro-symbolic reinforcement learning with first-order quills",
                "We propose a novel RL method for text-based games with a recent neuro-symbolic framework called "
                        + "Logical Quill Network, which learns interpretable rules.");
        assertThat(names(x, MentionKind.DATASET)).isEmpty();
        assertThat(names(x, MentionKind.METHOD)).containsExactly("Logical Quill Network");
    }

    @Test
    void aWordGluedAfterALoneDotIsADomainsEnding() {
        PaperExtraction x = extract("Automatic resolution of quill name disputes",
                "A dispute may concern a generic top-level quill name (one ending in .COM, .ORG, .NET, etc). We "
                        + "fine-tune QuillBERT on the new data.");
        assertThat(names(x, MentionKind.METHOD)).containsExactly("QuillBERT");
    }

    @Test
    void aNegationInCapitalsIsNoName() {
        PaperExtraction x = extract("Quill is NOT a single variable: Case Studies for Cross-Quill Understanding",
                "Quills come in many kinds. We do NOT treat them as one thing.");
        assertThat(names(x, MentionKind.METHOD)).isEmpty();
    }

    @Test
    void aNameInParenthesesAfterATasksNumberNamesTheTask() {
        PaperExtraction x = extract("Quills@IITK at SemEval-2021 Task 8: Entity Extraction For Scientific Data",
                "This paper presents the system for SemEval 2021 Task 8 (QuillEval). Our system uses SciBERT with a "
                        + "CRF layer on top.");
        assertThat(names(x, MentionKind.DATASET)).contains("QuillEval");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("QuillEval");
    }

    @Test
    void anAppositionThatRepeatsTheNameOfThePhraseIsNoRenaming() {
        PaperExtraction x = extract("Source and Target Bidirectional Quill Distillation for Speech Translation",
                "In this work, we focus on sequence-level quill distillation (SeqQD) from external models. We propose "
                        + "backward SeqQD, SeqQD from a target-to-source backward model.");
        assertThat(names(x, MentionKind.PROPOSED)).doesNotContain("SeqQD");
    }

    @Test
    void aMinorityLanguageIsNoName() {
        PaperExtraction x = extract("Developing Keyboards for the Endangered Livonian Language",
                "We present our work on keyboard layouts for a critically endangered Uralic language called "
                        + "Livonian. Our layouts work on several systems.");
        assertThat(names(x, MentionKind.METHOD)).isEmpty();
        assertThat(names(x, MentionKind.PROPOSED)).isEmpty();
    }

    @Test
    void aProgrammingLanguageInCapitalsIsNoName() {
        PaperExtraction x = extract("QuillBERT: Commit Message Generation Using Pre-Trained Programming Language Model",
                "We collect pairs of code changes and commit messages in six languages (Python, PHP, Go, Java, "
                        + "JavaScript, and Ruby) and train QuillBERT on them.");
        assertThat(names(x, MentionKind.METHOD)).containsExactly("QuillBERT");
    }

    @Test
    void keywordsOfSqlAreNoNames() {
        PaperExtraction x = extract("Natural Quill: Making SQL Easier to Infer from Natural Language",
                "We propose an intermediate representation called Natural Quill (NatQL). NatQL dispenses with "
                        + "operators and keywords such as GROUP BY, HAVING, FROM, JOIN ON and nested SELECT queries.");
        assertThat(names(x, MentionKind.METHOD)).containsExactly("NatQL");
    }

    @Test
    void indigenousLanguagesOfTheAmericasAreNoNames() {
        PaperExtraction x = extract("Quill Translation for Two Neighboring Languages",
                "Two low-resource neighboring languages found in Peru, Quechua and Ashaninka, can be considered "
                        + "similar. We evaluate two approaches by attempting to use newly-formed Ashaninka corpora "
                        + "for machine translation, and we also translate Ayuuk, Bribri and Zapotec texts.");
        assertThat(names(x, MentionKind.METHOD)).isEmpty();
        assertThat(names(x, MentionKind.DATASET)).isEmpty();
    }

    @Test
    void aSystemNamedByItsLanguagePairIsNoName() {
        PaperExtraction x = extract("Evaluating Back-translation for Quill Translation",
                "We submitted three neural machine translation systems to the task: a Baseline English-Marathi "
                        + "system, a Baseline Marathi-English system, and an English-Marathi system that uses "
                        + "back-translation.");
        assertThat(names(x, MentionKind.METHOD)).isEmpty();
    }

    @Test
    void shortFormsInCapitalsListedAfterTasksAreTasks() {
        PaperExtraction x = extract("The Quill Hypothesis: Dilemma behind Multi-Task Learning",
                "We first present results on five NLP tasks, POS, NER, DEP, CON, and SRL, and show a deficiency "
                        + "against single-task learning. QuillNet is then tested on four tasks (QSPARC, QCOSQL, and "
                        + "QMWOZ).");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("DEP", "CON");
        assertThat(names(x, MentionKind.DATASET)).doesNotContain("DEP", "CON");
        // (capitals beside no well-known task's short form may be benchmarks: still names)
        java.util.List<String> kept = new java.util.ArrayList<>(names(x, MentionKind.METHOD));
        kept.addAll(names(x, MentionKind.DATASET));
        assertThat(kept).contains("QuillNet", "QSPARC", "QCOSQL", "QMWOZ");
    }

    @Test
    void aMetricWithItsScoreASizeAndACompetitionAreReadAsSuch() {
        PaperExtraction x = extract("Quill Trajectory Models",
                "We achieve new state-of-the-art FIDs on CIFAR-10 (FID 1.73) and ImageNet at 64X64 resolution "
                        + "(FID 1.92). In the DialQuill21 competition, our system achieved 74.95 F1.");
        assertThat(names(x, MentionKind.DATASET)).contains("CIFAR-10", "ImageNet", "DialQuill21")
                .doesNotContain("FID 1.73");
        assertThat(names(x, MentionKind.METHOD)).isEmpty();
        assertThat(x.aliases()).isEmpty();
    }

    @Test
    void aNameBetweenAnArticleAndOfAndAScoreIsItsMeasure() {
        PaperExtraction x = extract("Quill separation",
                "QuillSep reaches an SI-QSNRi of 22.3 dB on QuillMix and a QMAP of 0.85, and beats the Penn "
                        + "Treebank of 94.25 F1 when trained on gold trees.");
        assertThat(names(x, MentionKind.METHOD)).containsExactly("QuillSep");
        assertThat(names(x, MentionKind.DATASET)).contains("QuillMix");
    }

    @Test
    void aNameEndingInScoreIsAMetric() {
        PaperExtraction x = extract("Deep Reinforcement Learning for Modelling Quill Complexes",
                "We achieve better accuracy (measured by RMSD and QM-Score) than leading software. QuillPN "
                        + "outperforms the state-of-the-art method with up to 27% improvement in QM-Score.");
        assertThat(names(x, MentionKind.METHOD)).containsExactly("QuillPN");
        // (unless the authors make it: a proposed score is their method)
        PaperExtraction made = extract("QuillFD: Digging into Backbone Design on Face Detection",
                "To cope with this question, we propose a distribution-dependent stage-aware ranking score "
                        + "(DDSQ-Score) to characterize the expressivity of each stage.");
        assertThat(names(made, MentionKind.PROPOSED)).contains("DDSQ-Score");
    }

    @Test
    void frequenciesAndASecondLanguageAreNoNames() {
        PaperExtraction x = extract("Semantic Quill Forecast",
                "We represent a story block using the term frequencies (TF) of semantic frames in it, normalized by "
                        + "each frame's inverse document frequency (IDF).");
        assertThat(names(x, MentionKind.METHOD)).isEmpty();
        PaperExtraction y = extract("Broad Linguistic Complexity Analysis for Quill Readability",
                "A readability classifier reaches an accuracy of 88.16% for the Greek as a Second Language corpus.");
        assertThat(names(y, MentionKind.DATASET)).isEmpty();
    }

    @Test
    void aNameAtACutOffIsAMeasure() {
        PaperExtraction x = extract("Active Quill Indexing",
                "For instance, activation improves by 40% the Quillcall1@1 on various image transformations.");
        assertThat(names(x, MentionKind.METHOD)).isEmpty();
    }

    @Test
    void aQuestionWordInCapitalsIsNoName() {
        PaperExtraction x = extract("QUACE: Generating Knowledge Aware Contrastive Explanations",
                "Existing approaches mainly focus on “WHY A” rather than contrastive “WHY A NOT B” explanations.");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("WHY");
    }

    @Test
    void namesListedAfterTheColonOfNewMetricsAreMetrics() {
        PaperExtraction x = extract("Fine-Grained Audible Quill Description",
                "We create two new metrics for this task: a QuillScore to gauge the completeness of entities, and an "
                        + "EchoScore to assess the audio descriptions.");
        assertThat(names(x, MentionKind.METHOD)).isEmpty();
        assertThat(names(x, MentionKind.PROPOSED)).isEmpty();
    }

    @Test
    void aNewTaskNamedAfterWhatItIsForIsNoMethod() {
        PaperExtraction x = extract("Fine-Grained Audible Quill Description",
                "We explore a new task for audio-visual-language modeling called fine-grained audible quill "
                        + "description (FAQD). It aims to provide detailed descriptions. FAQD requires modeling "
                        + "skills.");
        assertThat(names(x, MentionKind.METHOD)).isEmpty();
        assertThat(names(x, MentionKind.PROPOSED)).isEmpty();
    }

    @Test
    void aNameBeforeACapitalisedLicenceIsTheLicence() {
        PaperExtraction x = extract("QuillChat: 1M Chat Logs in the Wild",
                "We compiled QuillChat, a corpus of 1 million conversations. QuillChat is released under QuillACT "
                        + "Licenses.");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("QuillACT");
        assertThat(names(x, MentionKind.DATASET)).doesNotContain("QuillACT");
    }

    @Test
    void namesInAppositionToMetricsAreMetrics() {
        PaperExtraction x = extract("DAG Learning on the Quillhedron",
                "We show that our approach lies on the Pareto frontier of two key metrics, the QID and QHD.");
        assertThat(names(x, MentionKind.METHOD)).isEmpty();
        // (not the subject's clause after the comma: "For both metrics, we design … algorithms X and Y")
        PaperExtraction y = extract("Provably Efficient Risk-Sensitive Quill Learning",
                "We investigate two performance metrics. For both metrics, we design efficient algorithms QCVaR-RM "
                        + "and QCVaR-BPI.");
        assertThat(names(y, MentionKind.PROPOSED)).contains("QCVaR-RM", "QCVaR-BPI");
    }

    @Test
    void intervalsAndVocabulariesAreThingsNoMethods() {
        PaperExtraction x = extract("Nonparametric Extensions of Randomized Response for Private Confidence Quills",
                "Given bounded observations that are privatized, confidence intervals (CIs) for their mean are hard. "
                        + "In this task, some words, called restricted quill vocabularies (RQVs), must be contained in "
                        + "the output sentence.");
        assertThat(names(x, MentionKind.METHOD)).isEmpty();
        assertThat(names(x, MentionKind.PROPOSED)).isEmpty();
    }

    @Test
    void aPlainWordSpellingTheInitialsOfTheCapitalisedWordsAfterItIsAName() {
        PaperExtraction x = extract("Learning Grounded Quill Abstractions from Language",
                "This paper describes Qda (Quill Domain Acquisition), a framework for automatically constructing "
                        + "planning representations. Qda strongly outperforms other approaches.");
        assertThat(names(x, MentionKind.METHOD)).containsExactly("Qda");
        assertThat(names(x, MentionKind.PROPOSED)).containsExactly("Qda");
    }

    @Test
    void distillingAnAbstractFromTheWebIsNoKnowledgeDistillation() {
        PaperExtraction x = extract("A Topic-Guided Quill Abstract Generator",
                "Wikipedia abstract generation aims to distill a Wikipedia abstract from web sources.");
        assertThat(names(x, MentionKind.CONCEPT)).doesNotContain("knowledge-distillation");
        PaperExtraction y = extract("A Compact Quill Student", "We distill a large teacher into a small student.");
        assertThat(names(y, MentionKind.CONCEPT)).contains("knowledge-distillation");
    }

    @Test
    void adjectivesListedWithAnOxfordCommaStandBetweenTheTriggerAndTheName() {
        PaperExtraction x = extract("Quill Distillation based Degradation Estimation",
                "To fully use the extracted representation, we design a simple, strong, and efficient Quill based "
                        + "dynamic convolution residual block (Q-DCRB) to build the network.");
        assertThat(names(x, MentionKind.PROPOSED)).containsExactly("Q-DCRB");
    }

    @Test
    void anAdverbMayStandBetweenReferredToAndAs() {
        PaperExtraction x = extract("The Quill Problem: Clustering and Ordering Variable-Sized Sets",
                "No joint, fully differentiable model exists to-date. We develop such a modular architecture, "
                        + "referred to further as Neural Ordered Quills (NOQ), and provide a robust comparison.");
        assertThat(names(x, MentionKind.PROPOSED)).containsExactly("NOQ");
    }

    @Test
    void numericalSimulationsThatBackAResultAreExperimentsNoPhysicsSimulation() {
        PaperExtraction x = extract("Quill Structures for Learning to Optimize",
                "Numerical simulations validate our theoretical findings. We also run extensive numerical simulations "
                        + "on benchmarks.");
        assertThat(names(x, MentionKind.CONCEPT)).doesNotContain("physics-simulation");
        PaperExtraction y = extract("Quill Solvers", "The numerical simulation of turbulent flows is costly.");
        assertThat(names(y, MentionKind.CONCEPT)).contains("physics-simulation");
    }

    @Test
    void aMethodNounModifyingAnotherNounIsNoAppositionsHead() {
        PaperExtraction x = extract("Asynchronous Quill Play in Zero-Sum Games",
                "We study the Plume rule (PLR), the solution concept under bounded rationality, and the Inkwell "
                        + "scheme (IWS), a simple solution method.");
        assertThat(x.mentions(MentionKind.METHOD)).filteredOn(m -> m.name().equals("PLR"))
                .noneMatch(m -> m.rule().endsWith("method.apposition"));
        assertThat(x.mentions(MentionKind.METHOD)).filteredOn(m -> m.name().equals("IWS"))
                .anyMatch(m -> m.rule().endsWith("method.apposition"));
    }

    @Test
    void anAnonymisedLinksPlaceholderIsNoName() {
        PaperExtraction x = extract("Language Quills Are Multilingual Reasoners",
                "We introduce the Multilingual Grade School Quill (MGSQ) benchmark. The MGSQ benchmark is publicly "
                        + "available at AnonymousLink and the supplementary material.");
        assertThat(names(x, MentionKind.METHOD)).isEmpty();
        assertThat(names(x, MentionKind.DATASET)).containsExactly("MGSQ");
    }

    @Test
    void theSouthAfricanLanguagesWrittenWithTheirPrefixesAreNoNames() {
        PaperExtraction x = extract("Quill WordNets for South African Languages",
                "We build quill wordnets for five languages, namely, Sepedi, Setswana, Tshivenda, isiZulu and "
                        + "isiXhosa, and add them to the Open Quill WordNet (OQW).");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("isiZulu", "isiXhosa", "Sepedi", "Tshivenda");
        assertThat(names(x, MentionKind.DATASET)).doesNotContain("isiZulu", "isiXhosa", "Sepedi", "Tshivenda");
    }

    @Test
    void aGreekLettersVariantOfANameIsAName() {
        PaperExtraction x = extract("Quill Secretly Solves Constrained Optimization",
                "A new Lyapunov function for the Quill updates applies to a broader family of Quill-kappa algorithms. "
                        + "We also train QuillArt-\u03B1 with AdamW. Alpha-beta pruning, Top-k sampling, the "
                        + "Multi-kappa agreement and the Kendall-tau correlation stay.");
        assertThat(names(x, MentionKind.METHOD)).contains("Quill-kappa", "QuillArt-\u03B1")
                .doesNotContain("Alpha-beta", "Multi-kappa", "Kendall-tau");
    }

    @Test
    void anElectronicMedicalRecordIsNoMethodUnlessTheTextSpellsItOtherwise() {
        PaperExtraction x = extract("Explaining Quill Diagnoses",
                "We explain diagnoses based on the Electronic Medical Record (EMR). Current methods treat the EMR as a "
                        + "text sequence.");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("EMR");
        PaperExtraction y = extract("Quill Replay for Continual Learning",
                "We propose Efficient Memory Replay (EMR), a rehearsal method for continual learning. EMR keeps a "
                        + "small buffer.");
        assertThat(names(y, MentionKind.PROPOSED)).contains("EMR");
    }

    @Test
    void thePolyakLojasiewiczConditionWrittenWithItsPolishLetterIsNoName() {
        PaperExtraction x = extract("Quill Descent with Shuffling",
                "We study Quill Descent (QD) for smooth nonconvex objectives with Polyak-\u0141ojasiewicz (P\u0141) "
                        + "geometry, and analyze QD for nonconvex-P\u0141 and primal-P\u0141-P\u0141 objectives.");
        assertThat(names(x, MentionKind.METHOD)).containsExactly("QD");
    }

    @Test
    void aNameRightAfterTheNounMetricIsAMetricNoMethod() {
        PaperExtraction x = extract("Findings of the Quill Translation Task",
                "We propose a metric \u201cQuill Optimal Sequence\u201d (QOS) considering both quality and latency. "
                        + "We also propose a new evaluation metric QUILLSCORE and a novel metric called TCQS. QOS "
                        + "ranks the QuillNet submissions.");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("QOS", "QUILLSCORE", "TCQS");
        assertThat(names(x, MentionKind.PROPOSED)).isEmpty();
    }

    @Test
    void decodingInAPaperOfImagesThatSpeaksOfNoTextIsNoTextGeneration() {
        PaperExtraction x = extract("Quick quill segmentation",
                "Our segmentation network warps image features and fuses them in a shared decoding layer.");
        assertThat(names(x, MentionKind.CONCEPT)).doesNotContain("text-generation");
        PaperExtraction y = extract("Quill captions for clips",
                "We caption video clips; greedy decoding of the captions is fast.");
        assertThat(names(y, MentionKind.CONCEPT)).contains("text-generation");
    }

    @Test
    void generatedTextAboutAnImageIsNoImageGeneration() {
        PaperExtraction x = extract("Varied quill captions",
                "We study how decoding affects the diversity of generated image captions for quills.");
        assertThat(names(x, MentionKind.CONCEPT)).doesNotContain("image-generation");
        PaperExtraction y = extract("Quill pictures", "We generate realistic images of quills from sketches.");
        assertThat(names(y, MentionKind.CONCEPT)).contains("image-generation");
    }

    @Test
    void numericalSimulationsThatCorroborateATheoryAFewWordsOnAreExperiments() {
        PaperExtraction x = extract("Limits of quill transfer",
                "Numerical simulations distinguish the four quill learners and corroborate our theory.");
        assertThat(names(x, MentionKind.CONCEPT)).doesNotContain("physics-simulation");
        PaperExtraction y = extract("Quill flows",
                "The numerical simulation of quill flows with millions of cells corroborates nothing yet.");
        assertThat(names(y, MentionKind.CONCEPT)).contains("physics-simulation");
    }

    @Test
    void anAppositionInParenthesesSaysWhatANameIs() {
        PaperExtraction x = extract("Filtering quill data",
                "Our filter ranks first at the small scale of QuillComp (a data filtering benchmark), and beats "
                        + "QuillParse (a T5 model for quill parsing) by a wide margin.");
        assertThat(names(x, MentionKind.DATASET)).contains("QuillComp").doesNotContain("QuillParse");
        assertThat(names(x, MentionKind.METHOD)).contains("QuillParse").doesNotContain("QuillComp");
    }

    @Test
    void aPlainWordWhoseCapitalsMarkLettersIsNoName() {
        PaperExtraction x = extract("QXTrack: Improving Quill Tracking With Contextual Cues",
                "We propose QXTrack, a network that exploits ConteXtual cues around each quill, as contextual cues "
                        + "help. It also beats QuillCast, the tracker of the Quillcast benchmark.");
        assertThat(names(x, MentionKind.METHOD)).contains("QXTrack", "QuillCast").doesNotContain("ConteXtual");
        PaperExtraction y = extract("Quill graph completion",
                "In this paper, we propose quillens, a novel framework for quill graphs. QuillEns embeds all graphs in "
                        + "one space.");
        assertThat(names(y, MentionKind.METHOD)).contains("QuillEns");
    }

    @Test
    void theVectorGraphicsFormatIsNoNameButAStochasticValueGradientIs() {
        PaperExtraction x = extract("QuillVec: drawing quills as vector graphics",
                "Designers keep icons as Scalable Vector Graphics (SVG). QuillVec turns a prompt into an SVG icon.");
        assertThat(names(x, MentionKind.METHOD)).contains("QuillVec").doesNotContain("SVG");
        PaperExtraction y = extract("Quill control",
                "We compare against the stochastic value gradient (SVG) method on quill control tasks.");
        assertThat(names(y, MentionKind.METHOD)).contains("SVG");
    }

    @Test
    void theTopicCoherenceMeasureNpmiIsNoName() {
        PaperExtraction x = extract("Quill topics",
                "QuillTM beats LDA on the coherence measure NPMI and on human judgements of quill topics.");
        assertThat(names(x, MentionKind.METHOD)).contains("QuillTM").doesNotContain("NPMI");
    }

    @Test
    void aChipMakerWrittenInMixedCaseIsNoName() {
        PaperExtraction x = extract("Resource-efficient quill tracking",
                "We propose an efficient quill tracker named QET. Our tracker runs at over 100 fps on GPU, and 25 fps "
                        + "on the edge platform of NVidia Jetson NX Xavier, thanks to its fusion.");
        assertThat(names(x, MentionKind.METHOD)).contains("QET").doesNotContain("NVidia");
    }

    @Test
    void aCloudAndAPackageIndexAreNoNamesButAWeightSharingSchemeIs() {
        PaperExtraction x = extract("Serverless quill serving",
                "We deploy QuillBERT on AWS Lambda and publish the QuillKit package on PyPi.");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("AWS", "PyPi");
        PaperExtraction y = extract("Improving quill augmentation",
                "We propose Augmentation-Wise Weight Sharing (AWS), which makes the search for quill augmentations "
                        + "cheap.");
        assertThat(names(y, MentionKind.METHOD)).contains("AWS");
    }

    @Test
    void taskOrientedDialogueIsNoNameButATimeOfDayModelIs() {
        PaperExtraction x = extract("Learning rewards for quill dialogue agents",
                "When learning task-oriented dialogue (ToD) agents, we train the end-to-end ToD agent with a learned "
                        + "reward on QuillWOZ.");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("ToD");
        PaperExtraction y = extract("Forecasting quill demand",
                "We propose a Time-of-Day (ToD) encoder that embeds each hour before forecasting quill sales.");
        assertThat(names(y, MentionKind.METHOD)).contains("ToD");
    }

    @Test
    void aSecondOrThirdEditionInRomanNumeralsIsPartOfTheName() {
        PaperExtraction x = extract("Quill spotting in long videos",
                "We propose a quill feature. Experimental results on QUILLS-LV and QUILLME II validate the proposed "
                        + "methods.");
        assertThat(names(x, MentionKind.DATASET)).contains("QUILLME II").doesNotContain("QUILLME");
    }

    @Test
    void aCapitalisedAdjectiveAfterAVerbOfAMethodNounIsNoName() {
        PaperExtraction x = extract("Graph networks for Brownian quill dynamics",
                "We study quill networks. We show that ours outperforms proposed baselines across all the benchmarked "
                        + "Brownian systems.");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("Brownian");
        PaperExtraction y = extract("Learning quill dynamics with graph networks",
                "We compare against the strong model Quillet on all the quill systems.");
        assertThat(names(y, MentionKind.METHOD)).contains("Quillet");
    }

    @Test
    void aTeamAtItsInstituteWrittenAsOneWordIsTheSystemAtTheVenue() {
        PaperExtraction x = extract("QuillGraph@IITK at SemEval-2021 Task 11: Building Quill Graphs for Research",
                "We address this challenge by developing a system that builds quill graphs. Our system achieved an "
                        + "F1 score of 0.38 on the test set.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("QuillGraph@IITK");
    }

    @Test
    void whatANewModelIsBuiltUponIsNoComparisonBeforeItsName() {
        PaperExtraction x = extract("Sparse quill experts are generalizable learners",
                "We propose a novel quill model built upon vision transformers, namely Generalizable Mixture-of-Quills "
                        + "(GMoQ). Experiments show that GMoQ outperforms the baselines by a large margin.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("GMoQ");
        // (what the authors improve upon is still compared with)
        PaperExtraction y = extract("Quill experts",
                "We improve upon a strong quill model, namely QuillMoE, and report results on three tasks.");
        assertThat(names(y, MentionKind.PROPOSED)).doesNotContain("QuillMoE");
    }

    @Test
    void aCapitalisedWordAfterNamelyAndAMethodNounIsTheNameItGives() {
        PaperExtraction x = extract("Learning Quill Sense from Pictures",
                "This paper proposes a novel approach to learn quill sense from pictures. Our approach, namely Quarrel, "
                        + "consists of two stages. Experiments show that Quarrel outperforms text-only methods.");
        assertThat(names(x, MentionKind.METHOD)).contains("Quarrel");
        assertThat(names(x, MentionKind.PROPOSED)).contains("Quarrel");
        // (not after a noun of another kind: "in three quill tasks, namely Translation, …")
        PaperExtraction y = extract("Quill Tasks Revisited",
                "We evaluate on one quill task, namely Translation, and report gains.");
        assertThat(names(y, MentionKind.METHOD)).doesNotContain("Translation");
        // (nor after a plural, which a list follows: "four quill variants, namely Northern, Southern, …")
        PaperExtraction z = extract("Quill Variant Identification",
                "We classify texts into four quill variants, namely Northern, Southern, Eastern and Western.");
        assertThat(names(z, MentionKind.METHOD)).doesNotContain("Northern");
    }

    @Test
    void referredAsWithoutToNamesAsReferredToAsDoes() {
        PaperExtraction x = extract("Bayesian Optimization over Quill Spaces",
                "In this paper, we propose a novel approach referred as Quill Bayesian Optimization (QuBO) by using "
                        + "diffusion kernels. QuBO is fast.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("QuBO");
        assertThat(names(x, MentionKind.METHOD)).contains("QuBO");
    }

    @Test
    void aCapitalisedVerbAfterToIsAWordOfTheName() {
        PaperExtraction x = extract("How Low Can Quills Go",
                "In this paper, we introduce Quill Estimation to Pick the Proper Precision (QEPPP). QEPPP is fast.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("QEPPP");
    }

    @Test
    void aDashAndAnArticleSetOffTheNameOfTheNewThing() {
        PaperExtraction x = extract("Controlled Quill Generation with Adversarial Learning",
                "In this paper we propose a novel network \u2013 the Controlled QUill generation Relational Memory GAN "
                        + "(CQURM-GAN) \u2013 that uses an external input to steer the quills. CQURM-GAN is fast.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("CQURM-GAN");
    }

    @Test
    void promptingAfterACommaThatBringsSomethingAboutIsNoPromptLearning() {
        PaperExtraction x = extract("Large Quill Models for Quill Signals",
                "Large language models have achieved unprecedented success in text processing, prompting us to explore "
                        + "large quill models. Quill datasets are small, prompting the need for new tools.");
        assertThat(names(x, MentionKind.CONCEPT)).doesNotContain("prompt-learning");
        // (but a model prompted)
        PaperExtraction y = extract("Quill Summaries",
                "We break the input document into smaller chunks, prompting the LLM to merge and compress them.");
        assertThat(names(y, MentionKind.CONCEPT)).contains("prompt-learning");
    }

    @Test
    void aFamilyOfNamesOnOneShortFormIsNoEmphasisOfItsLetters() {
        PaperExtraction x = extract("Learning to design quill interactions",
                "First, we build QPIRef, a dataset of quill interactions. Second, we use the QPIRef dataset to train "
                        + "QPIformer on quills. We also introduce SDQedit, an editor built on an SDQ prior.");
        assertThat(names(x, MentionKind.METHOD)).contains("QPIformer", "SDQedit");
        // (capitals that spell another name from the words stay emphasis, and so does a short form glued to a noun)
        PaperExtraction y = extract("Quill Detection",
                "We present QUIVER: a framework for QUIlting Vision Encoders. We designed an NXTdata model for NXT. "
                        + "The XMLization of the corpus turns it into XML.");
        assertThat(names(y, MentionKind.METHOD)).doesNotContain("QUIlting", "NXTdata", "XMLization");
    }

    @Test
    void aNameSpelledWithOtherCapitalsInTheSameSentenceIsStillAName() {
        PaperExtraction x = extract("Quill Routing",
                "QuillMoE gets a speedup of 1.4x over QShard, and outperforms Qshard by 2.1 BLEU on quill texts.");
        assertThat(names(x, MentionKind.METHOD)).contains("QShard");
    }

    @Test
    void namedWeightInitialisationsAreKnownMethods() {
        PaperExtraction x = extract("Quill Initialisation",
                "Quill networks are set up with Xavier initialization, and their residual quills with Kaiming "
                        + "initialization; our quill scheme beats both.");
        assertThat(names(x, MentionKind.METHOD)).contains("Xavier initialization", "Kaiming initialization");
    }

    @Test
    void localSgdIsANamedMethodWhereSgdAloneIsTheConcept() {
        PaperExtraction x = extract("Quill Averaging", "We compare Local SGD with minibatch SGD on quill clients. "
                + "Under page skew, local SGD converges faster.");
        assertThat(names(x, MentionKind.METHOD)).contains("Local SGD", "local SGD").doesNotContain("SGD");
        assertThat(names(x, MentionKind.CONCEPT)).contains("stochastic-gradient-descent");
    }
}
