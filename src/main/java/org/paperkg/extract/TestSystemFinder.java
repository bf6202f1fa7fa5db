package org.paperkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the physical and dynamical systems, named after the people who described them, that a paper tests its method
 * on: "experiments on a Darcy flow", "we extend our analysis to the chaotic Lorenz system", "tested on the Lorenz-96,
 * Rossler and Duffing systems". Such a system is the data of the experiment, a dataset, only where the sentence speaks
 * of testing in a text about physics or dynamics: "the climate is modelled as a Lorenz system" names a model, no test
 * problem. Names of several systems that share one noun are given without it; a single system's name keeps its noun,
 * as it is cited.
 */
final class TestSystemFinder {
    /** The source of the names this finder gives; they are typed datasets and never a paper's own proposal. */
    static final String SOURCE = "test-system";

    /**
     * Nouns of a system that a surname names; "model" only where the sentence speaks of experiments. Not an equation:
     * "experiments on Burgers' equation and the Navier-Stokes equations" solve a family of problems, which the
     * concepts of partial differential equations and physics simulation stand for.
     */
    private static final Set<String> SYSTEM_NOUNS = Set.of("system", "attractor", "oscillator", "flow", "dynamics",
            "model");
    /** Words of a sentence about testing a method on something. */
    private static final Set<String> TESTING = Set.of("experiment", "benchmark", "test", "evaluate", "evaluation",
            "validate", "validation", "demonstrate", "showcase", "result", "dataset", "outperform");
    /** The narrower set that makes a "model" a test system: a surname's model is as often a statistical method. */
    private static final Set<String> EXPERIMENTS = Set.of("experiment", "benchmark", "test", "dataset", "simulation");
    /**
     * Words of a text about physical or dynamical systems, where a surname's system is one ("the Storage Assignment
     * system" of a warehouse, "our Interpolation system" of a translation task, "the Mallows model" of rankings are
     * not).
     */
    private static final Set<String> PHYSICAL = Set.of("dynamical", "dynamics", "chaotic", "chaos", "physical",
            "physics", "fluid", "pde", "ode", "differential", "simulation", "simulate", "oscillator", "turbulence",
            "turbulent", "trajectory");
    /** Words of the authors' own work: a simulation they do, not one that others do. */
    private static final Set<String> AUTHORS = Set.of("we", "our");
    /** Surnames written as adjectives of many things ("hidden Markov models", "a variational Bayes model"). */
    private static final Set<String> ATTRIBUTIVE = Set.of("Markov", "Bayes");
    /**
     * One word of a name: a surname ("Lorenz", "FitzHugh"), surnames joined by hyphens ("Navier-Stokes",
     * "Korteweg-de"), with a year after it ("Lorenz-96", "Lorenz96").
     */
    private static final Pattern NAME_WORD = Pattern.compile(
            "(?:Fitz|Mc|Mac)?\\p{Lu}\\p{Ll}+"
                    + "(?:[-–](?:(?:Fitz|Mc|Mac)?\\p{Lu}\\p{Ll}+|de|van|von|der|di|du))*(?:-?\\d{2})?");
    /** A dimension before a system's name: "1D", "2D". */
    private static final Pattern DIMENSION = Pattern.compile("\\d[Dd]");

    private final Lexicon lexicon;
    private final ConceptLabels conceptLabels;

    TestSystemFinder(Lexicon lexicon, ConceptLabels conceptLabels) {
        this.lexicon = lexicon;
        this.conceptLabels = conceptLabels;
    }

    List<NameOccurrence> find(AnnotatedText text) {
        List<NameOccurrence> out = new ArrayList<>();
        if (!text.hasLemmaIn(PHYSICAL)) {
            return out;
        }
        for (Sentence s : text.abstractSentences()) {
            if (!speaksOfTesting(s)) {
                continue;
            }
            for (int head = 1; head < s.size(); head++) {
                Token noun = s.token(head);
                if (!SYSTEM_NOUNS.contains(noun.lemma()) || !Character.isLowerCase(noun.word().charAt(0))
                        || noun.lemma().equals("model") && !s.hasLemmaIn(EXPERIMENTS)
                        || head + 1 < s.size() && s.token(head + 1).pos().startsWith("NN")) {
                    continue;
                }
                out.addAll(systemsBefore(text, s, head));
            }
        }
        return out;
    }

    /** A sentence with a word of testing, or of a simulation that the authors run ("we present simulations"). */
    private static boolean speaksOfTesting(Sentence s) {
        boolean simulation = false;
        boolean authors = false;
        for (Token t : s.tokens()) {
            if (TESTING.contains(t.lemma())) {
                return true;
            }
            simulation |= t.lemma().equals("simulation");
            authors |= AUTHORS.contains(t.lower());
        }
        return simulation && authors;
    }

    /**
     * The systems whose names stand before the noun at {@code head}: one name ("the Lorenz system"), or several
     * joined by commas and a conjunction that share the noun ("the Lorenz-96, Rossler and Korteweg-de Vries systems").
     */
    private List<NameOccurrence> systemsBefore(AnnotatedText text, Sentence s, int head) {
        int end = head;
        // "Duffing's oscillator", "Burgers' flow"
        if (end - 1 > 0 && (s.token(end - 1).word().equals("'") || s.token(end - 1).word().equals("'s"))) {
            end--;
        }
        int first = nameStart(s, end);
        if (first < 0) {
            return List.of();
        }
        List<NameWords> names = new ArrayList<>();
        names.add(new NameWords(first, end));
        for (int k = first - 1; k > 0 && isJoint(s.token(k).lower()); ) {
            boolean conjunction = s.token(k).lower().equals("and") || s.token(k).lower().equals("or");
            int nameEnd = conjunction && s.token(k - 1).word().equals(",") ? k - 1 : k;
            int start = nameStart(s, nameEnd);
            if (start < 0) {
                break;
            }
            names.add(0, new NameWords(start, nameEnd));
            k = start - 1;
        }
        // several names before a plural noun share it; else the noun is the last name's alone
        boolean shared = names.size() > 1 && s.token(head).word().endsWith("s");
        List<NameOccurrence> found = new ArrayList<>();
        for (NameWords name : shared ? names : names.subList(names.size() - 1, names.size())) {
            if (!namesAPersonsSystem(text, s, name, head)) {
                return List.of();
            }
            Span span = new Span(s.token(name.first()).begin(), s.token(shared ? name.end() - 1 : head).end());
            found.add(new NameOccurrence(text.covered(span.begin(), span.end()), span, s, SOURCE));
        }
        return found;
    }

    /** The words of one system's name, from {@code first} to before {@code end}. */
    private record NameWords(int first, int end) {
    }

    private static boolean isJoint(String word) {
        return word.equals(",") || word.equals("and") || word.equals("or");
    }

    /**
     * Where a name of up to three words that ends right before {@code end} begins, or -1: each word a surname, not the
     * end of a longer capitalised phrase ("Monte Carlo"), nor the sentence's first word.
     */
    private static int nameStart(Sentence s, int end) {
        int start = end;
        while (start > 0 && end - start < 3 && isNameWord(s.token(start - 1))) {
            start--;
        }
        if (start == end || start == 0) {
            return -1;
        }
        Token before = s.token(start - 1);
        // (nor the second of surnames joined by a dash the tokenizer split off: "Fokker--Planck equation")
        if (before.word().chars().allMatch(c -> c == '-' || c == '–' || c == '—')) {
            return -1;
        }
        boolean capitalised = Character.isUpperCase(before.word().charAt(0))
                && !DIMENSION.matcher(before.word()).matches()
                && !(start - 1 == 0 && TypeCues.ARTICLES.contains(before.lower()));
        return capitalised ? -1 : start;
    }

    /** A surname's word that the tagger takes for a noun ("a 2D Darcy flow" is tagged NN) or hyphenated adjective. */
    private static boolean isNameWord(Token t) {
        boolean hyphenated = t.word().indexOf('-') > 0 || t.word().indexOf('–') > 0;
        return NAME_WORD.matcher(t.word()).matches()
                && (t.pos().startsWith("NN") || hyphenated && t.pos().equals("JJ"));
    }

    /** True when the words name a person's system, no known technique nor adjective. */
    private boolean namesAPersonsSystem(AnnotatedText text, Sentence s, NameWords words, int head) {
        String name = text.covered(s.token(words.first()).begin(), s.token(words.end() - 1).end());
        String phrase = text.covered(s.token(words.first()).begin(), s.token(head).end());
        for (int i = words.first(); i < words.end(); i++) {
            String word = s.token(i).word();
            if (ATTRIBUTIVE.contains(word) || Names.ADJECTIVE_ENDING.matcher(word.toLowerCase(Locale.ROOT)).find()
                    || lexicon.isNotName(word)) {
                return false;
            }
        }
        // (a label of the scheme is a technique, "Langevin dynamics", but for a system, "the Lorenz system")
        boolean label = conceptLabels.isLabel(name) || conceptLabels.isLabel(phrase);
        return (!label || s.token(head).lemma().equals("system"))
                && lexicon.lookup(name) == null && lexicon.lookup(phrase) == null;
    }
}
