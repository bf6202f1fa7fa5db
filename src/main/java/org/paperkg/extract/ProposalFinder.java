package org.paperkg.extract;

import static org.paperkg.extract.AppositionProposals.appositionAfterTrigger;
import static org.paperkg.extract.AppositionProposals.appositionNovel;
import static org.paperkg.extract.AppositionProposals.definedAfterANovelPhrase;
import static org.paperkg.extract.AppositionProposals.namedInAppositionAfter;
import static org.paperkg.extract.AppositionProposals.novelAppositionAfterAList;
import static org.paperkg.extract.AppositionProposals.pastLowerCaseNouns;
import static org.paperkg.extract.AppositionProposals.pastNamingParticiple;
import static org.paperkg.extract.ClauseProposals.closesTheDescriptionOfANewThing;
import static org.paperkg.extract.ClauseProposals.componentListedAfterAColon;
import static org.paperkg.extract.ClauseProposals.describedAndDefined;
import static org.paperkg.extract.ClauseProposals.implementedAs;
import static org.paperkg.extract.ClauseProposals.meansOfAProposedMethod;
import static org.paperkg.extract.ClauseProposals.namedInAnEarlierSentence;
import static org.paperkg.extract.ClauseProposals.namingPhrase;
import static org.paperkg.extract.ClauseProposals.newDataNamed;
import static org.paperkg.extract.ClauseProposals.otherNameAfterOr;
import static org.paperkg.extract.ClauseProposals.partOfAProposal;
import static org.paperkg.extract.ClauseProposals.proposedAfterTheName;
import static org.paperkg.extract.ClauseProposals.proposedBeforeItsLongForm;
import static org.paperkg.extract.TriggerClause.proposedInItsClause;
import static org.paperkg.extract.ClauseProposals.resultingBeforeItsLongForm;
import static org.paperkg.extract.TriggerClause.shortNameOfAPhrase;
import static org.paperkg.extract.EstablishedNames.TASK_VERBS;
import static org.paperkg.extract.EstablishedNames.calledAKnownThing;
import static org.paperkg.extract.EstablishedNames.calledAUsedThing;
import static org.paperkg.extract.EstablishedNames.namedByCitedAuthors;
import static org.paperkg.extract.EstablishedNames.namesOthersMethodsOfAKind;
import static org.paperkg.extract.EstablishedNames.outperformedInTheText;
import static org.paperkg.extract.EstablishedNames.proposedEarlierByOthers;
import static org.paperkg.extract.EstablishedNames.setsTheSceneForTheAuthors;
import static org.paperkg.extract.EstablishedNames.studiedAsATask;
import static org.paperkg.extract.ListedProposals.enumeratedAfterTrigger;
import static org.paperkg.extract.ListedProposals.listedAfterACountedObject;
import static org.paperkg.extract.NameBeforeANoun.beforeAMethodNounThatANameFollows;
import static org.paperkg.extract.NameBeforeANoun.definedWhereProposed;
import static org.paperkg.extract.NameBeforeANoun.endOfDefinition;
import static org.paperkg.extract.NameBeforeANoun.modifiesANoun;
import static org.paperkg.extract.NameBeforeANoun.namedWithItsMethodNoun;
import static org.paperkg.extract.NameBeforeANoun.namesATaskPlainly;
import static org.paperkg.extract.NameBeforeANoun.namesTheNounAfterIt;
import static org.paperkg.extract.NameBeforeANoun.objectOfTheNewMethod;
import static org.paperkg.extract.NameBeforeANoun.shortFormOfAMethodNoun;
import static org.paperkg.extract.NameBeforeANoun.taskDefinedBeforeAMethodNoun;
import static org.paperkg.extract.NameBeforeANoun.termsModifyANoun;
import static org.paperkg.extract.OwnWorkProposals.afterANovelMethodOfTheAuthors;
import static org.paperkg.extract.OwnWorkProposals.includedInOurMethods;
import static org.paperkg.extract.OwnWorkProposals.namedBeforeTheAuthorsThing;
import static org.paperkg.extract.OwnWorkProposals.ours;
import static org.paperkg.extract.OwnWorkProposals.startOfNameList;
import static org.paperkg.extract.OwnWorkProposals.whatResults;
import static org.paperkg.extract.OwnWorkProposals.whatTheAuthorsWorkResultsIn;
import static org.paperkg.extract.ProposalCues.CREATING_VERBS;
import static org.paperkg.extract.ProposalCues.NAMELY;
import static org.paperkg.extract.ProposalCues.NAMING_VERBS;
import static org.paperkg.extract.ProposalCues.NOVELTY;
import static org.paperkg.extract.ProposalCues.VARIANT_NOUNS;
import static org.paperkg.extract.ProposalCues.afterTheName;
import static org.paperkg.extract.ProposalCues.isTriggerVerb;
import static org.paperkg.extract.ProposalCues.novelAfterAnArticle;
import static org.paperkg.extract.ProposalCues.occurrences;
import static org.paperkg.extract.TitleProposals.TITLE_PREPOSITIONS;
import static org.paperkg.extract.TitleProposals.namedDataInTheTitle;
import static org.paperkg.extract.TitleProposals.spelledByTheTitlesInitials;
import static org.paperkg.extract.TitleProposals.spelledOutByTheTitle;
import static org.paperkg.extract.TitleProposals.titleInitials;
import static org.paperkg.extract.TitleProposals.wordsOnly;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Tells the names a paper introduces from the names it uses: "we propose X", "X, a novel …", "our X",
 * "called/dubbed X", a title's "X: …". Names after "than", "unlike", "against", "such as", and "X-based"
 * are uses, not proposals.
 *
 * <p>{@link #find} weighs each name; the rules it asks live by what they read: {@link TitleProposals} (the title),
 * {@link ClauseProposals} (the clause around the name), {@link AppositionProposals} (what stands in apposition to it),
 * {@link OwnWorkProposals} (the authors' own work), and, against a proposal, {@link NameBeforeANoun} (a name that
 * only modifies the noun proposed) and {@link EstablishedNames} (a name that is someone else's); {@link
 * DerivedProposals} adds what the proposals found make proposed with them. The words they share are in {@link
 * ProposalCues}.
 */
final class ProposalFinder {


    private final Lexicon lexicon;
    private final OthersNames othersNames;
    private final DerivedProposals derivedProposals;

    ProposalFinder(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.othersNames = new OthersNames(lexicon);
        this.derivedProposals = new DerivedProposals(lexicon);
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
        derivedProposals.addTo(text, names, aliases, out, proposed);
        othersNames.removeFrom(text, title, ownNames, aliases, out);
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
                && !NOVELTY.contains(s.token(first - 1).lower()) && !isTriggerVerb(s, first - 1);
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


    private String rule(AnnotatedText text, NameOccurrence o, java.util.Set<String> longForms, Set<String> ownNames,
                        Set<String> titleInitials) {
        if (o.source().equals("title-prefix")) {
            return proposedEarlierByOthers(text, o.name()) ? null : "proposal.title-prefix";
        }
        // (whether the gazetteer knows the name: the rules below ask it in turn)
        boolean known = lexicon.lookup(o.name()) != null;
        String byTitle = byTheTitle(text, o, longForms, titleInitials, known);
        if (byTitle != null) {
            return byTitle;
        }
        Sentence s = o.sentence();
        int first = s.tokenIndexAt(o.span().begin());
        int last = s.tokenIndexAt(o.span().end() - 1);
        int longFormStart = startOfLongForm(text, s, first, longForms);
        if (heldBack(text, o, s, first, last, longFormStart, longForms, ownNames, known)) {
            return null;
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
        return byTheSentence(text, o, s, longFormStart, first, last, longForms, ownNames, known);
    }

    /**
     * The rules that read the title, after a title's own prefix: a short form of the whole title, the title's head
     * defined as a long form, a name of the title's initials, data the title names; null when none of them proposes.
     */
    private String byTheTitle(AnnotatedText text, NameOccurrence o, Set<String> longForms, Set<String> titleInitials,
                              boolean known) {
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
        return null;
    }

    /**
     * True when the sentence holds the name back from any proposal: it only modifies the noun proposed or names what
     * the new method acts on, a longer name holds it, an earlier name's variant is what is new, or it is called a
     * known thing or named by cited authors.
     */
    private boolean heldBack(AnnotatedText text, NameOccurrence o, Sentence s, int first, int last, int longFormStart,
                             Set<String> longForms, Set<String> ownNames, boolean known) {
        boolean namedWithItsNoun = namedWithItsMethodNoun(s, longFormStart, first, last);
        if ((!namesTheNounAfterIt(s, first, last) && !shortFormOfAMethodNoun(s, longFormStart, first, last)
                && !newNameBeforeItsNoun(text, o, s, first, last, longForms) && !namedWithItsNoun
                && modifiesANoun(o, s, first, last))
                || (!namedWithItsNoun && termsModifyANoun(o, s, last, longForms))
                // "a new Semi-Supervised VQA-NLE via Self-Critical Learning (S3C)": a name inside a longer title-case name
                || PhraseSyntax.continuesTitleCaseName(s, last + 1)
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
            return true;
        }
        // "the resulting IRLS variant", "this IRLS variant": what is new is the variant an earlier name modifies (not
        // a new name, "We present a more expensive SimRFs+ variant")
        if (last + 1 < s.size() && VARIANT_NOUNS.contains(s.token(last + 1).lemma())
                && namedInAnEarlierSentence(text, o.name(), s)) {
            return true;
        }
        if (calledAKnownThing(s, first) || calledAKnownThing(s, longFormStart)
                || calledAUsedThing(s, first) && known) {
            return true; // "… in the context of the belief theory called Subjective Logic (SL)"
        }
        if (namedByCitedAuthors(s, last)) {
            return true; // "… was coined Theory of Mind (ToM) by Premack & Woodruff (1978)"
        }
        return false;
    }

    /**
     * The rules that read what the sentence says around the name, from the start of its long form
     * ({@code longFormStart}) or the name itself ({@code nameStart}): an apposition, an enumeration, a naming phrase,
     * "our X", what the authors' work results in, a part of a proposal, a definition after a novel phrase, "we propose
     * … X" in its clause; null when none of them proposes.
     */
    private String byTheSentence(AnnotatedText text, NameOccurrence o, Sentence s, int longFormStart, int nameStart,
                                 int last, Set<String> longForms, Set<String> ownNames, boolean known) {
        int first = longFormStart;
        String rule = null;
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
        // (whether an earlier sentence names it: searched once, and only when a rule below asks)
        java.util.function.Supplier<Boolean> namedBefore =
                com.google.common.base.Suppliers.memoize(() -> namedInAnEarlierSentence(text, o.name(), s));
        // (a name the text gave before is no result of the authors' work: "deep directed graphical models (DGMs)",
        // then "…, resulting in a compact DGM")
        if (rule == null && !namedBefore.get()) {
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
            rule = proposedInItsClause(s, first, last, ownNames, known, longForms.isEmpty(), namedBefore::get);
        }
        if (rule == null && !known && !namedBefore.get()) {
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
    /**
     * Words before a long form that make it a field, a topic or a purpose: "in deep subspace clustering (DSC)", "the
     * focus is …", "a method for Source-Free Video Domain Adaptation (SFVDA)".
     */
    private static final Set<String> TOPIC_POSITIONS = Set.of("in", "of", "is", "are", "on", "for");
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

    /** A short form right after its long form is judged from before the long form ("we propose … Long Form (LF)"). */
    static int startOfLongForm(AnnotatedText text, Sentence s, int first, Set<String> longForms) {
        if (first < 2 || !s.token(first - 1).word().equals("(")) {
            return first;
        }
        String before = text.text().substring(s.begin(), s.token(first - 1).begin()).stripTrailing();
        // (a long form in quotation marks opens with them: "we propose “Planning Exploratory Goals” (PEG)")
        int close = first - 2;
        if (close > 0 && PhraseSyntax.isQuote(s.token(close))) {
            before = text.text().substring(s.begin(), s.token(close).begin());
        }
        for (String longForm : longForms) {
            if (before.endsWith(longForm)) {
                int start = s.tokenIndexAt(s.begin() + before.length() - longForm.length());
                if (start > 0 && PhraseSyntax.isQuote(s.token(start - 1))) {
                    start--;
                }
                return start > 0 && s.token(start - 1).word().equalsIgnoreCase("to") ? start - 1 : start;
            }
        }
        return first;
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

    /**
     * True for a name that stands for nothing known or spelled out, right after "a novel" or "a new" and before a
     * singular common noun: "we propose a novel DUALPATH adaptation" names the adaptation (unlike "a novel NAS
     * algorithm", a well-known name, or "a novel QA task", a short form of four capitals or fewer, which fields go by);
     * or a word coined in one piece that is new to the text, after a verb of making and an article: "we design a
     * SynGCN module".
     */
    private boolean newNameBeforeItsNoun(AnnotatedText text, NameOccurrence o, Sentence s, int first, int last,
                                         Set<String> longForms) {
        String name = o.name();
        if (lexicon.lookup(name) != null || longForms != null && !longForms.isEmpty() || last + 1 >= s.size()
                || !s.token(last + 1).pos().equals("NN")
                || !Character.isLowerCase(s.token(last + 1).word().charAt(0))) {
            return false;
        }
        if (first >= 2 && novelAfterAnArticle(s, first - 1)) {
            return name.length() > 4 || !Names.isAcronym(name);
        }
        // (or a word coined in one piece that no earlier sentence writes, after a verb of making, an article and
        // adjectives: "we propose a monolingual DocRepair model", "we design a SynGCN module"; not "a sample-efficient
        // LfO approach" after "Learning from Observations (LfO)", nor "an approximate SkewIoU loss" after other uses
        // of SkewIoU)
        return coinedInOnePiece(name) && madeAfterAnArticleAndAdjectives(s, first)
                && !namedInAnEarlierSentence(text, name, s);
    }

    /** True for a capitalised word coined in one piece, no hyphen, no acronym: "DocRepair", "Feat2Graph". */
    private static boolean coinedInOnePiece(String name) {
        return Character.isUpperCase(name.charAt(0)) && name.indexOf('-') < 0 && name.indexOf(' ') < 0
                && !Names.isAcronym(name) && Names.isCoined(name);
    }

    /**
     * True when "a" or "an" comes right before {@code first}, or before up to two lower-case adjectives there, right
     * after a verb that makes a thing: "we propose a monolingual DocRepair model" (not "we have released a VSCode
     * extension", which need not be new).
     */
    private static boolean madeAfterAnArticleAndAdjectives(Sentence s, int first) {
        int k = PhraseSyntax.indefiniteArticleBefore(s, first, 2,
                t -> t.pos().equals("JJ") && Character.isLowerCase(t.word().charAt(0))
                        && !TypeCues.INDEFINITE_ARTICLES.contains(t.lower()));
        return k >= 1 && CREATING_VERBS.contains(s.token(k - 1).lemma()) && s.token(k - 1).pos().startsWith("VB");
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
}
