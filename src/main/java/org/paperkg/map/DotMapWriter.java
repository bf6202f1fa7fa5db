package org.paperkg.map;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

/**
 * Writes a map for Graphviz: node positions as {@code pos="x,y!"} (render the same layout with
 * {@code neato -n2 -Tsvg}), labels, tooltips, cluster colours and pen widths by score.
 */
final class DotMapWriter implements MapFormat.MapWriter {

    @Override
    public void write(RelatedMap map, Writer out) throws IOException {
        StringBuilder s = new StringBuilder();
        s.append("graph paperkg {\n");
        s.append("  graph [label=").append(quote(map.title())).append(", labelloc=t, outputorder=edgesfirst];\n");
        s.append("  node [shape=circle, style=filled, fontname=\"Helvetica\", fontsize=10, label=\"\"];\n");
        s.append("  edge [color=\"#88888899\"];\n");
        for (MapNode n : map.nodes()) {
            String color = n.isPaper() ? (n.cluster() >= 0 ? map.clusters().get(n.cluster()).color() : "#b0b0b0")
                    : SvgMapWriter.KIND_COLORS.getOrDefault(n.kind(), "#555555");
            double size = SvgMapWriter.radius(n) * 2 / 72;
            s.append(String.format(Locale.ROOT, "  %s [xlabel=%s, tooltip=%s, fillcolor=\"%s\", shape=%s, width=%.3f,"
                            + " pos=\"%.1f,%.1f!\", kind=%s, cluster=%d];%n",
                    quote(n.id()), quote(n.label()), quote(n.title() + (n.year() == null ? "" : " (" + n.year() + ")")),
                    color, n.isPaper() ? "circle" : "diamond", size, n.x(), MapLayout.HEIGHT - n.y(), quote(n.kind()),
                    n.cluster()));
        }
        double max = map.links().stream().mapToDouble(MapLink::weight).max().orElse(1);
        for (MapLink l : map.links()) {
            s.append(String.format(Locale.ROOT, "  %s -- %s [penwidth=%.2f, weight=%.3f, kind=%s, tooltip=%s];%n",
                    quote(l.source()), quote(l.target()), 0.5 + 3 * l.weight() / max, l.weight(), quote(l.kind()),
                    quote(String.join("; ", l.reasons()))));
        }
        s.append("}\n");
        out.write(s.toString());
    }

    /** A DOT double-quoted string: backslashes and quotes escaped, line breaks as spaces. */
    static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replaceAll("[\\r\\n]+", " ") + "\"";
    }
}
