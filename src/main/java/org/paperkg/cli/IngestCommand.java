package org.paperkg.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.paperkg.corpus.ReadProblem;
import org.paperkg.extract.Extractor;
import org.paperkg.graph.IngestReport;
import org.paperkg.graph.Ingester;
import org.paperkg.graph.PaperStore;
import org.paperkg.query.QueryLibrary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        header = "Reads paper files and folders into the store.",
        description = {"Reads paper files or folders into the store. Each file's format is detected from its content:",
                "Hugging Face listing text, Markdown arXiv digest, JSON Lines, arXiv Atom, BibTeX, CSL-JSON.",
                "A paper already stored (same arXiv id or title) is replaced whole; an unchanged one is left as it is."})
final class IngestCommand extends StoreCommand {
    @Parameters(paramLabel = "PATH", arity = "1..*", description = "files or folders to read")
    List<Path> paths;

    @Option(names = "--batch", defaultValue = "" + Ingester.DEFAULT_BATCH, description = "papers per write transaction, reached after a few smaller first batches (default: ${DEFAULT-VALUE})")
    int batch;

    @Option(names = "--threads", description = "extraction threads (default: number of cores)")
    Integer threads;

    @Option(names = "--force", description = "re-extract and rewrite papers even when unchanged")
    boolean force;

    @Option(names = "--materialise", paramLabel = "N", arity = "0..1", fallbackValue = "10",
            description = "after ingesting, materialise each paper's top N related-work links (as the link command; N defaults to 10)")
    Integer materialise;

    @Option(names = "--progress-every", defaultValue = "500",
            description = "when not on a terminal, print a progress line every N papers (default: ${DEFAULT-VALUE})")
    int progressEvery;

    private Supplier<Extractor> extractor = Extractor::load;

    /** Into a new store every paper needs the models: start loading them while the store is created. */
    @Override
    void beforeOpen() {
        extractor = Ingester.extractorFor(storeOptions.store, paths);
    }

    @Override
    boolean requiresExistingStore() {
        return false;
    }

    @Override
    int run(PaperStore store, QueryLibrary queries) {
        int nThreads = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        Progress progress = new Progress(context, progressEvery);
        IngestReport report;
        try (Ingester ingester = new Ingester(store, extractor, queries,
                new Ingester.Settings(batch, nThreads, force), progress)) {
            report = ingester.ingest(paths);
        }
        progress.done();
        if (materialise != null && report.ingestedAnything()) {
            int links = new org.paperkg.graph.LinkMaterialiser(store).materialise(org.paperkg.related.RelatedIndex.load(
                    new org.paperkg.query.QueryRunner(store.dataset()), queries), materialise);
            context.err().printf("related-work links: %d materialised%n", links);
        }
        context.err().print(report.summary());
        context.err().flush();
        if (!report.ingestedAnything()) {
            context.err().println("paperkg: nothing could be ingested from " + paths);
            context.err().flush();
            return PaperKg.BAD_INPUT;
        }
        return PaperKg.OK;
    }

    /** Progress on standard error: a bar on a terminal, a line every N papers otherwise; problems as they come. */
    static final class Progress implements Ingester.Listener {
        private final Context context;
        private final int every;
        private final long start = System.nanoTime();
        private int lastLine;
        private long lastBar;
        private boolean barShown;

        Progress(Context context, int every) {
            this.context = context;
            this.every = Math.max(1, every);
        }

        @Override
        public void problem(ReadProblem problem) {
            clearBar();
            context.err().println((problem.skipped() ? "skipped: " : "warning: ") + problem);
            context.err().flush();
        }

        @Override
        public void progress(int papersDone) {
            double seconds = (System.nanoTime() - start) / 1e9;
            double rate = papersDone / Math.max(seconds, 1e-3);
            if (context.terminal()) {
                long now = System.nanoTime();
                if (now - lastBar < 100_000_000L) {
                    return; // redraw the bar at most ten times a second
                }
                lastBar = now;
                int width = 30;
                int filled = (int) (papersDone / 10 % (width + 1));
                context.err().printf("\r[%s%s] %d papers, %.1f/s", "#".repeat(filled), " ".repeat(width - filled),
                        papersDone, rate);
                barShown = true;
                context.err().flush();
            } else if (papersDone - lastLine >= every) {
                lastLine = papersDone;
                context.err().printf("ingested %d papers (%.1f papers/s)%n", papersDone, rate);
                context.err().flush();
            }
        }

        void done() {
            clearBar();
        }

        private void clearBar() {
            if (barShown) {
                context.err().print("\r" + " ".repeat(60) + "\r");
                barShown = false;
            }
        }
    }
}
