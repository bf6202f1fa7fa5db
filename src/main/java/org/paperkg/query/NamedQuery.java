package org.paperkg.query;

import java.util.List;
import org.apache.jena.query.Query;

/**
 * A SPARQL query of {@code queries/}, parsed, with what its header comment documents.
 *
 * @param name        file name without {@code .rq}
 * @param description the first comment line: what the query answers
 * @param parameters  the {@code @param} lines
 * @param query       the parsed query
 */
public record NamedQuery(String name, String description, List<Parameter> parameters, Query query) {
    public NamedQuery {
        parameters = List.copyOf(parameters);
    }

    /**
     * A query parameter: a variable bound before execution.
     *
     * @param name        variable name without '?'
     * @param type        iri, string, literal (an @en string), int or double
     * @param required    false when the line says "optional"
     * @param description what it is
     */
    public record Parameter(String name, String type, boolean required, String description) {
    }

    public Parameter parameter(String name) {
        return parameters.stream().filter(p -> p.name().equals(name)).findFirst().orElse(null);
    }
}
