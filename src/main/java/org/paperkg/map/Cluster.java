package org.paperkg.map;

import java.util.List;

/**
 * A cluster of papers found by community detection, named by its most characteristic concepts.
 *
 * @param index    its number
 * @param name     the characteristic concepts joined, or "other"
 * @param concepts the characteristic concepts, most characteristic first
 * @param color    a CSS colour
 * @param size     how many papers
 */
public record Cluster(int index, String name, List<String> concepts, String color, int size) {
    public Cluster {
        concepts = List.copyOf(concepts);
    }
}
