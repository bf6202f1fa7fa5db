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

    private static EntityResolver.Unit unit(String paper, String entity) {
        return new EntityResolver.Unit(paper, E + entity);
    }

    private static EntityResolver resolver() {
        return new EntityResolver(name -> E + name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]", ""));
    }

    @Test
    void mergesSurfaceFormsAndAcronymsIntoOneEntity() {
        var mentions = List.of(
                row("p1", "cifar10", "usesDataset", "CIFAR10", 0.6),
                row("p2", "cifar10", "usesMethod", "CIFAR-10", 0.5),
                row("p2", "lra", "usesDataset", "LRA", 0.9),
                row("p3", "longrangearena", "usesMethod", "Long Range Arena", 0.5));
        var labels = Map.of(unit("p1", "cifar10"), Set.of("CIFAR10"), unit("p2", "cifar10"), Set.of("CIFAR-10"),
                unit("p2", "lra"), Set.of("LRA", "Long Range Arena"), unit("p3", "longrangearena"), Set.of("Long Range Arena"));
        var resolution = resolver().resolve(mentions, labels);
        assertThat(resolution.entities()).hasSize(2);
        var lra = resolution.entities().stream().filter(e -> e.members().contains(E + "lra")).findFirst().orElseThrow();
        assertThat(lra.members()).containsExactlyInAnyOrder(E + "lra", E + "longrangearena");
        assertThat(lra.dataset()).as("one strong dataset reading makes it a dataset everywhere").isTrue();
        assertThat(lra.paperCount()).isEqualTo(2);
        assertThat(resolution.links()).contains(new EntityResolver.PaperLink("p3", "usesDataset", lra.iri()));
    }

    @Test
    void aGreekLetterBeforeANameMakesAnotherNameAndSpelledOutJoinsIt() {
        var mentions = List.of(
                row("p1", "epsilonts", "usesMethod", "\u03B5-TS", 0.85),
                row("p2", "ts", "usesMethod", "TS", 0.85),
                row("p3", "betavae", "usesMethod", "\u03B2-VAE", 0.85),
                row("p4", "betavae2", "usesMethod", "beta-VAE", 0.85));
        var labels = Map.of(unit("p1", "epsilonts"), Set.of("\u03B5-TS"), unit("p2", "ts"), Set.of("TS"),
                unit("p3", "betavae"), Set.of("\u03B2-VAE"), unit("p4", "betavae2"), Set.of("beta-VAE"));
        var resolution = resolver().resolve(mentions, labels);
        assertThat(resolution.entities()).hasSize(3);
        assertThat(resolution.entities()).anySatisfy(e -> assertThat(e.members())
                .containsExactlyInAnyOrder(E + "betavae", E + "betavae2"));
    }

    @Test
    void votesDecideTheTypeAndProposalsAreKept() {
        var mentions = List.of(
                row("p1", "foonet", "usesMethod", "FooNet", 0.85),
                row("p1", "foonet", "proposes", "FooNet", 0.8),
                row("p2", "foonet", "usesMethod", "FooNet", 0.5),
                row("p3", "foonet", "usesDataset", "FooNet", 0.6));
        var resolution = resolver().resolve(mentions, Map.of());
        var foo = resolution.entities().get(0);
        assertThat(foo.dataset()).isFalse();
        assertThat(foo.methodVotes()).isEqualTo(1.35);
        assertThat(foo.datasetVotes()).isEqualTo(0.6);
        assertThat(resolution.links()).contains(new EntityResolver.PaperLink("p1", "proposes", foo.iri()),
                new EntityResolver.PaperLink("p3", "usesMethod", foo.iri()));
    }

    @Test
    void aShortFormSpelledOutDifferentlyNamesTwoEntities() {
        var mentions = List.of(
                row("p1", "qsm", "usesMethod", "QSM", 0.9),
                row("p2", "qsm", "usesMethod", "QSM", 0.9),
                row("p3", "qsm", "usesDataset", "QSM", 0.9),
                row("p4", "qsm", "usesMethod", "QSM", 0.5),
                row("p5", "quillsharpnessminimization", "usesMethod", "Quill-Sharpness Minimization", 0.5),
                row("p6", "qsm", "usesMethod", "QSM", 0.9));
        var labels = Map.of(
                unit("p1", "qsm"), Set.of("QSM", "quill sharpness minimization"),
                unit("p2", "qsm"), Set.of("QSM", "quill-sharpness minimisation"),
                unit("p3", "qsm"), Set.of("QSM", "Quill Scene Meshes"),
                unit("p4", "qsm"), Set.of("QSM"),
                unit("p5", "quillsharpnessminimization"), Set.of("Quill-Sharpness Minimization"),
                unit("p6", "qsm"), Set.of("QSM", "QSM optimizer", "Quill Sharpness-aware Minimization"));
        var resolution = resolver().resolve(mentions, labels);
        assertThat(resolution.entities()).hasSize(2);
        var sharpness = resolution.entities().stream().filter(e -> e.iri().equals(E + "qsm")).findFirst().orElseThrow();
        var meshes = resolution.entities().stream().filter(e -> !e.iri().equals(E + "qsm")).findFirst().orElseThrow();
        assertThat(sharpness.dataset()).isFalse();
        assertThat(sharpness.paperCount()).as("the unspelled QSM of p4 joins the meaning most papers give")
                .isEqualTo(5);
        assertThat(sharpness.labels()).doesNotContain("Quill Scene Meshes");
        assertThat(meshes.iri()).isEqualTo(E + "quillscenemeshes");
        assertThat(meshes.dataset()).isTrue();
        assertThat(meshes.paperCount()).isEqualTo(1);
        assertThat(resolution.links()).contains(new EntityResolver.PaperLink("p3", "usesDataset", meshes.iri()),
                new EntityResolver.PaperLink("p4", "usesMethod", sharpness.iri()),
                new EntityResolver.PaperLink("p5", "usesMethod", sharpness.iri()));
    }

    @Test
    void longFormsAgreeAcrossSpellings() {
        assertThat(SenseSplitter.sameLongForm("weisfeilerlehman", "1dimensionalweisfeilerleman")).isTrue();
        assertThat(SenseSplitter.sameLongForm("capsulenetwork", "capsuleneuralnetwork")).isTrue();
        assertThat(SenseSplitter.sameLongForm("batchnormalization", "bayesiannetwork")).isFalse();
        assertThat(SenseSplitter.sameLongForm("segmentanythingmodel", "sharpnessawareminimization")).isFalse();
    }

    @Test
    void anUnspelledShortFormJoinsTheMeaningItsOwnMentionsAgreeWith() {
        var mentions = List.of(
                row("p1", "gqp", "usesMethod", "GQP", 0.9),
                row("p2", "gqp", "usesMethod", "GQP", 0.9),
                row("p3", "gqp", "usesDataset", "GQP", 0.9),
                row("p4", "gqp", "usesDataset", "GQP", 0.9),
                row("p5", "gqp", "usesMethod", "GQP", 0.5));
        var labels = Map.of(
                unit("p1", "gqp"), Set.of("GQP", "global quill pooling"),
                unit("p2", "gqp"), Set.of("GQP", "Global Quill Pooling"),
                unit("p3", "gqp"), Set.of("GQP", "Gendered Quill Pronouns"),
                unit("p5", "gqp"), Set.of("GQP", "a balanced corpus drawn from quill archives"));
        var resolution = resolver().resolve(mentions, labels);
        assertThat(resolution.entities()).hasSize(2);
        var pronouns = resolution.entities().stream().filter(EntityResolver.ResolvedEntity::dataset).findFirst()
                .orElseThrow();
        assertThat(pronouns.paperCount()).as("p4 reads GQP as a dataset, as p3 does").isEqualTo(2);
        assertThat(resolution.links()).contains(new EntityResolver.PaperLink("p4", "usesDataset", pronouns.iri()));
        assertThat(resolution.links()).as("an apposition that does not spell GQP out is no meaning of its own")
                .contains(new EntityResolver.PaperLink("p5", "usesMethod", E + "gqp"));
        assertThat(SenseSplitter.spellsOut("gqp", "a balanced corpus drawn from quill archives")).isFalse();
        assertThat(SenseSplitter.spellsOut("bert", "Bidirectional Encoder Representations from Transformers")).isTrue();
        assertThat(SenseSplitter.spellsOut("sam", "sharpness-aware minimization")).isTrue();
    }

    @Test
    void oneMeaningSpelledOutDoesNotTakeOverMorePapersThatReadTheNameAsTheOtherKind() {
        // p1 coins QUDA for a dataset of its own; p2 to p4 use the well-known QUDA platform, unspelled
        var mentions = List.of(
                row("p1", "quda", "usesDataset", "QUDA", 0.9),
                row("p1", "quda", "usesDataset", "QUDA", 0.9),
                row("p1", "quda", "proposes", "QUDA", 0.8),
                row("p2", "quda", "usesMethod", "QUDA", 0.8),
                row("p3", "quda", "usesMethod", "QUDA", 0.8),
                row("p4", "quda", "usesMethod", "QUDA", 0.8));
        var labels = Map.of(unit("p1", "quda"), Set.of("QUDA", "Quill-based Unlearnable DAtaset"));
        var resolution = resolver().resolve(mentions, labels);
        assertThat(resolution.entities()).hasSize(2);
        var platform = resolution.entities().stream().filter(e -> !e.dataset()).findFirst().orElseThrow();
        assertThat(platform.paperCount()).isEqualTo(3);
        assertThat(resolution.links()).contains(new EntityResolver.PaperLink("p2", "usesMethod", platform.iri()))
                .doesNotContain(new EntityResolver.PaperLink("p1", "usesMethod", platform.iri()));

        // fewer papers read it as the other kind: they join the meaning spelled out, which their weak cues missed
        var fewer = List.of(
                row("p1", "quda", "usesDataset", "QUDA", 0.9),
                row("p2", "quda", "usesDataset", "QUDA", 0.9),
                row("p3", "quda", "usesMethod", "QUDA", 0.5));
        var joined = resolver().resolve(fewer, Map.of(unit("p1", "quda"), Set.of("QUDA", "Quill Urban Driving Archive")));
        assertThat(joined.entities()).hasSize(1);
        assertThat(joined.entities().get(0).dataset()).isTrue();
    }

    @Test
    void aPaperThatProposesTheNameAsTheOtherKindMeansAThingOfItsOwn() {
        // p1 proposes QARC, an attack algorithm, unspelled; p2 and p3 evaluate on the QARC benchmark
        var mentions = List.of(
                row("p1", "qarc", "usesMethod", "QARC", 0.7),
                row("p1", "qarc", "proposes", "QARC", 0.8),
                row("p2", "qarc", "usesDataset", "QARC", 0.8),
                row("p3", "qarc", "usesDataset", "QARC", 0.9));
        var resolution = resolver().resolve(mentions, Map.of());
        assertThat(resolution.entities()).hasSize(2);
        var attack = resolution.entities().stream().filter(e -> !e.dataset()).findFirst().orElseThrow();
        assertThat(attack.members()).containsExactly(E + "qarc");
        assertThat(resolution.links()).contains(new EntityResolver.PaperLink("p1", "proposes", attack.iri()),
                new EntityResolver.PaperLink("p1", "usesMethod", attack.iri()));

        // the proposer's other way of writing it, read as the users read theirs, stays with the proposal
        var twice = new java.util.ArrayList<>(mentions);
        twice.add(row("p1", "qarcs", "usesDataset", "QARCs", 0.8));
        var resolvedTwice = resolver().resolve(twice, Map.of());
        assertThat(resolvedTwice.entities()).hasSize(2);
        assertThat(resolvedTwice.entities()).anySatisfy(e -> assertThat(e.members())
                .containsExactlyInAnyOrder(E + "qarc", E + "qarcs"));

        // a proposer that reads it as the users do is the same thing: the users' papers use what it made
        var same = List.of(
                row("p1", "qarc", "usesDataset", "QARC", 0.9),
                row("p1", "qarc", "proposes", "QARC", 0.8),
                row("p2", "qarc", "usesDataset", "QARC", 0.8));
        assertThat(resolver().resolve(same, Map.of()).entities()).hasSize(1);
    }

    @Test
    void aPaperThatSpellsANameOutMeansThatByItsOtherFormsToo() {
        var mentions = List.of(
                row("p1", "qsm", "usesMethod", "QSM", 0.9),
                row("p2", "qsm", "usesMethod", "QSM", 0.9),
                row("p3", "quillscene", "usesMethod", "Quill Scene", 0.85),
                row("p3", "qsm", "usesMethod", "QSM", 0.7));
        var labels = Map.of(
                unit("p1", "qsm"), Set.of("QSM", "quill sharpness minimization"),
                unit("p2", "qsm"), Set.of("QSM", "Quill Sharpness Minimization"),
                unit("p3", "quillscene"), Set.of("Quill Scene", "QSM"),
                unit("p3", "qsm"), Set.of("QSM", "quill scene model"));
        var resolution = resolver().resolve(mentions, labels);
        assertThat(resolution.links().stream().filter(l -> l.paper().equals("p3")).map(EntityResolver.PaperLink::entity)
                .distinct()).as("one entity for p3's two ways of writing its QSM").hasSize(1)
                .doesNotContain(E + "qsm");
    }
}
