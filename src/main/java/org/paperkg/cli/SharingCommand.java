package org.paperkg.cli;

import java.io.PrintWriter;
import java.util.Map;
import org.paperkg.graph.PaperStore;
import org.paperkg.query.QueryLibrary;
import org.paperkg.query.QueryRunner;
import org.paperkg.query.ResultFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "sharing", mixinStandardHelpOptions = true,
        header = "Lists the papers that share a method, dataset or concept.",
        description = {"Lists the papers that share a technique: a method or dataset by any of its names, or a concept",
                "by its label or other labels (papers with narrower concepts included)."})
final class SharingCommand extends StoreCommand {
    @Parameters(paramLabel = "TECHNIQUE", arity = "1..*", description = "e.g. Adam, \"state space model\", SSM")
    java.util.List<String> technique;

    @Option(names = {"-f", "--format"}, defaultValue = "table", description = "table, csv, tsv or json (default: ${DEFAULT-VALUE})")
    ResultFormat format;

    @Mixin
    OutputOptions output;

    @Override
    int run(PaperStore store, QueryLibrary queries) throws Exception {
        var rs = new QueryRunner(store.dataset()).select(queries.get("papers-sharing-technique"),
                Map.of("technique", String.join(" ", technique)));
        if (!rs.hasNext()) {
            context.err().println("no paper has a method, dataset or concept named \"" + String.join(" ", technique) + "\"");
            context.err().flush();
        }
        try (PrintWriter out = output.open(context.out())) {
            format.write(rs, out);
        }
        return PaperKg.OK;
    }
}
