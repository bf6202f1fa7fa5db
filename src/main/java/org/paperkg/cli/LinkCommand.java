package org.paperkg.cli;

import org.paperkg.graph.LinkMaterialiser;
import org.paperkg.graph.PaperStore;
import org.paperkg.query.QueryLibrary;
import org.paperkg.query.QueryRunner;
import org.paperkg.related.RelatedIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "link", mixinStandardHelpOptions = true,
        header = "Materialises related-work links in the graph.",
        description = {"Materialises each paper's top related-work links in the graph (pkg:relatedTo, and a",
                "pkg:RelatedLink with pkg:score and pkg:shares), for fast queries and export."})
final class LinkCommand extends StoreCommand {
    @Option(names = {"-n", "--per-paper"}, defaultValue = "10", description = "links per paper (default: ${DEFAULT-VALUE})")
    int perPaper;

    @Override
    int run(PaperStore store, QueryLibrary queries) {
        long t0 = System.nanoTime();
        RelatedIndex index = RelatedIndex.load(new QueryRunner(store.dataset()), queries);
        int links = new LinkMaterialiser(store).materialise(index, perPaper);
        context.err().printf("linked %d papers with %d related-work links in %.1f s%n", index.papers().size(), links,
                (System.nanoTime() - t0) / 1e9);
        context.err().flush();
        return PaperKg.OK;
    }
}
