package org.paperkg.map;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Writes a map as GraphML (for Gephi, yEd, Cytoscape): node and edge attributes declared as keys. */
final class GraphMlMapWriter implements MapFormat.MapWriter {
    private static final String NS = "http://graphml.graphdrawing.org/xmlns";

    @Override
    public void write(RelatedMap map, Writer out) throws IOException {
        try {
            XMLStreamWriter x = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeCharacters("\n");
            x.writeStartElement("graphml");
            x.writeDefaultNamespace(NS);
            key(x, "label", "node", "label", "string");
            key(x, "kind", "node", "kind", "string");
            key(x, "title", "node", "title", "string");
            key(x, "year", "node", "year", "int");
            key(x, "cluster", "node", "cluster", "string");
            key(x, "color", "node", "color", "string");
            key(x, "x", "node", "x", "double");
            key(x, "y", "node", "y", "double");
            key(x, "weight", "edge", "weight", "double");
            key(x, "relation", "edge", "relation", "string");
            key(x, "reasons", "edge", "reasons", "string");
            x.writeStartElement("graph");
            x.writeAttribute("id", "paperkg");
            x.writeAttribute("edgedefault", "undirected");
            for (MapNode n : map.nodes()) {
                x.writeStartElement("node");
                x.writeAttribute("id", n.id());
                data(x, "label", n.label());
                data(x, "kind", n.kind());
                data(x, "title", n.title());
                if (n.year() != null) {
                    data(x, "year", String.valueOf(n.year()));
                }
                if (n.cluster() >= 0) {
                    data(x, "cluster", map.clusters().get(n.cluster()).name());
                    data(x, "color", map.clusters().get(n.cluster()).color());
                }
                data(x, "x", String.format(Locale.ROOT, "%.1f", n.x()));
                data(x, "y", String.format(Locale.ROOT, "%.1f", n.y()));
                x.writeEndElement();
            }
            int i = 0;
            for (MapLink l : map.links()) {
                x.writeStartElement("edge");
                x.writeAttribute("id", "e" + i++);
                x.writeAttribute("source", l.source());
                x.writeAttribute("target", l.target());
                data(x, "weight", String.format(Locale.ROOT, "%.3f", l.weight()));
                data(x, "relation", l.kind());
                if (!l.reasons().isEmpty()) {
                    data(x, "reasons", String.join("; ", l.reasons()));
                }
                x.writeEndElement();
            }
            x.writeEndElement();
            x.writeEndElement();
            x.writeEndDocument();
            x.flush();
            out.write("\n");
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    private static void key(XMLStreamWriter x, String id, String domain, String name, String type) throws XMLStreamException {
        x.writeEmptyElement("key");
        x.writeAttribute("id", id);
        x.writeAttribute("for", domain);
        x.writeAttribute("attr.name", name);
        x.writeAttribute("attr.type", type);
    }

    private static void data(XMLStreamWriter x, String key, String value) throws XMLStreamException {
        x.writeStartElement("data");
        x.writeAttribute("key", key);
        x.writeCharacters(value);
        x.writeEndElement();
    }
}
