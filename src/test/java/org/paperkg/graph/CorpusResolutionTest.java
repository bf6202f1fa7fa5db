package org.paperkg.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.corpus.Paper;
import org.paperkg.corpus.SourceRef;
import org.paperkg.extract.AnnotatedText;
import org.paperkg.extract.Mention;
import org.paperkg.extract.MentionKind;
import org.paperkg.extract.PaperExtraction;
import org.paperkg.extract.Span;
import org.paperkg.query.QueryLibrary;

/** Corpus-wide resolution on a TDB2 store on disk, with hand-made extractions (no NLP). */
class CorpusResolutionTest {
    private static final QueryLibrary QUERIES = QueryLibrary.load();

    @TempDir
    Path dir;

    @Test
    void reResolvingAnUnchangedStoreWritesNothing() {
        try (PaperStore store = PaperStore.open(dir.resolve("store"))) {
            write(store, paper("Gradient tricks", "We train with Adam on CIFAR-10.", "Adam", "CIFAR-10"));
            write(store, paper("More tricks", "Adam again, now on SVHN.", "Adam", "SVHN"));
            CorpusResolution.Summary first = new CorpusResolution(store, QUERIES).run();
            assertThat(first.changed()).isEqualTo(first.quads()).isPositive();
            assertThat(entitiesGraph(store)).hasSize(first.quads());

            CorpusResolution.Summary second = new CorpusResolution(store, QUERIES).run();
            assertThat(second.quads()).isEqualTo(first.quads());
            assertThat(second.changed()).isZero();
        }
    }

    @Test
    void anUpdatedGraphEqualsOneBuiltFromScratch() {
        Set<Quad> updated;
        try (PaperStore store = PaperStore.open(dir.resolve("updated"))) {
            write(store, paper("Gradient tricks", "We train with Adam on CIFAR-10.", "Adam", "CIFAR-10"));
            write(store, paper("More tricks", "Adam again, now on SVHN.", "Adam", "SVHN"));
            new CorpusResolution(store, QUERIES).run();
            // the second paper changes: a different dataset, and Adam is gone
            write(store, paper("More tricks", "RMSProp, now on MNIST.", "RMSProp", "MNIST"));
            CorpusResolution.Summary again = new CorpusResolution(store, QUERIES).run();
            assertThat(again.changed()).isPositive().isLessThan(again.quads() * 2);
            updated = entitiesGraph(store);
        }
        try (PaperStore store = PaperStore.open(dir.resolve("scratch"))) {
            write(store, paper("Gradient tricks", "We train with Adam on CIFAR-10.", "Adam", "CIFAR-10"));
            write(store, paper("More tricks", "RMSProp, now on MNIST.", "RMSProp", "MNIST"));
            new CorpusResolution(store, QUERIES).run();
            assertThat(updated).isEqualTo(entitiesGraph(store));
        }
    }

    /** A paper whose abstract uses one method and one dataset, each named once. */
    private static PaperExtraction paper(String title, String abstractText, String method, String dataset) {
        Paper paper = Paper.of(title, abstractText, new SourceRef("test.jsonl", 1));
        String text = AnnotatedText.compose(title, abstractText);
        int abstractStart = text.length() - abstractText.length();
        List<Mention> mentions = new ArrayList<>();
        mentions.add(mention(MentionKind.METHOD, method, text, abstractStart));
        mentions.add(mention(MentionKind.DATASET, dataset, text, abstractStart));
        return new PaperExtraction(paper, text, title.length(),
                List.of(new Span(0, title.length()), new Span(abstractStart, text.length())), mentions, Map.of());
    }

    private static Mention mention(MentionKind kind, String name, String text, int from) {
        int begin = text.indexOf(name, from);
        return new Mention(kind, name, name, new Span(begin, begin + name.length()), 1, "test", 0.9);
    }

    private static void write(PaperStore store, PaperExtraction extraction) {
        store.writeBatch(List.of(new PaperStore.PaperWrite(extraction.paper(), "hash-" + extraction.text().hashCode(),
                iri -> PaperGraphMapper.quads(iri, extraction, "hash-" + extraction.text().hashCode()))), false);
    }

    private static Set<Quad> entitiesGraph(PaperStore store) {
        Node g = NodeFactory.createURI(Iris.ENTITIES_GRAPH);
        return Txn.calculateRead(store.datasetGraph(), () -> {
            Set<Quad> quads = new HashSet<>();
            store.datasetGraph().find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(quads::add);
            return quads;
        });
    }
}
