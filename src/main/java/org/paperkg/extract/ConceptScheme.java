package org.paperkg.extract;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;

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

    private final Map<String, Concept> concepts;

    private ConceptScheme(Map<String, Concept> concepts) {
        this.concepts = concepts;
    }

    public static ConceptScheme load() {
        Model model = ModelFactory.createDefaultModel();
        try (InputStream in = ConceptScheme.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new ExtractionException("resource " + RESOURCE + " is missing from the class path");
            }
            RDFDataMgr.read(model, in, Lang.TURTLE);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return from(model);
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
