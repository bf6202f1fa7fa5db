package org.paperkg.extract;

import static org.paperkg.extract.Names.HYPHENATED_TITLE_CASE_WORD;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds capitalised multi-word names that the method or dataset noun right after them says what they are: "the
 * Sliced Wasserstein loss", "a Factorized Joint Motion Prediction framework", "the Generalized Benders Decomposition
 * algorithm", "the Penn Action dataset". Not a phrase that opens its sentence (its capital may be the sentence's), one
 * before a plural noun (a family: "Vision Transformer models", "the Domain Generalization benchmarks"), one that ends
 * in a concept label ("an Off-Policy Reinforcement Learning algorithm", "a Visual Transformer model"), nor one of
 * adjectives only ("a Hierarchical Bayesian framework"). A capitalised dataset noun is part of the name it ends: "the Open
 * Graph Benchmark", "the Natural Scenes Dataset", "the STS Benchmark".
 */
final class HeadedPhraseFinder {
    private static final int LONGEST = 5;
    /** Last words of a task's name: a system for the task is not named by it ("a Word Sense Disambiguation system"). */
    private static final Set<String> TASK_ENDINGS = Set.of("estimation", "translation", "generation", "extraction",
            "disambiguation", "acquisition", "drawing", "assignment", "analysis", "prediction", "forecasting",
            "understanding", "synthesis");
    /** Dataset nouns that, capitalised, end a dataset's proper name: "the Stanford Sentiment Treebank". */
    static final Set<String> NAME_ENDING_DATASET_NOUNS = Set.of("dataset", "corpus", "benchmark", "treebank",
            "database", "suite");
    /**
     * Those of them that one plain word before may name: "the Procgen Benchmark", "the French Treebank"; one word
     * before "Dataset" or "Corpus" is as often a description in capitals ("the Open Dataset", "the Parallel Corpus").
     */
    private static final Set<String> ONE_WORD_NAME_ENDINGS = Set.of("benchmark", "treebank", "suite");
    /** An acronym in capitals, digits allowed after the first letter: "STS", "DGS", "W3C". */
    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}[\\p{Lu}\\d]*\\p{Lu}[\\p{Lu}\\d]*");
    /** A number of at most four digits, one decimal allowed: an edition ("5", "2.0"), not a count or a year's range. */
    private static final Pattern SHORT_NUMBER = Pattern.compile("\\d{1,4}(?:\\.\\d)?");
    /** What joins the parts of a longer name: "the Abstraction and Reasoning Corpus" is not "Reasoning Corpus". */
    private static final Set<String> NAME_JOINERS = Set.of("and", "of", "for", "&", "on", "in", "to", "with");

    private final Lexicon lexicon;
    private final ConceptLabels conceptLabels;

    HeadedPhraseFinder(Lexicon lexicon, ConceptLabels conceptLabels) {
        this.lexicon = lexicon;
        this.conceptLabels = conceptLabels;
    }

    List<NameOccurrence> find(AnnotatedText text) {
        List<NameOccurrence> out = new ArrayList<>();
        for (Sentence s : text.abstractSentences()) {
            for (int head = 2; head < s.size(); head++) {
                Token t = s.token(head);
                if (t.pos().equals("NN") && Character.isLowerCase(t.word().charAt(0))
                        && (TypeCues.METHOD_HEADS.contains(t.lemma()) || DatasetCues.namesDatasets(t.lemma()))) {
                    phraseBefore(text, s, head).ifPresent(out::add);
                } else if (endsADatasetName(t)) {
                    nameEndingIn(text, s, head).ifPresent(out::add);
                }
            }
        }
        return out;
    }

    /** The run of two to five words in title case right before the noun at {@code head}, if it names something. */
    private Optional<NameOccurrence> phraseBefore(AnnotatedText text, Sentence s, int head) {
        int start = head;
        while (start > 0 && head - start <= LONGEST && HYPHENATED_TITLE_CASE_WORD.matcher(s.token(start - 1).word()).matches()) {
            start--;
        }
        // a longer run, or one that opens the sentence or follows another capitalised word, is not told apart from its
        // context
        // (one hyphenated word of capitalised parts after "the" names data too: "the Design-Bench benchmark", "the
        // Room-Across-Room dataset")
        boolean hyphenatedDataName = head - start == 1 && start >= 1 && s.token(start - 1).lower().equals("the")
                && s.token(start).word().indexOf('-') > 0 && capitalisedParts(s.token(start).word())
                && NAME_ENDING_DATASET_NOUNS.contains(s.token(head).lemma());
        if (head - start < 2 && !hyphenatedDataName || head - start > LONGEST || start == 0
                || !Character.isLowerCase(s.token(start - 1).word().charAt(0))) {
            return Optional.empty();
        }
        Span span = new Span(s.token(start).begin(), s.token(head - 1).end());
        String phrase = text.covered(span.begin(), span.end());
        String last = s.token(head - 1).word().toLowerCase(Locale.ROOT);
        if (lexicon.isNotName(phrase) || endsInAConceptLabel(text, s, start, head) || adjectivesOnly(s, start, head)
                || TASK_ENDINGS.contains(last) || TaskCues.namesATask(Set.of(phrase))
                || endsInAnAdjective(last) || holdsAFunctionOrKnownWord(s, start, head)
                || continuesAfterTheNoun(s, head) || aLanguagesData(s, head) || aLanguagePairs(s, head)) {
            return Optional.empty();
        }
        return Optional.of(new NameOccurrence(phrase, span, s, "headed-phrase"));
    }

    /** True when every hyphenated part of a word opens with a capital or a digit: "Room-Across-Room", "Safety-Gym". */
    private static boolean capitalisedParts(String word) {
        for (String part : word.split("-")) {
            if (part.isEmpty() || !Character.isUpperCase(part.charAt(0)) && !Character.isDigit(part.charAt(0))) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when two languages joined by a hyphen, a direction of translation, come right before the noun at
     * {@code head}: "a Baseline English-Marathi system", "our Primary German-English model" say which pair it is for.
     */
    private boolean aLanguagePairs(Sentence s, int head) {
        String[] parts = s.token(head - 1).word().split("-");
        return parts.length == 2 && lexicon.isLanguage(parts[0]) && lexicon.isLanguage(parts[1]);
    }

    /**
     * True when a language's name comes right before the dataset noun at {@code head}: "a European Portuguese corpus",
     * "a Modern Standard Arabic dataset" say what language the data is in.
     */
    private boolean aLanguagesData(Sentence s, int head) {
        return DatasetCues.namesDatasets(s.token(head).lemma()) && lexicon.isLanguage(s.token(head - 1).word());
    }

    /** True when a token is a capitalised singular dataset noun: "Dataset", "Benchmark", "Treebank". */
    static boolean endsADatasetName(Token t) {
        return Character.isUpperCase(t.word().charAt(0)) && t.word().length() > 1
                && Character.isLowerCase(t.word().charAt(1))
                && NAME_ENDING_DATASET_NOUNS.contains(t.word().toLowerCase(Locale.ROOT));
    }

    /**
     * The name that the capitalised dataset noun at {@code head} ends, with one to five words in title case or
     * acronyms before it: "the Waymo Open Dataset", "the CLRS Algorithmic Reasoning Benchmark", also after the article
     * that opens a sentence ("The Dundee Eyetracking Corpus contains …"). Not a run that opens its sentence, follows
     * another capitalised word or goes on a longer name ("the Abstraction and Reasoning
     * Corpus"), nor one whose noun the name goes on past ("Corpus of Contemporary …").
     */
    private Optional<NameOccurrence> nameEndingIn(AnnotatedText text, Sentence s, int head) {
        int start = head;
        while (start > 0 && head - start <= LONGEST && (HYPHENATED_TITLE_CASE_WORD.matcher(s.token(start - 1).word()).matches()
                || ACRONYM.matcher(s.token(start - 1).word()).matches())) {
            start--;
        }
        // (after the article that opens the sentence: "The Dundee Eyetracking Corpus contains …")
        boolean afterOpeningArticle = start == 0 && head >= 2 && s.token(0).word().equals("The");
        if (afterOpeningArticle) {
            start = 1;
        }
        if (head - start < 1 || head - start > LONGEST || start == 0
                || (!afterOpeningArticle && !Character.isLowerCase(s.token(start - 1).word().charAt(0)))
                || (start >= 2 && NAME_JOINERS.contains(s.token(start - 1).word())
                        && Character.isUpperCase(s.token(start - 2).word().charAt(0)))) {
            return Optional.empty();
        }
        String first = s.token(start).word();
        boolean acronym = ACRONYM.matcher(first).matches();
        if (head - start == 1 && !acronym && (!ONE_WORD_NAME_ENDINGS.contains(s.token(head).word().toLowerCase(Locale.ROOT))
                || endsInAnAdjective(first.toLowerCase(Locale.ROOT)))) {
            return Optional.empty();
        }
        boolean nameGoesOn = head + 1 < s.size() && (HYPHENATED_TITLE_CASE_WORD.matcher(s.token(head + 1).word()).matches()
                || continuesAfterTheNoun(s, head));
        // (an edition after the noun is part of the name: "Docking Benchmark 5", "the Penn Treebank 3")
        int end = editionAfter(s, head) ? head + 1 : head;
        Span span = new Span(s.token(start).begin(), s.token(end).end());
        String phrase = text.covered(span.begin(), span.end());
        // (two or more words in capitals before the capitalised noun name it, adjectives though they all read: "the
        // Colossal Clean Crawled Corpus", "the Quranic Arabic Corpus"; one word in "-ing" is a noun, "Docking Benchmark")
        boolean oneAdjective = head - start == 1 && adjectivesOnly(s, start, head) && !first.endsWith("ing");
        if (nameGoesOn || lexicon.isNotName(phrase) || oneAdjective || holdsAFunctionOrKnownWord(s, start, head)) {
            return Optional.empty();
        }
        return Optional.of(new NameOccurrence(phrase, span, s, "dataset-name-noun"));
    }

    /**
     * True when a short number or a version follows the noun at {@code head}, a space between, and no noun after it:
     * "Docking Benchmark 5", "Corpus v2" (not "the Benchmark 12 tasks").
     */
    private static boolean editionAfter(Sentence s, int head) {
        if (head + 1 >= s.size() || s.token(head + 1).begin() - s.token(head).end() != 1) {
            return false;
        }
        String w = s.token(head + 1).word();
        boolean edition = Names.isVersion(w) || (s.token(head + 1).pos().equals("CD") && SHORT_NUMBER.matcher(w).matches());
        return edition && (head + 2 >= s.size() || !s.token(head + 2).pos().startsWith("NN"));
    }

    /** True when the last words of the run (or all of them) are a concept's label: "… Reinforcement Learning". */
    private boolean endsInAConceptLabel(AnnotatedText text, Sentence s, int start, int end) {
        for (int from = end - 1; from >= start; from--) {
            if (conceptLabels.isLabel(text.covered(s.token(from).begin(), s.token(end - 1).end()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Graph Convolutional network": a name's last word before its noun is a noun, though it may end in "-ing"
     * ("Super Pixel Pyramid Pooling module").
     */
    private static boolean endsInAnAdjective(String last) {
        return Names.ADJECTIVE_ENDING.matcher(last).find() && !last.endsWith("ing");
    }

    /**
     * True when a word of the run is a function word (taken in only where a sentence break was missed, "… Microblogs
     * The") or a known name: "the Atari Game benchmark" and "the Kaggle Criteo dataset" are the known names with words
     * around them.
     */
    private boolean holdsAFunctionOrKnownWord(Sentence s, int start, int end) {
        for (int k = start; k < end; k++) {
            String word = s.token(k).word();
            if (Names.FUNCTION_WORDS.contains(word.toLowerCase(Locale.ROOT)) || lexicon.lookup(word) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Bidirectional Encoder representation from Image Transformers": the name goes on past the noun (not in "the
     * Precision Weighting mechanism of PC theory", where a short form follows).
     */
    private static boolean continuesAfterTheNoun(Sentence s, int head) {
        return head + 2 < s.size() && s.token(head + 1).pos().equals("IN")
                && HYPHENATED_TITLE_CASE_WORD.matcher(s.token(head + 2).word()).matches();
    }

    /** True when every word of the run reads as an adjective: "Hierarchical Bayesian", "Augmented Lagrangian". */
    private static boolean adjectivesOnly(Sentence s, int start, int end) {
        for (int k = start; k < end; k++) {
            if (!Names.ADJECTIVE_ENDING.matcher(s.token(k).word().toLowerCase(Locale.ROOT)).find()) {
                return false;
            }
        }
        return true;
    }
}
