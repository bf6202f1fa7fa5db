package org.paperkg.extract;

import java.util.HashSet;
import java.util.Set;

/** The concept scheme's labels, to tell concept words (SSM, transformer) from named methods. */
final class ConceptLabels {
    private final Set<String> keys = new HashSet<>();
    private final Set<String> acronyms = new HashSet<>();
    /** For each acronym label, the words of its concept's labels: "ICL" has in, context, learning. */
    private final java.util.Map<String, Set<String>> acronymWords = new java.util.HashMap<>();
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
                    Set<String> words = acronymWords.computeIfAbsent(label, k -> new HashSet<>());
                    c.searchLabels().forEach(l -> words.addAll(ExpansionWords.of(l)));
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
        return acronyms.contains(word) || acronyms.contains(withoutPlural(word))
                || (isAllCapitals(word) && capitalised.contains(word));
    }

    /**
     * True when a text defines a concept's acronym for something else: "Ideal Continual Learner (ICL)" is not
     * in-context learning, "Style Alignment Encoding (SAE)" no sparse autoencoder. The long form shares no word with
     * the concept's labels, nor the stem of one ("convolution neural networks (CNNs)" are CNNs), words as general as
     * "model" or "network" aside.
     */
    boolean redefines(String acronym, String longForm) {
        Set<String> words = acronymWords.getOrDefault(acronym, acronymWords.get(withoutPlural(acronym)));
        if (words == null) {
            return false;
        }
        return !ExpansionWords.shareAStem(ExpansionWords.of(longForm), words);
    }

    /**
     * The short forms of concepts' acronyms that these definitions give to something else (see {@link #redefines}),
     * in the singular and the plural: "statistical shape models (SSMs)" makes "the SSM task" no state space model.
     */
    Set<String> redefinedAcronyms(java.util.List<AcronymDefinition> definitions) {
        Set<String> out = new HashSet<>();
        for (AcronymDefinition d : definitions) {
            if (redefines(d.shortForm(), d.longForm())) {
                String singular = Names.singular(d.shortForm());
                out.add(d.shortForm());
                out.add(singular);
                out.add(singular + "s");
            }
        }
        return out;
    }

    /** An acronym without a plural "s": "SSMs" -> "SSM". */
    private static String withoutPlural(String acronym) {
        return acronym.endsWith("s") ? acronym.substring(0, acronym.length() - 1) : acronym;
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
