package org.paperkg.extract;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The content words of an acronym's expansion, to tell whether two expansions of one acronym mean the same thing:
 * words are compared by their first five letters ("convolution" and "convolutional"), and words as general as
 * "model" or "network" do not count ("Graph Attention Network" is no GAN).
 */
final class ExpansionWords {
    private static final Set<String> GENERAL_WORDS = Set.of("model", "network", "learning", "method", "based", "neural",
            "deep", "system", "data");
    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}]+");

    private ExpansionWords() {
    }

    /** The phrase's words of three letters or more, in lower case, without a plural "s", general words left out. */
    static Set<String> of(String phrase) {
        Set<String> out = new HashSet<>();
        for (String w : NOT_LETTERS.split(phrase.toLowerCase(Locale.ROOT))) {
            String stem = w.endsWith("s") && w.length() > 3 ? w.substring(0, w.length() - 1) : w;
            if (stem.length() >= 3 && !GENERAL_WORDS.contains(stem)) {
                out.add(stem);
            }
        }
        return out;
    }

    /** True when some word of {@code a} has the stem of some word of {@code b}. */
    static boolean shareAStem(Set<String> a, Set<String> b) {
        return a.stream().anyMatch(w -> b.stream().anyMatch(c -> sameStem(w, c)));
    }

    /** Equal, or the same first five letters: "convolution" and "convolutional", not "style" and "sparse". */
    private static boolean sameStem(String a, String b) {
        return a.equals(b) || (a.length() >= 5 && b.length() >= 5 && a.regionMatches(0, b, 0, 5));
    }
}
