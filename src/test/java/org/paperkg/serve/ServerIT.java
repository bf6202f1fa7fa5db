package org.paperkg.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real embedded Fuseki over a real TDB2 store, queried over HTTP with the JDK's client. */
class ServerIT {
    static ServedStore served;
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final ObjectMapper JSON = new ObjectMapper();
    static final String COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?p a <https://w3id.org/paperkg/ns#Paper> }";

    @BeforeAll
    static void start() throws Exception {
        served = new ServedStore(1500);
    }

    @AfterAll
    static void stop() {
        served.close();
    }

    static HttpResponse<String> get(String path, String accept) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(served.url(path))).header("Accept", accept).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> post(String path, String form, String accept) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(served.url(path))).header("Accept", accept)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static String q(String query) {
        return URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    @Test
    void selectInEveryResultFormatByGetAndPost() throws Exception {
        HttpResponse<String> json = get("/paperkg/sparql?query=" + q(COUNT), "application/sparql-results+json");
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(json.body()).at("/results/bindings/0/n/value").asText()).isEqualTo("10");
        assertThat(post("/paperkg/sparql", "query=" + q(COUNT), "application/sparql-results+xml").body())
                .contains("<sparql").contains(">10<");
        assertThat(get("/paperkg/sparql?query=" + q(COUNT), "text/csv").body()).startsWith("n").contains("10");
        assertThat(get("/paperkg/sparql?query=" + q(COUNT), "text/tab-separated-values").body()).startsWith("?n");
        HttpResponse<String> ask = get("/paperkg/sparql?query=" + q("ASK { ?p <https://w3id.org/paperkg/ns#usesDataset> ?d }"),
                "application/sparql-results+json");
        assertThat(JSON.readTree(ask.body()).get("boolean").asBoolean()).isTrue();
    }

    @Test
    void constructNegotiatesRdfFormats() throws Exception {
        String construct = "CONSTRUCT { ?c ?p ?o } WHERE { BIND(<https://w3id.org/paperkg/concept/momentum> AS ?c) ?c ?p ?o }";
        HttpResponse<String> ttl = get("/paperkg/sparql?query=" + q(construct), "text/turtle");
        assertThat(ttl.headers().firstValue("Content-Type").orElse("")).startsWith("text/turtle");
        assertThat(ttl.body()).contains("momentum");
        HttpResponse<String> nt = get("/paperkg/sparql?query=" + q(construct), "application/n-triples");
        assertThat(nt.body()).contains("<https://w3id.org/paperkg/concept/momentum>");
        HttpResponse<String> ld = get("/paperkg/sparql?query=" + q("DESCRIBE <https://w3id.org/paperkg/concept/momentum>"),
                "application/ld+json");
        assertThat(ld.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(ld.body()).toString()).contains("https://w3id.org/paperkg/concept/momentum");
    }

    @Test
    void updatesAndGraphStoreWritesAreRefused() throws Exception {
        String insert = "INSERT DATA { <urn:x> <urn:y> <urn:z> }";
        assertThat(post("/paperkg/update", "update=" + q(insert), "*/*").statusCode()).isGreaterThanOrEqualTo(400);
        assertThat(post("/paperkg/sparql", "update=" + q(insert), "*/*").statusCode()).isGreaterThanOrEqualTo(400);
        HttpResponse<String> put = HTTP.send(HttpRequest.newBuilder(URI.create(served.url("/paperkg/data?default")))
                .header("Content-Type", "text/turtle").PUT(HttpRequest.BodyPublishers.ofString("<urn:x> <urn:y> <urn:z> ."))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(put.statusCode()).isGreaterThanOrEqualTo(400);
        HttpResponse<String> check = get("/paperkg/sparql?query=" + q("ASK { <urn:x> ?p ?o }"), "application/sparql-results+json");
        assertThat(JSON.readTree(check.body()).get("boolean").asBoolean()).isFalse();
    }

    @Test
    void aRunawayQueryIsStoppedByTheTimeout() throws Exception {
        long t0 = System.nanoTime();
        HttpResponse<String> r = get("/paperkg/sparql?query=" + q("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"),
                "application/sparql-results+json");
        assertThat(r.statusCode()).isEqualTo(503);
        assertThat((System.nanoTime() - t0) / 1e9).isLessThan(30);
        assertThat(get("/paperkg/sparql?query=" + q(COUNT), "text/csv").statusCode()).as("server still up").isEqualTo(200);
    }

    @Test
    void namedQueriesAndRelatedWorkAreServedAsJson() throws Exception {
        JsonNode rows = JSON.readTree(get("/api/query/papers-using-dataset?dataset=cifar10", "application/json").body());
        List<String> titles = new ArrayList<>();
        rows.forEach(r -> titles.add(r.get("title").asText()));
        assertThat(titles).anySatisfy(t -> assertThat(t).startsWith("LoopNet"));
        JsonNode related = JSON.readTree(get("/api/related?paper=LoopNet", "application/json").body());
        assertThat(related.isArray()).isTrue();
        assertThat(related.get(0).has("reasons")).isTrue();
        assertThat(get("/api/query/no-such-query", "application/json").statusCode()).isEqualTo(404);
        HttpResponse<String> missing = get("/api/query/papers-using-dataset", "application/json");
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(missing.body()).get("error").asText()).contains("dataset");
        assertThat(JSON.readTree(get("/api/queries", "application/json").body()).size()).isGreaterThanOrEqualTo(7);
        HttpResponse<String> svg = get("/api/map.svg?paper=LoopNet", "image/svg+xml");
        assertThat(svg.headers().firstValue("Content-Type").orElse("")).startsWith("image/svg+xml");
        assertThat(svg.body()).contains("<svg");
    }

    @Test
    void concurrentClientsAllGetAnswers() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                String path = i % 2 == 0 ? "/api/related?paper=LoopNet" : "/paperkg/sparql?query=" + q(COUNT);
                results.add(pool.submit(() -> get(path, "application/json").statusCode()));
            }
            for (Future<Integer> f : results) {
                assertThat(f.get(60, TimeUnit.SECONDS)).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void ingestIntoAServedStoreFailsClearlyAndChangesNothing() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "org.paperkg.cli.PaperKg",
                "ingest", "examples", "--store", served.dir.resolve("store").toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out).isEqualTo(4);
        assertThat(out).contains("in use by another process").contains("serve");
        assertThat(get("/paperkg/sparql?query=" + q(COUNT), "text/csv").body()).contains("10");
    }

    @Test
    void aTakenPortIsAClearError() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> PaperkgServer.start(served.store,
                org.paperkg.query.QueryLibrary.load(), new ServeSettings(served.server.port(), true, 1000)))
                .isInstanceOf(ServeException.class).hasMessageContaining("--port");
    }
}
