package org.paperkg.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.paperkg.extract.ConceptScheme;

class ConceptSchemeTest {
    private final ConceptScheme scheme = ConceptScheme.load();

    @Test
    void broaderLinksPointToConceptsOfTheScheme() {
        for (ConceptScheme.Concept c : scheme.concepts()) {
            for (String b : c.broader()) {
                assertThat(scheme.get(b)).as(c.id() + " broader " + b).isNotNull();
            }
        }
        assertThat(scheme.get("diffusion-model").broader()).contains("generative-model");
        assertThat(scheme.get("momentum").broader()).contains("optimizer");
    }

    /** Where the shared evaluation concept list is present, every line of it is covered by the scheme. */
    @Test
    void coversTheEvaluationConceptList() throws IOException {
        Path tsv = Path.of("../shared/eval/concepts.tsv");
        Assumptions.assumeTrue(Files.exists(tsv), "no ../shared/eval/concepts.tsv here");
        Set<String> prefLabels = new HashSet<>();
        Set<String> allLabels = new HashSet<>();
        scheme.concepts().forEach(c -> {
            prefLabels.add(c.prefLabel().toLowerCase(Locale.ROOT));
            c.labels().forEach(l -> allLabels.add(l.toLowerCase(Locale.ROOT)));
        });
        for (String line : Files.readAllLines(tsv)) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] cols = line.split("\t");
            assertThat(prefLabels).as(cols[0]).contains(cols[2].toLowerCase(Locale.ROOT));
            if (cols.length > 3) {
                for (String alt : cols[3].split("\\|")) {
                    assertThat(allLabels).as(cols[0] + " alt " + alt).contains(alt.toLowerCase(Locale.ROOT));
                }
            }
        }
    }
}
