package org.paperkg.serve;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.ARQ;
import org.paperkg.graph.PaperStore;
import org.paperkg.query.QueryLibrary;

/**
 * The embedded Fuseki server over the store: a read-only SPARQL endpoint at {@code /paperkg/sparql} (update and
 * graph-store writes are not offered), the JSON API at {@code /api/}, and the web page at {@code /}. Every query,
 * through SPARQL or the API, is stopped after the configured timeout.
 */
public final class PaperkgServer implements AutoCloseable {
    public static final String DATASET = "/paperkg";

    private final FusekiServer server;

    private PaperkgServer(FusekiServer server) {
        this.server = server;
    }

    public static PaperkgServer start(PaperStore store, QueryLibrary queries, ServeSettings settings) {
        store.dataset().getContext().set(ARQ.queryTimeout, Long.toString(settings.timeoutMillis()));
        StaticServlet page = new StaticServlet();
        FusekiServer.Builder builder = FusekiServer.create()
                .port(settings.port())
                .loopback(settings.loopback())
                .add(DATASET, store.dataset(), false)
                .addServlet("/api/*", new ApiServlet(store, queries));
        // "" is the servlet mapping of the root page exactly; the rest of "/" stays Fuseki's 404
        for (String path : StaticServlet.PATHS) {
            builder.addServlet(path, page);
        }
        FusekiServer server = builder.build();
        try {
            server.start();
        } catch (RuntimeException e) {
            String cause = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
            throw new ServeException("cannot start the server on port " + settings.port() + " (" + cause
                    + "); is another server using it? Choose another with --port", e);
        }
        return new PaperkgServer(server);
    }

    public int port() {
        return server.getHttpPort();
    }

    public String url() {
        return "http://localhost:" + port() + "/";
    }

    public void join() {
        server.join();
    }

    @Override
    public void close() {
        server.stop();
    }
}
