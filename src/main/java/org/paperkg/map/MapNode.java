package org.paperkg.map;

/**
 * A node of a related-work map.
 *
 * @param id      the paper's or technique's IRI
 * @param label   a short name: the method the paper proposes, else its shortened title; a technique's label
 * @param kind    paper, method, dataset or concept
 * @param title   the paper's full title (or the technique's label)
 * @param year    the paper's year, or null
 * @param cluster index of its cluster in {@link RelatedMap#clusters()}, or -1 for techniques
 * @param degree  number of links
 * @param x       horizontal position
 * @param y       vertical position
 */
public record MapNode(String id, String label, String kind, String title, Integer year, int cluster, int degree,
                      double x, double y) {
    public boolean isPaper() {
        return kind.equals("paper");
    }
}
