package org.paperkg.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Where and how the abstract writes the title's name again, for {@link NameFinder}: in the very letters the title
 * has, as a phrase of several words, by its initials ("LCD"), introduced again by the authors ("we propose …"), or
 * right after their verb of making.
 */
final class TitleNameInAbstract {
    /** Sources of names of several words that a phrase around them gives: the phrase says what they name. */
    static final Set<String> PHRASE_SOURCES = Set.of("triggered-phrase", "apposition-phrase", "named-phrase");

    /** The source of the abstract's mentions of a title's name that is no coined word. */
    static final String TITLE_NAME_AGAIN = "title-name-again";

    /** Prepositions that make what follows the topic of something presented: "a survey on X", "a study about X". */
    static final Set<String> TOPIC_PREPOSITIONS = Set.of("on", "about", "regarding", "concerning");

    private TitleNameInAbstract() {
    }

    /**
     * The abstract's mentions of the title's name in the very letters the title has; a name of several words not
     * where a capitalised word goes on with it that says no kind of method or data, the opening of a longer name ("We
     * propose Visual News Captioner, …" under "Visual News: …"; but "the Visual News Dataset").
     */
    static List<NameOccurrence> writtenAgainAsTheTitleWritesIt(AnnotatedText text, String lower,
                                                                      NameOccurrence title) {
        boolean severalWords = title.name().indexOf(' ') > 0;
        return writtenAgainInItsLetters(text, lower, title.name()).stream()
                .filter(m -> !severalWords || !openingOfALongerName(m))
                .map(m -> new NameOccurrence(title.name(), m.span(), m.sentence(), TITLE_NAME_AGAIN)).toList();
    }

    /** True when a word in title case that is no method or dataset noun follows the match: "Visual News Captioner". */
    private static boolean openingOfALongerName(PhraseSearch.WordMatch m) {
        Sentence s = m.sentence();
        int next = s.tokenIndexAt(m.span().end() - 1) + 1;
        if (next <= 0 || !capitalisedWordAt(s, next)) {
            return false;
        }
        String word = s.token(next).lower();
        return Names.TITLE_CASE_WORD.matcher(s.token(next).word()).matches()
                && !TypeCues.METHOD_HEADS.contains(word) && !TypeCues.DATASET_HEADS.contains(word);
    }

    /**
     * The abstract's mentions of the name in its very letters, none part of a longer name ("Hydra++", "Hydra-2" for
     * Hydra).
     */
    static List<PhraseSearch.WordMatch> writtenAgainInItsLetters(AnnotatedText text, String lower,
                                                                       String name) {
        List<PhraseSearch.WordMatch> out = new ArrayList<>();
        for (PhraseSearch.WordMatch m : PhraseSearch.wordMatches(text, lower, name.toLowerCase(Locale.ROOT),
                text.titleLength())) {
            if (!gluedToALongerName(text, m.span()) && text.covered(m.span().begin(), m.span().end()).equals(name)) {
                out.add(m);
            }
        }
        return out;
    }

    /** True when a plus or a hyphen glues the span to the text after it, or a hyphen to the text before it. */
    static boolean gluedToALongerName(AnnotatedText text, Span span) {
        int end = span.end();
        return end < text.text().length() && "+-".indexOf(text.text().charAt(end)) >= 0
                || span.begin() > 0 && text.text().charAt(span.begin() - 1) == '-';
    }

    /**
     * The spans of the abstract where a name of several words that a phrase gave is written again (see
     * {@link #writtenAgainInItsLetters}), apart from the words around it: no capitalised word right before or after it.
     */
    static List<Span> phrasesWrittenAgain(AnnotatedText text, String lower, NameFinding f) {
        List<Span> out = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        f.out.stream().filter(o -> PHRASE_SOURCES.contains(o.source()) && o.name().indexOf(' ') > 0)
                .forEach(o -> names.add(o.name()));
        for (String name : names) {
            for (PhraseSearch.WordMatch m : writtenAgainInItsLetters(text, lower, name)) {
                Sentence s = m.sentence();
                int first = s.tokenIndexAt(m.span().begin());
                int last = s.tokenIndexAt(m.span().end() - 1);
                if (first >= 0 && last >= 0 && !capitalisedWordAt(s, first - 1) && !capitalisedWordAt(s, last + 1)) {
                    out.add(m.span());
                }
            }
        }
        return out;
    }

    static boolean capitalisedWordAt(Sentence s, int k) {
        return k >= 0 && k < s.size() && Character.isUpperCase(s.token(k).word().codePointAt(0));
    }

    /**
     * True when the text after the title introduces the title's name again, in any case: "we propose a novel
     * decoding method -- momentum decoding --", "what we call codebook features"; not as the topic of what is
     * presented ("a review on Natural Language Generation").
     */
    static boolean introducedAgain(AnnotatedText text, String lower, NameOccurrence title) {
        for (PhraseSearch.WordMatch m : PhraseSearch.wordMatches(text, lower, title.name().toLowerCase(Locale.ROOT), text.titleLength())) {
            Sentence s = m.sentence();
            int first = s.tokenIndexAt(m.span().begin());
            for (int k = first - 1; k >= 0 && k >= first - 8; k--) {
                if (TOPIC_PREPOSITIONS.contains(s.token(k).lower())) {
                    break; // "This paper presents a review on Natural Language Generation": the name is a topic
                }
                if (TriggeredPhraseFinder.TRIGGERS.contains(s.token(k).lemma()) && s.token(k).pos().startsWith("VB")) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Two or more words, each after the first a capital and then lower-case letters only: "Counterfactual
     * Transportability", "ReLU Strikes Back".
     */
    static boolean plainAfterItsFirstWord(String phrase) {
        String[] words = Names.WHITESPACE.split(phrase);
        return words.length >= 2 && java.util.Arrays.stream(words, 1, words.length)
                .allMatch(w -> Names.TITLE_CASE_WORD.matcher(w).matches());
    }

    /** True when the text after the title uses the initials of the title's name as a word ("LCD"). */
    static boolean initialsUsed(AnnotatedText text, NameOccurrence title) {
        String initials = Names.titleCaseInitials(title.name());
        if (initials == null) {
            return false;
        }
        for (Sentence s : text.sentences()) {
            for (Token t : s.tokens()) {
                if (t.begin() >= text.titleLength() && Names.singular(t.word()).equals(initials)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True when the text after the title writes the title's name again, in any case. */
    static boolean writtenAgain(AnnotatedText text, String lower, NameOccurrence title) {
        return !PhraseSearch.wordMatches(text, lower, title.name().toLowerCase(Locale.ROOT), text.titleLength()).isEmpty();
    }

    /**
     * True when the word stands in the abstract right after the authors' verb of making, with an indefinite apposition
     * after it: "we present MaChAmp, a toolkit for …".
     */
    static boolean presentedAsTheAuthorsOwn(AnnotatedText text, String word) {
        for (Sentence s : text.abstractSentences()) {
            for (int i = 1; i + 2 < s.size(); i++) {
                boolean apposition = s.token(i + 1).word().equals(",")
                        && TypeCues.INDEFINITE_ARTICLES.contains(s.token(i + 2).lower());
                if (apposition && s.token(i).word().equals(word) && NamingContext.afterTheAuthorsVerbOfMaking(s, i)) {
                    return true;
                }
            }
        }
        return false;
    }
}
