package org.paperkg.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.query.QuerySolution;
import org.paperkg.extract.Mention;
import org.paperkg.extract.MentionKind;
import org.paperkg.extract.PaperExtraction;
import org.paperkg.query.QueryLibrary;
import org.paperkg.query.QueryRunner;
import org.paperkg.resolve.EntityResolver.MentionRow;
import org.paperkg.resolve.EntityResolver.Unit;

/**
 * What corpus-wide resolution reads: every method, dataset and proposal mention, every label of the paper-level
 * entities, and how many papers express each concept. Read from the store with {@code internal/entity-mentions},
 * {@code internal/entity-labels} and {@code internal/concept-papers}, or, when an ingest starts from an empty
 * store, gathered from the extractions as they are written, which saves reading them all back. Both give the same
 * input: a test checks it.
 *
 * @param mentions      the mention rows, sorted
 * @param labels        for each paper-level entity typed {@code pkg:Entity} in some paper, the surface forms and long
 *                      forms that each paper records for it
 * @param conceptPapers for each concept IRI some paper expresses, the number of those papers
 */
public record ResolutionInput(List<MentionRow> mentions, Map<Unit, Set<String>> labels,
                              Map<String, Long> conceptPapers) {
    private static final Comparator<MentionRow> ORDER = Comparator.comparing(MentionRow::paper)
            .thenComparing(MentionRow::entity).thenComparing(MentionRow::claim).thenComparing(MentionRow::name)
            .thenComparingDouble(MentionRow::confidence);

    public ResolutionInput {
        mentions = mentions.stream().sorted(ORDER).toList();
        conceptPapers = Map.copyOf(conceptPapers);
    }

    /** Reads the input from everything the store holds. */
    public static ResolutionInput read(QueryRunner runner, QueryLibrary queries) {
        List<MentionRow> mentions = new ArrayList<>();
        for (QuerySolution row : runner.rows(queries.get("internal/entity-mentions"), Map.of())) {
            mentions.add(new MentionRow(row.getResource("paper").getURI(), row.getResource("entity").getURI(),
                    row.getResource("claim").getLocalName(), row.getLiteral("name").getString(),
                    row.getLiteral("confidence").getDouble()));
        }
        Map<Unit, Set<String>> labels = new HashMap<>();
        for (QuerySolution row : runner.rows(queries.get("internal/entity-labels"), Map.of())) {
            labels.computeIfAbsent(new Unit(row.getResource("paper").getURI(), row.getResource("entity").getURI()),
                    k -> new TreeSet<>()).add(row.getLiteral("label").getString());
        }
        Map<String, Long> conceptPapers = new HashMap<>();
        for (QuerySolution row : runner.rows(queries.get("internal/concept-papers"), Map.of())) {
            conceptPapers.put(row.getResource("concept").getURI(), row.getLiteral("papers").getLong());
        }
        return new ResolutionInput(mentions, labels, conceptPapers);
    }

    /**
     * Gathers the input from extractions as {@link PaperGraphMapper} writes them: the rows and labels that the two
     * queries would read back from those papers' graphs. Thread-safe.
     */
    public static final class Gatherer {
        private final List<MentionRow> mentions = new ArrayList<>();
        private final Map<Unit, Set<String>> labels = new HashMap<>();
        /** Long forms recorded for a name; they are labels only of entities that some paper types pkg:Entity. */
        private final Map<Unit, Set<String>> aliasLabels = new HashMap<>();
        private final Set<String> typed = new HashSet<>();
        private final Map<String, Long> conceptPapers = new HashMap<>();

        public synchronized void add(String paperIri, PaperExtraction extraction) {
            Set<String> concepts = new HashSet<>();
            for (Mention m : extraction.mentions()) {
                if (m.kind() == MentionKind.CONCEPT) {
                    concepts.add(Iris.concept(m.name()));
                    continue;
                }
                String entity = Iris.entity(m.name());
                mentions.add(new MentionRow(paperIri, entity, PaperGraphMapper.evidenceFor(m.kind()).getLocalName(),
                        m.name(), m.confidence()));
                typed.add(entity);
                labels.computeIfAbsent(new Unit(paperIri, entity), k -> new TreeSet<>()).add(m.surface());
            }
            for (Map.Entry<String, Set<String>> alias : extraction.aliases().entrySet()) {
                Set<String> forms = aliasLabels.computeIfAbsent(new Unit(paperIri, Iris.entity(alias.getKey())),
                        k -> new TreeSet<>());
                forms.add(alias.getKey());
                forms.addAll(alias.getValue());
            }
            concepts.forEach(c -> conceptPapers.merge(c, 1L, Long::sum));
        }

        public synchronized ResolutionInput input() {
            Map<Unit, Set<String>> all = new HashMap<>();
            labels.forEach((unit, forms) -> all.put(unit, new TreeSet<>(forms)));
            aliasLabels.forEach((unit, forms) -> {
                if (typed.contains(unit.entity())) {
                    all.computeIfAbsent(unit, k -> new TreeSet<>()).addAll(forms);
                }
            });
            return new ResolutionInput(mentions, all, conceptPapers);
        }
    }
}
