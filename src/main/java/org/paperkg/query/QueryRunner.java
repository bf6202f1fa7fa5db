package org.paperkg.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIs;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.system.Txn;

/**
 * Runs named queries against a dataset, binding parameters as RDF terms by substitution (never by editing the
 * query text), inside a read transaction.
 */
public final class QueryRunner {
    private final Dataset dataset;

    public QueryRunner(Dataset dataset) {
        this.dataset = dataset;
    }

    /** Binds a parameter's string value to an RDF term of its declared type. */
    public static Node bind(NamedQuery.Parameter p, String value) {
        return switch (p.type()) {
            case "iri" -> {
                try {
                    IRIs.checkEx(value);
                } catch (RuntimeException e) {
                    throw new QueryException("parameter " + p.name() + ": not an IRI: " + value);
                }
                yield NodeFactory.createURI(value);
            }
            case "int" -> {
                try {
                    yield NodeFactory.createLiteralDT(String.valueOf(Long.parseLong(value.strip())), XSDDatatype.XSDinteger);
                } catch (NumberFormatException e) {
                    throw new QueryException("parameter " + p.name() + ": not an integer: " + value);
                }
            }
            case "double" -> {
                try {
                    yield NodeFactory.createLiteralDT(String.valueOf(Double.parseDouble(value.strip())), XSDDatatype.XSDdouble);
                } catch (NumberFormatException e) {
                    throw new QueryException("parameter " + p.name() + ": not a number: " + value);
                }
            }
            case "literal" -> NodeFactory.createLiteralLang(value, "en");
            default -> NodeFactory.createLiteralString(value);
        };
    }

    /** Checks the given parameters against the query's header and turns them into bindings. */
    public static Map<String, Node> bindings(NamedQuery q, Map<String, String> params) {
        Map<String, Node> out = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : params.entrySet()) {
            if (e.getKey().equals("limit")) {
                continue;
            }
            NamedQuery.Parameter p = q.parameter(e.getKey());
            if (p == null) {
                throw new QueryException("query " + q.name() + " has no parameter '" + e.getKey() + "'; its parameters: "
                        + (q.parameters().isEmpty() ? "none" : String.join(", ",
                        q.parameters().stream().map(NamedQuery.Parameter::name).toList())));
            }
            out.put(p.name(), bind(p, e.getValue()));
        }
        for (NamedQuery.Parameter p : q.parameters()) {
            if (p.required() && !out.containsKey(p.name())) {
                throw new QueryException("query " + q.name() + " needs --param " + p.name() + "=... (" + p.description() + ")");
            }
        }
        return out;
    }

    /** Runs a SELECT query and returns its rows, materialised inside the read transaction. */
    public ResultSetRewindable select(NamedQuery q, Map<String, String> params) {
        Map<String, Node> bound = bindings(q, params);
        Query query = withLimit(q.query(), params.get("limit"));
        if (!query.isSelectType()) {
            throw new QueryException("query " + q.name() + " is not a SELECT query");
        }
        return Txn.calculateRead(dataset, () -> {
            QueryExecBuilder b = QueryExec.dataset(dataset.asDatasetGraph()).query(query);
            bound.forEach(b::substitution);
            try (QueryExec exec = b.build()) {
                ResultSet rs = ResultSet.adapt(exec.select());
                return ResultSetFactory.copyResults(rs);
            }
        });
    }

    /** Rows as maps from variable name to RDF node, in order. */
    public List<QuerySolution> rows(NamedQuery q, Map<String, String> params) {
        ResultSetRewindable rs = select(q, params);
        List<QuerySolution> rows = new ArrayList<>();
        rs.forEachRemaining(rows::add);
        return rows;
    }

    static Query withLimit(Query query, String limit) {
        if (limit == null) {
            return query;
        }
        try {
            long n = Long.parseLong(limit.strip());
            if (n < 0) {
                throw new NumberFormatException();
            }
            Query copy = query.cloneQuery();
            copy.setLimit(n);
            return copy;
        } catch (NumberFormatException e) {
            throw new QueryException("limit must be a non-negative integer, got: " + limit);
        }
    }
}
