package org.paperkg.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.paperkg.bench.BaselineRun;
import org.paperkg.bench.ChildJvm;
import org.paperkg.bench.PeakMemory;
import org.paperkg.bench.ThreadCpu;
import org.paperkg.corpus.Corpus;
import org.paperkg.extract.Extractor;
import org.paperkg.extract.NlpPipeline;
import org.paperkg.graph.IngestReport;
import org.paperkg.graph.Ingester;
import org.paperkg.graph.PaperStore;
import org.paperkg.query.QueryLibrary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        header = "Measures ingest against the bare CoreNLP pipeline.",
        description = {"Measures ingest against its baseline in the same run: the bare CoreNLP pipeline (same annotators,",
                "threads and batches) over the same papers, then a full ingest into a fresh store. Each phase runs in",
                "its own JVM; wall time, papers per second and peak resident memory are reported."})
final class BenchIngestCommand implements Callable<Integer>, ContextAware {
    @Parameters(paramLabel = "PATH", arity = "1..*", description = "files or folders to ingest")
    List<Path> paths;

    @Option(names = "--threads", description = "threads (default: number of cores)")
    Integer threads;

    @Option(names = "--xmx", defaultValue = "4g", description = "heap of each measured JVM (default: ${DEFAULT-VALUE})")
    String xmx;

    @Option(names = "--java-option", paramLabel = "OPTION",
            description = "a JVM option for both measured JVMs, e.g. --java-option=-XX:+UseParallelGC (repeatable)")
    List<String> javaOptions = new ArrayList<>();

    @Option(names = "--runs", defaultValue = "1",
            description = "measure each phase this many times, alternating, and report the medians (default: ${DEFAULT-VALUE})")
    int runs;

    @Option(names = "--phase", hidden = true, description = "internal: run one phase (baseline or ingest) and print JSON;"
            + " or extract, the extraction of the ingest without the store, to see the finders' share")
    String phase;

    @Option(names = "--store", hidden = true, description = "internal: the store of the ingest phase")
    Path store;

    @Option(names = "--cpu-by-thread",
            description = "with --phase: also print, on standard error, the CPU seconds of each kind of thread (Linux)")
    boolean cpuByThread;

    private Context context;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    private static double median(List<JsonNode> runs, String field) {
        double[] values = runs.stream().mapToDouble(r -> r.get(field).asDouble()).sorted().toArray();
        int mid = values.length / 2;
        return values.length % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
    }

    /** Prints what the sampler read, when {@code --cpu-by-thread} started one. */
    private void printCpuByThread(ThreadCpu.Sampler cpu) {
        if (cpu != null) {
            cpu.secondsByThread().forEach((kind, s) -> context.err().printf("cpu %8.1f s  %s%n", s, kind));
            context.err().printf("cpu %8.1f s  of them in CoreNLP's annotators%n", NlpPipeline.annotatorCpuSeconds());
            context.err().flush();
        }
    }

    @Override
    public void context(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        if (phase != null) {
            // (read on a timer: the phases' worker threads end before the phase does)
            try (ThreadCpu.Sampler cpu = cpuByThread ? ThreadCpu.startSampling(Duration.ofMillis(500)) : null) {
                return runPhase(n, cpu);
            }
        }
        return runBoth(n);
    }

    /** One phase in this JVM: "baseline", "extract" or "ingest". */
    private Integer runPhase(int n, ThreadCpu.Sampler cpu) throws Exception {
        long start = System.nanoTime();
        String counted;
        long[] counts;
        switch (phase) {
            case "baseline" -> {
                counted = "tokens";
                counts = BaselineRun.run(paths, n, Ingester.DEFAULT_BATCH);
            }
            case "extract" -> {
                // the extraction threads' work of the ingest phase, and nothing else: their CPU time less the
                // annotators' is what the finders cost
                counted = "mentions";
                Extractor x = Extractor.load(Corpus.bytes(paths));
                counts = BaselineRun.run(paths, n, Ingester.DEFAULT_BATCH, p -> x.extract(p).mentions().size());
            }
            case "ingest" -> {
                counted = "triples";
                IngestReport report;
                java.util.function.Supplier<Extractor> extractor = Ingester.extractorFor(store, paths);
                try (PaperStore s = PaperStore.open(store);
                     Ingester ingester = new Ingester(s, extractor, QueryLibrary.load(),
                             new Ingester.Settings(Ingester.DEFAULT_BATCH, n, false), Ingester.Listener.SILENT)) {
                    report = ingester.ingest(paths);
                }
                counts = new long[] {report.created() + report.replaced(), report.triples()};
            }
            default -> throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--phase must be baseline, extract or ingest, not " + phase);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        context.out().printf("{\"papers\":%d,\"%s\":%d,\"seconds\":%.3f,\"peakMiB\":%d,\"heapMiB\":%d}%n",
                counts[0], counted, counts[1], seconds, PeakMemory.mib(), PeakMemory.heapMib());
        context.out().flush();
        printCpuByThread(cpu);
        return PaperKg.OK;
    }

    /** Both phases, each in a fresh JVM, alternated {@code --runs} times. */
    private Integer runBoth(int n) throws Exception {
        List<String> common = new ArrayList<>(List.of("bench", "ingest", "--threads", String.valueOf(n)));
        paths.forEach(p -> common.add(p.toString()));
        if (runs < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--runs must be at least 1");
        }
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> baselines = new ArrayList<>();
        List<JsonNode> ingests = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            String of = runs > 1 ? " (run " + run + " of " + runs + ")" : "";
            context.err().println("baseline: bare CoreNLP pipeline" + of + " ...");
            context.err().flush();
            List<String> baselineArgs = new ArrayList<>(common);
            baselineArgs.addAll(List.of("--phase", "baseline"));
            baselines.add(json.readTree(ChildJvm.run(xmx, javaOptions, baselineArgs)));
            Path tmp = Files.createTempDirectory("paperkg-bench");
            try {
                context.err().println("ingest into a fresh store" + of + " ...");
                context.err().flush();
                List<String> ingestArgs = new ArrayList<>(common);
                ingestArgs.addAll(List.of("--phase", "ingest", "--store", tmp.resolve("store").toString()));
                ingests.add(json.readTree(ChildJvm.run(xmx, javaOptions, ingestArgs)));
            } finally {
                try (Stream<Path> walk = Files.walk(tmp)) {
                    walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
            if (runs > 1) {
                context.err().printf("  run %d: baseline %.1f s, ingest %.1f s, %.2fx%n", run,
                        baselines.get(run - 1).get("seconds").asDouble(), ingests.get(run - 1).get("seconds").asDouble(),
                        ingests.get(run - 1).get("seconds").asDouble() / baselines.get(run - 1).get("seconds").asDouble());
            }
        }
        var out = context.out();
        double bs = median(baselines, "seconds");
        double is = median(ingests, "seconds");
        long papers = ingests.get(0).get("papers").asLong();
        out.printf("corpus: %s (%d papers, %d tokens), %d threads, -Xmx%s%s%s%n", paths, papers,
                baselines.get(0).get("tokens").asLong(), n, xmx,
                javaOptions.stream().map(o -> " " + o).collect(Collectors.joining()),
                runs > 1 ? ", median of " + runs + " runs" : "");
        out.printf("| phase | wall s | papers/s | peak heap in use MiB | peak RSS MiB |%n|---|---|---|---|---|%n");
        out.printf("| bare CoreNLP pipeline | %.1f | %.1f | %.0f | %.0f |%n", bs, baselines.get(0).get("papers").asLong() / bs,
                median(baselines, "heapMiB"), median(baselines, "peakMiB"));
        out.printf("| paperkg ingest (fresh store) | %.1f | %.1f | %.0f | %.0f |%n", is, papers / is,
                median(ingests, "heapMiB"), median(ingests, "peakMiB"));
        out.printf("ingest / baseline time: %.2fx (%d triples)%n", is / bs, ingests.get(0).get("triples").asLong());
        out.flush();
        return PaperKg.OK;
    }
}
