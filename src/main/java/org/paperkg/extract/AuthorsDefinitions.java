package org.paperkg.extract;

import static org.paperkg.extract.DefinitionFilter.METHOD_NOUNS;
import static org.paperkg.extract.DefinitionFilter.NON_ENTITY_HEADS;
import static org.paperkg.extract.DefinitionFilter.inTitleCase;
import static org.paperkg.extract.DefinitionFilter.lastWordOfLongForm;
import static org.paperkg.extract.DefinitionFilter.longFormStart;
import static org.paperkg.extract.DefinitionFilter.tokenAfterDefinition;

import java.util.Set;

/**
 * Whether the authors give a definition to a thing of their own, for {@link DefinitionFilter}: a verb of proposing
 * governs its long form or short form ("we propose geometric trajectory diffusion models (GeoTDM)"), "our" or "the
 * proposed" owns it ("our quantized-latent autoencoder (QLAE)"), or they coin in title case a short form that is no
 * name elsewhere ("we propose Knowledge Infused Decoding (KID)").
 */
final class AuthorsDefinitions {
    /**
     * Words that may stand between a proposal verb and the long form it introduces ("we propose a novel …", "we
     * propose to meta-learn a kernel from data (Meta-KeL)").
     */
    private static final Set<String> BEFORE_PROPOSED_LONG_FORM = Set.of("a", "an", "the", "novel", "new", "simple",
            "general", "unified", "first", "called", "named", "termed", "dubbed", "to", "as");

    /** Tags of the words between "our" and a method noun: "our proposed method", "our AMR parsing system". */
    private static final Set<String> OWN_METHOD_MODIFIER_TAGS = Set.of("JJ", "JJR", "JJS", "VBN", "VBG", "NN", "NNP",
            "NNS", "CC", "HYPH");

    /** Marks after a method noun that a new name of it follows: a comma, a colon or a dash. */
    private static final Set<String> RENAMING_MARKS = com.google.common.collect.Sets.union(Set.of(",", ":"),
            ProposalCues.DASHES);

    /**
     * Nouns of the authors' making that a long form renames after a comma, a colon or a dash: the nouns whose naming
     * gives a method's name, and a few more, "we present a simple strategy – bidirectional training (BiT)", "a new
     * paradigm, Multiple Tasks Integration (MTI)" (not after the short form, where "a strategy" or "a scheme" says
     * less).
     */
    private static final Set<String> RENAMED_NOUNS = com.google.common.collect.Sets.union(
            NamedPhraseFinder.NAMED_THINGS, Set.of("optimiser", "pipeline", "network", "system", "toolkit"));

    /** Prepositions that open what a renamed noun is for or of, which the new name renames with it. */
    private static final Set<String> OBJECT_PREPOSITIONS = Set.of("for", "of", "to");

    private AuthorsDefinitions() {
    }

    /**
     * "we present … Paired-Point Lifting (PPL)", "we propose Knowledge Infused Decoding (KID)": a short form that is no
     * name elsewhere is one where the authors give it to a method of theirs in title case (in lower case, "a novel
     * bird's-eye-view (BEV) detector" spells the short form out as usual).
     */
    static boolean coinedByTheAuthors(AcronymDefinition d, Sentence s) {
        String head = lastWordOfLongForm(d);
        // (not a task or problem: "a new behavioral Map Induction Task (MIT)"; but a unit so introduced is a part of
        // the authors' model, "We introduce the Neural Power Unit (NPU)", whatever the short form names elsewhere)
        // (in lower case too when a naming word gives it: "we propose a new method, called adaptive plasticity
        // improvement (API)")
        int start = longFormStart(d, s);
        boolean named = start >= 1 && ProposalCues.namingWordAt(s, start - 1);
        return (inTitleCase(d.longForm()) || named) && (!NON_ENTITY_HEADS.contains(head) || head.equals("unit"))
                && (directlyProposed(d, s) || ownedByAuthors(d, s));
    }

    /**
     * "our quantized-latent autoencoder (QLAE)", "the proposed Class-Activate Feature Learning (CLAV)", "Our algorithm,
     * Coupled Flow Imitation Learning (CFIL), achieves …": the authors' own model, named, also in apposition to "our"
     * method noun.
     */
    static boolean ownedByAuthors(AcronymDefinition d, Sentence s) {
        int start = longFormStart(d, s);
        // ("our X (Y)", "the proposed X (Y)")
        if (start >= 1 && ProposalCues.authorsOwnAt(s, start - 1)) {
            return true;
        }
        // (the short form may come first: "our … parsing and generation system, SPRING (Symmetric PaRsIng aNd
        // Generation)")
        start = Math.min(start, s.tokenIndexAt(d.shortSpan().begin()));
        if (start < 3 || !s.token(start - 1).word().equals(",") || !(METHOD_NOUNS.contains(s.token(start - 2).lemma())
                || s.token(start - 2).lemma().equals("system"))) {
            return false;
        }
        // (adjectives between: "our proposed method,", "our new algorithm,"; and the nouns of what the method does,
        // "our state-of-the-art AMR parsing and generation system,")
        for (int k = start - 3; k >= 0 && k >= start - 8; k--) {
            if (s.token(k).lower().equals("our")) {
                return true;
            }
            if (!OWN_METHOD_MODIFIER_TAGS.contains(s.token(k).pos())) {
                return false;
            }
        }
        return false;
    }

    /**
     * "we propose geometric trajectory diffusion models (GeoTDM)": a trigger governs the long form directly, or the
     * short form that the long form follows in parentheses, perhaps after a method noun ("we propose a new algorithm
     * D-BAT (Diversity-By-disAgreement Training)").
     */
    static boolean directlyProposed(AcronymDefinition d, Sentence s) {
        int definitionBegin = Math.min(d.longSpan().begin(), d.shortSpan().begin());
        int start = -1;
        for (int i = 0; i < s.size(); i++) {
            if (s.token(i).begin() >= definitionBegin) {
                start = i;
                break;
            }
        }
        boolean subject = start > 0 && AuthorSubject.before(s, start) == AuthorSubject.AUTHORS
                && !qualifiesTheNounAfter(d, s);
        int end = start;
        // (", namely" too: "we propose a novel framework, namely Federated learning with … (FedPU)")
        int comma = start >= 1 && s.token(start - 1).lower().equals("namely") ? start - 2 : start - 1;
        // (", the" too: "we develop a novel VAE model, the characteristic capturing VAE (CCVAE)")
        if (comma >= 2 && s.token(comma).lower().equals("the") && s.token(comma - 1).word().equals(",")) {
            comma--;
        }
        // "we present a novel masked image modeling (MIM) approach, context autoencoder (CAE), …": the long form
        // renames the method noun before the comma, which the trigger governs (or lists what it counts after a colon:
        // "we propose two novel techniques: Entropy Meaning Loss (EML) and …"; or a dash sets it off: "we propose a
        // simple yet effective method — multilingual contrastive pretraining (MCP)")
        int renamed = comma >= 1 && RENAMING_MARKS.contains(s.token(comma).word()) ? renamedNounBefore(s, comma) : -1;
        if (renamed >= 0) {
            end = PhraseSyntax.startOfNounPhrase(s, renamed);
        }
        boolean methodNoun = false;
        for (int k = end - 1; subject && k >= 0 && k >= end - 5; k--) {
            String lemma = s.token(k).lemma();
            // (a naming word too: "…, so-called contour stochastic gradient Langevin dynamics (CSGLD)")
            // (and what the authors refer to as it: "which we refer to as denoising diffusion policy optimization
            // (DDPO)")
            if (TriggeredPhraseFinder.TRIGGERS.contains(lemma) || ProposalCues.namingWordAt(s, k)
                    || lemma.equals("as") && ClauseProposals.referringVerbBefore(s, k) >= 0) {
                return true;
            }
            // (adjectives joined by adverbs and conjunctions: "a simple yet effective method, …"; an optional word in
            // parentheses: "we develop the (Stochastic) Forward-Backward … (FB-GVI) algorithm")
            if (k == end - 1 && ProposalCues.optionalWordInParentheses(s, k)) {
                k -= 2;
                continue;
            }
            // (the method noun that the name is given to: "a new algorithm D-BAT (…)", or a title-case long form,
            // "a novel MSA framework Modulation Model for Multimodal Sentiment Analysis (M3SA)", with the nouns that
            // qualify it)
            if (k == end - 1 && (d.shortSpan().begin() < d.longSpan().begin() || inTitleCase(d.longForm()))
                    && METHOD_NOUNS.contains(lemma)) {
                methodNoun = true;
                continue;
            }
            if (methodNoun && s.token(k).pos().startsWith("NN")) {
                continue;
            }
            // (or that a title-case name is "of": "a novel method of Learning Resampling Function (termed LeRF)")
            if (k == end - 1 && lemma.equals("of") && k >= 1 && METHOD_NOUNS.contains(s.token(k - 1).lemma())
                    && inTitleCase(d.longForm())) {
                k--;
                continue;
            }
            if (!BEFORE_PROPOSED_LONG_FORM.contains(lemma) && !s.token(k).pos().startsWith("JJ")
                    && !s.token(k).pos().startsWith("RB") && !PhraseSyntax.ADJECTIVE_JOINERS.contains(lemma)) {
                return false;
            }
        }
        return false;
    }

    /**
     * The renamed noun right before the mark at {@code comma} ("a novel … approach,"), or before "for", "of" or "to"
     * and at most four more words that end there, past what the noun is for or of ("we propose a novel attention
     * mechanism for STR, self-supervised implicit glyph attention (SIGA)", "a new framework for this key problem,
     * context-informed dynamics adaptation (CoDA)"); -1 when the words before the mark are no such phrase.
     */
    private static int renamedNounBefore(Sentence s, int comma) {
        if (RENAMED_NOUNS.contains(s.token(comma - 1).lemma())) {
            return comma - 1;
        }
        for (int k = comma - 1; k >= 1 && k >= comma - 5; k--) {
            Token t = s.token(k);
            if (OBJECT_PREPOSITIONS.contains(t.lower()) && k < comma - 1) {
                Token noun = s.token(k - 1);
                return RENAMED_NOUNS.contains(noun.lemma()) && noun.pos().startsWith("NN") ? k - 1 : -1;
            }
            if (!t.pos().startsWith("NN") && !t.pos().startsWith("JJ") && !t.pos().equals("DT")
                    && !t.pos().equals("HYPH") && !t.pos().equals("CD")) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * "we propose a deep reinforcement learning (DRL) based framework", "a ground-truth (GT) free method": a short form
     * that "based" (or another participle of its kind, {@link NameBeforeANoun#modifierParticiple}) follows qualifies
     * the noun after it, which is what is proposed; not "(VerFedSV) based on the classic Shapley value".
     */
    private static boolean qualifiesTheNounAfter(AcronymDefinition d, Sentence s) {
        int i = tokenAfterDefinition(d, s);
        int k = i < s.size() && s.token(i).word().equals(")") ? i + 1 : i;
        if (k >= s.size()) {
            return false;
        }
        String word = s.token(k).lower();
        return NameBeforeANoun.modifierParticiple(s, k)
                || (word.startsWith("-") && ProposalCues.MODIFIER_PARTICIPLES.contains(word.substring(1)));
    }
}
