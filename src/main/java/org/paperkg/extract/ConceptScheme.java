package org.paperkg.extract;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.paperkg.ShippedTurtle;

/** The SKOS concepts of {@code ontology/concepts.ttl}: ids, labels and broader links. */
public final class ConceptScheme {
    public static final String RESOURCE = "ontology/concepts.ttl";
    public static final String NAMESPACE = "https://w3id.org/paperkg/concept/";

    /**
     * One concept: its id (the IRI's local name), preferred label, other labels, hidden labels (paraphrases used
     * only to find it in text) and broader concepts.
     */
    public record Concept(String id, String prefLabel, List<String> altLabels, List<String> hiddenLabels,
                          List<String> broader) {
        /** The preferred and other labels: the concept's names. */
        public List<String> labels() {
            List<String> all = new ArrayList<>();
            all.add(prefLabel);
            all.addAll(altLabels);
            return all;
        }

        /** Every form to look for in text: names and hidden labels. */
        public List<String> searchLabels() {
            List<String> all = labels();
            all.addAll(hiddenLabels);
            return all;
        }
    }

    /** The scheme as shipped, parsed once per process and never changed: the extractor and the store read it. */
    private static final Supplier<Graph> SHIPPED = Suppliers.memoize(() -> ShippedTurtle.read(RESOURCE));

    private final Map<String, Concept> concepts;

    private ConceptScheme(Map<String, Concept> concepts) {
        this.concepts = concepts;
    }

    public static ConceptScheme load() {
        return from(ModelFactory.createModelForGraph(shippedGraph()));
    }

    /** The triples of {@link #RESOURCE}, parsed on first use; read-only. */
    public static Graph shippedGraph() {
        return SHIPPED.get();
    }

    public static ConceptScheme from(Model model) {
        Map<String, Concept> concepts = new TreeMap<>();
        model.listSubjectsWithProperty(RDF.type, SKOS.Concept).forEach(c -> {
            String id = c.getURI().substring(NAMESPACE.length());
            String pref = c.getProperty(SKOS.prefLabel).getString();
            List<String> alts = model.listObjectsOfProperty(c, SKOS.altLabel).mapWith(RDFNode::asLiteral)
                    .mapWith(l -> l.getString()).toList();
            alts.sort(Comparator.naturalOrder());
            List<String> hidden = model.listObjectsOfProperty(c, SKOS.hiddenLabel).mapWith(RDFNode::asLiteral)
                    .mapWith(l -> l.getString()).toList();
            hidden.sort(Comparator.naturalOrder());
            List<String> broader = model.listObjectsOfProperty(c, SKOS.broader).mapWith(RDFNode::asResource)
                    .mapWith(Resource::getURI).mapWith(u -> u.substring(NAMESPACE.length())).toList();
            concepts.put(id, new Concept(id, pref, List.copyOf(alts), List.copyOf(hidden), List.copyOf(broader)));
        });
        return new ConceptScheme(concepts);
    }

    public List<Concept> concepts() {
        return List.copyOf(concepts.values());
    }

    public Concept get(String id) {
        return concepts.get(id);
    }
}
