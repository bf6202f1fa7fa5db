package org.paperkg.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.system.Txn;

/**
 * Exports the store: {@code jsonl} (one line per paper, the shape the gold annotations use), or the RDF itself as
 * N-Quads or Turtle (the union of all graphs).
 */
public final class Exporter {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Dataset dataset;
    private final QueryLibrary queries;

    public Exporter(Dataset dataset, QueryLibrary queries) {
        this.dataset = dataset;
        this.queries = queries;
    }

    /** One JSON object per paper: title, methods, datasets, proposed (the paper's own names), concepts (labels). */
    public void jsonl(PrintWriter out) {
        Map<String, ObjectNode> papers = new LinkedHashMap<>();
        Map<String, Set<String>> seenEntities = new LinkedHashMap<>();
        for (QuerySolution row : new QueryRunner(dataset).rows(queries.get("internal/export-papers"), Map.of())) {
            String paper = row.getResource("paper").getURI();
            ObjectNode node = papers.computeIfAbsent(paper, p -> {
                ObjectNode o = JSON.createObjectNode();
                o.put("title", row.getLiteral("title").getString());
                o.put("iri", p);
                o.putArray("methods");
                o.putArray("datasets");
                o.putArray("proposed");
                o.putArray("concepts");
                return o;
            });
            if (!row.contains("kind")) {
                continue;
            }
            String kind = row.getLiteral("kind").getString();
            String entity = row.getResource("entity").getURI();
            // rows come most-used name first per (paper, kind, entity): keep that one
            if (seenEntities.computeIfAbsent(paper + " " + kind, k -> new LinkedHashSet<>()).add(entity)) {
                String field = switch (kind) {
                    case "method" -> "methods";
                    case "dataset" -> "datasets";
                    case "proposed" -> "proposed";
                    default -> "concepts";
                };
                ((ArrayNode) node.get(field)).add(row.getLiteral("value").getString());
            }
        }
        for (ObjectNode node : papers.values()) {
            try {
                out.println(JSON.writeValueAsString(node));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        }
        out.flush();
    }

    /** All quads as N-Quads, or all triples of the union graph as Turtle. */
    public void rdf(OutputStream out, String format) {
        Txn.executeRead(dataset, () -> {
            if (format.equals("nq")) {
                RDFDataMgr.write(out, dataset.asDatasetGraph(), Lang.NQUADS);
            } else {
                RDFDataMgr.write(out, dataset.getUnionModel(), RDFFormat.TURTLE_BLOCKS);
            }
        });
    }
}
