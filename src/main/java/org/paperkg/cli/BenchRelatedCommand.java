package org.paperkg.cli;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.paperkg.bench.Percentiles;
import org.paperkg.graph.PaperStore;
import org.paperkg.map.MapBuilder;
import org.paperkg.map.MapFormat;
import org.paperkg.map.RelatedMap;
import org.paperkg.query.QueryLibrary;
import org.paperkg.query.QueryRunner;
import org.paperkg.related.RelatedIndex;
import org.paperkg.related.RelatedWork;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "related", mixinStandardHelpOptions = true,
        header = "Times related work and map drawing on a store.",
        description = {"Times related work for the papers of a store: the related-work SPARQL query per paper (median,",
                "p95), the in-memory index over all papers, and drawing 'map --all' as SVG and HTML."})
final class BenchRelatedCommand extends StoreCommand {
    @Option(names = "--sample", defaultValue = "0",
            description = "time the SPARQL query on this many papers drawn at random (seed 1); 0: all (default)")
    int sample;

    @Override
    int run(PaperStore store, QueryLibrary queries) throws Exception {
        QueryRunner runner = new QueryRunner(store.dataset());
        List<String> papers = new ArrayList<>();
        runner.rows(queries.get("internal/paper-titles"), Map.of()).forEach(r -> papers.add(r.getResource("paper").getURI()));
        List<String> timed = new ArrayList<>(papers);
        if (sample > 0 && sample < papers.size()) {
            Collections.shuffle(timed, new Random(1));
            timed = timed.subList(0, sample);
        }
        context.err().printf("timing related-work.rq on %d papers ...%n", timed.size());
        context.err().flush();
        RelatedWork related = new RelatedWork(runner, queries);
        for (int i = 0; i < Math.min(20, timed.size()); i++) {
            related.related(timed.get(i), 10); // warm-up
        }
        Percentiles sparql = Percentiles.timeEach(timed, paper -> related.related(paper, 10));
        context.err().println("building the in-memory index ...");
        context.err().flush();
        long t0 = System.nanoTime();
        RelatedIndex index = RelatedIndex.load(runner, queries);
        double loadMs = (System.nanoTime() - t0) / 1e6;
        Percentiles inMemory = Percentiles.timeEach(papers, paper -> index.related(paper, 10));
        context.err().println("drawing map --all ...");
        context.err().flush();
        long t2 = System.nanoTime();
        RelatedMap map = new MapBuilder(index).all(3, false);
        double buildMs = (System.nanoTime() - t2) / 1e6;
        long t3 = System.nanoTime();
        StringWriter svg = new StringWriter();
        MapFormat.SVG.writer().write(map, svg);
        StringWriter html = new StringWriter();
        MapFormat.HTML.writer().write(map, html);
        double writeMs = (System.nanoTime() - t3) / 1e6;
        var out = context.out();
        out.printf("store: %s, %d papers%n", storeOptions.store, papers.size());
        out.printf("| measure | papers | median ms | p95 ms | total s |%n|---|---|---|---|---|%n");
        out.printf("| related-work.rq per paper (SPARQL) | %d | %.1f | %.1f | %.1f |%n", sparql.count(), sparql.median(),
                sparql.p95(), sparql.total() / 1000);
        out.printf("| in-memory index per paper (after %.1f s load) | %d | %.2f | %.2f | %.1f |%n", loadMs / 1000,
                inMemory.count(), inMemory.median(), inMemory.p95(), inMemory.total() / 1000);
        out.printf("map --all: index load %.1f s, layout and clusters %.1f s, SVG + HTML %.1f s (%d KB + %d KB);"
                        + " total %.1f s%n", loadMs / 1000, buildMs / 1000, writeMs / 1000, svg.getBuffer().length() / 1024,
                html.getBuffer().length() / 1024, (loadMs + buildMs + writeMs) / 1000);
        out.flush();
        return PaperKg.OK;
    }
}
