package org.paperkg.extract;

import static org.paperkg.extract.AppositionProposals.USING_PARTICIPLES;
import static org.paperkg.extract.EstablishedNames.introducedAsEstablished;
import static org.paperkg.extract.ProposalCues.NAMING_VERBS;
import static org.paperkg.extract.ProposalCues.TRIGGERS;
import static org.paperkg.extract.ProposalCues.makesOrNamesActively;
import static org.paperkg.extract.TitleProposals.inTitle;
import static org.paperkg.extract.TitleProposals.inTitleOnlyAsWhatItIsFor;

import java.util.List;
import java.util.Set;

/**
 * Removes the proposals of names that are someone else's after all: a well-known model in a version of the authors',
 * one named for a language, one the text introduces as established, a classic algorithm, a known name that another
 * proposed name ends in or is an edition of, a known name in the plural after a verb of making.
 */
final class OthersNames {
    /**
     * Proposal rules that do not make a paper the author of a well-known name: "our compressed BERT", "a U-Net, a
     * novel …".
     */
    private static final Set<String> WEAK_FOR_KNOWN_NAMES = Set.of("proposal.our", "proposal.apposition-novel-within",
            "proposal.passive", "proposal.passive-with-noun", "proposal.passive-list", "proposal.part-of-a-proposal",
            "proposal.apposition-after-novel");

    /** The size a hyphen gives a known model: "-T", "-Base", "-XL", "-7B". */
    private static final java.util.regex.Pattern MODEL_SIZE = java.util.regex.Pattern.compile(
            "-(?:[TSBLHG]|XX?L|(?i:tiny|small|base|large|huge|medium|mini)|\\d+(?:\\.\\d+)?[BMK])");

    /** An article that opens a lower-cased title: "the cityscapes dataset for …", "a proposition bank of urdu". */
    private static final java.util.regex.Pattern TITLE_ARTICLE = java.util.regex.Pattern.compile("^(?:an?|the)\\s+");

    private final Lexicon lexicon;

    OthersNames(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * Removes from {@code out} the proposals that name others' things ({@code aliases}: the long forms of each name;
     * {@code title} in lower case; {@code ownNames}: the names the title gives the paper's method).
     */
    void removeFrom(AnnotatedText text, String title, Set<String> ownNames, java.util.Map<String, Set<String>> aliases,
                    List<Mention> out) {
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
                && !makesOrNamesActively(text.sentences().get(m.sentence()))
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
    }

    /** "our final model S4D", "our method, X": the name follows a method or dataset noun. */
    private static boolean afterAHeadNoun(AnnotatedText text, Mention m) {
        Sentence s = text.sentences().get(m.sentence());
        int k = s.tokenIndexAt(m.span().begin()) - 1;
        if (k > 0 && (s.token(k).word().equals(",") || s.token(k).word().equals("("))) {
            k--;
        }
        return k >= 0 && (TypeCues.METHOD_HEADS.contains(s.token(k).lemma())
                || TypeCues.DATASET_HEADS.contains(s.token(k).lemma()));
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

    /**
     * True for a well-known name, or a known model in one of its sizes, that the title (lower-cased) does not give as
     * its own: the title neither opens with it (past an article) nor writes it before its colon ("Microsoft COCO:
     * …"); a known name further on is what the paper works with, "DynaBERT: Dynamic BERT with …", "Extending Wordnet
     * to Geological Times", "English WordNet Random Walk Pseudo-Corpora".
     */
    private boolean knownOutsideTheTitle(Mention m, String title, java.util.Map<String, Set<String>> aliases) {
        if (lexicon.lookup(m.name()) == null && !sizeOfAKnownModel(m.name())) {
            return false;
        }
        int colon = title.indexOf(':');
        String opening = TITLE_ARTICLE.matcher(title).replaceFirst("");
        Set<String> longForms = aliases.get(m.name());
        return !(colon > 0 && inTitle(title.substring(0, colon), m.name(), longForms)
                || opensWith(opening, m.name()) || longForms != null && longForms.stream().anyMatch(
                        f -> opensWith(opening, f)));
    }

    /** True when the (lower-cased) title opens with {@code name}, as a whole word. */
    private static boolean opensWith(String title, String name) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        return title.startsWith(lower)
                && (title.length() == lower.length() || !Character.isLetterOrDigit(title.charAt(lower.length())));
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

    /**
     * True when every long form the text gives a known short form spells out something else (see
     * {@link Lexicon#redefines}).
     */
    private boolean redefinedByTheText(String name, Set<String> longForms) {
        return longForms != null && !longForms.isEmpty()
                && longForms.stream().allMatch(l -> lexicon.redefines(name, l));
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

    /** True when a name is a language's name before a known model's: "German BERT", "Arabic RoBERTa". */
    private boolean forALanguage(String name) {
        int space = name.indexOf(' ');
        return space > 0 && name.indexOf(' ', space + 1) < 0 && lexicon.isLanguage(name.substring(0, space))
                && lexicon.isKnownMethod(name.substring(space + 1));
    }

    /** True when a name is a known model in one of its sizes: "DeiT-T", "BERT-Base", "LLaMA-7B". */
    private boolean sizeOfAKnownModel(String name) {
        int hyphen = name.lastIndexOf('-');
        return hyphen > 0 && MODEL_SIZE.matcher(name.substring(hyphen)).matches() && lexicon.isOnlyAMethodVariant(name);
    }
}
