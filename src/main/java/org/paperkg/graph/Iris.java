package org.paperkg.graph;

import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import org.paperkg.corpus.Paper;
import org.paperkg.extract.ConceptScheme;
import org.paperkg.extract.Names;

/** The only place that mints IRIs: deterministic, from arXiv ids, normalised titles and names. */
public final class Iris {
    public static final String BASE = "https://w3id.org/paperkg/id/";
    public static final String ENTITIES_GRAPH = "https://w3id.org/paperkg/graph/entities";
    public static final String ONTOLOGY_GRAPH = "https://w3id.org/paperkg/graph/ontology";
    public static final String LINKS_GRAPH = "https://w3id.org/paperkg/graph/related";

    private Iris() {
    }

    /** A paper's IRI: from its arXiv id where known, else from a hash of its normalised title. */
    public static String paper(Paper paper) {
        return paper.arxiv().map(id -> BASE + "paper/arxiv/" + id.replace('/', '_'))
                .orElseGet(() -> BASE + "paper/title/" + hash(paper.titleKey()));
    }

    /** The named graph that holds everything read and extracted from one paper. */
    public static String paperGraph(String paperIri) {
        return paperIri + "/graph";
    }

    /** An entity's IRI from its name: the same name in two papers, in any case or hyphenation, is one node. */
    public static String entity(String name) {
        String key = Names.key(name);
        return BASE + "entity/" + (key.isEmpty() ? "h" + hash(name) : key);
    }

    public static String mention(String paperIri, int index) {
        return paperIri + "/mention/" + index;
    }

    public static String sentence(String paperIri, int index) {
        return paperIri + "/sentence/" + index;
    }

    public static String concept(String id) {
        return ConceptScheme.NAMESPACE + id;
    }

    public static String relatedLink(String fromIri, String toIri) {
        return BASE + "link/" + hash(fromIri + " " + toIri);
    }

    private static String hash(String s) {
        return Hashing.sha256().hashString(s, StandardCharsets.UTF_8).toString().substring(0, 16);
    }
}
