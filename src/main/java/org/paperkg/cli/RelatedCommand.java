package org.paperkg.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;
import org.paperkg.graph.PaperStore;
import org.paperkg.query.QueryLibrary;
import org.paperkg.query.QueryRunner;
import org.paperkg.related.PaperFinder;
import org.paperkg.related.RelatedPaper;
import org.paperkg.related.RelatedWork;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "related", mixinStandardHelpOptions = true,
        header = "Ranks the related work of a paper, with reasons.",
        description = {"Ranks the related work of a paper by what they share (methods, datasets, concepts), each shared",
                "thing weighted by its rarity, and shows the reasons. PAPER is an arXiv id, an IRI, or words of its title."})
final class RelatedCommand extends StoreCommand {
    enum Format { table, json }

    @Parameters(paramLabel = "PAPER", arity = "1..*", description = "arXiv id, IRI, or words of the title")
    List<String> paper;

    @Option(names = {"-n", "--limit"}, defaultValue = "10", description = "how many related papers (default: ${DEFAULT-VALUE})")
    int limit;

    @Option(names = {"-f", "--format"}, defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE})")
    Format format;

    @Mixin
    OutputOptions output;

    @Override
    int run(PaperStore store, QueryLibrary queries) throws Exception {
        QueryRunner runner = new QueryRunner(store.dataset());
        PaperFinder.PaperRef ref = new PaperFinder(runner, queries).find(String.join(" ", paper));
        List<RelatedPaper> related = new RelatedWork(runner, queries).related(ref.iri(), limit);
        try (PrintWriter out = output.open(context.out())) {
            if (format == Format.json) {
                out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(related));
            } else {
                out.printf("Related work of: %s%n  <%s>%n%n", ref.title(), ref.iri());
                int rank = 1;
                for (RelatedPaper r : related) {
                    out.printf("%2d. %6.2f  %s%s%n", rank++, r.score(), r.title(), r.year() == null ? "" : " (" + r.year() + ")");
                    out.printf("            shares: %s%n", r.reasons().stream()
                            .map(x -> x.label() + " [" + x.kind() + " " + String.format("%.2f", x.weight()) + "]")
                            .collect(Collectors.joining(", ")));
                }
                if (related.isEmpty()) {
                    out.println("(no paper shares a method, dataset or concept with it)");
                }
            }
        }
        return PaperKg.OK;
    }
}
