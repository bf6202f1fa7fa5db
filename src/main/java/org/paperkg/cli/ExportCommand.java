package org.paperkg.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import org.paperkg.graph.PaperStore;
import org.paperkg.query.Exporter;
import org.paperkg.query.QueryLibrary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "export", mixinStandardHelpOptions = true,
        header = "Exports the store as jsonl, N-Quads or Turtle.",
        description = {"Exports the store: jsonl (one line per paper: title, methods, datasets, proposed, concepts),",
                "nq (all quads, graph by graph) or ttl (the union of all graphs)."})
final class ExportCommand extends StoreCommand {
    enum Format { jsonl, nq, ttl }

    @Option(names = {"-f", "--format"}, required = true, description = "jsonl, nq or ttl")
    Format format;

    @Mixin
    OutputOptions output;

    @Override
    int run(PaperStore store, QueryLibrary queries) throws Exception {
        Exporter exporter = new Exporter(store.dataset(), queries);
        if (format == Format.jsonl) {
            try (PrintWriter out = output.open(context.out())) {
                exporter.jsonl(out);
            }
        } else {
            context.out().flush();
            try (OutputStream out = output.openStream(context.rawOut())) {
                exporter.rdf(out, format.name());
            }
        }
        return PaperKg.OK;
    }
}
