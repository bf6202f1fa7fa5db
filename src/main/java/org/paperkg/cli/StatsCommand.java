package org.paperkg.cli;

import java.util.Map;
import org.apache.jena.query.QuerySolution;
import org.paperkg.graph.PaperStore;
import org.paperkg.query.QueryLibrary;
import org.paperkg.query.QueryRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "stats", mixinStandardHelpOptions = true,
        header = "Counts what the store holds and lists the most used.",
        description = "Counts papers, methods, datasets, concepts and triples, and lists the most used of each.")
final class StatsCommand extends StoreCommand {
    @Option(names = "--top", defaultValue = "10", description = "how many of each to list (default: ${DEFAULT-VALUE})")
    int top;

    @Override
    int run(PaperStore store, QueryLibrary queries) {
        QueryRunner runner = new QueryRunner(store.dataset());
        QuerySolution counts = runner.rows(queries.get("internal/stats-counts"), Map.of()).get(0);
        var out = context.out();
        out.printf("papers:   %d%n", counts.getLiteral("papers").getLong());
        out.printf("methods:  %d%n", counts.getLiteral("methods").getLong());
        out.printf("datasets: %d%n", counts.getLiteral("datasets").getLong());
        out.printf("concepts: %d (in use)%n", counts.getLiteral("concepts").getLong());
        out.printf("mentions: %d%n", counts.getLiteral("mentions").getLong());
        out.printf("triples:  %d%n", store.quadCount());
        for (String type : new String[] {"Method", "Dataset"}) {
            out.printf("%nmost used %ss:%n", type.toLowerCase());
            for (QuerySolution row : runner.rows(queries.get("top-entities"),
                    Map.of("type_", type, "limit", String.valueOf(top)))) {
                out.printf("  %-40s %4d papers%n", row.getLiteral("label").getString(), row.getLiteral("papers").getLong());
            }
        }
        out.printf("%nmost expressed concepts:%n");
        for (QuerySolution row : runner.rows(queries.get("top-concepts"), Map.of("limit", String.valueOf(top)))) {
            out.printf("  %-40s %4d papers%n", row.getLiteral("label").getString(), row.getLiteral("papers").getLong());
        }
        out.flush();
        return PaperKg.OK;
    }
}
