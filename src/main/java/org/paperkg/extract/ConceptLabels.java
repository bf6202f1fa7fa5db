package org.paperkg.extract;

import java.util.HashSet;
import java.util.Set;

/** The concept scheme's labels, to tell concept words (SSM, transformer) from named methods. */
final class ConceptLabels {
    private final Set<String> keys = new HashSet<>();
    private final Set<String> acronyms = new HashSet<>();

    ConceptLabels(ConceptScheme scheme) {
        for (ConceptScheme.Concept c : scheme.concepts()) {
            for (String label : c.searchLabels()) {
                keys.add(Names.key(label));
                keys.add(Names.key(label) + "s");
                if (Names.isAcronym(label) || (label.length() <= 5 && Names.isCoined(label))) {
                    acronyms.add(label);
                }
            }
        }
    }

    /** True when the phrase is a concept label, ignoring case, hyphens and a plural s. */
    boolean isLabel(String phrase) {
        return keys.contains(Names.key(phrase));
    }

    /** True when the word is an acronym label of a concept (SSM, SSMs, VAE, LoRA), matched by case. */
    boolean isAcronymLabel(String word) {
        return acronyms.contains(word) || (word.endsWith("s") && acronyms.contains(word.substring(0, word.length() - 1)));
    }
}
