package org.paperkg.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paperkg.extract.Extractions.extract;
import static org.paperkg.extract.Extractions.names;

import org.junit.jupiter.api.Test;

/**
 * The names a paper's title gives, and the title words that name nothing.
 * Each case runs the real CoreNLP pipeline, loaded once per test JVM ({@link SharedExtractor}).
 */
class TitleNameExtractionTest {
    @Test
    void anActivityNamedAsATitleOrTypedByANounIsAMethodButAFieldIsNot() {
        PaperExtraction x = extract("Tuning chat models",
                "Contrastive Reward Ranking Optimization (CRRO) is compared with a new gradient noise estimation "
                        + "(GNE) method. We support the study of Multilingual Dialogue Pretraining (MDP). "
                        + "Self-supervised learning (SSL) and Bayesian optimization (BO) help as well.");
        assertThat(names(x, MentionKind.METHOD)).contains("CRRO", "GNE").doesNotContain("MDP", "SSL", "BO");
    }

    @Test
    void worksOnTitleAlone() {
        PaperExtraction x = extract("DeepZip: Diffusion Models for Compression", "");
        assertThat(names(x, MentionKind.PROPOSED)).containsExactly("DeepZip");
        assertThat(names(x, MentionKind.CONCEPT)).contains("diffusion-model");
    }

    @Test
    void aTitlePhraseOpenedByAGerundTheTaggerReadsAsANameIsNoName() {
        PaperExtraction x = extract("Visualising QuillNet Embeddings: some first results",
                "We project word-sense vectors to the plane and propose a new similarity measure on it.");
        assertThat(names(x, MentionKind.METHOD)).noneMatch(n -> n.startsWith("Visualising"));
        assertThat(names(x, MentionKind.PROPOSED)).isEmpty();
        PaperExtraction y = extract("Working Quill Networks: Augmenting Memory with Relations",
                "We add a relational module to memory networks.");
        assertThat(names(y, MentionKind.PROPOSED)).contains("Working Quill Networks");
        PaperExtraction z = extract("Building Rearticulable Quill Models for Arbitrary 3D Objects",
                "We build models of objects from point clouds.");
        assertThat(names(z, MentionKind.PROPOSED)).isEmpty();
    }

    @Test
    void aTitlePhraseThatTheAbstractPosesAsAProblemIsNoMethod() {
        PaperExtraction x = extract("Active Quill Adaptation: Theoretical Analyses and An Algorithm",
                "We propose the novel problem setting of active quill adaptation (AQA), which adds active learning. "
                        + "We then propose SimAQA, a simple algorithm for it.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("SimAQA").doesNotContain("Active Quill Adaptation");
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
    void aTitleCasePhraseWhoseInitialsAreANameOfThePaperSpellsItOut() {
        PaperExtraction x = extract("Lantern Route Planning: Scaling Agents through Space",
                "We plan with Lantern to Route Planning models conditioned on language (LRP). LRP is fast. This paper "
                        + "also presents an improved Quiet Cross-Modal Matching (named QCMM++).");
        assertThat(names(x, MentionKind.METHOD)).contains("LRP", "QCMM++")
                .doesNotContain("Lantern Route Planning", "Quiet Cross-Modal Matching");
        assertThat(names(x, MentionKind.PROPOSED)).contains("LRP");
    }

    @Test
    void aTitleOpeningWithAPrepositionNamesNothingBeforeItsColon() {
        PaperExtraction x = extract("In Quillality: Efficient Integration of Quill Facts for Answering",
                "We integrate facts about quills into a pretrained answerer and beat the baselines.");
        assertThat(names(x, MentionKind.PROPOSED)).isEmpty();
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("In Quillality");
        PaperExtraction named = extract("QuillFact: Efficient Integration of Quill Facts for Answering",
                "We integrate facts about quills into a pretrained answerer and beat the baselines.");
        assertThat(names(named, MentionKind.PROPOSED)).containsExactly("QuillFact");
        PaperExtraction inside = extract("Inside QUILLS: Exploring a Commonsense Store and its Use",
                "QUILLS is an automated pipeline for collecting commonsense facts from the web (Doe et al., 2021). "
                        + "In this demo, we present a portal that lets users browse its content.");
        assertThat(names(inside, MentionKind.PROPOSED)).isEmpty();
        assertThat(names(inside, MentionKind.METHOD)).containsExactly("QUILLS");
        PaperExtraction shouted = extract("INSIDE: Internal States of Quill Models Detect Their Errors",
                "We read the internal states of quill models to detect their errors.");
        assertThat(names(shouted, MentionKind.PROPOSED)).containsExactly("INSIDE");
        // (without a colon too)
        PaperExtraction towards = extract("Towards Foundational Quill Models for Molecular Learning",
                "We present QuillGraph, a library for training quill models.");
        assertThat(names(towards, MentionKind.PROPOSED)).containsExactly("QuillGraph");
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
    void aTitleNameMayEndInPluses() {
        PaperExtraction x = extract("RIVER++: Faster Implicit Video Codecs", "We improve the RIVER decoder.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("RIVER++");
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
    void aLongTitleCaseNameAfterATriggerIsTakenWhole() {
        PaperExtraction x = extract("Equivariant networks",
                "We introduce Quilted Group Equivariant Simplicial Message Passing Networks, a method for message "
                        + "passing on simplicial complexes.");
        assertThat(names(x, MentionKind.PROPOSED))
                .containsExactly("Quilted Group Equivariant Simplicial Message Passing Networks");
    }

    @Test
    void aKnownNameAfterAHyphenatedTitleCaseWordIsPartOfALongerName() {
        PaperExtraction x = extract("Classifying quill memes",
                "The authors proposed a hybrid neural Quill-Bayes Support Vector Machine for the task.");
        assertThat(names(x, MentionKind.PROPOSED)).doesNotContain("Support Vector Machine");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("Support Vector Machine");
        PaperExtraction y = extract("Classifying quill posts",
                "We compare our model with a Support Vector Machine trained on the same features.");
        assertThat(names(y, MentionKind.METHOD)).contains("Support Vector Machine");
    }

    @Test
    void aResultTheTitleAlsoWritesIsNoName() {
        PaperExtraction x = extract("Tighter Lower Bounds for Quill Shuffling",
                "For quill shuffling with random passes, we present lower bounds that are tighter than known ones.");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("lower bounds", "Lower Bounds");
        assertThat(names(x, MentionKind.PROPOSED)).doesNotContain("lower bounds", "Lower Bounds");
    }

    @Test
    void aTitleOpenedByTheKindOfPaperNamesNothing() {
        PaperExtraction x = extract("Keynote Abstract: Quills and their keepers",
                "This talk looks back at twenty years of quill keeping.");
        assertThat(names(x, MentionKind.PROPOSED)).isEmpty();
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("Keynote Abstract");
        PaperExtraction y = extract("QuillTalk: Talking quills", "We build QuillTalk, a quill that talks.");
        assertThat(names(y, MentionKind.PROPOSED)).containsExactly("QuillTalk");
    }

    @Test
    void anAdjectiveOfTheTitleBeforeAnotherIsNoName() {
        PaperExtraction x = extract("High-contrast quill images improve models of the cortex",
                "We propose high-contrast, binarized versions of natural images to train quill models.");
        assertThat(names(x, MentionKind.PROPOSED)).isEmpty();
        assertThat(names(x, MentionKind.METHOD)).isEmpty();
        PaperExtraction loop = extract("Human-in-the-loop: efficient quill learning",
                "We study quill learning with a human overseer and propose an optimistic algorithm.");
        assertThat(names(loop, MentionKind.PROPOSED)).isEmpty();
        PaperExtraction adverb = extract("Scale Efficiently: insights from pretraining quill models",
                "We present scaling insights from pretraining quill models. Results come as GIFs on our page.");
        assertThat(names(adverb, MentionKind.PROPOSED)).isEmpty();
        assertThat(names(adverb, MentionKind.METHOD)).isEmpty();
    }

    @Test
    void aTitleCaseNameThatEndsInAMappingAfterAWordOfItsOwnIsNoTask() {
        PaperExtraction x = extract("Quest navigation",
                "We evaluate on the Iterative Quill-to-Quest (IQ2Q) benchmarks. IQ2Q is hard. Recent text-to-quill "
                        + "(T2Q) models fail.");
        assertThat(names(x, MentionKind.DATASET)).contains("IQ2Q");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("T2Q");
    }

    @Test
    void aLowerCaseTitlePrefixThatTheAbstractOpensWithIsAName() {
        PaperExtraction x = extract("quillseq: A Fast, Extensible Toolkit for Sequence Modeling",
                "quillseq is an open-source sequence modeling toolkit that lets researchers train custom models. It "
                        + "runs on the Internet environments of the Quill Language Union (QLU), with LGBTQ+ web content and "
                        + "bioRxiv preprints, as a conjecture of COLT 2012 predicts.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("quillseq");
        assertThat(names(x, MentionKind.DATASET)).doesNotContain("Internet");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("QLU", "Internet", "LGBTQ+", "bioRxiv", "COLT");
    }

    @Test
    void aTitlePrefixCalledAFlawIsNoName() {
        PaperExtraction x = extract("Borrowed Mass: A Structural Weakness of Neural Quill Models",
                "Neural quill models apply a softmax to dot products. We show that this ordering leaves some words "
                        + "with little mass.");
        assertThat(names(x, MentionKind.PROPOSED)).doesNotContain("Borrowed Mass");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("Borrowed Mass");
        PaperExtraction y = extract("Quillformer: A Structural Model of Neural Quills", "We propose Quillformer.");
        assertThat(names(y, MentionKind.PROPOSED)).contains("Quillformer");
    }

    @Test
    void theAbstractsMentionsOfAPlainTitleNameTypeIt() {
        PaperExtraction x = extract("Quill-Chat: Engaging Grounded Conversations",
                "To achieve this goal, we collect a large corpus of dialogues. Our dataset, Quill-Chat, consists of 202k "
                        + "dialogues over 202k images.");
        assertThat(names(x, MentionKind.DATASET)).contains("Quill-Chat");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("Quill-Chat");
        PaperExtraction y = extract("Quiller: Sequentially-Dependent Draft Heads",
                "We propose Quiller heads, a drop-in replacement for standard draft heads. We further explore the design "
                        + "space and propose Quiller++, which decodes faster.");
        assertThat(names(y, MentionKind.PROPOSED)).contains("Quiller++");
    }

    @Test
    void aKindOfTrainingThatOpensTheTitleAndTheAbstractWritesInLowerCaseIsNoName() {
        PaperExtraction x = extract("Quilted Training: Small Boxes are All You Need",
                "Specialized training methods are used for guarantees. We propose QBOX, a novel quilted training "
                        + "method.");
        assertThat(names(x, MentionKind.METHOD)).contains("QBOX").doesNotContain("Quilted Training");
        PaperExtraction named = extract("Quilted Training: Small Boxes are All You Need",
                "We propose Quilted Training, a novel method for guarantees.");
        assertThat(names(named, MentionKind.METHOD)).contains("Quilted Training");
        PaperExtraction termed = extract("Quilted Tuning: State-based Scaling",
                "We introduce a novel state-based approach to scaling, which we term quilted tuning, for recurrent "
                        + "models.");
        assertThat(names(termed, MentionKind.PROPOSED)).contains("Quilted Tuning");
    }

    @Test
    void aSingleLetterBeforeTheTitlesColonIsNoName() {
        PaperExtraction x = extract("Q: How To Specialize Quill Models? A: Self-Train on Unlabeled Images!",
                "We introduce QuillTDA, a strategy for finetuning large models on small datasets.");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("Q", "A").contains("QuillTDA");
    }

    @Test
    void theTitlesOpeningWordsOfANameTheAbstractAbbreviatesWholeAreNoNameOfTheirOwn() {
        PaperExtraction x = extract("Dual Quill Encoder for Face Restoration",
                "Restoring faces is hard. We propose a novel dual-branch framework named DQEFR. DQEFR restores faces.");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("Dual Quill Encoder").contains("DQEFR");
        assertThat(names(x, MentionKind.PROPOSED)).contains("DQEFR");
    }

    @Test
    void aTitleCasePhraseEndingInCountingIsATaskNoName() {
        PaperExtraction x = extract("Quill counting in underwater scenes",
                "Crowd Quill Counting (CQC) is related to our task. We present QuillNet for it.");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("CQC").contains("QuillNet");
    }

    @Test
    void aTitlesTaskBeforeItsColonIsNoName() {
        PaperExtraction x = extract("Quill Sense Disambiguation: Towards Interactive Context Exploitation",
                "We propose a similarity-based Quill Aware Context Exploitation (QACE) architecture.");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("Quill Sense Disambiguation").contains("QACE");
    }

    @Test
    void aTitleNameThatReadsAsAClauseAfterANameIsASlogan() {
        PaperExtraction x = extract("QuillU Strikes Back: Exploiting Activation Sparsity in Language Models",
                "This study advocates for reinstating QuillU activation in large language models. We propose "
                        + "practical strategies to reduce inference computation.");
        assertThat(names(x, MentionKind.PROPOSED)).doesNotContain("QuillU Strikes Back");
        // (as does one that says what it goes without)
        PaperExtraction without = extract("QuillU Without Clipping: The Bounded Way",
                "We show that bounded layers make clipping needless and release a package for them.");
        assertThat(names(without, MentionKind.PROPOSED)).doesNotContain("QuillU Without Clipping");
        PaperExtraction name = extract("QuillNet Transformer: a model for quills",
                "We present a transformer for quills.");
        assertThat(names(name, MentionKind.PROPOSED)).contains("QuillNet Transformer");
    }

    @Test
    void aTitleThatOpensWithAnActivityTheAbstractWritesInLowerCaseNamesNothing() {
        PaperExtraction x = extract("Quilling: Past, Present and Future",
                "Where have we been? These days, quilling evolves bottom up, and tasks become more interesting.");
        assertThat(names(x, MentionKind.PROPOSED)).doesNotContain("Quilling");
        PaperExtraction named = extract("Extroquilling: enriching word vectors with lexicons",
                "We propose a post-processing method for enriching word representations, which we call "
                        + "extroquilling. The method consists of three steps.");
        assertThat(names(named, MentionKind.PROPOSED)).contains("Extroquilling");
    }

    @Test
    void aWayOfLearningInTitleCaseThatASentenceSaysAimsAtSomethingIsNoName() {
        PaperExtraction x = extract("Learning conditional attributes for compositional quill learning",
                "Compositional Zero-Shot Quill Learning (CZSQL) aims to train models to recognize novel compositions. "
                        + "Experiments on CZSQL benchmarks, including the QGQA dataset, show better performance.");
        assertThat(names(x, MentionKind.DATASET)).doesNotContain("CZSQL").contains("QGQA");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("CZSQL");
        PaperExtraction task = extract("Interpretable quill matching",
                "Quill Matching (QM) aims at recognizing quill records that denote the same object. Neural QM models "
                        + "match quills end-to-end.");
        assertThat(names(task, MentionKind.METHOD)).doesNotContain("QM");
    }

    @Test
    void plainWordsBeforeATitlesColonThatAStudyReportsOnAreItsTopic() {
        PaperExtraction x = extract("Individual Quill Styles: Evidence from a Spoken Chat Corpus",
                "I investigated a vector-space model of quill styles derived from the Switchboard corpus.");
        assertThat(names(x, MentionKind.PROPOSED)).doesNotContain("Individual Quill Styles");
        PaperExtraction results = extract("Quill Challenges: Results of the Accuracy Evaluation Shared Task",
                "The shared task on evaluating accuracy focused on techniques for quill texts.");
        assertThat(names(results, MentionKind.PROPOSED)).doesNotContain("Quill Challenges");
        PaperExtraction trends = extract("Compute-Efficient Quill Learning: Algorithmic Trends and Opportunities",
                "Although quill learning has made great progress, its costs are becoming unsustainable.");
        assertThat(names(trends, MentionKind.PROPOSED)).doesNotContain("Compute-Efficient Quill Learning");
        PaperExtraction coined = extract("QuillNet: A Study of Attention in Quill Models",
                "We study how attention heads of quill models behave.");
        assertThat(names(coined, MentionKind.PROPOSED)).contains("QuillNet");
    }

    @Test
    void aTeamAtADatedWorkshopInATitleIsTheTeam() {
        PaperExtraction x = extract("QUILL_NLP@QuillLangTech-EACL2021: Offensive Language Identification",
                "We describe our system for offensive language identification in code-mixed quill text.");
        assertThat(names(x, MentionKind.PROPOSED)).containsExactly("QUILL_NLP");
    }

    @Test
    void aTitleWordWhoseCapitalsSpellTheTitlesNameIsNoName() {
        PaperExtraction x = extract("QYSML: QuYlometry with Structure and Multitask Learning",
                "Darknet market forums are used to exchange illegal goods, and QYSML links their users.");
        assertThat(names(x, MentionKind.METHOD)).containsExactly("QYSML");
    }

    @Test
    void aTitleThatAnnouncesATaskNamesNoMethod() {
        PaperExtraction x = extract("Quill-Source Proposition-level Alignment: Task, Datasets and Supervised Baseline",
                "We propose establishing quill alignment as an explicit task and present a supervised baseline.");
        assertThat(names(x, MentionKind.METHOD)).isEmpty();
        assertThat(names(x, MentionKind.PROPOSED)).isEmpty();
    }

    @Test
    void aTitleThatOpensWithAStudyNamesNoMethod() {
        PaperExtraction x = extract("Comprehensive Study: How the Granularity of Quill Context Affects Tracking",
                "We study how quill context of different granularity affects dialogue state tracking.");
        assertThat(names(x, MentionKind.METHOD)).isEmpty();
    }

    @Test
    void aTitleThatOpensWithProblemsNamesNoMethod() {
        PaperExtraction x = extract("Quillity Problems: On Finding and Removing Artifacts in Quill Data",
                "We formalize this notion into a class of problems which we call quillity problems.");
        assertThat(names(x, MentionKind.METHOD)).isEmpty();
        assertThat(names(x, MentionKind.PROPOSED)).isEmpty();
    }

    @Test
    void aShoutedTitlesWordCountsOnlyWrittenAsAWordOfItsOwnInTheAbstract() {
        PaperExtraction x = extract("QUILLSTRIKE: A QUERY-EFFICIENT SPARSE QUILL STRIKE",
                "We develop the QUILLSTRIKE, a new, faster algorithm for the problem. Our DIY strike samples are "
                        + "public, and we reach a competitive J&F on DAVIS.");
        assertThat(names(x, MentionKind.METHOD)).containsExactly("QUILLSTRIKE");
    }

    @Test
    void aSharedTasksNameBeforeTheTitlesColonIsNoMethod() {
        PaperExtraction x = extract("QUILLEVAL 2021 Shared-Task: Towards Irony Detection in Quills",
                "This paper gives an overview of the shared task on quill irony. We received 27 submissions.");
        assertThat(names(x, MentionKind.METHOD)).isEmpty();
        assertThat(names(x, MentionKind.PROPOSED)).isEmpty();
        // (and a challenge of plain words)
        PaperExtraction challenge = extract("Surprise Quill Challenge: Building a Translation System in Two Months",
                "We describe how we built and evaluated a quill translation system for a surprise language.");
        assertThat(names(challenge, MentionKind.METHOD)).isEmpty();
        assertThat(names(challenge, MentionKind.PROPOSED)).isEmpty();
    }

    @Test
    void aSelectionBeforeTheTitlesColonIsATask() {
        PaperExtraction x = extract("Quill Parameter Selection: Why We Should Pay More Attention to It",
                "We show that the choice of quill parameters matters more than reported.");
        assertThat(names(x, MentionKind.PROPOSED)).isEmpty();
    }

    @Test
    void aTitlesTopicEndingInProcessingIsNoMethod() {
        PaperExtraction x = extract("Human Quill Processing: Recurrence or Attention?",
                "We compare recurrent and attention-based language models on human reading times.");
        assertThat(names(x, MentionKind.METHOD)).isEmpty();
    }

    @Test
    void aTitlesNameThatAMethodNounDescribesIsThatMethodThoughTheGazetteerKnowsAnother() {
        PaperExtraction x = extract("AVA: an Automatic eValuation Approach for Quill Answering Systems",
                "We introduce AVA, an automatic evaluation approach, which can estimate system Accuracy. AVA uses "
                        + "language models to encode question, answer and reference.");
        assertThat(names(x, MentionKind.METHOD)).containsExactly("AVA");
        assertThat(names(x, MentionKind.DATASET)).isEmpty();
    }

    @Test
    void anotherBeforeANameOpensASloganOfTheTitle() {
        PaperExtraction x = extract("Another QUILL: A Reproduction Study of a Quill Report Generation System",
                "We reproduce the human evaluation of QUILL, a football report generation system.");
        assertThat(names(x, MentionKind.PROPOSED)).isEmpty();
        assertThat(names(x, MentionKind.METHOD)).containsExactly("QUILL");
    }

    @Test
    void aTitlesAbbreviationListedAsNoNameIsTheNameWhereTheAbstractSpellsItOtherwise() {
        PaperExtraction x = extract("CO2: Consistent Contrast for Unsupervised Quill Learning",
                "To address this issue, we propose Consistent Contrast (CO2), which adds a consistency term.");
        assertThat(names(x, MentionKind.PROPOSED)).containsExactly("CO2");
    }

    @Test
    void twoTitleWordsGluedThatTheAbstractWritesApartAreNoName() {
        PaperExtraction x = extract("Few-Shot Quill Prediction with Multi-Grained Features and MutualInformation",
                "In this work we propose a framework with multi-grained features and mutual information for few-shot "
                        + "quill prediction.");
        assertThat(names(x, MentionKind.METHOD)).isEmpty();
    }

    @Test
    void aTitlesNameEndingInAnSThatTheTextNeverDropsIsNoPlural() {
        PaperExtraction x = extract("QUILLs: Audio Pre-Training with Acoustic Tokenizers",
                "We introduce a self-supervised learning framework QUILLs for general audio representation "
                        + "pre-training.");
        assertThat(names(x, MentionKind.METHOD)).containsExactly("QUILLs");
        assertThat(names(x, MentionKind.PROPOSED)).containsExactly("QUILLs");
    }

    @Test
    void aTitlesPlainWordsTheAbstractWritesInLowerCaseBeforeAMethodNounAreTheKind() {
        PaperExtraction x = extract("Quill Style Transfer: Leveraging a Style Classifier on Entangled Latents",
                "Learning a good latent representation is essential for quill style transfer. We propose a novel "
                        + "quill style transfer algorithm with entangled latent representation.");
        assertThat(names(x, MentionKind.PROPOSED)).isEmpty();
        assertThat(names(x, MentionKind.METHOD)).isEmpty();
    }

    @Test
    void aCommaBeforeTheNounOfATitlesDescriptionEndsNoPhrase() {
        PaperExtraction x = extract("QuillSumm: a very large-scale, very multilingual, news summarisation dataset",
                "Research in automatic summarisation is unapologetically anglo-centered. We release QuillSumm.");
        assertThat(names(x, MentionKind.DATASET)).containsExactly("QuillSumm");
        assertThat(names(x, MentionKind.METHOD)).isEmpty();
    }

    @Test
    void twoTitleWordsGluedThatTheAbstractHyphenatesInLowerCaseAreNoName() {
        PaperExtraction x = extract("QUAM: A Quill Annotation Scheme for Open Domain HumanMachine Conversations",
                "In this paper, we present a quill annotation scheme, QUAM, for open-domain human-machine "
                        + "conversations.");
        assertThat(names(x, MentionKind.METHOD)).containsExactly("QUAM");
    }

    @Test
    void aTitlesVenueIsNotWhatItsColonDescribes() {
        PaperExtraction x = extract("qu-il-hnt at QuillEval 2021: An Ensembling Strategy with Multiple Quill Models",
                "This paper describes our approach for the Shared Task of QuillEval 2021 to identify toxic comments.");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("QuillEval 2021");
    }

    @Test
    void aLowerCaseTitlePrefixThatTheAbstractNamesIsTheName() {
        PaperExtraction x = extract("quillo: A Fast Best-Subset Selection Library in Python and R",
                "We introduce a new library named quillo that implements a unified framework of best-subset "
                        + "selection. Particularly, quillo certifiably gets the optimal solution.");
        assertThat(names(x, MentionKind.METHOD)).contains("quillo");
        assertThat(names(x, MentionKind.PROPOSED)).contains("quillo");
    }

    @Test
    void anAdverbAndItsAdjectiveBeforeTheTitlesColonAreNoName() {
        PaperExtraction x = extract("Intrinsically Interlingual: The Qn Python Library for Wordnets",
                "This paper introduces Qnet, a new Python library for working with wordnets in many languages.");
        assertThat(names(x, MentionKind.PROPOSED)).doesNotContain("Intrinsically Interlingual");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("Intrinsically Interlingual");
    }

    @Test
    void aTitlesTaskOfClusteringIsNoName() {
        PaperExtraction x = extract("Quill Document Clustering: Wordnet vs. TF-IDF vs. Word Embeddings",
                "We compare several ways of representing documents for clustering, from TF-IDF to BERT embeddings.");
        assertThat(names(x, MentionKind.PROPOSED)).isEmpty();
        assertThat(names(x, MentionKind.DATASET)).isEmpty();
    }

    @Test
    void theAbstractsMentionsOfATitleNameOfPlainWordsTypeIt() {
        PaperExtraction x = extract("Memory Quill: Partially Observable Challenges to Memory-Based Agents",
                "Memory Quill is a novel benchmark for challenging agents to memorize events across long sequences. "
                        + "Memory Quill consists of three environments.");
        assertThat(names(x, MentionKind.DATASET)).containsExactly("Memory Quill");
        assertThat(names(x, MentionKind.METHOD)).isEmpty();
        assertThat(names(x, MentionKind.PROPOSED)).containsExactly("Memory Quill");
    }

    @Test
    void aTitleCaseTaskThatASentenceOpensWithAndSaysWhatItAimsAtIsNoMethod() {
        PaperExtraction x = extract("QuillFlow: faster quill frames",
                "Quill Frame Interpolation (QFI) aims to synthesize frames between two quill frames. Cross-lingual "
                        + "Quill Alignment (CQA) aims at matching quills across languages. We propose QuillFlow, which "
                        + "beats prior QFI and CQA methods.");
        assertThat(names(x, MentionKind.METHOD)).contains("QuillFlow").doesNotContain("QFI", "CQA");
    }

    @Test
    void aTitleSubjectLookedAtAgainIsNoNameWithItsParticiple() {
        PaperExtraction x = extract("QuillRED Revisited: A Thorough Evaluation of the QuillRED Task",
                "We revisit QuillRED, a large relation extraction dataset, and find many of its labels wrong.");
        assertThat(names(x, MentionKind.METHOD)).doesNotContain("QuillRED Revisited");
        assertThat(names(x, MentionKind.PROPOSED)).doesNotContain("QuillRED Revisited");
        assertThat(names(x, MentionKind.DATASET)).contains("QuillRED");
        PaperExtraction y = extract("QPG Reloaded: What Matters in Phasic Quill Gradients",
                "Methods built on a phasic quill gradient (QPG) framework do well on quill benchmarks.");
        assertThat(names(y, MentionKind.METHOD)).contains("QPG").doesNotContain("QPG Reloaded");
        assertThat(names(y, MentionKind.PROPOSED)).doesNotContain("QPG");
    }

    @Test
    void aHyphenatedWordInTitleCaseMayLendTheInitialOfItsFirstPartAlone() {
        PaperExtraction x = extract("Safe Quill Control",
                "We propose a new algorithm - Projection-Based Constrained Policy Optimization (PCPO), an iterative "
                        + "method that projects the quill back onto the constraint set. PCPO is fast.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("PCPO");
        // (not past a lower-case verb: "this paper proposes a Prospective-Performance Quill (PPQ)")
        PaperExtraction y = extract("Myopia in Quill Search",
                "This paper proposes a Prospective-Performance Quill (PPQ) to predict the future reward.");
        assertThat(x.aliases().get("PCPO")).contains("Projection-Based Constrained Policy Optimization");
        assertThat(y.aliases().get("PPQ")).containsExactly("Prospective-Performance Quill");
    }

    @Test
    void theTitlesNameOpeningALongerNameInTheAbstractIsThatLongerName() {
        PaperExtraction x = extract("Quill Pages: A Benchmark for Quill Captioning",
                "We propose Quill Pages Captioner, an entity-aware model for quill captioning. We also introduce "
                        + "Quill Pages, a large benchmark of quill images.");
        assertThat(names(x, MentionKind.PROPOSED)).contains("Quill Pages Captioner", "Quill Pages");
        assertThat(names(x, MentionKind.METHOD)).contains("Quill Pages Captioner");
    }
}
