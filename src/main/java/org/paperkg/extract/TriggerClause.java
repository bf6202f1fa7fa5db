package org.paperkg.extract;

import static org.paperkg.extract.ProposalCues.AND_OR;
import static org.paperkg.extract.ProposalCues.DASHES;
import static org.paperkg.extract.ProposalCues.EARLIER;
import static org.paperkg.extract.ProposalCues.MAKING_OF_NOUNS;
import static org.paperkg.extract.ProposalCues.MODIFIER_PARTICIPLES;
import static org.paperkg.extract.ProposalCues.NAMING_VERBS;
import static org.paperkg.extract.ProposalCues.NOVELTY;
import static org.paperkg.extract.ProposalCues.RELATIVE_PRONOUNS;
import static org.paperkg.extract.ProposalCues.VARIANT_NOUNS;
import static org.paperkg.extract.ProposalCues.anyBetween;
import static org.paperkg.extract.ProposalCues.betweenAdjectives;
import static org.paperkg.extract.ProposalCues.conjoinedWithAMakingVerb;
import static org.paperkg.extract.ProposalCues.isTriggerVerb;
import static org.paperkg.extract.ProposalCues.namesATopic;
import static org.paperkg.extract.ProposalCues.namesAnEstablishedThing;
import static org.paperkg.extract.ProposalCues.optionalWordInParentheses;
import static org.paperkg.extract.ProposalCues.subjectBefore;
import static org.paperkg.extract.ProposalCues.whatIsCalled;

import java.util.Set;

/**
 * "We propose … X" within one clause, for {@link ClauseProposals}: the walk back from a name to the verb of proposing
 * whose object it is, with no other verb, punctuation or stop word between, and what the trigger says of it there (the
 * authors as its subject, or a thing the proposal is only for, uses, or was made by others).
 */
final class TriggerClause {
    /**
     * Words that end the walk back from a name before it reaches a verb of proposing: comparisons and examples, what
     * calls a thing old or known, using or extending another's thing, relative words, and nouns of a use or a study.
     */
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

    /** Prepositions inside a description that a short form in parentheses closes. */
    private static final Set<String> DESCRIPTION_PREPOSITIONS = Set.of("of", "for", "in", "on", "with");

    /** Prepositions after a participle of making that give the setting it is made in: "is proposed under X". */
    private static final Set<String> FRAMING_PREPOSITIONS = Set.of("under", "within");

    /** Determiners that point at a thing already there: "the released CLIP model", "these collected images". */
    private static final Set<String> DEFINITE_DETERMINERS = Set.of("the", "this", "these", "those");

    /** Nouns of collections made of things: "hierarchies of", "ensembles of", "stacks of". */
    private static final Set<String> COLLECTION_NOUNS = Set.of("hierarchy", "ensemble", "mixture", "stack",
            "combination", "cascade", "collection", "population");

    /** Tags of a word that may follow a name and open what follows: a preposition, a conjunction, a relative word. */
    private static final Set<String> CLAUSE_OPENING_TAGS = Set.of("IN", "TO", "CC", "WDT", "WRB", "WP");

    private TriggerClause() {
    }

    /**
     * "the Reweighted Score function, ReScore for short", "… (SDF-Diffusion in short)": the name abbreviates the phrase
     * before it.
     */
    static boolean shortNameOfAPhrase(Sentence s, int last) {
        return last + 2 < s.size() && (s.token(last + 1).lower().equals("for") || s.token(last + 1).lower().equals("in"))
                && s.token(last + 2).lower().equals("short");
    }

    /**
     * True when the participle at {@code k}, right before a name, describes it rather than saying what the authors did:
     * after a preposition ("results on curated X"), or after "and" in a clause whose verb is in the present tense
     * ("RoPAWS improves PAWS for uncurated Y and curated X by 0.4%"; not "we collected and curated X").
     */
    static boolean participleBeforeANameDescribesIt(Sentence s, int k) {
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

    /**
     * "we propose … X" within one clause: no other verb, punctuation or stop word between the trigger and X, at most
     * ten tokens back; parentheses around the name itself are transparent ("we propose the … sequence model (S4)", "…
     * framework (SDF-Diffusion in short)").
     */
    static String proposedInItsClause(Sentence s, int first, int last, Set<String> ownNames,
                                              boolean knownName, boolean spelledOutNowhere,
                                              java.util.function.BooleanSupplier namedBefore) {
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
            if (whatTheProposalIsForOrOf(s, k, first, description, namedBefore)) {
                return null;
            }
            if (isTriggerVerb(s, k)) {
                return byTheTrigger(s, k, first, ownNames, knownName, seenAs);
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
            if (k + 1 < first && AND_OR.contains(s.token(k + 1).lower()) && PhraseSyntax.isParenthesisedAcronym(s, k)
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
            if (PhraseSyntax.continuesTitleCaseName(s, k)) {
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
            // "a deep reinforcement learning based approach RGM": "based" written apart before the noun describes it,
            // and before an adjective or a long form's capitals too, "a mean-teacher based Semi-supervised Underwater
            // Image Restoration (Semi-UIR) framework" (but "based on X" builds on X)
            if (w.equals("based") && k + 1 <= first && !s.token(k + 1).lower().equals("on")
                    && !s.token(k + 1).lower().equals("upon") && (s.token(k + 1).pos().startsWith("NN")
                            || s.token(k + 1).pos().startsWith("JJ")
                            || Character.isUpperCase(s.token(k + 1).word().charAt(0)))) {
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
            if (STOPS.contains(w) || ClauseProposals.CLAUSE_BREAKS.contains(w) || DASHES.contains(w) || (t.pos().startsWith("VB") && !t.pos().equals("VBN")
                    && !t.pos().equals("VBG")) || t.pos().equals("MD")) {
                return null;
            }
        }
        return null;
    }

    /**
     * True when the word at {@code k}, walking back from the name at {@code first}, makes the name what a proposal is
     * for, acts on or consists of, not the proposal: a gerund after "for" or right after the method noun, the members
     * of made collections, the kind that new classes are of; {@code description}: the name closes a description in
     * parentheses, whose words are its own.
     */
    private static boolean whatTheProposalIsForOrOf(Sentence s, int k, int first, boolean description,
                                                    java.util.function.BooleanSupplier namedBefore) {
        Token t = s.token(k);
        String w = t.lower();
        // "we present X, a novel approach for constructing … statistical shape models (SSMs)": what a gerund after
        // "for" makes is what the proposal is for, and what one right after the proposal's noun acts on is in use
        // ("a novel framework connecting Wasserstein GANs with a classifier"; not "We call the system combining
        // these two tools Spidextor"); not "by introducing a new module", the authors' own doing
        if (!description && t.pos().equals("VBG") && Character.isLowerCase(t.word().charAt(0)) && k > 0
                && (s.token(k - 1).lower().equals("for")
                        || k == first - 1 && TypeCues.METHOD_HEADS.contains(s.token(k - 1).lemma()))) {
            return true;
        }
        // "we build hierarchies of sum-product networks (SPNs)": what the made collections consist of was there
        // (not "a sparse mixture of experts (SMoE)", one thing, which the short form names)
        if (w.equals("of") && k > 0 && COLLECTION_NOUNS.contains(s.token(k - 1).lemma())
                && s.token(k - 1).pos().equals("NNS")) {
            return true;
        }
        // "we propose three stable classes of Neural SDEs: …", "we introduce a class of PNs" after "Polynomial
        // Networks (PNs) have emerged …": what the new classes are of is the kind, there before them (not "a new
        // family of X models" that the text has not named)
        if (w.equals("of") && k > 0 && ProposalCues.KIND_NOUNS.contains(s.token(k - 1).lemma())
                && (s.token(k - 1).pos().equals("NNS") || namedBefore.getAsBoolean())) {
            return true;
        }
        return false;
    }

    /**
     * The rule of "we propose … X" once the walk back from the name at {@code first} has reached the trigger verb at
     * {@code k} within one clause: "proposal.we-propose" when the authors are its subject, or null where the trigger
     * only makes what the name is for, uses or was made by others, or formulates a known kind of problem;
     * {@code seenAs}: an "as" came between ("formulated as a linear program (LP)").
     */
    private static String byTheTrigger(Sentence s, int k, int first, Set<String> ownNames, boolean knownName,
                                       boolean seenAs) {
        Token t = s.token(k);
        // "we introduce the first … model in order to build multi-sentence AMRs": what a purpose clause makes
        // is what the proposal is for
        if (k >= 3 && s.token(k - 1).lower().equals("to") && (s.token(k - 2).lower().equals("order")
                && s.token(k - 3).lower().equals("in") || s.token(k - 2).lower().equals("as")
                && s.token(k - 3).lower().equals("so"))) {
            return null;
        }
        // (and so does one after a problem the authors study: "We study the problem of quantum architecture
        // search (QAS) for VQA to automatically design parameterized quantum circuits (PQC)")
        if (PosedTaskCues.purposeOfAStudiedProblem(s, k)) {
            return null;
        }
        // "a novel deep learning model for CDECR that introduces hierarchical graph convolutional neural
        // networks (GCN)": a well-known name that a relative clause's verb brings in is what the new thing
        // uses, the relative pronoun its subject
        if (knownName && k > 0 && RELATIVE_PRONOUNS.contains(s.token(k - 1).lower())) {
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
                || whatIsCalled(s, k) || PosedTaskCues.namedAsAPosedThing(s, first))) {
            return null;
        }
        // "we formulate OPE and OPL using …" states known problems anew; "we formulate a new loss, X" makes X
        boolean formulatesTheName = t.lemma().equals("formulate")
                && !anyBetween(s, k, first, ProposalCues::articleOrNovelty);
        // "we formulate a mixed-integer linear program (MILP)": a problem of a known kind, written in lower case,
        // not a new thing
        boolean formulatesAKind = t.lemma().equals("formulate")
                && Character.isLowerCase(s.token(s.token(first).word().equals("(") ? first - 1 : first).word()
                        .charAt(0))
                && !anyBetween(s, k, first, b -> NOVELTY.contains(b.lower()) || b.lower().equals("our"));
        formulatesTheName |= formulatesAKind;
        return subjectBefore(s, k, ownNames) && (!seenAs || NAMING_VERBS.contains(t.lemma())) && !formulatesTheName
                ? "proposal.we-propose" : null;
    }

    /**
     * The index of the "(" of the short form of a name that ends at {@code last}, back to just past {@code k} (the name
     * may be the long form, its short form after it, or the short form), else where the walk stopped.
     */
    static int shortFormParenthesis(Sentence s, int k, int last) {
        return openingParenthesisBefore(s, last + 2 < s.size() && s.token(last + 1).word().equals("(")
                ? last + 1 : last - 1, k);
    }

    /** The index of the nearest "(" from {@code from} back to just past {@code floor}, else where the walk stopped. */
    static int openingParenthesisBefore(Sentence s, int from, int floor) {
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
    static boolean wordCoinedForATitleCaseLongForm(Sentence s, int k, int last) {
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
    static boolean titleCaseWithFunctionWords(Sentence s, int from, int to) {
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
    static boolean titleCaseLongFormOfData(Sentence s, int k, int last) {
        int open = shortFormParenthesis(s, k, last);
        // (the walk over the long form asks its first word for a capital)
        return open - k >= 3 && open + 1 < s.size() && Character.isUpperCase(s.token(open - 1).word().charAt(0))
                && titleCaseWithFunctionWords(s, k + 1, open)
                && !TaskCues.namesATask(Set.of(s.words(k + 1, open - 1, " ")));
    }

    /**
     * True when capitalised words, two or more, fill the tokens from {@code k + 1} to the parenthesis before the short
     * form that ends at {@code last}, and only punctuation, a preposition, a conjunction or a relative word follows the
     * parenthesis: a long form in title case that names a thing of its own (not "with Lite Transformer (LT) blocks",
     * which names the blocks after another paper's model).
     */
    static boolean capitalisedLongFormAfter(Sentence s, int k, int last) {
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
}
