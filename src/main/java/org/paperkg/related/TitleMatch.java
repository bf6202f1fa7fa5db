package org.paperkg.related;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a user typed to find a paper by its title, as the CLI and the web search both match it: every typed word
 * must begin a word of the title, case and punctuation aside ("diag state" finds "Diagonal State Space Models").
 */
public final class TitleMatch {
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final List<String> words;

    private TitleMatch(List<String> words) {
        this.words = words;
    }

    public static TitleMatch of(String typed) {
        return new TitleMatch(words(typed));
    }

    /** The typed words, lower case. */
    public List<String> words() {
        return words;
    }

    /** False when nothing was typed but punctuation: such a query matches no title. */
    public boolean hasWords() {
        return !words.isEmpty();
    }

    public boolean matches(String title) {
        if (words.isEmpty()) {
            return false;
        }
        List<String> titleWords = words(title);
        return words.stream().allMatch(w -> titleWords.stream().anyMatch(t -> t.startsWith(w)));
    }

    private static List<String> words(String text) {
        return Arrays.stream(NON_WORD.split(text.toLowerCase(Locale.ROOT))).filter(w -> !w.isEmpty()).toList();
    }
}
