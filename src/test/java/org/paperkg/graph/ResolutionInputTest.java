package org.paperkg.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.corpus.Corpus;
import org.paperkg.corpus.CorpusEvent;
import org.paperkg.corpus.CorpusFormats;
import org.paperkg.corpus.Paper;
import org.paperkg.extract.Extractor;
import org.paperkg.extract.PaperExtraction;
import org.paperkg.extract.SharedExtractor;
import org.paperkg.query.QueryLibrary;
import org.paperkg.query.QueryRunner;

/** The resolution input gathered while writing equals the one read back from the store. */
class ResolutionInputTest {
    @TempDir
    Path dir;

    @Test
    void gatheredInputEqualsTheOneReadFromTheStore() {
        Extractor extractor = SharedExtractor.get();
        Corpus corpus = new Corpus(CorpusFormats.standard());
        List<PaperStore.PaperWrite> writes = new ArrayList<>();
        ResolutionInput.Gatherer gatherer = new ResolutionInput.Gatherer();
        for (Path file : Corpus.files(List.of(Path.of("examples")))) {
            try (Stream<CorpusEvent> events = corpus.read(file)) {
                events.forEach(e -> {
                    if (e instanceof CorpusEvent.PaperRead r) {
                        Paper paper = r.paper();
                        PaperExtraction extraction = extractor.extract(paper);
                        writes.add(new PaperStore.PaperWrite(paper, "h", iri -> PaperGraphMapper.quads(iri, extraction, "h")));
                        gatherer.add(Iris.paper(paper), extraction);
                    }
                });
            }
        }
        try (PaperStore store = PaperStore.open(dir.resolve("store"))) {
            store.writeBatch(writes, false);
            ResolutionInput read = ResolutionInput.read(new QueryRunner(store.dataset()), QueryLibrary.load());
            ResolutionInput gathered = gatherer.input();
            assertThat(read.mentions()).hasSizeGreaterThan(20);
            assertThat(gathered.mentions()).isEqualTo(read.mentions());
            assertThat(gathered.labels()).isEqualTo(read.labels());
            assertThat(read.conceptPapers()).hasSizeGreaterThan(5);
            assertThat(gathered.conceptPapers()).isEqualTo(read.conceptPapers());

            // once resolved, the entities graph's merged labels do not feed the next resolution
            new CorpusResolution(store, QueryLibrary.load()).run(gathered);
            ResolutionInput again = ResolutionInput.read(new QueryRunner(store.dataset()), QueryLibrary.load());
            assertThat(again.labels()).isEqualTo(read.labels());
        }
    }
}
