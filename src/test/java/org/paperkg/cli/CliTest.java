package org.paperkg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands run in-process on the sample corpus of examples/, against a real TDB2 store on disk. */
class CliTest {
    @TempDir
    static Path dir;
    static Path store;
    static Cli.Result first;

    @BeforeAll
    static void ingestExamples() {
        store = dir.resolve("store");
        first = Cli.run("ingest", "examples", "--store", store.toString());
    }

    @Test
    void ingestsTheExamplesWithASummary() {
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.err()).contains("files: 3").contains("9 read, 9 new").contains("triples:");
        assertThat(first.out()).isEmpty();
    }

    @Test
    void reingestingLeavesExactlyTheSameTriples() throws IOException {
        String before = Cli.run("export", "-f", "nq", "--store", store.toString()).out();
        Cli.Result again = Cli.run("ingest", "examples", "--store", store.toString());
        assertThat(again.err()).contains("9 unchanged");
        Cli.Result forced = Cli.run("ingest", "examples", "--force", "--store", store.toString());
        assertThat(forced.err()).contains("9 replaced");
        String after = Cli.run("export", "-f", "nq", "--store", store.toString()).out();
        assertThat(after.lines().sorted().toList()).isEqualTo(before.lines().sorted().toList());
    }

    @Test
    void relatedRanksPapersSharingRareThingsWithReasons() throws IOException {
        Cli.Result r = Cli.run("related", "LoopNet", "--format", "json", "--store", store.toString());
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode related = new ObjectMapper().readTree(r.out());
        assertThat(related.size()).isGreaterThan(0);
        JsonNode top = related.get(0);
        assertThat(top.has("title") && top.has("iri") && top.has("score") && top.has("reasons")).isTrue();
        assertThat(top.get("reasons").size()).isGreaterThan(0);
        for (int i = 1; i < related.size(); i++) {
            assertThat(related.get(i).get("score").asDouble()).isLessThanOrEqualTo(related.get(i - 1).get("score").asDouble());
        }
    }

    @Test
    void ambiguousTitleWordsListTheCandidates() {
        Cli.Result r = Cli.run("related", "models", "--store", store.toString());
        assertThat(r.code()).isEqualTo(PaperKg.BAD_INPUT);
        assertThat(r.err()).contains("matches").contains("papers");
    }

    @Test
    void sharingFindsPapersByConceptAliasAndNarrowerConcepts() {
        Cli.Result bySsm = Cli.run("sharing", "SSM", "--format", "csv", "--store", store.toString());
        assertThat(bySsm.out()).contains("LoopNet").contains("WaveSSM");
        Cli.Result broad = Cli.run("sharing", "generative model", "--format", "csv", "--store", store.toString());
        assertThat(broad.out()).contains("TinyDiff");
        Cli.Result method = Cli.run("sharing", "adamw", "--format", "csv", "--store", store.toString());
        assertThat(method.out()).contains("Momentum Without Tears");
    }

    @Test
    void queryByNameBindsParametersAndFormats() {
        Cli.Result r = Cli.run("query", "papers-using-dataset", "--param", "dataset=cifar10", "--format", "tsv",
                "--store", store.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("TinyDiff").contains("LoopNet");
        Cli.Result missing = Cli.run("query", "papers-using-dataset", "--store", store.toString());
        assertThat(missing.code()).isEqualTo(PaperKg.BAD_INPUT);
        assertThat(missing.err()).contains("--param dataset=");
    }

    @Test
    void exportsJsonlInTheGoldShape() throws IOException {
        Path out = dir.resolve("export.jsonl");
        Cli.Result r = Cli.run("export", "-f", "jsonl", "-o", out.toString(), "--store", store.toString());
        assertThat(r.code()).as(r.err()).isZero();
        var lines = Files.readAllLines(out);
        assertThat(lines).hasSize(9);
        JsonNode tiny = lines.stream().map(CliTest::json).filter(n -> n.get("title").asText().startsWith("TinyDiff"))
                .findFirst().orElseThrow();
        assertThat(tiny.get("proposed").toString()).contains("TinyDiff");
        assertThat(tiny.get("datasets").toString()).contains("CIFAR-10").contains("CelebA");
        assertThat(tiny.get("concepts").toString()).contains("diffusion model");
    }

    @Test
    void evidenceShowsSentenceOffsetsAndRule() {
        String iri = json(Cli.run("related", "LoopNet", "-f", "json", "--store", store.toString()).out()).get(0)
                .get("iri").asText();
        Cli.Result r = Cli.run("query", "evidence", "-p", "paper=" + iri, "-f", "csv", "--store", store.toString());
        assertThat(r.out()).contains("claim,about,surface,field,begin,end,rule,confidence,sentence");
        assertThat(r.out().lines().count()).isGreaterThan(1);
    }

    @Test
    void nothingIngestableExitsNonZeroWithoutStackTrace() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.txt"), "nothing here\n");
        Path empty = Files.writeString(dir.resolve("empty.jsonl"), "");
        Cli.Result r = Cli.run("ingest", bad.toString(), empty.toString(), "--store", dir.resolve("s2").toString());
        assertThat(r.code()).isEqualTo(PaperKg.BAD_INPUT);
        assertThat(r.err()).contains("bad.txt").contains("not in a known corpus format").contains("empty.jsonl")
                .doesNotContain("Exception");
    }

    @Test
    void badRecordsAreReportedAndTheRestIngested() throws IOException {
        Path mixed = Files.writeString(dir.resolve("mixed.jsonl"),
                "{\"title\": \"Good One\", \"abstract\": \"We propose GoodNet.\"}\n{broken\n");
        Cli.Result r = Cli.run("ingest", mixed.toString(), "--store", dir.resolve("s3").toString());
        assertThat(r.code()).isZero();
        assertThat(r.err()).contains("mixed.jsonl:2").contains("1 new");
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(Cli.run("query", "--format", "nope").code()).isEqualTo(PaperKg.USAGE);
        assertThat(Cli.run("--help").out()).contains("ingest").contains("Exit codes");
    }

    private static JsonNode json(String s) {
        try {
            return new ObjectMapper().readTree(s);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void materialisedLinksMatchTheRelatedRanking() throws IOException {
        Path s4 = dir.resolve("s4");
        Cli.Result r = Cli.run("ingest", "examples", "--materialise", "3", "--store", s4.toString());
        assertThat(r.err()).contains("related-work links:");
        Path q = Files.writeString(dir.resolve("links.rq"), """
                PREFIX pkg: <https://w3id.org/paperkg/ns#>
                SELECT ?target ?score WHERE {
                  ?link pkg:linkSource ?source ; pkg:linkTarget ?target ; pkg:score ?score ; pkg:shares ?thing .
                  ?source pkg:titleKey ?key . FILTER(STRSTARTS(?key, "loopnet"))
                } ORDER BY DESC(?score)
                """);
        Cli.Result links = Cli.run("query", q.toString(), "-f", "csv", "--store", s4.toString());
        JsonNode related = json(Cli.run("related", "LoopNet", "-n", "3", "-f", "json", "--store", s4.toString()).out());
        for (JsonNode paper : related) {
            assertThat(links.out()).contains(paper.get("iri").asText());
        }
    }

    @Test
    void anUnwritableOutputIsAClearError() {
        Cli.Result r = Cli.run("export", "-f", "jsonl", "-o", "/proc/no-such-folder/x.jsonl", "--store", store.toString());
        assertThat(r.code()).isEqualTo(PaperKg.BAD_INPUT);
        assertThat(r.err()).contains("cannot write").doesNotContain("\tat ");
    }

    @Test
    void compactingKeepsEveryTriple() throws IOException {
        Path copy = dir.resolve("to-compact");
        assertThat(Cli.run("ingest", "examples", "--store", copy.toString()).code()).isZero();
        // a second, forced ingest leaves old blocks behind for compaction to drop
        assertThat(Cli.run("ingest", "examples", "--force", "--store", copy.toString()).code()).isZero();
        String before = Cli.run("export", "-f", "nq", "--store", copy.toString()).out();
        Cli.Result r = Cli.run("compact", "--store", copy.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("compacted").contains("triples");
        String after = Cli.run("export", "-f", "nq", "--store", copy.toString()).out();
        assertThat(after.lines().sorted().toList()).isEqualTo(before.lines().sorted().toList()).isNotEmpty();
    }
}
