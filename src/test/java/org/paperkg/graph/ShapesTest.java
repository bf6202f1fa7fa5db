package org.paperkg.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.paperkg.extract.SharedExtractor;
import org.paperkg.query.QueryLibrary;

/** The graph of an ingested corpus conforms to ontology/shapes.ttl: every fact backed by a mention, and so on. */
class ShapesTest {
    private static final Shapes SHAPES = Shapes.parse(RDFDataMgr.loadGraph("ontology/shapes.ttl"));

    @Test
    void ingestedGraphConformsToTheShapes() {
        PaperStore store = PaperStore.inMemory();
        try (Ingester ingester = new Ingester(store, SharedExtractor::get, QueryLibrary.load(),
                Ingester.Settings.defaults(), Ingester.Listener.SILENT)) {
            ingester.ingest(List.of(Path.of("examples"), Path.of("src/test/resources/fixtures/markup.jsonl")));
        }
        ValidationReport report = Txn.calculateRead(store.dataset(), () -> {
            Graph union = store.dataset().getUnionModel().getGraph();
            return ShaclValidator.get().validate(SHAPES, union);
        });
        if (!report.conforms()) {
            ShLib.printReport(report);
        }
        assertThat(report.conforms()).isTrue();
    }

    @Test
    void aMentionWithoutEvidenceIsReported() {
        Graph g = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        RDFDataMgr.read(g, new java.io.StringReader("""
                @prefix pkg: <https://w3id.org/paperkg/ns#> .
                <https://example.org/m> a pkg:Mention ; pkg:mentionOf <https://example.org/e> ; pkg:confidence "1.5"^^<http://www.w3.org/2001/XMLSchema#double> .
                """), null, org.apache.jena.riot.Lang.TURTLE);
        ValidationReport report = ShaclValidator.get().validate(SHAPES, g);
        assertThat(report.conforms()).isFalse();
        assertThat(report.getEntries().size()).isGreaterThan(3);
    }
}
