package org.paperkg.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.paperkg.graph.PaperStore;
import org.paperkg.query.NamedQuery;
import org.paperkg.query.QueryException;
import org.paperkg.query.QueryLibrary;
import org.paperkg.query.QueryRunner;
import org.paperkg.query.ResultFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "query", mixinStandardHelpOptions = true,
        header = "Runs a named query of queries/ or any .rq file.",
        description = {"Runs a query of queries/ by name, or any .rq file. Parameters are bound as RDF terms,",
                "never pasted into the query text. 'query --list' shows the named queries and their parameters."})
final class QueryCommand extends StoreCommand {
    @Parameters(paramLabel = "NAME_OR_FILE", arity = "0..1", description = "a query name (e.g. related-work) or a .rq file")
    String name;

    @Option(names = {"-p", "--param"}, paramLabel = "NAME=VALUE", description = "a query parameter; 'limit' caps the rows")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = {"-f", "--format"}, defaultValue = "table", description = "table, csv, tsv or json (default: ${DEFAULT-VALUE})")
    ResultFormat format;

    @Option(names = "--list", description = "list the named queries with their parameters")
    boolean list;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() throws Exception {
        if (list || name == null) {
            QueryLibrary queries = QueryLibrary.load();
            for (String n : queries.userQueryNames()) {
                NamedQuery q = queries.get(n);
                context.out().printf("%-26s %s%n", n, q.description());
                for (NamedQuery.Parameter p : q.parameters()) {
                    context.out().printf("%-26s   --param %s=<%s>%s  %s%n", "", p.name(), p.type(),
                            p.required() ? "" : " (optional)", p.description());
                }
            }
            context.out().flush();
            return PaperKg.OK;
        }
        return super.call();
    }

    @Override
    int run(PaperStore store, QueryLibrary queries) throws Exception {
        NamedQuery q;
        if (name.endsWith(".rq") || Files.isRegularFile(Path.of(name))) {
            if (!Files.isRegularFile(Path.of(name))) {
                throw new QueryException("no query file " + name);
            }
            q = QueryLibrary.fromFile(Path.of(name));
        } else {
            q = queries.get(name);
        }
        var rs = new QueryRunner(store.dataset()).select(q, params);
        try (PrintWriter out = output.open(context.out())) {
            format.write(rs, out);
        }
        return PaperKg.OK;
    }
}
