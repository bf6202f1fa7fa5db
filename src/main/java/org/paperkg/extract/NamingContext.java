package org.paperkg.extract;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words around a single-token name that name it or say what it is, for {@link NameFinder}: a naming verb right
 * before it ("which we call DAG-GP", "dubbed KD-GAN"), an apposition ("MI-…, a method for …"), the authors' verb of
 * making ("we introduce X"), a definition that opens the sentence ("Odin is an information extraction framework
 * that …"), a method noun it stands in apposition to.
 */
final class NamingContext {
    /** Tags of the lower-case words that may join the words of a title-case name ("Adversarial and Contrastive …"). */
    static final Set<String> NAME_JOINING_TAGS = Set.of("CC", "IN", "TO");

    /**
     * Marks of emphasis or quotation around a name: "we call *Stability*", "termed ``Ensembling''", "called “Semco”".
     */
    static final Set<String> EMPHASIS_MARKS = Set.of("*", "**", "``", "''", "\"", "'", "`", "_", "\u201C", "\u201D",
            "\u2018", "\u2019");

    /** Nouns of things whose name may stand before them: "the efficient Premise algorithm", "the Crafter benchmark". */
    static final Set<String> NAMED_BEFORE = Set.of("algorithm", "method", "optimizer", "benchmark", "dataset",
            "database", "framework", "environment", "toolkit", "library", "corpus", "suite", "simulator");

    /** Verbs of making whose object, a capitalised word alone, is the name of what the authors made. */
    static final Set<String> MAKING_VERBS = Set.of("propose", "introduce", "present", "develop", "design",
            "build", "create", "release", "unveil");

    /**
     * Words that end the object of a verb of making: "we propose Graformer to graft …", "we introduce Skipper, …"
     * (and a dash: "we present Prophet---a simple framework").
     */
    static final Set<String> OBJECT_ENDS = Set.of("to", "for", "that", "which", ",", ".", "(", ":");

    private NamingContext() {
    }

    /**
     * The naming verb right before the word at {@code i}, emphasis marks aside ("which we call DAG-GP", "termed
     * ``Ensembling''"), or -1 when there is none; or the verb before "as" that names as one does ("termed as
     * HCLS_CGL", "which we refer to as Quill", see {@link ClauseProposals#referringVerbBefore}), or "namely" after a
     * method noun.
     */
    static int namingVerbBefore(Sentence s, int i) {
        int before = i - 1;
        while (before >= 0 && EMPHASIS_MARKS.contains(s.token(before).word())) {
            before--;
        }
        if (before >= 1 && s.token(before).lower().equals("as")) {
            return ClauseProposals.referringVerbBefore(s, before);
        }
        // ("namely" after a method noun in the singular and its comma names as a naming verb does: "Our approach,
        // namely Loire, …"; not the plural of a list, "5 Arabic variants, namely Egyptian, Gulf, …")
        if (before >= 2 && s.token(before).lower().equals("namely") && s.token(before - 1).word().equals(",")
                && s.token(before - 2).pos().equals("NN") && TriggerClause.methodNounBeforeNamely(s, before)) {
            return before;
        }
        return before >= 0 && ProposalCues.NAMING_VERBS.contains(s.token(before).lemma())
                && s.token(before).pos().startsWith("VB") ? before : -1;
    }

    /**
     * True when a naming verb stands right before the word: "which we call DAG-GP", "dubbed KD-GAN". A name so given
     * is coined even when its parts are known short forms.
     */
    static boolean afterANamingVerb(Sentence s, int i) {
        return namingVerbBefore(s, i) >= 0;
    }

    /**
     * True when a conjunction or preposition at {@code k} joins two words of one title-case name: "called Adversarial
     * and Contrastive Variational Autoencoder (ACVAE)".
     */
    static boolean titleCaseGoesOn(Sentence s, int k) {
        return k + 1 < s.size() && NAME_JOINING_TAGS.contains(s.token(k).pos())
                && Character.isLowerCase(s.token(k).word().charAt(0)) && Names.TITLE_WORD.matcher(s.token(k + 1).word()).matches();
    }

    /** True when "and" or "or", a capitalised plain word and a plural noun that names follow the word at {@code i}. */
    static boolean coordinatedBeforeAPluralNoun(Sentence s, int i) {
        return i + 3 < s.size() && (s.token(i + 1).word().equals("and") || s.token(i + 1).word().equals("or"))
                && Names.TITLE_WORD.matcher(s.token(i + 2).word()).matches() && s.token(i + 3).pos().equals("NNS")
                && NAMED_BEFORE.contains(s.token(i + 3).lemma());
    }

    /**
     * True when an apposition after the word at {@code i} says it is a method or a dataset: "MI-Zero, a simple and
     * intuitive framework for …".
     */
    static boolean describedByAnApposition(Sentence s, int i) {
        if (i + 3 >= s.size() || !s.token(i + 1).word().equals(",")
                || !TypeCues.INDEFINITE_ARTICLES.contains(s.token(i + 2).lower())) {
            return false;
        }
        for (int k = i + 3; k < s.size() && k <= i + 8; k++) {
            String lemma = s.token(k).lemma();
            if (TypeCues.METHOD_HEADS.contains(lemma) || TypeCues.DATASET_HEADS.contains(lemma)) {
                return true;
            }
            if (!s.token(k).pos().startsWith("JJ") && !s.token(k).pos().startsWith("NN")
                    && !s.token(k).pos().equals("CC") && !s.token(k).pos().startsWith("RB")) {
                return false;
            }
        }
        return false;
    }

    /**
     * "we propose Graformer to graft …", "We introduce Infinigen, a procedural generator …": a capitalised word that is
     * the whole object of the authors' verb of making is the name of what they made (not the first of a list of
     * capitalised words, "we introduce Draft, Sketch, and Prove (DSP)").
     */
    static boolean madeByTheAuthorsAlone(String word, Sentence s, int i) {
        if (i < 2 || i + 1 >= s.size() || !Names.TITLE_WORD.matcher(word).matches()
                || !s.token(i).pos().startsWith("NNP")) {
            return false;
        }
        if (!afterTheAuthorsVerbOfMaking(s, i) || !OBJECT_ENDS.contains(s.token(i + 1).lower())
                && !ProposalCues.DASHES.contains(s.token(i + 1).word())) {
            return false;
        }
        boolean listOfCapitalisedWords = s.token(i + 1).word().equals(",") && i + 3 < s.size()
                && Character.isUpperCase(s.token(i + 2).word().charAt(0))
                && (s.token(i + 3).word().equals(",") || s.token(i + 3).lower().equals("and"));
        return !listOfCapitalisedWords;
    }

    /**
     * True when the identifier at {@code i} is given by an apposition after a method noun, a function's or a
     * dataset's ("a new auxiliary loss function, aux_decay_loss, which"), a naming verb ("called Sent_LDA") or the
     * authors' verb of making ("we develop QACE_Img").
     */
    static boolean identifierGiven(Sentence s, int i) {
        String noun = i >= 2 ? s.token(i - 2).lemma() : "";
        if (i >= 2 && s.token(i - 1).word().equals(",") && Character.isLowerCase(s.token(i - 2).word().charAt(0))
                && (TypeCues.METHOD_HEADS.contains(noun) || noun.equals("function")
                        || DefinitionFilter.DATASET_NOUNS.contains(noun))) {
            return true;
        }
        return namingVerbBefore(s, i) >= 1 || afterTheAuthorsVerbOfMaking(s, i);
    }

    /** True when the token before {@code i} is the authors' verb of making: "we introduce X", "We develop X". */
    static boolean afterTheAuthorsVerbOfMaking(Sentence s, int i) {
        if (i < 1) {
            return false;
        }
        Token verb = s.token(i - 1);
        return MAKING_VERBS.contains(verb.lemma()) && verb.pos().startsWith("VB")
                && AuthorSubject.before(s, i - 1) == AuthorSubject.AUTHORS;
    }

    /**
     * "Odin is an information extraction framework that …": a capitalised word that opens a sentence and that the
     * sentence defines as a model or method ("is a" or "is an", then modifiers and a method noun) is the name of one,
     * when the abstract also writes it with its capital inside a sentence ("… describes Odin's language"), where a
     * common word opening a sentence ("Attention is a mechanism …") would be in lower case, or capitalised only as a
     * word of a longer name ("Pooling is an important technique …" before "a Weighted Pooling with … approach").
     */
    static boolean definedAtTheSentenceStart(String word, Sentence s, int i, AnnotatedText text) {
        if (i != 0 || !Names.TITLE_WORD.matcher(word).matches() || i + 3 >= s.size()
                || !s.token(i + 1).lower().equals("is") || !TypeCues.INDEFINITE_ARTICLES.contains(s.token(i + 2).lower())
                || text.inTitle(s.token(i).begin())) {
            return false;
        }
        for (int k = i + 3; k < s.size() && k <= i + 8; k++) {
            Token t = s.token(k);
            if (TypeCues.METHOD_HEADS.contains(t.lemma())) {
                return text.abstractSentences().stream().anyMatch(other -> writtenAloneWithItsCapital(word, other));
            }
            if (!t.pos().startsWith("JJ") && !t.pos().startsWith("NN") && !t.pos().equals("VBN")
                    && !t.pos().equals("HYPH")) {
                return false;
            }
        }
        return false;
    }

    /**
     * True when a sentence writes the word with its capital after its first token and not after another capitalised
     * word: "… describes Odin's language", not "a Weighted Pooling with … approach", where the capital is the
     * longer name's.
     */
    static boolean writtenAloneWithItsCapital(String word, Sentence s) {
        for (int k = 1; k < s.size(); k++) {
            if (s.token(k).word().equals(word) && !Character.isUpperCase(s.token(k - 1).word().charAt(0))) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when a capitalised noun ends the hyphenated word and a dataset noun follows it: "on the FL-Drones dataset"
     * (not an adjective or a participle, "AI-Generated"; a title's capitals say nothing, "Facial UV-Texture Dataset").
     */
    static boolean nounBeforeADatasetNoun(String word, Sentence s, int i, AnnotatedText text) {
        String last = word.substring(word.lastIndexOf('-') + 1);
        return i + 1 < s.size() && !text.inTitle(s.token(i).begin())
                && DefinitionFilter.DATASET_NOUNS.contains(s.token(i + 1).lemma())
                && Names.TITLE_CASE_WORD.matcher(last).matches()
                && !Names.ADJECTIVE_ENDING.matcher(last.toLowerCase(Locale.ROOT)).find();
    }

    /**
     * True when the word stands alone in apposition after a method noun: "this work introduces a label-free node
     * classification pipeline, LLM-GNN." names the pipeline, whatever concepts its parts abbreviate.
     */
    static boolean inAppositionAfterAMethodNoun(Sentence s, int i) {
        return i >= 2 && s.token(i - 1).word().equals(",") && TypeCues.METHOD_HEADS.contains(s.token(i - 2).lemma())
                && s.token(i - 2).pos().startsWith("NN")
                && (i + 1 >= s.size() || MetricCues.CLOSES_APPOSITION.contains(s.token(i + 1).word()));
    }
}
