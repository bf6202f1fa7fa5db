package org.paperkg.extract;

import static org.paperkg.extract.ProposalCues.AND_OR;
import static org.paperkg.extract.ProposalCues.EARLIER;
import static org.paperkg.extract.ProposalCues.ESTABLISHED;
import static org.paperkg.extract.ProposalCues.NAMELY;
import static org.paperkg.extract.ProposalCues.NAMING_VERBS;
import static org.paperkg.extract.ProposalCues.NOVELTY;
import static org.paperkg.extract.ProposalCues.TRIGGERS;
import static org.paperkg.extract.ProposalCues.anyBetween;
import static org.paperkg.extract.ProposalCues.authorsOwnAt;
import static org.paperkg.extract.ProposalCues.betweenAdjectives;
import static org.paperkg.extract.ProposalCues.conjoinedWithAMakingVerb;
import static org.paperkg.extract.ProposalCues.countsThings;
import static org.paperkg.extract.ProposalCues.inApposition;
import static org.paperkg.extract.ProposalCues.isTriggerVerb;
import static org.paperkg.extract.ProposalCues.namelyBefore;
import static org.paperkg.extract.ProposalCues.namesAThing;
import static org.paperkg.extract.ProposalCues.namesATopic;
import static org.paperkg.extract.ProposalCues.namesAnEstablishedThing;
import static org.paperkg.extract.ProposalCues.namingWordAt;
import static org.paperkg.extract.ProposalCues.novelAfterAnArticle;
import static org.paperkg.extract.ProposalCues.optionalWordInParentheses;
import static org.paperkg.extract.ProposalCues.passiveOfATrigger;
import static org.paperkg.extract.ProposalCues.subjectBefore;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Tells the names a paper introduces from the names it uses: "we propose X", "X, a novel …", "our X",
 * "called/dubbed X", a title's "X: …". Names after "than", "unlike", "against", "such as", and "X-based"
 * are uses, not proposals.
 */
final class ProposalFinder {
    private static final Set<String> CLAUSE_BREAKS = Set.of(",", ";", ":", "(", ")", "for", "by", "in", "on",
            "but", "into", "between", "among", "across");
    private static final Set<String> COMPARISONS = Set.of("than", "unlike", "against", "such", "e.g.", "including",
            "like", "outperform", "outperforms", "surpass", "surpasses", "compare", "compared", "versus", "vs", "vs.",
            "existing", "previous", "prior", "extend", "extends", "upon", "over", "beyond", "comparison",
            "comparisons");
    private static final Set<String> STOPS = Set.of("than", "unlike", "against", "over", "such", "e.g.", "e.g",
            "popular", "classical", "classic", "conventional", "traditional", "standard", "vanilla", "well-known",
            "celebrated", "seminal", "famous", "widely-used", "established", "off-the-shelf",
            "including", "like", "outperform", "outperforms", "surpass", "surpasses", "beat", "beats", "compare",
            "compared", "versus", "vs", "vs.", "existing", "previous", "prior", "extend", "extends", "upon", "from",
            "via", "through", "at", "during", "using", "use", "uses", "with", "based", "leverage", "leverages",
            "leveraging", "employ",
            "while", "whereas", "which", "that", "where", "to", "usage", "application", "deployment", "adoption",
            "integration", "combination", "adaptation", "version", "variant", "extension", "generalization",
            "generalisation", "modification", "analysis", "study", "investigation", "interpretation", "perspective",
            "view", "understanding");

    /** The number of a list item before its closing parenthesis: "1)", "(ii)", "(b)". */
    private static final java.util.regex.Pattern ITEM_NUMBER = java.util.regex.Pattern.compile("[1-9]|i{1,3}|iv|v|vi{1,3}|[a-f]");
    static final Set<String> BE = Set.of("is", "are", "was", "were");
    private static final Set<String> HAVE = Set.of("have", "has", "had", "having");
    static final Set<String> DASHES = Set.of("--", "---", "\u2014", "\u2013");
    /** Verbs that make an idea into a named method: "we implement this idea as X". */
    private static final Set<String> REALISING_VERBS = Set.of("implement", "instantiate", "realize", "realise",
            "materialize", "materialise");
    private static final Set<String> BEFORE_NAMING_VERB = Set.of("the", "a", "an", "it", "this", "them", "our");
    /** Adverbs before a naming verb that give a name someone already uses: "originally called", "commonly called". */
    private static final Set<String> NAMED_BY_OTHERS = Set.of("originally", "formerly", "previously", "commonly",
            "often", "sometimes", "usually", "traditionally", "conventionally", "popularly", "generally", "typically",
            "informally");
    /** Prepositions inside a description that a short form in parentheses closes. */
    private static final Set<String> DESCRIPTION_PREPOSITIONS = Set.of("of", "for", "in", "on", "with");
    /** Nouns of a variant, which a name right after them names: "a simplified version SHE". */
    private static final Set<String> VARIANT_NOUNS = Set.of("version", "variant", "extension", "generalization",
            "generalisation");
    /** Prepositions that make the name after them part of a longer subject: "a model based on BERT is introduced". */
    private static final Set<String> GOVERNING_PREPOSITIONS = Set.of("on", "of", "with", "from", "upon", "over",
            "than", "like", "at", "in");
    /** Prepositions after a participle of making that give the setting it is made in: "is proposed under X". */
    private static final Set<String> FRAMING_PREPOSITIONS = Set.of("under", "within");
    /** Participles after a noun that open what it uses: "a novel approach using X (Y)". */
    private static final Set<String> USING_PARTICIPLES = Set.of("using", "leveraging", "employing", "utilizing",
            "utilising", "exploiting", "applying", "adopting");
    /**
     * Nouns whose "of" phrase may name what is made: "a new family of X", "a suite of X", "the concept of X", "we
     * present an overview of X, a … system".
     */
    private static final Set<String> MAKING_OF_NOUNS = Set.of("family", "class", "suite", "set", "series",
            "collection", "kind", "type", "generation", "hierarchy", "concept", "notion", "idea", "paradigm",
            "overview", "description");
    /** Participles that make a name before them a modifier when written apart: "an MPC based protocol". */
    static final Set<String> MODIFIER_PARTICIPLES = Set.of("based", "driven", "guided", "inspired", "style",
            "like", "type", "aware", "enhanced", "augmented", "assisted", "powered", "free");
    private static final Set<String> INSTANCE_NOUNS = Set.of("instance", "instantiation", "implementation",
            "realization", "realisation", "variant", "example");
    /** Proposal rules that do not make a paper the author of a well-known name: "our compressed BERT", "a U-Net, a novel …". */
    private static final Set<String> WEAK_FOR_KNOWN_NAMES = Set.of("proposal.our", "proposal.apposition-novel-within",
            "proposal.passive", "proposal.passive-with-noun", "proposal.passive-list", "proposal.part-of-a-proposal",
            "proposal.apposition-after-novel");
    /** Words after a participle that describe the noun before it: "benchmarks designed to …", "… built by others". */
    private static final Set<String> PARTICIPLE_COMPLEMENTS = Set.of("to", "for", "by");
    /** Verbs whose "of" lists the parts of a thing: "consists of", "composed of". */
    private static final Set<String> MADE_OF_VERBS = Set.of("consist", "compose");

    private final Lexicon lexicon;

    ProposalFinder(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    List<Mention> find(AnnotatedText text, List<NameOccurrence> names, java.util.Map<String, java.util.Set<String>> aliases) {
        List<Mention> out = new ArrayList<>();
        // the name a title gives the paper's method speaks for the authors: "Adan … develops a new … method"
        Set<String> ownNames = new java.util.HashSet<>();
        for (NameOccurrence o : names) {
            if (o.source().equals("title-prefix")) {
                ownNames.add(o.name());
            }
        }
        Set<String> proposed = new java.util.HashSet<>();
        String title = text.title().toLowerCase(java.util.Locale.ROOT);
        Set<String> titleInitials = titleInitials(text);
        for (NameOccurrence o : names) {
            // (a technique named after its author is someone else's: "we use Nesterov acceleration", and so is a system
            // tested on, "the Lorenz system"; so is a well-known
            // technique written out in lower case, "we propose noise-damped classifier-free guidance", unless the title
            // names it)
            // (unless the authors name their own thing so: "Called the Gram iteration, our approach …")
            boolean eponym = o.source().equals(EponymFinder.SOURCE);
            String namedOwn = eponym ? namedBeforeTheAuthorsThing(o.sentence(),
                    o.sentence().tokenIndexAt(o.span().begin()), o.sentence().tokenIndexAt(o.span().end() - 1)) : null;
            if (insideAnotherName(o, names) || eponym && namedOwn == null
                    || o.source().equals(TestSystemFinder.SOURCE)
                    || writtenOutInLowerCase(o) && !title.contains(o.name().toLowerCase(java.util.Locale.ROOT))) {
                continue;
            }
            Set<String> longForms = aliases.getOrDefault(o.name(), java.util.Set.of());
            String rule = eponym ? namedOwn : rule(text, o, longForms, ownNames, titleInitials);
            if (rule != null && rule.equals("proposal.we-propose")
                    && (modifiedEarlierName(text, o, longForms) || modifiesANounAfterAnEarlierUse(text, o))) {
                rule = null;
            }
            // (a well-known name that the text renames stands for the kind of thing the new one is)
            if (rule != null && lexicon.lookup(o.name()) != null
                    && renamedAfterItsDefinition(o.sentence(), o.sentence().tokenIndexAt(o.span().end() - 1))) {
                rule = null;
            }
            // (and so does any that a capitalised name after "namely" renames: "we propose an efficient query-based
            // membership inference attack (MIA), namely Proximal Initialization Attack (PIA)")
            if (rule != null && namedAfterItsDefinition(o.sentence(), o.sentence().tokenIndexAt(o.span().end() - 1))) {
                rule = null;
            }
            // (nor is a name the text gives others' methods of a kind: "our new AL method" beside "other common AL
            // methods", "we develop decentralized AC … algorithms" beside "existing decentralized AC algorithms")
            if (rule != null && !rule.equals("proposal.title-prefix") && namesOthersMethodsOfAKind(text, o.name())) {
                rule = null;
            }
            // (and any that a name after its method noun and a comma renames: "a novel test-time refinement (TTR)
            // method, denoted as SfM-TTR")
            int close = endOfDefinition(o.sentence(), o.sentence().tokenIndexAt(o.span().end() - 1));
            if (rule != null && close >= 0 && namedInAppositionAfter(o.sentence(), close)) {
                rule = null;
            }
            // (nor one that only describes a noun that a naming participle then names: "we propose a new end-to-end
            // multi-person 3D Pose and Shape estimation framework with progressive Video Transformer, termed PSVT")
            if (rule != null && rule.equals("proposal.we-propose") && describesANounNamedAfter(o.sentence(),
                    o.sentence().tokenIndexAt(o.span().end() - 1))) {
                rule = null;
            }
            if (rule != null) {
                double confidence = rule.equals("proposal.title-prefix") || rule.equals("proposal.naming-phrase")
                        ? 0.85 : rule.equals("proposal.our") || rule.equals("proposal.the-proposed")
                                || rule.equals("proposal.the-resulting") ? 0.7 : 0.8;
                out.add(new Mention(MentionKind.PROPOSED, o.name(), text.covered(o.span().begin(), o.span().end()),
                        o.span(), o.sentence().index(), rule, confidence));
                proposed.add(o.name());
            }
        }
        // "we propose Online Spiking Renormalization (OSR) to ensure …, and Online Threshold Stabilizer (OTS) to
        // stabilize …": a name joined by "and" to a proposed one, each with its short form and its purpose, is proposed
        for (NameOccurrence o : names) {
            if (!proposed.contains(o.name()) && parallelToAProposal(text, o, out, aliases)) {
                out.add(new Mention(MentionKind.PROPOSED, o.name(), text.covered(o.span().begin(), o.span().end()),
                        o.span(), o.sentence().index(), "proposal.parallel-purpose", 0.75));
                proposed.add(o.name());
            }
        }
        // "Denoising Langevin Gibbs (DLG), an instance of DMCMC": an instance of a proposed method is proposed too
        for (NameOccurrence o : names) {
            if (!proposed.contains(o.name()) && instanceOfAProposal(o, proposed)) {
                out.add(new Mention(MentionKind.PROPOSED, o.name(), text.covered(o.span().begin(), o.span().end()),
                        o.span(), o.sentence().index(), "proposal.instance-of", 0.75));
            }
        }
        // "OmniQuant comprises two innovative components including Learnable Weight Clipping (LWC) and Learnable
        // Equivalent Transformation (LET)": the parts, each spelled out, that a proposal is made of are the paper's too
        for (NameOccurrence o : names) {
            if (!proposed.contains(o.name()) && listedPartOfAProposedName(text, o, proposed, aliases)) {
                out.add(new Mention(MentionKind.PROPOSED, o.name(), text.covered(o.span().begin(), o.span().end()),
                        o.span(), o.sentence().index(), "proposal.part-of", 0.75));
                proposed.add(o.name());
            }
        }
        // "variants of DRaFT: DRaFT-K, which …, and DRaFT-LV, which …": a variant of a proposed method listed beside
        // a proposed variant of it is proposed too
        for (NameOccurrence o : names) {
            if (!proposed.contains(o.name()) && siblingOfAProposedVariant(o, proposed, out)) {
                out.add(new Mention(MentionKind.PROPOSED, o.name(), text.covered(o.span().begin(), o.span().end()),
                        o.span(), o.sentence().index(), "proposal.sibling-variant", 0.75));
                proposed.add(o.name());
            }
        }
        // "our compressed BERT" is a version of a well-known model, not a proposal of it (unless the title names it,
        // "… with Implicit Q-Learning" introduces IQL, or a noun names it, "our final model S4D"); nor is what a
        // passive says was made, "WordNet was developed on SemCor"; and so is a known model in one of its sizes, "our
        // 2-bit DeiT-T/DeiT-S surpass …" (not a variant the paper names, "our S5-PTD model")
        out.removeIf(m -> WEAK_FOR_KNOWN_NAMES.contains(m.rule()) && knownOutsideTheTitle(m, title, aliases)
                && !afterAHeadNoun(text, m));
        // "we propose a … approach that relies on a … procedure to generate … from a large-scale language model
        // (BLOOM-176B)": a known name in parentheses closes the description of a thing the new one uses, not of it
        out.removeIf(m -> m.rule().equals("proposal.closing-description") && knownOutsideTheTitle(m, title, aliases));
        // "we propose three models: a German BERT transformer model; …": a known model for a language is one taken,
        // and a known resource after a language's name is an edition of it, "used while building the Turkish
        // FrameNet"
        out.removeIf(m -> !m.rule().equals("proposal.title-prefix")
                && (forALanguage(m.name()) || lexicon.lookup(m.name()) != null && afterALanguage(text, m)));
        // "the proposed Siamese DETR", "the proposed model, BERT pre-trained on …": a known name after "the proposed"
        // stands for a version of it, wherever the title or a noun names it
        out.removeIf(m -> m.rule().equals("proposal.the-proposed") && lexicon.lookup(m.name()) != null);
        // "Adversarial training (AT) is a powerful regularization method …" and then "the proposed AT model": a name
        // that a sentence opens with as a thing that is there stands in "the proposed X" or "our X" for what is used
        // (and in what the authors propose, as a word that modifies its noun: "Plug-and-play (PnP) is a non-convex
        // framework …" and then "we present a tuning-free PnP proximal algorithm")
        // (and wherever a verb of making governs it, unless the title names it: "Concept Bottleneck Models (CBM) are
        // inherently interpretable models …" and then "we are first to show how to construct high-performance CBMs")
        // (or names it: "Nesterov's accelerated gradient method (AGM) has been studied …", then "our new algorithm,
        // which we call the unified AGM")
        // (a title that names it only as what the paper's method is for does not name it the paper's: "TIPS: … Path
        // Sampling for Anytime Neural Networks" above "Anytime neural networks (AnytimeNNs) are a promising solution
        // …" and "a framework to automatically design AnytimeNNs")
        out.removeIf(m -> (m.rule().equals("proposal.the-proposed") || m.rule().equals("proposal.our")
                || m.rule().equals("proposal.the-resulting")
                || (m.rule().equals("proposal.we-propose") || m.rule().equals("proposal.naming-phrase"))
                        && (modifiesALowerCaseNoun(text, m) || !inTitle(title, m.name(), aliases.get(m.name()))
                                || inTitleOnlyAsWhatItIsFor(title, m.name(), aliases.get(m.name()))))
                && introducedAsEstablished(text, m.name(), aliases.get(m.name())));
        // (so does a short form of a task or field spelled out in lower case: "face anti-spoofing (FAS) models", then
        // "we formulate this FAS strategy of …")
        // (and "through the lens of neural architecture search (NAS)", then "our NAS method")
        out.removeIf(m -> (m.rule().equals("proposal.we-propose") || m.rule().equals("proposal.our"))
                && m.surface().equals(m.name()) && modifiesALowerCaseNoun(text, m)
                && spelledOutInLowerCase(aliases.get(m.name())));
        // (and its plural counts things of that kind: "semidefinite programming (SDP) techniques …", then "our
        // proposed SDPs generate less conservative bounds")
        out.removeIf(m -> (m.rule().equals("proposal.the-proposed") || m.rule().equals("proposal.our"))
                && m.surface().equals(m.name() + "s") && spelledOutInLowerCase(aliases.get(m.name())));
        // "after our proposed alignment procedure, BERT exhibits …": a known name that a verb follows opens the main
        // clause, it is no apposition to the noun before it
        out.removeIf(m -> m.rule().equals("proposal.apposition") && lexicon.lookup(m.name()) != null
                && followedByAFiniteVerb(text, m) && !inTitle(title, m.name(), aliases.get(m.name())));
        // "We present an approach utilizing an interpolative data augmentation method, Mixup, to …": a well-known
        // name in apposition to what the made thing uses is the used thing, not the made one
        out.removeIf(m -> m.rule().equals("proposal.apposition") && lexicon.lookup(m.name()) != null
                && usedAfterTheTrigger(text, m));
        // "we rely on a latent diffusion model termed Stable Diffusion": a well-known name that a naming participle
        // gives is the paper's only where the sentence makes or presents something ("we describe a prototype system
        // called Falcon") or the authors name it themselves ("the agent, which we refer to as Gato"), or the title
        // names it
        // (or the thing named is theirs: "Our main algorithm, called RANS, is efficient …")
        out.removeIf(m -> m.rule().equals("proposal.naming-phrase") && lexicon.lookup(m.name()) != null
                && !inTitle(title, m.name(), aliases.get(m.name()))
                && !ProposalCues.makesOrNamesActively(text.sentences().get(m.sentence()))
                && !namesAThingOfTheAuthors(text.sentences().get(m.sentence()), m));
        // "to construct NeRFs": a known name in the plural after a verb of making counts things of a known kind
        out.removeIf(m -> m.rule().equals("proposal.we-propose") && lexicon.lookup(m.name()) != null
                && m.surface().equals(m.name() + "s"));
        // "we collected the OPUS dataset": what is collected under its name with "the" was there to collect
        out.removeIf(m -> m.rule().equals("proposal.we-propose") && collectedAsItIs(text, m));
        // "we develop a Pointer Network capable of …": a known name right after the verb's "a" is one of a known kind
        out.removeIf(m -> m.rule().equals("proposal.we-propose") && lexicon.lookup(m.name()) != null
                && oneOfAKnownKind(text, m));
        // "a tighter analysis of spectral clustering", "we propose the Thompson sampling with … (E-TS) algorithm": a
        // classic algorithm is a tool the paper studies or builds on, never its proposal (unless the text gives its
        // letters to something else: "a novel mixture model which we term the Full Dependence Mixture (FDM) model")
        out.removeIf(m -> lexicon.isClassic(m.name()) && !redefinedByTheText(m.name(), aliases.get(m.name())));
        // "This work develops mixup for graph data", "we propose the cross-lingual manifold mixup (X-Mixup) method": a
        // well-known name written in lower case is the technique at large, which the paper applies or extends (unless
        // it opens the title, "mixup: Beyond …")
        out.removeIf(m -> !m.rule().equals("proposal.title-prefix") && lexicon.lookup(m.name()) != null
                && m.surface().chars().noneMatch(Character::isUpperCase));
        // "Visual-Linguistic BERT (VL-BERT for short)", "Memory Gym is a novel benchmark": a well-known name that ends
        // another name the paper proposes is what that name builds on (not the title's own name, nor one that opens the
        // other name, "Hyena Hierarchy", whose Hyena the paper proposes)
        Set<String> proposedNames = new java.util.HashSet<>();
        out.forEach(m -> proposedNames.add(m.name()));
        out.removeIf(m -> lexicon.lookup(m.name()) != null && !ownNames.contains(m.name())
                && proposedNames.stream().anyMatch(p -> !p.equals(m.name()) && Names.endsWithPart(p, m.name())));
        // "SemEval-2021 Task 2: …" above "we introduce the first SemEval task on …": a well-known campaign or
        // benchmark whose edition the paper proposes is no proposal of its own
        out.removeIf(m -> lexicon.lookup(m.name()) != null
                && proposedNames.stream().anyMatch(p -> editionOf(p, m.name())));
        return out;
    }

    /**
     * True when the name, used in an earlier sentence, modifies a plain noun in lower case here: "This study
     * introduces compchains, a categorization of … relations present within a UD parse" after "a Universal Dependency
     * (UD) parse" names what the new thing works on (not a method or data noun: "we introduce the UD corpus").
     */
    private static boolean modifiesANounAfterAnEarlierUse(AnnotatedText text, NameOccurrence o) {
        Sentence s = o.sentence();
        int last = s.tokenIndexAt(o.span().end() - 1);
        if (last + 1 >= s.size() || s.token(last).end() != o.span().end()) {
            return false;
        }
        Token next = s.token(last + 1);
        // (a verb's base form after an article and the name is a noun the tagger misread: "a UD parse/VB")
        int first = s.tokenIndexAt(o.span().begin());
        boolean afterAnArticle = first >= 1 && TypeCues.ARTICLES.contains(s.token(first - 1).lower());
        // (a long form written in lower case modifies an adjective too: "we introduce a zero-order distributed
        // optimization method" after "Zero-order (ZO) optimization is …")
        String surface = text.covered(o.span().begin(), o.span().end());
        boolean lowerCaseLongForm = !surface.equals(o.name())
                && surface.equals(surface.toLowerCase(java.util.Locale.ROOT));
        boolean noun = next.pos().startsWith("NN") || afterAnArticle && next.pos().equals("VB")
                || lowerCaseLongForm && (next.pos().startsWith("JJ") || next.pos().equals("VBN"));
        boolean plainNoun = noun && next.word().chars().allMatch(Character::isLowerCase)
                && !TypeCues.METHOD_HEADS.contains(next.lemma()) && !TypeCues.DATASET_HEADS.contains(next.lemma());
        return plainNoun && occurrences(text, o.name(), text.titleLength()).stream()
                .anyMatch(m -> m.sentence().index() < s.index());
    }

    /**
     * "we propose a theory-inspired path-regularized DARTS" after "… are selected by DARTS", "we propose 1-bit Adam"
     * after "optimizers like Adam", "we propose backward SeqKD" after "… distillation (SeqKD)": a hyphenated modifier
     * or an adjective before a name the abstract already used, or before a well-known name, makes a variant of it,
     * which is what is proposed; before its long form too, "we propose an optimistic trust region policy optimization
     * (TRPO) algorithm".
     */
    private boolean modifiedEarlierName(AnnotatedText text, NameOccurrence o, Set<String> longForms) {
        Sentence s = o.sentence();
        // (the long form the known name has, not one that redefines its letters: "an efficient adversarial attack
        // algorithm (ARC)" is no variant of the ARC benchmark)
        Set<String> knownLongForms = new java.util.HashSet<>(longForms);
        knownLongForms.removeIf(l -> !lexicon.spellsOut(o.name(), l));
        int first = startOfLongForm(text, s, s.tokenIndexAt(o.span().begin()), knownLongForms);
        if (first < 1) {
            return false;
        }
        String before = s.token(first - 1).word();
        boolean hyphenatedModifier = before.indexOf('-') > 0 && !Character.isUpperCase(before.charAt(0))
                && !s.token(first - 1).pos().startsWith("NN");
        // (or an adjective of its own, "we propose backward SeqKD" after "sequence-level knowledge distillation
        // (SeqKD)", a participle too, "we propose a reversed Fast Gradient Sign Method (FGSM)"; not one of novelty,
        // "we propose a new X")
        String tag = s.token(first - 1).pos();
        boolean adjective = (tag.startsWith("JJ") || tag.equals("VBN")) && Character.isLowerCase(before.charAt(0))
                && !ProposalCues.NOVELTY.contains(s.token(first - 1).lower()) && !isTriggerVerb(s, first - 1);
        // (a well-known name needs no earlier use: "we propose equivariant DQN and SAC algorithms"; but a noun before
        // the modifier makes a name for a thing of the paper's own, "a model selection metric ARC", tagged JJ)
        // (or a number, "we propose 0/1 Adam")
        boolean number = s.token(first - 1).pos().equals("CD") && before.chars().anyMatch(Character::isDigit);
        if (!hyphenatedModifier && !adjective && !number) {
            return false;
        }
        boolean afterANoun = first >= 2 && s.token(first - 2).pos().startsWith("NN");
        if (!afterANoun && lexicon.lookup(o.name()) != null) {
            return true;
        }
        int earlier = text.text().indexOf(text.covered(o.span().begin(), o.span().end()), text.titleLength());
        return earlier >= 0 && earlier < s.begin();
    }

    /** A well-known name of several words written in lower case: "batch normalization", "classifier-free guidance". */
    private static boolean writtenOutInLowerCase(NameOccurrence o) {
        return o.source().equals("gazetteer") && o.name().indexOf(' ') > 0 && Character.isLowerCase(o.name().charAt(0));
    }

    /** "our final model S4D", "our method, X": the name follows a method or dataset noun. */
    private static boolean afterAHeadNoun(AnnotatedText text, Mention m) {
        Sentence s = text.sentences().get(m.sentence());
        int k = s.tokenIndexAt(m.span().begin()) - 1;
        if (k > 0 && (s.token(k).word().equals(",") || s.token(k).word().equals("("))) {
            k--;
        }
        return k >= 0 && (TypeCues.METHOD_HEADS.contains(s.token(k).lemma()) || TypeCues.DATASET_HEADS.contains(s.token(k).lemma()));
    }

    /** True when a finite verb comes right after the mention: "…, BERT exhibits", the subject of the main clause. */
    private static boolean followedByAFiniteVerb(AnnotatedText text, Mention m) {
        Sentence s = text.sentences().get(m.sentence());
        int next = s.tokenIndexAt(m.span().end() - 1) + 1;
        return next < s.size() && TypeCues.FINITE_VERB_TAGS.contains(s.token(next).pos());
    }

    /** True when a participle of using stands between the sentence's last proposal trigger and the mention. */
    private static boolean usedAfterTheTrigger(AnnotatedText text, Mention m) {
        Sentence s = text.sentences().get(m.sentence());
        for (int k = s.tokenIndexAt(m.span().begin()) - 1; k >= 0; k--) {
            if (USING_PARTICIPLES.contains(s.token(k).lower())) {
                return true;
            }
            if (TRIGGERS.contains(s.token(k).lemma())) {
                return false;
            }
        }
        return false;
    }

    /** True when there are long forms and all are in lower case: "face anti-spoofing". */
    private static boolean spelledOutInLowerCase(Set<String> longForms) {
        return longForms != null && !longForms.isEmpty()
                && longForms.stream().allMatch(l -> l.equals(l.toLowerCase(java.util.Locale.ROOT)));
    }

    /** True when a lower-case noun or adjective follows the mention: "PnP proximal algorithm". */
    private static boolean modifiesALowerCaseNoun(AnnotatedText text, Mention m) {
        Sentence s = text.sentences().get(m.sentence());
        int next = s.tokenIndexAt(m.span().end() - 1) + 1;
        return next < s.size() && Character.isLowerCase(s.token(next).word().charAt(0))
                && (s.token(next).pos().startsWith("NN") || s.token(next).pos().startsWith("JJ"));
    }

    /** True for a well-known name, or a known model in one of its sizes, that the title (lower-cased) does not name. */
    private boolean knownOutsideTheTitle(Mention m, String title, java.util.Map<String, Set<String>> aliases) {
        return (lexicon.lookup(m.name()) != null || sizeOfAKnownModel(m.name()))
                && !inTitle(title, m.name(), aliases.get(m.name()));
    }

    private static boolean inTitle(String title, String name, Set<String> longForms) {
        return title.contains(name.toLowerCase(java.util.Locale.ROOT)) || (longForms != null
                && longForms.stream().anyMatch(f -> title.contains(f.toLowerCase(java.util.Locale.ROOT))));
    }

    /** True when "collect the" stands right before the mention: "we collected the OPUS dataset". */
    private static boolean collectedAsItIs(AnnotatedText text, Mention m) {
        Sentence s = text.sentences().get(m.sentence());
        int k = s.tokenIndexAt(m.span().begin());
        return k >= 2 && s.token(k - 1).lower().equals("the") && s.token(k - 2).lemma().equals("collect")
                && s.token(k - 2).pos().startsWith("VB");
    }

    /** True when a language's name stands right before the mention: "the Turkish FrameNet". */
    private boolean afterALanguage(AnnotatedText text, Mention m) {
        Sentence s = text.sentences().get(m.sentence());
        int k = s.tokenIndexAt(m.span().begin());
        return k >= 1 && lexicon.isLanguage(s.token(k - 1).word());
    }

    /** True when "a" or "an" stands between a trigger verb and the mention: "we develop a Pointer Network". */
    private static boolean oneOfAKnownKind(AnnotatedText text, Mention m) {
        Sentence s = text.sentences().get(m.sentence());
        int k = s.tokenIndexAt(m.span().begin());
        return k >= 2 && TypeCues.INDEFINITE_ARTICLES.contains(s.token(k - 1).lower())
                && TRIGGERS.contains(s.token(k - 2).lemma()) && s.token(k - 2).pos().startsWith("VB");
    }

    /** Properties a title studies of a thing, before "of": "Optimality of Thompson Sampling with …". */
    private static final List<String> STUDIED_PROPERTIES = List.of("optimality of ", "convergence of ",
            "analysis of ", "complexity of ", "robustness of ", "limitations of ", "expressivity of ",
            "expressive power of ");

    /**
     * True when the title writes the name or a long form of it, and each time right after "for " or after a property
     * it studies of it ("Optimality of Thompson Sampling …" above "a policy called Thompson sampling (TS) has shown
     * excellent performance").
     */
    private static boolean inTitleOnlyAsWhatItIsFor(String title, String name, Set<String> longForms) {
        boolean written = false;
        List<String> forms = new ArrayList<>(longForms == null ? Set.of() : longForms);
        forms.add(name);
        for (String form : forms) {
            String lower = form.toLowerCase(java.util.Locale.ROOT);
            for (int at = title.indexOf(lower); at >= 0; at = title.indexOf(lower, at + 1)) {
                // (as a word of its own: not the "ts" of "bandits")
                int end = at + lower.length();
                if (at > 0 && Character.isLetterOrDigit(title.charAt(at - 1))
                        || end < title.length() && Character.isLetterOrDigit(title.charAt(end))) {
                    continue;
                }
                String before = title.substring(0, at);
                if (!title.startsWith("for ", at - 4) && STUDIED_PROPERTIES.stream().noneMatch(before::endsWith)) {
                    return false;
                }
                written = true;
            }
        }
        return written;
    }

    /** The base of a variant's name, before its last hyphen ("DRaFT" of "DRaFT-LV"), or null. */
    private static String variantBase(String name) {
        int hyphen = name.lastIndexOf('-');
        return hyphen > 0 && hyphen < name.length() - 1 ? name.substring(0, hyphen) : null;
    }

    private static boolean siblingOfAProposedVariant(NameOccurrence o, Set<String> proposed, List<Mention> found) {
        String base = variantBase(o.name());
        if (base == null || !proposed.contains(base)) {
            return false;
        }
        for (Mention m : found) {
            if (m.sentence() == o.sentence().index() && !m.name().equals(o.name()) && base.equals(variantBase(m.name()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the name is written as part of another's: "Radon Transform" inside "we introduce Hierarchical Radon
     * Transform (HRT)" is the name of what the new method builds on, not of what is introduced.
     */
    private static boolean insideAnotherName(NameOccurrence o, List<NameOccurrence> names) {
        for (NameOccurrence other : names) {
            if (!other.name().equals(o.name()) && other.span().length() > o.span().length()
                    && other.span().begin() <= o.span().begin() && o.span().end() <= other.span().end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The token after a name that ends at {@code last}, past the parenthesis that closes around a short form and a
     * parenthesised group after it: "DLG" in "Denoising Langevin Gibbs (DLG), an …" is followed by the comma.
     */
    private static int afterTheName(Sentence s, int last) {
        return TypeCues.pastParentheses(s, last + 1 < s.size() && s.token(last + 1).word().equals(")") ? last + 2 : last + 1);
    }

    /** Words that may follow the noun of data of a title's "The X Corpus" besides a colon, a comma or a dash. */
    private static final Set<String> AFTER_NAMED_DATA = Set.of("of", "for", "in", "with", "on", "from");

    /**
     * "Discourse Structure and Dialogue Acts in Multiparty Dialogue: the STAC Corpus", "The ASK Corpus - a Language
     * Learner Corpus of …", "Idioms in Context: The IDIX Corpus": "the", a name and a noun of data that open the title
     * or a part of it name the data the paper brings, wherever the name is found, in the title or, where the title's
     * capitals say nothing, in the abstract ("…: the Dakshina Dataset"); not a noun of data that modifies another,
     * "The American National Corpus Model" (a name the gazetteer knows is asked before).
     */
    private static boolean namedDataInTheTitle(AnnotatedText text, NameOccurrence o) {
        String[] words = Names.WHITESPACE.split(o.name());
        for (Sentence s : text.sentences()) {
            if (!text.inTitle(s.begin())) {
                break;
            }
            for (int first = 1; first + words.length < s.size(); first++) {
                if (spelledAt(s, first, words) && namedDataAt(text, s, first, first + words.length - 1)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True when the tokens from {@code first} are the words given. */
    private static boolean spelledAt(Sentence s, int first, String[] words) {
        for (int k = 0; k < words.length; k++) {
            if (!s.token(first + k).word().equals(words[k])) {
                return false;
            }
        }
        return true;
    }

    /** True when "the" comes before the title's words from {@code first} to {@code last} and a noun of data after. */
    private static boolean namedDataAt(AnnotatedText text, Sentence s, int first, int last) {
        if (!s.token(first - 1).lower().equals("the")
                || first >= 2 && !opensAPartOfTheTitle(s.token(first - 2).word())) {
            return false;
        }
        int noun = last + 1;
        boolean dataSet = s.token(noun).lower().equals("data") && noun + 1 < s.size()
                && s.token(noun + 1).lower().equals("set");
        if (!TypeCues.DATA_ONLY_NOUNS.contains(s.token(noun).lower()) && !dataSet) {
            return false;
        }
        int after = dataSet ? noun + 2 : noun + 1;
        return after >= s.size() || !text.inTitle(s.token(after).begin()) || opensAPartOfTheTitle(s.token(after).word())
                || s.token(after).word().equals(",") || AFTER_NAMED_DATA.contains(s.token(after).lower());
    }

    /** A colon or a dash: "…: the STAC Corpus", "CoRoLa — The Reference Corpus of …". */
    private static boolean opensAPartOfTheTitle(String word) {
        return word.equals(":") || TypeCues.DASH_TOKENS.contains(word);
    }

    /** True when an apposition after the name calls it an instance (a variant, an implementation) of a proposed name. */
    private static boolean instanceOfAProposal(NameOccurrence o, Set<String> proposed) {
        Sentence s = o.sentence();
        int k = afterTheName(s, s.tokenIndexAt(o.span().end() - 1));
        return k + 4 < s.size() && s.token(k).word().equals(",") && TypeCues.INDEFINITE_ARTICLES.contains(s.token(k + 1).lower())
                && INSTANCE_NOUNS.contains(s.token(k + 2).lemma()) && s.token(k + 3).lower().equals("of")
                && proposed.contains(Names.singular(s.token(k + 4).word()));
    }

    private String rule(AnnotatedText text, NameOccurrence o, java.util.Set<String> longForms, Set<String> ownNames,
                        Set<String> titleInitials) {
        if (o.source().equals("title-prefix")) {
            return proposedEarlierByOthers(text, o.name()) ? null : "proposal.title-prefix";
        }
        // (whether the gazetteer knows the name: the rules below ask it in turn)
        boolean known = lexicon.lookup(o.name()) != null;
        // "Neighborhood Attention Transformer" as the title and "We further present Neighborhood Attention Transformer
        // (NAT)": a short form of the whole title names what the paper is about
        if (spelledOutByTheTitle(text, longForms) && !proposedEarlierByOthers(text, o.name())
                && !studiedAsATask(text, longForms)) {
            return "proposal.title-long-form";
        }
        if (definedAsTheTitlesHead(text, o) && !proposedEarlierByOthers(text, o.name())
                && !outperformedInTheText(text, o.name())) {
            return "proposal.title-head-long-form";
        }
        // "PAC-Bayes Information Bottleneck" as the title and "…, namely PIB", "Coin Flipping Neural Networks" and
        // "we call such networks …, or CFNNs": a new name whose capitals are the initials of the title's words
        if (!known && spelledByTheTitlesInitials(o.name(), titleInitials)
                && !proposedEarlierByOthers(text, o.name())) {
            return "proposal.title-initials";
        }
        if (!known && namedDataInTheTitle(text, o)) {
            return "proposal.title-named-data";
        }
        Sentence s = o.sentence();
        int first = s.tokenIndexAt(o.span().begin());
        int last = s.tokenIndexAt(o.span().end() - 1);
        int longFormStart = startOfLongForm(text, s, first, longForms);
        boolean namedWithItsNoun = namedWithItsMethodNoun(s, longFormStart, first, last);
        if ((!namesTheNounAfterIt(s, first, last) && !shortFormOfAMethodNoun(s, longFormStart, first, last)
                && !newNameBeforeItsNoun(o, s, first, last, longForms) && !namedWithItsNoun
                && modifiesANoun(o, s, first, last))
                || (!namedWithItsNoun && termsModifyANoun(o, s, last, longForms))
                // "a new Semi-Supervised VQA-NLE via Self-Critical Learning (S3C)": a name inside a longer title-case name
                || TypeCues.continuesTitleCaseName(s, last + 1)
                || knownNameBeforeAMethodNoun(o, s, first, last)
                // "a new Image Signal Processor (ISP) estimation method": the short form names what the method acts on
                || first >= 1 && s.token(first - 1).word().equals("(") && last + 1 < s.size()
                        && s.token(last + 1).word().equals(")") && objectOfTheNewMethod(s, last + 2)
                // "an extensible and lightweight VFL framework VFLAIR": the name after the noun is what is proposed
                || beforeAMethodNounThatANameFollows(s, last)
                // "our personalized QR system" after "Query rewrite (QR)": the system is for the task the name stands for
                || (namesATaskPlainly(longForms) && last + 1 < s.size()
                        && TypeCues.METHOD_HEADS.contains(s.token(last + 1).lemma())
                        && !definedWhereProposed(text, longForms, ownNames))
                // (so is one right after the short form of a correction task's common name that it defines: "We
                // develop a grammatical error correction (GEC) system")
                || taskDefinedBeforeAMethodNoun(s, first, last, longForms)) {
            return null;
        }
        // "the resulting IRLS variant", "this IRLS variant": what is new is the variant an earlier name modifies (not
        // a new name, "We present a more expensive SimRFs+ variant")
        if (last + 1 < s.size() && VARIANT_NOUNS.contains(s.token(last + 1).lemma())
                && namedInAnEarlierSentence(text, o.name(), s)) {
            return null;
        }
        if (calledAKnownThing(s, first) || calledAKnownThing(s, longFormStart)
                || calledAUsedThing(s, first) && known) {
            return null; // "… in the context of the belief theory called Subjective Logic (SL)"
        }
        if (namedByCitedAuthors(s, last)) {
            return null; // "… was coined Theory of Mind (ToM) by Premack & Woodruff (1978)"
        }
        String rule = proposedAfterTheName(s, first, last);
        if (rule == null && longFormStart < first && proposedBeforeItsLongForm(s, longFormStart)) {
            rule = "proposal.the-proposed";
        }
        // "We apply the same principle to generate images. The resulting fast weight painters (FPAs) learn to …": what
        // the authors' construction results in, named where the sentence opens (not a known name, "The resulting
        // Bidirectional Encoder Representations from Transformers (BERT)")
        if (rule == null && !known && longFormStart < first && resultingBeforeItsLongForm(s, longFormStart)) {
            rule = "proposal.the-resulting";
        }
        // (not a passive that opens the abstract, names no authors and calls nothing new, where the authors propose in
        // a later sentence: "Query Rewriting (QR) is proposed to solve …. In this paper, we propose Geo-BERT …")
        if (rule != null && rule.equals("proposal.passive") && setsTheSceneForTheAuthors(text, s)) {
            return null;
        }
        if (rule != null) {
            return rule;
        }
        int nameStart = first;
        first = longFormStart;
        // (not a name that opens a clause after a colon or comma: "We propose a number of explanations for these
        // findings: LXMERT (and to some extent ViLBERT) show …")
        if (!opensAClause(s, last)) {
            rule = appositionAfterTrigger(s, first, ownNames, first != nameStart, shortNameOfAPhrase(s, last));
            if (rule == null) {
                rule = enumeratedAfterTrigger(s, first, ownNames);
            }
            if (rule == null) {
                rule = listedAfterACountedObject(s, first, ownNames);
            }
        }
        if (rule == null) {
            rule = namingPhrase(s, first);
        }
        if (rule == null) {
            rule = implementedAs(s, first, ownNames);
        }
        if (rule == null) {
            rule = ours(s, first, last);
        }
        if (rule == null) {
            int listStart = startOfNameList(s, first);
            if (listStart < first) {
                rule = ours(s, listStart, last); // "our new methods, X, Y and Z"
            }
        }
        if (rule == null) {
            rule = appositionNovel(s, first, last);
        }
        if (rule == null && !known && Names.isCoined(o.name())) {
            rule = whatResults(s, first, last, text.covered(o.span().begin(), o.span().end()), o.name());
        }
        if (rule == null) {
            rule = namedBeforeTheAuthorsThing(s, first, last);
        }
        // (a name the text gave before is no result of the authors' work: "deep directed graphical models (DGMs)",
        // then "…, resulting in a compact DGM")
        if (rule == null && !namedInAnEarlierSentence(text, o.name(), s)) {
            rule = whatTheAuthorsWorkResultsIn(s, first);
        }
        if (rule == null) {
            rule = includedInOurMethods(s, first);
        }
        if (rule == null) {
            rule = afterANovelMethodOfTheAuthors(s, first);
        }
        if (rule == null) {
            rule = partOfAProposal(text, o.name(), s, first, ownNames);
        }
        if (rule == null) {
            rule = componentListedAfterAColon(text, o.name(), s, first, nameStart, ownNames);
        }
        if (rule == null) {
            rule = definedAfterANovelPhrase(s, nameStart, last, o.name());
        }
        if (rule == null) {
            rule = proposedInItsClause(s, first, last, ownNames, known, longForms.isEmpty());
        }
        if (rule == null && !known && !namedInAnEarlierSentence(text, o.name(), s)) {
            rule = meansOfAProposedMethod(s, first, nameStart, ownNames);
        }
        if (rule == null && !known && longForms.isEmpty() && Names.isCoined(o.name())) {
            rule = closesTheDescriptionOfANewThing(s, first, last, ownNames);
        }
        if (rule == null && !known) {
            rule = describedAndDefined(s, nameStart, last);
        }
        if (rule == null && !known) {
            rule = otherNameAfterOr(s, nameStart, last, ownNames);
        }
        if (rule == null && !known && longForms.isEmpty()) {
            rule = newDataNamed(s, nameStart, last);
        }
        return rule != null ? rule : novelAppositionAfterAList(s, first, last);
    }

    /**
     * True for a title's opening description of a method ("Graph Generative Model for Benchmarking …") that the
     * abstract never writes as the title does, where the abstract proposes a coined name in a sentence that holds the
     * description's head noun: "we introduce a novel graph generative model, Computation Graph Transformer (CGT)",
     * "This paper introduces the HEAT model" under "Hybrid Energy Based Model in the Feature Space for …". The title
     * describes that name's method, which has no other name (not a part the abstract defines, "we first define a
     * tree-structured permutation (TSP)" under "Discrete Tree Flows via …").
     */
    static boolean describesAnotherProposal(AnnotatedText text, NameOccurrence o, List<Mention> proposed) {
        // (asked of every name of the paper: the cheap checks first)
        if (!o.source().equals("title-prefix") || !text.inTitle(o.span().begin()) || o.name().indexOf(' ') < 0) {
            return false;
        }
        Sentence title = o.sentence();
        int last = title.tokenIndexAt(o.span().end() - 1);
        if (title.tokenIndexAt(o.span().begin()) != 0 || last + 1 >= title.size()
                || !TitleNameFinder.TITLE_LINKS.contains(title.token(last + 1).lower())) {
            return false;
        }
        // (written in lower case, it is a description: "a novel graph generative model, Computation Graph Transformer")
        String stem = Names.withoutPluralS(Names.spaceHyphensBetweenLetters(o.name()));
        if (Names.spaceHyphensBetweenLetters(text.text().substring(text.titleLength())).contains(stem)) {
            return false;
        }
        String head = Names.withoutPluralS(title.token(last).lower());
        for (Mention m : proposed) {
            if (m.name().equals(o.name()) || !Names.isCoined(m.name()) || text.inTitle(m.span().begin())) {
                continue;
            }
            Sentence s = text.sentences().get(m.sentence());
            for (Token t : s.tokens()) {
                if (Names.withoutPluralS(t.lower()).equals(head)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Nouns of data that "a new" or "a novel" makes the paper's own, with the name they come with. */
    private static final Set<String> NEW_DATA_NOUNS = Set.of("dataset", "benchmark", "corpus", "treebank", "testbed");

    /**
     * "evaluate on a novel AnimeRecon benchmark of …", "in a new Police Violence Frames Corpus of 82k articles",
     * "experiments on … and a new large-scale benchmark ImageNet-PI", "with a new English language dataset, ZEST":
     * data that "a new" or "a novel" brings with a name is the paper's own, whatever verb governs it (none of the
     * authors' is needed), unless someone else is the subject or a work is cited in the clause.
     */
    private static String newDataNamed(Sentence s, int first, int last) {
        int noun = NEW_DATA_NOUNS.contains(s.token(last).lower()) ? last
                : last + 1 < s.size() && NEW_DATA_NOUNS.contains(s.token(last + 1).lemma()) ? last + 1 : -1;
        // (not where the noun has a name of its own after it: "on a new Bash dataset tldr" names the data tldr, "a new
        // French Machine Reading dataset, called CALOR-QUEST" names it CALOR-QUEST)
        if (noun >= 0 && noun + 1 < s.size() && (s.token(noun + 1).pos().startsWith("NN")
                || s.token(noun + 1).word().equals(",") && noun + 2 < s.size()
                        && (ProposalCues.namingWordAt(s, noun + 2)
                                || Character.isUpperCase(s.token(noun + 2).word().charAt(0))))) {
            return null;
        }
        int k = first - 1;
        if (noun < 0) {
            // the noun before the name, with a naming word or a comma between: "benchmark ImageNet-PI", "dataset, ZEST"
            if (k >= 0 && ProposalCues.namingWordAt(s, k)) {
                k--;
            }
            if (k >= 0 && s.token(k).word().equals(",")) {
                k--;
            }
            if (k < 0 || !NEW_DATA_NOUNS.contains(s.token(k).lemma()) || s.token(k).pos().endsWith("S")) {
                return null;
            }
            k--;
        }
        for (int modifiers = 0; k >= 1 && modifiers <= 3; k--, modifiers++) {
            if (ProposalCues.novelAfterAnArticle(s, k)) {
                for (int j = clauseStart(s, k); j < last && j < s.size(); j++) {
                    if (citesAWorkAt(s, j)) {
                        return null;
                    }
                }
                return AuthorSubject.before(s, k) == AuthorSubject.OTHERS ? null : "proposal.new-data";
            }
            Token t = s.token(k);
            if (!t.pos().startsWith("JJ") && !t.pos().startsWith("NN") && t.word().indexOf('-') < 0) {
                return null;
            }
        }
        return null;
    }

    /**
     * "We present a novel method for detecting OOD data in Transformers based on … layers of a network (BLOOD)", "by
     * developing a unified crystal representation that can represent any crystal structure (UniMat)": a coined word in
     * parentheses that no words spell out closes the description, however long, of a new thing that the authors' verb
     * of making brings (no comma, colon or other parenthesis between, and no clause of the authors' own).
     */
    private static String closesTheDescriptionOfANewThing(Sentence s, int first, int last, Set<String> ownNames) {
        // (a parenthesis glued to the word before is a function's argument: "sample complexity \tlO(SAB)")
        if (first < 3 || !s.token(first - 1).word().equals("(") || last + 1 >= s.size()
                || !s.token(last + 1).word().equals(")") || s.token(first - 1).begin() == s.token(first - 2).end()) {
            return null;
        }
        for (int k = first - 2; k >= 1 && k >= first - 36; k--) {
            String w = s.token(k).lower();
            if (DESCRIPTION_BREAKS.contains(w)) {
                return null;
            }
            if (ProposalCues.isTriggerVerb(s, k)) {
                return k + 2 < first && TypeCues.INDEFINITE_ARTICLES.contains(s.token(k + 1).lower())
                        && ProposalCues.subjectBefore(s, k, ownNames) ? "proposal.closing-description" : null;
            }
        }
        return null;
    }

    /** Words that may close a name given after ", or": "…, or LRN.", "…, or LAgSwAV, which …". */
    private static final Set<String> AFTER_AN_OTHER_NAME = Set.of(",", ".", ";", ":");

    /**
     * "we propose a lightweight recurrent network, or LRN", "We call this exploration bonus discriminator disagreement
     * intrinsic reward, or DISDAIN", "which we refer to as the prescriptive ReLU network, or P-ReLU", "a new
     * objective, called …, or LAgSwAV": a name after ", or" (and "simply", or before "for short") that closes what the
     * authors' verb makes or names is its other name. Not an item of a list ("like X, Y, or Z"), where a comma that no
     * naming word follows stands between.
     */
    private static String otherNameAfterOr(Sentence s, int first, int last, Set<String> ownNames) {
        int or = first >= 1 && (s.token(first - 1).lower().equals("simply") || s.token(first - 1).lower().equals("just"))
                ? first - 2 : first - 1;
        boolean forShort = last + 2 < s.size() && s.token(last + 1).lower().equals("for")
                && s.token(last + 2).lower().equals("short");
        if (or < 3 || !s.token(or).lower().equals("or") || !s.token(or - 1).word().equals(",")
                || !(last + 1 >= s.size() || AFTER_AN_OTHER_NAME.contains(s.token(last + 1).word()) || forShort)) {
            return null;
        }
        for (int k = or - 2; k >= 1 && k >= or - 30; k--) {
            Token t = s.token(k);
            if (t.word().equals(",") && ProposalCues.namingWordAt(s, k + 1)) {
                continue;
            }
            if (DESCRIPTION_BREAKS.contains(t.lower())) {
                return null;
            }
            int referring = t.lower().equals("as") ? referringVerbBefore(s, k) : -1;
            if (referring >= 0 || ProposalCues.isTriggerVerb(s, k)) {
                int verb = referring >= 0 ? referring : k;
                return ProposalCues.subjectBefore(s, verb, ownNames) ? "proposal.other-name-after-or" : null;
            }
        }
        return null;
    }

    /**
     * "This paper describes Ada (Action Domain Acquisition), a framework for …": the name right after the authors'
     * "describe", spelled out in parentheses and called a new something by an indefinite apposition. ("describe" alone
     * is no proposal: "This paper describes the NiuTrans system", "we describe our participation in ComVE".)
     */
    private static String describedAndDefined(Sentence s, int first, int last) {
        // (the name is the short form before the parenthesis, or the long form inside it)
        boolean longForm = first >= 3 && s.token(first - 1).word().equals("(");
        int verb = longForm ? first - 3 : first - 1;
        int close = longForm ? last + 1 : last + 1 < s.size() && s.token(last + 1).word().equals("(")
                ? TypeCues.pastParentheses(s, last + 1) - 1 : -1;
        // (a parenthesis of ten words at most)
        if (verb < 1 || close < 0 || close > last + 11 || close + 2 >= s.size() || !s.token(close).word().equals(")")
                || !s.token(verb).lemma().equals("describe") || !s.token(verb).pos().startsWith("VB")
                || !ProposalCues.subjectBefore(s, verb, Set.of())) {
            return null;
        }
        boolean newThing = s.token(close + 1).word().equals(",")
                && TypeCues.INDEFINITE_ARTICLES.contains(s.token(close + 2).lower());
        return newThing ? "proposal.described-and-defined" : null;
    }

    /** What ends a description read back from the short form that closes it. */
    private static final Set<String> DESCRIPTION_BREAKS = Set.of(",", ";", ":", "(", ")", "we", "our", ".");

    /** Prepositions that say how a method works: "a method for X via Y", "… through Y". */
    private static final Set<String> MEANS_PREPOSITIONS = Set.of("via", "through");

    /**
     * "We propose a new method for open set action recognition via MUlti-Label Evidential learning (MULE)", "a
     * principled exploration method for DRL through Optimistic Bootstrapping and Backward Induction (OB2I)": a long
     * form in title case, defined where a method that the authors bring is said to work through it, names that method.
     * The long form starts at {@code longFormStart}, its short form at {@code nameStart}.
     */
    private static String meansOfAProposedMethod(Sentence s, int longFormStart, int nameStart, Set<String> ownNames) {
        if (longFormStart == nameStart || longFormStart < 4
                || !MEANS_PREPOSITIONS.contains(s.token(longFormStart - 1).lower())) {
            return null;
        }
        int capitalised = 0;
        for (int k = longFormStart; k < nameStart; k++) {
            capitalised += Character.isUpperCase(s.token(k).word().charAt(0)) ? 1 : 0;
        }
        if (capitalised < 2) {
            return null;
        }
        boolean methodNoun = false;
        for (int k = longFormStart - 2; k >= 0 && k >= longFormStart - 16; k--) {
            Token t = s.token(k);
            if (t.word().equals(";") || t.word().equals(":") || t.word().equals(",") || t.word().equals("(")) {
                return null;
            }
            methodNoun |= TypeCues.METHOD_HEADS.contains(t.lemma()) && t.pos().startsWith("NN");
            if (ProposalCues.CREATING_VERBS.contains(t.lemma()) && t.pos().startsWith("VB")) {
                boolean indefinite = k + 1 < s.size() && TypeCues.INDEFINITE_ARTICLES.contains(s.token(k + 1).lower());
                return indefinite && methodNoun && ProposalCues.subjectBefore(s, k, ownNames)
                        ? "proposal.means-of-a-proposal" : null;
            }
        }
        return null;
    }

    /**
     * True when a sentence opens with a long form of the name and its short form in parentheses, then "is a" or "are":
     * "Adversarial training (AT) is a powerful regularization method for …"; or when a sentence not of the authors'
     * says the name "has been" something: "Although Nesterov's accelerated gradient method (AGM) has been studied …".
     */
    private static boolean introducedAsEstablished(AnnotatedText text, String name, Set<String> longForms) {
        if (longForms == null) {
            return false;
        }
        for (Sentence s : text.sentences()) {
            // (after an article too: "An energy-based model (EBM) is a popular generative framework")
            String sentence = LEADING_ARTICLE.matcher(text.text().substring(s.begin(), s.end()))
                    .replaceFirst("").toLowerCase(java.util.Locale.ROOT);
            for (String longForm : longForms) {
                String opening = (longForm + " (" + name + ") ").toLowerCase(java.util.Locale.ROOT);
                // (the short form in the plural too: "Anytime neural networks (AnytimeNNs) are a promising …")
                String plural = (longForm + " (" + name + "s) ").toLowerCase(java.util.Locale.ROOT);
                if (sentence.startsWith(plural + "are ")) {
                    opening = plural;
                }
                // (not a new thing: "X (Y) is a novel framework that …")
                if ((sentence.startsWith(opening + "is a") || sentence.startsWith(opening + "are "))
                        && !NEW_THING.matcher(sentence.substring(opening.length())).lookingAt()) {
                    return true;
                }
                // "Although Nesterov's accelerated gradient method (AGM) has been studied from various perspectives",
                // "a … policy called Thompson sampling (TS) has shown excellent performance"
                int at = -1;
                for (String perfect : PRESENT_PERFECTS_OF_A_RECORD) {
                    at = sentence.indexOf(opening + perfect);
                    if (at >= 0) {
                        break;
                    }
                }
                if (at >= 0 && !AUTHORS_WORD.matcher(sentence.substring(0, at)).find()) {
                    return true;
                }
                // "the Stereotype Content Model (SCM), a comprehensive causal theory from social psychology": an
                // apposition that calls it established or gives where it comes from
                String apposed = (longForm + " (" + name + "), ").toLowerCase(java.util.Locale.ROOT);
                int apposition = sentence.indexOf(apposed);
                if (apposition >= 0 && APPOSED_AS_ESTABLISHED.matcher(sentence)
                        .region(apposition + apposed.length(), sentence.length()).lookingAt()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A present perfect that tells of a thing's record: "has been studied", "has shown excellent performance". */
    private static final List<String> PRESENT_PERFECTS_OF_A_RECORD = List.of("has been ", "have been ", "has shown ",
            "have shown ", "has achieved ", "have achieved ");

    /** An apposition that calls a thing established: "a popular …", "a widely used …", "a … theory from …". */
    private static final java.util.regex.Pattern APPOSED_AS_ESTABLISHED = java.util.regex.Pattern.compile(
            "an? (?:(?:popular|well-known|widely[- ]used|classic|classical|standard|established|prominent|influential"
                    + "|seminal)\\b|(?:[\\w-]+ ){0,3}(?:theory|model|framework|method|approach) from )");

    /** A word of the authors in a sentence: "we", "our". */
    private static final java.util.regex.Pattern AUTHORS_WORD = java.util.regex.Pattern.compile("\\b(?:our|we)\\b");
    /** The opening of what a sentence calls new: "is a novel …", "are new …". */
    private static final java.util.regex.Pattern NEW_THING = java.util.regex.Pattern.compile(
            "(?:is an?|are)(?: \\S+)? (?:novel|new)\\b");
    private static final java.util.regex.Pattern LEADING_ARTICLE = java.util.regex.Pattern.compile("^(?:An?|The)\\s+");

    /** True when one of the long forms is the whole title, whatever its case, hyphens, plural or opening article. */
    private static boolean spelledOutByTheTitle(AnnotatedText text, Set<String> longForms) {
        if (longForms.isEmpty()) {
            return false; // most names: no need to normalise the title for each of their occurrences
        }
        // (the title's own short form at its end and its articles apart: "Neural Translation for European Union
        // (NTEU)" above "The Neural Translation for the European Union (NTEU) engine farm")
        String title = wordsWithoutArticles(TRAILING_SHORT_FORM.matcher(text.title().strip()).replaceFirst(""));
        // (or the title's part after its colon: "Storytelling with Dialogue: A Critical Role Dungeons and Dragons
        // Dataset" above "the Critical Role Dungeons and Dragons Dataset (CRD3)")
        int colon = text.title().indexOf(": ");
        String subtitle = colon > 0 ? wordsOnly(LEADING_ARTICLE.matcher(text.title().substring(colon + 2).strip())
                .replaceFirst("")) : "";
        // (or its part before the colon: "Replay across Experiments: A Natural Extension of …" above "Replay across
        // Experiments (RaE)"; not what is done or studied, "Learning from Label Proportions: …", "Conversational
        // Machine Comprehension: …")
        String heading = colon > 0 && headingNamesAThing(text) ? wordsOnly(text.title().substring(0, colon)) : "";
        if (title.isEmpty()) {
            return false;
        }
        for (String longForm : longForms) {
            String words = wordsOnly(longForm);
            if (wordsWithoutArticles(longForm).equals(title)
                    || words.length() >= 12 && (words.equals(subtitle) || words.equals(heading))) {
                return true;
            }
        }
        return false;
    }

    /** A short form in parentheses that ends a title: "… for European Union (NTEU)". */
    private static final java.util.regex.Pattern TRAILING_SHORT_FORM =
            java.util.regex.Pattern.compile("\\s*\\([^()\\s]{2,15}\\)$");

    /** Articles anywhere in a phrase. */
    private static final java.util.regex.Pattern ARTICLE_WORDS =
            java.util.regex.Pattern.compile("(?i)\\b(?:the|an?)\\b");

    /** The phrase's key without its articles: "Neural Translation for the European Union" as "… European Union". */
    private static String wordsWithoutArticles(String phrase) {
        return wordsOnly(ARTICLE_WORDS.matcher(phrase).replaceAll(" "));
    }

    /**
     * True when the abstract writes a long form as what a verb of study or of a task governs: "We study contextual
     * combinatorial bandits with probabilistically triggered arms (C2MAB-T)" under a title of the same words poses
     * the problem the paper solves, not its method.
     */
    private static boolean studiedAsATask(AnnotatedText text, Set<String> longForms) {
        String lower = text.text().toLowerCase(java.util.Locale.ROOT);
        for (String longForm : longForms) {
            String key = longForm.toLowerCase(java.util.Locale.ROOT);
            for (PhraseSearch.WordMatch m : PhraseSearch.wordMatches(text, lower, key, text.titleLength())) {
                int first = m.sentence().tokenIndexAt(m.span().begin());
                if (first > 0 && TASK_VERBS.contains(m.sentence().token(first - 1).lemma())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * True when every long form the text gives a known short form spells out something else (see
     * {@link Lexicon#redefines}).
     */
    private boolean redefinedByTheText(String name, Set<String> longForms) {
        return longForms != null && !longForms.isEmpty()
                && longForms.stream().allMatch(l -> lexicon.redefines(name, l));
    }

    /** Words a title's initials may leave out: "Synthesize, Execute and Debug" gives SED. */
    private static final Set<String> TITLE_ARTICLES = Set.of("a", "an", "the", "and", "&");
    private static final java.util.regex.Pattern TITLE_WORD_BREAKS = java.util.regex.Pattern.compile("[\\s,;:!?\"()]+");

    /** True when the name's capitals, three or more, are among the title's initials (see {@link #titleInitials}). */
    private static boolean spelledByTheTitlesInitials(String name, Set<String> titleInitials) {
        String capitals = Names.capitalsOf(name);
        return capitals.length() >= 3 && !gluedToLowerCaseWords(name) && titleInitials.contains(capitals);
    }

    /**
     * The initials that spell a name of the paper's own: those of the whole title's words, of those after its colon,
     * or of those of its heading before the colon (one that names a thing, not a task or what is done): "PIB" under
     * "PAC-Bayes Information Bottleneck", "UPINN" under "Universal Physics-Informed Neural Networks: …", "OFA" under
     * "Once for All: …", "CMCD" under "Transport meets Variational Inference: Controlled Monte Carlo Diffusions". None
     * of the whole title or its part after the colon when the title names a task, "Cross-Lingual Machine Reading
     * Comprehension" above "CMRC".
     */
    private static Set<String> titleInitials(AnnotatedText text) {
        Set<String> out = new java.util.HashSet<>();
        Sentence title = text.sentences().get(0);
        String whole = text.title().strip();
        int colon = whole.indexOf(": ");
        if (!TitleNameFinder.namesATask(title, title.size())) {
            out.addAll(initialsOf(whole));
            if (colon > 0) {
                out.addAll(initialsOf(whole.substring(colon + 2)));
            }
        }
        if (colon > 0 && headingNamesAThing(text)) {
            out.addAll(initialsOf(whole.substring(0, colon)));
        }
        return out;
    }

    /**
     * True when lower-case words are glued to a run of capitals, or hang on a name after a hyphen: "GPOnot",
     * "scalableSTKR", "HRF-mechanism" are a name and a word that lost the space or the hyphen between them (not
     * "Latent-CCM" or "iPCF").
     */
    private static boolean gluedToLowerCaseWords(String name) {
        int hyphen = name.lastIndexOf('-');
        if (hyphen > 0 && hyphen + 1 < name.length()
                && name.substring(hyphen + 1).chars().allMatch(Character::isLowerCase)) {
            return true;
        }
        for (int i = 0; i + 3 < name.length(); i++) {
            boolean capitalsThenWord = Character.isUpperCase(name.charAt(i))
                    && Character.isUpperCase(name.charAt(i + 1)) && Character.isLowerCase(name.charAt(i + 2))
                    && Character.isLowerCase(name.charAt(i + 3));
            boolean wordThenCapitals = Character.isLowerCase(name.charAt(i))
                    && Character.isLowerCase(name.charAt(i + 1)) && Character.isUpperCase(name.charAt(i + 2))
                    && Character.isUpperCase(name.charAt(i + 3));
            if (capitalsThenWord || wordThenCapitals) {
                return true;
            }
        }
        return false;
    }

    /**
     * The initials of a phrase's words, with and without its function words, a hyphenated word giving one initial or
     * one per part: "Physics-Informed Neural Networks" gives "PINN" and "PNN".
     */
    static Set<String> initialsOf(String phrase) {
        List<String> words = new ArrayList<>();
        for (String w : TITLE_WORD_BREAKS.split(phrase)) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        Set<String> out = new java.util.HashSet<>();
        for (Set<String> skipped : List.of(Set.<String>of(), TITLE_ARTICLES, TITLE_FUNCTION_WORDS)) {
            StringBuilder each = new StringBuilder();
            StringBuilder parts = new StringBuilder();
            for (String w : words) {
                if (skipped.contains(w.toLowerCase(java.util.Locale.ROOT))) {
                    continue;
                }
                appendInitial(each, w);
                for (String part : w.split("-")) {
                    appendInitial(parts, part);
                }
            }
            out.add(each.toString());
            out.add(parts.toString());
        }
        return out;
    }

    /** Appends the word's first letter in upper case: "3D" gives "D"; a word without letters gives nothing. */
    private static void appendInitial(StringBuilder initials, String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.isLetter(word.charAt(i))) {
                initials.append(Character.toUpperCase(word.charAt(i)));
                return;
            }
        }
    }

    /** True when the title's part before its colon opens with no verb and names no task. */
    private static boolean headingNamesAThing(AnnotatedText text) {
        Sentence title = text.sentences().get(0);
        int colon = TitleNameFinder.colonAt(title, title.size());
        return colon >= 0 && !TitleNameFinder.opensWithAVerb(title) && !TitleNameFinder.namesATask(title, colon);
    }

    /** Words that open the prepositional phrase after a title's head: "Gradient Projection Memory for …". */
    private static final Set<String> TITLE_PREPOSITIONS = Set.of("for", "with", "via", "in", "on", "through", "using",
            "from", "by", "under");
    /** Words a title's initials may leave out too: "Self-Distillation for Tabular Data" gives SDTD. */
    private static final Set<String> TITLE_FUNCTION_WORDS = com.google.common.collect.ImmutableSet.<String>builder()
            .addAll(TITLE_ARTICLES).addAll(TITLE_PREPOSITIONS).add("of", "to", "at", "as", "into").build();
    /**
     * Words before a long form that make it a field, a topic or a purpose: "in deep subspace clustering (DSC)", "the
     * focus is …", "a method for Source-Free Video Domain Adaptation (SFVDA)".
     */
    private static final Set<String> TOPIC_POSITIONS = Set.of("in", "of", "is", "are", "on", "for");
    /** Verbs whose object is a task, not a name: "models that perform active feature acquisition (AFA)". */
    private static final Set<String> TASK_VERBS = Set.of("perform", "study", "consider", "address", "tackle", "solve",
            "apply");
    /** Words that give a long form to others' work: "Most continual learning (CL) methods", "Existing X (Y)". */
    private static final Set<String> OTHERS_WORK = Set.of("existing", "previous", "prior", "most", "many");

    /**
     * True when {@code o} is a long form, of three words or more (the parts of a hyphenated word counted), that spells
     * out the title's words before its first
     * preposition: "Gradient Projection Memory for Continual Learning" above "… store them in the memory as Gradient
     * Projection Memory (GPM)". Not one that the abstract's first sentence defines, which sets the scene
     * ("Approximate Bayesian computation (ABC) is …"), or that an earlier sentence writes; nor where the phrase is a
     * topic ("in deep subspace clustering (DSC)"), a task ("models that perform active feature acquisition (AFA)") or
     * others' work ("Existing …", "Most …", up to four words before it); nor a name the gazetteer knows.
     */
    private boolean definedAsTheTitlesHead(AnnotatedText text, NameOccurrence o) {
        if (!o.source().equals("acronym-long-form") || text.inTitle(o.span().begin())) {
            return false;
        }
        String surface = text.covered(o.span().begin(), o.span().end());
        // (the parts of a hyphenated word count: "Filter-Recovery Network for …")
        if (surface.split("[\\s-]+").length < 3) {
            return false;
        }
        String[] titleWords = Names.WHITESPACE.split(text.title().strip());
        int head = 0;
        while (head < titleWords.length && !TITLE_PREPOSITIONS.contains(titleWords[head])) {
            if (titleWords[head].endsWith(":")) {
                return false;
            }
            head++;
        }
        if (head == titleWords.length
                || String.join(" ", java.util.Arrays.copyOf(titleWords, head)).split("[\\s-]+").length < 3) {
            return false;
        }
        String words = wordsOnly(surface);
        if (!words.equals(wordsOnly(String.join(" ", java.util.Arrays.copyOf(titleWords, head))))
                || lexicon.lookup(o.name()) != null) {
            return false;
        }
        List<Sentence> abstractSentences = text.abstractSentences();
        Sentence s = o.sentence();
        if (abstractSentences.isEmpty() || s == abstractSentences.get(0)) {
            return false;
        }
        int first = s.tokenIndexAt(o.span().begin());
        // (what the authors' thing is based on is no topic: "we design a … regression loss based on Gaussian Label
        // Distribution Learning (GLDL)" under "Gaussian Label Distribution Learning for …")
        boolean basedOn = first > 1 && s.token(first - 1).lower().equals("on")
                && s.token(first - 2).lower().equals("based");
        if (first > 0 && (TOPIC_POSITIONS.contains(s.token(first - 1).lower()) && !basedOn
                || TASK_VERBS.contains(s.token(first - 1).lemma()))) {
            return false;
        }
        // (the first definition counts: "Auxiliary Modality Learning (AML) offers …" opening the abstract makes a
        // later "we formalise `Auxiliary Modality Learning' (AML)" no new name)
        for (Sentence earlier : abstractSentences) {
            if (earlier == s) {
                break;
            }
            if (org.paperkg.corpus.TitleKey.of(text.sentenceText(earlier)).contains(words)) {
                return false;
            }
        }
        for (int k = Math.max(0, first - 4); k < first; k++) {
            if (OTHERS_WORK.contains(s.token(k).lower())) {
                return false;
            }
        }
        return true;
    }

    private static final java.util.regex.Pattern LEADING_THE = java.util.regex.Pattern.compile("(?i)^the\\s+");

    /**
     * Letters and digits in lower case, without an opening "the" or a closing plural s:
     * "neighborhoodattentiontransformer" ("queries" and "query" alike).
     */
    private static String wordsOnly(String phrase) {
        String key = org.paperkg.corpus.TitleKey.of(LEADING_THE.matcher(phrase.strip()).replaceFirst(""));
        return key.endsWith("ies") ? key.substring(0, key.length() - 3) + "y"
                : key.endsWith("s") ? key.substring(0, key.length() - 1) : key;
    }

    /**
     * "we propose a novel two-stage framework, which consists of Masked Quantization VAE (MQ-VAE) and Stackformer",
     * "a framework consisting of a network MROPM-Net": the parts of what the authors introduce, listed right after
     * "consists of" or "comprising" (a few plain words between at most, and no colon: "consists of purely
     * non-learnable components: farthest point sampling (FPS), …" lists parts in use), and named there first ("a
     * knowledge graph that consists of GO and its related proteins" after "the structure in GO (Gene Ontology)").
     */
    private static String partOfAProposal(AnnotatedText text, String name, Sentence s, int first, Set<String> ownNames) {
        int k = first - 1;
        while (k >= 0 && first - k <= 16 && inANameList(s.token(k))) {
            k--;
        }
        // (the item before it may be spelled out in lower case, as a gerund's tag or not: "consisting of collaborative
        // news encoding (CNE) and structural user encoding (SUE)")
        for (int plain = 0; k >= 0 && plain < 3 && (isPlainWord(s.token(k)) || endsASpelledOutItem(s, k)); plain++) {
            k--;
        }
        int verb = k >= 0 ? madeOfVerbAt(s, k) : -1;
        for (int j = verb - 1; verb >= 0 && j >= 0 && j >= verb - 14; j--) {
            if (s.token(j).word().equals(";")) {
                return null;
            }
            if (isTriggerVerb(s, j)) {
                return subjectBefore(s, j, ownNames) && !namedInAnEarlierSentence(text, name, s)
                        ? "proposal.part-of-a-proposal" : null;
            }
        }
        return null;
    }

    /** Nouns of the parts a method is made of, before the colon that lists them: "two key components: (1) …". */
    private static final Set<String> PARTS_OF_A_METHOD = Set.of("component", "module", "part");

    /**
     * "PROGRAM consists of two key components: (1) Prototype Graph Model (PGM) for …; (2) Robust Self-Training (RST)
     * for …": a part named in title case with its short form, there first, in the list after the colon that follows
     * "consists of … components" or "comprises … modules", whose subject is the authors' (one of the paper's own
     * names, "we", "our method"; not parts in use, "consists of purely non-learnable components: farthest point
     * sampling (FPS), …", in lower case).
     */
    private static String componentListedAfterAColon(AnnotatedText text, String name, Sentence s, int longFormStart,
                                                     int nameStart, Set<String> ownNames) {
        if (longFormStart == nameStart || !Character.isUpperCase(s.token(longFormStart).word().charAt(0))
                || namedInAnEarlierSentence(text, name, s)) {
            return null;
        }
        for (int colon = longFormStart - 1; colon >= 3; colon--) {
            if (!s.token(colon).word().equals(":")) {
                continue;
            }
            if (!PARTS_OF_A_METHOD.contains(s.token(colon - 1).lemma())) {
                return null;
            }
            for (int v = colon - 2; v >= 1 && v >= colon - 6; v--) {
                int verb = madeOfVerbAt(s, v);
                if (verb >= 0) {
                    return subjectBefore(s, verb, ownNames) ? "proposal.component-listed" : null;
                }
            }
            return null;
        }
        return null;
    }

    /**
     * The index of the verb that lists a thing's parts, where the token at {@code k} is its "of" ("consists of",
     * "composed of") or the verb itself ("comprises"); -1 where it is neither.
     */
    private static int madeOfVerbAt(Sentence s, int k) {
        return k >= 1 && s.token(k).lower().equals("of") && MADE_OF_VERBS.contains(s.token(k - 1).lemma()) ? k - 1
                : s.token(k).lemma().equals("comprise") ? k : -1;
    }

    private static boolean namedInAnEarlierSentence(AnnotatedText text, String name, Sentence s) {
        return occurrences(text, name, 0).stream().anyMatch(m -> m.sentence().index() < s.index());
    }

    /** Where a name or phrase occurs in the text from {@code from} on as whole words, whatever its case. */
    private static List<PhraseSearch.WordMatch> occurrences(AnnotatedText text, String phrase, int from) {
        return PhraseSearch.wordMatches(text, text.text().toLowerCase(java.util.Locale.ROOT),
                phrase.toLowerCase(java.util.Locale.ROOT), from);
    }

    /** A token of a list of names: a capitalised or coined word, a parenthesis, a comma or "and". */
    private static boolean inANameList(Token t) {
        String w = t.word();
        return w.equals("(") || w.equals(")") || w.equals(",") || w.equals("and") || Character.isUpperCase(w.charAt(0))
                || Names.isCoined(w);
    }

    /** True when a gerund in lower case ends a long form before its short form: "encoding" in "news encoding (CNE)". */
    private static boolean endsASpelledOutItem(Sentence s, int k) {
        return s.token(k).pos().equals("VBG") && Character.isLowerCase(s.token(k).word().charAt(0)) && k + 1 < s.size()
                && s.token(k + 1).word().equals("(");
    }

    /** A lower-case article, number, adjective or noun: "a network", "two new". */
    private static boolean isPlainWord(Token t) {
        String pos = t.pos();
        return Character.isLowerCase(t.word().charAt(0)) && !t.lower().equals("of")
                && (pos.equals("DT") || pos.equals("CD") || pos.startsWith("JJ") || pos.startsWith("NN"));
    }

    /**
     * True when the long forms name a task and nothing else: "Query rewrite", "video super-resolution" (not a method
     * for a task, "Interactive … Attention for image Paragraph captioning", nor a mapping, "Patch-to-Cluster Attention").
     */
    private static boolean namesATaskPlainly(Set<String> longForms) {
        return TypeCues.namesATask(longForms)
                && longForms.stream().noneMatch(l -> l.contains("-to-") || PREPOSITION_INSIDE.matcher(l).find());
    }

    /**
     * True when a long form stands in a sentence where the authors propose something: "we propose an Interactive …
     * Attention model for image Paragraph captioning (IMAP)", whose long form the character match may cut to the task;
     * not a long form in lower case, the task's common name: "we introduce a method that turns a relation extraction
     * (RE) classifier into …" does not make RE the method.
     */
    private static boolean definedWhereProposed(AnnotatedText text, Set<String> longForms, Set<String> ownNames) {
        for (String longForm : longForms) {
            if (longForm.equals(longForm.toLowerCase(java.util.Locale.ROOT))) {
                continue;
            }
            for (PhraseSearch.WordMatch m : occurrences(text, longForm, 0)) {
                Sentence s = m.sentence();
                for (int k = 0; k < s.size(); k++) {
                    if (isTriggerVerb(s, k) && subjectBefore(s, k, ownNames)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * True when a method noun follows the name and the short form in parentheses that the common name of a correction
     * task, in lower case, is given right before it: "a grammatical error correction (GEC) system" makes a system for
     * the task, whether the name is the long form or the short form there. (Other tasks' names before a method noun
     * are as often the authors' coined names: "an end-to-end variational autoencoding parsing (VAP) model", "a
     * collaborative depth distribution classification (CDDC) module".)
     */
    private static boolean taskDefinedBeforeAMethodNoun(Sentence s, int first, int last, Set<String> longForms) {
        int close = endOfDefinition(s, last);
        // (the parenthesis opens before the name where the name is the short form, after it where it is the long form)
        int open = close == last + 1 ? first - 1 : last + 1;
        if (close < 0 || close + 1 >= s.size() || open < 1 || !s.token(open).word().equals("(")
                || !TypeCues.METHOD_HEADS.contains(s.token(close + 1).lemma())) {
            return false;
        }
        return s.token(open - 1).lower().equals("correction")
                && longForms.stream().anyMatch(l -> l.equals(l.toLowerCase(java.util.Locale.ROOT))
                        && l.endsWith(" correction") && namesATaskPlainly(Set.of(l)));
    }

    private static final java.util.regex.Pattern PREPOSITION_INSIDE =
            java.util.regex.Pattern.compile("(?i)\\s(?:for|of|with|via|by|in|on|from)\\s");

    /**
     * "a novel 3D NeRF editing approach dubbed ED-NeRF", "a BERT architecture-based model": a well-known name before
     * lower-case nouns that a method noun heads says what the new method works on or builds on; it is not what is
     * proposed.
     */
    private boolean knownNameBeforeAMethodNoun(NameOccurrence o, Sentence s, int first, int last) {
        if (lexicon.lookup(o.name()) == null) {
            return false;
        }
        // (the method noun right after the name too when a modifier stands before it: "a multi-passage BERT model", "a
        // key-value enriched BERT model")
        String before = first > 0 ? s.token(first - 1).pos() : "";
        boolean modified = before.startsWith("JJ") || before.equals("VBN") || before.equals("NN");
        for (int k = last + 1; k < s.size() && k <= last + 3; k++) {
            Token t = s.token(k);
            // ("a BERT architecture-based model": a hyphenated modifier between, whatever the tagger reads it as)
            boolean hyphenatedModifier = t.word().indexOf('-') > 0;
            if (!Character.isLowerCase(t.word().charAt(0))
                    || !(t.pos().startsWith("NN") || t.pos().equals("VBG") || hyphenatedModifier)) {
                return false;
            }
            if (TypeCues.METHOD_HEADS.contains(t.lemma()) && (k > last + 1 || modified && t.pos().equals("NN"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when lower-case nouns that a method noun ends follow the name, and a capitalised or coined name follows
     * them, right away or after a naming verb: "a lightweight VFL framework VFLAIR", "a VFL training scheme called
     * FedQuill", "a Fused Gromov-Wasserstein (FGW) Mixture Model named FraMe" (the name may hold its noun: "a novel
     * NAS algorithm called NAS at Initialization (NASI)", where the text always writes NAS with "algorithm" after
     * it).
     */
    private static boolean beforeAMethodNounThatANameFollows(Sentence s, int last) {
        boolean holdsItsNoun = Character.isLowerCase(s.token(last).word().charAt(0))
                && TypeCues.METHOD_HEADS.contains(s.token(last).lemma());
        // (past the parenthesis around a short form, and the comma of an apposition: "a neural incremental
        // Structure-from-Motion (SfM) approach, Level-S2fM")
        int from = holdsItsNoun ? last : afterTheName(s, last);
        for (int k = from; k < s.size() && k <= from + 2; k++) {
            Token t = s.token(k);
            // (capitalised nouns too where a naming verb follows them: "a Fused Gromov-Wasserstein (FGW) Mixture Model
            // named FraMe")
            boolean lowerCase = Character.isLowerCase(t.word().charAt(0));
            if (!lowerCase && !Names.TITLE_WORD.matcher(t.word()).matches() || !t.pos().startsWith("NN")) {
                return false;
            }
            String lemma = t.lemma().toLowerCase(java.util.Locale.ROOT);
            if (TypeCues.METHOD_HEADS.contains(lemma) && k + 1 < s.size()) {
                boolean named = NAMING_VERBS.contains(s.token(k + 1).lemma());
                if (!lowerCase && !named) {
                    return false;
                }
                int next = (named || s.token(k + 1).word().equals(",")) && k + 2 < s.size() ? k + 2 : k + 1;
                String w = s.token(next).word();
                return Character.isUpperCase(w.charAt(0)) || Names.isCoined(w);
            }
        }
        return false;
    }

    /**
     * A name right after "namely" names, with the noun after it, one thing: "a smoothed approximation, namely SOFT
     * (…) top-k operator" (but "two parts, namely ViT encoders and …" are of a kind).
     */
    private static boolean namesTheNounAfterIt(Sentence s, int first, int last) {
        if (namelyBefore(s, first) < 0) {
            return false;
        }
        int next = afterTheName(s, last);
        while (next < s.size() && !s.token(next).pos().startsWith("NN") && next - last <= 3) {
            next++;
        }
        // the compound's head, its last noun, is one thing
        while (next + 1 < s.size() && s.token(next + 1).pos().startsWith("NN")) {
            next++;
        }
        return next < s.size() && s.token(next).pos().equals("NN");
    }

    /**
     * A short form defined in place that, with the nouns after it, names one method: "we introduce Output-Domain
     * focused Biasing (ODB) training strategy" (but "Sequential Monte Carlo (SMC) resampling algorithms" are a kind).
     */
    private static boolean shortFormOfAMethodNoun(Sentence s, int longForm, int first, int last) {
        // a name's long form is capitalised ("a time-to-event (TTE) foundation model" describes the model); a
        // hyphen or a participle after the parenthesis makes a modifier ("Expectation-Maximization (EM)-style", "an
        // Upper Confidence Bound (UCB) based policy")
        if (longForm == first || last + 2 >= s.size() || !s.token(last + 1).word().equals(")")
                || !Character.isUpperCase(s.token(longForm).word().charAt(0)) || s.token(last + 2).word().startsWith("-")
                || modifierParticiple(s, last + 2)) {
            return false;
        }
        int head = last + 2;
        while (head + 1 < s.size() && s.token(head + 1).pos().startsWith("NN")
                && Character.isLowerCase(s.token(head + 1).word().charAt(0))) {
            head++;
        }
        return head < s.size() && head > last + 2 && s.token(head).pos().equals("NN")
                && TypeCues.METHOD_HEADS.contains(s.token(head).lemma());
    }

    /** "based" in "an MPC based protocol"; not "PointSAM based on SAM", where the participle describes the name. */
    static boolean modifierParticiple(Sentence s, int k) {
        return k < s.size() && MODIFIER_PARTICIPLES.contains(s.token(k).lower())
                && (k + 1 >= s.size() || !(s.token(k + 1).pos().equals("IN") || s.token(k + 1).pos().equals("TO")
                        || s.token(k + 1).word().equals(",")));
    }

    /**
     * True when the name only modifies what follows it: "X-based", "an MPC based protocol", "a DP analysis",
     * "Differentially Private (DP) algorithms", "Sequential Monte Carlo (SMC) resampling algorithms", "we propose a
     * novel NAS algorithm" (what is proposed is the algorithm, not NAS).
     */
    private static boolean modifiesANoun(NameOccurrence o, Sentence s, int first, int last) {
        // inside a hyphenated token: "a novel NeRF-guided distillation algorithm"
        Token end = s.token(last);
        int inside = o.span().end() - end.begin();
        if (inside > 0 && inside < end.word().length() && end.word().charAt(inside) == '-') {
            return true;
        }
        // (a hyphenated suffix, "X -based"; not a dash that sets off an apposition, "we propose X -- a strategy …",
        // "our model - X - is …")
        if (last + 1 < s.size() && ((s.token(last + 1).word().startsWith("-") && !DASHES.contains(s.token(last + 1).word())
                && !s.token(last + 1).word().equals("-"))
                || modifierParticiple(s, last + 1))) {
            return true;
        }
        // after the parenthesis too: "a novel neural architecture search (NAS)-enabled algorithm", "an Upper
        // Confidence Bound (UCB) based policy"
        int next = afterTheName(s, last);
        if (next > last + 1 && (hyphenAfterParenthesis(s, next) || modifierParticiple(s, next))) {
            return true;
        }
        boolean nounModifier = next < s.size() && (s.token(next).pos().startsWith("NN")
                || (s.token(next).pos().equals("VBG") && next + 1 < s.size()
                        && s.token(next + 1).pos().startsWith("NN")));
        // (not a verb that the tagger reads as a plural noun: "our method CLAMP yields improved …", "(SQT) grafts a
        // … layer onto …", an article right after it)
        boolean verbBeforeItsObject = next + 1 < s.size() && s.token(next).pos().equals("NNS")
                && TypeCues.ARTICLES.contains(s.token(next + 1).lower());
        if (nounModifier && Names.isAcronym(o.name()) && Character.isLowerCase(s.token(next).word().charAt(0))
                && !TypeCues.VERBS_READ_AS_PLURALS.contains(s.token(next).lower()) && !verbBeforeItsObject
                && (s.token(next).pos().equals("NNS") || (!TypeCues.METHOD_HEADS.contains(s.token(next).lemma())
                        && !TypeCues.COMPONENT_NOUNS.contains(s.token(next).lemma())
                        && !TypeCues.DATASET_HEADS.contains(s.token(next).lemma())))) {
            return true;
        }
        // (a capitalised phrase found right after the verb is the name itself: "a simple Hybrid Distillation strategy")
        // (after an indefinite article, any singular noun: "we have released a VSCode extension powered by our model")
        boolean headAfter = last + 1 < s.size() && (TypeCues.METHOD_HEADS.contains(s.token(last + 1).lemma())
                || TypeCues.DATASET_HEADS.contains(s.token(last + 1).lemma()));
        boolean nounAfter = last + 1 < s.size() && s.token(last + 1).pos().equals("NN")
                && Character.isLowerCase(s.token(last + 1).word().charAt(0));
        if (!o.source().equals("triggered-phrase") && (headAfter || nounAfter)) {
            // (but "the" before a name and a plural dataset noun names a collection: "we introduce the Alice
            // benchmarks, large-scale datasets …")
            if (headAfter && s.token(last + 1).pos().equals("NNS")
                    && !(first >= 1 && s.token(first - 1).lower().equals("the")
                            && TypeCues.DATASET_HEADS.contains(s.token(last + 1).lemma()))) {
                return true;
            }
            for (int k = first - 1; k >= 0 && k >= first - 4; k--) {
                String w = s.token(k).lower();
                if (w.equals("a") || w.equals("an")) {
                    return true;
                }
                if (!s.token(k).pos().startsWith("JJ") && !s.token(k).pos().startsWith("NN") && !w.contains("-")) {
                    break;
                }
            }
        }
        return false;
    }

    /**
     * True when a hyphen joins the token at {@code next} to the parenthesis before it: "upper confidence bound
     * (UCB)-type algorithms" (but not a dash: "called … (GNPE)---is based on").
     */
    private static boolean hyphenAfterParenthesis(Sentence s, int next) {
        if (next >= s.size() || s.token(next).begin() != s.token(next - 1).end()) {
            return false;
        }
        String w = s.token(next).word();
        // (a hyphen alone, which the tagger may read as punctuation, glued to the word after it: "(NAS)-enabled")
        boolean gluedHyphen = w.equals("-") && next + 1 < s.size() && s.token(next + 1).begin() == s.token(next).end()
                && Character.isLetter(s.token(next + 1).word().charAt(0));
        return s.token(next).pos().equals("HYPH") || gluedHyphen
                || w.length() > 1 && w.charAt(0) == '-' && Character.isLetter(w.charAt(1));
    }

    /**
     * True when the name at {@code first} is an example after "such as", "including", "like" or "e.g.", alone or
     * ending a list of names ("adaptive optimizers such as FedAdam are proposed").
     */
    private static boolean listedAsAnExample(Sentence s, int first) {
        int k = first - 1;
        while (k >= 0 && (s.token(k).word().equals(",") || s.token(k).lower().equals("and")
                || s.token(k).lower().equals("or") || Character.isUpperCase(s.token(k).word().charAt(0))
                || Names.isCoined(s.token(k).word()))) {
            k--;
        }
        if (k < 0) {
            return false;
        }
        return s.exampleWordAt(k) || s.suchAsAt(k - 1);
    }

    /**
     * True when the sentence opens the abstract, names no authors and calls nothing new, and a later sentence has the
     * authors propose something: the sentence tells what others did.
     */
    private static boolean setsTheSceneForTheAuthors(AnnotatedText text, Sentence s) {
        List<Sentence> sentences = text.abstractSentences();
        if (sentences.isEmpty() || sentences.get(0) != s || AuthorSubject.named(s)
                || s.tokens().stream().anyMatch(t -> t.lower().equals("novel") || t.lower().equals("new"))) {
            return false;
        }
        return AuthorSubject.authorsUseAVerbOf(sentences.subList(1, sentences.size()), TriggeredPhraseFinder.TRIGGERS);
    }

    /**
     * Where the word after a second name joined by "and" at {@code and} is: "and a Temporal Fusion Module (TFM) are"
     * (an article, capitalised or coined words and a short form in parentheses between); -1 when no such name follows.
     */
    private static int afterTheSecondOfTwoNames(Sentence s, int and) {
        if (and + 2 >= s.size() || !s.token(and).lower().equals("and")) {
            return -1;
        }
        int k = and + 1 < s.size() && TypeCues.ARTICLES.contains(s.token(and + 1).lower()) ? and + 2 : and + 1;
        int start = k;
        while (k < s.size() && k < start + 6 && (Character.isUpperCase(s.token(k).word().charAt(0))
                || Names.isCoined(s.token(k).word()))) {
            k++;
        }
        return k > start ? TypeCues.pastParentheses(s, k) : -1;
    }

    /**
     * "a … network (HPCL-Net) is proposed", "X is introduced", "a … method, FedDA, is developed" (not "… is developed
     * by" someone), "the proposed X", "The result is X".
     */
    private static String proposedAfterTheName(Sentence s, int first, int last) {
        int after = TypeCues.pastParentheses(s, last + 1);
        if (after + 1 < s.size() && s.token(after).word().equals(",") && inApposition(s, first)
                && PRESENT_BE.contains(s.token(after + 1).lower())) {
            after++; // the name in apposition: the verb comes after its closing comma
        }
        // (not the last of names given as examples: "new algorithms such as AdaBound, SWAT, and Padam were proposed";
        // nor a name a preposition governs, "a deep relevance matching model based on BERT is introduced", "two
        // regularized variants of the CCEM are proposed"; "denoted as X is proposed" names it)
        int governed = first >= 2 && TypeCues.ARTICLES.contains(s.token(first - 1).lower()) ? first - 2 : first - 1;
        if (passiveOfATrigger(s, after, BE) && !listedAsAnExample(s, first)
                && !(governed >= 0 && GOVERNING_PREPOSITIONS.contains(s.token(governed).lower()))) {
            return "proposal.passive";
        }
        // "a Spatial Fusion Module (SFM) and a Temporal Fusion Module (TFM) are proposed": the first of two names
        // that a plural passive proposes
        int pluralBe = afterTheSecondOfTwoNames(s, after);
        if (pluralBe > after && passiveOfATrigger(s, pluralBe, Set.of("are", "were")) && !listedAsAnExample(s, first)
                && !(governed >= 0 && GOVERNING_PREPOSITIONS.contains(s.token(governed).lower()))) {
            return "proposal.passive";
        }
        // "Two efficient algorithms, AE-SAM and AE-LookSAM, are proposed": a list of coined names in apposition
        int listEnd = TypeCues.endOfList(s, last + 1);
        if (listEnd > last + 1 && listEnd + 1 < s.size() && s.token(listEnd - 1).word().equals(",")
                && inApposition(s, startOfNameList(s, first)) && PRESENT_BE.contains(s.token(listEnd).lower())
                && passiveOfATrigger(s, listEnd, BE) && !listedAsAnExample(s, first)) {
            return "proposal.passive-list";
        }
        // "a Persistence Interaction Detection (PID) algorithm is developed": the name with its method noun (not a
        // part of a longer capitalised name, "Instance-Aware Domain Generalization framework is proposed"), or its
        // dataset noun, "the URUR dataset is introduced"
        boolean partOfALongerName = first >= 2 && Character.isUpperCase(s.token(first - 1).word().charAt(0));
        if (!partOfALongerName && after + 1 < s.size() && s.token(after).pos().equals("NN")
                && (TypeCues.METHOD_HEADS.contains(s.token(after).lemma())
                        || TypeCues.namesDatasets(s.token(after).lemma()))
                && passiveOfATrigger(s, after + 1, PRESENT_BE)) {
            return "proposal.passive-with-noun";
        }
        if (first > 1 && s.token(first - 1).word().equalsIgnoreCase("proposed") && proposedAsAnAdjective(s, first - 1)) {
            return "proposal.the-proposed";
        }
        int is = beforeItsDescription(s, first);
        if (is >= 2 && is <= 3 && s.token(is).lower().equals("is") && s.token(0).lower().equals("the")
                && (s.token(1).lower().equals("result") || s.token(1).lower().equals("resulting"))) {
            return "proposal.result";
        }
        return null;
    }

    /**
     * The token before the name at {@code first} and what describes it: an article, adjectives and the capitalised
     * words of its long form ("The result is a differentiable Graph Finite-State Automaton (GFSA) layer").
     */
    private static int beforeItsDescription(Sentence s, int first) {
        int k = first - 1;
        if (k >= 0 && s.token(k).word().equals("(")) {
            k--;
            while (k > 0 && first - k <= 8 && (Character.isUpperCase(s.token(k).word().charAt(0))
                    || s.token(k).pos().startsWith("JJ"))) {
                k--;
            }
            if (k > 0 && TypeCues.INDEFINITE_ARTICLES.contains(s.token(k).lower())) {
                k--;
            }
        }
        return k;
    }

    /**
     * "the proposed X", "our newly proposed X", "it employs proposed X": the participle describes the name; not "several
     * works have proposed X", "Smith et al. (2019) proposed X", nor "the recently proposed X" of others.
     */
    private static boolean proposedAsAnAdjective(Sentence s, int proposed) {
        int k = proposed - 1;
        if (k > 0 && s.token(k).lower().equals("newly")) {
            k--;
        }
        Token before = s.token(k);
        return before.pos().equals("DT") || before.pos().equals("PRP$")
                || (before.pos().startsWith("VB") && !HAVE.contains(before.lower()) && !BE.contains(before.lower()));
    }

    /**
     * True when "the proposed" stands before a short form's long form that starts at {@code longFormStart}, past up to
     * three lower-case modifiers: "The proposed Style-Transfer Transformer (STT) grafts …", "the proposed
     * gradient-based Graph Contrastive Saliency (GCS)".
     */
    private static boolean proposedBeforeItsLongForm(Sentence s, int longFormStart) {
        int k = longFormStart - 1;
        while (k > longFormStart - 4 && k > 0 && Character.isLowerCase(s.token(k).word().charAt(0))
                && (s.token(k).pos().startsWith("JJ") || s.token(k).word().indexOf('-') > 0)) {
            k--;
        }
        return k > 0 && s.token(k).word().equalsIgnoreCase("proposed") && proposedAsAnAdjective(s, k);
    }

    /** True when "The resulting" opens the sentence right before a short form's long form at {@code longFormStart}. */
    private static boolean resultingBeforeItsLongForm(Sentence s, int longFormStart) {
        return longFormStart == 2 && s.token(0).lower().equals("the") && s.token(1).lower().equals("resulting");
    }

    /** A short form right after its long form is judged from before the long form ("we propose … Long Form (LF)"). */
    private static int startOfLongForm(AnnotatedText text, Sentence s, int first, Set<String> longForms) {
        if (first < 2 || !s.token(first - 1).word().equals("(")) {
            return first;
        }
        String before = text.text().substring(s.begin(), s.token(first - 1).begin()).stripTrailing();
        // (a long form in quotation marks opens with them: "we propose “Planning Exploratory Goals” (PEG)")
        int close = first - 2;
        if (close > 0 && TypeCues.isQuote(s.token(close))) {
            before = text.text().substring(s.begin(), s.token(close).begin());
        }
        for (String longForm : longForms) {
            if (before.endsWith(longForm)) {
                int start = s.tokenIndexAt(s.begin() + before.length() - longForm.length());
                if (start > 0 && TypeCues.isQuote(s.token(start - 1))) {
                    start--;
                }
                return start > 0 && s.token(start - 1).word().equalsIgnoreCase("to") ? start - 1 : start;
            }
        }
        return first;
    }

    /**
     * Acronyms of common nouns listed before a plural noun describe it: "we curate PPG and ECG datasets", where
     * PPG stands for "photoplethysmography" (but "the XQA and YQA datasets" may be named ones).
     */
    private static boolean termsModifyANoun(NameOccurrence o, Sentence s, int last, java.util.Set<String> longForms) {
        int afterList = TypeCues.endOfList(s, last + 1);
        return afterList > last + 1 && afterList < s.size() && s.token(afterList).pos().equals("NNS")
                && Character.isLowerCase(s.token(afterList).word().charAt(0))
                && !longForms.isEmpty()
                && longForms.stream().allMatch(l -> l.equals(l.toLowerCase(java.util.Locale.ROOT)));
    }

    /**
     * "the Reweighted Score function, ReScore for short", "… (SDF-Diffusion in short)": the name abbreviates the phrase
     * before it.
     */
    private static boolean shortNameOfAPhrase(Sentence s, int last) {
        return last + 2 < s.size() && (s.token(last + 1).lower().equals("for") || s.token(last + 1).lower().equals("in"))
                && s.token(last + 2).lower().equals("short");
    }

    /**
     * Apposition after a trigger: "we propose a framework with augmentation, AutoTCL, which …", "we design a novel
     * smoothing algorithm, the Parisian particle Gibbs PPG sampler, …" (the name inside the apposition's noun phrase).
     */
    private static String appositionAfterTrigger(Sentence s, int first, Set<String> ownNames, boolean definedInPlace,
                                                 boolean forShort) {
        first = startOfConjoinedNames(s, startOfAppositionPhrase(s, first, definedInPlace));
        // "we propose reformulating PINNs on a Lagrangian frame of reference, i.e., LPINNs": the name renames all
        // that the trigger governs, prepositional phrases included
        int namelyAt = first >= 3 ? namelyBefore(s, first) : -1;
        if (namelyAt < 0 && includesCountedThings(s, first)) {
            namelyAt = first - 1;
        }
        // the token that sets the apposition off: the comma before "namely X" too ("a smoothed approximation,
        // namely SOFT (…) top-k operator")
        boolean namelyAfterComma = namelyAt >= 0 && namelyAt == first - 1 && s.token(first - 2).word().equals(",");
        boolean namely = namelyAt >= 0 && namelyAt == first - 2 || namelyAfterComma;
        int sep = namelyAfterComma ? first - 2 : first - 1;
        // (or between dashes: "a novel approach for this task -- Lift, Map, Detect (LMD) -- that …")
        boolean dash = sep >= 0 && DASHES.contains(s.token(sep).word());
        if (sep >= 0 && (s.token(sep).word().equals(",") || s.token(sep).word().equals(":") || dash)) {
            // a name after a task and its number names the task: "our approach to address the … Shared Task 1:
            // Nuanced Arabic Dialect Identification (NADI)"
            if (namesATaskBefore(s, sep)) {
                return null;
            }
            // a coined name before the comma, right after a preposition, opens a list of names that "and" closes,
            // the preposition's object, which no apposition renames: "we also introduce affine transformations into
            // RotatE, Distmult and ComplEx", "a combination of GPT-2, GloVe, and RoBERTa embeddings" (not "a variant
            // of PPO, DyNA-PPO, to …", no "and" after it, nor "which we name as CIFAR-10N, …")
            if (listAfterAPreposition(s, sep, first)) {
                return null;
            }
            // a name given "for short" renames all the phrase before it, however long
            // (thirteen words back, not counting acronyms in parentheses)
            int reach = sep - 13;
            boolean skippedAnAcronym = false;
            for (int k = sep - 1; k >= 0 && (forShort || k >= reach); k--) {
                String w = s.token(k).lower();
                if (TypeCues.isParenthesisedAcronym(s, k)) {
                    // the acronym in parentheses is part of the phrase the name renames ("a novel masked image modeling
                    // (MIM) approach, context autoencoder (CAE)"), or of the one before the colon: "we propose a novel
                    // reinforcement learning (RL) setup for …: Policy Gradient for …"
                    k -= 2;
                    reach -= 3;
                    skippedAnAcronym = true;
                    continue;
                }
                // (what a new thing is based on qualifies it and does not count against the words: "a novel deep
                // sequence model based on the Koopman theory for time series forecasting: Koopman Neural …")
                // (built on it too: "a novel DG model built upon vision transformers, namely GMoE")
                if ((w.equals("based") || w.equals("built")) && BUILT_ON.contains(s.token(k + 1).lower())
                        && afterANewThing(s, k + 1)) {
                    reach -= 4;
                }
                boolean builtUpon = w.equals("upon") && afterANewThing(s, k);
                // ("on" or "in" after a new thing's noun qualifies it: "a new synthetic corpus in code-mix for dialogs,
                // CM-DailyDialog")
                if (COMPARISONS.contains(w) && !builtUpon || w.equals("(") || w.equals(")") || w.equals(";")
                        || !namely && (w.equals("on") || w.equals("in")) && !afterANewThing(s, k)) {
                    break;
                }
                // (a trigger read as a noun is none: "in terms of required inductive bias, MNIST < CIFAR10")
                if (TRIGGERS.contains(s.token(k).lemma()) && !s.token(k).pos().startsWith("NN")
                        && subjectBefore(s, k, ownNames) && !describesANoun(s, k)) {
                    // (not others' things, "compare to the recently proposed TextFooler, Genetic, BAE and SememePSO")
                    if (s.token(k).pos().equals("VBN") && k > 0 && EARLIER.contains(s.token(k - 1).lower())) {
                        return null;
                    }
                    // (not things called established and not new: "we present experiments with two state-of-the-art
                    // ASR networks, ContextNet and Conformer"; "a new state-of-the-art network, X" is the paper's)
                    if (anyBetween(s, k, sep, t -> ESTABLISHED.contains(t.lower()))
                            && !anyBetween(s, k, sep, t -> NOVELTY.contains(t.lower()))) {
                        return null;
                    }
                    if (ProposalCues.reportsOnTheRenamedNoun(s, k, sep) || partsOfWhatIsNamed(s, k, sep)) {
                        return null;
                    }
                    // (nor the name of the phrase's own, which the apposition goes on to describe: "we propose
                    // backward SeqKD, SeqKD from a target-to-source backward NMT model")
                    String named = s.token(first).word();
                    if (Names.isCoined(named) && anyBetween(s, k, sep, t -> t.word().equals(named))) {
                        return null;
                    }
                    // (nor a noun in a phrase after a passive, whose made thing is its subject: "This system was
                    // developed for the task 7 of the competition, SemEval 2021")
                    if (s.token(k).pos().equals("VBN") && k > 0
                            && ProposalCues.BE_BEFORE_TRIGGER.contains(s.token(k - 1).lower())
                            && anyBetween(s, k, sep, t -> t.pos().equals("IN"))) {
                        return null;
                    }
                    // (nor established things the made one is made with: "we develop new resources by using two
                    // off-the-shelf tools: word2vec and Linguistica", nor others it uses that are not called new)
                    if (usedThingsNotCalledNew(s, k, sep)) {
                        return null;
                    }
                    // (past an acronym, what is introduced may be a task named after it: "two new tasks for
                    // multi-robot collaboration (MRC) planning: MRC3D Tracking and …")
                    // (the topic noun heads what the trigger governs, before its first preposition: not "a novel
                    // reinforcement learning (RL) framework for problems with …: Action Quantization from …")
                    if (skippedAnAcronym && anyBetween(s, k, firstPrepositionAfter(s, k, sep),
                            t -> DefinitionFilter.TOPIC_NOUNS.contains(t.lower()))) {
                        return null;
                    }
                    // a dash sets off new things only: "a novel approach -- LMD --", not "two resources -- WordNet
                    // and FrameNet --"
                    return !dash || anyBetween(s, k, sep, ProposalCues::marksSomethingNew)
                            ? "proposal.apposition" : null;
                }
            }
        }
        return null;
    }

    /**
     * True when the sentence opens with a preposition or "to", no comma before the name at {@code first}: the comma
     * after the name ends that opening phrase ("To improve … for SE, a novel mechanism …", "In X, a new …").
     */
    private static boolean endsAnOpeningPhrase(Sentence s, int first) {
        String opening = s.size() > 0 ? s.token(0).pos() : "";
        if (!opening.equals("IN") && !opening.equals("TO")) {
            return false;
        }
        for (int k = 1; k < first; k++) {
            if (s.token(k).word().equals(",")) {
                return false;
            }
        }
        return true;
    }

    /** Where the clause of the token at {@code k} starts: after the last ", and", ", but" or ";" before it, else 0. */
    private static int clauseStart(Sentence s, int k) {
        for (int j = k - 1; j >= 1; j--) {
            String w = s.token(j).lower();
            if (w.equals(";") || (w.equals("and") || w.equals("but")) && s.token(j - 1).word().equals(",")) {
                return j + 1;
            }
        }
        return 0;
    }

    /**
     * True when a method or dataset noun that "a new" or "a novel" opens, a few words at most, ends right before
     * {@code k} (or before "based" or "built" there): "a new synthetic corpus".
     */
    private static boolean afterANewThing(Sentence s, int k) {
        // (past "based" after the noun: "a novel deep sequence model based on the Koopman theory for time series
        // forecasting: Koopman Neural Forecaster (KNF)")
        if (k >= 4 && (s.token(k - 1).lower().equals("based") || s.token(k - 1).lower().equals("built"))
                && BUILT_ON.contains(s.token(k).lower())) {
            k--;
        }
        if (k < 3 || !s.token(k - 1).pos().startsWith("NN") || !(TypeCues.METHOD_HEADS.contains(s.token(k - 1).lemma())
                || TypeCues.DATASET_HEADS.contains(s.token(k - 1).lemma()))) {
            return false;
        }
        for (int j = k - 2; j >= 1 && j >= k - 4; j--) {
            if (ProposalCues.novelAfterAnArticle(s, j)) {
                return true;
            }
        }
        return false;
    }

    /** The prepositions after "based" or "built" that give what a new thing is made on. */
    private static final Set<String> BUILT_ON = Set.of("on", "upon");

    /** The first preposition after {@code k} and before {@code end}, else {@code end}. */
    private static int firstPrepositionAfter(Sentence s, int k, int end) {
        for (int j = k + 1; j < end; j++) {
            if (s.token(j).pos().equals("IN")) {
                return j;
            }
        }
        return end;
    }

    /**
     * A trigger's participle that describes the noun after it, not what the sentence's subject does: "we evaluate on
     * the two recently released datasets, namely …", "a recently proposed model, SNP" (but "our newly proposed method,
     * namely …" and "a new proposed planner, …" are the paper's own).
     */
    private static boolean describesANoun(Sentence s, int k) {
        // a gerund of purpose describes the noun before it: "two GWAPs for building term association lists, namely X"
        if (k >= 1 && s.token(k).pos().equals("VBG") && s.token(k - 1).lower().equals("for")) {
            return true;
        }
        // and so does a participle right after it that goes on with its purpose or its agent: "four challenging
        // benchmarks designed to probe systematic generalization: SCAN for …"
        if (k >= 1 && k + 1 < s.size() && s.token(k).pos().equals("VBN") && s.token(k - 1).pos().startsWith("NN")
                && PARTICIPLE_COMPLEMENTS.contains(s.token(k + 1).lower())) {
            return true;
        }
        if (k < 1 || k + 1 >= s.size() || !s.token(k).pos().equals("VBN") || !s.token(k + 1).pos().startsWith("NN")
                || !Character.isLowerCase(s.token(k + 1).word().charAt(0))) {
            return false;
        }
        for (int j = k - 1; j >= 0 && j >= k - 3; j--) {
            String pos = s.token(j).pos();
            if (pos.equals("PRP$") || NOVELTY.contains(s.token(j).lower())) {
                return false; // "a new proposed hybrid planner, Dyna-MPC"
            }
            if (!pos.equals("DT") && !pos.equals("CD") && !pos.startsWith("RB") && !pos.startsWith("JJ")) {
                return j < k - 1;
            }
        }
        return true;
    }

    /**
     * The name that opens an item of a numbered list after a trigger and a colon: "we propose three ideas: 1) …,
     * 2) …, and 3) Rollover Budget Forcing (RBF), an adaptive …"; "(i)" and "(a)" number items too, and an article
     * may open the item: "this paper contributes: (1) The ChiMeS corpus, …".
     */
    private static String enumeratedAfterTrigger(Sentence s, int name, Set<String> ownNames) {
        int first = name >= 3 && TypeCues.ARTICLES.contains(s.token(name - 1).lower()) ? name - 1 : name;
        if (first < 2 || !s.token(first - 1).word().equals(")") || !ITEM_NUMBER.matcher(s.token(first - 2).word()).matches()) {
            return null;
        }
        for (int k = first - 3; k >= 1 && k >= first - 60; k--) {
            if (s.token(k).word().equals(":")) {
                for (int v = k - 1; v >= 0 && v >= k - 8; v--) {
                    Token t = s.token(v);
                    if (TRIGGERS.contains(t.lemma()) && t.pos().startsWith("VB")) {
                        return subjectBefore(s, v, ownNames) ? "proposal.enumerated" : null;
                    }
                    if (COMPARISONS.contains(t.lower()) || t.word().equals(",") || t.word().equals(";")) {
                        return null;
                    }
                }
                return null;
            }
        }
        return null;
    }

    /**
     * True when the token at {@code k} opens a list: a colon, or a comma after a lower-case plural that a capital
     * follows, a naming word aside ("two algorithms, Quantile …", "two algorithms, known as GraphFM-IB …"; not "three
     * tasks, including …").
     */
    private static boolean opensACountedList(Sentence s, int k) {
        String word = s.token(k).word();
        if (word.equals(":")) {
            return true;
        }
        if (!word.equals(",") || k < 1 || !s.token(k - 1).pos().equals("NNS")
                || !Character.isLowerCase(s.token(k - 1).word().charAt(0))) {
            return false;
        }
        int next = k + 1;
        if (next + 1 < s.size() && s.token(next).lower().equals("known") && s.token(next + 1).lower().equals("as")) {
            next += 2;
        } else if (next < s.size() && LIST_NAMING_WORDS.contains(s.token(next).lower())) {
            next++;
        }
        return next < s.size() && Character.isUpperCase(s.token(next).word().charAt(0));
    }

    /** Words between a counted plural's comma and the names it announces: "two methods, namely X and Y". */
    private static final Set<String> LIST_NAMING_WORDS = Set.of("namely", "called", "named", "dubbed", "termed");

    /**
     * The name that opens an item of a list after a trigger whose object counts the things and a colon, or a comma
     * right after the plural: "we propose two novel techniques: Entropy Meaning Loss (EML) and Adaptive Negative
     * Learning (ANL)", "two novel algorithms, Quantile Credit Assignment (QCA) and Hindsight QCA", "two new attentions:
     * 1) the Batch Normalized Attention (Attention-BN) derived from … and 2) the Attention with Scaled Head
     * (Attention-SH)". An item opens right after the colon, an item number, "and" or a comma (an article aside), and
     * no finite verb comes between the colon and the name: "three strategies: …, to explore the MH points" does not
     * open an item with MH, nor does "three contributions: (I) we show a decomposition of the MSE loss".
     */
    private static String listedAfterACountedObject(Sentence s, int first, Set<String> ownNames) {
        int k = first - 1;
        if (k >= 0 && TypeCues.ARTICLES.contains(s.token(k).lower())) {
            k--;
        }
        if (k < 1) {
            return null;
        }
        String opener = s.token(k).word();
        boolean numbered = opener.equals(")") && ITEM_NUMBER.matcher(s.token(k - 1).word()).matches();
        boolean semicolon = opener.equals(";") || AND_OR.contains(opener) && s.token(k - 1).word().equals(";");
        if (!opener.equals(":") && !numbered && !opener.equals(",") && !AND_OR.contains(opener) && !semicolon) {
            return null;
        }
        int colon = k;
        // (items that semicolons part may say what each does: "three techniques: statistical weight quantization
        // (StatsQ) to improve …; confidence-guided annealing (CGA) that freezes …; and … (QKR) to resolve …", the
        // verbs of earlier items standing behind a semicolon)
        while (colon >= 1 && k - colon <= (semicolon ? 60 : 30) && !opensACountedList(s, colon)) {
            Token t = s.token(colon);
            // (a capitalised word belongs to a name, whatever the tagger reads: "Ranked Margin Pooling")
            boolean verb = (TypeCues.FINITE_VERB_TAGS.contains(t.pos()) || t.pos().equals("VB"))
                    && Character.isLowerCase(t.word().charAt(0));
            if (!semicolon && (t.word().equals(";") || verb)) {
                return null;
            }
            colon--;
        }
        if (colon < 1 || !opensACountedList(s, colon)) {
            return null;
        }
        boolean counted = false;
        int afterTheCount = prepositionalPhraseBefore(s, colon);
        for (int v = afterTheCount - 1; v >= 0 && v >= afterTheCount - 8; v--) {
            Token t = s.token(v);
            if (isTriggerVerb(s, v)) {
                return counted && subjectBefore(s, v, ownNames) ? "proposal.listed-after-a-count" : null;
            }
            // (a verb conjoined after a verb of making or collecting: "We collected and annotated two … datasets: …")
            if (t.pos().startsWith("VB") && afterAVerbOfMakingAndOr(s, v)) {
                return counted && subjectBefore(s, v - 2, ownNames) ? "proposal.listed-after-a-count" : null;
            }
            // ("both" too, after a trigger: "we introduce both modules: …"; not in a list of examples, "For both
            // models, …")
            counted |= countsThings(t) || t.lower().equals("both");
            String pos = t.pos();
            if (!(pos.equals("DT") || pos.equals("CD") || pos.startsWith("JJ") || pos.startsWith("NN") || pos.startsWith("RB")
                    || pos.equals("VBN")) || Character.isUpperCase(t.word().charAt(0))) {
                return null;
            }
        }
        return null;
    }

    /** Prepositions whose phrase may say what the counted things extend or serve: "two extensions to the …". */
    private static final Set<String> COUNTED_THINGS_PREPOSITIONS = Set.of("to", "for", "of", "on");

    /**
     * Where a short prepositional phrase ends the counted object right before the colon at {@code colon} starts:
     * "two other novel extensions to the original Transformer: …" gives the position of "to"; {@code colon} when
     * none does. Its object may be capitalised, a name, as long as nothing but nouns, adjectives and articles follow
     * the preposition.
     */
    private static int prepositionalPhraseBefore(Sentence s, int colon) {
        for (int k = colon - 1; k >= 1 && colon - k <= 5; k--) {
            Token t = s.token(k);
            if (COUNTED_THINGS_PREPOSITIONS.contains(t.lower()) && k < colon - 1) {
                return k;
            }
            String pos = t.pos();
            if (!(pos.equals("DT") || pos.startsWith("JJ") || pos.startsWith("NN") || pos.equals("HYPH"))) {
                return colon;
            }
        }
        return colon;
    }

    /**
     * True when a finite verb follows the name that ends at {@code last}, past a remark in parentheses: "LXMERT (and
     * to some extent ViLBERT) show …" makes the name a subject.
     */
    private static boolean opensAClause(Sentence s, int last) {
        int k = last + 1;
        if (k < s.size() && s.token(k).word().equals("(")) {
            while (k < s.size() && k <= last + 12 && !s.token(k).word().equals(")")) {
                k++;
            }
            k++;
        }
        return k < s.size() && TypeCues.FINITE_VERB_TAGS.contains(s.token(k).pos());
    }

    /** Verbs of making data, beside those that always make something new: "we collected and annotated …". */
    private static final Set<String> COLLECTING_VERBS = Set.of("collect", "curate");

    /** True when "and" or "or" and, before it, a verb of making or collecting come right before {@code v}. */
    private static boolean afterAVerbOfMakingAndOr(Sentence s, int v) {
        if (v < 2 || !AND_OR.contains(s.token(v - 1).lower()) || !isTriggerVerb(s, v - 2)) {
            return false;
        }
        String lemma = s.token(v - 2).lemma();
        return ProposalCues.CREATING_VERBS.contains(lemma) || COLLECTING_VERBS.contains(lemma);
    }

    /**
     * Where the noun phrase that ends in the name at {@code first} starts, when an article opens it after a comma or
     * "namely": ", the Parisian particle Gibbs PPG" (the name spells the words before it), ", namely the robust
     * fitted-Z iteration (RFZI)", ", the monotone DBM" (the name right after "the"), ", a renderable neural radiance
     * map (RNR-Map)" (after "a" or "an" when the name is a short form {@code definedInPlace}); else {@code first}
     * (not ", a single-view NeRF synthesis framework", where the name only modifies, nor "Domino, an SDM that …",
     * where the apposition classifies).
     */
    private static int startOfAppositionPhrase(Sentence s, int first, boolean definedInPlace) {
        int k = first - 1;
        while (k >= 0 && first - k <= 4 && (s.token(k).pos().startsWith("NN") || s.token(k).pos().startsWith("JJ"))) {
            k--;
        }
        // (a long form that a few lower-case adjectives open right after the comma after a noun, with no article: "a
        // novel MBRL algorithm, model-based policy planning (POPLIN), …", whose letters the adjective lends none; not
        // a comma between adjectives, "an open-source, wide-coverage context-free grammar (CFG)")
        if (definedInPlace && k >= 1 && k < first - 1 && s.token(k).word().equals(",")
                && s.token(k - 1).pos().startsWith("NN") && lowerCaseAdjectivesBetween(s, k + 1, first)) {
            return k + 1;
        }
        // (or a dash: "a novel network – the Controlled TExt generation Relational Memory GAN (CTERM-GAN) –")
        if (k < 1 || !TypeCues.ARTICLES.contains(s.token(k).lower())
                || !s.token(k - 1).word().equals(",") && !NAMELY.contains(s.token(k - 1).lower())
                        && !DASHES.contains(s.token(k - 1).word())) {
            return first;
        }
        if (k < first - 1) {
            return spellsTheWordsBefore(s, first) ? k : first;
        }
        return s.token(k).lower().equals("the") || definedInPlace && TypeCues.INDEFINITE_ARTICLES.contains(s.token(k).lower()) ? k : first;
    }

    /** True when every word from {@code from} to {@code to} (exclusive) is an adjective in lower case. */
    private static boolean lowerCaseAdjectivesBetween(Sentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!Character.isLowerCase(s.token(k).word().charAt(0)) || !s.token(k).pos().startsWith("JJ")) {
                return false;
            }
        }
        return true;
    }

    /**
     * Where a list of names that ends in the name at {@code first} starts: "…, Feature Choice SAEs and Mutual Choice
     * SAEs" starts at "Feature"; {@code first} when no "and" or "or" comes right before the name.
     */
    private static int startOfConjoinedNames(Sentence s, int first) {
        if (first < 2 || !(s.token(first - 1).lower().equals("and") || s.token(first - 1).lower().equals("or"))) {
            return first;
        }
        int k = first - 2;
        while (k > 0 && first - 2 - k < 5 && (Character.isUpperCase(s.token(k).word().charAt(0))
                || Names.isCoined(s.token(k).word()))) {
            k--;
        }
        // (or right after "namely" or "including": "namely FocalMix and SoftTrim")
        boolean opensTheList = s.token(k).word().equals(",") || NAMELY.contains(s.token(k).lower())
                || s.token(k).lower().equals("including");
        return k < first - 2 && opensTheList ? k + 1 : first;
    }

    /**
     * True when {@code name} is {@code base} with a year, a number or a task's number after it: "SemEval-2021 Task 2".
     */
    private static boolean editionOf(String name, String base) {
        return name.length() > base.length() + 1 && name.startsWith(base)
                && (name.charAt(base.length()) == '-' || name.charAt(base.length()) == ' ')
                && Character.isDigit(name.charAt(base.length() + 1));
    }

    /**
     * True when the comma at {@code sep} follows a coined name right after a preposition other than "as", and
     * "and" or "or" joins the names from the comma on to the one at {@code first} or past it: "into RotatE, Distmult
     * and ComplEx".
     */
    private static boolean listAfterAPreposition(Sentence s, int sep, int first) {
        if (sep < 2 || !s.token(sep).word().equals(",") || !Names.isCoined(s.token(sep - 1).word())) {
            return false;
        }
        Token before = s.token(sep - 2);
        if (!before.pos().equals("IN") || before.lower().equals("as")) {
            return false;
        }
        for (int k = sep + 1; k < s.size() && k <= first + 2; k++) {
            if (ProposalCues.AND_OR.contains(s.token(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "we propose two task augmentation methods, including MetaMix and …", "to propose new personalized learning
     * algorithms, including AdaPeD": "including" after a counted or new plural and a comma lists the things the
     * trigger governs, as "namely" does.
     */
    private static boolean includesCountedThings(Sentence s, int first) {
        return first >= 4 && s.token(first - 1).lower().equals("including") && s.token(first - 2).word().equals(",")
                && (TriggeredPhraseFinder.afterCountedPlural(s, first - 2) || afterNewPlural(s, first - 2));
    }

    /** True when a plural noun with "new" or "novel" among its modifiers ends right before the comma. */
    private static boolean afterNewPlural(Sentence s, int comma) {
        if (!s.token(comma - 1).pos().equals("NNS")) {
            return false;
        }
        for (int k = comma - 2; k >= 0 && k >= comma - 5; k--) {
            if (s.token(k).lower().equals("new") || s.token(k).lower().equals("novel")) {
                return true;
            }
            if (!s.token(k).pos().startsWith("NN") && !s.token(k).pos().startsWith("JJ")
                    && !s.token(k).pos().equals("VBN")) {
                return false;
            }
        }
        return false;
    }

    /** True when the word at {@code i} is an acronym of the words right before it: "Parisian particle Gibbs PPG". */
    private static boolean spellsTheWordsBefore(Sentence s, int i) {
        String acronym = s.token(i).word();
        int n = acronym.length();
        if (!Names.isAcronym(acronym) || n < 2 || i < n) {
            return false;
        }
        for (int j = 0; j < n; j++) {
            String word = s.token(i - n + j).word();
            if (Character.toLowerCase(word.charAt(0)) != Character.toLowerCase(acronym.charAt(j))) {
                return false;
            }
        }
        return true;
    }

    /**
     * "called X", "dubbed X", "which we refer to as X", "we refer to this as the X"; not a name that others gave
     * ("RpGANs; originally called RGANs", "commonly called X", "Vincent-Cuaz et al. 2021 propose a method, called
     * GDL"; see also {@link #namedByCitedAuthors}).
     */
    private static String namingPhrase(Sentence s, int first) {
        for (int k = first - 1; k >= 0 && k >= first - 2; k--) {
            String lemma = s.token(k).lemma();
            int verb = namingWordAt(s, k) ? k : lemma.equals("as") ? referringVerbBefore(s, k) : -1;
            if (verb >= 0 && (AuthorSubject.named(s) || namesAThing(s, verb)) && !namesAnEstablishedThing(s, verb)
                    && AuthorSubject.before(s, verb) != AuthorSubject.OTHERS
                    && !(verb >= 1 && NAMED_BY_OTHERS.contains(s.token(verb - 1).lower())) && !namesATopic(s, verb)
                    && !ProposalCues.whatIsCalled(s, verb) && !TypeCues.namedAsAPosedThing(s, first)) {
                return "proposal.naming-phrase";
            }
            if (!BEFORE_NAMING_VERB.contains(lemma)) {
                break;
            }
        }
        return null;
    }

    /**
     * True when the abstract says that others proposed the title's name: "Lately proposed Word Sense Disambiguation
     * (WSD) systems …" after the title "Word Sense Disambiguation: Towards …".
     */
    private static boolean proposedEarlierByOthers(AnnotatedText text, String name) {
        for (PhraseSearch.WordMatch m : occurrences(text, name, text.titleLength())) {
            Sentence s = m.sentence();
            int k = s.tokenIndexAt(m.span().begin());
            if (k >= 2 && s.token(k).begin() == m.span().begin() && TRIGGERS.contains(s.token(k - 1).lemma())
                    && EARLIER.contains(s.token(k - 2).lower())) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> OTHERS_KINDS = Set.of("existing", "previous", "prior", "other", "common",
            "standard", "traditional", "conventional", "popular", "used", "current", "state-of-the-art", "classical",
            "classic", "mainstream", "prevalent", "most", "many");

    /**
     * True when the text writes the name between a word for others' work and a plural method noun, the name of a
     * kind: "commonly used AL strategies", "other common AL methods", "existing decentralized AC algorithms",
     * "standard DFKD approaches" (one modifier may stand between); or the name's own plural after such a word, a short
     * form that counts others' models: "existing CBMs and their variants".
     */
    private static boolean namesOthersMethodsOfAKind(AnnotatedText text, String name) {
        if (Names.isAcronym(name) && othersPlural(text, name + "s")) {
            return true;
        }
        for (PhraseSearch.WordMatch m : occurrences(text, name, text.titleLength())) {
            Sentence s = m.sentence();
            int first = s.tokenIndexAt(m.span().begin());
            int last = s.tokenIndexAt(m.span().end() - 1);
            if (first < 1 || s.token(first).begin() != m.span().begin() || s.token(last).end() != m.span().end()
                    || last + 1 >= s.size() || !pluralMethodNoun(s.token(last + 1))) {
                continue;
            }
            if (othersWordBefore(s, first)) {
                return true;
            }
        }
        return false;
    }

    /** True when a word for others' work stands right before the plural, past one modifier: "existing CBMs". */
    private static boolean othersPlural(AnnotatedText text, String plural) {
        for (Sentence s : text.abstractSentences()) {
            for (int i = 1; i < s.size(); i++) {
                if (s.token(i).word().equals(plural) && othersWordBefore(s, i)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True when a word for others' work ({@link #OTHERS_KINDS}) stands before {@code first}, past one modifier. */
    private static boolean othersWordBefore(Sentence s, int first) {
        for (int k = first - 1; k >= 0 && k >= first - 2; k--) {
            if (OTHERS_KINDS.contains(s.token(k).lower())) {
                return true;
            }
            if (!s.token(k).pos().startsWith("JJ") && !s.token(k).pos().equals("VBN")) {
                return false;
            }
        }
        return false;
    }

    /**
     * "methods", and "approaches" that the tagger reads as a verb: "standard DFKD approaches in …"; not "variants",
     * which are versions of the name ("All three GTR variants achieve …").
     */
    private static boolean pluralMethodNoun(Token t) {
        return (t.pos().equals("NNS") || t.pos().equals("VBZ")) && !t.lemma().equals(t.lower())
                && TypeCues.METHOD_HEADS.contains(t.lemma()) && !VARIANT_NOUNS.contains(t.lemma());
    }

    /**
     * True when the abstract says that something does better than the name, which makes it a baseline, though a long
     * form of the title's head spells it out: "QARL outperforming RARL" under "Robust Adversarial Reinforcement
     * Learning via Bounded Rationality Curricula", where "Robust Adversarial Reinforcement Learning (RARL) trains …".
     */
    private static boolean outperformedInTheText(AnnotatedText text, String name) {
        for (PhraseSearch.WordMatch m : occurrences(text, name, text.titleLength())) {
            Sentence s = m.sentence();
            int k = s.tokenIndexAt(m.span().begin()) - 1;
            if (k >= 0 && s.token(k).lower().equals("the")) {
                k--;
            }
            if (TypeCues.outperformingVerbAt(s, k) || k >= 0 && s.token(k).lower().equals("than")) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when "by" and a capitalised name follow the name that ends at {@code last}, or its short form in
     * parentheses: "coined Theory of Mind (ToM) by Premack & Woodruff (1978)" names someone else's notion.
     */
    private static boolean namedByCitedAuthors(Sentence s, int last) {
        int k = TypeCues.pastItsShortForm(s, last + 1);
        return k + 1 < s.size() && s.token(k).lower().equals("by") && s.token(k + 1).pos().equals("NNP")
                && Character.isUpperCase(s.token(k + 1).word().charAt(0));
    }

    /** Adverbs between "referred to" and "as", which the tagger may read as adjectives: "referred to further as X". */
    private static final Set<String> REFERRING_ADVERBS = Set.of("further", "hereafter", "henceforth", "hereinafter",
            "simply", "collectively");

    /**
     * The index of "refer" in "we refer to … as" when the "as" at {@code as} ends it, its object at most a few words
     * ("we refer to this as", "which we refer to as", "we will refer to our model as"); else -1. Only the authors
     * name a thing so: "a network that the community refers to as X" is someone else's. The participle right after a
     * noun or its comma names it as "called" does ("a generic method, referred to as X", "a learning method referred to
     * as X", "a … model, which is referred to as X", "a … architecture (referred to as X)"; not "which is also
     * referred to as X").
     */
    static int referringVerbBefore(Sentence s, int as) {
        // a naming verb with "as": "a simple yet effective baseline, denoted as MEMO", "named as X"
        if (as >= 1 && NAMING_VERBS.contains(s.token(as - 1).lemma()) && s.token(as - 1).pos().equals("VBN")) {
            return as - 1;
        }
        // (an adverb may come before "as": "a modular architecture, referred to further as X")
        boolean adverb = as >= 2
                && (s.token(as - 1).pos().startsWith("RB") || REFERRING_ADVERBS.contains(s.token(as - 1).lower()));
        int to = adverb ? as - 1 : as;
        // ("referred as", without "to", after a noun or what sets it off: "a novel approach referred as Hybrid
        // Bayesian Optimization (HyBO)", "(referred as RPD)")
        if (as >= 2 && s.token(as - 1).lower().equals("referred")) {
            return setOffOrNoun(s.token(as - 2)) ? as - 1 : -1;
        }
        if (to >= 3 && s.token(to - 1).lower().equals("to") && s.token(to - 2).lower().equals("referred")) {
            Token before = s.token(to - 3);
            boolean relative = to >= 4 && (before.lower().equals("is") || before.lower().equals("are"))
                    && s.token(to - 4).lower().equals("which");
            return setOffOrNoun(before) || relative ? to - 2 : -1;
        }
        for (int k = as - 2; k >= 1 && k >= as - 5; k--) {
            if (s.token(k).lemma().equals("refer") && s.token(k + 1).lower().equals("to")) {
                boolean we = s.token(k - 1).lower().equals("we") || (k >= 2 && s.token(k - 2).lower().equals("we"));
                return we ? k : -1;
            }
        }
        return -1;
    }

    /** True when a comma or a parenthesis sets off what "referred (to) as" follows, or a noun comes right before. */
    private static boolean setOffOrNoun(Token before) {
        return before.word().equals(",") || before.word().equals("(") || before.pos().startsWith("NN");
    }

    /** True when the name at {@code first} follows a naming verb after a known thing ({@link #namesAKnownThing}). */
    private static boolean calledAKnownThing(Sentence s, int first) {
        return first >= 1 && NAMING_VERBS.contains(s.token(first - 1).lemma()) && namesAKnownThing(s, first - 1);
    }

    /** Words that govern a thing the authors use: "using a … model called X", "with a tool named X". */
    private static final Set<String> USING_WORDS = Set.of("using", "with", "via");

    /**
     * True when "our" opens the noun phrase that the naming verb right before the mention names: "Our main algorithm,
     * called RANS, …".
     */
    private static boolean namesAThingOfTheAuthors(Sentence s, Mention m) {
        int verb = s.tokenIndexAt(m.span().begin()) - 1;
        if (verb < 2 || !NAMING_VERBS.contains(s.token(verb).lemma())) {
            return false;
        }
        int k = s.token(verb - 1).word().equals(",") ? verb - 2 : verb - 1;
        while (k >= 0 && verb - k <= 6 && (s.token(k).pos().startsWith("NN") || s.token(k).pos().startsWith("JJ")
                || s.token(k).pos().equals("HYPH") || s.token(k).pos().equals("VBN"))) {
            k--;
        }
        return k >= 0 && k < verb - 1 && s.token(k).lower().equals("our");
    }

    /**
     * True when a naming verb before the name at {@code first} names a thing that "using", "with" or "via" governs,
     * with no word of novelty: "We developed a system for this task using a pre-trained language representation model
     * called BERT" (the system is the paper's, the model one it uses; asked of well-known names only, since the
     * authors' own part may be so named, "evaluate … with a holistic evaluation framework called SOTOPIA-Eval").
     */
    private static boolean calledAUsedThing(Sentence s, int first) {
        int verb = first - 1;
        if (verb < 3 || !NAMING_VERBS.contains(s.token(verb).lemma())) {
            return false;
        }
        int k = verb - 1;
        while (k >= 0 && verb - k <= 6 && (s.token(k).pos().startsWith("NN") || s.token(k).pos().startsWith("JJ")
                || s.token(k).pos().equals("HYPH") || s.token(k).pos().equals("VBN"))) {
            if (NOVELTY.contains(s.token(k).lower())) {
                return false;
            }
            k--;
        }
        return k >= 1 && k < verb - 1 && TypeCues.ARTICLES.contains(s.token(k).lower())
                && USING_WORDS.contains(s.token(k - 1).lower());
    }

    /**
     * True when "the" opens the noun phrase right before the naming verb at {@code verb}: "the belief theory called
     * X" is a thing the reader is taken to know, not one the authors name.
     */
    private static boolean namesAKnownThing(Sentence s, int verb) {
        int k = verb - 1;
        while (k >= 0 && verb - k <= 4 && (s.token(k).pos().startsWith("NN") || s.token(k).pos().startsWith("JJ"))) {
            k--;
        }
        if (k < 0 || k >= verb - 1 || !s.token(k).lower().equals("the")) {
            return false;
        }
        // (but "a novel component to the standard UMT framework called CBD", "a new formalization of the task called
        // MQAR" name the new thing, and so does a phrase that calls itself new, "we propose the first schema
        // translation model called CAST")
        for (int j = Math.max(0, k - 6); j < verb; j++) {
            if (NOVELTY.contains(s.token(j).lower())) {
                return false;
            }
        }
        return true;
    }

    /**
     * "we implement this idea as the X method", "we instantiate the framework as X", "we refer to our architecture
     * as X": the authors' idea takes the name (not "implemented as a TensorFlow plugin", where the name only
     * modifies what is made).
     */
    private static String implementedAs(Sentence s, int first, Set<String> ownNames) {
        int k = first - 1;
        if (k >= 0 && s.token(k).lower().equals("the")) {
            k--;
        }
        // ("widely implemented sketches such as CountSketch" gives an example, it does not name what was made)
        if (k < 1 || !s.token(k).lower().equals("as") || s.suchAsAt(k - 1)) {
            return null;
        }
        for (int v = k - 1; v >= 0 && v >= k - 6; v--) {
            Token t = s.token(v);
            if (REALISING_VERBS.contains(t.lemma()) && t.pos().startsWith("VB")) {
                // ("our algorithm is as easy to implement as TS" compares with X, it names nothing)
                boolean equative = v >= 3 && s.token(v - 1).lower().equals("to")
                        && s.token(v - 2).pos().startsWith("JJ") && s.token(v - 3).lower().equals("as");
                return !equative && subjectBefore(s, v, ownNames) ? "proposal.implemented-as" : null;
            }
            // "we refer to our RNN architecture as X": naming what is theirs
            if (t.lemma().equals("refer") && t.pos().startsWith("VB") && v + 2 < k
                    && s.token(v + 1).lower().equals("to") && s.token(v + 2).lower().equals("our")) {
                return subjectBefore(s, v, ownNames) ? "proposal.implemented-as" : null;
            }
            if (CLAUSE_BREAKS.contains(t.lower()) || t.lower().equals("as")) {
                return null;
            }
        }
        return null;
    }

    /** Nouns of a part of a shared task, before its number: "Task 1", "Subtask A", "Track 2". */
    private static final Set<String> TASK_PART_NOUNS = Set.of("task", "subtask", "track");

    /**
     * True when a task's noun, alone or with its number or letter, stands right before {@code sep}: "Shared Task 1:",
     * "four document understanding tasks: Doc2Mask, …" (not what something is for, "a novel approach for this task --
     * Lift, Map, Detect (LMD)", nor a task a model is trained on, "a new pretext task, Turning to Video …").
     */
    private static boolean namesATaskBefore(Sentence s, int sep) {
        int k = sep - 1;
        boolean numbered = k >= 1 && (s.token(k).pos().equals("CD") || s.token(k).word().length() == 1
                && Character.isUpperCase(s.token(k).word().charAt(0)));
        int noun = numbered ? k - 1 : k;
        if (noun < 0 || !TASK_PART_NOUNS.contains(numbered ? s.token(noun).lower() : s.token(noun).lemma())) {
            return false;
        }
        for (int j = noun - 1; j >= 0 && j >= noun - 2; j--) {
            if (s.token(j).pos().equals("IN") || TypeCues.TRAINING_TASK_WORDS.contains(s.token(j).lower())) {
                return false;
            }
        }
        return true;
    }

    /** True when a name is a language's name before a known model's: "German BERT", "Arabic RoBERTa". */
    private boolean forALanguage(String name) {
        int space = name.indexOf(' ');
        return space > 0 && name.indexOf(' ', space + 1) < 0 && lexicon.isLanguage(name.substring(0, space))
                && lexicon.isKnownMethod(name.substring(space + 1));
    }

    /** The size a hyphen gives a known model: "-T", "-Base", "-XL", "-7B". */
    private static final java.util.regex.Pattern MODEL_SIZE = java.util.regex.Pattern.compile(
            "-(?:[TSBLHG]|XX?L|(?i:tiny|small|base|large|huge|medium|mini)|\\d+(?:\\.\\d+)?[BMK])");

    /** True when a name is a known model in one of its sizes: "DeiT-T", "BERT-Base", "LLaMA-7B". */
    private boolean sizeOfAKnownModel(String name) {
        int hyphen = name.lastIndexOf('-');
        return hyphen > 0 && MODEL_SIZE.matcher(name.substring(hyphen)).matches() && lexicon.isOnlyAMethodVariant(name);
    }

    /** Participles of fine-tuning or of using, which say a model was taken, not made ("our used MacBERT model"). */
    private static final Set<String> TAKEN_PARTICIPLES = Set.of("fine-tuned", "finetuned", "fine-tuning",
            "finetuning", "used", "adopted", "employed");

    /** A word of letters with a hyphen inside: "multi-task", "zero-shot". */
    private static final java.util.regex.Pattern HYPHENATED_WORD = java.util.regex.Pattern.compile(
            "[A-Za-z]+(?:-[A-Za-z]+)+");

    /** What opens an apposition to a method noun: a comma, a parenthesis, a dash standing between spaces. */
    private static final Set<String> APPOSITION_OPENERS = com.google.common.collect.Sets.union(Set.of(",", "(", "-"),
            DASHES);

    /**
     * True when a plain capitalised word right before or after a short form in capitals makes it part of a longer
     * name: "our Energy-guided Entropic OT approach" (after "Optimal Transport (OT)"), "our UGC Live VQA database";
     * not a method or data noun after it, "our QUILL Transformer".
     */
    private static boolean partOfALongerName(Sentence s, int name) {
        if (!Names.isAcronym(s.token(name).word())) {
            return false;
        }
        String nextLemma = name + 1 < s.size() ? s.token(name + 1).lemma().toLowerCase(java.util.Locale.ROOT) : "";
        return name >= 2 && plainCapitalisedWord(s.token(name - 1))
                || name + 1 < s.size() && plainCapitalisedWord(s.token(name + 1))
                        && !TypeCues.METHOD_HEADS.contains(nextLemma) && !TypeCues.DATASET_HEADS.contains(nextLemma);
    }

    /** A capitalised word that is neither coined nor a function word: "Entropic", "Live". */
    private static boolean plainCapitalisedWord(Token t) {
        return Character.isUpperCase(t.word().charAt(0)) && !Names.isCoined(t.word())
                && !Names.FUNCTION_WORDS.contains(t.lower());
    }

    /**
     * "our X", "our new model X", "the proposed approach, X": only adjectives and nouns between ("our bound on MNIST"
     * is not).
     */
    private static String ours(Sentence s, int name, int last) {
        // (nor names of the baselines the authors run, "faster than our HNSW and NSG baselines", nor of a model in the
        // role a distillation gives it, "our 4X compressed PointPillars student")
        int head = TypeCues.endOfList(s, last + 1);
        if (head < s.size() && ROLE_NOUNS.contains(s.token(head).lemma())) {
            return null;
        }
        // (the apposition may open with "the": "The proposed architecture, the Gated Transformer-XL (GTrXL), …")
        int first = name >= 3 && s.token(name - 1).lower().equals("the") && s.token(name - 2).word().equals(",")
                && TypeCues.METHOD_HEADS.contains(s.token(name - 3).lemma()) ? name - 1 : name;
        if (first == name && name == last && partOfALongerName(s, name)) {
            return null;
        }
        // (past "namely" and its comma: "our approach, namely DG-BEV, successfully …", "our tree-recursive neural
        // model, namely RST-Recursive, which …")
        int namely = namelyBefore(s, first);
        if (namely >= 0) {
            first = namely;
        }
        // (a method noun right before the name lets more words describe it: "our multi-skill mobile manipulation
        // method M3", also past the parenthesis or the commas that set the name off, "our OOD detection framework
        // (MOOD)", "Our Open IE system, CALMIE, performs …"; not a comma that ends the phrase a sentence opens with,
        // "after our proposed alignment procedure, BERT exhibits …")
        String before = s.token(Math.max(0, first - 1)).word();
        boolean setOff = before.equals("(") || before.equals(",") && last + 1 < s.size()
                && TypeCues.CLOSES_APPOSITION.contains(s.token(last + 1).word());
        int noun = first >= 2 && setOff ? first - 2 : first - 1;
        int reach = noun >= 0 && TypeCues.METHOD_HEADS.contains(s.token(noun).lemma()) ? 5 + first - noun : 4;
        for (int k = first - 1; k >= 0 && k >= first - reach; k--) {
            Token t = s.token(k);
            if (authorsOwnAt(s, k)) {
                return t.lower().equals("our") ? "proposal.our" : "proposal.the-proposed";
            }
            // a baseline is what the authors compare with, not what they made: "outperforming our baseline (DINO)"; a
            // model they fine-tuned or used is one they took: "Our fine-tuned XML-RoBERTa model achieved …"
            // (but a participle of fine-tuning before a method noun that the name then follows names the model the
            // authors made by it: "our fine-tuned model, Instruct-XMLR, outperforms …")
            boolean madeByTuning = k + 1 < first && TypeCues.METHOD_HEADS.contains(s.token(k + 1).lemma());
            if (t.lemma().equals("baseline") || TAKEN_PARTICIPLES.contains(t.lower()) && !madeByTuning) {
                break;
            }
            // "our model, GIOROM, …", "our tokenizer (DiGIT)", "our model - Prod2BERT - is …" (not where the comma ends
            // the clause a sentence opens with: "While the others exploit our framework, GPI and TRL fit in …")
            boolean appositionComma = APPOSITION_OPENERS.contains(t.word()) && k == first - 1 && k > 0
                    && TypeCues.METHOD_HEADS.contains(s.token(k - 1).lemma())
                    && (!t.word().equals(",") || TypeCues.mayOpenAnApposition(s, k, afterTheName(s, last)))
                    // or the quotation mark of a name quoted after its noun: 'The proposed method "RTD-AE"'
                    || (TypeCues.isQuote(t) && k == first - 1 && k > 0
                            && TypeCues.METHOD_HEADS.contains(s.token(k - 1).lemma()));
            // a group's symbol written with its argument is one modifier: "our E(3) Equivariant Diffusion Model (EDM)"
            int symbol = symbolWithItsArgument(s, k);
            if (symbol >= 0) {
                reach += k - symbol;
                k = symbol;
                continue;
            }
            // (an adverb of degree before an adjective is one modifier with it: "Our most powerful model, X, …")
            boolean degree = (t.pos().equals("RBS") || t.pos().equals("RBR")) && k + 1 < first
                    && s.token(k + 1).pos().startsWith("JJ");
            // (a hyphenated word is a modifier whatever the tagger reads it as: "our adversarial multi-task/VB
            // network, X")
            boolean hyphenated = HYPHENATED_WORD.matcher(t.word()).matches();
            if (!t.pos().startsWith("JJ") && !t.pos().startsWith("NN") && !t.pos().equals("VBN") && !appositionComma
                    && !degree && !hyphenated) {
                break;
            }
        }
        return null;
    }

    /**
     * Where a symbol written with its argument in parentheses and no space, "E(3)", "SE(3)", "SO(n)", starts when its
     * closing parenthesis is at {@code close}; -1 when there is none.
     */
    private static int symbolWithItsArgument(Sentence s, int close) {
        if (close < 3 || !s.token(close).word().equals(")") || !s.token(close - 2).word().equals("(")) {
            return -1;
        }
        for (int k = close - 2; k <= close; k++) {
            if (s.token(k).begin() != s.token(k - 1).end()) {
                return -1;
            }
        }
        return Character.isUpperCase(s.token(close - 3).word().charAt(0)) ? close - 3 : -1;
    }

    /**
     * "we extend Whittle index to a new … setting …, resulting in WIMS (…)", "…, resulting in an enhanced model
     * VIOLETv2": what the authors' work results in is theirs (only an article, adjectives and nouns between).
     */
    private static String whatTheAuthorsWorkResultsIn(Sentence s, int first) {
        for (int k = first - 1; k >= 1 && k >= first - 7; k--) {
            Token t = s.token(k);
            if (t.lower().equals("in") && s.token(k - 1).lower().equals("resulting")) {
                return AuthorSubject.before(s, k - 1) == AuthorSubject.AUTHORS ? "proposal.resulting-in" : null;
            }
            if (!t.pos().startsWith("JJ") && !t.pos().startsWith("NN") && !t.pos().equals("VBN")
                    && !TypeCues.ARTICLES.contains(t.lower())) {
                return null;
            }
        }
        return null;
    }

    /**
     * "Called the Gram iteration, our approach exhibits …": a participle of naming opens the sentence and the authors'
     * own thing, after the comma, is what it names.
     */
    private static String namedBeforeTheAuthorsThing(Sentence s, int first, int last) {
        int k = first - 1;
        if (k >= 0 && TypeCues.ARTICLES.contains(s.token(k).lower())) {
            k--;
        }
        if (k != 0 || !NAMING_VERBS.contains(s.token(0).lemma())) {
            return null;
        }
        int next = afterTheName(s, last);
        return next + 1 < s.size() && s.token(next).word().equals(",") && authorsOwnAt(s, next + 1)
                ? "proposal.named-opening" : null;
    }

    /**
     * "Our models include Emotion Supervision (EmoSup) and two Emotion-Reinforced (EmoRL) models": the names that the
     * authors' methods, in the plural, include; only capitalised words, short forms in parentheses, numbers, commas and
     * "and" stand between the verb and the name.
     */
    private static String includedInOurMethods(Sentence s, int first) {
        for (int k = first - 1; k >= 2 && k >= first - 12; k--) {
            Token t = s.token(k);
            if (t.lemma().equals("include") && t.pos().startsWith("VB")) {
                Token noun = s.token(k - 1);
                return noun.pos().equals("NNS") && TypeCues.METHOD_HEADS.contains(noun.lemma())
                        && s.token(k - 2).lower().equals("our") ? "proposal.ours-include" : null;
            }
            boolean listWord = t.word().equals(",") || t.word().equals("(") || t.word().equals(")")
                    || t.lower().equals("and") || t.pos().equals("CD") || Character.isUpperCase(t.word().charAt(0));
            if (!listWord) {
                return null;
            }
        }
        return null;
    }

    /**
     * "The resulting BregmanTron algorithm jointly learns …", "The resulting Bayesian Aggregation (BA) mechanism": what
     * the authors' derivation results in is theirs (a coined name that no one knows, right after "resulting", written
     * in capitals and in the singular, before a method noun, a verb or punctuation; not "solving the resulting SDPs",
     * nor "the resulting FMM component-count posterior", which the name only modifies).
     */
    private static String whatResults(Sentence s, int first, int last, String surface, String name) {
        if (first < 1 || !s.token(first - 1).lower().equals("resulting") || !Character.isUpperCase(surface.charAt(0))
                || surface.endsWith("s") && !name.endsWith("s")) {
            return null;
        }
        int next = afterTheName(s, last);
        boolean closed = next >= s.size() || TypeCues.METHOD_HEADS.contains(s.token(next).lemma())
                || s.token(next).pos().startsWith("VB") || !Character.isLetterOrDigit(s.token(next).word().charAt(0));
        return closed ? "proposal.resulting" : null;
    }

    /**
     * Where a list of coined names that ends in the name at {@code first} starts: "DASHA-PAGE, DASHA-MVR and
     * DASHA-SYNC-MVR" starts at "DASHA-PAGE"; {@code first} when no comma, "and" or "or" joins it to a name before.
     */
    private static int startOfNameList(Sentence s, int first) {
        int start = first;
        int k = first - 1;
        while (k >= 1 && first - k <= 12) {
            String w = s.token(k).lower();
            if (!w.equals(",") && !w.equals("and") && !w.equals("or")) {
                break;
            }
            // (", and" joins the last name too)
            int name = (w.equals("and") || w.equals("or")) && s.token(k - 1).word().equals(",") ? k - 2 : k - 1;
            if (name < 0 || !Names.isCoined(s.token(name).word())) {
                break;
            }
            start = name;
            k = name - 1;
        }
        return start;
    }

    /**
     * "We use our insights to motivate a novel method, PMP (PostMan-Pat), which …": a name in apposition after "a
     * novel" or "a new" method noun, up to three words between, in a sentence whose subject is the authors.
     */
    private static String afterANovelMethodOfTheAuthors(Sentence s, int first) {
        if (first < 4 || !s.token(first - 1).word().equals(",")
                || !TypeCues.METHOD_HEADS.contains(s.token(first - 2).lemma()) || !s.token(first - 2).pos().startsWith("NN")) {
            return null;
        }
        for (int k = first - 3; k >= 1 && k >= first - 6; k--) {
            Token t = s.token(k);
            if (novelAfterAnArticle(s, k)) {
                return AuthorSubject.before(s, k - 1) == AuthorSubject.AUTHORS ? "proposal.apposition-after-novel" : null;
            }
            if (!t.pos().startsWith("JJ") && !t.pos().startsWith("NN") && !t.word().contains("-")) {
                return null;
            }
        }
        return null;
    }

    /**
     * True for a name that stands for nothing known or spelled out, right after "a novel" or "a new" and before a
     * singular common noun: "we propose a novel DUALPATH adaptation" names the adaptation (unlike "a novel NAS
     * algorithm", a well-known name, or "a novel QA task", a short form of four capitals or fewer, which fields go by).
     */
    private boolean newNameBeforeItsNoun(NameOccurrence o, Sentence s, int first, int last, Set<String> longForms) {
        String name = o.name();
        return first >= 2 && novelAfterAnArticle(s, first - 1) && lexicon.lookup(name) == null
                && (longForms == null || longForms.isEmpty()) && (name.length() > 4 || !Names.isAcronym(name))
                && last + 1 < s.size() && s.token(last + 1).pos().equals("NN")
                && Character.isLowerCase(s.token(last + 1).word().charAt(0));
    }

    /**
     * True when a naming phrase gives the long form and a method noun follows the short form: "a method we refer to as
     * polynomial approximate log-likelihood (PAL) estimators" names the estimators PAL.
     */
    private static boolean namedWithItsMethodNoun(Sentence s, int longFormStart, int first, int last) {
        if (longFormStart == first || namingPhrase(s, longFormStart) == null) {
            return false;
        }
        int next = afterTheName(s, last);
        return next < s.size() && TypeCues.METHOD_HEADS.contains(s.token(next).lemma());
    }

    /** "X, a novel …", "X is a new …" at the start of a sentence. */
    private static String appositionNovel(Sentence s, int first, int last) {
        if (first > 1 || (first == 1 && COMPARISONS.contains(s.token(0).lower()))) {
            return null;
        }
        if (last + 3 < s.size()) {
            String a = s.token(last + 1).lower();
            String b = s.token(last + 2).lower();
            String c = s.token(last + 3).lower();
            if ((a.equals(",") || a.equals("is") || a.equals(":")) && (b.equals("a") || b.equals("an"))
                    && NOVELTY.contains(c)) {
                return "proposal.apposition-novel";
            }
        }
        return null;
    }

    /**
     * "leads to Generative Trees (GeTs) and Generative Groves (GeGs), a family of novel hybrid models", "we employ
     * two methods: DCM, which …, and CMAP, a new approach for …": a name, or a list of names, in apposition to
     * something called novel or new, within the sentence; not after a comparison ("unlike X, a novel …" is someone
     * else's).
     */
    private static String novelAppositionAfterAList(Sentence s, int first, int last) {
        // (not a name that ends a sentence's opening phrase, whose comma sets off the main clause: "To improve the
        // robustness of the encoder for SE, a novel self-distillation mechanism … is introduced")
        if (endsAnOpeningPhrase(s, first)) {
            return null;
        }
        // (within the name's own clause: "The first is SLATE, an existing … tool, and the second is Parlay, a new tool
        // we developed")
        for (int k = clauseStart(s, first); k < first; k++) {
            // (nor what a cited work made: "(Zou et al., 2022) unveils X, a new benchmark …")
            if (COMPARISONS.contains(s.token(k).lower()) || citesAWorkAt(s, k)) {
                return null;
            }
        }
        // past the name's parentheses, or out of them when the name is the short form inside
        int k = last + 1 < s.size() && s.token(last + 1).word().equals(")") ? last + 2 : TypeCues.pastParentheses(s, last + 1);
        // past the other names of the list: "and Y (YY)", ", Z"
        for (int hops = 0; hops < 4 && k + 1 < s.size() && AND_OR.contains(s.token(k).lower()); hops++) {
            int next = k + 1;
            while (next < s.size() && Character.isUpperCase(s.token(next).word().charAt(0))) {
                next++;
            }
            if (next == k + 1) {
                return null;
            }
            k = TypeCues.pastParentheses(s, next);
        }
        if (k + 2 >= s.size() || !s.token(k).word().equals(",") || !TypeCues.INDEFINITE_ARTICLES.contains(s.token(k + 1).lower())) {
            return null;
        }
        int n = k + 2;
        if (n + 2 < s.size() && MAKING_OF_NOUNS.contains(s.token(n).lower()) && s.token(n + 1).lower().equals("of")) {
            n += 2;
        }
        return n < s.size() && (s.token(n).lower().equals("novel") || s.token(n).lower().equals("new"))
                && !aResultAfter(s, n + 1) ? "proposal.apposition-novel-within" : null;
    }

    /** Heads of a result: "a new state-of-the-art record", "a new best score". */
    private static final Set<String> RESULT_HEADS = Set.of("record", "result", "high", "best", "score", "performance");

    /**
     * True when the noun phrase from {@code from} is headed by a result, modifiers between: "reaches 37.01% mAP on
     * ActivityNet-v1.3, a new state-of-the-art record" sets a record on the dataset, proposes none.
     */
    private static boolean aResultAfter(Sentence s, int from) {
        for (int k = from; k < s.size() && k < from + 4; k++) {
            Token t = s.token(k);
            if (RESULT_HEADS.contains(t.lemma().toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
            if (!t.pos().startsWith("JJ") && !t.pos().startsWith("NN") && !t.pos().equals("HYPH")) {
                return false;
            }
        }
        return false;
    }

    /**
     * True when the occurrence is a short form in parentheses after its long form, "and" before that and a purpose
     * clause after ("…, and Online Threshold Stabilizer (OTS) to stabilize …"), and a name the same sentence proposes
     * earlier by a verb of making stands the same way ("we propose Online Spiking Renormalization (OSR) to ensure").
     */
    private static boolean parallelToAProposal(AnnotatedText text, NameOccurrence o, List<Mention> proposals,
                                               java.util.Map<String, java.util.Set<String>> aliases) {
        Sentence s = o.sentence();
        int first = s.tokenIndexAt(o.span().begin());
        int last = s.tokenIndexAt(o.span().end() - 1);
        if (first < 2 || !s.token(first - 1).word().equals("(") || !closedBeforeAPurpose(s, last)) {
            return false;
        }
        int start = startOfLongForm(text, s, first, aliases.getOrDefault(o.name(), java.util.Set.of()));
        if (start == first || start < 1 || !s.token(start - 1).lower().equals("and")) {
            return false;
        }
        for (Mention m : proposals) {
            if (m.sentence() != s.index() || !m.rule().equals("proposal.we-propose")) {
                continue;
            }
            int end = s.tokenIndexAt(m.span().end() - 1);
            if (end < start - 1 && closedBeforeAPurpose(s, end)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Words between a verb of making up and a listed part that make the part no part of the whole but what a part is
     * based on, works with or stems from: "a matching module based on a pre-trained language model (PLM)", "an
     * explorer … with Monte Carlo Tree Search (MCTS)", "components that stem from the … criterion (HSIC)".
     */
    private static final Set<String> NOT_A_LISTED_PART = Set.of("based", "with", "from", "using", "via", "by", "on",
            "upon", "that", "which", "where", "who", "whose", "leverages", "uses", "employs", "like", "such", "than");

    /**
     * True when the occurrence is a short form in parentheses after its long form, listed after a verb of making up
     * whose subject is a proposed name: "ANNA consists of Front-Door Adjustment (FDA) … and Decoupled Causal Alignment
     * (DCA)", "The proposed QSSN consists of a phase-prediction module (PPM) and …", "DNRT comprises Response-Adaptive
     * Activation (RAA) …". Not a known name, nor one that a listed part is based on or works with.
     */
    private boolean listedPartOfAProposedName(AnnotatedText text, NameOccurrence o, Set<String> proposed,
                                              java.util.Map<String, java.util.Set<String>> aliases) {
        Sentence s = o.sentence();
        int first = s.tokenIndexAt(o.span().begin());
        if (lexicon.lookup(o.name()) != null || first < 3 || !s.token(first - 1).word().equals("(")) {
            return false;
        }
        int start = startOfLongForm(text, s, first, aliases.getOrDefault(o.name(), java.util.Set.of()));
        // (a part's long form in title case, or one a method noun ends, "a phase-prediction module (PPM)"; not what a
        // benchmark holds, "CLiMP consists of sets of 1000 minimal pairs (MPs)")
        boolean titleCase = false;
        for (int j = start; j < first - 1; j++) {
            titleCase |= Character.isUpperCase(s.token(j).word().charAt(0));
        }
        if (start >= first || !titleCase && !TypeCues.METHOD_HEADS.contains(s.token(first - 2).lemma())) {
            return false;
        }
        for (int j = start - 1; j >= 1; j--) {
            Token t = s.token(j);
            if (NOT_A_LISTED_PART.contains(t.lower()) || t.word().equals(".")) {
                return false;
            }
            int verb = j >= 2 && t.lower().equals("of") && s.token(j - 1).lower().equals("up")
                    && s.token(j - 2).lower().equals("made") ? j - 2 : madeOfVerbAt(s, j);
            if (verb >= 0) {
                int subject = verb - 1;
                while (subject > 0 && (s.token(subject).pos().startsWith("RB")
                        || s.token(subject).lemma().equals("be"))) {
                    subject--; // "Our PDF mainly consists of", "DIGA is composed of"
                }
                return subject >= 0 && proposed.contains(s.token(subject).word());
            }
        }
        return false;
    }

    /** True when a parenthesis closes right after {@code last} and a purpose clause follows: "(OSR) to ensure …". */
    private static boolean closedBeforeAPurpose(Sentence s, int last) {
        return last + 3 < s.size() && s.token(last + 1).word().equals(")") && s.token(last + 2).lower().equals("to")
                && s.token(last + 3).pos().equals("VB");
    }

    /** Nouns of the parts of a thing: "splits of two datasets", "subsets of …". */
    private static final Set<String> PART_NOUNS = Set.of("split", "subset", "partition", "part", "portion");

    /**
     * True when what the trigger at {@code trigger} makes is parts of what the apposition at {@code sep} names: "we
     * introduce splits of two autonomous driving datasets, DDAD and Argoverse" makes splits, not the datasets (but
     * one part is what its apposition names: "We create a subset of the NQ data, Factual Questions (FQ)").
     */
    private static boolean partsOfWhatIsNamed(Sentence s, int trigger, int sep) {
        for (int j = trigger + 1; j + 1 < sep; j++) {
            if (PART_NOUNS.contains(Names.withoutPluralS(s.token(j).lower())) && s.token(j).pos().equals("NNS")
                    && s.token(j + 1).lower().equals("of")) {
                return true;
            }
        }
        return false;
    }

    /** True when "et al." opens at {@code k}: a cited work's authors. */
    private static boolean citesAWorkAt(Sentence s, int k) {
        return k + 1 < s.size() && s.token(k).lower().equals("et") && s.token(k + 1).lower().startsWith("al");
    }

    /**
     * True when the lower-case head nouns after the parenthesis that closes at {@code close}, then a comma, come before
     * a coined name: "(LSH) algorithm, FlyHash".
     */
    private static boolean namedInAppositionAfter(Sentence s, int close) {
        int k = pastLowerCaseNouns(s, close + 1);
        if (k == close + 1 || k + 1 >= s.size() || !s.token(k).word().equals(",")) {
            return false;
        }
        // (or a naming participle after the comma: "a novel test-time refinement (TTR) method, denoted as SfM-TTR")
        int name = pastNamingParticiple(s, k + 1);
        return name < s.size() && Names.isCoined(s.token(name).word());
    }

    /** The index past the nouns in lower case from {@code k} on: past "method" in "(TTR) method, denoted as …". */
    private static int pastLowerCaseNouns(Sentence s, int k) {
        while (k < s.size() && s.token(k).pos().startsWith("NN")
                && Character.isLowerCase(s.token(k).word().charAt(0))) {
            k++;
        }
        return k;
    }

    /**
     * The index of the word that a naming participle at {@code k} gives, past its "as": "denoted as SfM-TTR", "termed
     * PSVT"; {@code k} itself where no naming participle stands there.
     */
    private static int pastNamingParticiple(Sentence s, int k) {
        if (k < s.size() && NAMING_VERBS.contains(s.token(k).lemma()) && s.token(k).pos().equals("VBN")) {
            return k + 1 < s.size() && s.token(k + 1).lower().equals("as") ? k + 2 : k + 1;
        }
        return k;
    }

    /**
     * True when the name ending at {@code last} opens a noun phrase, lower-case nouns after it and perhaps a
     * prepositional phrase, that a comma and a naming participle then give a coined name: "a … Pose and Shape
     * estimation framework with progressive Video Transformer, termed PSVT".
     */
    private static boolean describesANounNamedAfter(Sentence s, int last) {
        int k = pastLowerCaseNouns(s, last + 1);
        if (k == last + 1) {
            return false;
        }
        if (k < s.size() && s.token(k).pos().equals("IN")) {
            int end = Math.min(s.size(), k + 8);
            while (k < end && !",.;:()".contains(s.token(k).word())) {
                k++;
            }
        }
        if (k + 2 >= s.size() || !s.token(k).word().equals(",")) {
            return false;
        }
        int name = pastNamingParticiple(s, k + 1);
        return name > k + 1 && name < s.size() && Names.isCoined(s.token(name).word());
    }

    /**
     * "we introduce a novel graph convolutional network (GCN), termed as factorizable graph convolutional network
     * (FactorGCN)": a naming participle right after a name's definition, the name in parentheses ending at
     * {@code last} or its long form before them, gives the new thing a name of its own.
     */
    private static boolean renamedAfterItsDefinition(Sentence s, int last) {
        int close = endOfDefinition(s, last);
        if (close < 0) {
            return false;
        }
        int k = close + 1 < s.size() && s.token(close + 1).word().equals(",") ? close + 2 : close + 1;
        return k < s.size() && NAMING_VERBS.contains(s.token(k).lemma()) && s.token(k).pos().equals("VBN");
    }

    /**
     * The closing parenthesis of the definition of a name that ends at {@code last}: its short form in parentheses, or
     * its long form and the short form in parentheses after it; -1 when there is none.
     */
    private static int endOfDefinition(Sentence s, int last) {
        if (last + 1 < s.size() && s.token(last + 1).word().equals(")")) {
            return last + 1;
        }
        return last + 3 < s.size() && s.token(last + 1).word().equals("(") && s.token(last + 3).word().equals(")")
                ? last + 3 : -1;
    }

    /**
     * True when ", namely" and a capitalised word follow the definition of a name that ends at {@code last} (its short
     * form in parentheses, or its long form and the short form after it).
     */
    private static boolean namedAfterItsDefinition(Sentence s, int last) {
        int close = endOfDefinition(s, last);
        if (close < 0) {
            return false;
        }
        // (past the definition's noun: "a novel Deep Markov Model (DMM) architecture, namely ScanDMM")
        close = pastLowerCaseNouns(s, close + 1) - 1;
        return close + 3 < s.size() && s.token(close + 1).word().equals(",")
                && NAMELY.contains(s.token(close + 2).lower())
                && Character.isUpperCase(s.token(close + 3).word().charAt(0));
    }

    /**
     * True when the token at {@code k} closes a coined short form in parentheses: the ")" of "We propose Cartography
     * Active Learning (CAL), a novel …".
     */
    private static boolean closesACoinedShortForm(Sentence s, int k) {
        return k >= 2 && s.token(k).word().equals(")") && s.token(k - 2).word().equals("(")
                && Names.isCoined(s.token(k - 1).word());
    }

    /** Nouns of what a method does to a thing, besides the heads of tasks: "estimation", "prediction". */
    private static final Set<String> ACTION_NOUNS = Set.of("estimation", "prediction", "generation", "reconstruction");

    /**
     * True when a lower-case noun of an action and a method noun come at {@code k}, after a short form in parentheses:
     * "a new Image Signal Processor (ISP) estimation method", where the short form names what the new method acts on.
     */
    private static boolean objectOfTheNewMethod(Sentence s, int k) {
        if (k + 1 >= s.size() || !Character.isLowerCase(s.token(k).word().charAt(0))) {
            return false;
        }
        String action = s.token(k).lower();
        return (ACTION_NOUNS.contains(action) || TypeCues.TASK_HEADS.contains(action))
                && TypeCues.METHOD_HEADS.contains(s.token(k + 1).lemma());
    }

    /**
     * "a novel MIL framework with masked hard instance mining (MHIM-MIL)", "by a novel SubEquivariant Transformer
     * (SET)": a short form defined for a phrase that presents something as new, or that phrase itself; not "unlike a
     * new … (X)" or "a novel method for cross-view geolocalization (CVGL)", where the short form is the purpose's.
     */
    private static String definedAfterANovelPhrase(Sentence s, int first, int last, String name) {
        boolean shortForm = first >= 2 && last + 1 < s.size() && s.token(first - 1).word().equals("(")
                && s.token(last + 1).word().equals(")");
        // or the long form itself, its short form after it: "a novel SubEquivariant Transformer (SET)", "a novel
        // adaptive Gradient Scaling technique (Gradscale)"
        boolean longForm = last + 3 < s.size() && (TypeCues.isParenthesisedAcronym(s, last + 3)
                || s.token(last + 1).word().equals("(") && s.token(last + 2).word().equals(name)
                        && s.token(last + 3).word().equals(")"));
        if (!shortForm && !longForm) {
            return null;
        }
        int from = shortForm ? first - 2 : first - 1;
        for (int k = from; k >= 1 && k >= from - 12; k--) {
            Token t = s.token(k);
            // "Q-DPP, a novel extension of determinantal point process (DPP)": what a variant is "of" was there before
            if (t.lower().equals("of") && VARIANT_NOUNS.contains(s.token(k - 1).lower())) {
                return null;
            }
            // "a novel probabilistic approach using Markov Random Fields (MRF)": what the new thing uses was there
            // (not a participle inside a title-case long form: "a novel algorithm called Generalized Policy Iteration
            // using Tensor Train (TTPI)")
            if (USING_PARTICIPLES.contains(t.lower()) && k >= 1 && s.token(k - 1).pos().startsWith("NN")
                    && Character.isLowerCase(s.token(k - 1).word().charAt(0))) {
                return null;
            }
            if (novelAfterAnArticle(s, k)) {
                // "we propose CLS-ER, a novel dual memory experience replay (ER) method": the new thing has its name
                // already, the one before the apposition (a defined short form too, "We propose Cartography Active
                // Learning (CAL), a novel Active Learning (AL) algorithm"); the short form inside names a part of it
                if (k >= 3 && s.token(k - 2).word().equals(",") && (Names.isCoined(s.token(k - 3).word())
                        || closesACoinedShortForm(s, k - 3))) {
                    return null;
                }
                // and so has the one after it: "a new locality sensitive hashing (LSH) algorithm, FlyHash"
                if (namedInAppositionAfter(s, shortForm ? last + 1 : last + 3)) {
                    return null;
                }
                return k < 2 || !COMPARISONS.contains(s.token(k - 2).lower()) ? "proposal.novel-definition" : null;
            }
            // (a dash right before the long form sets it in apposition: "a new adversarial learning paradigm—Reverse
            // Engineering of Deceptions (RED)")
            boolean phraseWord = t.pos().startsWith("NN") || t.pos().startsWith("JJ") || t.pos().equals("VBN")
                    && !t.lower().equals("proposed") || t.pos().equals("VBG") || t.pos().equals("CD")
                    || t.lower().equals("with") || t.lower().equals("of") || t.word().contains("-")
                    || coordinatesAdjectives(s, k) || k == from && DASHES.contains(t.word());
            if (!phraseWord || COMPARISONS.contains(t.lower())) {
                return null;
            }
        }
        return null;
    }

    /**
     * An adverb before an adjective, or the comma between two adjectives: "a novel, fully differentiable time warping
     * model (TWM)".
     */
    private static boolean coordinatesAdjectives(Sentence s, int k) {
        if (k + 1 >= s.size()) {
            return false;
        }
        String next = s.token(k + 1).pos();
        boolean describes = next.startsWith("JJ") || next.equals("VBN");
        if (s.token(k).pos().startsWith("RB")) {
            return describes;
        }
        // ("novel" before a comma is often tagged a noun)
        return s.token(k).word().equals(",") && (s.token(k - 1).pos().startsWith("JJ")
                || NOVELTY.contains(s.token(k - 1).lower())) && (describes || next.startsWith("RB"));
    }

    /**
     * True when the participle at {@code k}, right before a name, describes it rather than saying what the authors did:
     * after a preposition ("results on curated X"), or after "and" in a clause whose verb is in the present tense
     * ("RoPAWS improves PAWS for uncurated Y and curated X by 0.4%"; not "we collected and curated X").
     */
    private static boolean participleBeforeANameDescribesIt(Sentence s, int k) {
        Token before = s.token(k - 1);
        if (before.pos().equals("IN")) {
            return true;
        }
        if (!before.pos().equals("CC")) {
            return false;
        }
        for (int j = k - 2; j >= 0; j--) {
            String pos = s.token(j).pos();
            if (pos.startsWith("VB")) {
                return pos.equals("VBZ") || pos.equals("VBP");
            }
        }
        return false;
    }

    /** True when a method noun comes right before "namely" at {@code namely}, past a comma or a dash. */
    static boolean methodNounBeforeNamely(Sentence s, int namely) {
        int k = namely - 1;
        while (k >= 0 && (s.token(k).word().equals(",") || DASHES.contains(s.token(k).word()))) {
            k--;
        }
        return k >= 0 && TypeCues.METHOD_HEADS.contains(s.token(k).lemma());
    }

    /** Roles that the authors give to models that are there: baselines, the teacher and student of a distillation. */
    private static final Set<String> ROLE_NOUNS = Set.of("baseline", "student", "teacher");

    /** Determiners that point at a thing already there: "the released CLIP model", "these collected images". */
    private static final Set<String> DEFINITE_DETERMINERS = Set.of("the", "this", "these", "those");
    /** Nouns of collections made of things: "hierarchies of", "ensembles of", "stacks of". */
    private static final Set<String> COLLECTION_NOUNS = Set.of("hierarchy", "ensemble", "mixture", "stack",
            "combination", "cascade", "collection", "population");

    /**
     * "we propose … X" within one clause: no other verb, punctuation or stop word between the trigger and X, at most
     * ten tokens back; parentheses around the name itself are transparent ("we propose the … sequence model (S4)", "…
     * framework (SDF-Diffusion in short)").
     */
    private static String proposedInItsClause(Sentence s, int first, int last, Set<String> ownNames,
                                              boolean knownName, boolean spelledOutNowhere) {
        // (and so are they around "X in short": "we propose a 3D shape generation framework (SDF-Diffusion in short)")
        boolean shortForm = shortNameOfAPhrase(s, last) && last + 3 < s.size() && s.token(last + 3).word().equals(")");
        if (first >= 1 && last + 1 < s.size() && s.token(first - 1).word().equals("(")
                && (s.token(last + 1).word().equals(")") || shortForm)) {
            first--;
        }
        // "the problem can be formulated as a linear program (LP)", "we cast it as an MDP": what something is seen as
        // is not what is proposed, but what something is named as is ("we term this defense as ZO-DS")
        boolean seenAs = false;
        // (a short form in parentheses may close a long description: "we propose an LDA-based generative topic model
        // inducing the two-layer categorical information (CAT-LDA)")
        int reach = s.token(first).word().equals("(") ? 14 : 10;
        // (and its prepositions are part of it when no words before spell the name out: "we introduce structured
        // projection of intermediate gradients (SPIGOT), a new method", "a heterogeneous graph-based network for
        // extractive summarization (HSGraph)", "we propose contrast with reconstruct (ReCon)")
        boolean description = s.token(first).word().equals("(") && spelledOutNowhere && !knownName;
        for (int k = first - 1; k >= 0 && k >= first - reach; k--) {
            Token t = s.token(k);
            String w = t.lower();
            // "we present X, a novel approach for constructing … statistical shape models (SSMs)": what a gerund after
            // "for" makes is what the proposal is for, and what one right after the proposal's noun acts on is in use
            // ("a novel framework connecting Wasserstein GANs with a classifier"; not "We call the system combining
            // these two tools Spidextor"); not "by introducing a new module", the authors' own doing
            if (!description && t.pos().equals("VBG") && Character.isLowerCase(t.word().charAt(0)) && k > 0
                    && (s.token(k - 1).lower().equals("for")
                            || k == first - 1 && TypeCues.METHOD_HEADS.contains(s.token(k - 1).lemma()))) {
                return null;
            }
            // "we build hierarchies of sum-product networks (SPNs)": what the made collections consist of was there
            // (not "a sparse mixture of experts (SMoE)", one thing, which the short form names)
            if (w.equals("of") && k > 0 && COLLECTION_NOUNS.contains(s.token(k - 1).lemma())
                    && s.token(k - 1).pos().equals("NNS")) {
                return null;
            }
            if (isTriggerVerb(s, k)) {
                // "we introduce the first … model in order to build multi-sentence AMRs": what a purpose clause makes
                // is what the proposal is for
                if (k >= 3 && s.token(k - 1).lower().equals("to") && (s.token(k - 2).lower().equals("order")
                        && s.token(k - 3).lower().equals("in") || s.token(k - 2).lower().equals("as")
                        && s.token(k - 3).lower().equals("so"))) {
                    return null;
                }
                // (and so does one after a problem the authors study: "We study the problem of quantum architecture
                // search (QAS) for VQA to automatically design parameterized quantum circuits (PQC)")
                if (TypeCues.purposeOfAStudiedProblem(s, k)) {
                    return null;
                }
                // "a novel deep learning model for CDECR that introduces hierarchical graph convolutional neural
                // networks (GCN)": a well-known name that a relative clause's verb brings in is what the new thing
                // uses, the relative pronoun its subject
                if (knownName && k > 0 && ProposalCues.RELATIVE_PRONOUNS.contains(s.token(k - 1).lower())) {
                    return null;
                }
                // "for the recently introduced BYOL-Explore algorithm": someone else's, described by the participle
                if (t.pos().equals("VBN") && k > 0 && EARLIER.contains(s.token(k - 1).lower())) {
                    return null;
                }
                // "our system developed for the subtask of the … (SMM4H) shared task": what a participle's "for the"
                // phrase names is what the made thing is for
                if (t.pos().equals("VBN") && k + 2 < first && s.token(k + 1).lower().equals("for")
                        && DEFINITE_DETERMINERS.contains(s.token(k + 2).lower())) {
                    return null;
                }
                // "… using the released CLIP model": a participle after a definite article describes a thing in use
                // ("the proposed X" is the paper's own, found by its own rule)
                if (t.pos().equals("VBN") && k > 0 && DEFINITE_DETERMINERS.contains(s.token(k - 1).lower())
                        && !t.lemma().equals("propose")) {
                    return null;
                }
                if (t.pos().equals("VBN") && k == first - 1 && k > 0 && participleBeforeANameDescribesIt(s, k)) {
                    return null;
                }
                // "a novel class of models is proposed under tilted empirical risk minimization (TERM)": what the made
                // thing is made under is its setting, not the proposal
                if (t.pos().equals("VBN") && k + 1 < first && FRAMING_PREPOSITIONS.contains(s.token(k + 1).lower())) {
                    return null;
                }
                if (NAMING_VERBS.contains(t.lemma()) && (namesAnEstablishedThing(s, k) || namesATopic(s, k)
                        || ProposalCues.whatIsCalled(s, k) || TypeCues.namedAsAPosedThing(s, first))) {
                    return null;
                }
                // "we formulate OPE and OPL using …" states known problems anew; "we formulate a new loss, X" makes X
                boolean formulatesTheName = t.lemma().equals("formulate") && !anyBetween(s, k, first, ProposalCues::articleOrNovelty);
                // "we formulate a mixed-integer linear program (MILP)": a problem of a known kind, written in lower case,
                // not a new thing
                boolean formulatesAKind = t.lemma().equals("formulate")
                        && Character.isLowerCase(s.token(s.token(first).word().equals("(") ? first - 1 : first).word().charAt(0))
                        && !anyBetween(s, k, first, b -> NOVELTY.contains(b.lower()) || b.lower().equals("our"));
                formulatesTheName |= formulatesAKind;
                return subjectBefore(s, k, ownNames) && (!seenAs || NAMING_VERBS.contains(t.lemma())) && !formulatesTheName
                        ? "proposal.we-propose" : null;
            }
            if (conjoinedWithAMakingVerb(s, k)) {
                return subjectBefore(s, k - 2, ownNames) && !seenAs ? "proposal.we-propose" : null;
            }
            if (w.equals("as")) {
                seenAs = true;
                continue;
            }
            // "we propose the first … framework---namely, deep symbolic discovery for … (Symb4CO)": "namely", with its
            // commas or dashes, renames what the trigger governs
            // (after a method noun: not "a novel text generation task, namely …", nor "a model-class namely DDPMs")
            if (w.equals("namely") && methodNounBeforeNamely(s, k)) {
                reach += 5;
                continue;
            }
            if ((w.equals(",") || DASHES.contains(w))
                    && (k > 0 && s.token(k - 1).lower().equals("namely") && methodNounBeforeNamely(s, k - 1)
                    || k + 1 < first && s.token(k + 1).lower().equals("namely") && methodNounBeforeNamely(s, k + 1))) {
                continue;
            }
            // the short form of a name conjoined before this one: "we propose Image-Knowledge Matching (IKM) and Image
            // Edit Checking (IEC)"
            if (k + 1 < first && AND_OR.contains(s.token(k + 1).lower()) && TypeCues.isParenthesisedAcronym(s, k)
                    && k >= 3 && Character.isUpperCase(s.token(k - 3).word().charAt(0))) {
                k -= 2;
                continue;
            }
            // an optional word in parentheses right before the name: "we develop the (Stochastic) Forward-Backward …
            // (FB-GVI) algorithm"
            if (k == first - 1 && optionalWordInParentheses(s, k)) {
                k -= 2;
                continue;
            }
            if (TypeCues.continuesTitleCaseName(s, k)) {
                // the name's own words before its preposition are no stop words ("… Generalization with …")
                while (k > 0 && Character.isUpperCase(s.token(k - 1).word().charAt(0))) {
                    k--;
                }
                continue;
            }
            if (betweenAdjectives(s, k)) { // "a simple but effective X"
                continue;
            }
            if (k + 2 < first && TriggeredPhraseFinder.inThisPaperAt(s, k)) {
                continue; // "we propose in this paper X"
            }
            // "we derive a simplified version SHE": the name right after the noun names the variant (but "a variant
            // of X" builds on X)
            if (k == first - 1 && VARIANT_NOUNS.contains(w)) {
                continue;
            }
            if (description && k < first - 1 && DESCRIPTION_PREPOSITIONS.contains(w)) {
                continue;
            }
            // "the recently-introduced attentional copulas (TACTiS)": an adverb glued to its participle dates it too
            if (w.indexOf('-') > 0 && EARLIER.contains(w.substring(0, w.indexOf('-')))) {
                return null;
            }
            // "we propose a method of Structure-Enhanced Recurrent Variational AutoEncoder (SR-VAE)": a new title-case
            // name after "of" names the method noun before it
            if (w.equals("of") && k > 0 && TypeCues.METHOD_HEADS.contains(s.token(k - 1).lemma()) && !knownName
                    && capitalisedLongFormAfter(s, k, last)) {
                continue;
            }
            // "we introduce a new dataset for Question Rewriting in Conversational Context (QReCC)": a title-case long
            // form of what a dataset noun holds or is for names the new data
            if ((w.equals("for") || w.equals("of")) && k > 0
                    && DefinitionFilter.DATASET_NOUNS.contains(s.token(k - 1).lemma()) && !knownName
                    && titleCaseLongFormOfData(s, k, last)) {
                continue;
            }
            // "a new initialization method for Variance Instability Reduction within GNN Optimization (Virgo)": a
            // title-case long form after what a method noun is for, shortened to a coined word, names the method
            if (w.equals("for") && k > 0 && TypeCues.METHOD_HEADS.contains(s.token(k - 1).lemma()) && !knownName
                    && wordCoinedForATitleCaseLongForm(s, k, last)) {
                continue;
            }
            // "the global optimality of MAML", "the use of TikZ": the name completes another noun (but "a new family
            // of X models", "a suite of X" and "the concept of X" may be what is made)
            if (w.equals("of") && k > 0 && !MAKING_OF_NOUNS.contains(s.token(k - 1).lemma())) {
                return null;
            }
            // "we propose a feature extractor with Multi-level Heterogeneity Suppressing (MuHS)": a new name that the
            // sentence spells out right after "with" names a part of what is proposed (not "a model with Long
            // Short-Term Memory (LSTM)", a well-known one)
            if (w.equals("with") && !knownName && capitalisedLongFormAfter(s, k, last)) {
                continue;
            }
            // "a deep reinforcement learning based approach RGM": "based" written apart before the noun describes it
            // (but "based on X" builds on X)
            if (w.equals("based") && k + 1 < first && !s.token(k + 1).lower().equals("on")
                    && !s.token(k + 1).lower().equals("upon") && s.token(k + 1).pos().startsWith("NN")) {
                continue;
            }
            // (a hyphenated modifier, whatever the tagger reads it as: "a group ranking-based|VBD Out-of-Candidate
            // Rectification (OCR) mechanism")
            if (w.indexOf('-') > 0 && MODIFIER_PARTICIPLES.contains(w.substring(w.lastIndexOf('-') + 1))) {
                continue;
            }
            // (the last word of a description in parentheses' reach is a noun, whatever the tagger reads: "we propose
            // contrast with reconstruct|VB (ReCon)")
            if (description && k == first - 1 && t.pos().equals("VB")) {
                continue;
            }
            if (STOPS.contains(w) || CLAUSE_BREAKS.contains(w) || DASHES.contains(w) || (t.pos().startsWith("VB") && !t.pos().equals("VBN")
                    && !t.pos().equals("VBG")) || t.pos().equals("MD")) {
                return null;
            }
        }
        return null;
    }

    /**
     * The index of the "(" of the short form of a name that ends at {@code last}, back to just past {@code k} (the name
     * may be the long form, its short form after it, or the short form), else where the walk stopped.
     */
    private static int shortFormParenthesis(Sentence s, int k, int last) {
        return openingParenthesisBefore(s, last + 2 < s.size() && s.token(last + 1).word().equals("(")
                ? last + 1 : last - 1, k);
    }

    /** The index of the nearest "(" from {@code from} back to just past {@code floor}, else where the walk stopped. */
    private static int openingParenthesisBefore(Sentence s, int from, int floor) {
        int open = from;
        while (open > floor && !s.token(open).word().equals("(")) {
            open--;
        }
        return open;
    }

    /**
     * True when the short form that ends at {@code last} is written as a word, a capital and lower-case letters
     * ("Virgo"), and capitalised words, three or more with only function words between, fill the tokens from
     * {@code k + 1} to its parenthesis: "Variance Instability Reduction within GNN Optimization (Virgo)".
     */
    private static boolean wordCoinedForATitleCaseLongForm(Sentence s, int k, int last) {
        int open = shortFormParenthesis(s, k, last);
        String shortForm = s.token(open + 1).word();
        if (open - k < 4 || open + 1 >= s.size() || !Character.isUpperCase(shortForm.charAt(0))
                || shortForm.chars().noneMatch(Character::isLowerCase)
                || !Character.isUpperCase(s.token(open - 1).word().charAt(0))) {
            return false;
        }
        return titleCaseWithFunctionWords(s, k + 1, open);
    }

    /**
     * True when every token from {@code from} to before {@code to} is capitalised or, after the first, a function word
     * in lower case: "Question Rewriting in Conversational Context".
     */
    private static boolean titleCaseWithFunctionWords(Sentence s, int from, int to) {
        for (int j = from; j < to; j++) {
            Token t = s.token(j);
            boolean functionWord = j > from && Character.isLowerCase(t.word().charAt(0))
                    && (t.pos().equals("IN") || t.pos().equals("CC") || t.pos().equals("DT") || t.pos().equals("TO"));
            if (!Character.isUpperCase(t.word().charAt(0)) && !functionWord) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when a title-case long form, function words in lower case inside it, fills the tokens from {@code k + 1} to
     * the parenthesis before the short form that ends at {@code last}, and names no task: "a new dataset for Question
     * Rewriting in Conversational Context (QReCC)" (not "a novel dataset for Reading Comprehension (RC)").
     */
    private static boolean titleCaseLongFormOfData(Sentence s, int k, int last) {
        int open = shortFormParenthesis(s, k, last);
        // (the walk over the long form asks its first word for a capital)
        return open - k >= 3 && open + 1 < s.size() && Character.isUpperCase(s.token(open - 1).word().charAt(0))
                && titleCaseWithFunctionWords(s, k + 1, open)
                && !TypeCues.namesATask(Set.of(s.words(k + 1, open - 1, " ")));
    }

    /**
     * True when capitalised words, two or more, fill the tokens from {@code k + 1} to the parenthesis before the short
     * form that ends at {@code last}, and only punctuation, a preposition, a conjunction or a relative word follows the
     * parenthesis: a long form in title case that names a thing of its own (not "with Lite Transformer (LT) blocks",
     * which names the blocks after another paper's model).
     */
    private static boolean capitalisedLongFormAfter(Sentence s, int k, int last) {
        int open = openingParenthesisBefore(s, last - 1, k);
        int after = last + 1 < s.size() && s.token(last + 1).word().equals(")") ? last + 2 : s.size();
        // (the tagger may read such a plural noun as a verb, "blocks/VBZ")
        if (open - k < 3 || after < s.size() && Character.isLetter(s.token(after).word().charAt(0))
                && !CLAUSE_OPENING_TAGS.contains(s.token(after).pos())) {
            return false;
        }
        for (int j = k + 1; j < open; j++) {
            if (!Character.isUpperCase(s.token(j).word().charAt(0))) {
                return false;
            }
        }
        return true;
    }

    private static final Set<String> PRESENT_BE = Set.of("is", "are");
    /** Tags of a word that may follow a name and open what follows: a preposition, a conjunction, a relative word. */
    private static final Set<String> CLAUSE_OPENING_TAGS = Set.of("IN", "TO", "CC", "WDT", "WRB", "WP");

    /**
     * True when "using" stands between {@code from} and {@code to}, and after it a word that calls things established
     * or none that calls them new, nor an indefinite article.
     */
    private static boolean usedThingsNotCalledNew(Sentence s, int from, int to) {
        for (int u = from + 1; u < to; u++) {
            if (s.token(u).lower().equals("using")) {
                return anyBetween(s, u, to, t -> ESTABLISHED.contains(t.lower()))
                        // (or things used that are neither called new nor one of a kind: "a multi-lingual method
                        // using Pre-trained Language Models, ERNIE and XLM-R"; not "using a … network, FP-LQIF")
                        || !anyBetween(s, u, to, t -> NOVELTY.contains(t.lower())
                                || TypeCues.INDEFINITE_ARTICLES.contains(t.lower()));
            }
        }
        return false;
    }
}
