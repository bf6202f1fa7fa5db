package org.paperkg.graph;

import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.paperkg.corpus.Corpus;
import org.paperkg.corpus.CorpusEvent;
import org.paperkg.corpus.CorpusFormats;
import org.paperkg.corpus.Paper;
import org.paperkg.corpus.ReadProblem;
import org.paperkg.extract.BackgroundLoad;
import org.paperkg.extract.Extractor;
import org.paperkg.extract.PaperExtraction;
import org.paperkg.query.QueryLibrary;

/**
 * Streams a corpus into the store: reads papers file by file, extracts them in batches on all cores, and
 * writes each batch in one transaction while the next batch is extracted. A crash mid-ingest leaves the store
 * as it was after the last committed batch. Ends by rebuilding the corpus-wide entities graph.
 */
public final class Ingester implements AutoCloseable {
    /** How an ingest runs. */
    public record Settings(int batchSize, int threads, boolean force) {
        public Settings {
            if (batchSize < 1 || threads < 1) {
                throw new IllegalArgumentException("batch size and threads must be positive");
            }
        }

        public static Settings defaults() {
            return new Settings(DEFAULT_BATCH, Runtime.getRuntime().availableProcessors(), false);
        }
    }

    /** Told about progress and problems as they happen. */
    public interface Listener {
        void problem(ReadProblem problem);

        void progress(int papersDone);

        Listener SILENT = new Listener() {
            @Override
            public void problem(ReadProblem problem) {
            }

            @Override
            public void progress(int papersDone) {
            }
        };
    }

    /**
     * Papers per write transaction. Each TDB2 commit copies the index blocks it touches, so larger batches
     * write less; a crash loses at most one batch of work, which the next ingest redoes.
     */
    public static final int DEFAULT_BATCH = 1024;
    private static final int FIRST_BATCH = 16;

    private final PaperStore store;
    private final Supplier<Extractor> extractorSupplier;
    private final QueryLibrary queries;
    private final Settings settings;
    private final Listener listener;
    private final ExecutorService workers;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> daemon(r, "paperkg-writer"));
    private BackgroundLoad<Extractor> extractor;
    private String fingerprint;
    private boolean freshStore;
    private ResolutionInput.Gatherer gathered;
    /** When the last extraction of the last batch written so far completed. */
    private volatile long extractedAt;

    public Ingester(PaperStore store, Supplier<Extractor> extractor, QueryLibrary queries, Settings settings,
                    Listener listener) {
        this.store = store;
        this.extractorSupplier = extractor;
        this.queries = queries;
        this.settings = settings;
        this.listener = listener;
        this.workers = Executors.newFixedThreadPool(settings.threads(), r -> daemon(r, "paperkg-extract"));
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    public IngestReport ingest(List<Path> paths) {
        long start = System.nanoTime();
        IngestReport report = new IngestReport();
        // the ontology is written by the writer thread, before any batch, while this thread goes on
        Future<?> pendingWrite = writer.submit(store::loadOntology);
        // a store that starts empty holds nothing to compare with: skip the per-paper lookup of stored hashes
        freshStore = store.paperCount() == 0;
        // from an empty store, every paper's graph is written by this run: resolution can take its input from
        // the extractions instead of reading it all back
        gathered = freshStore ? new ResolutionInput.Gatherer() : null;
        if (freshStore) {
            // every paper will need extraction: load the models while this thread reads the corpus
            startLoadingExtractor();
        }
        Corpus corpus = new Corpus(CorpusFormats.standard());
        List<Paper> batch = new ArrayList<>(settings.batchSize());
        // batches start small and double up to the configured size, so that writing overlaps extraction early
        // and a small corpus is not extracted as one batch and then written while the extraction threads idle
        int batchLimit = firstBatchLimit(settings.batchSize());
        for (Path file : Corpus.files(paths)) {
            try (Stream<CorpusEvent> events = corpus.read(file)) {
                for (CorpusEvent event : (Iterable<CorpusEvent>) events::iterator) {
                    if (event instanceof CorpusEvent.FileStarted f) {
                        report.files++;
                        report.filesByFormat.merge(f.format(), 1, Integer::sum);
                    } else if (event instanceof CorpusEvent.Problem p) {
                        problem(report, p.problem());
                    } else if (event instanceof CorpusEvent.Duplicate) {
                        report.read++;
                        report.duplicates++;
                    } else if (event instanceof CorpusEvent.PaperRead r) {
                        report.read++;
                        batch.add(r.paper());
                        if (batch.size() >= batchLimit) {
                            pendingWrite = process(List.copyOf(batch), pendingWrite, report);
                            batch.clear();
                            batchLimit = nextBatchLimit(batchLimit, settings.batchSize());
                        }
                    }
                }
            } catch (RuntimeException e) {
                if (e instanceof StoreException) {
                    throw e;
                }
                problem(report, new ReadProblem(new org.paperkg.corpus.SourceRef(file.toString(), 0),
                        "cannot read: " + e.getMessage() + "; rest of the file skipped", true));
            }
        }
        if (!batch.isEmpty()) {
            pendingWrite = process(List.copyOf(batch), pendingWrite, report);
        }
        await(pendingWrite);
        if (extractedAt > 0) {
            report.extractSeconds = (extractedAt - start) / 1e9;
        }
        if (report.created + report.replaced > 0 || report.unchanged > 0) {
            // count the paper graphs on the idle writer thread while this one rebuilds the entities graph
            Future<Long> counted = writer.submit(() -> store.quadCountOutside(Iris.ENTITIES_GRAPH));
            long r0 = System.nanoTime();
            CorpusResolution resolution = new CorpusResolution(store, queries);
            report.resolution = gathered != null ? resolution.run(gathered.input()) : resolution.run();
            report.resolveSeconds = (System.nanoTime() - r0) / 1e9;
            report.triples = await(counted) + report.resolution.quads();
        } else {
            report.triples = store.quadCount();
        }
        report.seconds = (System.nanoTime() - start) / 1e9;
        return report;
    }

    /** Adds a written paper to the gathered resolution input; anything but a new paper falls back to reading it. */
    private void gather(PaperStore.WriteOutcome outcome, Paper paper, PaperExtraction extraction) {
        if (gathered == null) {
            return;
        }
        if (outcome == PaperStore.WriteOutcome.NEW) {
            gathered.add(Iris.paper(paper), extraction);
        } else {
            gathered = null;
        }
    }

    /**
     * How to get the extractor for an ingest of the paths into the store folder: into a new store every paper needs
     * it, so it starts loading now, on a thread of its own; into an existing one it loads when a paper first needs
     * it. The input's size tells the extractor how long a run to compile its finders for.
     */
    public static Supplier<Extractor> extractorFor(Path storeDir, List<Path> paths) {
        // (the input is measured when the extractor loads: at once on a thread of its own for a new store, not on the
        // command's thread; not at all when no paper needs extracting)
        Supplier<Extractor> load = () -> Extractor.load(Corpus.bytes(paths));
        return PaperStore.isAbsent(storeDir) ? BackgroundLoad.start(load, "paperkg-load-models") : load;
    }

    /** The size of the first batch: small, so that writing starts early. */
    public static int firstBatchLimit(int batchSize) {
        return Math.min(FIRST_BATCH, batchSize);
    }

    /** The size of the batch after one of {@code current} papers: double, up to {@code batchSize}. */
    public static int nextBatchLimit(int current, int batchSize) {
        return Math.min(current * 2, batchSize);
    }

    private void problem(IngestReport report, ReadProblem problem) {
        synchronized (report) {
            report.problems.add(problem);
        }
        synchronized (listener) {
            listener.problem(problem);
        }
    }

    /**
     * Queues a batch's extraction on the workers and, once the previous batch is written, hands the batch to the
     * writer, which writes each paper as its extraction completes, all in one transaction. The workers never wait
     * for a batch to be written: the next batch's papers are queued behind this one's while it is written.
     */
    private Future<?> process(List<Paper> batch, Future<?> previousWrite, IngestReport report) {
        List<Paper> todo = new ArrayList<>();
        List<String> hashes = new ArrayList<>();
        for (Paper paper : batch) {
            String hash = contentHash(paper);
            if (!settings.force() && !freshStore && store.isUnchanged(paper, hash)) {
                synchronized (report) {
                    report.unchanged++;
                }
            } else {
                todo.add(paper);
                hashes.add(hash);
            }
        }
        List<Future<PaperExtraction>> futures = new ArrayList<>();
        if (!todo.isEmpty()) {
            Extractor x = extractor();
            for (Paper paper : todo) {
                futures.add(workers.submit(() -> x.extract(paper)));
            }
        }
        // progress counts every paper read so far but those of this batch still being extracted; told once the
        // previous batch is written, so that it never goes back
        int settledBefore = report.read - todo.size();
        await(previousWrite);
        progress(settledBefore);
        if (futures.isEmpty()) {
            return null;
        }
        return writer.submit(() -> store.inWriteTransaction(() -> {
            int settled = settledBefore;
            for (int i = 0; i < futures.size(); i++) {
                Paper paper = todo.get(i);
                PaperExtraction extraction;
                try {
                    extraction = futures.get(i).get();
                } catch (ExecutionException e) {
                    problem(report, new ReadProblem(paper.source(), "extraction failed for \"" + paper.title() + "\": "
                            + e.getCause() + "; paper skipped", true));
                    progress(++settled);
                    continue;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new StoreException("interrupted while extracting; the store holds every batch written so far");
                }
                long w0 = System.nanoTime();
                String hash = hashes.get(i);
                PaperStore.WriteOutcome outcome = store.writePaper(
                        new PaperStore.PaperWrite(paper, hash, iri -> PaperGraphMapper.quads(iri, extraction, hash)),
                        settings.force());
                synchronized (report) {
                    report.writeSeconds += (System.nanoTime() - w0) / 1e9;
                    switch (outcome) {
                        case NEW -> report.created++;
                        case REPLACED -> report.replaced++;
                        case UNCHANGED -> report.unchanged++;
                    }
                }
                gather(outcome, paper, extraction);
                progress(++settled);
            }
            extractedAt = System.nanoTime();
            return null;
        }));
    }

    private void progress(int settled) {
        synchronized (listener) {
            listener.progress(settled);
        }
    }

    private static <T> T await(Future<T> write) {
        if (write == null) {
            return null;
        }
        try {
            return write.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw cause instanceof StoreException se ? se
                    : new StoreException("writing a batch failed: " + cause + "; the store holds every batch committed before it", cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while writing; the store holds every batch committed before");
        }
    }

    private void startLoadingExtractor() {
        if (extractor == null) {
            extractor = BackgroundLoad.start(extractorSupplier, "paperkg-load-models");
        }
    }

    private Extractor extractor() {
        startLoadingExtractor();
        return extractor.get();
    }

    /** Hash of everything read for a paper plus the extractor's fingerprint: equal hashes, equal graphs. */
    String contentHash(Paper paper) {
        if (fingerprint == null) {
            fingerprint = Extractor.fingerprint();
        }
        Hasher h = Hashing.sha256().newHasher();
        h.putString(fingerprint, StandardCharsets.UTF_8);
        h.putString(paper.toString(), StandardCharsets.UTF_8);
        return h.hash().toString().substring(0, 32);
    }

    @Override
    public void close() {
        workers.shutdownNow();
        writer.shutdown();
    }
}
