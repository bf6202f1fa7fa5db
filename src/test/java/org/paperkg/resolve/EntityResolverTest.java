package org.paperkg.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EntityResolverTest {
    private static final String E = "https://w3id.org/paperkg/id/entity/";

    private static EntityResolver.MentionRow row(String paper, String entity, String claim, String name, double c) {
        return new EntityResolver.MentionRow(paper, E + entity, claim, name, c);
    }

    @Test
    void mergesSurfaceFormsAndAcronymsIntoOneEntity() {
        var mentions = List.of(
                row("p1", "cifar10", "usesDataset", "CIFAR10", 0.6),
                row("p2", "cifar10", "usesMethod", "CIFAR-10", 0.5),
                row("p2", "lra", "usesDataset", "LRA", 0.9),
                row("p3", "longrangearena", "usesMethod", "Long Range Arena", 0.5));
        var labels = Map.of(E + "cifar10", Set.of("CIFAR10", "CIFAR-10"), E + "lra", Set.of("LRA", "Long Range Arena"),
                E + "longrangearena", Set.of("Long Range Arena"));
        var resolution = new EntityResolver().resolve(mentions, labels);
        assertThat(resolution.entities()).hasSize(2);
        var lra = resolution.entities().stream().filter(e -> e.members().contains(E + "lra")).findFirst().orElseThrow();
        assertThat(lra.members()).containsExactlyInAnyOrder(E + "lra", E + "longrangearena");
        assertThat(lra.dataset()).as("one strong dataset reading makes it a dataset everywhere").isTrue();
        assertThat(lra.paperCount()).isEqualTo(2);
        assertThat(resolution.links()).contains(new EntityResolver.PaperLink("p3", "usesDataset", lra.iri()));
    }

    @Test
    void votesDecideTheTypeAndProposalsAreKept() {
        var mentions = List.of(
                row("p1", "foonet", "usesMethod", "FooNet", 0.85),
                row("p1", "foonet", "proposes", "FooNet", 0.8),
                row("p2", "foonet", "usesMethod", "FooNet", 0.5),
                row("p3", "foonet", "usesDataset", "FooNet", 0.6));
        var resolution = new EntityResolver().resolve(mentions, Map.of());
        var foo = resolution.entities().get(0);
        assertThat(foo.dataset()).isFalse();
        assertThat(foo.methodVotes()).isEqualTo(1.35);
        assertThat(foo.datasetVotes()).isEqualTo(0.6);
        assertThat(resolution.links()).contains(new EntityResolver.PaperLink("p1", "proposes", foo.iri()),
                new EntityResolver.PaperLink("p3", "usesMethod", foo.iri()));
    }
}
