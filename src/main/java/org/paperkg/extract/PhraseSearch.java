package org.paperkg.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Finds a phrase in a text as whole words, with the sentence it is in. */
final class PhraseSearch {
    private PhraseSearch() {
    }

    /** Where a word or phrase occurs, and in which sentence. */
    record WordMatch(Span span, Sentence sentence) {
    }

    /** The runs of letters and digits of a text, the words that {@link #wordMatches} sees between its boundaries. */
    static Set<String> wordsOf(String text) {
        Set<String> words = new HashSet<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean inWord = i < text.length() && Character.isLetterOrDigit(text.charAt(i));
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                words.add(text.substring(start, i));
                start = -1;
            }
        }
        return words;
    }

    /**
     * Where {@code key} occurs in the lower-cased text from {@code from} as whole words (a plural "s" allowed) inside
     * a sentence, left to right, each search going on after the last occurrence.
     */
    static List<WordMatch> wordMatches(AnnotatedText text, String lower, String key, int from) {
        List<WordMatch> matches = new ArrayList<>();
        int at;
        while ((at = lower.indexOf(key, from)) >= 0) {
            Span span = new Span(at, at + key.length());
            from = span.end();
            Sentence s = sentenceAt(text, at);
            if (s != null && isWordBoundary(lower, span)) {
                matches.add(new WordMatch(span, s));
            }
        }
        return matches;
    }

    private static boolean isWordBoundary(String text, Span span) {
        boolean before = span.begin() == 0 || !Character.isLetterOrDigit(text.charAt(span.begin() - 1));
        boolean after = span.end() >= text.length() || !Character.isLetterOrDigit(text.charAt(span.end()))
                || (text.charAt(span.end()) == 's' && (span.end() + 1 >= text.length()
                        || !Character.isLetterOrDigit(text.charAt(span.end() + 1))));
        return before && after;
    }

    /** The sentence that holds a character offset of the text, or null between sentences. */
    static Sentence sentenceAt(AnnotatedText text, int offset) {
        List<Sentence> sentences = text.sentences();
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Sentence s = sentences.get(mid);
            if (offset < s.begin()) {
                hi = mid - 1;
            } else if (offset >= s.end()) {
                lo = mid + 1;
            } else {
                return s;
            }
        }
        return null;
    }
}
