package org.paperkg.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashSet;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

class VocabularyTest {
    private static final Model ONTOLOGY = RDFDataMgr.loadModel("ontology/paperkg.ttl");

    private static Set<String> declared() {
        Set<String> iris = new HashSet<>();
        for (Resource type : new Resource[] {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty}) {
            ONTOLOGY.listSubjectsWithProperty(RDF.type, type).forEach(r -> {
                if (r.getURI().startsWith(PKG.NS)) {
                    iris.add(r.getURI());
                }
            });
        }
        return iris;
    }

    private static Set<String> constants() throws IllegalAccessException {
        Set<String> iris = new HashSet<>();
        for (Field f : PKG.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && Resource.class.isAssignableFrom(f.getType())) {
                iris.add(((Resource) f.get(null)).getURI());
            }
        }
        return iris;
    }

    @Test
    void everyConstantIsDeclaredInTheOntologyAndEveryTermHasAConstant() throws IllegalAccessException {
        assertThat(constants()).containsExactlyInAnyOrderElementsOf(declared());
    }

    @Test
    void everyTermHasALabelAndAComment() {
        for (String iri : declared()) {
            Resource r = ONTOLOGY.getResource(iri);
            assertThat(r.hasProperty(org.apache.jena.vocabulary.RDFS.label)).as(iri).isTrue();
            assertThat(r.hasProperty(org.apache.jena.vocabulary.RDFS.comment)).as(iri).isTrue();
        }
    }
}
