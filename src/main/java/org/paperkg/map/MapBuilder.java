package org.paperkg.map;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.paperkg.related.RelatedIndex;
import org.paperkg.related.RelatedPaper;

/** Builds related-work maps from the related-work index: which papers and techniques, which links. */
public final class MapBuilder {
    private static final int MAX_TECHNIQUES = 24;
    private static final int LINKS_PER_PAPER = 3;

    private final RelatedIndex index;

    public MapBuilder(RelatedIndex index) {
        this.index = index;
    }

    /** A paper, its related papers (and theirs, at depth 2), and the techniques they share with it. */
    public RelatedMap forPaper(String paper, int depth, int limit, boolean timeline) {
        Set<String> papers = new LinkedHashSet<>(List.of(paper));
        List<MapLink> links = new ArrayList<>();
        Set<String> linked = new HashSet<>();
        List<String> frontier = List.of(paper);
        for (int d = 0; d < depth; d++) {
            List<String> next = new ArrayList<>();
            for (String p : frontier) {
                for (RelatedPaper r : index.related(p, d == 0 ? limit : Math.max(2, limit / 3))) {
                    if (papers.add(r.iri())) {
                        next.add(r.iri());
                    }
                    addRelated(links, linked, p, r);
                }
            }
            frontier = next;
        }
        // the techniques the focus paper shares with the papers on the map, rarest first
        Map<String, RelatedIndex.Thing> shared = new LinkedHashMap<>();
        for (RelatedIndex.Thing t : index.things(paper)) {
            if (index.papersWith(t.iri()).stream().anyMatch(p -> !p.equals(paper) && papers.contains(p))) {
                shared.put(t.iri(), t);
            }
        }
        List<RelatedIndex.Thing> techniques = shared.values().stream()
                .sorted(Comparator.comparingDouble(RelatedIndex.Thing::weight).reversed()).limit(MAX_TECHNIQUES).toList();
        for (RelatedIndex.Thing t : techniques) {
            for (String p : index.papersWith(t.iri())) {
                if (papers.contains(p)) {
                    links.add(new MapLink(p, t.iri(), "has", t.weight(), List.of()));
                }
            }
        }
        String title = "Related work of " + index.paper(paper).title();
        return MapLayout.layout(title, nodes(papers, techniques), links, index, paper, timeline);
    }

    /** The papers that have a technique (method, dataset or concept), linked by their related-work scores. */
    public RelatedMap forTechnique(String thingIri, int limit, boolean timeline) {
        RelatedIndex.Thing thing = index.thing(thingIri);
        Set<String> papers = new LinkedHashSet<>(index.papersWith(thingIri).stream().limit(limit).toList());
        List<MapLink> links = new ArrayList<>();
        Set<String> linked = new HashSet<>();
        for (String p : papers) {
            index.related(p, 200).stream().filter(r -> papers.contains(r.iri())).limit(LINKS_PER_PAPER)
                    .forEach(r -> addRelated(links, linked, p, r));
            links.add(new MapLink(p, thingIri, "has", thing.weight(), List.of()));
        }
        return MapLayout.layout("Papers with " + thing.label() + " (" + thing.kind() + ")",
                nodes(papers, List.of(thing)), links, index, thingIri, timeline);
    }

    /** The whole corpus: every paper with links to its strongest related papers. */
    public RelatedMap all(int linksPerPaper, boolean timeline) {
        Set<String> papers = new LinkedHashSet<>(index.papers().keySet());
        List<MapLink> links = new ArrayList<>();
        Set<String> linked = new HashSet<>();
        for (String p : papers) {
            for (RelatedPaper r : index.related(p, linksPerPaper)) {
                addRelated(links, linked, p, r);
            }
        }
        return MapLayout.layout("Related-work map of " + papers.size() + " papers", nodes(papers, List.of()), links,
                index, null, timeline);
    }

    private static void addRelated(List<MapLink> links, Set<String> linked, String from, RelatedPaper r) {
        String key = from.compareTo(r.iri()) < 0 ? from + " " + r.iri() : r.iri() + " " + from;
        if (linked.add(key)) {
            links.add(new MapLink(from, r.iri(), "related", r.score(), r.reasons().stream()
                    .map(x -> x.label() + " (" + x.kind() + ", " + x.weight() + ")").toList()));
        }
    }

    private List<MapLayout.Pending> nodes(Set<String> papers, List<RelatedIndex.Thing> techniques) {
        List<MapLayout.Pending> out = new ArrayList<>();
        Map<String, Boolean> seen = new HashMap<>();
        for (String p : papers) {
            RelatedIndex.PaperInfo info = index.paper(p);
            out.add(new MapLayout.Pending(p, shortLabel(info), "paper", info.title(), info.year()));
            seen.put(p, true);
        }
        for (RelatedIndex.Thing t : techniques) {
            if (seen.putIfAbsent(t.iri(), true) == null) {
                out.add(new MapLayout.Pending(t.iri(), t.label(), t.kind(), t.label(), null));
            }
        }
        return out;
    }

    /** The proposed method's name, else the title cut at its colon or after a few words. */
    static String shortLabel(RelatedIndex.PaperInfo info) {
        if (info.proposed() != null && info.proposed().length() <= 30) {
            return info.proposed();
        }
        String title = info.title();
        int colon = title.indexOf(':');
        if (colon > 0 && colon <= 30) {
            return title.substring(0, colon);
        }
        String[] words = title.split("\\s+");
        if (words.length <= 4) {
            return title;
        }
        return String.join(" ", java.util.Arrays.copyOf(words, 4)) + "…";
    }
}
