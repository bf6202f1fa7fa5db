package org.paperkg.extract;

import java.util.HashSet;
import java.util.Set;

/** The concept scheme's labels, to tell concept words (SSM, transformer) from named methods. */
final class ConceptLabels {
    private final Set<String> keys = new HashSet<>();
    private final Set<String> acronyms = new HashSet<>();
    /** Mixed-case acronym labels in capitals: "MoE" is also written "MOE". */
    private final Set<String> capitalised = new HashSet<>();

    ConceptLabels(ConceptScheme scheme) {
        for (ConceptScheme.Concept c : scheme.concepts()) {
            for (String label : c.searchLabels()) {
                keys.add(Names.key(label));
                keys.add(Names.key(label) + "s");
                if (Names.isAcronym(label) || (label.length() <= 5 && Names.isCoined(label))) {
                    acronyms.add(label);
                    capitalised.add(label.toUpperCase(java.util.Locale.ROOT));
                }
            }
        }
    }

    /** True when the phrase is a concept label, ignoring case, hyphens and a plural s. */
    boolean isLabel(String phrase) {
        return keys.contains(Names.key(phrase));
    }

    /**
     * True when the word is an acronym label of a concept (SSM, SSMs, VAE, LoRA), matched by case, or one written
     * in capitals (MOE for MoE).
     */
    boolean isAcronymLabel(String word) {
        String singular = word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
        return acronyms.contains(word) || acronyms.contains(singular)
                || (isAllCapitals(word) && capitalised.contains(word));
    }

    private static boolean isAllCapitals(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.isLowerCase(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
