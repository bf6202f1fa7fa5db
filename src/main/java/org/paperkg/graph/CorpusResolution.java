package org.paperkg.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.paperkg.query.QueryLibrary;
import org.paperkg.query.QueryRunner;
import org.paperkg.resolve.EntityResolver;

/**
 * Rebuilds the entities graph from what all stored papers say: resolved entities with their types, labels and
 * votes, each paper's usesMethod / usesDataset / proposes links, and the paper counts that related-work weights
 * use. The graph is replaced whole in one transaction, so it always matches the papers stored.
 */
public final class CorpusResolution {
    public static final String CORPUS = Iris.BASE + "corpus";

    private final PaperStore store;
    private final QueryLibrary queries;

    public CorpusResolution(PaperStore store, QueryLibrary queries) {
        this.store = store;
        this.queries = queries;
    }

    /** Summary of a resolution run: {@code quads} in the entities graph it left, {@code changed} of them added or removed. */
    public record Summary(int entities, int methods, int datasets, int links, int quads, int changed) {
    }

    /** Resolves what the papers in the store say. */
    public Summary run() {
        return run(ResolutionInput.read(new QueryRunner(store.dataset()), queries));
    }

    /** Resolves the given input, which must be what the papers in the store say (see {@link ResolutionInput}). */
    public Summary run(ResolutionInput input) {
        long papers = store.paperCount();
        EntityResolver.Resolution resolution = new EntityResolver(Iris::entity).resolve(input.mentions(), input.labels());

        Node g = NodeFactory.createURI(Iris.ENTITIES_GRAPH);
        List<Quad> quads = new ArrayList<>();
        quads.add(new Quad(g, NodeFactory.createURI(CORPUS), PKG.paperCount.asNode(), integer(papers)));
        int methods = 0;
        for (EntityResolver.ResolvedEntity e : resolution.entities()) {
            Node entity = NodeFactory.createURI(e.iri());
            quads.add(new Quad(g, entity, RDF.type.asNode(), (e.dataset() ? PKG.Dataset : PKG.Method).asNode()));
            quads.add(new Quad(g, entity, RDF.type.asNode(), PKG.Entity.asNode()));
            quads.add(new Quad(g, entity, RDFS.label.asNode(), NodeFactory.createLiteralString(e.label())));
            for (String label : e.labels()) {
                quads.add(new Quad(g, entity, SKOS.altLabel.asNode(), NodeFactory.createLiteralString(label)));
            }
            quads.add(new Quad(g, entity, PKG.methodVotes.asNode(), xsdDouble(e.methodVotes())));
            quads.add(new Quad(g, entity, PKG.datasetVotes.asNode(), xsdDouble(e.datasetVotes())));
            quads.add(new Quad(g, entity, PKG.paperCount.asNode(), integer(e.paperCount())));
            for (String member : e.members()) {
                quads.add(new Quad(g, NodeFactory.createURI(member), PKG.resolvesTo.asNode(), entity));
            }
            methods += e.dataset() ? 0 : 1;
        }
        for (EntityResolver.PaperLink link : resolution.links()) {
            quads.add(new Quad(g, NodeFactory.createURI(link.paper()), NodeFactory.createURI(PKG.NS + link.claim()),
                    NodeFactory.createURI(link.entity())));
        }
        input.conceptPapers().forEach((concept, count) -> quads.add(new Quad(g, NodeFactory.createURI(concept),
                PKG.paperCount.asNode(), integer(count))));
        Set<Quad> wanted = new java.util.LinkedHashSet<>(quads);
        DatasetGraph dsg = store.datasetGraph();
        int changed = Txn.calculateWrite(dsg, () -> replaceGraph(dsg, g, wanted));
        int entities = resolution.entities().size();
        return new Summary(entities, methods, entities - methods, resolution.links().size(), wanted.size(), changed);
    }

    /**
     * Makes the graph hold exactly the wanted quads, touching only those that differ: re-resolving a corpus that
     * did not change writes nothing, and adding a few papers to a large store rewrites only what they change.
     */
    private static int replaceGraph(DatasetGraph dsg, Node g, Set<Quad> wanted) {
        List<Quad> stale = new ArrayList<>();
        Set<Quad> present = new java.util.HashSet<>();
        dsg.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
            if (wanted.contains(q)) {
                present.add(q);
            } else {
                stale.add(q);
            }
        });
        stale.forEach(dsg::delete);
        int changed = stale.size();
        for (Quad q : wanted) {
            if (!present.contains(q)) {
                dsg.add(q);
                changed++;
            }
        }
        return changed;
    }

    private static Node integer(long n) {
        return NodeFactory.createLiteralDT(String.valueOf(n), XSDDatatype.XSDinteger);
    }

    /** In XSD canonical form ("1.5e0"), the form TDB2 gives back, so that an unchanged value compares equal. */
    private static Node xsdDouble(double d) {
        return org.apache.jena.sparql.expr.NodeValue.makeDouble(d).asNode();
    }
}
