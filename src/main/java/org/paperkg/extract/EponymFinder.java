package org.paperkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds techniques named after the people who found them, written as a surname and the technique's noun: "Nesterov
 * acceleration", "Polyak averaging", "the Bingham closure", "the Franz-Parisi potential", "Anderson acceleration". The
 * name is the whole phrase, as it is cited. Not a concept label ("Gibbs sampling"), an adjective ("Lagrangian
 * relaxation", "Bayesian approximation"), the last word of a capitalised phrase ("Monte Carlo sampling"), nor a word
 * that opens a sentence.
 */
final class EponymFinder {
    /** Nouns of techniques that are named after a person. */
    private static final Set<String> TECHNIQUES = Set.of("acceleration", "averaging", "closure", "decomposition",
            "potential", "trick", "relaxation", "approximation", "sampling", "iteration", "estimator", "smoothing");
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
        for (Sentence s : text.abstractSentences()) {
            for (int i = 1; i + 1 < s.size(); i++) {
                if (isEponym(s, i)) {
                    Span span = new Span(s.token(i).begin(), s.token(i + 1).end());
                    out.add(new NameOccurrence(text.covered(span.begin(), span.end()), span, s, SOURCE));
                }
            }
        }
        return out;
    }

    private boolean isEponym(Sentence s, int i) {
        Token name = s.token(i);
        Token noun = s.token(i + 1);
        String before = s.token(i - 1).word();
        // a modifier of a noun after it ("Markov potential games"), unless that noun is a method's
        boolean modifier = i + 2 < s.size() && s.token(i + 2).pos().startsWith("NN")
                && !TypeCues.METHOD_HEADS.contains(s.token(i + 2).lemma());
        if (modifier || ATTRIBUTIVE.contains(name.word()) || !SURNAME.matcher(name.word()).matches() || !name.pos().equals("NNP")
                || !TECHNIQUES.contains(noun.lemma()) || !Character.isLowerCase(noun.word().charAt(0))
                || Character.isUpperCase(before.charAt(0))) {
            return false;
        }
        String lower = name.word().toLowerCase(Locale.ROOT);
        String phrase = name.word() + " " + noun.word();
        return !NameFinder.ADJECTIVE_ENDING.matcher(lower).find() && !lexicon.isNotName(name.word())
                && !conceptLabels.isLabel(name.word()) && !conceptLabels.isLabel(phrase)
                && lexicon.lookup(name.word()) == null;
    }
}
