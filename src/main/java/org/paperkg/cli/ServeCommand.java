package org.paperkg.cli;

import org.paperkg.graph.PaperStore;
import org.paperkg.query.QueryLibrary;
import org.paperkg.serve.PaperkgServer;
import org.paperkg.serve.ServeSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        header = "Serves a read-only SPARQL endpoint, a JSON API and a web page.",
        description = {"Serves the store with an embedded Fuseki: a read-only SPARQL endpoint at /paperkg/sparql,",
                "the named queries as JSON at /api/query/NAME, and a web page at /. Localhost only unless --public.",
                "TDB2 allows one process per store: stop the server before ingesting into the same store."})
final class ServeCommand extends StoreCommand {
    @Option(names = "--port", defaultValue = "3030", description = "TCP port; 0 picks a free one (default: ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--timeout", defaultValue = "5", paramLabel = "SECONDS",
            description = "stop any query after this many seconds (default: ${DEFAULT-VALUE})")
    double timeout;

    @Option(names = "--public", description = "listen on all interfaces, not only localhost")
    boolean open;

    @Override
    int run(PaperStore store, QueryLibrary queries) {
        try (PaperkgServer server = PaperkgServer.start(store, queries,
                new ServeSettings(port, !open, Math.round(timeout * 1000)))) {
            context.err().printf("paperkg serving %s at %s (SPARQL: %spaperkg/sparql, read-only; query timeout %.1f s)%n",
                    storeOptions.store, server.url(), server.url(), timeout);
            context.err().println("press Ctrl-C to stop");
            context.err().flush();
            server.join();
        }
        return PaperKg.OK;
    }
}
