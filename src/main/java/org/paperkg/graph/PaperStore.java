package org.paperkg.graph;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.tdb2.params.StoreParams;
import org.apache.jena.tdb2.params.StoreParamsBuilder;
import org.apache.jena.tdb2.params.StoreParamsCodec;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDF;
import org.paperkg.JenaStart;
import org.paperkg.ShippedTurtle;
import org.paperkg.corpus.Paper;
import org.paperkg.extract.ConceptScheme;

/**
 * The TDB2 store: one named graph per paper, an entities graph built by the resolver, and the ontology graph.
 * The default graph is the union of the named graphs, so queries need no GRAPH clause. All access goes through
 * transactions; only this package writes.
 */
public final class PaperStore implements AutoCloseable {
    private static final String VOCABULARY = "ontology/paperkg.ttl";

    private final DatasetGraph dsg;
    private final Dataset dataset;
    private final String description;

    private PaperStore(DatasetGraph dsg, String description) {
        this.dsg = dsg;
        this.dataset = DatasetFactory.wrap(dsg);
        this.dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        this.description = description;
    }

    /**
     * The quad indexes of a store paperkg creates. Queries read the union of the named graphs, with the graph
     * unbound, which the three indexes that end in G serve; GSPO serves a graph by name (a paper's graph replaced
     * on re-ingest, the entities graph rebuilt). TDB2's two others, GPOS and GOSP, would serve only patterns
     * inside a named graph with its subject unbound, and each index costs one B+tree insert per quad written.
     */
    static final String[] QUAD_INDEXES = {"GSPO", "SPOG", "POSG", "OSPG"};
    /** TDB2's other quad indexes, left out of new stores: see {@link #QUAD_INDEXES}. */
    private static final List<String> UNUSED_QUAD_INDEXES = List.of("GPOS", "GOSP");

    /**
     * TDB2's default settings but for the quad indexes. TDB2 records them in the store folder's {@code tdb.cfg}
     * when it creates a store, and every later open uses what is recorded; a store created with TDB2's defaults
     * (an older paperkg) keeps its six indexes.
     */
    private static StoreParams storeParams(StoreParams defaults) {
        return StoreParamsBuilder.create(defaults).quadIndexes(QUAD_INDEXES).build();
    }

    /** Opens (creating if needed) the store in a folder. */
    public static PaperStore open(Path dir) {
        // Jena starts before any TDB2 class: the models may be loading on another thread, which needs Jena too
        JenaStart.ensure();
        try {
            Files.createDirectories(dir);
            DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Location.create(dir),
                    storeParams(StoreParams.getDftStoreParams()));
            NodeFileLengthCache.install(dsg);
            return new PaperStore(dsg, dir.toString());
        } catch (java.nio.file.FileSystemException e) {
            throw new StoreException("cannot create store folder " + dir + ": " + e.getMessage(), e);
        } catch (java.io.IOException e) {
            throw new StoreException("cannot open store " + dir + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            String msg = String.valueOf(e.getMessage());
            if (msg.contains("lock")) {
                throw new StoreException("store " + dir + " is in use by another process (" + msg
                        + "). TDB2 allows one process per store: stop that process (e.g. a running 'paperkg serve'),"
                        + " then run this command again", e);
            }
            throw new StoreException("cannot open store " + dir + ": " + msg, e);
        }
    }

    /** True when there is no store in the folder yet: it does not exist or is empty. */
    public static boolean isAbsent(Path dir) {
        if (!Files.isDirectory(dir)) {
            return true;
        }
        try (java.util.stream.Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (java.io.IOException e) {
            return false;
        }
    }

    /**
     * Rewrites the store without the blocks that earlier transactions left behind (TDB2 copies every index block a
     * commit changes) and deletes the old files. Holds the store alone while it runs; readers see the same data.
     */
    public void compact() {
        DatabaseMgr.compact(dsg, true);
        dropUnusedIndexFiles();
    }

    /**
     * TDB2's compaction writes the new generation of the store with its default six quad indexes, whatever the
     * store's {@code tdb.cfg} says; every later open reads only the indexes recorded there. Deletes the files of
     * the two that nothing will read. On Linux the files stay readable to this process until it closes the store.
     */
    private void dropUnusedIndexFiles() {
        StoreParams recorded = StoreParamsCodec.read(TDBInternal.getDatabaseContainer(dsg).getLocation());
        if (recorded == null) {
            return; // a store created with TDB2's defaults uses all six
        }
        List<String> used = List.of(recorded.getQuadIndexes());
        Path storage = Path.of(TDBInternal.getDatasetGraphTDB(dsg).getLocation().getDirectoryPath());
        for (String index : UNUSED_QUAD_INDEXES) {
            if (used.contains(index)) {
                continue;
            }
            for (String ext : List.of(".bpt", ".dat", ".idn")) {
                try {
                    Files.deleteIfExists(storage.resolve(index + ext));
                } catch (java.io.IOException e) {
                    // left in place: unused, so only its space is lost
                }
            }
        }
    }

    /** Bytes the files under a folder take. */
    public static long sizeOnDisk(Path dir) {
        try (java.util.stream.Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        } catch (java.io.IOException e) {
            throw new StoreException("cannot measure " + dir + ": " + e.getMessage(), e);
        }
    }

    /** An in-memory store, for tests. */
    public static PaperStore inMemory() {
        JenaStart.ensure();
        return new PaperStore(DatabaseMgr.connectDatasetGraph(Location.mem(),
                storeParams(StoreParams.getDftMemStoreParams())), "(memory)");
    }

    public Dataset dataset() {
        return dataset;
    }

    public DatasetGraph datasetGraph() {
        return dsg;
    }

    public String description() {
        return description;
    }

    /** One paper to write: its IRI (kept if the paper is already stored), its quads and its content hash. */
    public record PaperWrite(Paper paper, String contentHash, java.util.function.Function<String, List<Quad>> quads) {
    }

    /** What happened to one paper in a batch write. */
    public enum WriteOutcome { NEW, REPLACED, UNCHANGED }

    /** The IRI of a stored paper with the same arXiv id or normalised title, if any. Call inside a transaction. */
    Optional<String> findStored(Paper paper) {
        if (paper.arxivId() != null) {
            Iterator<Quad> it = dsg.find(Node.ANY, Node.ANY, PKG.arxivId.asNode(),
                    NodeFactory.createLiteralString(paper.arxivId()));
            if (it.hasNext()) {
                return Optional.of(it.next().getSubject().getURI());
            }
        }
        Iterator<Quad> it = dsg.find(Node.ANY, Node.ANY, PKG.titleKey.asNode(),
                NodeFactory.createLiteralString(paper.titleKey()));
        return it.hasNext() ? Optional.of(it.next().getSubject().getURI()) : Optional.empty();
    }

    /** The stored content hash of a paper, if any. Call inside a transaction. */
    Optional<String> storedHash(String paperIri) {
        Node graph = NodeFactory.createURI(Iris.paperGraph(paperIri));
        Iterator<Quad> it = dsg.find(graph, NodeFactory.createURI(paperIri), PKG.contentHash.asNode(), Node.ANY);
        return it.hasNext() ? Optional.of(it.next().getObject().getLiteralLexicalForm()) : Optional.empty();
    }

    /**
     * Writes a batch of papers in one transaction: each paper's graph is replaced whole. A paper whose stored
     * content hash equals the new one is left as it is unless {@code force}. Either the whole batch is
     * committed or nothing is.
     */
    public List<WriteOutcome> writeBatch(List<PaperWrite> batch, boolean force) {
        return inWriteTransaction(() -> batch.stream().map(w -> writePaper(w, force)).toList());
    }

    /** Runs the work in one write transaction: committed if it returns, aborted if it throws. */
    public <T> T inWriteTransaction(java.util.function.Supplier<T> work) {
        return Txn.calculateWrite(dsg, work);
    }

    /** Writes one paper, replacing its graph whole (see {@link #writeBatch}). Call inside a write transaction. */
    public WriteOutcome writePaper(PaperWrite w, boolean force) {
        Optional<String> stored = findStored(w.paper());
        String iri = stored.orElseGet(() -> Iris.paper(w.paper()));
        if (stored.isPresent() && !force && storedHash(iri).filter(w.contentHash()::equals).isPresent()) {
            return WriteOutcome.UNCHANGED;
        }
        Node graph = NodeFactory.createURI(Iris.paperGraph(iri));
        if (stored.isPresent()) {
            dsg.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
        }
        for (Quad q : w.quads().apply(iri)) {
            dsg.add(q);
        }
        return stored.isPresent() ? WriteOutcome.REPLACED : WriteOutcome.NEW;
    }

    /** True when a paper with this content hash is stored already (so extraction can be skipped). */
    public boolean isUnchanged(Paper paper, String contentHash) {
        return Txn.calculateRead(dsg, () -> findStored(paper)
                .flatMap(this::storedHash).filter(contentHash::equals).isPresent());
    }

    /** Replaces the ontology graph with the vocabulary and the concept scheme shipped in the jar. */
    public void loadOntology() {
        Node graph = NodeFactory.createURI(Iris.ONTOLOGY_GRAPH);
        Graph vocabulary = ShippedTurtle.read(VOCABULARY);
        // the concept scheme as the extractor parsed it: one parse per process
        Graph concepts = ConceptScheme.shippedGraph();
        Txn.executeWrite(dsg, () -> {
            dsg.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
            for (Graph g : List.of(vocabulary, concepts)) {
                g.find().forEachRemaining(t -> dsg.add(graph, t.getSubject(), t.getPredicate(), t.getObject()));
            }
        });
    }

    /** Number of quads in all named graphs. */
    public long quadCount() {
        return quadCountOutside(null);
    }

    /**
     * Number of quads in all named graphs but one (none when {@code graphIri} is null), read in one transaction.
     * Counted on the quad index's node ids: no term is read from the node table.
     */
    public long quadCountOutside(String graphIri) {
        return Txn.calculateRead(dsg, () -> {
            NodeTupleTable quads = TDBInternal.getDatasetGraphTDB(dsg).getQuadTable().getNodeTupleTable();
            long n = quads.size();
            if (graphIri != null) {
                n -= Iter.count(quads.findAsNodeIds(NodeFactory.createURI(graphIri), Node.ANY, Node.ANY, Node.ANY));
            }
            return n;
        });
    }

    /** Number of papers stored. */
    public long paperCount() {
        return Txn.calculateRead(dsg, () -> {
            long n = 0;
            Iterator<Quad> it = dsg.find(Node.ANY, Node.ANY, RDF.type.asNode(), PKG.Paper.asNode());
            while (it.hasNext()) {
                it.next();
                n++;
            }
            return n;
        });
    }

    @Override
    public void close() {
        if (description.equals("(memory)")) {
            dsg.close();
        } else {
            org.apache.jena.tdb2.sys.TDBInternal.expel(dsg);
        }
    }
}
