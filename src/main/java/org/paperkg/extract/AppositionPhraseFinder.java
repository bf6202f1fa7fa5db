package org.paperkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds capitalised multi-word names that an apposition calls a method or a dataset: "Nucleus Sampling, a simple
 * but effective method", "the Fingerprint Generator, a message-passing neural network", "Cold Brew, a
 * teacher-student distillation approach"; and those in apposition to the authors' own method or dataset: "Our
 * algorithm, Forest Alternating Optimization, …", "our collected outdoor dataset, Static Hikes, …", "The proposed
 * approach, Optimistic Regularized Online Balanced Descent, …". Not a phrase
 * that opens its sentence (its capital may be the sentence's), nor one that is a concept label as a whole ("Graph
 * Neural Networks, a class of models").
 */
final class AppositionPhraseFinder {
    private static final int LONGEST = 5;
    /** How far after the article the apposition's head noun may come. */
    private static final int HEAD_WITHIN = 8;
    /** Verbs by which the authors say they make a method or a dataset. */
    private static final Set<String> MAKING_VERBS = Set.of("propose", "introduce", "present", "develop", "design",
            "devise", "build", "construct", "create", "release", "collect", "curate");

    private final Lexicon lexicon;
    private final ConceptLabels conceptLabels;

    AppositionPhraseFinder(Lexicon lexicon, ConceptLabels conceptLabels) {
        this.lexicon = lexicon;
        this.conceptLabels = conceptLabels;
    }

    List<NameOccurrence> find(AnnotatedText text) {
        List<NameOccurrence> out = new ArrayList<>();
        for (Sentence s : text.abstractSentences()) {
            for (int comma = 2; comma + 2 < s.size(); comma++) {
                if (!s.token(comma).word().equals(",")) {
                    continue;
                }
                if (TypeCues.INDEFINITE_ARTICLES.contains(s.token(comma + 1).lower()) && entityHeadAfter(s, comma + 2)) {
                    phraseBefore(text, s, comma).ifPresent(out::add);
                }
                if (ourEntityNounBefore(s, comma)) {
                    phraseAfter(text, s, comma, 2).ifPresent(out::add);
                } else if (proposedEntityNounBefore(s, comma)) {
                    phraseAfter(text, s, comma, 1).ifPresent(out::add);
                }
            }
        }
        return out;
    }

    /**
     * True when the comma follows "our" (or "the proposed") and a method or dataset noun, with modifiers between: "Our
     * algorithm,", "our collected outdoor dataset,", "The proposed approach,".
     */
    private static boolean ourEntityNounBefore(Sentence s, int comma) {
        if (!singularEntityNoun(s.token(comma - 1))) {
            return false;
        }
        for (int k = comma - 2; k >= 0 && k >= comma - 2 - HEAD_WITHIN; k--) {
            Token t = s.token(k);
            if (ProposalCues.authorsOwnAt(s, k)) {
                return true;
            }
            if (!modifies(t) || Character.isUpperCase(t.word().charAt(0))) {
                return false;
            }
        }
        return false;
    }

    /**
     * True when the comma follows a method or dataset noun that the authors say they make, with an indefinite
     * article and modifiers between: "we propose a semi-parametric method,", "This paper introduces a deep generative
     * model-based framework,", "we release a novel benchmark,". What follows names it, a single plain word too.
     */
    private static boolean proposedEntityNounBefore(Sentence s, int comma) {
        if (!singularEntityNoun(s.token(comma - 1))) {
            return false;
        }
        for (int k = comma - 2; k >= 1 && k >= comma - 2 - HEAD_WITHIN; k--) {
            Token t = s.token(k);
            if (TypeCues.INDEFINITE_ARTICLES.contains(t.lower())) {
                Token verb = s.token(k - 1);
                return MAKING_VERBS.contains(verb.lemma()) && verb.pos().startsWith("VB")
                        && AuthorSubject.before(s, k - 1) == AuthorSubject.AUTHORS;
            }
            if (!modifies(t) && !t.pos().equals("RB") && !PhraseSyntax.ADJECTIVE_JOINERS.contains(t.lower())
                    || Character.isUpperCase(t.word().charAt(0)) && !Names.isAcronym(t.word())) {
                return false;
            }
        }
        return false;
    }

    /**
     * The run of {@code fewest} to five capitalised words right after the comma, closed by a comma or a
     * parenthesis.
     */
    private Optional<NameOccurrence> phraseAfter(AnnotatedText text, Sentence s, int comma, int fewest) {
        int end = comma + 1;
        while (end < s.size() && end - comma <= LONGEST && isCapitalisedWord(s.token(end).word())) {
            end++;
        }
        if (end - comma - 1 < fewest || end - comma - 1 > LONGEST || end >= s.size()
                || !(s.token(end).word().equals(",") || s.token(end).word().equals("("))) {
            return Optional.empty();
        }
        Span span = new Span(s.token(comma + 1).begin(), s.token(end - 1).end());
        String phrase = text.covered(span.begin(), span.end());
        if (conceptLabels.isLabel(phrase) || lexicon.isNotName(phrase)) {
            return Optional.empty();
        }
        return Optional.of(new NameOccurrence(phrase, span, s, "apposition-phrase"));
    }

    /** True when a method or dataset noun heads the noun phrase that starts at {@code from}. */
    private static boolean entityHeadAfter(Sentence s, int from) {
        for (int k = from; k < s.size() && k < from + HEAD_WITHIN; k++) {
            Token t = s.token(k);
            if (TypeCues.METHOD_HEADS.contains(t.lemma()) || DatasetCues.namesDatasets(t.lemma())) {
                return true;
            }
            if (!modifies(t) && !t.pos().equals("RB") && !PhraseSyntax.ADJECTIVE_JOINERS.contains(t.lower())) {
                return false;
            }
        }
        return false;
    }

    /** True for a word that may modify a noun inside its noun phrase: adjectives, nouns, participles, numbers. */
    private static boolean modifies(Token t) {
        return t.pos().startsWith("JJ") || t.pos().startsWith("NN") || t.pos().equals("VBN") || t.pos().equals("VBG")
                || t.pos().equals("HYPH") || t.pos().equals("CD");
    }

    /** True for a singular method or dataset noun: "algorithm", "dataset". */
    private static boolean singularEntityNoun(Token t) {
        return t.pos().equals("NN")
                && (TypeCues.METHOD_HEADS.contains(t.lemma()) || DatasetCues.namesDatasets(t.lemma()));
    }

    /**
     * The run of two to five capitalised words that ends right before the comma, if there is one; in quotation marks,
     * one word is enough and the run may open the sentence: "we derive “Noisy Nodes”, a simple technique".
     */
    private Optional<NameOccurrence> phraseBefore(AnnotatedText text, Sentence s, int comma) {
        boolean quoted = PhraseSyntax.isQuote(s.token(comma - 1));
        int end = quoted ? comma - 1 : comma;
        int start = startOfCapitalisedRun(s, end, end);
        // (a function word may join two of its capitalised words, "we introduce ARGS, Alignment as Reward-Guided
        // Search, a novel framework", where the longer run still opens no sentence: not "Inspired by Deep Tempering,
        // an approach …")
        int joined = start;
        // (not one coined name and another that a preposition puts it on: "We apply SmBoP on Spider, a challenging
        // benchmark")
        while (joined > 1 && end - joined < LONGEST && Names.NAME_JOINING_WORDS.contains(s.token(joined - 1).word())
                && isCapitalisedWord(s.token(joined - 2).word())) {
            int before = startOfCapitalisedRun(s, joined - 2, end);
            if (before == joined - 2 && Names.isCoined(s.token(before).word())) {
                break;
            }
            joined = before;
        }
        if (joined < start && joined > 0 && end - joined <= LONGEST && !quoted) {
            start = joined;
        }
        quoted &= start > 0 && PhraseSyntax.isQuote(s.token(start - 1));
        // (a closing quotation mark without its opening one sets nothing apart)
        if (end != comma && !quoted) {
            return Optional.empty();
        }
        // a longer run, or one that opens the sentence, is not told apart from its context unless quoted
        if (end - start < (quoted ? 1 : 2) || end - start > LONGEST || start == 0 && !quoted) {
            return Optional.empty();
        }
        // "Spike-Aware Adam with Momentum Reset SPAM, a novel optimizer": an acronym ends its long form; it is the name
        if (Names.isAcronym(s.token(end - 1).word())) {
            return Optional.empty();
        }
        Span span = new Span(s.token(start).begin(), s.token(end - 1).end());
        String phrase = text.covered(span.begin(), span.end());
        if (conceptLabels.isLabel(phrase) || lexicon.isNotName(phrase)) {
            return Optional.empty();
        }
        return Optional.of(new NameOccurrence(phrase, span, s, "apposition-phrase"));
    }

    /**
     * Where the run of capitalised words that ends right before {@code from} starts, at most {@code LONGEST + 1}
     * words before {@code end}.
     */
    private static int startOfCapitalisedRun(Sentence s, int from, int end) {
        int start = from;
        while (start > 0 && end - start < LONGEST + 1 && isCapitalisedWord(s.token(start - 1).word())) {
            start--;
        }
        return start;
    }

    private static boolean isCapitalisedWord(String word) {
        return word.length() >= 2 && Character.isUpperCase(word.charAt(0))
                && word.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '-');
    }
}
