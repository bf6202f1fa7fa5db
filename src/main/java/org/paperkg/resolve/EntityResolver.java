package org.paperkg.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.paperkg.extract.Names;

/**
 * Corpus-wide entity resolution, as a pure computation over what every paper said: merges what papers name alike
 * (CIFAR10 = CIFAR-10; an acronym and its long form), keeps apart what papers spell out differently under one short
 * form (SAM as "Segment Anything Model" and as "sharpness-aware minimization"), decides each entity's type by the
 * votes of all its mentions (a name read as a dataset by strong context in one paper is a dataset everywhere), and
 * gives each paper's claims against the merged entities.
 * <p>
 * The unit of resolution is one paper-level entity in one paper ({@link Unit}): its name forms there and the long
 * forms that paper gives it. Units that share a name form are merged, unless the longer forms that they give for
 * that name disagree; then each spelled-out meaning is an entity of its own, and the units that use the short form
 * without spelling it out join the meaning that most papers give it among those read as they read it, a method or a
 * dataset ({@link SenseSplitter}).
 */
public final class EntityResolver {
    /** A mention vote read from the store. claim is "usesMethod", "usesDataset" or "proposes". */
    public record MentionRow(String paper, String entity, String claim, String name, double confidence) {
    }

    /** One paper-level entity as one paper writes it. */
    public record Unit(String paper, String entity) implements Comparable<Unit> {
        private static final Comparator<Unit> ORDER = Comparator.comparing(Unit::paper).thenComparing(Unit::entity);

        @Override
        public int compareTo(Unit other) {
            return ORDER.compare(this, other);
        }
    }

    /** A resolved entity: canonical IRI, label, type, votes, the paper-level entities it stands for. */
    public record ResolvedEntity(String iri, String label, boolean dataset, double methodVotes, double datasetVotes,
                                 Set<String> members, Set<String> labels, int paperCount) {
    }

    /** A paper's resolved link. */
    public record PaperLink(String paper, String claim, String entity) {
    }

    public record Resolution(List<ResolvedEntity> entities, List<PaperLink> links) {
    }

    /** Strong dataset evidence in one paper makes the entity a dataset in all. */
    static final double STRONG = 0.8;

    private final UnaryOperator<String> iriForName;

    /** @param iriForName the IRI of the entity named so, for a meaning split off a name that another keeps */
    public EntityResolver(UnaryOperator<String> iriForName) {
        this.iriForName = iriForName;
    }

    /**
     * Resolves the mentions, given each unit's labels (its surface forms and the long forms its paper gives it).
     * Units with labels but no mention are not resolved.
     */
    public Resolution resolve(List<MentionRow> mentions, Map<Unit, Set<String>> labels) {
        Map<Unit, List<MentionRow>> rowsByUnit = new TreeMap<>();
        for (MentionRow m : mentions) {
            rowsByUnit.computeIfAbsent(new Unit(m.paper(), m.entity()), k -> new ArrayList<>()).add(m);
        }
        List<List<Unit>> ordered = group(rowsByUnit, labels);
        // the meaning that most papers give a name keeps the name's IRI
        ordered.sort(Comparator.<List<Unit>>comparingLong(g -> g.stream().map(Unit::paper).distinct().count())
                .reversed().thenComparing(g -> g.get(0)));
        Set<String> taken = new HashSet<>();
        List<ResolvedEntity> resolved = new ArrayList<>();
        List<PaperLink> links = new ArrayList<>();
        for (List<Unit> group : ordered) {
            List<MentionRow> rows = new ArrayList<>();
            Set<String> groupLabels = new TreeSet<>();
            for (Unit u : group) {
                rows.addAll(rowsByUnit.get(u));
                groupLabels.addAll(labels.getOrDefault(u, Set.of()));
            }
            ResolvedEntity entity = resolveGroup(rows, groupLabels, taken);
            taken.add(entity.iri());
            resolved.add(entity);
            Map<String, Set<String>> claimsByPaper = new LinkedHashMap<>();
            for (MentionRow m : rows) {
                claimsByPaper.computeIfAbsent(m.paper(), k -> new HashSet<>()).add(m.claim());
            }
            claimsByPaper.forEach((paper, claims) -> {
                links.add(new PaperLink(paper, entity.dataset() ? "usesDataset" : "usesMethod", entity.iri()));
                if (claims.contains("proposes")) {
                    links.add(new PaperLink(paper, "proposes", entity.iri()));
                }
            });
        }
        resolved.sort(Comparator.comparing(ResolvedEntity::iri));
        return new Resolution(resolved, links);
    }

    /** The units grouped into entities: every name form's users merged as far as their meanings of it agree. */
    private static List<List<Unit>> group(Map<Unit, List<MentionRow>> rowsByUnit, Map<Unit, Set<String>> labels) {
        // each unit's name forms with their keys, keyed once here for the grouping and for telling meanings apart
        Map<Unit, Map<String, String>> keyedForms = new TreeMap<>();
        Map<String, List<Unit>> unitsByKey = new TreeMap<>();
        rowsByUnit.forEach((unit, rows) -> {
            Set<String> forms = new TreeSet<>(labels.getOrDefault(unit, Set.of()));
            rows.forEach(r -> forms.add(r.name()));
            Map<String, String> keyed = new TreeMap<>();
            forms.forEach(f -> keyed.put(f, Names.key(Names.singular(f))));
            keyedForms.put(unit, keyed);
            keyed.values().stream().filter(k -> k.length() >= 2).distinct()
                    .forEach(k -> unitsByKey.computeIfAbsent(k, x -> new ArrayList<>()).add(unit));
        });
        UnionFind<Unit> groups = new UnionFind<>();
        rowsByUnit.keySet().forEach(groups::add);
        unitsByKey.forEach((key, users) -> SenseSplitter.merge(key, users, keyedForms, rowsByUnit, groups));
        Map<Unit, List<Unit>> byGroup = new TreeMap<>();
        rowsByUnit.keySet().forEach(u -> byGroup.computeIfAbsent(groups.find(u), k -> new ArrayList<>()).add(u));
        return new ArrayList<>(byGroup.values());
    }

    private ResolvedEntity resolveGroup(List<MentionRow> group, Set<String> labels, Set<String> taken) {
        Map<String, Set<String>> papersByEntity = new TreeMap<>();
        Map<String, Integer> nameCounts = new TreeMap<>();
        double methodVotes = 0;
        double datasetVotes = 0;
        double strongestDataset = 0;
        Set<String> papers = new HashSet<>();
        for (MentionRow m : group) {
            papersByEntity.computeIfAbsent(m.entity(), k -> new HashSet<>()).add(m.paper());
            papers.add(m.paper());
            nameCounts.merge(m.name(), 1, Integer::sum);
            if (m.claim().equals("usesDataset")) {
                datasetVotes += m.confidence();
                strongestDataset = Math.max(strongestDataset, m.confidence());
            } else if (m.claim().equals("usesMethod")) {
                methodVotes += m.confidence();
            }
        }
        String label = nameCounts.entrySet().stream()
                .max(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
                        .thenComparing(e -> -e.getKey().length())
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .orElseThrow().getKey();
        Set<String> allLabels = new TreeSet<>(labels);
        allLabels.addAll(nameCounts.keySet());
        String iri = canonicalIri(papersByEntity, allLabels, taken);
        // a name read as a dataset by strong context in one paper is a dataset in all, unless most papers
        // clearly use it as a method (CLIP, BERT: "the CLIP dataset" in one paper does not make CLIP a dataset)
        boolean dataset = datasetVotes > methodVotes || (strongestDataset >= STRONG && datasetVotes * 2 >= methodVotes);
        return new ResolvedEntity(iri, label, dataset, round(methodVotes), round(datasetVotes),
                new TreeSet<>(papersByEntity.keySet()), allLabels, papers.size());
    }

    /**
     * The paper-level entity that most papers of the group use; when a meaning that more papers give the same name
     * has it already, the IRI of the group's longest form ("low rank approximations" for the LRA that is not the
     * Long Range Arena), or that with a number.
     */
    private String canonicalIri(Map<String, Set<String>> papersByEntity, Set<String> labels, Set<String> taken) {
        String best = papersByEntity.entrySet().stream()
                .max(Comparator.<Map.Entry<String, Set<String>>>comparingInt(e -> e.getValue().size())
                        .thenComparing(e -> -e.getKey().length())
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .orElseThrow().getKey();
        if (!taken.contains(best)) {
            return best;
        }
        String longest = labels.stream().max(Comparator.comparingInt(String::length)
                .thenComparing(Comparator.reverseOrder())).orElseThrow();
        String iri = iriForName.apply(longest);
        for (int n = 2; taken.contains(iri); n++) {
            iri = iriForName.apply(longest) + "-" + n;
        }
        return iri;
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
