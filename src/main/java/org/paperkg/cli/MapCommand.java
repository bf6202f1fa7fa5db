package org.paperkg.cli;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QuerySolution;
import org.paperkg.PaperkgException;
import org.paperkg.graph.PaperStore;
import org.paperkg.map.MapBuilder;
import org.paperkg.map.MapFormat;
import org.paperkg.map.RelatedMap;
import org.paperkg.query.QueryLibrary;
import org.paperkg.query.QueryRunner;
import org.paperkg.related.PaperFinder;
import org.paperkg.related.RelatedIndex;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "map", mixinStandardHelpOptions = true,
        header = "Draws a related-work map (SVG, HTML, DOT, GraphML, JSON).",
        description = {"Draws a related-work map: a paper with its related papers and the techniques they share, the",
                "papers around a concept or method, or the whole corpus. The format follows the --out extension:",
                ".svg, .html (self-contained, interactive, offline), .dot (Graphviz), .graphml (Gephi), .json."})
final class MapCommand extends StoreCommand {
    static final class Subject {
        @Parameters(paramLabel = "PAPER", arity = "1..*", description = "arXiv id, IRI or title words of the paper")
        List<String> paper;

        @Option(names = "--concept", paramLabel = "LABEL", description = "the papers that express a concept")
        String concept;

        @Option(names = "--method", paramLabel = "NAME", description = "the papers that name a method or dataset")
        String method;

        @Option(names = "--all", description = "the whole corpus")
        boolean all;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Subject subject;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE", description = "map file: .svg, .html, .dot, .graphml or .json")
    Path out;

    @Option(names = "--depth", defaultValue = "1", description = "1: related papers; 2: also theirs (default: ${DEFAULT-VALUE})")
    int depth;

    @Option(names = {"-n", "--limit"}, defaultValue = "15", description = "related papers per paper, or papers around a technique"
            + " (default: ${DEFAULT-VALUE}; with --all: links per paper, default 3)")
    int limit;

    @Option(names = "--timeline", description = "lay papers out left to right by year")
    boolean timeline;

    @Override
    int run(PaperStore store, QueryLibrary queries) throws Exception {
        if (depth < 1 || depth > 2) {
            throw new PaperkgException("--depth must be 1 or 2, got " + depth);
        }
        MapFormat format = MapFormat.forFile(out);
        QueryRunner runner = new QueryRunner(store.dataset());
        RelatedIndex index = RelatedIndex.load(runner, queries);
        MapBuilder builder = new MapBuilder(index);
        RelatedMap map;
        if (subject.all) {
            map = builder.all(limit == 15 ? 3 : limit, timeline);
        } else if (subject.concept != null || subject.method != null) {
            String label = subject.concept != null ? subject.concept : subject.method;
            List<QuerySolution> rows = runner.rows(queries.get("internal/thing-by-label"), Map.of("label", label));
            String wanted = subject.concept != null ? "concept" : "entity";
            String thing = rows.stream().filter(r -> wanted.equals("concept") == r.getLiteral("kind").getString().equals("concept"))
                    .map(r -> r.getResource("thing").getURI()).filter(iri -> index.thing(iri) != null).findFirst()
                    .orElseThrow(() -> new PaperkgException("no paper has a " + (subject.concept != null ? "concept" : "method or dataset")
                            + " named \"" + label + "\""));
            map = builder.forTechnique(thing, limit == 15 ? 200 : limit, timeline);
        } else {
            PaperFinder.PaperRef ref = new PaperFinder(runner, queries).find(String.join(" ", subject.paper));
            map = builder.forPaper(ref.iri(), depth, limit, timeline);
        }
        try {
            if (out.toAbsolutePath().getParent() != null) {
                Files.createDirectories(out.toAbsolutePath().getParent());
            }
            try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                format.writer().write(map, w);
            }
        } catch (java.io.IOException e) {
            throw new PaperkgException("cannot write " + out + ": " + e.getClass().getSimpleName() + " " + e.getMessage());
        }
        context.err().printf("map: %d papers, %d other nodes, %d links, %d clusters -> %s%n", map.paperCount(),
                map.nodes().size() - map.paperCount(), map.links().size(), map.clusters().size(), out);
        context.err().flush();
        return PaperKg.OK;
    }
}
