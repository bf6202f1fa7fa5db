package org.paperkg.extract;

import java.util.Locale;
import java.util.Set;

/**
 * Decides whether an acronym definition names a method or dataset, or a task, a concept or a metric: "Long Range
 * Arena (LRA)" and "we propose geometric trajectory diffusion models (GeoTDM)" are names; "Moving-Target Traveling
 * Salesman Problem (MT-TSP)" and "temporal graph neural networks (TGNN)" are not.
 */
final class DefinitionFilter {
    /** Words that may stand between a proposal verb and the long form it introduces ("we propose a novel …"). */
    private static final Set<String> BEFORE_PROPOSED_LONG_FORM = Set.of("a", "an", "the", "novel", "new", "simple",
            "general", "unified", "first", "called", "named", "termed", "dubbed");
    private static final Set<String> NON_ENTITY_HEADS = Set.of("problem", "task", "error", "metric", "score",
            "rate", "ratio", "distance", "divergence", "accuracy", "coefficient", "equation", "principle", "theory",
            "hypothesis", "condition", "property", "learning", "pretraining", "pre-training", "training", "prediction",
            "forecasting", "generation", "recognition", "detection", "segmentation", "classification",
            "understanding", "reasoning", "retrieval", "analysis", "intelligence", "processing", "vision", "domain",
            "field", "region", "area", "function", "value", "policy", "space", "data", "time", "system", "systems",
            "tuning", "fine-tuning", "communication", "modeling", "modelling", "inference", "optimization",
            "adaptation", "translation", "answering", "simulation", "control", "distribution", "estimation",
            "index", "rank", "level", "matrix", "norm", "loss", "objective", "test", "unit", "units");
    private final Lexicon lexicon;
    private final ConceptLabels conceptLabels;

    DefinitionFilter(Lexicon lexicon, ConceptLabels conceptLabels) {
        this.lexicon = lexicon;
        this.conceptLabels = conceptLabels;
    }

    boolean isName(AcronymDefinition d, Sentence sentence) {
        if (conceptLabels.isLabel(d.longForm()) || conceptLabels.isAcronymLabel(d.shortForm())
                || lexicon.isNotName(d.shortForm())) {
            return false;
        }
        if (directlyProposed(d, sentence)) {
            return true;
        }
        String[] words = d.longForm().toLowerCase(Locale.ROOT).split("[\\s]+");
        String head = words[words.length - 1];
        String headSingular = head.endsWith("s") && !head.endsWith("ss") ? head.substring(0, head.length() - 1) : head;
        if (NON_ENTITY_HEADS.contains(head) || NON_ENTITY_HEADS.contains(headSingular)) {
            return false;
        }
        boolean titleCase = java.util.Arrays.stream(d.longForm().split("[\\s]+"))
                .filter(w -> w.length() > 3).allMatch(w -> Character.isUpperCase(w.charAt(0)));
        // "temporal graph neural networks (TGNN)" is a kind of a concept; "structured neural network (StNN)",
        // with a coined mixed-case short form, names one method
        if (!titleCase && endsWithConceptLabel(words) && Names.isAcronym(d.shortForm())) {
            return false;
        }
        return Names.isCoined(d.shortForm()) || Character.isUpperCase(d.shortForm().charAt(0));
    }

    /** "we propose geometric trajectory diffusion models (GeoTDM)": a trigger governs the long form directly. */
    private static boolean directlyProposed(AcronymDefinition d, Sentence s) {
        int start = -1;
        for (int i = 0; i < s.size(); i++) {
            if (s.token(i).begin() >= d.longSpan().begin()) {
                start = i;
                break;
            }
        }
        boolean subject = start > 0 && AuthorSubject.before(s, start) == AuthorSubject.AUTHORS;
        for (int k = start - 1; subject && k >= 0 && k >= start - 5; k--) {
            String lemma = s.token(k).lemma();
            if (TriggeredPhraseFinder.TRIGGERS.contains(lemma)) {
                return true;
            }
            if (!BEFORE_PROPOSED_LONG_FORM.contains(lemma) && !s.token(k).pos().startsWith("JJ")) {
                return false;
            }
        }
        return false;
    }

    private boolean endsWithConceptLabel(String[] words) {
        for (int k = 0; k < words.length; k++) {
            if (conceptLabels.isLabel(String.join(" ", java.util.Arrays.copyOfRange(words, k, words.length)))) {
                return true;
            }
        }
        return false;
    }

}
