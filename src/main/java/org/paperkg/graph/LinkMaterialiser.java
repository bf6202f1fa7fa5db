package org.paperkg.graph;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.paperkg.related.RelatedIndex;
import org.paperkg.related.RelatedPaper;

/**
 * Materialises each paper's top related-work links in the related graph, replaced whole in one transaction:
 * {@code paper pkg:relatedTo other}, and a {@code pkg:RelatedLink} with its score and the shared things.
 */
public final class LinkMaterialiser {
    private final PaperStore store;

    public LinkMaterialiser(PaperStore store) {
        this.store = store;
    }

    /** Writes the links; returns how many. */
    public int materialise(RelatedIndex index, int perPaper) {
        Node g = NodeFactory.createURI(Iris.LINKS_GRAPH);
        List<Quad> quads = new ArrayList<>();
        int links = 0;
        for (String paper : index.papers().keySet()) {
            Node from = NodeFactory.createURI(paper);
            for (RelatedPaper r : index.related(paper, perPaper)) {
                Node to = NodeFactory.createURI(r.iri());
                Node link = NodeFactory.createURI(Iris.relatedLink(paper, r.iri()));
                quads.add(new Quad(g, from, PKG.relatedTo.asNode(), to));
                quads.add(new Quad(g, link, RDF.type.asNode(), PKG.RelatedLink.asNode()));
                quads.add(new Quad(g, link, PKG.linkSource.asNode(), from));
                quads.add(new Quad(g, link, PKG.linkTarget.asNode(), to));
                quads.add(new Quad(g, link, PKG.score.asNode(),
                        NodeFactory.createLiteralDT(String.valueOf(r.score()), XSDDatatype.XSDdouble)));
                for (RelatedPaper.Reason reason : r.reasons()) {
                    RelatedIndex.Thing t = index.papers().isEmpty() ? null : thingByLabel(index, paper, reason.label());
                    if (t != null) {
                        quads.add(new Quad(g, link, PKG.shares.asNode(), NodeFactory.createURI(t.iri())));
                    }
                }
                links++;
            }
        }
        DatasetGraph dsg = store.datasetGraph();
        Txn.executeWrite(dsg, () -> {
            dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
            quads.forEach(dsg::add);
        });
        return links;
    }

    private static RelatedIndex.Thing thingByLabel(RelatedIndex index, String paper, String label) {
        return index.things(paper).stream().filter(t -> t.label().equals(label)).findFirst().orElse(null);
    }
}
