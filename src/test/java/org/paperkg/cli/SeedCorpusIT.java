package org.paperkg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.graph.PaperStore;

/** Acceptance on the shared seed corpus, where it is present: ingest twice, count, rank related work. */
class SeedCorpusIT {
    private static final Path CORPUS = Path.of("../shared/corpus");

    @TempDir
    Path dir;

    @Test
    void ingestsTheSeedCorpusIdempotentlyAndRanksRelatedWork() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(CORPUS), "no ../shared/corpus here");
        Path store = dir.resolve("store");
        Cli.Result first = Cli.run("ingest", CORPUS.toString(), "--store", store.toString());
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.err()).contains("211 new");
        long triples = count(store);
        Cli.Result second = Cli.run("ingest", CORPUS.toString(), "--force", "--store", store.toString());
        assertThat(second.err()).contains("211 replaced").contains("0 new");
        assertThat(count(store)).isEqualTo(triples);
        try (PaperStore s = PaperStore.open(store)) {
            assertThat(s.paperCount()).isEqualTo(211);
        }

        Cli.Result related = Cli.run("related", "On the Parameterization and Initialization of Diagonal State Space Models",
                "--limit", "5", "--format", "json", "--store", store.toString());
        assertThat(related.code()).as(related.err()).isZero();
        JsonNode top = new ObjectMapper().readTree(related.out());
        List<String> titles = new ArrayList<>();
        top.forEach(n -> titles.add(n.get("title").asText()));
        assertThat(titles.subList(0, 2)).allSatisfy(t -> assertThat(t.toLowerCase()).containsAnyOf("state space",
                "state-space", "hippo", "mamba"));
        assertThat(titles.stream().filter(t -> t.toLowerCase().matches(".*(state.space|hippo|mamba|s4).*"))).hasSizeGreaterThanOrEqualTo(3);
        assertThat(top.get(0).get("reasons").toString()).containsAnyOf("S4", "state space model", "HiPPO");
    }

    private static long count(Path store) {
        try (PaperStore s = PaperStore.open(store)) {
            return s.quadCount();
        }
    }
}
