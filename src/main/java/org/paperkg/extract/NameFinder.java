package org.paperkg.extract;

import static org.paperkg.extract.GluedToMathematics.endsInsideAWord;
import static org.paperkg.extract.GluedToMathematics.gluedToAFormula;
import static org.paperkg.extract.LongFormNames.findLongForms;
import static org.paperkg.extract.LongFormNames.markExpansionsAfterAShortForm;
import static org.paperkg.extract.LongFormNames.nameSpelledOutFormsByTheirShortForm;
import static org.paperkg.extract.LongFormNames.nounAlwaysAfter;
import static org.paperkg.extract.NameExtent.editionAfter;
import static org.paperkg.extract.NameExtent.endOfHyphenatedSuffix;
import static org.paperkg.extract.NameExtent.endsInALetter;
import static org.paperkg.extract.NameExtent.extendAfter;
import static org.paperkg.extract.NameExtent.shapedLikeAName;
import static org.paperkg.extract.NamingContext.afterTheAuthorsVerbOfMaking;
import static org.paperkg.extract.TitleNameInAbstract.initialsUsed;
import static org.paperkg.extract.TitleNameInAbstract.introducedAgain;
import static org.paperkg.extract.TitleNameInAbstract.phrasesWrittenAgain;
import static org.paperkg.extract.TitleNameInAbstract.plainAfterItsFirstWord;
import static org.paperkg.extract.TitleNameInAbstract.presentedAsTheAuthorsOwn;
import static org.paperkg.extract.TitleNameInAbstract.writtenAgain;
import static org.paperkg.extract.TitleNameInAbstract.writtenAgainAsTheTitleWritesIt;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds where a text names methods and datasets: coined words (S4D, DeeDiff, GPT-2), acronyms with their
 * long forms, well-known names from the gazetteers, and a title's "Name: subtitle". Concept labels (SSM, VAE,
 * transformer) are concepts, not names, and are left out.
 */
final class NameFinder {
    /**
     * A sentence's last word glued to the next sentence's first, as text copied from a PDF leaves it: "LLMs.Our",
     * "RKHS.A key ingredient …" (the article too).
     */
    private static final Pattern GLUED_SENTENCES = Pattern.compile("(.*[A-Za-z0-9])\\.(?:[A-Z][a-z]+|A)");
    /**
     * The other way round: a sentence's last word glued to a name that opens the next ("small.HyperAttention",
     * "SFDA.CoMix-KD"); after a short form in capitals, the name must have a small letter, so that "ASP.NET" stays.
     */
    private static final Pattern GLUED_BEFORE_NAME = Pattern.compile("(?:\\p{Ll}{2,}|\\p{Lu}{2,}s?)\\.(\\p{Lu}.*)");
    /** "2D", "3D": what a name may open with. */
    static final Pattern DIMENSIONS = Pattern.compile("[1-4]D");
    static final Pattern SUFFIXED = Pattern.compile(
            "(.+)-((?i)based|like|style|type|driven|powered|guided|inspired|free|aware|specific|level|only|enhanced"
                    + "|compliant|agnostic|friendly|scale|sized|size|generated|compatible|pretrained|trained|equipped"
                    + "|related|enabled|enabling|assisted|augmented|informed|centric|oriented|bound|dependent|optimized|optimised|tuned"
                    + "|finetuned|induced|conditioned|regularized|regularised|initialized|initialised|distilled|quantized"
                    + "|quantised|compressed|learned|learnt|models?|(?-i:\\p{Ll}{2,}[a-df-z]ed)"
                    + "|(?-i:(?!(?:pre|fine|post)?(?:train|learn|tun|model|encod|embedd|process)ing)\\p{Ll}{3,}ing))");

    /**
     * A name, then a hyphen and a common noun that says what of it the text speaks of, not which thing it is:
     * "IPF-updates", "GPT-family", "BERT-vocabulary", "LP-relaxation" (not "LSUN-bedroom", "BERT-base", "NQ-open",
     * which name a split or a size; nor a singular noun that may end the name of the authors' own part,
     * "ASCC-defense").
     */
    private static final Pattern GENERIC_NOUN_SUFFIXED = Pattern.compile("(.+)-(updates|priors|family|families"
            + "|backbones?|vocabulary|vocabularies|formats?|paradigms?|infrastructure|exploration|equivalence"
            + "|equivalent|alike|immunity|resolution|repo|talks|corpus|corpora|decomposition|relaxation|variants"
            + "|versions|attacks?|experts|planes|layers?|groups?|framework|dictionary|description|pairs|arms?"
            + "|consistency|consistent|diameter|initialization|initialisation|representations?|cores)");
    /**
     * A part of a name that a hyphen and "block" or "module" follow: the name's when the text writes the name alone
     * too ("ReCon-block" beside "ReCon"), else the part the authors name so ("a QN-block").
     */
    private static final Pattern PART_SUFFIXED = Pattern.compile("(.+)-(?:blocks?|modules?)");

    /**
     * A class of complexity, short and capitalised, hardness or completeness after it: "APX-hard", "UP-complete",
     * "#P-hardness" (not a split of a benchmark named longer, "SOTOPIA-hard", "BigBench-hard").
     */
    private static final Pattern COMPLEXITY_CLASS = Pattern.compile(
            "[#\\p{Lu}][\\p{L}\\d]{0,4}-(?:hard|complete|hardness|completeness)");

    /** A name and a prefix of the suffix after it: "FP32-pre" in "FP32-pre-trained". */
    private static final Pattern SUFFIX_PREFIX = Pattern.compile("(.+)-(?i)(?:pre|self|co|semi|fine|well|re|un)");

    private final Lexicon lexicon;
    private final ConceptLabels conceptLabels;
    private final DefinitionFilter definitionFilter;
    private final DatasetListFinder datasetLists;
    private final MethodListFinder methodLists;
    private final TriggeredPhraseFinder triggeredPhrases;
    private final AppositionPhraseFinder appositionPhrases;
    private final HeadedPhraseFinder headedPhrases;
    private final NamedPhraseFinder namedPhrases;
    private final ConceptVariantFinder conceptVariants;
    private final TitleNameFinder titleNames;
    private final EponymFinder eponyms;
    private final TestSystemFinder testSystems;
    private final SingleTokenNames singleTokens;

    NameFinder(Lexicon lexicon, ConceptLabels conceptLabels) {
        this.lexicon = lexicon;
        this.conceptLabels = conceptLabels;
        this.definitionFilter = new DefinitionFilter(lexicon, conceptLabels);
        this.datasetLists = new DatasetListFinder(lexicon, conceptLabels);
        this.methodLists = new MethodListFinder(lexicon, conceptLabels);
        this.triggeredPhrases = new TriggeredPhraseFinder(lexicon, conceptLabels);
        this.appositionPhrases = new AppositionPhraseFinder(lexicon, conceptLabels);
        this.headedPhrases = new HeadedPhraseFinder(lexicon, conceptLabels);
        this.namedPhrases = new NamedPhraseFinder(lexicon, conceptLabels);
        this.conceptVariants = new ConceptVariantFinder(lexicon, conceptLabels);
        this.titleNames = new TitleNameFinder(lexicon, conceptLabels);
        this.eponyms = new EponymFinder(lexicon, conceptLabels);
        this.testSystems = new TestSystemFinder(lexicon, conceptLabels);
        this.singleTokens = new SingleTokenNames(lexicon, conceptLabels);
    }

    /** Names found, and for each name the other forms (long forms) the text gives it. */
    record Found(List<NameOccurrence> occurrences, Map<String, Set<String>> aliases) {
    }

    /**
     * The names of a text; {@code redefinedAcronyms} are concepts' acronyms that its definitions give to something
     * else ("Ideal Continual Learner (ICL)"), names here.
     */
    Found find(AnnotatedText text, List<AcronymDefinition> definitions, List<Mention> concepts,
               Set<String> redefinedAcronyms) {
        // acronym long forms and well-known names come first; concept words block only the weaker rules below
        NameFinding f = new NameFinding(redefinedAcronyms);
        Map<String, String> longToShort = acceptDefinitions(text, definitions, f);
        markExpansionsAfterAShortForm(text, definitions, f);
        String lower = text.text().toLowerCase(Locale.ROOT);
        findLongForms(text, lower, longToShort, f);
        findMultiWordNames(text, Names.spaceHyphensBetweenLetters(lower), f);
        // capitalised words naming a variant of a concept by its acronym ("TopK SAEs"), before the concept's
        // acronym is blocked as a short form that is no name
        conceptVariants.find(text).forEach(f::addIfFree);
        // a title's "Name: subtitle" names, even a short form whose definition was judged no name ("BAAM: …" for "a
        // novel … algorithm, based on … modeling (BAAM)"); one that holds concept words ("Momentum Decoding: …", not
        // "Reduced-Order Neural Operators: …") only when the abstract introduces it again
        // a phrase of plain words that reads as a clause ("Augmentation Matters: …", "Use Your Head: …", "Time Will
        // Tell: …", and after a name, "ReLU Strikes Back: …") only when the abstract writes it again or uses its
        // initials ("Know Your Data (KYD)"): else it is a slogan
        Optional<NameOccurrence> beforeColon = titleNames.findBeforeColon(text);
        Optional<NameOccurrence> titleName = beforeColon
                // (a name that ends in a concept's words is the paper's where the abstract introduces it again or the
                // title goes on to call it a method: "Scene Transformer: A unified architecture for …")
                .filter(o -> concepts.stream().noneMatch(c -> c.span().overlaps(o.span()))
                        || introducedAgain(text, lower, o) || TitleNameFinder.describedAsAMethodAfterTheColon(o)
                        || TitleNameFinder.hyphenedAroundAConcept(o, concepts)
                                && !TitleNameFinder.shortenedInTheAbstract(text, o.name()))
                .filter(o -> !plainAfterItsFirstWord(o.name()) || !TitleNameFinder.readsAsAClause(o)
                        || writtenAgain(text, lower, o) || initialsUsed(text, o));
        titleName.ifPresent(f::addIfFree);
        // a model's name of concept words and words of its own, "Ordered GNN: …", "Diffusion Video Autoencoders: …",
        // names what the authors propose where no other name of theirs is in sight: the abstract defines no short
        // form but concepts' and writes no coined word in a sentence where the authors propose
        if (titleName.isEmpty()) {
            beforeColon.filter(o -> titleNames.endsInAModelHead(o)
                            && AuthorSubject.authorsUseAVerbOf(text.abstractSentences(), TriggeredPhraseFinder.TRIGGERS)
                            && titleNames.noOtherNameOfTheAuthors(text, definitions))
                    .ifPresent(f::addIfFree);
        }
        // (the abstract's own mentions of a title name that is no coined word, written as the title writes it, so that
        // their contexts type it: "Image-Chat: …" above "Our dataset, Image-Chat, consists of …", a name of several
        // words too, "Memory Gym: …" above "Memory Gym is a novel benchmark …")
        titleName.filter(o -> !Names.isCoined(o.name()) && f.out.contains(o))
                .ifPresent(o -> writtenAgainAsTheTitleWritesIt(text, lower, o).forEach(f::addIfFree));
        // a system description's "X at SemEval-2020 Task 7: …" names the system the paper describes
        titleNames.findSystemAtVenue(text).ifPresent(f::addIfFree);
        // and a title that is nothing but a dataset's name names it: "The Gutenberg Dialogue Dataset"
        titleNames.findDatasetTitle(text).ifPresent(f::addIfFree);
        rejectSignLanguageShortForms(text, f);
        blockRejectedShortForms(text, f);
        blockSpecialTokens(text, f);
        // a capitalised phrase right after "we propose" names even when it ends in a concept word ("Hybrid
        // Distillation"), or in a short form that is no name alone after two words or more ("Sequential
        // Multi-Dimensional SSL" after "Self-supervised learning (SSL)"); a phrase that is a concept label as a whole
        // is left out by the finder
        triggeredPhrases.find(text).forEach(f::addIfFreeBeforeARejectedShortForm);
        // so does one that an apposition calls a method or dataset ("Nucleus Sampling, a simple method")
        appositionPhrases.find(text).forEach(f::addIfFree);
        // and a lower-case phrase that the authors name their method ("an approach, which we term state tuning")
        // (one that the title writes too needs a word of its own: not "we propose autoregressive transformer neural
        // networks for …", all concept words)
        // (in place of a known name inside it: "which we call magnetic mirror descent")
        namedPhrases.find(text).stream().filter(o -> !o.source().equals(NamedPhraseFinder.TITLE_PHRASE)
                || TitleNameFinder.hasAWordOutside(o, concepts)).forEach(f::addOverKnownNamesInside);
        // such a phrase written again in the very same letters holds no names of its words alone ("we present
        // IN-CONTEXT PRETRAINING, a new approach …", then "we can do IN-CONTEXT PRETRAINING by …")
        phrasesWrittenAgain(text, lower, f).stream().filter(f.blocked::isFree).forEach(f.blocked::add);
        // a title's opening name that narrows a concept by a hyphenated modifier ("Long-term Recurrent Convolutional
        // Networks for …", "Multi-marginal Schrödinger Bridges with …"), or that the abstract introduces again in
        // the same words and that holds a word of its own ("We propose autoregressive quantile flows, …"; not an
        // activity, "Future Language Modeling"), before the concept's words are blocked
        Optional<NameOccurrence> openingPhrase = titleNames.findOpeningPhrase(text);
        openingPhrase.filter(o -> titleNames.narrowsAConcept(o, concepts)
                        || !o.name().endsWith("ing") && TitleNameFinder.hasAWordOutside(o, concepts)
                                && introducedAgain(text, lower, o))
                .ifPresent(f::addIfFree);
        // a title that is nothing but a model's capitalised name, "Idempotent Generative Network", names what the
        // authors propose where the abstract names it nowhere else (it defines no short form)
        titleNames.findWholeTitleName(text).filter(o -> definitions.isEmpty()
                && AuthorSubject.authorsUseAVerbOf(text.abstractSentences(), TriggeredPhraseFinder.TRIGGERS))
                .ifPresent(f::addIfFree);
        // a person's system that the paper tests on, even where the scheme files it under a concept ("the chaotic
        // Lorenz system" is chaos, and the data of the experiment)
        testSystems.find(text).forEach(f::addIfFree);
        for (Mention c : concepts) {
            if (f.blocked.isFree(c.span())) {
                f.blocked.add(c.span());
            }
        }
        datasetLists.find(text).forEach(f::addIfFree);
        // capitalised names given as examples of methods, coined or not ("algorithms such as AdaBound, SWAT, and Padam")
        methodLists.find(text).forEach(f::addIfFree);
        // after concept words: a capitalised phrase that a method or dataset noun right after it names ("the Sliced
        // Wasserstein loss", "the Penn Action dataset"), where no concept word is part of it
        headedPhrases.find(text).forEach(f::addIfFree);
        // a technique named after its author, after concept words ("Gibbs sampling" is one)
        eponyms.find(text).forEach(f::addIfFree);
        // after concept words: a title that opens with concept words describes, it does not name
        openingPhrase.ifPresent(f::addIfFree);
        for (Sentence s : text.sentences()) {
            for (int i = 0; i < s.size(); i++) {
                findSingleToken(text, s, i, f);
            }
        }
        nameSiblingsAfterASlash(text, f);
        f.out.sort(Comparator.comparingInt(o -> o.span().begin()));
        joinTwoWordNamesOfADataset(text, f);
        nameTheNumberedEdition(f);
        nameSpelledOutFormsByTheirShortForm(text, f);
        return new Found(f.out, f.aliases);
    }

    /** The number of an edition written one space after a name: "2" in "NaturalSpeech 2". */
    private static final Pattern EDITION_NUMBER = Pattern.compile("\\d{1,2}");

    /**
     * A name one space before a number, where the paper names that name with the number elsewhere ("NaturalSpeech 2:
     * …" in the title, "NaturalSpeech 2 outperforms …" in the abstract), is that numbered edition, not the first one.
     */
    private static void nameTheNumberedEdition(NameFinding f) {
        Set<String> names = new java.util.HashSet<>();
        f.out.forEach(o -> names.add(o.name()));
        for (int k = 0; k < f.out.size(); k++) {
            NameOccurrence o = f.out.get(k);
            Sentence s = o.sentence();
            int last = s.tokenIndexAt(o.span().end() - 1);
            if (last < 0 || last + 1 >= s.size() || s.token(last).end() != o.span().end()) {
                continue;
            }
            Token number = s.token(last + 1);
            if (number.begin() == o.span().end() + 1 && EDITION_NUMBER.matcher(number.word()).matches()
                    && names.contains(o.name() + " " + number.word())) {
                Span span = new Span(o.span().begin(), number.end());
                f.out.set(k, new NameOccurrence(o.name() + " " + number.word(), span, s, o.source()));
            }
        }
    }

    /**
     * Two single-word names side by side, nothing between them, right before a singular dataset noun name one dataset:
     * "the DTU MVS dataset", "the CMU MoCap dataset" (a list would be written with a comma or "and", and "datasets"
     * after two names may count two).
     */
    private void joinTwoWordNamesOfADataset(AnnotatedText text, NameFinding f) {
        for (int k = 0; k + 1 < f.out.size(); k++) {
            NameOccurrence a = f.out.get(k);
            NameOccurrence b = f.out.get(k + 1);
            Sentence s = a.sentence();
            if (b.sentence() != s || a.name().indexOf(' ') >= 0 || b.name().indexOf(' ') >= 0
                    || lexicon.isKnownMethod(a.name()) || lexicon.isKnownMethod(b.name())) {
                continue; // (a well-known model beside a dataset is two names: "probing BERT ConceptNet dataset")
            }
            int i = s.tokenIndexAt(a.span().begin());
            int j = s.tokenIndexAt(b.span().begin());
            boolean wholeTokens = s.token(i).begin() == a.span().begin() && s.token(i).end() == a.span().end()
                    && s.token(j).begin() == b.span().begin() && s.token(j).end() == b.span().end();
            if (!wholeTokens || j != i + 1 || j + 1 >= s.size() || !s.token(j + 1).pos().equals("NN")
                    || !DefinitionFilter.DATASET_NOUNS.contains(s.token(j + 1).lemma())) {
                continue;
            }
            Span span = new Span(a.span().begin(), b.span().end());
            f.out.set(k, new NameOccurrence(text.covered(span.begin(), span.end()), span, s, a.source()));
            f.out.remove(k + 1);
        }
    }

    /**
     * Keeps the acronym definitions that define names, as aliases; blocks the others and remembers their short
     * forms (but for the coined name a naming verb gives). Returns the kept long forms, lower case, with their short
     * forms.
     */
    private Map<String, String> acceptDefinitions(AnnotatedText text, List<AcronymDefinition> definitions,
                                                  NameFinding f) {
        Map<String, String> longToShort = new HashMap<>();
        for (AcronymDefinition d : definitions) {
            if (!definitionFilter.isName(d, text.sentences().get(d.sentence()), text.title())) {
                f.blocked.add(d.longSpan());
                // (a naming verb vouches for its coined name whatever the words before it: "… an existing
                // terminological database for the medical domain, named TriMED", whose letters the character match
                // found among those words)
                // (and so does the authors' presenting it as theirs elsewhere: "Massive Choice, Ample Tasks (MaChAmp):
                // …" above "we present MaChAmp, a toolkit for …")
                if (d.rule().equals(AcronymFinder.NAMING_PHRASE) || presentedAsTheAuthorsOwn(text, d.shortForm())) {
                    continue;
                }
                f.blocked.add(d.shortSpan());
                f.rejectedShortForms.add(Names.singular(d.shortForm()));
                // (and each of two short forms paired by a slash: "hate speech / counter narrative (HS/CN)")
                if (d.shortForm().indexOf('/') > 0) {
                    for (String part : d.shortForm().split("/")) {
                        if (!part.isEmpty()) {
                            f.rejectedShortForms.add(Names.singular(part));
                        }
                    }
                }
                if (DefinitionFilter.abbreviatesACompoundAdjective(d)) {
                    f.propertyShortForms.add(d.shortForm());
                }
                continue;
            }
            String name = SingleTokenNames.writtenSingular(Names.singular(d.shortForm()), text);
            String noun = nounAlwaysAfter(text, d);
            if (noun != null) {
                f.shortFormNouns.put(name, noun);
                name = name + " " + noun;
            }
            f.alias(name, d.longForm());
            longToShort.put(d.longForm().toLowerCase(Locale.ROOT), name);
        }
        return longToShort;
    }

    /**
     * "Italian Sign Language (LIS)", "French Sign Language (LSF)": a short form in parentheses right after "Sign
     * Language" names the language, however its letters go (they spell its name in the language itself, so the
     * acronym finder pairs them with no long form), and so is no name anywhere in the text; but it may open one, "the
     * Public DGS Corpus", "the LSF corpus", which a capitalised word or a dataset noun after it shows.
     */
    private static void rejectSignLanguageShortForms(AnnotatedText text, NameFinding f) {
        Set<String> languages = new java.util.HashSet<>();
        for (Sentence s : text.sentences()) {
            for (int i = 2; i + 2 < s.size(); i++) {
                if (s.token(i).word().equals("(") && s.token(i + 2).word().equals(")")
                        && Names.signLanguage(s.token(i - 2).word(), s.token(i - 1).word())
                        && Names.isAcronym(s.token(i + 1).word())) {
                    languages.add(s.token(i + 1).word());
                }
            }
        }
        if (languages.isEmpty()) {
            return;
        }
        for (Sentence s : text.sentences()) {
            for (int i = 0; i < s.size(); i++) {
                boolean opensAName = i + 1 < s.size() && (Character.isUpperCase(s.token(i + 1).word().charAt(0))
                        || DatasetCues.namesDatasets(s.token(i + 1).lemma()));
                if (languages.contains(s.token(i).word()) && !opensAName) {
                    f.blocked.add(new Span(s.token(i).begin(), s.token(i).end()));
                }
            }
        }
    }

    /** A defined term that is not a name (a task, a concept, a metric) is not a name anywhere in the text. */
    private static void blockRejectedShortForms(AnnotatedText text, NameFinding f) {
        if (f.rejectedShortForms.isEmpty()) {
            return;
        }
        for (Sentence s : text.sentences()) {
            for (Token t : s.tokens()) {
                String word = Names.singular(t.word());
                if (f.rejectedShortForms.contains(word) && !f.aliases.containsKey(word)) {
                    f.blocked.add(new Span(t.begin(), t.end()));
                }
                // "NO-based solutions" after "Neural Operators (NOs)": the short form before a suffix
                if (t.word().indexOf('-', 1) >= 0) {
                    var suffixed = SUFFIXED.matcher(t.word());
                    if (suffixed.matches() && f.rejectedShortForms.contains(Names.singular(suffixed.group(1)))) {
                        f.blocked.add(new Span(t.begin(), t.end()));
                    }
                    // "LR-HR pairs" after "low-resolution (LR)" and "high-resolution (HR)": properties joined (not
                    // "KD-GAN", a name made of the short forms of two concepts)
                    if (java.util.Arrays.stream(t.word().split("-")).allMatch(f.propertyShortForms::contains)) {
                        f.blocked.add(new Span(t.begin(), t.end()));
                    }
                }
            }
        }
    }

    /** A numbered part of a shared task written as one word: "Task4", "Subtask2", "Track1", "Task-6". */
    static final Pattern NUMBERED_PART = Pattern.compile("(?i)(sub)?(task|track)-?\\d{1,2}[a-z]?");

    /**
     * Blocks a word in capitals written right inside square brackets: a model's special token, "[MASK]", "[CLS]",
     * "[SEP]", no name; a numbered part of a shared task written as one word, "SemEval Task4"; and a word glued to a
     * formula before it, the rest of a symbol or a name that the formula begins ("O(√L|X|AT)", "I$^2$SB",
     * "Zh\rightarrowEn").
     */
    private static void blockSpecialTokens(AnnotatedText text, NameFinding f) {
        String all = text.text();
        for (Sentence s : text.sentences()) {
            for (int i = 0; i < s.size(); i++) {
                Token t = s.token(i);
                boolean specialToken = t.begin() > 0 && t.end() < all.length() && all.charAt(t.begin() - 1) == '['
                        && all.charAt(t.end()) == ']' && t.word().equals(t.word().toUpperCase(Locale.ROOT));
                if (specialToken || NUMBERED_PART.matcher(t.word()).matches() || gluedToAFormula(all, t.begin())
                        || endsInsideAWord(all, t) || i > 0 && endsInsideAWord(all, s.token(i - 1))) {
                    f.blocked.add(new Span(t.begin(), t.end()));
                }
            }
        }
    }

    /**
     * Multi-word names of the gazetteer, plural too, their words joined by spaces or hyphens ("Long-Range Arena"):
     * {@code spaced} is the lower-cased text with a space for each hyphen between letters, so offsets stay.
     */
    private void findMultiWordNames(AnnotatedText text, String spaced, NameFinding f) {
        Set<String> words = PhraseSearch.wordsOf(spaced);
        for (Lexicon.PhraseForm form : lexicon.phraseForms()) {
            if (!form.firstWord().isEmpty() && !words.contains(form.firstWord())) {
                continue;
            }
            Lexicon.Entry entry = form.entry();
            String key = form.key();
            for (PhraseSearch.WordMatch m : PhraseSearch.wordMatches(text, spaced, key, 0)) {
                // a size or version hyphenated to the name belongs to it: "Wide-ResNet-28-10", "Llama 2-7B"; so
                // does an edition's year or version written apart, "TAC KBP 2016", "Prague Dependency Treebank 2.0",
                // which names that edition, not the entry
                Span span = new Span(m.span().begin(), endOfHyphenatedSuffix(spaced, m.span().end()));
                int editionAt = editionAfter(m.sentence(), span);
                boolean edition = editionAt >= 0;
                if (edition) {
                    span = new Span(span.begin(), m.sentence().token(editionAt).end());
                }
                // (not the end of a hyphenated word, "the RST Spanish-Chinese Treebank": the lower-cased text has a
                // space for that hyphen, the text itself has it)
                if (!(span.begin() > 0 && text.text().charAt(span.begin() - 1) == '-') && f.blocked.isFree(span)
                        && !(entry.type() == MentionKind.METHOD && endOfALongerTitleCaseName(text, m.sentence(), span))
                        && !(entry.type() == MentionKind.DATASET && ordinaryPhrase(text, m.sentence(), span))) {
                    Span withPlural = span.end() < spaced.length() && spaced.charAt(span.end()) == 's'
                            ? new Span(span.begin(), span.end() + 1) : span;
                    String surface = text.covered(withPlural.begin(), withPlural.end());
                    // (a known name written in lower case is named as the gazetteer names it: "a dynamic neural
                    // radiance field" mentions NeRF)
                    if (!edition && surface.chars().noneMatch(Character::isUpperCase)
                            && entry.name().chars().anyMatch(Character::isUpperCase)) {
                        f.out.add(new NameOccurrence(entry.name(), withPlural, m.sentence(), "gazetteer"));
                        f.alias(entry.name(), surface);
                    } else {
                        f.out.add(new NameOccurrence(surface, withPlural, m.sentence(), "gazetteer"));
                        if (!surface.equals(entry.name()) && !edition) {
                            f.alias(surface, entry.name());
                        }
                    }
                    f.blocked.add(withPlural);
                }
            }
        }
        // "CIFAR, MNIST, and Fashion MNIST": a hyphenated dataset name written with a space, matched with its case
        lexicon.spacedForms().forEach((spacedForm, entry) -> {
            for (PhraseSearch.WordMatch m : PhraseSearch.wordMatches(text, text.text(), spacedForm, 0)) {
                if (f.blocked.isFree(m.span())) {
                    String surface = text.covered(m.span().begin(), m.span().end());
                    f.out.add(new NameOccurrence(surface, m.span(), m.sentence(), "gazetteer"));
                    f.alias(surface, entry.name());
                    f.blocked.add(m.span());
                }
            }
        });
    }

    /**
     * True when a dataset's name that is an adjective or a noun and a plural noun is written in lower case with no
     * dataset noun after it: the ordinary phrase, "maps natural questions to logical forms", "converted to universal
     * dependencies", "recognize free-form speech commands" (not "a universal dependencies treebank").
     */
    private static boolean ordinaryPhrase(AnnotatedText text, Sentence s, Span span) {
        String surface = text.covered(span.begin(), span.end());
        int first = s.tokenIndexAt(span.begin());
        int last = s.tokenIndexAt(span.end() - 1);
        if (!surface.equals(surface.toLowerCase(Locale.ROOT)) || first < 0 || last != first + 1
                || !(s.token(first).pos().startsWith("JJ") || s.token(first).pos().equals("NN"))
                || !s.token(last).pos().equals("NNS")) {
            return false;
        }
        return last + 1 >= s.size() || !DatasetCues.namesDatasets(PhraseSyntax.headLemma(s.token(last + 1)));
    }

    /**
     * True when a title-case word, hyphenated or not, stands before a well-known name inside the sentence: "Kernel
     * Nucleus Sampling" is a method of its own, not Nucleus Sampling, and so is "Naïve-Bayes Support Vector Machine"
     * (but "Google Conceptual Captions" is the dataset).
     */
    private static boolean endOfALongerTitleCaseName(AnnotatedText text, Sentence s, Span span) {
        int k = s.tokenIndexAt(span.begin());
        // (in the title every word is capitalised, but before its colon the paper names what it brings, from its first
        // word on: "Spectral Frank-Wolfe Algorithm: Strict Complementarity …", not "The Kalman Filter: …")
        int colon = text.title().indexOf(": ");
        boolean titlePrefix = colon >= 0 && span.end() <= colon;
        return (titlePrefix ? k >= 1 : k >= 2 && !text.inTitle(span.begin())) && s.token(k).begin() == span.begin()
                && Names.HYPHENATED_TITLE_CASE_WORD.matcher(s.token(k - 1).word()).matches()
                && !TypeCues.ARTICLES.contains(s.token(k - 1).lower());
    }

    /** A single token that is a known or coined name, unless something found before claimed it. */
    private void findSingleToken(AnnotatedText text, Sentence s, int i, NameFinding f) {
        Token t = s.token(i);
        if (f.blocked.overlaps(new Span(t.begin(), t.end())) || NameLookalikes.shoutedFunctionWord(t)
                || NameLookalikes.mappingDirection(t.word())) {
            return;
        }
        if (namedTransferBetweenDatasets(s, t, f)) {
            return;
        }
        String word = t.word();
        int wordBegin = t.begin();
        // a missing space after a full stop glues two sentences: "LLMs.Our" is "LLMs" then "Our", and
        // "small.HyperAttention" is "small" then "HyperAttention"
        // (each pattern needs its punctuation after the first character: most words are not tried at all)
        if (word.indexOf('.', 1) >= 0) {
            var glued = GLUED_SENTENCES.matcher(word);
            var gluedBefore = GLUED_BEFORE_NAME.matcher(word);
            if (glued.matches()) {
                word = glued.group(1);
            } else if (gluedBefore.matches() && (Character.isLowerCase(word.charAt(gluedBefore.start(1) - 2))
                    || gluedBefore.group(1).chars().anyMatch(Character::isLowerCase))) {
                wordBegin += gluedBefore.start(1);
                word = gluedBefore.group(1);
            }
        }
        // a frequent word glued before a name: "a new dataset calledDataBack", "CIFAR-10-C andImageNet-C"
        // (not the object of the authors' verb of making, which no preposition opens: "We release inCLINC, a dataset")
        int gluedWord = afterTheAuthorsVerbOfMaking(s, i) ? 0 : Names.gluedWordBefore(word);
        if (gluedWord > 0) {
            wordBegin += gluedWord;
            word = word.substring(gluedWord);
        }
        // and one glued after it: "the latent representation of VQ-VAEswith a simple scheme"
        String beforeGluedWord = Names.beforeAGluedFunctionWord(word);
        if (beforeGluedWord != null) {
            word = beforeGluedWord;
        }
        // a well-known name glued to the frequent word after it, as a PDF leaves it: "HICO-DET and V-COCOshow that …"
        // (only a word shaped like a name, a capital or a digit or a hyphen inside it: not "Experimental")
        String unglued = Character.isUpperCase(word.charAt(0)) && shapedLikeAName(word) && lexicon.lookup(word) == null
                ? Names.beforeAGluedWord(word, w -> lexicon.lookup(w) != null) : null;
        if (unglued != null) {
            word = unglued;
        }
        if (word.indexOf('-', 1) >= 0) {
            if (COMPLEXITY_CLASS.matcher(word).matches()) {
                return; // "the problem is APX-hard", "#P-hardness": a class of complexity
            }
            var suffixed = SUFFIXED.matcher(word);
            if (suffixed.matches() && Names.isCoined(suffixed.group(1))) {
                // (a prefix of the suffix's own before it: "FP32-pre-trained", "GPT-self-supervised")
                var prefixed = SUFFIX_PREFIX.matcher(suffixed.group(1));
                word = prefixed.matches() && Names.isCoined(prefixed.group(1)) ? prefixed.group(1) : suffixed.group(1);
            }
            var genericNoun = GENERIC_NOUN_SUFFIXED.matcher(word);
            if (genericNoun.matches() && Names.isCoined(genericNoun.group(1))) {
                word = genericNoun.group(1);
            }
            var part = PART_SUFFIXED.matcher(word);
            if (part.matches() && Names.isCoined(part.group(1)) && Names.writesApart(text.text(), part.group(1))) {
                word = part.group(1);
            }
        }
        String name = singleTokens.nameOf(word, s, i, text, f);
        int begin = wordBegin;
        if (name != null && !Names.isCoined(word) && lexicon.lookup(word) == null && i > 0 && wordBegin == t.begin()
                && DIMENSIONS.matcher(s.token(i - 1).word()).matches()
                && s.token(i - 1).end() + 1 == t.begin()) {
            // "3D Highlighter, a technique for …"
            name = s.token(i - 1).word() + " " + name;
            begin = s.token(i - 1).begin();
        }
        if (name != null) {
            Lexicon.Entry known = lexicon.lookup(word);
            if (known != null && f.definedOtherwise(name, known)) {
                known = null; // the paper's own sense of the short form, not the one the gazetteer knows
            }
            f.aliasKnown(name, known);
            int wordEnd = wordBegin + word.length();
            NameExtent.Extended extended = extendAfter(s, i, name, wordEnd, wordEnd == t.end(), f);
            if (!extended.name().equals(name)) {
                name = extended.name();
                // (the longer name may be known in its own right: "SQuAD2.0" is SQuAD 2.0)
                known = lexicon.lookup(name);
                f.aliasKnown(name, known);
            }
            int end = extended.end();
            f.out.add(new NameOccurrence(name, new Span(begin, end), s,
                    known != null ? "gazetteer" : "coined-word"));
        }
    }

    /** A transfer from one named thing to another, written as one word: "GTA5-to-Cityscapes", "Waymo-to-KITTI". */
    private static final Pattern NAMED_TRANSFER = Pattern.compile(
            "([\\p{L}\\d][\\p{L}\\d.]*)-to-([\\p{L}\\d][\\p{L}\\d.-]*)");
    /** The source of a side of such a transfer that the gazetteer does not know: data, as the other side is. */
    static final String TRANSFER_SIDE = "transfer-side";

    /**
     * A transfer between datasets written as one word names both of them, each with its own evidence, when the
     * gazetteer knows one side as a dataset: "GTA5-to-Cityscapes", "Waymo-to-KITTI" are the source and the target of a
     * domain adaptation, as "GTA5 → Cityscapes" is (not "Room-to-Room", "Coarse-to-Fine", "English-to-German", whose
     * sides are no datasets). The side it does not know is data too, if it is shaped as a name.
     */
    private boolean namedTransferBetweenDatasets(Sentence s, Token t, NameFinding f) {
        var transfer = t.word().indexOf("-to-") > 0 ? NAMED_TRANSFER.matcher(t.word()) : null;
        if (transfer == null || !transfer.matches() || lexicon.lookup(t.word()) != null) {
            return false;
        }
        // (each side written as the gazetteer writes it: not "Scan-to-CAD", whose "Scan" is no SCAN)
        Lexicon.Entry source = lexicon.writtenAsKnown(transfer.group(1));
        Lexicon.Entry target = lexicon.writtenAsKnown(transfer.group(2));
        if (!(isDataset(source) || isDataset(target)) || !shapedAsAName(transfer.group(1), source)
                || !shapedAsAName(transfer.group(2), target)) {
            return false;
        }
        for (int g = 1; g <= 2; g++) {
            Lexicon.Entry known = g == 1 ? source : target;
            String side = transfer.group(g);
            f.aliasKnown(side, known);
            f.out.add(new NameOccurrence(side, new Span(t.begin() + transfer.start(g), t.begin() + transfer.end(g)), s,
                    known != null ? "gazetteer" : TRANSFER_SIDE));
        }
        return true;
    }

    /** True when a side of a transfer is known, or capitalised or coined: "Waymo", "GTA5", not "real". */
    private static boolean shapedAsAName(String side, Lexicon.Entry known) {
        return known != null || Character.isUpperCase(side.charAt(0)) || Names.isCoined(side);
    }

    private static boolean isDataset(Lexicon.Entry known) {
        return known != null && known.type() == MentionKind.DATASET;
    }

    /** A name's closing number, with the letter of a size written after it ("1k"), and what comes before it. */
    private static final Pattern NUMBERED_NAME = Pattern.compile("(.*[^\\d.,])(\\d+[kKMB]?)");
    /**
     * Numbers written after slashes against a numbered name, the "/100" of "CIFAR-10/100", "/34/50" of
     * "ResNet-18/34/50"; not a path or a code that goes on after them, "N2014/2840/ITP", nor a decimal.
     */
    private static final Pattern SLASHED_NUMBERS = Pattern.compile("(?:/\\d+[kKMB]?)+(?![\\p{L}\\p{N}/]|\\.\\d)");
    private static final Pattern SLASHED_NUMBER = Pattern.compile("/(\\d+[kKMB]?)");

    /**
     * A numbered name with another number after a slash, nothing between, names its sibling too: "CIFAR-10/100" is
     * CIFAR-10 and CIFAR-100, "ResNet-18/34/50" three depths of ResNet, "VOC07/12" two editions. The sibling's
     * evidence is its own number (occurrences do not overlap).
     */
    private void nameSiblingsAfterASlash(AnnotatedText text, NameFinding f) {
        String written = text.text();
        for (NameOccurrence o : List.copyOf(f.out)) {
            if (!written.startsWith("/", o.span().end())) {
                continue;
            }
            var numbered = NUMBERED_NAME.matcher(o.name());
            if (!numbered.matches()) {
                continue;
            }
            var chain = SLASHED_NUMBERS.matcher(written).region(o.span().end(), o.sentence().end());
            if (!chain.lookingAt()) {
                continue;
            }
            // (a size goes with a size: "ImageNet-1k/22k", not "Block-2/4k")
            boolean sized = endsInALetter(numbered.group(2));
            var slashed = SLASHED_NUMBER.matcher(written).region(chain.start(), chain.end());
            while (slashed.find() && sized == endsInALetter(slashed.group(1))) {
                String sibling = numbered.group(1) + slashed.group(1);
                Span span = new Span(slashed.start(1), slashed.end());
                Lexicon.Entry known = lexicon.lookup(sibling);
                f.aliasKnown(sibling, known);
                f.out.add(new NameOccurrence(sibling, span, o.sentence(), known != null ? "gazetteer" : o.source()));
                f.blocked.add(span);
            }
        }
    }
}
