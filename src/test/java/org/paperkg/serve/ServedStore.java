package org.paperkg.serve;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.paperkg.extract.SharedExtractor;
import org.paperkg.graph.Ingester;
import org.paperkg.graph.PaperStore;
import org.paperkg.query.QueryLibrary;

/** A store with the sample corpus and the markup fixture, served on a free loopback port. */
public final class ServedStore implements AutoCloseable {
    public final Path dir;
    public final PaperStore store;
    public final PaperkgServer server;

    public ServedStore(long timeoutMillis) throws Exception {
        dir = Files.createTempDirectory("paperkg-serve");
        store = PaperStore.open(dir.resolve("store"));
        QueryLibrary queries = QueryLibrary.load();
        try (Ingester ingester = new Ingester(store, SharedExtractor::get, queries, Ingester.Settings.defaults(),
                Ingester.Listener.SILENT)) {
            ingester.ingest(List.of(Path.of("examples"), Path.of("src/test/resources/fixtures/markup.jsonl")));
        }
        server = PaperkgServer.start(store, queries, new ServeSettings(0, true, timeoutMillis));
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.port() + path;
    }

    @Override
    public void close() {
        server.close();
        store.close();
        try (java.util.stream.Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
