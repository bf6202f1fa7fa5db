package org.paperkg.cli;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.paperkg.PaperkgException;
import org.paperkg.bench.Percentiles;
import org.paperkg.graph.PaperStore;
import org.paperkg.query.QueryLibrary;
import org.paperkg.query.QueryRunner;
import org.paperkg.serve.PaperkgServer;
import org.paperkg.serve.ServeSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        header = "Load-tests the related-work API.",
        description = {"Load test of the related-work API: starts the server on a free loopback port and sends",
                "GET /api/related?paper=IRI for papers drawn at random (seed 1) from a fixed number of client threads;",
                "reports requests per second and latency percentiles."})
final class BenchServeCommand extends StoreCommand {
    @Option(names = "--requests", defaultValue = "2000", description = "requests in all (default: ${DEFAULT-VALUE})")
    int requests;

    @Option(names = "--concurrency", defaultValue = "4", description = "client threads (default: ${DEFAULT-VALUE})")
    int concurrency;

    @Override
    int run(PaperStore store, QueryLibrary queries) throws Exception {
        List<String> papers = new ArrayList<>();
        new QueryRunner(store.dataset()).rows(queries.get("internal/paper-titles"), Map.of())
                .forEach(r -> papers.add(r.getResource("paper").getURI()));
        if (papers.isEmpty()) {
            throw new PaperkgException("the store has no papers");
        }
        Collections.shuffle(papers, new Random(1));
        try (PaperkgServer server = PaperkgServer.start(store, queries, new ServeSettings(0, true, 10_000))) {
            HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(concurrency)).build();
            String base = "http://127.0.0.1:" + server.port() + "/api/related?limit=10&paper=";
            for (int i = 0; i < Math.min(50, requests); i++) {
                send(http, base + URLEncoder.encode(papers.get(i % papers.size()), StandardCharsets.UTF_8));
            }
            double[] millis = new double[requests];
            ExecutorService clients = Executors.newFixedThreadPool(concurrency);
            long start = System.nanoTime();
            List<Future<?>> futures = new ArrayList<>();
            for (int c = 0; c < concurrency; c++) {
                int client = c;
                futures.add(clients.submit(() -> {
                    for (int i = client; i < requests; i += concurrency) {
                        String url = base + URLEncoder.encode(papers.get(i % papers.size()), StandardCharsets.UTF_8);
                        long t0 = System.nanoTime();
                        send(http, url);
                        millis[i] = (System.nanoTime() - t0) / 1e6;
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            clients.shutdown();
            Percentiles p = Percentiles.of(millis);
            context.out().printf("store: %s, %d papers; %d requests from %d clients over loopback%n", storeOptions.store,
                    papers.size(), requests, concurrency);
            context.out().printf("| requests/s | median ms | p95 ms | max ms |%n|---|---|---|---|%n");
            context.out().printf("| %.1f | %.1f | %.1f | %.1f |%n", requests / seconds, p.median(), p.p95(), p.max());
            context.out().flush();
        }
        return PaperKg.OK;
    }

    private static void send(HttpClient http, String url) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new PaperkgException("GET " + url + " answered " + r.statusCode() + ": " + r.body());
        }
    }
}
