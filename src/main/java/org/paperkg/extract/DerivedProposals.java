package org.paperkg.extract;

import static org.paperkg.extract.ClauseProposals.madeOfVerbAt;
import static org.paperkg.extract.ProposalCues.afterTheName;

import java.util.List;
import java.util.Set;

/**
 * The names that a paper's proposals make proposed with them: one joined to a proposal by "and" with its own purpose,
 * an instance of one, its own extension or variant, a listed part of a proposed name, a sibling of a proposed variant.
 */
final class DerivedProposals {
    private static final Set<String> INSTANCE_NOUNS = Set.of("instance", "instantiation", "implementation",
            "realization", "realisation", "variant", "example");

    /** Nouns of what grows out of a proposal: "X and its extension Y". */
    private static final Set<String> GROWN_FROM_NOUNS = Set.of("extension", "variant", "version", "generalization",
            "generalisation");

    private final Lexicon lexicon;

    DerivedProposals(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Adds to {@code out} the names the proposals found so far make proposed, rule by rule, in the text's order. */
    void addTo(AnnotatedText text, List<NameOccurrence> names, java.util.Map<String, Set<String>> aliases,
               List<Mention> out, Set<String> proposed) {
        // "we propose Online Spiking Renormalization (OSR) to ensure …, and Online Threshold Stabilizer (OTS) to
        // stabilize …": a name joined by "and" to a proposed one, each with its short form and its purpose, is proposed
        addEach(text, names, out, proposed, o -> parallelToAProposal(text, o, out, aliases),
                "proposal.parallel-purpose", true);
        // "Denoising Langevin Gibbs (DLG), an instance of DMCMC": an instance of a proposed method is proposed too
        // (it is not counted among the proposed names that the rules below read)
        addEach(text, names, out, proposed, o -> instanceOfAProposal(o, proposed), "proposal.instance-of", false);
        // "we propose … FedCVAE-Ens and its extension FedCVAE-KD": a proposal's own extension or variant is proposed
        addEach(text, names, out, proposed, o -> grownFromAProposal(o, proposed), "proposal.own-variant", true);
        // "OmniQuant comprises two innovative components including Learnable Weight Clipping (LWC) and Learnable
        // Equivalent Transformation (LET)": the parts, each spelled out, that a proposal is made of are the paper's too
        addEach(text, names, out, proposed, o -> listedPartOfAProposedName(text, o, proposed, aliases),
                "proposal.part-of", true);
        // "variants of DRaFT: DRaFT-K, which …, and DRaFT-LV, which …": a variant of a proposed method listed beside
        // a proposed variant of it is proposed too
        addEach(text, names, out, proposed, o -> siblingOfAProposedVariant(o, proposed, out),
                "proposal.sibling-variant", true);
    }

    /**
     * Adds, in the order of the names, each one not yet proposed that {@code test} accepts, as proposed by
     * {@code rule}; {@code remember} records it among the proposed names, which later names' tests may read.
     */
    private static void addEach(AnnotatedText text, List<NameOccurrence> names, List<Mention> out,
                                Set<String> proposed, java.util.function.Predicate<NameOccurrence> test, String rule,
                                boolean remember) {
        for (NameOccurrence o : names) {
            if (!proposed.contains(o.name()) && test.test(o)) {
                out.add(new Mention(MentionKind.PROPOSED, o.name(), text.covered(o.span().begin(), o.span().end()),
                        o.span(), o.sentence().index(), rule, 0.75));
                if (remember) {
                    proposed.add(o.name());
                }
            }
        }
    }

    /** The base of a variant's name, before its last hyphen ("DRaFT" of "DRaFT-LV"), or null. */
    private static String variantBase(String name) {
        int hyphen = name.lastIndexOf('-');
        return hyphen > 0 && hyphen < name.length() - 1 ? name.substring(0, hyphen) : null;
    }

    /** True when the name is a variant of a proposed name, beside another variant of it that is proposed. */
    private static boolean siblingOfAProposedVariant(NameOccurrence o, Set<String> proposed, List<Mention> found) {
        String base = variantBase(o.name());
        if (base == null || !proposed.contains(base)) {
            return false;
        }
        for (Mention m : found) {
            if (m.sentence() == o.sentence().index() && !m.name().equals(o.name())
                    && base.equals(variantBase(m.name()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when "and its extension" (variant, version, generalization), a comma or not, stands between a proposed
     * name and this one: "JointSpar and its variant JointSpar-LARS".
     */
    private static boolean grownFromAProposal(NameOccurrence o, Set<String> proposed) {
        Sentence s = o.sentence();
        int k = s.tokenIndexAt(o.span().begin()) - 1;
        if (k >= 0 && s.token(k).word().equals(",")) {
            k--;
        }
        if (k < 3 || !GROWN_FROM_NOUNS.contains(s.token(k).lemma()) || !s.token(k - 1).lower().equals("its")
                || !s.token(k - 2).lower().equals("and")) {
            return false;
        }
        String before = s.token(k - 3).word();
        return proposed.contains(before) || proposed.contains(Names.singular(before));
    }

    /**
     * True when an apposition after the name calls it an instance (a variant, an implementation) of a proposed name.
     */
    private static boolean instanceOfAProposal(NameOccurrence o, Set<String> proposed) {
        Sentence s = o.sentence();
        int k = afterTheName(s, s.tokenIndexAt(o.span().end() - 1));
        return k + 4 < s.size() && s.token(k).word().equals(",")
                && TypeCues.INDEFINITE_ARTICLES.contains(s.token(k + 1).lower())
                && INSTANCE_NOUNS.contains(s.token(k + 2).lemma()) && s.token(k + 3).lower().equals("of")
                && proposed.contains(Names.singular(s.token(k + 4).word()));
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
        int start = ProposalFinder.startOfLongForm(text, s, first, aliases.getOrDefault(o.name(), java.util.Set.of()));
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
        int start = ProposalFinder.startOfLongForm(text, s, first, aliases.getOrDefault(o.name(), java.util.Set.of()));
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
}
