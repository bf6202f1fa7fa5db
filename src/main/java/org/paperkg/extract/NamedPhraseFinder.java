package org.paperkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the lower-case name that authors give their own method with a naming verb: "an approach to test-time
 * scaling, which we term state tuning", "a new adaptation approach inspired by prompt tuning called latent
 * corridors", "an algorithm we call equilibrium-ranking". Not a thing with an article ("a framework we call the
 * concept space", "a subset called a frame"), nor what a property or a challenge is called ("a factor termed
 * dynamics reward", "a challenge, which we term token selection ambiguity"). Also a lower-case phrase that the
 * authors propose right after the verb or in apposition to their method noun, when the title writes it too: "we
 * propose median smoothing, which …", "we propose a new decoding strategy, self-consistency, …".
 */
final class NamedPhraseFinder {
    /** Nouns of methods whose naming gives a method's name (fewer than {@link TypeCues#METHOD_HEADS}). */
    static final Set<String> NAMED_THINGS = Set.of("approach", "method", "algorithm", "technique",
            "framework", "strategy", "scheme", "procedure", "model", "architecture", "loss", "objective", "regularizer",
            "estimator", "sampler", "mechanism", "recipe", "protocol", "paradigm", "optimizer", "module");
    /** Words that quote a name: `latent corridors', "state tuning". */
    private static final Set<String> QUOTES = Set.of("`", "``", "'", "''", "\"", "*", "‘", "’", "“", "”");
    private static final Set<String> CLOSERS = Set.of(",", ".", ";", ":", "(", ")", "`", "'", "''", "\"", "*", "’",
            "”");
    private static final int MAX_WORDS = 4;
    /** How far before the naming verb the method noun may stand: "an approach inspired by prompt tuning called". */
    private static final int MAX_REACH = 7;

    private final Lexicon lexicon;
    private final ConceptLabels conceptLabels;

    NamedPhraseFinder(Lexicon lexicon, ConceptLabels conceptLabels) {
        this.lexicon = lexicon;
        this.conceptLabels = conceptLabels;
    }

    List<NameOccurrence> find(AnnotatedText text) {
        List<NameOccurrence> out = new ArrayList<>();
        for (Sentence s : text.abstractSentences()) {
            for (int i = 1; i < s.size(); i++) {
                // (the "named" of "named entity recognition" is an adjective: TermRetagging)
                // (or "namely" right after a method noun in the singular and its comma: "we propose a simple,
                // unifying, and effective approach, namely selective scaling, by …", or before a phrase that a method
                // noun ends, "a new regularizer on scaling factors, namely polarization regularizer"; not "in three
                // classification tasks, namely long-tailed recognition, …")
                if (ProposalCues.NAMING_VERBS.contains(s.token(i).lemma()) && s.token(i).pos().startsWith("VB")
                        || s.token(i).lower().equals("namely") && i >= 2 && s.token(i - 1).word().equals(",")
                                && (s.token(i - 2).pos().equals("NN") && NAMED_THINGS.contains(s.token(i - 2).lemma())
                                        || endsInAMethodNoun(s, i + 1))) {
                    phraseAfter(text, s, i).ifPresent(out::add);
                }
                if (s.token(i).word().equals(",") && NAMED_THINGS.contains(s.token(i - 1).lemma())) {
                    appositionInTheTitle(text, s, i).ifPresent(out::add);
                }
                // "we propose median smoothing, which …" under the title "… with Median Smoothing"; "the proposed
                // bi-level routing attention" under "… With Bi-Level Routing Attention" too, but not a plural after
                // "the proposed", which describes more often than it names ("algorithms that achieve the proposed
                // lower bounds", "we also discuss the proposed localization processes")
                if (AuthorSubject.authorsVerbAt(s, i, PROPOSING_VERBS)) {
                    boolean participle = TypeCues.ARTICLES.contains(s.token(i - 1).lower());
                    phraseInTheTitle(text, s, i + 1, CLAUSE_ENDS).filter(o -> !participle
                            || !Names.endsLikeAPlural(o.name().toLowerCase(java.util.Locale.ROOT)))
                            .ifPresent(out::add);
                }
            }
        }
        return out;
    }

    /** True when the lower-case words from {@code start} end in a method noun: "polarization regularizer". */
    private static boolean endsInAMethodNoun(Sentence s, int start) {
        int end = endOfLowerCaseWords(s, start);
        return end > start && NAMED_THINGS.contains(s.token(end - 1).lemma());
    }

    /** True when a word from {@code start} to {@code end} is hyphenated inside: "equilibrium-ranking". */
    private static boolean hyphenatedBetween(Sentence s, int start, int end) {
        for (int k = start; k < end; k++) {
            if (s.token(k).word().indexOf('-') > 0) {
                return true;
            }
        }
        return false;
    }

    /** Where the run of at most {@link #MAX_WORDS} lower-case words of a name from {@code start} ends. */
    private static int endOfLowerCaseWords(Sentence s, int start) {
        int end = start;
        while (end < s.size() && end < start + MAX_WORDS && isLowerCaseWord(s.token(end))) {
            end++;
        }
        return end;
    }

    private Optional<NameOccurrence> phraseAfter(AnnotatedText text, Sentence s, int verb) {
        if (!namesAMethodOfTheAuthors(s, verb)) {
            return Optional.empty();
        }
        int start = verb + 1;
        if (start < s.size() && s.token(start).lower().equals("as")) {
            start++; // "dubbed as …"
        }
        while (start < s.size() && QUOTES.contains(s.token(start).word())) {
            start++;
        }
        int end = endOfLowerCaseWords(s, start);
        boolean hyphenated = hyphenatedBetween(s, start, end);
        boolean closed = end >= s.size() || CLOSERS.contains(s.token(end).word());
        if (end == start || !closed || (end - start < 2 && !hyphenated)) {
            return Optional.empty();
        }
        Span span = new Span(s.token(start).begin(), s.token(end - 1).end());
        String phrase = text.covered(span.begin(), span.end());
        if (knownOrNoName(phrase, lexicon, conceptLabels) || citedAt(s, end)) {
            return Optional.empty();
        }
        return Optional.of(new NameOccurrence(phrase, span, s, "named-phrase"));
    }

    /**
     * A lower-case phrase in apposition to the method noun that the authors propose, which the title writes too: "we
     * propose a novel prompting strategy, least-to-most prompting." under the title "Least-to-Most Prompting Enables
     * …", "we propose a new decoding strategy, self-consistency, …"; or to the authors' own method noun, "Our method,
     * matrix subspace projection, is …". The phrase ends the clause.
     */
    private Optional<NameOccurrence> appositionInTheTitle(AnnotatedText text, Sentence s, int comma) {
        boolean proposed = false;
        for (int k = comma - 2; k >= 0 && k >= comma - 7; k--) {
            Token t = s.token(k);
            if (TriggeredPhraseFinder.TRIGGERS.contains(t.lemma()) && t.pos().startsWith("VB")) {
                proposed = AuthorSubject.before(s, k) == AuthorSubject.AUTHORS;
                break;
            }
            if (ProposalCues.authorsOwnAt(s, k)) {
                // "Our method, matrix subspace projection, is …"
                proposed = true;
                break;
            }
            if (!(t.pos().startsWith("JJ") || t.pos().startsWith("NN") || t.pos().startsWith("RB") || t.pos().equals("DT")
                    || t.pos().equals("VBG") || t.pos().equals("CC"))) {
                return Optional.empty();
            }
        }
        return proposed ? phraseInTheTitle(text, s, comma + 1, APPOSITION_ENDS) : Optional.empty();
    }

    /** Heads of what a theory paper proves: "lower bounds", "convergence guarantees". */
    private static final Set<String> RESULT_HEADS = Set.of("bound", "guarantee", "theorem", "lemma", "result");

    /** Verbs with which the authors propose a method that they name in lower case right after the verb. */
    private static final Set<String> PROPOSING_VERBS = Set.of("propose", "introduce", "present", "develop");

    /**
     * The lower-case phrase at {@code start} that punctuation or one of {@code ends} closes and that the title writes
     * too, of two words or a hyphenated one at least.
     */
    private Optional<NameOccurrence> phraseInTheTitle(AnnotatedText text, Sentence s, int start, Set<String> ends) {
        // (after a compound of capitalised words too: "we propose Coder-Reviewer reranking" under "Coder Reviewer
        // Reranking for …")
        boolean compound = start < s.size() && CAPITALISED_COMPOUND.matcher(s.token(start).word()).matches();
        int from = compound ? start + 1 : start;
        int end = endOfLowerCaseWords(s, from);
        if (end == from) {
            return Optional.empty();
        }
        boolean hyphenated = hyphenatedBetween(s, start, end);
        boolean closed = end >= s.size() || CLOSERS.contains(s.token(end).word())
                || ends.contains(s.token(end).lower());
        // (not a description that a method noun ends: "we present a general framework for …" under "A General
        // Framework for …", nor a result, "we present lower bounds that …" under "Tighter Lower Bounds for …"; a
        // prediction or a field may be a method, "Feature Conformal Prediction", "Implicit Displacement Fields")
        String head = s.token(end - 1).lemma();
        // (nor an adjective of a list of them, "we propose high-contrast, binarized versions of …")
        if (end == start || !closed || (end - start < 2 && !hyphenated) || TypeCues.METHOD_HEADS.contains(head)
                || RESULT_HEADS.contains(head) || adjectiveBeforeAnother(s, end)) {
            return Optional.empty();
        }
        Span span = new Span(s.token(start).begin(), s.token(end - 1).end());
        String phrase = text.covered(span.begin(), span.end());
        String title = text.title().toLowerCase(java.util.Locale.ROOT);
        String key = phrase.toLowerCase(java.util.Locale.ROOT);
        List<PhraseSearch.WordMatch> inTitle = PhraseSearch.wordMatches(text, title, key, 0);
        if (inTitle.isEmpty() && key.indexOf('-') > 0) {
            // (the title may write the hyphen as a space: "Coder Reviewer Reranking")
            inTitle = PhraseSearch.wordMatches(text, title, key.replace('-', ' '), 0);
        }
        // (nor a task the title names, which the authors introduce as a new one: "This paper introduces open-domain
        // event detection, a new event detection paradigm …", "we introduce domain detection as a new … task")
        if (inTitle.isEmpty() || knownOrNoName(phrase, lexicon, conceptLabels) || calledATaskAfter(s, end)) {
            return Optional.empty();
        }
        // named as the title writes it, the name the title's opening phrase may give too
        Span titleSpan = inTitle.get(0).span();
        return Optional.of(new NameOccurrence(text.covered(titleSpan.begin(), titleSpan.end()), span, s, TITLE_PHRASE));
    }

    /** Nouns of what a phrase may be called instead of a method: "a novel task", "a new … paradigm". */
    private static final Set<String> CALLED_TASK_NOUNS = Set.of("task", "paradigm", "problem", "setting");

    /**
     * True when a comma or "as", an article and a few modifiers after the phrase that ends before {@code end} call it a
     * task, a problem, a setting or a paradigm: ", a novel task for …", "as a new natural language processing task".
     */
    private static boolean calledATaskAfter(Sentence s, int end) {
        int k = end;
        if (k + 1 >= s.size() || !(s.token(k).word().equals(",") || s.token(k).lower().equals("as"))
                || !TypeCues.INDEFINITE_ARTICLES.contains(s.token(k + 1).lower())) {
            return false;
        }
        for (k += 2; k < s.size() && k <= end + 8; k++) {
            Token t = s.token(k);
            if (t.pos().startsWith("NN") && CALLED_TASK_NOUNS.contains(t.lemma())) {
                return true;
            }
            if (!(t.pos().startsWith("JJ") || t.pos().startsWith("NN") || t.pos().equals("VBN"))) {
                return false;
            }
        }
        return false;
    }

    /**
     * True when a phrase is a concept's label, a gazetteer name or a word that is no name: found as such already, or
     * never a name of the paper's own.
     */
    static boolean knownOrNoName(String phrase, Lexicon lexicon, ConceptLabels conceptLabels) {
        return conceptLabels.isLabel(phrase) || lexicon.lookup(phrase) != null || lexicon.isNotName(phrase);
    }

    /** Capitalised words joined by hyphens: "Coder-Reviewer". */
    private static final java.util.regex.Pattern CAPITALISED_COMPOUND = java.util.regex.Pattern.compile(
            "\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)+");

    /** The source of a phrase found because the title writes it too. */
    static final String TITLE_PHRASE = "title-phrase";

    /** Words that end an apposition's phrase: "…, self-consistency, that replaces …", "…, X to improve …". */
    private static final Set<String> APPOSITION_ENDS = Set.of("that", "which", "to", "for", "where", "as", "in");
    /**
     * Words that end a phrase right after the verb; not a preposition, after which the verb brings the phrase into
     * something: "introduces human sketches to …", "introduces information fusion for …".
     */
    private static final Set<String> CLAUSE_ENDS = Set.of("that", "which", "where", "as");

    /** A word of a lower-case name: a noun, an adjective or a participle, not an article or a preposition. */
    private static boolean isLowerCaseWord(Token t) {
        String pos = t.pos();
        return Character.isLowerCase(t.word().charAt(0)) && Character.isLetter(t.word().charAt(t.word().length() - 1))
                && (pos.startsWith("NN") || pos.startsWith("JJ") || pos.equals("VBG") || pos.equals("VBN"));
    }

    /** True when a comma at {@code comma} joins an adjective to another adjective or a participle. */
    private static boolean adjectiveBeforeAnother(Sentence s, int comma) {
        return comma >= 1 && comma + 1 < s.size() && s.token(comma).word().equals(",")
                && s.token(comma - 1).pos().startsWith("JJ")
                && (s.token(comma + 1).pos().startsWith("JJ") || s.token(comma + 1).pos().equals("VBN"));
    }

    /** A citation right after the name: "a dynamic model called discounted stochastic game (Shapley, 1953)". */
    private static boolean citedAt(Sentence s, int k) {
        return k + 2 < s.size() && s.token(k).word().equals("(") && Character.isUpperCase(s.token(k + 1).word().charAt(0))
                && (s.token(k + 2).word().equals(",") || s.token(k + 2).lower().equals("et"));
    }

    /**
     * True when the noun the naming verb follows is a method noun that the authors name or present as theirs: "an
     * algorithm, which we call …", "Our approach, termed …", "a new … approach inspired by prompt tuning called …" (the noun before a participle's phrase),
     * "we propose a disambiguating technique called …"; not "the properness framework with a notion called …" nor
     * "the application of a mathematical technique called …", someone else's.
     */
    private static boolean namesAMethodOfTheAuthors(Sentence s, int verb) {
        int noun = namedNoun(s, verb);
        if (noun < 0) {
            return false;
        }
        if (s.token(verb - 1).lower().equals("we")) {
            return true; // "an algorithm, which we call …": the authors name it
        }
        if (noun == 1 && s.token(0).lower().equals("this")) {
            return true; // "This technique, called variable skipping, …": the one the abstract has just presented
        }
        for (int k = noun - 1; k >= 0 && k >= noun - 4; k--) {
            String w = s.token(k).lower();
            if (w.equals("our") || w.equals("novel") || w.equals("new")) {
                return true;
            }
        }
        // (past adjectives that commas join: "we propose a simple, unifying, and effective approach")
        for (int k = noun - 1; k >= 0 && k >= noun - 8; k--) {
            Token t = s.token(k);
            if (TriggeredPhraseFinder.TRIGGERS.contains(t.lemma()) && t.pos().startsWith("VB")) {
                return AuthorSubject.before(s, k) == AuthorSubject.AUTHORS;
            }
        }
        return false;
    }

    /**
     * The method noun that the naming verb at {@code verb} names, skipping "which we", commas and a prepositional
     * phrase ("approach inspired by prompt tuning called", "approach to test-time scaling, which we term"), or -1.
     */
    static int namedNoun(Sentence s, int verb) {
        int k = verb - 1;
        while (k >= 0 && verb - k <= MAX_REACH) {
            Token t = s.token(k);
            String w = t.lower();
            if (w.equals(",") || w.equals("which") || w.equals("that") || w.equals("we") || w.equals("is")
                    || w.equals("are") || w.equals("also") || w.equals("here")) {
                k--;
                continue;
            }
            if (!t.pos().startsWith("NN")) {
                return -1;
            }
            if (NAMED_THINGS.contains(t.lemma())) {
                return k;
            }
            // a noun inside a prepositional phrase without an article of its own, after a participle or a noun:
            // back to that word ("approach inspired by prompt tuning", "approach to test-time scaling"; not
            // "framework with a notion")
            int j = k - 1;
            while (j >= 0 && k - j <= 4 && !s.token(j).pos().equals("IN") && !s.token(j).pos().equals("TO")) {
                if (s.token(j).pos().equals("DT")) {
                    return -1;
                }
                j--;
            }
            if (j < 1 || !(s.token(j - 1).pos().equals("VBN") || s.token(j - 1).pos().startsWith("NN"))) {
                return -1;
            }
            k = s.token(j - 1).pos().equals("VBN") ? j - 2 : j - 1;
        }
        return -1;
    }
}
