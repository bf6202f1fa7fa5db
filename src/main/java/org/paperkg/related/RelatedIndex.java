package org.paperkg.related;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QuerySolution;
import org.paperkg.query.QueryLibrary;
import org.paperkg.query.QueryRunner;

/**
 * The related-work ranking of {@code related-work.rq}, computed in memory for every paper at once: an inverted
 * index from each method, dataset and concept to the papers that have it, each shared thing weighted by
 * ln(papers / papers having it). Maps and materialised links use it; a test checks it ranks as the query does.
 */
public final class RelatedIndex {
    /** A method, dataset or concept, with its label, kind, paper count and rarity weight. */
    public record Thing(String iri, String label, String kind, int df, double weight) {
    }

    /** What the index knows of a paper. */
    public record PaperInfo(String iri, String title, Integer year, String proposed) {
    }

    private final Map<String, PaperInfo> papers = new LinkedHashMap<>();
    private final Map<String, List<Thing>> thingsByPaper = new HashMap<>();
    private final Map<String, List<String>> papersByThing = new HashMap<>();
    private final Map<String, Thing> things = new HashMap<>();

    private RelatedIndex() {
    }

    public static RelatedIndex load(QueryRunner runner, QueryLibrary queries) {
        RelatedIndex index = new RelatedIndex();
        for (QuerySolution row : runner.rows(queries.get("internal/paper-info"), Map.of())) {
            String iri = row.getResource("paper").getURI();
            Integer year = row.contains("year") ? Integer.valueOf(row.getLiteral("year").getLexicalForm().substring(0, 4))
                    : null;
            index.papers.put(iri, new PaperInfo(iri, row.getLiteral("title").getString(), year,
                    row.contains("proposed") ? row.getLiteral("proposed").getString() : null));
        }
        double n = index.papers.size();
        for (QuerySolution row : runner.rows(queries.get("internal/paper-things"), Map.of())) {
            String paper = row.getResource("paper").getURI();
            String iri = row.getResource("thing").getURI();
            int df = row.getLiteral("df").getInt();
            Thing thing = index.things.computeIfAbsent(iri, k -> new Thing(iri, row.getLiteral("label").getString(),
                    row.getLiteral("kind").getString(), df, Math.log(n / df)));
            index.thingsByPaper.computeIfAbsent(paper, k -> new ArrayList<>()).add(thing);
            index.papersByThing.computeIfAbsent(iri, k -> new ArrayList<>()).add(paper);
        }
        return index;
    }

    public Map<String, PaperInfo> papers() {
        return papers;
    }

    public PaperInfo paper(String iri) {
        return papers.get(iri);
    }

    public List<Thing> things(String paper) {
        return thingsByPaper.getOrDefault(paper, List.of());
    }

    public List<String> papersWith(String thingIri) {
        return papersByThing.getOrDefault(thingIri, List.of());
    }

    public Thing thing(String iri) {
        return things.get(iri);
    }

    /** The related papers of a paper, best first: the same scores and reasons as {@code related-work.rq}. */
    public List<RelatedPaper> related(String paper, int limit) {
        Map<String, Double> scores = new HashMap<>();
        Map<String, List<RelatedPaper.Reason>> reasons = new HashMap<>();
        for (Thing t : things(paper)) {
            if (t.df() <= 1) {
                continue;
            }
            for (String other : papersWith(t.iri())) {
                if (!other.equals(paper)) {
                    scores.merge(other, t.weight(), Double::sum);
                    reasons.computeIfAbsent(other, k -> new ArrayList<>())
                            .add(new RelatedPaper.Reason(t.label(), t.kind(), Math.round(t.weight() * 100) / 100.0));
                }
            }
        }
        return scores.entrySet().stream()
                .sorted(Comparator.<Map.Entry<String, Double>>comparingDouble(Map.Entry::getValue).reversed()
                        .thenComparing(e -> papers.get(e.getKey()).title()))
                .limit(limit)
                .map(e -> {
                    PaperInfo info = papers.get(e.getKey());
                    List<RelatedPaper.Reason> r = new ArrayList<>(reasons.get(e.getKey()));
                    r.sort(Comparator.comparingDouble(RelatedPaper.Reason::weight).reversed()
                            .thenComparing(RelatedPaper.Reason::label));
                    return new RelatedPaper(info.iri(), info.title(), info.year(),
                            Math.round(e.getValue() * 1000) / 1000.0, r);
                })
                .toList();
    }
}
