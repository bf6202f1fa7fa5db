package org.paperkg.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Var;
import org.junit.jupiter.api.Test;

class QueryLibraryTest {
    private final QueryLibrary library = QueryLibrary.load();

    @Test
    void everyQueryParsesAndDocumentsItself() {
        assertThat(library.userQueryNames()).contains("papers-sharing-technique", "related-work", "methods-of-paper",
                "papers-using-dataset", "method-introduced-by", "concept-cooccurrence", "evidence");
        for (NamedQuery q : library.all()) {
            assertThat(q.description()).as(q.name()).isNotBlank();
            for (NamedQuery.Parameter p : q.parameters()) {
                assertThat(q.query().toString()).as(q.name() + " uses ?" + p.name()).contains("?" + p.name());
            }
        }
    }

    @Test
    void bindsParametersAsTermsNotText() {
        NamedQuery q = library.get("papers-sharing-technique");
        Map<String, Node> bound = QueryRunner.bindings(q, Map.of("technique", "x\" } ; DROP ALL ; {\""));
        assertThat(bound.get("technique").isLiteral()).isTrue();
        assertThat(bound.get("technique").getLiteralLexicalForm()).isEqualTo("x\" } ; DROP ALL ; {\"");
        assertThat(q.query().getProjectVars()).contains(Var.alloc("paper"));
    }

    @Test
    void rejectsUnknownAndMissingParameters() {
        NamedQuery q = library.get("related-work");
        assertThatThrownBy(() -> QueryRunner.bindings(q, Map.of())).hasMessageContaining("--param paper=");
        assertThatThrownBy(() -> QueryRunner.bindings(q, Map.of("paper", "not an iri"))).hasMessageContaining("not an IRI");
        assertThatThrownBy(() -> QueryRunner.bindings(q, Map.of("nope", "1"))).hasMessageContaining("no parameter 'nope'");
        assertThatThrownBy(() -> library.get("no-such-query")).hasMessageContaining("known queries");
    }

    @Test
    void reportsSyntaxErrorsWithLine() {
        assertThatThrownBy(() -> QueryLibrary.parse("bad", "# bad\nSELECT ?x WHERE {\n ?x ?y \n"))
                .isInstanceOf(QueryException.class).hasMessageContaining("bad.rq: line");
    }
}
