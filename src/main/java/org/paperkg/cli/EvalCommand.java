package org.paperkg.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.paperkg.PaperkgException;
import org.paperkg.eval.GoldScorer;
import org.paperkg.graph.PaperStore;
import org.paperkg.query.Exporter;
import org.paperkg.query.QueryLibrary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "eval", mixinStandardHelpOptions = true,
        header = "Scores extraction against gold annotations.",
        description = {"Scores the store (or a jsonl export) against gold annotations: precision, recall and F1 of",
                "methods, datasets, proposed and concepts, micro-averaged over the gold papers."})
final class EvalCommand extends StoreCommand {
    enum Format { text, json }

    @Option(names = "--gold", required = true, paramLabel = "FILE", description = "gold annotations, jsonl")
    Path gold;

    @Option(names = "--concepts", paramLabel = "TSV", description = "reference concept list (id, kind, label, other labels)")
    Path concepts;

    @Option(names = "--export", paramLabel = "FILE", description = "score this jsonl export instead of the store")
    Path export;

    @Option(names = {"-f", "--format"}, defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
    Format format;

    @Option(names = "--misses", description = "list what was missed and what was extra, paper by paper")
    boolean misses;

    @Override
    public Integer call() throws Exception {
        for (Path p : new Path[] {gold, concepts, export}) {
            if (p != null && !Files.isRegularFile(p)) {
                throw new PaperkgException("no such file: " + p);
            }
        }
        if (export != null) {
            return score(GoldScorer.readJsonl(export));
        }
        return super.call();
    }

    @Override
    int run(PaperStore store, QueryLibrary queries) throws Exception {
        StringWriter buffer = new StringWriter();
        try (PrintWriter w = new PrintWriter(buffer)) {
            new Exporter(store.dataset(), queries).jsonl(w);
        }
        List<JsonNode> predicted = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : buffer.toString().lines().toList()) {
            predicted.add(json.readTree(line));
        }
        return score(predicted);
    }

    private int score(List<JsonNode> predicted) throws Exception {
        Map<String, String> conceptIds = concepts == null ? Map.of() : GoldScorer.readConcepts(concepts);
        GoldScorer.Score score = new GoldScorer(conceptIds).score(GoldScorer.readJsonl(gold), predicted);
        PrintWriter out = context.out();
        if (misses) {
            for (GoldScorer.Miss m : score.misses()) {
                out.printf("  %-60s %-9s missed=%s extra=%s%n", m.title().length() > 60 ? m.title().substring(0, 60)
                        : m.title(), m.kind(), m.missed(), m.extra());
            }
        }
        if (format == Format.json) {
            ObjectMapper json = new ObjectMapper();
            ObjectNode root = json.createObjectNode();
            root.put("papers", score.papers());
            root.put("papers_missing", score.papersMissing());
            score.byKind().forEach((kind, c) -> {
                ObjectNode k = root.putObject(kind);
                k.put("precision", round(c.precision()));
                k.put("recall", round(c.recall()));
                k.put("f1", round(c.f1()));
                k.put("tp", c.tp());
                k.put("fp", c.fp());
                k.put("fn", c.fn());
            });
            out.println(json.writeValueAsString(root));
        } else {
            out.printf("papers %d (missing in prediction: %d)%n", score.papers(), score.papersMissing());
            score.byKind().forEach((kind, c) -> out.printf("%-9s P=%s R=%s F1=%s (tp=%d fp=%d fn=%d)%n", kind,
                    threeDecimals(c.precision()), threeDecimals(c.recall()), threeDecimals(c.f1()),
                    c.tp(), c.fp(), c.fn()));
        }
        out.flush();
        return PaperKg.OK;
    }

    /**
     * Three decimals as score.py prints them: the exact binary value rounded half to even (26/32 gives 0.812, where
     * {@code %.3f} gives 0.813).
     */
    static String threeDecimals(double v) {
        return rounded(v).toPlainString();
    }

    /** The same rounding as a number, for the JSON output (score.py's {@code round(x, 3)}). */
    static double round(double v) {
        return rounded(v).doubleValue();
    }

    private static java.math.BigDecimal rounded(double v) {
        return new java.math.BigDecimal(v).setScale(3, java.math.RoundingMode.HALF_EVEN);
    }
}
