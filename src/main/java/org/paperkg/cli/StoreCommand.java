package org.paperkg.cli;

import java.util.concurrent.Callable;
import org.paperkg.graph.PaperStore;
import org.paperkg.query.QueryLibrary;
import picocli.CommandLine.Mixin;

/** Base of the commands that open the store: the --store option and the output context. */
abstract class StoreCommand implements Callable<Integer>, ContextAware {
    @Mixin
    StoreOptions storeOptions;

    Context context;

    @Override
    public void context(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        QueryLibrary queries = QueryLibrary.load();
        if (requiresExistingStore() && !java.nio.file.Files.isDirectory(storeOptions.store)) {
            throw new org.paperkg.PaperkgException("no store at " + storeOptions.store
                    + "; run 'paperkg ingest PATH --store " + storeOptions.store + "' first");
        }
        beforeOpen();
        try (PaperStore store = PaperStore.open(storeOptions.store)) {
            return run(store, queries);
        }
    }

    /** Runs before the store is opened. */
    void beforeOpen() {
    }

    boolean requiresExistingStore() {
        return true;
    }

    abstract int run(PaperStore store, QueryLibrary queries) throws Exception;
}
