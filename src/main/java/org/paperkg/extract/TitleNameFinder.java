package org.paperkg.extract;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the name a title gives the paper's own method or dataset: "DeeDiff: Dynamic …" before a colon, or a
 * capitalised model name that opens the title, "Random Grid Neural Processes for …".
 */
final class TitleNameFinder {
    /**
     * First words of a title whose "X: subtitle" is not a name ("Towards …: …", "When …: …", "Another PASS: A
     * Reproduction Study of …"): articles and the like, question words and prepositions, which open slogans ("In
     * Factuality: …", "With Measured Words: …", "Without Further Ado: …", "Inside ASCENT: …", "Behind the Scenes: …").
     */
    static final Set<String> NOT_NAME_OPENERS = Set.of("the", "a", "an", "another", "yet", "on", "towards",
            "toward", "when", "why", "how", "what", "beyond", "in", "with", "without", "from", "for", "of", "into",
            "through", "under", "against", "about", "by", "at", "across", "between", "over", "via", "inside",
            "outside", "within", "behind", "after", "before", "beneath", "among", "amid", "around", "along", "upon",
            "unlike", "like", "to", "despite");
    /** A capitalised gerund with a stem of four letters or more: "Visualising" (not "String", "Turing"). */
    static final java.util.regex.Pattern GERUND = java.util.regex.Pattern.compile("\\p{Lu}\\p{Ll}{3,}ing");
    /** A team at its institute or group written as one word: "KnowGraph@IITK", "NLP-IIS@UT". */
    private static final java.util.regex.Pattern TEAM_AT_ITS_PLACE =
            java.util.regex.Pattern.compile("([^@]+)@\\p{Lu}[\\p{L}\\d-]*");
    private final Lexicon lexicon;
    private final TitleColonNames colonNames;
    private final ConceptLabels conceptLabels;

    TitleNameFinder(Lexicon lexicon, ConceptLabels conceptLabels) {
        this.lexicon = lexicon;
        this.colonNames = new TitleColonNames(lexicon, conceptLabels);
        this.conceptLabels = conceptLabels;
    }

    /** The name a title opens with before its colon, "DeeDiff: Dynamic …" ({@link TitleColonNames}). */
    Optional<NameOccurrence> findBeforeColon(AnnotatedText text) {
        return colonNames.find(text);
    }

    /**
     * A capitalised model name that opens a title without a colon: "Random Grid Neural Processes for …" (see
     * {@link #titleNounPhrase}).
     */
    Optional<NameOccurrence> findOpeningPhrase(AnnotatedText text) {
        if (text.sentences().isEmpty() || colonAt(text.sentences().get(0), 5) >= 0) {
            return Optional.empty();
        }
        return titleNounPhrase(text, text.sentences().get(0), false);
    }

    /**
     * A title that is nothing but a model's capitalised name, no colon, no preposition: "Idempotent Generative
     * Network", "Kernelised Normalising Flows" (see {@link #titleNounPhrase}, whose capitalised words leave out a
     * colon).
     */
    Optional<NameOccurrence> findWholeTitleName(AnnotatedText text) {
        return text.sentences().isEmpty() ? Optional.empty() : titleNounPhrase(text, text.sentences().get(0), true);
    }

    /** Capitalised nouns of data that end a title which is a dataset's name and nothing else. */
    private static final Set<String> DATA_TITLE_HEADS = Set.of("Dataset", "Corpus", "Benchmark", "Treebank");

    /**
     * A title that is nothing but "The" and a dataset's capitalised name: "The Gutenberg Dialogue Dataset", "The
     * Danish Gigaword Corpus" (the name without its article; not "A Japanese Chess Commentary Corpus", a
     * description, nor "Building The … Corpus", an activity).
     */
    Optional<NameOccurrence> findDatasetTitle(AnnotatedText text) {
        if (text.sentences().isEmpty()) {
            return Optional.empty();
        }
        Sentence title = text.sentences().get(0);
        int n = title.size();
        if (n < 3 || n > 7 || !title.token(0).word().equals("The")
                || !DATA_TITLE_HEADS.contains(title.token(n - 1).word())
                || text.titleLength() > title.token(n - 1).end() + 1) {
            return Optional.empty();
        }
        for (int i = 1; i < n; i++) {
            String w = title.token(i).word();
            if (!Character.isUpperCase(w.charAt(0))
                    || Names.FUNCTION_WORDS.contains(w.toLowerCase(java.util.Locale.ROOT))) {
                return Optional.empty();
            }
        }
        Span span = new Span(title.token(1).begin(), title.token(n - 1).end());
        return Optional.of(new NameOccurrence(text.covered(span.begin(), span.end()), span, title, "title-prefix"));
    }

    /** The index of the title's first colon among its first {@code within} tokens, or -1. */
    static int colonAt(Sentence title, int within) {
        for (int i = 0; i < Math.min(title.size(), within); i++) {
            if (title.token(i).word().equals(":")) {
                return i;
            }
        }
        return -1;
    }

    /**
     * True when the abstract writes a name whose capitals, more than the {@code words} of the title's opening phrase,
     * are the initials of the whole title.
     */
    private static boolean abbreviatedWhole(AnnotatedText text, int words) {
        Set<String> initials = TitleProposals.initialsOf(text.title().strip());
        for (Sentence s : text.abstractSentences()) {
            for (Token t : s.tokens()) {
                String capitals = Names.capitalsOf(t.word());
                if (capitals.length() > words && capitals.length() >= 3 && initials.contains(capitals)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * True when the title opens with a verb or a gerund, as the tagger reads it or as its shape shows: "Follow the
     * Perturbed Leader: …", "Learning from Label Proportions: …" name what is done, not a method of the paper's
     * own.
     */
    static boolean opensWithAVerb(Sentence title) {
        Token first = title.token(0);
        return first.pos().equals("VB") || first.pos().equals("VBG") || GERUND.matcher(first.word()).matches();
    }

    /**
     * A system description's "X at SemEval-2020 Task 7: …", "X @ VarDial 2019: …", "Tackling …: X at BioASQ 5B": the
     * system the paper describes, a coined word or an acronym before "at" and a capitalised venue, opening the title
     * before a colon or right after one. Not a person's or a company's name written as plain words, "Ramona Quill at
     * …", "Cisco at …", nor a well-known name.
     */
    Optional<NameOccurrence> findSystemAtVenue(AnnotatedText text) {
        if (text.sentences().isEmpty()) {
            return Optional.empty();
        }
        Sentence title = text.sentences().get(0);
        int colon = colonAt(title, title.size());
        int name = atVenue(title, 1) && colon >= 3 ? 0 : colon > 0 && atVenue(title, colon + 2) ? colon + 1 : -1;
        if (name < 0) {
            return Optional.empty();
        }
        String word = title.token(name).word();
        // (a team at its institute, one token: "KnowGraph@IITK at SemEval-2021 Task 11: …")
        java.util.regex.Matcher atPlace = TEAM_AT_ITS_PLACE.matcher(word);
        String team = atPlace.matches() ? atPlace.group(1) : word;
        if (!(Names.isCoined(team) || Names.isAcronym(team)) || lexicon.lookup(word) != null
                || lexicon.isNotName(word) || opensAKnownName(word)) {
            return Optional.empty();
        }
        return Optional.of(new NameOccurrence(word, new Span(title.token(name).begin(), title.token(name).end()),
                title, "title-prefix"));
    }

    /**
     * True when a well-known name of several words opens with the word: a team named "TAC" shares its name with the
     * evaluations of "TAC KBP", which other papers use, and one entity stands for a name across the corpus.
     */
    private boolean opensAKnownName(String word) {
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        return lexicon.phraseForms().stream().anyMatch(f -> f.firstWord().equals(lower) && f.key().indexOf(' ') > 0);
    }

    /** True when "at" or "@" stands at {@code k} of the title and a capitalised word, a venue, follows it. */
    static boolean atVenue(Sentence title, int k) {
        return k + 1 < title.size() && (title.token(k).lower().equals("at") || title.token(k).word().equals("@"))
                && Character.isUpperCase(title.token(k + 1).word().charAt(0));
    }

    /**
     * Words of a clause, not of a name: pronouns, copulas, modals, negation, "matters", and the conjunctions that
     * contrast two adjectives, "Phenomenal Yet Puzzling: …".
     */
    private static final Set<String> CLAUSE_WORDS = Set.of("your", "my", "our", "their", "its", "thyself", "yourself",
            "is", "are", "was", "were", "be", "will", "can", "could", "should", "must", "may", "do", "does", "not",
            "matters", "matter", "that", "this", "all", "before", "after", "than", "yet", "but", "without");

    /**
     * True when the title goes on after the name's colon with an article and a method noun, a few modifiers between:
     * "Scene Transformer: A unified architecture for …" (not "…: A survey of …", nor "…: The …").
     */
    static boolean describedAsAMethodAfterTheColon(NameOccurrence name) {
        Sentence title = name.sentence();
        int article = title.tokenIndexAt(name.span().end() - 1) + 2;
        if (article >= title.size() || !title.token(article - 1).word().equals(":")
                || !TypeCues.INDEFINITE_ARTICLES.contains(title.token(article).lower())) {
            return false;
        }
        for (int k = article + 1; k < title.size() && k <= article + 4; k++) {
            Token t = title.token(k);
            if (t.pos().equals("NN") && TypeCues.METHOD_HEADS.contains(t.lemma().toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
            if (!t.pos().startsWith("JJ") && !t.pos().equals("VBN") && !t.pos().equals("VBG")
                    && !t.pos().equals("HYPH")) {
                return false;
            }
        }
        return false;
    }

    /**
     * True when the title's colon at {@code colon} opens a noun phrase without an article whose last word before a
     * preposition (or the title's end) is a method noun, no dataset noun among its words: "TGIF: Tree-Graph
     * Integrated-Format Parser for Enhanced UD" (not "X: Dataset and Baseline Model for …").
     */
    static boolean subtitleHeadedByAMethodNoun(Sentence title, int colon) {
        if (colon + 1 >= title.size() || !title.token(colon).word().equals(":")) {
            return false;
        }
        int k = colon + 1;
        while (k < title.size() && (title.token(k).pos().startsWith("NN") || title.token(k).pos().startsWith("JJ")
                || title.token(k).pos().equals("HYPH") || title.token(k).pos().equals("VBN"))) {
            if (TypeCues.DATASET_HEADS.contains(title.token(k).lower())) {
                return false;
            }
            k++;
        }
        boolean phraseEnds = k == title.size() || title.token(k).pos().equals("IN")
                || title.token(k).pos().equals("TO");
        Token head = title.token(k - 1);
        return k > colon + 1 && phraseEnds && head.pos().startsWith("NN")
                && TypeCues.METHOD_HEADS.contains(head.lemma().toLowerCase(Locale.ROOT));
    }

    /**
     * True when a title's phrase before the colon reads as a clause, a slogan rather than a name: "Augmentation
     * Matters", "Use Your Head", "Time Will Tell", "Bias Runs Deep" (a finite verb after its first word: the tagger
     * reads many title-case verbs as nouns, but not these), "Tackling Data Heterogeneity" (a gerund with its object),
     * "Catch Missing Details" (an imperative with its object).
     */
    static boolean readsAsAClause(NameOccurrence phrase) {
        Sentence title = phrase.sentence();
        // a gerund or an imperative with its object: "Tackling Data Heterogeneity", "Rethinking Batch Norm", "Catch
        // Missing Details"
        int first = title.tokenIndexAt(phrase.span().begin());
        if (first >= 0 && first + 1 < title.size() && title.token(first).pos().equals("VBG")
                && title.token(first).lower().endsWith("ing") && title.token(first + 1).begin() < phrase.span().end()) {
            return true;
        }
        // (an imperative needs an object of two words: "Touch Editing" is a name)
        if (first >= 0 && first + 2 < title.size() && title.token(first).pos().equals("VB")
                && title.token(first + 2).begin() < phrase.span().end()) {
            return true;
        }
        for (int i = 0; i < title.size() && title.token(i).begin() < phrase.span().end(); i++) {
            Token t = title.token(i);
            if (t.begin() < phrase.span().begin()) {
                continue;
            }
            if (CLAUSE_WORDS.contains(t.lower()) || (t.begin() > phrase.span().begin()
                    && TypeCues.FINITE_VERB_TAGS.contains(t.pos()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when a title's opening phrase holds concept words and, outside them, a hyphenated modifier of its own:
     * "Long-term Recurrent Convolutional Networks", "Multi-marginal Schrödinger Bridges" (not "Autoregressive
     * Transformer Neural Network", all concept words, nor an activity, "Neuro-Symbolic Language Modeling").
     */
    boolean narrowsAConcept(NameOccurrence phrase, List<Mention> concepts) {
        // (an activity is no name: "Neuro-Symbolic Language Modeling with …", "Multi-Agent Reinforcement Learning for …")
        if (phrase.name().endsWith("ing")) {
            return false;
        }
        List<Mention> inside = concepts.stream().filter(c -> c.span().overlaps(phrase.span())).toList();
        if (inside.isEmpty() || inside.stream().anyMatch(c -> c.span().begin() < phrase.span().begin()
                || c.span().end() > phrase.span().end())) {
            return false;
        }
        Sentence title = phrase.sentence();
        for (int i = 0; i < title.size() && title.token(i).begin() < phrase.span().end(); i++) {
            Token t = title.token(i);
            Span span = new Span(t.begin(), t.end());
            boolean conceptWord = inside.stream().anyMatch(c -> c.span().overlaps(span));
            if (!conceptWord && t.word().indexOf('-') > 0 && Character.isLetter(t.word().charAt(t.word().length() - 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when a title's phrase holds a word that no concept mention covers: "Autoregressive Quantile Flows" (not
     * "Autoregressive Transformer Neural Networks", all concept words).
     */
    static boolean hasAWordOutside(NameOccurrence phrase, List<Mention> concepts) {
        Sentence title = phrase.sentence();
        for (int i = 0; i < title.size() && title.token(i).begin() < phrase.span().end(); i++) {
            Token t = title.token(i);
            Span span = new Span(t.begin(), t.end());
            if (t.begin() >= phrase.span().begin() && concepts.stream().noneMatch(c -> c.span().overlaps(span))) {
                return true;
            }
        }
        return false;
    }

    /** True when the token after {@code i} ends the title's opening phrase. */
    private static boolean isLastBeforeLink(Sentence title, int i) {
        return i + 1 >= title.size() || TITLE_LINKS.contains(title.token(i + 1).lower());
    }

    /**
     * True when every short form the text defines is a concept's acronym and no sentence where the authors propose
     * writes a coined word that is neither a known name nor a concept's acronym.
     */
    boolean noOtherNameOfTheAuthors(AnnotatedText text, List<AcronymDefinition> definitions) {
        if (definitions.stream().anyMatch(d -> !conceptLabels.isAcronymLabel(Names.singular(d.shortForm())))) {
            return false;
        }
        for (Sentence s : text.abstractSentences()) {
            if (!AuthorSubject.authorsUseAVerbIn(s, TriggeredPhraseFinder.TRIGGERS)) {
                continue;
            }
            for (Token t : s.tokens()) {
                String w = t.word();
                if (Names.isCoined(w) && lexicon.lookup(w) == null && !conceptLabels.isAcronymLabel(Names.singular(w))) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * True when the name is one hyphenated word that holds concepts' words only as parts among others of its own:
     * "H-Transformer-1D: …" (not "Vision-Transformer: …", a concept's label whole).
     */
    static boolean hyphenedAroundAConcept(NameOccurrence o, List<Mention> concepts) {
        String name = o.name();
        return name.indexOf(' ') < 0 && name.indexOf('-') > 0 && concepts.stream()
                .filter(c -> c.span().overlaps(o.span()))
                .allMatch(c -> c.span().begin() > o.span().begin() || c.span().end() < o.span().end());
    }

    /**
     * True when the abstract writes a coined word that opens with the name's first part, of three letters or more,
     * and is not the name: "SkipAT" below "Skip-Attention: …", a short form of it.
     */
    static boolean shortenedInTheAbstract(AnnotatedText text, String name) {
        String first = name.substring(0, name.indexOf('-')).toLowerCase(java.util.Locale.ROOT);
        if (first.length() < 3) {
            return false;
        }
        for (Sentence s : text.abstractSentences()) {
            for (Token t : s.tokens()) {
                String w = t.word();
                if (!w.equals(name) && Names.isCoined(w) && w.toLowerCase(java.util.Locale.ROOT).startsWith(first)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * True when a title's name of two words or more ends in a model's noun or a concept's acronym: "Ordered GNN",
     * "Diffusion Video Autoencoders", "The Tree Ensemble Layer" (not a gerund, "… Modeling").
     */
    boolean endsInAModelHead(NameOccurrence o) {
        String[] words = Names.WHITESPACE.split(o.name());
        String last = words[words.length - 1];
        String lemma = Names.withoutPluralS(last.toLowerCase(java.util.Locale.ROOT));
        return words.length >= 2 && !last.endsWith("ing")
                && (NAME_HEADS.contains(lemma) || lemma.equals("layer")
                        || conceptLabels.isAcronymLabel(Names.singular(last)));
    }

    static final Set<String> NAME_HEADS = Set.of("network", "model", "machine", "process", "operator",
            "autoencoder", "encoder", "transformer", "flow", "filter", "solver", "sampler", "bridge", "net", "convnet",
            "optimizer");
    /** Words that end a title's opening name ("… for …"); not "to", whose infinitive makes it a clause. */
    static final Set<String> TITLE_LINKS = Set.of("for", "with", "via", "in", "from", "on", "as");

    /**
     * A title that opens with a capitalised name and a preposition: "Random Grid Neural Processes for …",
     * "One-hot Generalized Linear Model for …"; or, {@code whole}, a title that is that name and nothing else. At
     * least three words (or a hyphenated one) ending in a method noun, and not a concept of the scheme.
     */
    private Optional<NameOccurrence> titleNounPhrase(AnnotatedText text, Sentence title, boolean whole) {
        int end = 0;
        while (end < title.size() && end < 6 && !TITLE_LINKS.contains(title.token(end).lower())) {
            String w = title.token(end).word();
            if (!Character.isUpperCase(w.charAt(0)) && !Character.isDigit(w.charAt(0))) {
                return Optional.empty();
            }
            // a clause or an activity, not a name: "Fine-Tuning Language Models", "Directly …", "A Context-Integrated
            // … Network", "SGD Learns One-Layer Networks" (but "Differentiable Sorting Networks", "Rigid Body Flows":
            // in title case the tagger's verbs are often nouns, so only an opening gerund and a verb inside count)
            String pos = title.token(end).pos();
            boolean opening = end == 0;
            // (a gerund that the tagger reads as a proper noun, before an adjective: "Refining Generative Process with
            // …", "Building Rearticulable Models for …"; not "Working Memory Networks")
            boolean gerundBeforeAnAdjective = opening && GERUND.matcher(w).matches() && title.size() > 1
                    && Names.ADJECTIVE_ENDING.matcher(title.token(1).lower()).find();
            // (nor a preposition, which opens a slogan here too: "Towards Foundational Models for …")
            if ((opening && (pos.equals("VBG") || pos.equals("VB") || pos.equals("DT") || gerundBeforeAnAdjective
                    || NOT_NAME_OPENERS.contains(w.toLowerCase(java.util.Locale.ROOT))
                    || (pos.startsWith("RB") && w.endsWith("ly"))))
                    || (!opening && (pos.equals("VBZ") || pos.equals("VBD")) && !isLastBeforeLink(title, end))) {
                return Optional.empty();
            }
            end++;
        }
        if (end < 2 || (whole ? end != title.size() : end >= title.size()) || end > 5) {
            return Optional.empty();
        }
        boolean hyphenated = false;
        for (int i = 0; i < end; i++) {
            hyphenated |= title.token(i).word().indexOf('-') > 0;
        }
        // (the lemma of a capitalised plural keeps its "s": "Bridges")
        String head = title.token(end - 1).lemma().toLowerCase(java.util.Locale.ROOT);
        if (!NAME_HEADS.contains(head)) {
            head = Names.withoutPluralS(head);
        }
        // (an activity's gerund is no head, though its lemma may be one: "Effective Neural Topic Modeling with …")
        boolean gerund = title.token(end - 1).lower().endsWith("ing");
        if (!NAME_HEADS.contains(head) || gerund || (end < 3 && !hyphenated)) {
            return Optional.empty();
        }
        Span span = new Span(title.token(0).begin(), title.token(end - 1).end());
        String phrase = text.covered(span.begin(), span.end());
        if (conceptLabels.isLabel(phrase) || lexicon.lookup(phrase) != null) {
            return Optional.empty();
        }
        // (nor the opening words of a longer name whose capitals the abstract writes: "Dual Associated Encoder for Face
        // Restoration" above "a novel dual-branch framework named DAEFR")
        if (abbreviatedWhole(text, end)) {
            return Optional.empty();
        }
        return Optional.of(new NameOccurrence(phrase, span, title, "title-prefix"));
    }

}
