package org.paperkg.map;

import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a map as standalone SVG: papers as circles sized by degree and coloured by cluster, techniques as
 * diamonds, links thickened by score, a legend naming each cluster; every title is escaped text.
 */
final class SvgMapWriter implements MapFormat.MapWriter {
    static final double MARGIN = 40;
    static final double LEGEND = 260;

    static final Map<String, String> KIND_COLORS = Map.of("method", "#555555", "dataset", "#8a6d3b", "concept", "#3b6e8a");

    @Override
    public void write(RelatedMap map, Writer out) throws IOException {
        out.write(svg(map, true));
    }

    /** The SVG document; {@code standalone} adds the XML declaration. */
    static String svg(RelatedMap map, boolean standalone) {
        double width = MapLayout.WIDTH + 2 * MARGIN + LEGEND;
        double height = MapLayout.HEIGHT + 2 * MARGIN + 30;
        StringBuilder s = new StringBuilder();
        if (standalone) {
            s.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        }
        s.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"map\" viewBox=\"0 0 %.0f %.0f\""
                + " width=\"%.0f\" height=\"%.0f\" font-family=\"Helvetica, Arial, sans-serif\">%n", width, height, width, height));
        s.append("<title>").append(Xml.escape(map.title())).append("</title>\n");
        s.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        s.append(String.format(Locale.ROOT, "<text x=\"%.0f\" y=\"24\" font-size=\"16\" font-weight=\"bold\">%s</text>%n",
                MARGIN, Xml.escape(truncate(map.title(), 110))));
        Map<String, MapNode> byId = new HashMap<>();
        map.nodes().forEach(n -> byId.put(n.id(), n));
        double maxWeight = map.links().stream().filter(l -> l.kind().equals("related"))
                .mapToDouble(MapLink::weight).max().orElse(1);
        double scale = sizeScale(map);
        String related = scale < 1 ? String.format(Locale.ROOT, "%.2f", 0.7 * scale * scale) : "0.7";
        s.append("<g id=\"viewport\">\n<g class=\"links\">\n");
        for (MapLink l : map.links()) {
            MapNode a = byId.get(l.source());
            MapNode b = byId.get(l.target());
            if (a == null || b == null) {
                continue;
            }
            boolean isRelated = l.kind().equals("related");
            double w = (isRelated ? 0.6 + 4.0 * l.weight() / maxWeight : 0.7) * scale;
            s.append(String.format(Locale.ROOT, "<line class=\"link %s\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\""
                    + " stroke=\"%s\" stroke-width=\"%.2f\" stroke-opacity=\"%s\" data-source=\"%s\" data-target=\"%s\">",
                    l.kind(), x(a), y(a), x(b), y(b), isRelated ? "#888888" : "#c8c8c8", w, isRelated ? related : "0.6",
                    Xml.escape(l.source()), Xml.escape(l.target())));
            if (isRelated) {
                s.append("<title>").append(Xml.escape(String.format(Locale.ROOT, "score %.2f: %s", l.weight(),
                        String.join("; ", l.reasons())))).append("</title>");
            }
            s.append("</line>\n");
        }
        s.append("</g>\n<g class=\"nodes\">\n");
        boolean labelAll = map.nodes().size() <= 80;
        int maxDegree = map.nodes().stream().mapToInt(MapNode::degree).max().orElse(1);
        for (MapNode n : map.nodes()) {
            double r = radius(n) * scale;
            String color = n.isPaper() ? (n.cluster() >= 0 ? map.clusters().get(n.cluster()).color() : "#b0b0b0")
                    : KIND_COLORS.getOrDefault(n.kind(), "#555555");
            boolean focus = n.id().equals(map.focus());
            s.append(String.format(Locale.ROOT, "<g class=\"node %s%s\" data-id=\"%s\" transform=\"translate(%.1f,%.1f)\">",
                    n.kind(), focus ? " focus" : "", Xml.escape(n.id()), x(n), y(n)));
            s.append("<title>").append(Xml.escape(n.title() + (n.year() == null ? "" : " (" + n.year() + ")")))
                    .append("</title>");
            if (n.isPaper()) {
                s.append(String.format(Locale.ROOT, "<circle r=\"%.1f\" fill=\"%s\" stroke=\"%s\" stroke-width=\"%s\"/>",
                        r, color, focus ? "#000000" : "#ffffff", focus ? "2.5" : "1"));
            } else {
                s.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\""
                        + " transform=\"rotate(45)\"/>", -r * 0.8, -r * 0.8, r * 1.6, r * 1.6, color));
            }
            if (labelAll || focus || n.degree() * 3 >= maxDegree * 2) {
                s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"4\" font-size=\"%s\" fill=\"%s\">%s</text>",
                        r + 3, n.isPaper() ? "11" : "10", n.isPaper() ? "#222222" : color,
                        Xml.escape(truncate(n.label(), 40))));
            }
            s.append("</g>\n");
        }
        s.append("</g>\n</g>\n");
        legend(s, map);
        s.append("</svg>\n");
        return s.toString();
    }

    private static void legend(StringBuilder s, RelatedMap map) {
        double x = MapLayout.WIDTH + 2 * MARGIN;
        double y = MARGIN + 20;
        s.append("<g class=\"legend\">\n");
        s.append(String.format(Locale.ROOT, "<text x=\"%.0f\" y=\"%.0f\" font-size=\"13\" font-weight=\"bold\">Clusters</text>%n",
                x, y));
        for (Cluster c : map.clusters()) {
            y += 20;
            s.append(String.format(Locale.ROOT, "<circle cx=\"%.0f\" cy=\"%.0f\" r=\"6\" fill=\"%s\"/>", x + 6, y - 4, c.color()));
            s.append(String.format(Locale.ROOT, "<text x=\"%.0f\" y=\"%.0f\" font-size=\"11\">%s (%d)</text>%n", x + 18, y,
                    Xml.escape(truncate(c.name(), 34)), c.size()));
        }
        y += 30;
        for (String kind : new String[] {"method", "dataset", "concept"}) {
            if (map.nodes().stream().anyMatch(n -> n.kind().equals(kind))) {
                s.append(String.format(Locale.ROOT, "<rect x=\"%.0f\" y=\"%.0f\" width=\"9\" height=\"9\" fill=\"%s\""
                        + " transform=\"rotate(45 %.1f %.1f)\"/>", x + 2, y - 9, KIND_COLORS.get(kind), x + 6.5, y - 4.5));
                s.append(String.format(Locale.ROOT, "<text x=\"%.0f\" y=\"%.0f\" font-size=\"11\">%s</text>%n", x + 18, y, kind));
                y += 18;
            }
        }
        s.append(String.format(Locale.ROOT, "<text x=\"%.0f\" y=\"%.0f\" font-size=\"10\" fill=\"#666666\">"
                + "node size: links; line width: score</text>%n", x, y + 10));
        s.append("</g>\n");
    }

    /** Large maps get smaller nodes, so that the structure stays visible. */
    static double sizeScale(RelatedMap map) {
        int n = map.nodes().size();
        return n <= 300 ? 1 : Math.max(0.25, Math.sqrt(300.0 / n));
    }

    static double radius(MapNode n) {
        return (n.isPaper() ? 4 : 3.5) + 1.6 * Math.sqrt(n.degree());
    }

    static double x(MapNode n) {
        return MARGIN + n.x();
    }

    static double y(MapNode n) {
        return MARGIN + 30 + n.y();
    }

    static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
