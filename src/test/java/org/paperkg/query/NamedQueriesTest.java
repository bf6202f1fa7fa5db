package org.paperkg.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.query.QuerySolution;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.paperkg.extract.SharedExtractor;
import org.paperkg.graph.Ingester;
import org.paperkg.graph.PaperStore;

/** Every user query of queries/, run on the sample corpus of examples/, with an answer it must contain. */
class NamedQueriesTest {
    static PaperStore store;
    static QueryRunner runner;
    static QueryLibrary queries = QueryLibrary.load();
    static String loopNet;

    @BeforeAll
    static void ingest() {
        store = PaperStore.inMemory();
        try (Ingester ingester = new Ingester(store, SharedExtractor::get, queries, Ingester.Settings.defaults(),
                Ingester.Listener.SILENT)) {
            ingester.ingest(List.of(Path.of("examples")));
        }
        runner = new QueryRunner(store.dataset());
        loopNet = runner.rows(queries.get("internal/paper-titles"), Map.of()).stream()
                .filter(r -> r.getLiteral("title").getString().startsWith("LoopNet"))
                .map(r -> r.getResource("paper").getURI()).findFirst().orElseThrow();
    }

    /** Query, parameters, a column, and a value that column must hold in some row. */
    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("papers-sharing-technique", Map.of("technique", "state-space model"), "title", "WaveSSM: Audio Generation with Convolutional State Space Models"),
                Arguments.of("papers-sharing-technique", Map.of("technique", "AdamW"), "technique_label", "AdamW"),
                Arguments.of("papers-using-dataset", Map.of("dataset", "cifar 10"), "dataset_label", "CIFAR-10"),
                Arguments.of("method-introduced-by", Map.of("method", "tinydiff"), "entity_label", "TinyDiff"),
                Arguments.of("concept-cooccurrence", Map.of("concept", "SSM"), "b", "state space model"),
                Arguments.of("concept-trends", Map.of("concept", "state space model"), "year", "2025"),
                Arguments.of("top-entities", Map.of("type_", "Dataset"), "label", "CIFAR-10"),
                Arguments.of("top-concepts", Map.of(), "label", "state space model"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void answersWithTheExpectedValue(String name, Map<String, String> params, String column, String expected) {
        List<QuerySolution> rows = runner.rows(queries.get(name), params);
        List<String> values = rows.stream().filter(r -> r.contains(column))
                .map(r -> r.get(column).isLiteral() ? r.getLiteral(column).getLexicalForm() : r.get(column).toString())
                .collect(Collectors.toList());
        assertThat(values).as(name + " " + column).contains(expected);
    }

    @Test
    void relatedWorkAndMethodsOfAPaperAndItsEvidence() {
        List<QuerySolution> related = runner.rows(queries.get("related-work"), Map.of("paper", loopNet));
        assertThat(related).isNotEmpty();
        assertThat(related.get(0).getLiteral("reasons").getString()).contains("[");
        List<QuerySolution> methods = runner.rows(queries.get("methods-of-paper"), Map.of("paper", loopNet));
        assertThat(methods).anySatisfy(r -> {
            assertThat(r.getLiteral("label").getString()).isEqualTo("LoopNet");
            assertThat(r.getLiteral("proposed").getBoolean()).isTrue();
        });
        List<QuerySolution> evidence = runner.rows(queries.get("evidence"), Map.of("paper", loopNet, "thing", "LRA"));
        assertThat(evidence).isNotEmpty().allSatisfy(r -> assertThat(r.getLiteral("sentence").getString()).contains("LRA"));
    }
}
