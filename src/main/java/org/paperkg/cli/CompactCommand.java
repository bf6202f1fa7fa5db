package org.paperkg.cli;

import org.paperkg.graph.PaperStore;
import org.paperkg.query.QueryLibrary;
import picocli.CommandLine.Command;

@Command(name = "compact", mixinStandardHelpOptions = true,
        header = "Shrinks the store on disk after large ingests.",
        description = {"Rewrites the store without the old index blocks that every write transaction leaves behind",
                "(TDB2 copies the blocks a commit changes) and deletes the old files. The data is unchanged."})
final class CompactCommand extends StoreCommand {
    @Override
    int run(PaperStore store, QueryLibrary queries) {
        long before = PaperStore.sizeOnDisk(storeOptions.store);
        long triples = store.quadCount();
        store.compact();
        long after = PaperStore.sizeOnDisk(storeOptions.store);
        context.err().printf("compacted %s: %.1f MB -> %.1f MB (%d triples)%n", storeOptions.store, before / 1e6,
                after / 1e6, triples);
        context.err().flush();
        return PaperKg.OK;
    }
}
