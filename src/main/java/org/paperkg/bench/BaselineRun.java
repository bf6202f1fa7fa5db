package org.paperkg.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.ToIntFunction;
import java.util.stream.Stream;
import org.paperkg.corpus.Corpus;
import org.paperkg.corpus.CorpusEvent;
import org.paperkg.corpus.CorpusFormats;
import org.paperkg.corpus.Paper;
import org.paperkg.extract.NlpPipeline;
import org.paperkg.graph.Ingester;

/**
 * The baseline that ingest is measured against: the bare CoreNLP pipeline, with the same annotators and threads,
 * over the same papers read the same way, in batches of the same size, and nothing else.
 */
public final class BaselineRun {
    private BaselineRun() {
    }

    /** Annotates every distinct paper under the paths; returns how many papers and tokens. */
    public static long[] run(List<Path> paths, int threads, int batchSize) throws InterruptedException, ExecutionException {
        NlpPipeline pipeline = NlpPipeline.load();
        return run(paths, threads, batchSize, p -> pipeline.annotateOnly(p.title(), p.abstractText()));
    }

    /**
     * Does the work on every distinct paper under the paths, read and handed to the threads as the baseline's papers
     * are; returns how many papers and the sum of what the work returned.
     */
    public static long[] run(List<Path> paths, int threads, int batchSize, ToIntFunction<Paper> work)
            throws InterruptedException, ExecutionException {
        ExecutorService workers = Executors.newFixedThreadPool(threads);
        long papers = 0;
        long counted = 0;
        try {
            Corpus corpus = new Corpus(CorpusFormats.standard());
            List<Paper> batch = new ArrayList<>();
            int batchLimit = Ingester.firstBatchLimit(batchSize);
            for (Path file : Corpus.files(paths)) {
                try (Stream<CorpusEvent> events = corpus.read(file)) {
                    for (CorpusEvent e : (Iterable<CorpusEvent>) events::iterator) {
                        if (e instanceof CorpusEvent.PaperRead r) {
                            batch.add(r.paper());
                            if (batch.size() >= batchLimit) {
                                counted += runBatch(work, workers, batch);
                                papers += batch.size();
                                batch.clear();
                                batchLimit = Ingester.nextBatchLimit(batchLimit, batchSize);
                            }
                        }
                    }
                }
            }
            counted += runBatch(work, workers, batch);
            papers += batch.size();
        } finally {
            workers.shutdownNow();
        }
        return new long[] {papers, counted};
    }

    private static long runBatch(ToIntFunction<Paper> work, ExecutorService workers, List<Paper> batch)
            throws InterruptedException, ExecutionException {
        List<Future<Integer>> futures = new ArrayList<>();
        for (Paper p : batch) {
            futures.add(workers.submit(() -> work.applyAsInt(p)));
        }
        long sum = 0;
        for (Future<Integer> f : futures) {
            sum += f.get();
        }
        return sum;
    }
}
