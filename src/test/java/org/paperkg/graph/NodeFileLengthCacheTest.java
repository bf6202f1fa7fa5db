package org.paperkg.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The node file's length cache: it goes in where TDB2 keeps the node file, and a store with it writes the same
 * bytes as TDB2 alone through commits, an aborted transaction and reads between writes.
 */
class NodeFileLengthCacheTest {
    @TempDir
    Path dir;

    @Test
    void wrapsTheOneNodeFileOfAStoreOnDiskOnce() {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Location.create(dir.resolve("s")));
        try {
            assertThat(NodeFileLengthCache.install(dsg)).isEqualTo(1);
            assertThat(NodeFileLengthCache.install(dsg)).isZero();
        } finally {
            TDBInternal.expel(dsg);
        }
    }

    @Test
    void leavesAStoreInMemoryAlone() {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Location.mem());
        assertThat(NodeFileLengthCache.install(dsg)).isZero();
        dsg.close();
    }

    @Test
    void aStoreWithTheCacheWritesTheSameNodeFileAsTdb2Alone() throws IOException {
        Path plain = dir.resolve("plain");
        Path cached = dir.resolve("cached");
        List<Quad> plainQuads = writeAndRead(plain, false);
        List<Quad> cachedQuads = writeAndRead(cached, true);

        assertThat(cachedQuads).hasSize(2 * 300).containsExactlyInAnyOrderElementsOf(plainQuads);
        assertThat(Files.readAllBytes(nodeFile(cached))).isEqualTo(Files.readAllBytes(nodeFile(plain)));
        DatasetGraph reopened = DatabaseMgr.connectDatasetGraph(Location.create(cached));
        try {
            Set<Quad> found = new HashSet<>();
            Txn.executeRead(reopened, () -> reopened.find().forEachRemaining(found::add));
            assertThat(found).containsExactlyInAnyOrderElementsOf(plainQuads);
        } finally {
            TDBInternal.expel(reopened);
        }
    }

    /**
     * Commits a batch, aborts one (TDB2 truncates the node file back), commits another whose writes are interleaved
     * with reads; returns what the store holds. Each batch writes more than the 128 KiB write buffer holds, so the
     * file grows and shrinks under the cache.
     */
    private static List<Quad> writeAndRead(Path store, boolean withCache) {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Location.create(store));
        try {
            if (withCache) {
                assertThat(NodeFileLengthCache.install(dsg)).isEqualTo(1);
            }
            Txn.executeWrite(dsg, () -> addBatch(dsg, "first", false));
            assertThatThrownBy(() -> Txn.executeWrite(dsg, () -> {
                addBatch(dsg, "aborted", false);
                throw new IllegalStateException("abort");
            })).hasMessage("abort");
            Txn.executeWrite(dsg, () -> addBatch(dsg, "second", true));
            List<Quad> all = new ArrayList<>();
            Txn.executeRead(dsg, () -> dsg.find().forEachRemaining(all::add));
            return all;
        } finally {
            TDBInternal.expel(dsg);
        }
    }

    private static void addBatch(DatasetGraph dsg, String tag, boolean readBetween) {
        for (int i = 0; i < 300; i++) {
            Node g = NodeFactory.createURI("https://example.org/" + tag + "/g" + (i % 7));
            Node s = NodeFactory.createURI("https://example.org/" + tag + "/s" + i);
            Node o = NodeFactory.createLiteralString(tag + " sentence " + i + " " + "x".repeat(500 + i % 50));
            dsg.add(g, s, NodeFactory.createURI("https://example.org/p"), o);
            if (readBetween && i % 10 == 0) {
                assertThat(dsg.find(g, s, Node.ANY, Node.ANY).next().getObject()).isEqualTo(o);
            }
        }
    }

    private static Path nodeFile(Path store) {
        return store.resolve("Data-0001").resolve("nodes-data.obj");
    }
}
