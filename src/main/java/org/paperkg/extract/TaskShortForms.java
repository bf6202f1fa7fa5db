package org.paperkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Short forms of tasks that a text uses without defining them: "SOD" beside "salient object detection", "QG" beside
 * "Question Generation". The letters of such a word are the initials of a phrase of the same text that ends in a
 * noun of a task; the word then names the task, not a method.
 */
final class TaskShortForms {
    /** Last nouns of task phrases: what is done to data, not how ("translation" is left out: SMT names a method). */
    private static final Set<String> TASK_NOUNS = Set.of("detection", "segmentation", "recognition", "classification",
            "retrieval", "tracking", "captioning", "answering", "summarization", "summarisation", "localization",
            "localisation", "parsing", "generation", "prediction", "understanding", "completion", "extraction",
            "reasoning", "forecasting", "grounding", "resolution", "editing", "labeling", "labelling", "tagging",
            "comprehension", "disambiguation", "simplification",
            // and a way of learning, a field rather than one method: "CL" beside "continual learning"
            "learning");

    private TaskShortForms() {
    }

    /**
     * True when {@code shortForm}, two to five capitals, spells the initials of a phrase of the text that ends in a
     * task noun: "SBIR" and "sketch based image retrieval", "SR" and "Super-Resolution" (each part of a hyphenated
     * word is a word).
     */
    static boolean spellsATaskPhrase(AnnotatedText text, String shortForm) {
        int n = shortForm.length();
        if (n < 2 || n > 5 || !shortForm.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
            return false;
        }
        String initials = shortForm.toLowerCase(Locale.ROOT);
        for (Sentence s : text.sentences()) {
            List<String> words = new ArrayList<>();
            for (Token t : s.tokens()) {
                for (String part : t.word().split("-")) {
                    if (!part.isEmpty() && Character.isLetter(part.charAt(0))) {
                        words.add(part.toLowerCase(Locale.ROOT));
                    }
                }
            }
            for (int end = n - 1; end < words.size(); end++) {
                if (TASK_NOUNS.contains(words.get(end)) && initialsOf(words, end - n + 1, n).equals(initials)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String initialsOf(List<String> words, int from, int n) {
        StringBuilder b = new StringBuilder(n);
        for (int k = from; k < from + n; k++) {
            b.append(words.get(k).charAt(0));
        }
        return b.toString();
    }
}
