package org.paperkg.related;

import java.util.List;

/**
 * A related paper with its score and the shared things that explain it.
 *
 * @param iri     the related paper
 * @param title   its title
 * @param year    its year, or null
 * @param score   sum of the weights of what it shares
 * @param reasons the shared methods, datasets and concepts with their weights, heaviest first
 */
public record RelatedPaper(String iri, String title, Integer year, double score, List<Reason> reasons) {
    public RelatedPaper {
        reasons = List.copyOf(reasons);
    }

    /** One shared thing: its label, its kind (method, dataset, concept) and its rarity weight. */
    public record Reason(String label, String kind, double weight) {
    }
}
