package org.paperkg.map;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.clustering.LabelPropagationClustering;
import org.jgrapht.alg.drawing.FRLayoutAlgorithm2D;
import org.jgrapht.alg.drawing.IndexedFRLayoutAlgorithm2D;
import org.jgrapht.alg.drawing.model.Box2D;
import org.jgrapht.alg.drawing.model.MapLayoutModel2D;
import org.jgrapht.alg.drawing.model.Point2D;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.paperkg.related.RelatedIndex;

/**
 * Lays out and clusters a map with JGraphT: Fruchterman–Reingold (Barnes–Hut indexed for large maps), label
 * propagation over the related-work links for the clusters, each cluster named by the concepts most
 * over-represented in it. Seeds are fixed, so the same store gives the same map.
 */
final class MapLayout {
    static final double WIDTH = 1000;
    static final double HEIGHT = 700;
    private static final String[] PALETTE = {"#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b",
        "#e377c2", "#17becf", "#bcbd22", "#7f7f7f", "#393b79", "#637939"};
    private static final String OTHER_COLOR = "#b0b0b0";

    /** A node before layout. */
    record Pending(String id, String label, String kind, String title, Integer year) {
    }

    private MapLayout() {
    }

    static RelatedMap layout(String title, List<Pending> pending, List<MapLink> links, RelatedIndex index, String focus,
                             boolean timeline) {
        Graph<String, DefaultWeightedEdge> graph = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        pending.forEach(p -> graph.addVertex(p.id()));
        Map<String, Integer> degree = new HashMap<>();
        for (MapLink l : links) {
            if (!l.source().equals(l.target()) && graph.containsVertex(l.source()) && graph.containsVertex(l.target())) {
                DefaultWeightedEdge e = graph.addEdge(l.source(), l.target());
                if (e != null) {
                    graph.setEdgeWeight(e, l.weight());
                }
                degree.merge(l.source(), 1, Integer::sum);
                degree.merge(l.target(), 1, Integer::sum);
            }
        }
        // unlinked nodes are set aside (a force layout would pile them up on the border, where the Barnes-Hut
        // quadtree cannot split coincident points); the linked ones get an area that grows with their number
        Graph<String, DefaultWeightedEdge> linked = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        graph.vertexSet().stream().filter(v -> graph.degreeOf(v) > 0).forEach(linked::addVertex);
        graph.edgeSet().forEach(e -> linked.addEdge(graph.getEdgeSource(e), graph.getEdgeTarget(e), e));
        double grow = Math.max(1, Math.sqrt(linked.vertexSet().size() / 300.0));
        double width = WIDTH * grow;
        double height = HEIGHT * grow;
        MapLayoutModel2D<String> model = new MapLayoutModel2D<>(Box2D.of(width, height));
        // communities first; on large maps each starts around its own point of a circle, so that the layout
        // keeps them apart instead of mixing them in one disc
        List<Cluster> clusters = new ArrayList<>();
        Map<String, Integer> clusterOf = cluster(pending, links, index, clusters);
        java.util.function.Function<String, Point2D> start = v -> {
            Random r = new Random(v.hashCode());
            Integer c = clusterOf.get(v);
            if (c == null || clusters.size() < 2 || clusters.get(c).name().equals("other")) {
                return Point2D.of(r.nextDouble() * width, r.nextDouble() * height);
            }
            double angle = 2 * Math.PI * c / (clusters.size() - 1);
            double cx = width / 2 + Math.cos(angle) * width * 0.3;
            double cy = height / 2 + Math.sin(angle) * height * 0.3;
            return Point2D.of(cx + (r.nextDouble() - 0.5) * width * 0.15, cy + (r.nextDouble() - 0.5) * height * 0.15);
        };
        if (linked.vertexSet().size() > 400) {
            IndexedFRLayoutAlgorithm2D<String, DefaultWeightedEdge> fr = new IndexedFRLayoutAlgorithm2D<>(60,
                    IndexedFRLayoutAlgorithm2D.DEFAULT_THETA_FACTOR, 0.5, new Random(7));
            fr.setInitializer(start);
            fr.layout(linked, model);
        } else if (!linked.vertexSet().isEmpty()) {
            new FRLayoutAlgorithm2D<String, DefaultWeightedEdge>(150, 0.5, new Random(7)).layout(linked, model);
        }
        java.util.DoubleSummaryStatistics yearStats = pending.stream()
                .filter(p -> p.kind().equals("paper") && p.year() != null).mapToDouble(Pending::year).summaryStatistics();
        double[] years = yearStats.getCount() > 0 ? new double[] {yearStats.getMin(), yearStats.getMax()} : null;
        // stretch the layout to fill the drawing area (the force layout leaves wide empty margins)
        // the 2nd to 98th percentile of the linked positions fill the area; outliers sit on its edge
        List<Double> xs = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        for (Pending p : pending) {
            Point2D point = model.get(p.id());
            if (point != null && degree.getOrDefault(p.id(), 0) > 0) {
                xs.add(point.getX());
                ys.add(point.getY());
            }
        }
        double minX = percentile(xs, 0.02);
        double maxX = percentile(xs, 0.98);
        double minY = percentile(ys, 0.02);
        double maxY = percentile(ys, 0.98);
        boolean stretch = maxX > minX && maxY > minY;
        List<MapNode> nodes = new ArrayList<>();
        long unlinked = pending.stream().filter(p -> degree.getOrDefault(p.id(), 0) == 0).count();
        int slot = 0;
        for (Pending p : pending) {
            Point2D point = degree.getOrDefault(p.id(), 0) > 0 ? model.get(p.id()) : null;
            double x;
            double y;
            if (point == null) {
                // unlinked: a row along the bottom edge
                x = unlinked <= 1 ? WIDTH / 2 : WIDTH * slot / (double) (unlinked - 1);
                y = HEIGHT;
                slot++;
            } else if (stretch) {
                x = point.getX();
                y = point.getY();
                x = clamp((x - minX) / (maxX - minX)) * WIDTH;
                y = clamp((y - minY) / (maxY - minY)) * HEIGHT * (unlinked > 0 ? 0.95 : 1);
            } else {
                x = point.getX();
                y = point.getY();
            }
            if (timeline && years != null) {
                x = p.year() == null ? -40 : years[1] == years[0] ? WIDTH / 2
                        : (p.year() - years[0]) / (years[1] - years[0]) * WIDTH;
            }
            nodes.add(new MapNode(p.id(), p.label(), p.kind(), p.title(), p.year(),
                    clusterOf.getOrDefault(p.id(), -1), degree.getOrDefault(p.id(), 0), round(x), round(y)));
        }
        return new RelatedMap(title, nodes, links, clusters, focus);
    }

    /** Label propagation over the paper–paper links; clusters of one paper are pooled as "other". */
    private static Map<String, Integer> cluster(List<Pending> pending, List<MapLink> links, RelatedIndex index,
                                                List<Cluster> out) {
        Graph<String, DefaultWeightedEdge> papers = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        pending.stream().filter(p -> p.kind().equals("paper")).forEach(p -> papers.addVertex(p.id()));
        for (MapLink l : links) {
            if (l.kind().equals("related") && papers.containsVertex(l.source()) && papers.containsVertex(l.target())
                    && !l.source().equals(l.target())) {
                papers.addEdge(l.source(), l.target());
            }
        }
        List<Set<String>> found = new ArrayList<>(new LabelPropagationClustering<>(papers, 100, new Random(11))
                .getClustering().getClusters());
        found.sort(Comparator.<Set<String>>comparingInt(Set::size).reversed()
                .thenComparing(c -> c.stream().sorted().findFirst().orElse("")));
        // the largest communities get the colours; papers of the small ones join the coloured community they
        // are most strongly linked to, pass by pass; what stays unlinked to any is "other"
        List<Set<String>> coloured = found.stream().filter(c -> c.size() >= 2).limit(PALETTE.length).toList();
        Map<String, Integer> clusterOf = new HashMap<>();
        for (int i = 0; i < coloured.size(); i++) {
            int cluster = i;
            coloured.get(i).forEach(p -> clusterOf.put(p, cluster));
        }
        Map<String, Map<String, Double>> weights = new HashMap<>();
        for (MapLink l : links) {
            if (l.kind().equals("related")) {
                weights.computeIfAbsent(l.source(), k -> new HashMap<>()).merge(l.target(), l.weight(), Double::sum);
                weights.computeIfAbsent(l.target(), k -> new HashMap<>()).merge(l.source(), l.weight(), Double::sum);
            }
        }
        List<String> unassigned = papers.vertexSet().stream().filter(p -> !clusterOf.containsKey(p)).sorted().toList();
        for (int pass = 0; pass < 10 && !unassigned.isEmpty(); pass++) {
            Map<String, Integer> joined = new HashMap<>();
            for (String p : unassigned) {
                Map<Integer, Double> score = new HashMap<>();
                weights.getOrDefault(p, Map.of()).forEach((q, w) -> {
                    Integer c = clusterOf.get(q);
                    if (c != null) {
                        score.merge(c, w, Double::sum);
                    }
                });
                score.entrySet().stream().max(Map.Entry.<Integer, Double>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                        .ifPresent(best -> joined.put(p, best.getKey()));
            }
            if (joined.isEmpty()) {
                break;
            }
            clusterOf.putAll(joined);
            unassigned = unassigned.stream().filter(p -> !clusterOf.containsKey(p)).toList();
        }
        for (int i = 0; i < coloured.size(); i++) {
            int cluster = i;
            Set<String> members = new java.util.HashSet<>();
            clusterOf.forEach((p, c) -> {
                if (c == cluster) {
                    members.add(p);
                }
            });
            List<String> concepts = characteristicConcepts(members, index);
            out.add(new Cluster(i, concepts.isEmpty() ? "cluster " + (i + 1) : String.join(", ", concepts), concepts,
                    PALETTE[i], members.size()));
        }
        List<String> others = unassigned;
        if (!others.isEmpty()) {
            int i = out.size();
            out.add(new Cluster(i, "other", List.of(), OTHER_COLOR, others.size()));
            others.forEach(p -> clusterOf.put(p, i));
        }
        return clusterOf;
    }

    /** The concepts most over-represented in a cluster (share in cluster / share in corpus), at most three. */
    static List<String> characteristicConcepts(Set<String> cluster, RelatedIndex index) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, RelatedIndex.Thing> byIri = new HashMap<>();
        for (String p : cluster) {
            for (RelatedIndex.Thing t : index.things(p)) {
                if (t.kind().equals("concept")) {
                    counts.merge(t.iri(), 1, Integer::sum);
                    byIri.put(t.iri(), t);
                }
            }
        }
        double n = index.papers().size();
        int minCount = cluster.size() >= 4 ? 2 : 1;
        return counts.entrySet().stream().filter(e -> e.getValue() >= minCount)
                .sorted(Comparator.<Map.Entry<String, Integer>>comparingDouble(e ->
                        -(e.getValue() / (double) cluster.size()) / (byIri.get(e.getKey()).df() / n) * Math.log1p(e.getValue()))
                        .thenComparing(Map.Entry::getKey))
                .limit(3).map(e -> byIri.get(e.getKey()).label()).toList();
    }

    private static double percentile(List<Double> values, double q) {
        if (values.isEmpty()) {
            return 0;
        }
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get((int) Math.min(sorted.size() - 1, Math.round(q * (sorted.size() - 1))));
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
