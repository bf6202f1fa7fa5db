package org.paperkg.map;

import java.util.List;

/**
 * A link of a related-work map: two related papers with their score and the shared things that explain it, or
 * a paper and a technique it has (kind "has").
 *
 * @param source  a node id
 * @param target  a node id
 * @param kind    related or has
 * @param weight  the related-work score, or the technique's rarity weight
 * @param reasons the shared things with their weights, as text
 */
public record MapLink(String source, String target, String kind, double weight, List<String> reasons) {
    public MapLink {
        reasons = List.copyOf(reasons);
    }
}
