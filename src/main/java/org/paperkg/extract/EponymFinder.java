package org.paperkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds techniques named after the people who found them, written as a surname and the technique's noun: "Nesterov
 * acceleration", "Polyak averaging", "the Bingham closure", "the Franz-Parisi potential", "Anderson acceleration", "the
 * Dikin walk", "Lanczos quadrature", "a Wiener filter", "Delaunay tessellation", "the Ljung-Box test". The
 * name is the whole phrase, as it is cited. Not a concept label ("Gibbs sampling"), an adjective ("Lagrangian
 * relaxation", "Bayesian approximation"), the last word of a capitalised phrase ("Monte Carlo sampling"), nor a word
 * that opens a sentence.
 */
final class EponymFinder {
    /**
     * Nouns so general that a coined name takes them too ("the Lookahead algorithm"): with these, the surname must
     * never stand alone in the text.
     */
    private static final Set<String> GENERAL_NOUNS = Set.of("method", "solver", "algorithm", "scheme", "transform");
    /** Nouns of techniques that are named after a person: the general ones and these. */
    private static final Set<String> TECHNIQUES = com.google.common.collect.ImmutableSet.<String>builder()
            .add("acceleration", "averaging", "closure", "decomposition", "potential", "trick", "relaxation",
                    "approximation", "sampling", "iteration", "estimator", "smoothing", "walk", "quadrature", "filter",
                    "tessellation", "triangulation", "expansion", "interpolation", "test", "integrator")
            .addAll(GENERAL_NOUNS).build();
    /** Surnames written as adjectives of many things ("Markov sampling" samples a Markov chain). */
    private static final Set<String> ATTRIBUTIVE = Set.of("Markov");
    /** A surname, or two joined by a hyphen: "Nesterov", "Franz-Parisi". */
    private static final Pattern SURNAME = Pattern.compile("\\p{Lu}\\p{Ll}{2,}(?:-\\p{Lu}\\p{Ll}{2,})?");

    /** The source of the names this finder gives, which are never a paper's own proposal. */
    static final String SOURCE = "eponym";

    private final Lexicon lexicon;
    private final ConceptLabels conceptLabels;

    EponymFinder(Lexicon lexicon, ConceptLabels conceptLabels) {
        this.lexicon = lexicon;
        this.conceptLabels = conceptLabels;
    }

    List<NameOccurrence> find(AnnotatedText text) {
        List<NameOccurrence> out = new ArrayList<>();
        Set<String> standalone = wordsWrittenAlone(text);
        for (Sentence s : text.abstractSentences()) {
            for (int i = 1; i + 1 < s.size(); i++) {
                int noun = nounAfter(s, i);
                if (noun >= s.size()) {
                    continue;
                }
                // "Lookahead improves …" beside "the Lookahead algorithm": a name of its own
                boolean nameOfItsOwn = GENERAL_NOUNS.contains(s.token(noun).lemma()) && standalone.contains(s.token(i).word());
                if (!nameOfItsOwn && isEponym(s, i, noun)) {
                    Span span = new Span(s.token(i).begin(), s.token(noun).end());
                    out.add(new NameOccurrence(text.covered(span.begin(), span.end()), span, s, SOURCE));
                }
            }
        }
        return out;
    }

    /**
     * Where the noun after a surname at {@code i} would stand: right after it, or past a possessive ("Newton's
     * method"); {@code s.size()} when the sentence ends first.
     */
    private static int nounAfter(Sentence s, int i) {
        return i + 1 < s.size() && s.token(i + 1).word().equals("'s") ? i + 2 : i + 1;
    }

    /** Capitalised words the text also writes without a technique's noun after them. */
    private static Set<String> wordsWrittenAlone(AnnotatedText text) {
        Set<String> alone = new java.util.HashSet<>();
        for (Sentence s : text.sentences()) {
            for (int i = 1; i < s.size(); i++) {
                Token t = s.token(i);
                int next = nounAfter(s, i);
                if (Character.isUpperCase(t.word().charAt(0))
                        && (next >= s.size() || !TECHNIQUES.contains(s.token(next).lemma()))) {
                    alone.add(t.word());
                }
            }
        }
        return alone;
    }

    private boolean isEponym(Sentence s, int i, int n) {
        Token name = s.token(i);
        Token noun = s.token(n);
        // (a capital before the surname makes it the end of a longer name, "Monte Carlo sampling", but not an article
        // that opens the sentence, "A Newton-Raphson solver")
        String before = i == 1 && TypeCues.ARTICLES.contains(s.token(0).lower()) ? "a" : s.token(i - 1).word();
        // a modifier of a noun after it ("Markov potential games"), unless that noun is a method's
        boolean modifier = n + 1 < s.size() && s.token(n + 1).pos().startsWith("NN")
                && !TypeCues.METHOD_HEADS.contains(s.token(n + 1).lemma());
        // (the tagger takes two surnames joined by a hyphen for a common noun: "Newton-Raphson")
        boolean properNoun = name.pos().equals("NNP") || (name.pos().equals("NN") && name.word().indexOf('-') > 0);
        if (modifier || ATTRIBUTIVE.contains(name.word()) || !SURNAME.matcher(name.word()).matches() || !properNoun
                || !TECHNIQUES.contains(noun.lemma()) || !noun.pos().equals("NN") || !Character.isLowerCase(noun.word().charAt(0))
                || Character.isUpperCase(before.charAt(0))) {
            return false;
        }
        String lower = name.word().toLowerCase(Locale.ROOT);
        String phrase = name.word() + (n > i + 1 ? "'s " : " ") + noun.word();
        return !Names.ADJECTIVE_ENDING.matcher(lower).find() && !lexicon.isNotName(name.word())
                && !conceptLabels.isLabel(name.word()) && !conceptLabels.isLabel(phrase)
                && lexicon.lookup(name.word()) == null;
    }
}
