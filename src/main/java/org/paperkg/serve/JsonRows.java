package org.paperkg.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.RDFNode;

/** Query rows as plain JSON objects: IRIs and strings as strings, numbers as numbers, booleans as booleans. */
final class JsonRows {
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonRows() {
    }

    static ArrayNode of(List<QuerySolution> rows) {
        ArrayNode out = JSON.createArrayNode();
        for (QuerySolution row : rows) {
            out.add(object(row));
        }
        return out;
    }

    static ObjectNode object(QuerySolution row) {
        ObjectNode o = JSON.createObjectNode();
        row.varNames().forEachRemaining(v -> put(o, v, row.get(v)));
        return o;
    }

    private static void put(ObjectNode o, String name, RDFNode node) {
        if (node == null) {
            return;
        }
        if (node.isURIResource()) {
            o.put(name, node.asResource().getURI());
        } else if (node.isLiteral()) {
            Literal l = node.asLiteral();
            Object value = l.getValue();
            if (value instanceof Boolean b) {
                o.put(name, b);
            } else if (value instanceof Number n && !l.getDatatypeURI().endsWith("gYear")) {
                if (n instanceof Double || n instanceof Float || n instanceof java.math.BigDecimal) {
                    o.put(name, n.doubleValue());
                } else {
                    o.put(name, n.longValue());
                }
            } else {
                o.put(name, l.getLexicalForm());
            }
        } else {
            o.put(name, node.toString());
        }
    }
}
