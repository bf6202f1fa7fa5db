package org.paperkg.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.params.StoreParamsCodec;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The TDB2 store on disk: the indexes it is created with, what every access pattern finds, compaction. */
class PaperStoreTest {
    @TempDir
    Path dir;

    private static final Node G1 = uri("g1");
    private static final Node G2 = uri("g2");
    private static final Node S = uri("s");
    private static final Node P = uri("p");
    private static final Node Q = uri("q");
    private static final Node O = NodeFactory.createLiteralString("o");
    private static final List<Quad> QUADS = List.of(new Quad(G1, S, P, O), new Quad(G1, S, Q, uri("x")),
            new Quad(G2, uri("t"), P, O), new Quad(G2, S, P, uri("y")));

    private static Node uri(String local) {
        return NodeFactory.createURI("https://example.org/" + local);
    }

    @Test
    void aNewStoreRecordsItsQuadIndexesAndFindsEveryPatternAfterReopening() {
        Path store = dir.resolve("store");
        try (PaperStore s = PaperStore.open(store)) {
            Txn.executeWrite(s.datasetGraph(), () -> QUADS.forEach(s.datasetGraph()::add));
        }
        assertThat(StoreParamsCodec.read(Location.create(store)).getQuadIndexes())
                .containsExactly(PaperStore.QUAD_INDEXES);
        try (PaperStore s = PaperStore.open(store)) {
            assertThat(TDBInternal.getDatasetGraphTDB(s.datasetGraph()).getStoreParams().getQuadIndexes())
                    .containsExactly(PaperStore.QUAD_INDEXES);
            assertEveryPatternFindsExactlyItsQuads(s.datasetGraph(), QUADS);
        }
    }

    @Test
    void aStoreCreatedWithTdb2DefaultsKeepsItsSixIndexes() {
        Path store = dir.resolve("old");
        DatasetGraph old = DatabaseMgr.connectDatasetGraph(Location.create(store));
        Txn.executeWrite(old, () -> QUADS.forEach(old::add));
        TDBInternal.expel(old);
        try (PaperStore s = PaperStore.open(store)) {
            assertThat(TDBInternal.getDatasetGraphTDB(s.datasetGraph()).getStoreParams().getQuadIndexes()).hasSize(6);
            assertEveryPatternFindsExactlyItsQuads(s.datasetGraph(), QUADS);
        }
    }

    @Test
    void compactionKeepsTheQuadsAndLeavesNoFilesOfUnusedIndexes() throws Exception {
        Path store = dir.resolve("compact");
        Quad later = new Quad(G2, uri("u"), Q, O);
        List<Quad> all = Stream.concat(QUADS.stream(), Stream.of(later)).toList();
        try (PaperStore s = PaperStore.open(store)) {
            Txn.executeWrite(s.datasetGraph(), () -> QUADS.forEach(s.datasetGraph()::add));
            // a second transaction leaves old blocks behind
            Txn.executeWrite(s.datasetGraph(), () -> s.datasetGraph().add(later));
            s.compact();
        }
        List<String> files;
        try (Stream<Path> walk = Files.walk(store)) {
            files = walk.map(p -> store.relativize(p).toString()).toList();
        }
        assertThat(files).anyMatch(f -> f.startsWith("Data-0002") && f.endsWith("GSPO.bpt"))
                .noneMatch(f -> f.startsWith("Data-0001"))
                .noneMatch(f -> f.contains("GPOS.") || f.contains("GOSP."));
        try (PaperStore s = PaperStore.open(store)) {
            assertThat(s.quadCount()).isEqualTo(all.size());
            assertEveryPatternFindsExactlyItsQuads(s.datasetGraph(), all);
        }
    }

    @Test
    void countsQuadsInAllGraphsOrAllButOne() {
        try (PaperStore s = PaperStore.open(dir.resolve("count"))) {
            Txn.executeWrite(s.datasetGraph(), () -> QUADS.forEach(s.datasetGraph()::add));
            assertThat(s.quadCount()).isEqualTo(QUADS.size());
            assertThat(s.quadCountOutside(G1.getURI())).isEqualTo(QUADS.stream().filter(q -> !q.getGraph().equals(G1)).count())
                    .isEqualTo(2);
            assertThat(s.quadCountOutside("https://example.org/no-such-graph")).isEqualTo(QUADS.size());
        }
    }

    /** Each of the 16 patterns of bound and unbound positions finds the quads that match it, and only those. */
    private static void assertEveryPatternFindsExactlyItsQuads(DatasetGraph dsg, List<Quad> stored) {
        Txn.executeRead(dsg, () -> {
            for (Quad q : stored) {
                for (int mask = 0; mask < 16; mask++) {
                    Node g = (mask & 1) != 0 ? q.getGraph() : Node.ANY;
                    Node s = (mask & 2) != 0 ? q.getSubject() : Node.ANY;
                    Node p = (mask & 4) != 0 ? q.getPredicate() : Node.ANY;
                    Node o = (mask & 8) != 0 ? q.getObject() : Node.ANY;
                    List<Quad> expected = stored.stream().filter(x -> matches(g, x.getGraph()) && matches(s, x.getSubject())
                            && matches(p, x.getPredicate()) && matches(o, x.getObject())).toList();
                    List<Quad> found = new ArrayList<>();
                    dsg.find(g, s, p, o).forEachRemaining(found::add);
                    assertThat(found).as("find(%s, %s, %s, %s)", g, s, p, o).containsExactlyInAnyOrderElementsOf(expected);
                }
            }
        });
    }

    private static boolean matches(Node pattern, Node node) {
        return pattern == Node.ANY || pattern.equals(node);
    }
}
