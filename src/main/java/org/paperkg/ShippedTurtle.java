package org.paperkg;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.graph.GraphFactory;

/** Reads the Turtle files packaged in the jar (the ontology, the concept scheme). */
public final class ShippedTurtle {
    private ShippedTurtle() {
    }

    /** The triples of a Turtle resource on the class path, in a new in-memory graph. */
    public static Graph read(String resource) {
        JenaStart.ensure();
        Graph graph = GraphFactory.createDefaultGraph();
        try (InputStream in = ShippedTurtle.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new PaperkgException("resource " + resource + " is missing from the class path");
            }
            RDFDataMgr.read(graph, in, Lang.TURTLE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return graph;
    }
}
