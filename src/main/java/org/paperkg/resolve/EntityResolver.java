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
import org.paperkg.extract.Names;

/**
 * Corpus-wide entity resolution, as a pure computation over what every paper said: merges paper-level entities
 * that share a name form (CIFAR10 = CIFAR-10; an acronym and its long form), decides each entity's type by the
 * votes of all its mentions (a name read as a dataset by strong context in one paper is a dataset everywhere),
 * and gives each paper's claims against the merged entities.
 */
public final class EntityResolver {
    /** A mention vote read from the store. claim is "usesMethod", "usesDataset" or "proposes". */
    public record MentionRow(String paper, String entity, String claim, String name, double confidence) {
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

    public Resolution resolve(List<MentionRow> mentions, Map<String, Set<String>> labels) {
        UnionFind<String> groups = new UnionFind<>();
        Map<String, String> firstByKey = new HashMap<>();
        Set<String> entities = new TreeSet<>();
        mentions.forEach(m -> entities.add(m.entity()));
        for (String e : entities) {
            groups.add(e);
            for (String label : labels.getOrDefault(e, Set.of())) {
                String key = Names.key(Names.singular(label));
                if (key.length() < 2) {
                    continue;
                }
                String other = firstByKey.putIfAbsent(key, e);
                if (other != null) {
                    groups.union(other, e);
                }
            }
        }
        Map<String, List<MentionRow>> byGroup = new TreeMap<>();
        for (MentionRow m : mentions) {
            byGroup.computeIfAbsent(groups.find(m.entity()), k -> new ArrayList<>()).add(m);
        }
        List<ResolvedEntity> resolved = new ArrayList<>();
        List<PaperLink> links = new ArrayList<>();
        for (List<MentionRow> group : byGroup.values()) {
            ResolvedEntity entity = resolveGroup(group, labels);
            resolved.add(entity);
            Map<String, Set<String>> claimsByPaper = new LinkedHashMap<>();
            for (MentionRow m : group) {
                claimsByPaper.computeIfAbsent(m.paper(), k -> new HashSet<>()).add(m.claim());
            }
            claimsByPaper.forEach((paper, claims) -> {
                links.add(new PaperLink(paper, entity.dataset() ? "usesDataset" : "usesMethod", entity.iri()));
                if (claims.contains("proposes")) {
                    links.add(new PaperLink(paper, "proposes", entity.iri()));
                }
            });
        }
        return new Resolution(resolved, links);
    }

    private ResolvedEntity resolveGroup(List<MentionRow> group, Map<String, Set<String>> labels) {
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
        String canonical = papersByEntity.entrySet().stream()
                .max(Comparator.<Map.Entry<String, Set<String>>>comparingInt(e -> e.getValue().size())
                        .thenComparing(e -> -e.getKey().length())
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .orElseThrow().getKey();
        String label = nameCounts.entrySet().stream()
                .max(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
                        .thenComparing(e -> -e.getKey().length())
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .orElseThrow().getKey();
        // a name read as a dataset by strong context in one paper is a dataset in all, unless most papers
        // clearly use it as a method (CLIP, BERT: "the CLIP dataset" in one paper does not make CLIP a dataset)
        boolean dataset = datasetVotes > methodVotes || (strongestDataset >= STRONG && datasetVotes * 2 >= methodVotes);
        Set<String> allLabels = new TreeSet<>();
        papersByEntity.keySet().forEach(e -> allLabels.addAll(labels.getOrDefault(e, Set.of())));
        allLabels.addAll(nameCounts.keySet());
        return new ResolvedEntity(canonical, label, dataset, round(methodVotes), round(datasetVotes),
                new TreeSet<>(papersByEntity.keySet()), allLabels, papers.size());
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
