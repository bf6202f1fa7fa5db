package org.paperkg.extract;

import static org.paperkg.extract.NameExtent.pluses;
import static org.paperkg.extract.Names.ADJECTIVE_ENDING;
import static org.paperkg.extract.NamingContext.EMPHASIS_MARKS;
import static org.paperkg.extract.NamingContext.NAMED_BEFORE;
import static org.paperkg.extract.NamingContext.afterANamingVerb;
import static org.paperkg.extract.NamingContext.afterTheAuthorsVerbOfMaking;
import static org.paperkg.extract.NamingContext.coordinatedBeforeAPluralNoun;
import static org.paperkg.extract.NamingContext.definedAtTheSentenceStart;
import static org.paperkg.extract.NamingContext.describedByAnApposition;
import static org.paperkg.extract.NamingContext.identifierGiven;
import static org.paperkg.extract.NamingContext.inAppositionAfterAMethodNoun;
import static org.paperkg.extract.NamingContext.madeByTheAuthorsAlone;
import static org.paperkg.extract.NamingContext.namingVerbBefore;
import static org.paperkg.extract.NamingContext.nounBeforeADatasetNoun;
import static org.paperkg.extract.NamingContext.titleCaseGoesOn;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether one token is a name, known to the gazetteer or coined, and which: the word in its singular, or null. A word
 * neither known nor coined is a name only where the sentence gives it one (an apposition, a method or dataset noun
 * before or after it, a naming verb, the authors' own making); every name is checked against what only looks like one
 * (function words, versions, formats, addresses, units, citations, emphasis, a known thing's parts).
 */
final class SingleTokenNames {
    /** A word in lower-case letters: "presents" in "presents Enzyme, a …". */
    private static final Pattern LOWER_CASE_WORD = Pattern.compile("\\p{Ll}+");

    /** Punctuation that ends a name after a naming verb, dashes too: "which we call Zest, …" (not "Clip- perRSS"). */
    private static final Set<String> NAME_ENDS = Set.of(",", ".", ";", ":", "(", ")");

    /** Tags of words that end one too: a verb, a preposition, a conjunction ("called Delaunay graph" goes on). */
    private static final Set<String> NAME_ENDING_TAGS = Set.of("VBZ", "VBD", "VBP", "MD", "IN", "TO", "CC", "WDT");

    /** Nouns of things whose name may follow them: "the protein diffusion model Genie", "the corpus Europarl". */
    private static final Set<String> NAMED_AFTER = Set.of("model", "method", "algorithm", "benchmark", "framework",
            "dataset", "optimizer", "simulator", "library", "toolkit", "environment", "engine", "platform", "system",
            "corpus", "tool", "solver");

    /** The nouns of data among them. */
    private static final Set<String> DATA_NAMED_BEFORE = Set.of("benchmark", "dataset", "database", "corpus", "suite");

    /** Capitalised words before such a noun that say what kind of thing it is, not which: sizes and modalities. */
    private static final Set<String> KIND_WORDS = Set.of("large", "base", "small", "tiny", "huge", "speech", "vision",
            "language", "text", "image", "video", "audio", "graph", "deep", "neural", "python", "java");

    /** A model's size in lower case after its name and a hyphen: "Roberta-large", "Bert-base". */
    private static final Set<String> MODEL_SIZES = Set.of("tiny", "mini", "small", "base", "medium", "large", "huge",
            "xl", "xxl", "uncased", "cased");

    /** A capital letter and a hyphen before a capitalised word: "T-Reasoner", "X-Decoder". */
    private static final Pattern LETTER_BEFORE_A_TITLE_WORD = Pattern.compile("\\p{Lu}-\\p{Lu}\\p{Ll}{3,}");

    /** Short forms of kinds of neural model, which a word before them with a hyphen makes a model's name. */
    private static final Set<String> MODEL_KIND_SHORT_FORMS = Set.of("NN", "DNN", "MLP", "CNN", "RNN", "GNN", "GCN",
            "GAN", "VAE", "LSTM");

    /** Words after a hyphen that make a compound adjective or a score, not a name. */
    private static final Set<String> NO_NAMES_NOUN = Set.of("free", "aware", "like", "wise", "specific", "friendly",
            "ready", "native", "safe", "only", "first", "level", "scale", "wide", "hard", "complete", "score", "metric",
            "measure", "general");

    private final Lexicon lexicon;
    private final ConceptLabels conceptLabels;

    SingleTokenNames(Lexicon lexicon, ConceptLabels conceptLabels) {
        this.lexicon = lexicon;
        this.conceptLabels = conceptLabels;
    }

    /**
     * The name the token at {@code i} gives, written as {@code word} (a glued word or suffix already cut off), or null:
     * a known name written as the gazetteer writes it, a coined word, or a capitalised word the sentence names.
     * {@code f} holds what the finding has claimed so far: the acronyms it redefines and the aliases it has met.
     */
    String nameOf(String word, Sentence s, int i, AnnotatedText text, NameFinding f) {
        Set<String> redefinedAcronyms = f.redefinedAcronyms;
        word = knownSingular(word, text);
        Lexicon.Entry known = lexicon.lookup(word);
        // (a known dataset's variant too, whose hyphenated title-case words look like any: "Spider-Realistic")
        boolean identifier = Names.isCodeIdentifier(word) && identifierName(word, s, i, text);
        boolean coined = identifier || Names.isCoined(word) || isNamedVariantOfAKnownMethod(word)
                || word.indexOf('-') > 0 && variantOfADatasetTheTextNames(word, text)
                || (word.length() >= 2 && Character.isUpperCase(word.charAt(0)) && pluses(s, i) > 0);
        // a word neither known nor coined is a name only by apposition, which needs a capital: most words stop here,
        // before the checks below, which can only reject
        if (known == null && !coined && (word.isEmpty() || !Character.isUpperCase(word.codePointAt(0)))) {
            return null;
        }
        // (as a word of its own there: "ATTACK" of "… BLACK-BOX SPARSE ADVERSARIAL ATTACK" is not in "BRUSLEATTACK")
        if (known == null && inShoutedTitle(s, text)
                && !Names.writesAsAWord(text.text().substring(text.titleLength()), word)) {
            return null; // "THOUGHT PROPAGATION: AN ANALOGICAL APPROACH …": capitals say nothing there
        }
        // a version alone ("V2" in "Something-Something V1 and V2") names nothing, nor does a function word
        // written with a capital to spell a short form ("Decouple aNd Feedback"), nor an address
        // ("github.com/org/Repo") or a host alone ("available at AdapterHub.ml")
        if (Names.FUNCTION_WORDS.contains(word.toLowerCase(Locale.ROOT)) || Names.isVersion(word) || Names.isNegation(word)
                || !identifier && Names.isFormula(word)
                || Names.isNumberFormat(word) || Names.isCountedName(word) || Names.isAddress(word)
                || Names.isHostOrScheme(word) || lexicon.isTranslationDirection(word) || lexicon.isLanguagePair(word)
                || lexicon.isNotName(word) && !(lexicon.isAbbreviatedNotName(word)
                        && (afterTheAuthorsVerbOfMaking(s, i) || text.text().startsWith(word + ":")))
                || Names.isDottedInitials(word) || Names.isLanguagePair(word) || Names.gluedAfterAHyphenatedWord(word)
                || Names.gluedAfterAnInflectedWord(word)
                || Names.gluedToAFunctionWord(word) && !afterTheAuthorsVerbOfMaking(s, i)
                || (conceptLabels.isAcronymLabel(word) && !redefinedAcronyms.contains(word))
                || NameLookalikes.inFormula(s, i) || NameLookalikes.inMathematics(text, s, i)
                || NameLookalikes.inASplitAddress(s, i) || NameLookalikes.hyphenLost(word, text)
                || NameLookalikes.afterALoneDot(text, s.token(i))
                || codeOfALanguage(s, i)
                // (not a name the gazetteer knows, whose capital is its own: "iNaturalist" beside "ImageNet")
                || known == null && NameLookalikes.isEmphasis(word, s, i)
                || NameLookalikes.emphasisedLettersOfAnotherName(word, s, i)
                || NameLookalikes.inAnExpansionSpelledByCapitals(s, i) || NameLookalikes.spellsTheShortFormAfterIt(s, i)
                || (known == null && NameLookalikes.spelledWithTheWordsAroundIt(text, s, i))
                // (not a short form the text defines as a name: "Variational Compression of Implicit Neural
                // Representations (VC-INR)", then "introducing VC-INR as …")
                || (onlyKnownParts(word) && !f.aliases.containsKey(word) && !afterANamingVerb(s, i)
                        && !describedByAnApposition(s, i) && !nounBeforeADatasetNoun(word, s, i, text)
                        && !inAppositionAfterAMethodNoun(s, i)
                        && (text.inTitle(s.token(i).begin()) || !conceptAcronymAndNoun(word, s, i)))
                || isUnitAfterNumber(word, s, i) || NameLookalikes.authorOfACitation(s, i)
                || NameLookalikes.citationKey(s, i) || (known == null && NameLookalikes.venueOfACitation(s, i))
                || NameLookalikes.venueOfPublication(s, i)
                || NameLookalikes.venueAfterTheAuthors(s, i)) {
            return null;
        }
        if (known != null && writtenAsAForm(known, word)) {
            boolean plainWord = !coined;
            boolean inTitle = text.inTitle(s.token(i).begin());
            if (plainWord && (i == 0 || inTitle || s.token(i).pos().startsWith("VB"))) {
                return null;
            }
            return Names.singular(word);
        }
        if (!coined) {
            return namedByApposition(word, s, i) || namedAfterItsNoun(word, s, i, text)
                    || namedBeforeItsNoun(word, s, i, text) || namedByANamingVerb(word, s, i, text)
                    || definedAtTheSentenceStart(word, s, i, text) || madeByTheAuthorsAlone(word, s, i) ? word : null;
        }
        return endsInACommonHead(word) ? null : Names.singularIn(word, text);
    }

    /**
     * "DeepONets", "PointNets": the plural of a known coined name, written as the gazetteer writes it, is that name (a
     * plain word's plural, "Transformers", stays as it is); so is the plural of a coined name the text also writes in
     * the singular, "Quillformers: …" above "we propose Quillformer".
     */
    private String knownSingular(String word, AnnotatedText text) {
        if (word.length() < 4 || !word.endsWith("s") || lexicon.lookup(word) != null) {
            return word;
        }
        String stem = word.substring(0, word.length() - 1);
        if (!Names.isCoined(stem)) {
            return writtenSingular(word, text);
        }
        Lexicon.Entry known = lexicon.lookup(stem);
        return known != null && known.forms().contains(stem) || Names.writesAsAWord(text.text(), stem) ? stem : word;
    }

    /**
     * The singular of a capitalised name in the plural that the text also writes in the singular: "Tunable Transformers
     * (Tuformers)" under the title "Tuformer: …" is one Tuformer; {@code word} itself otherwise.
     */
    static String writtenSingular(String word, AnnotatedText text) {
        if (word.length() < 5 || !Names.endsLikeAPlural(word) || !Character.isUpperCase(word.charAt(0))) {
            return word;
        }
        String stem = word.substring(0, word.length() - 1);
        return Names.writesAsAWord(text.text(), stem) ? stem : word;
    }

    /**
     * True for a title written in capitals (nine letters in ten at least): its words look coined, so only those the
     * abstract also writes so (or known ones) are names.
     */
    private static boolean inShoutedTitle(Sentence s, AnnotatedText text) {
        if (s.index() != 0 || text.titleLength() == 0) {
            return false;
        }
        String title = text.title();
        long letters = title.chars().filter(Character::isLetter).count();
        // (a mixed-case name may sit among the capitals: "… WITH RoBERTa")
        return letters >= 12 && title.chars().filter(Character::isLowerCase).count() * 10 <= letters;
    }

    /**
     * True when a hyphenated word is a variant of a known dataset: a sized one, "Epic-Kitchens-100", or one whose
     * known part the text also writes alone, "Spider-Realistic" beside "Spider dev set", "Mini-Kinetics" beside
     * "Kinetics" (not "Replica-Exchange" dynamics, where no Replica data is meant).
     */
    private boolean variantOfADatasetTheTextNames(String word, AnnotatedText text) {
        if (lexicon.datasetVariant(word) == null) {
            return false;
        }
        int lastHyphen = word.lastIndexOf('-');
        String lastPart = word.substring(lastHyphen + 1);
        if (lastPart.chars().allMatch(Character::isDigit)) {
            return true;
        }
        // (not a compound adjective, "Weather-General and Weather-Specific Features" beside the Weather dataset)
        if (NO_NAMES_NOUN.contains(lastPart.toLowerCase(Locale.ROOT))) {
            return false;
        }
        String base = word.substring(0, lastHyphen);
        String first = word.substring(0, word.indexOf('-'));
        return Names.writesApart(text.text(), base) || Names.writesApart(text.text(), first)
                || Names.writesApart(text.text(), lastPart);
    }

    /**
     * True when the word is one of the entry's forms, or one that joins capitalised words written with one capital,
     * "Imagenet" for ImageNet (not one in capitals alone, "ADAM", which may be another thing than Adam).
     */
    private static boolean writtenAsAForm(Lexicon.Entry known, String word) {
        if (known.forms().contains(word)) {
            return true;
        }
        if (!Character.isUpperCase(word.charAt(0)) || word.chars().noneMatch(Character::isLowerCase)) {
            return false;
        }
        for (String form : known.forms()) {
            // (a form joined of capitalised words, "ImageNet", "TinyImageNet"; not one in capitals mostly, whose other
            // spellings are common words or names, "Record" beside ReCoRD, "Cola" beside CoLA, "Liar" beside LIAR)
            if (form.equalsIgnoreCase(word) && joinedCapitalisedWords(form)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when a form joins two capitalised words or more, each capital before a lower-case letter, a hyphen or the
     * end: "PyTorch", "U-Net", "BoolQ" (not "CoLA", whose L and A stand side by side).
     */
    private static boolean joinedCapitalisedWords(String form) {
        int capitals = 0;
        for (int k = 0; k < form.length(); k++) {
            if (Character.isUpperCase(form.charAt(k))) {
                if (k + 1 < form.length() && !Character.isLowerCase(form.charAt(k + 1)) && form.charAt(k + 1) != '-') {
                    return false;
                }
                capitals++;
            }
        }
        return capitals >= 2 && Character.isUpperCase(form.charAt(0));
    }

    /**
     * "TD-error", "L2-norm", "BD-rate", "VL-models", "CNN-based": a capitalised part, then a hyphen and a common head
     * noun or participle in lower case, writes a noun phrase as one token; the whole names nothing (but "Q-learning",
     * "BERT-base", "COCO-stuff", "LSUN-bedroom" do).
     */
    private static boolean endsInACommonHead(String word) {
        int hyphen = word.lastIndexOf('-');
        if (hyphen < 1 || hyphen == word.length() - 1) {
            return false;
        }
        String last = word.substring(hyphen + 1);
        if (!LOWER_CASE_WORD.matcher(last).matches()) {
            return false;
        }
        boolean plural = Names.endsLikeAPlural(last);
        String singular = Names.withoutPluralS(last);
        // (a method noun only in the plural, a family: "VL-models", "VGG-nets"; in the singular it may end the name the
        // authors give a part of their method, "ASCC-defense", "CM-block")
        return plural && TypeCues.METHOD_HEADS.contains(singular) || DefinitionFilter.NON_ENTITY_HEADS.contains(singular)
                || ProposalCues.MODIFIER_PARTICIPLES.contains(last);
    }

    /**
     * "a measure -- that we call *Stability* --", "a scheme, which we call Ensembling, …", "a method called
     * Self-Refine": one capitalised word (or capitalised words one hyphenated token joins) right after a naming verb
     * (emphasis marks aside), where punctuation, a verb or a preposition ends the name, is the name the text gives
     * (not one in the title, nor a concept's label; "a graph called Delaunay graph" goes on, and "Named Entities"
     * names nothing).
     */
    private boolean namedByANamingVerb(String word, Sentence s, int i, AnnotatedText text) {
        int before = namingVerbBefore(s, i);
        int after = i + 1;
        while (after < s.size() && EMPHASIS_MARKS.contains(s.token(after).word())) {
            after++;
        }
        return before >= 1 && (Names.TITLE_WORD.matcher(word).matches()
                        || Names.HYPHENATED_TITLE_WORDS.matcher(word).matches()) && !text.inTitle(s.token(i).begin())
                && Character.isLowerCase(s.token(before).word().charAt(0))
                && (after >= s.size() || NAME_ENDS.contains(s.token(after).word())
                        || ProposalCues.DASHES.contains(s.token(after).word())
                        || NAME_ENDING_TAGS.contains(s.token(after).pos()) && !titleCaseGoesOn(s, after))
                && !conceptLabels.isLabel(word) && !lexicon.isNotName(word);
    }

    /**
     * "the open-source protein diffusion model Genie into …", "our method Wanda", "the machine translation toolkit
     * Moses", "the best off-the-shelf model (Bootleg)": a capitalised word right after a lower-case noun phrase's
     * method or dataset noun, or alone in parentheses after it, is that thing's name (one word: "the model Graph
     * Attention Network" is not read so; nor after a verb of that noun, "across the benchmarked Brownian systems").
     */
    private boolean namedAfterItsNoun(String word, Sentence s, int i, AnnotatedText text) {
        // (alone in parentheses after the noun too: "the best off-the-shelf model (Bootleg)")
        boolean parenthesised = i >= 1 && s.token(i - 1).word().equals("(") && i + 1 < s.size()
                && s.token(i + 1).word().equals(")");
        int noun = parenthesised ? i - 2 : i - 1;
        if (noun < 1 || !Names.TITLE_WORD.matcher(word).matches() || !s.token(i).pos().startsWith("NN")
                || text.inTitle(s.token(i).begin())
                || !NAMED_AFTER.contains(s.token(noun).lemma()) || s.token(noun).pos().startsWith("VB")
                || !Character.isLowerCase(s.token(noun).word().charAt(0))
                || !Character.isLowerCase(s.token(noun - 1).word().charAt(0))
                || conceptLabels.isLabel(word) || lexicon.isNotName(word)) {
            return false;
        }
        return parenthesised || i + 1 >= s.size() || !Character.isUpperCase(s.token(i + 1).word().charAt(0));
    }

    /**
     * "we develop the efficient Premise algorithm", "the challenging Hanabi benchmark", "the Lanczos algorithm": a
     * capitalised noun right before a method or dataset noun, after a word in lower case, is that thing's name; not
     * a word that says what kind ("the Large benchmark", "a Python library"), an adjective ("the Bayesian method"),
     * nor the last word of a capitalised phrase ("the Monte Carlo method"). The article may open the sentence ("The
     * Potsdam dataset consists of …"), and a data set may be written in two words ("in the Adult data set") or be a
     * database ("the Yale database").
     */
    private boolean namedBeforeItsNoun(String word, Sentence s, int i, AnnotatedText text) {
        // (inside quotation marks too: "the existing ‘Strogatz’ dataset")
        boolean quoted = i >= 2 && i + 2 < s.size() && PhraseSyntax.isQuote(s.token(i - 1))
                && PhraseSyntax.isQuote(s.token(i + 1));
        if (quoted) {
            return namedBeforeItsNoun(word, s, i, i - 2, i + 2, text);
        }
        // (or before another such name and the noun in the plural: "the Louvain or Leiden methods")
        int noun = coordinatedBeforeAPluralNoun(s, i) ? i + 3 : i + 1;
        return namedBeforeItsNoun(word, s, i, i - 1, noun, text);
    }

    /** {@link #namedBeforeItsNoun} with the word before the name at {@code prior} and its noun at {@code noun}. */
    private boolean namedBeforeItsNoun(String word, Sentence s, int i, int prior, int noun, AnnotatedText text) {
        String lower = word.toLowerCase(Locale.ROOT);
        boolean dataSet = noun + 1 < s.size() && s.token(noun).word().equals("data")
                && s.token(noun + 1).lemma().equals("set");
        String before = prior >= 0 ? s.token(prior).word() : "";
        boolean lowerCaseBefore = prior >= 0 && Character.isLowerCase(before.charAt(0))
                && before.equals(s.token(prior).lower());
        // (a capitalised adjective too, before a noun of data: "the existing Sketchy dataset")
        boolean isNoun = s.token(i).pos().startsWith("NN") || (s.token(i).pos().equals("JJ") && noun < s.size()
                && (DATA_NAMED_BEFORE.contains(s.token(noun).lemma()) || dataSet));
        // (such a word with a letter before it is coined enough to name a model too: "the T-Reasoner model")
        boolean letterForm = LETTER_BEFORE_A_TITLE_WORD.matcher(word).matches();
        boolean namingNoun = noun < s.size() && (NAMED_BEFORE.contains(s.token(noun).lemma())
                || letterForm && TypeCues.METHOD_HEADS.contains(s.token(noun).lemma()));
        return i >= 1 && noun < s.size() && (Names.TITLE_WORD.matcher(word).matches() || letterForm) && isNoun
                && !text.inTitle(s.token(i).begin()) && (namingNoun || dataSet)
                && Character.isLowerCase(s.token(noun).word().charAt(0))
                && (lowerCaseBefore || (prior == 0 && before.equals("The")))
                && !conceptLabels.isLabel(word) && !lexicon.isNotName(word) && !KIND_WORDS.contains(lower)
                && !ADJECTIVE_ENDING.matcher(lower).find();
    }

    /**
     * "a new auxiliary loss function, aux_decay_loss, which …", "a topic modeling mechanism called Sent_LDA", "we
     * first develop QACE_Img that …": a word written as a programmer's identifier is a name when one of its parts is
     * coined in mixed case or with digits ("NetInfoF_Probe", "E2E_WTQ") or is known ("BERT_BASE"), when an apposition
     * after a method noun, a naming verb or the authors' verb of making gives it, or when it shares its first and last
     * parts with an identifier the text so gives ("aux_norm_loss" beside "aux_decay_loss"); not a label in quotation
     * marks ("NOT_ENOUGH_INFO").
     */
    private boolean identifierName(String word, Sentence s, int i, AnnotatedText text) {
        if (i > 0 && PhraseSyntax.isQuote(s.token(i - 1))) {
            return false;
        }
        String[] parts = word.split("_");
        if (Names.identifierWithAMixedPart(word)
                || java.util.Arrays.stream(parts).anyMatch(p -> lexicon.lookup(p) != null)
                || identifierGiven(s, i)) {
            return true;
        }
        for (Sentence other : text.sentences()) {
            for (int k = 0; k < other.size(); k++) {
                String w = other.token(k).word();
                if (!w.equals(word) && Names.isCodeIdentifier(w) && w.startsWith(parts[0] + "_")
                        && w.endsWith("_" + parts[parts.length - 1]) && identifierGiven(other, k)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * True when the word at {@code i} stands alone in parentheses right after a language's name, whatever its letters:
     * "German Sign Language (DGS)", "Swiss German (GSW)" give the language's code.
     */
    private boolean codeOfALanguage(Sentence s, int i) {
        if (i < 3 || i + 1 >= s.size() || !s.token(i - 1).word().equals("(") || !s.token(i + 1).word().equals(")")) {
            return false;
        }
        String before = s.token(i - 2).word();
        boolean signLanguage = before.equals("Language") && s.token(i - 3).word().equals("Sign");
        return lexicon.isLanguage(before) || signLanguage;
    }

    /**
     * "Chinchilla, a 70B language model", "(Hyperband, a single multidimensional KDE)", "Enzyme, a … automatic
     * differentiation (AD) compiler plugin", "Wiki-Convert, a 900,000 sentence dataset": a capitalised word inside a
     * sentence that an apposition calls a model, a method or a dataset is the name of one.
     */
    private static boolean namedByApposition(String word, Sentence s, int i) {
        // (a capital letter and a hyphen may open it: "We present X-Decoder, a generalized decoding model")
        boolean titleWord = Names.TITLE_WORD.matcher(word).matches()
                || Names.HYPHENATED_TITLE_WORDS.matcher(word).matches();
        if (i == 0 || !titleWord || i + 3 >= s.size() || !s.token(i + 1).word().equals(",")) {
            return false;
        }
        String before = s.token(i - 1).word();
        // (a common noun's tag too, when the word has its capital after a word in lower case: "presents Enzyme, a …";
        // not the end of a name glued on by a hyphen, "$Q$-Pensieve")
        if (!s.token(i).pos().equals("NNP")
                && !(s.token(i).pos().equals("NN") && LOWER_CASE_WORD.matcher(before).matches())) {
            return false;
        }
        // the last word of a longer capitalised phrase ("Key Point Leaning, an approach") is not a name alone, nor is
        // a method noun written with a capital after a short form ("a Meta Teacher-Student (MetaTS) Network, a
        // novel … method")
        if (Character.isUpperCase(before.charAt(0)) && !NameFinder.DIMENSIONS.matcher(before).matches()
                || TypeCues.METHOD_HEADS.contains(word.toLowerCase(Locale.ROOT))) {
            return false;
        }
        String article = s.token(i + 2).lower();
        if (!article.equals("a") && !article.equals("an")) {
            return false;
        }
        int last = i + 8;
        for (int k = i + 3; k < s.size() && k <= last; k++) {
            Token t = s.token(k);
            if (TypeCues.METHOD_HEADS.contains(t.lemma()) || DefinitionFilter.DATASET_NOUNS.contains(t.lemma())
                    || (Names.isAcronym(t.word()) && k + 1 < s.size()
                    && (s.token(k + 1).word().equals(")") || s.token(k + 1).word().equals(",")))) {
                return true;
            }
            // a short form the apposition defines on its way, which does not count against the words it may take:
            // "Enzyme, a high-performance automatic differentiation (AD) compiler plugin"
            if (t.word().equals("(") && k + 3 < s.size() && Names.isAcronym(s.token(k + 1).word())
                    && s.token(k + 2).word().equals(")")) {
                k += 2;
                last += 3;
                continue;
            }
            // (adjectives joined or graded: "a simple yet effective method", "a highly efficient model")
            boolean joinedOrGraded = (t.pos().equals("CC") || t.pos().startsWith("RB")) && k + 1 < s.size()
                    && s.token(k + 1).pos().startsWith("JJ");
            if (!t.pos().startsWith("JJ") && !t.pos().startsWith("NN") && !t.pos().equals("CD")
                    && !t.pos().equals("VBN") && !t.pos().equals("HYPH") && !joinedOrGraded) {
                return false;
            }
        }
        return false;
    }

    /** "45.4 mW", "3 kHz": a short word of letters right after a number is its unit, unless it is a known name. */
    private boolean isUnitAfterNumber(String word, Sentence s, int i) {
        return i > 0 && word.length() <= 3 && Character.isDigit(s.token(i - 1).word().charAt(0))
                && word.chars().allMatch(Character::isLetter) && lexicon.lookup(word) == null;
    }

    /**
     * "Adam-Mini", "CLIP-Adapter": a known method's name, a hyphen and a capitalised word name a variant of it, even
     * when neither part looks coined; not "Adam-Style", "BERT-Like" or "CLIP-Guided", which describe. So does a size in
     * lower case after a name written as the gazetteer writes it, "Roberta-large", "Bert-base".
     */
    private boolean isNamedVariantOfAKnownMethod(String word) {
        int hyphen = word.indexOf('-');
        if (hyphen <= 0 || word.indexOf('-', hyphen + 1) >= 0 || word.length() - hyphen < 3) {
            return false;
        }
        if (!Character.isUpperCase(word.charAt(hyphen + 1))) {
            Lexicon.Entry base = lexicon.writtenAsKnown(word.substring(0, hyphen));
            return base != null && base.type() == MentionKind.METHOD
                    && MODEL_SIZES.contains(word.substring(hyphen + 1));
        }
        if (lexicon.methodVariant(word) == null) {
            return false;
        }
        String variant = word.substring(hyphen + 1).toLowerCase(Locale.ROOT);
        return !NameFinder.SUFFIXED.matcher(word).matches() && !variant.endsWith("ed")
                && !variant.endsWith("ing") && !variant.endsWith("able");
    }

    /**
     * "LLM-Pruner", "LM-Design": a concept's acronym and a capitalised common noun, which running text writes with a
     * capital only in a name; not an adjective or participle ("AI-Enabled", "LLM-Based", "PAC-Bayesian",
     * "ML-Agnostic"), a size ("ViT-Base") or a score ("F1-Score"), nor the start of a longer name ("CNN-Daily
     * Mail").
     */
    private boolean conceptAcronymAndNoun(String word, Sentence s, int i) {
        String last = word.substring(word.lastIndexOf('-') + 1);
        if (!conceptLabels.isAcronymLabel(word.substring(0, word.indexOf('-'))) || last.length() < 3
                || !Names.TITLE_CASE_WORD.matcher(last).matches()
                || i + 1 < s.size() && Character.isUpperCase(s.token(i + 1).word().charAt(0))) {
            return false;
        }
        String lower = Names.singularNoun(last.toLowerCase(Locale.ROOT));
        return !ADJECTIVE_ENDING.matcher(lower).find() && !KIND_WORDS.contains(lower) && !NO_NAMES_NOUN.contains(lower);
    }

    /**
     * "Point-NN", "Cox-MLP", "Slot-VAE": a plain capitalised word and, after a hyphen, the short form of a kind of
     * neural model name one model (not two short forms, "ODE-SDE", nor a word that opens a compound adjective after
     * the short form, "AI-Enabled").
     */
    private boolean namedKindOfModel(String word) {
        String[] parts = Names.HYPHEN.split(word);
        if (parts.length != 2) {
            return false;
        }
        String first = parts[0];
        String kind = Names.singular(parts[1]);
        return first.length() >= 3 && Character.isUpperCase(first.charAt(0))
                && first.substring(1).chars().allMatch(Character::isLowerCase) && !lexicon.isNotName(first)
                && !conceptLabels.isLabel(first) && MODEL_KIND_SHORT_FORMS.contains(kind);
    }

    /**
     * "ODE-SDE", "AI-Enabled": every coined part is a concept acronym or a known non-name, and no part a known name.
     * A word that ends like a benchmark's name is kept ("MT-Bench"), but not for a sample count alone ("FID-30k" is a
     * metric), and so is one that ends in a capitalised method noun ("PAC-Net").
     */
    private boolean onlyKnownParts(String word) {
        if (word.indexOf('-') <= 0 || lexicon.lookup(word) != null
                || (DatasetCues.hasDatasetShape(word) && !Character.isDigit(word.charAt(word.lastIndexOf('-') + 1)))) {
            return false;
        }
        if (word.indexOf('-') == 1 && (Character.isUpperCase(word.charAt(0))
                || Character.UnicodeScript.of(word.charAt(0)) == Character.UnicodeScript.GREEK)) {
            // "D-SGD", "R-CNN", "β-VAE": a letter before the hyphen names a variant ("ViT-B", "RGB-T" are sizes and
            // modalities)
            return false;
        }
        String last = word.substring(word.lastIndexOf('-') + 1);
        if (!last.isEmpty() && Character.isUpperCase(last.charAt(0))
                && TypeCues.METHOD_HEADS.contains(last.toLowerCase(Locale.ROOT))) {
            // "PAC-Net": a capitalised method noun at the end makes a model's name of known parts
            return false;
        }
        if (namedKindOfModel(word)) {
            return false;
        }
        boolean anyCoined = false;
        for (String part : Names.HYPHEN.split(word)) {
            // (a known name among the parts makes a variant of it: "Argoverse-HD")
            if (part.length() >= 2 && lexicon.lookup(part) != null) {
                return false;
            }
            if (part.length() >= 2 && Names.isCoined(part)) {
                anyCoined = true;
                if (!lexicon.isNotName(part) && !conceptLabels.isAcronymLabel(part)) {
                    return false;
                }
            }
        }
        return anyCoined;
    }
}
