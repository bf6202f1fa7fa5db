package org.paperkg.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QuerySolution;
import org.paperkg.PaperkgException;
import org.paperkg.graph.PaperStore;
import org.paperkg.map.MapBuilder;
import org.paperkg.map.MapFormat;
import org.paperkg.map.RelatedMap;
import org.paperkg.query.NamedQuery;
import org.paperkg.query.QueryLibrary;
import org.paperkg.query.QueryRunner;
import org.paperkg.related.PaperFinder;
import org.paperkg.related.RelatedIndex;
import org.paperkg.related.TitleMatch;

/**
 * The JSON API: the named queries of {@code queries/} with their parameters ({@code /api/query/NAME?param=…}),
 * and the page's own calls: search, paper, related, sharing, map. Parameters are bound as RDF terms.
 */
final class ApiServlet extends HttpServlet {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final transient QueryLibrary queries;
    private final transient QueryRunner runner;
    private transient RelatedIndex index;

    ApiServlet(PaperStore store, QueryLibrary queries) {
        this.queries = queries;
        this.runner = new QueryRunner(store.dataset());
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo() == null ? "" : req.getPathInfo();
        try {
            switch (path) {
                case "/search" -> json(resp, search(required(req, "q")));
                case "/paper" -> json(resp, paper(required(req, "iri")));
                case "/related" -> json(resp, JSON.valueToTree(index().related(find(required(req, "paper")),
                        intParam(req, "limit", 10))));
                case "/sharing" -> json(resp, JsonRows.of(runner.rows(queries.get("papers-sharing-technique"),
                        Map.of("technique", required(req, "technique")))));
                case "/queries" -> json(resp, queryList());
                case "/map.svg", "/map.json" -> map(req, resp, path.endsWith("svg") ? MapFormat.SVG : MapFormat.JSON);
                default -> {
                    if (path.startsWith("/query/")) {
                        namedQuery(path.substring("/query/".length()), req, resp);
                    } else {
                        error(resp, HttpServletResponse.SC_NOT_FOUND, "no API at /api" + path
                                + "; see /api/queries for the named queries");
                    }
                }
            }
        } catch (QueryCancelledException e) {
            error(resp, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "query stopped by the server's timeout");
        } catch (PaperkgException e) {
            error(resp, HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
        }
    }

    private void namedQuery(String name, HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (name.startsWith("internal/") || !queries.has(name)) {
            error(resp, HttpServletResponse.SC_NOT_FOUND, "no query named '" + name + "'; see /api/queries");
            return;
        }
        NamedQuery q = queries.get(name);
        Map<String, String> params = new LinkedHashMap<>();
        req.getParameterMap().forEach((k, v) -> params.put(k, v[0]));
        json(resp, JsonRows.of(runner.rows(q, params)));
    }

    private ArrayNode queryList() {
        ArrayNode out = JSON.createArrayNode();
        for (String name : queries.userQueryNames()) {
            NamedQuery q = queries.get(name);
            ObjectNode o = out.addObject();
            o.put("name", name);
            o.put("url", "/api/query/" + name);
            o.put("description", q.description());
            ArrayNode params = o.putArray("parameters");
            q.parameters().forEach(p -> params.addObject().put("name", p.name()).put("type", p.type())
                    .put("required", p.required()).put("description", p.description()));
        }
        return out;
    }

    /** Papers whose titles match as the CLI matches them ({@link TitleMatch}), at most 50. */
    private ArrayNode search(String q) {
        TitleMatch typed = TitleMatch.of(q);
        ArrayNode out = JSON.createArrayNode();
        if (!typed.hasWords()) {
            return out;
        }
        for (QuerySolution row : runner.rows(queries.get("internal/paper-titles"), Map.of())) {
            String title = row.getLiteral("title").getString();
            if (typed.matches(title)) {
                out.addObject().put("iri", row.getResource("paper").getURI()).put("title", title);
                if (out.size() >= 50) {
                    break;
                }
            }
        }
        return out;
    }

    private ObjectNode paper(String iri) {
        Map<String, String> p = Map.of("paper", iri);
        List<QuerySolution> detail = runner.rows(queries.get("internal/paper-detail"), p);
        if (detail.isEmpty()) {
            throw new PaperkgException("no paper with IRI <" + iri + "> in the store");
        }
        ObjectNode o = JsonRows.object(detail.get(0));
        o.put("iri", iri);
        o.set("entities", JsonRows.of(runner.rows(queries.get("methods-of-paper"), p)));
        o.set("evidence", JsonRows.of(runner.rows(queries.get("evidence"), p)));
        return o;
    }

    /**
     * The related-work index, built on first use and kept: the server is read-only and holds the store alone, so
     * the store cannot change under it. It ranks exactly as {@code related-work.rq} does (a test checks this).
     */
    private synchronized RelatedIndex index() {
        if (index == null) {
            index = RelatedIndex.load(runner, queries);
        }
        return index;
    }

    private String find(String paper) {
        return new PaperFinder(runner, queries).find(paper).iri();
    }

    private void map(HttpServletRequest req, HttpServletResponse resp, MapFormat format) throws IOException {
        RelatedMap map = new MapBuilder(index()).forPaper(find(required(req, "paper")), 1, intParam(req, "limit", 12), false);
        StringWriter w = new StringWriter();
        format.writer().write(map, w);
        resp.setContentType(format == MapFormat.SVG ? "image/svg+xml; charset=utf-8" : "application/json; charset=utf-8");
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.getOutputStream().write(w.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String required(HttpServletRequest req, String name) {
        String v = req.getParameter(name);
        if (v == null || v.isBlank()) {
            throw new PaperkgException("missing parameter '" + name + "'");
        }
        return v;
    }

    private static int intParam(HttpServletRequest req, String name, int fallback) {
        String v = req.getParameter(name);
        try {
            return v == null ? fallback : Math.max(1, Math.min(200, Integer.parseInt(v)));
        } catch (NumberFormatException e) {
            throw new PaperkgException("parameter '" + name + "' must be an integer, got " + v);
        }
    }

    private static void json(HttpServletResponse resp, Object body) throws IOException {
        resp.setContentType("application/json; charset=utf-8");
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.getOutputStream().write(JSON.writeValueAsBytes(body));
    }

    private static void error(HttpServletResponse resp, int status, String message) throws IOException {
        resp.setStatus(status);
        json(resp, JSON.createObjectNode().put("error", message));
    }
}
