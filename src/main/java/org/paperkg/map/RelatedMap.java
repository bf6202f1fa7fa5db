package org.paperkg.map;

import java.util.List;

/**
 * A laid-out related-work map: nodes with positions, links, clusters, and a title.
 *
 * @param title    what the map shows
 * @param nodes    papers and techniques
 * @param links    related-work links and paper–technique links
 * @param clusters the clusters papers are coloured by
 * @param focus    the node the map is centred on, or null
 */
public record RelatedMap(String title, List<MapNode> nodes, List<MapLink> links, List<Cluster> clusters, String focus) {
    public RelatedMap {
        nodes = List.copyOf(nodes);
        links = List.copyOf(links);
        clusters = List.copyOf(clusters);
    }

    public long paperCount() {
        return nodes.stream().filter(MapNode::isPaper).count();
    }
}
