package org.paperkg.query;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.SKOS;

/** How query results are printed: an aligned table for people; CSV, TSV or SPARQL JSON for tools. */
public enum ResultFormat {
    table, csv, tsv, json;

    /**
     * Prefixes used to shorten IRIs in tables, in a class of their own: the command line loads this enum to parse
     * {@code --format}, and making a prefix mapping would start Jena before any command runs.
     */
    private static final class TablePrefixes {
        static final PrefixMapping PREFIXES = PrefixMapping.Factory.create()
                .setNsPrefix("pkg", "https://w3id.org/paperkg/ns#")
                .setNsPrefix("paper", "https://w3id.org/paperkg/id/paper/")
                .setNsPrefix("entity", "https://w3id.org/paperkg/id/entity/")
                .setNsPrefix("concept", "https://w3id.org/paperkg/concept/")
                .setNsPrefix("dcterms", DCTerms.NS)
                .setNsPrefix("skos", SKOS.uri)
                .lock();
    }

    public void write(ResultSetRewindable rs, PrintWriter out) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        rs.reset();
        switch (this) {
            case table -> ResultSetFormatter.out(bytes, rs, TablePrefixes.PREFIXES);
            case csv -> ResultSetFormatter.outputAsCSV(bytes, rs);
            case tsv -> ResultSetFormatter.outputAsTSV(bytes, rs);
            case json -> ResultSetFormatter.outputAsJSON(bytes, rs);
        }
        out.print(bytes.toString(StandardCharsets.UTF_8));
        out.flush();
    }
}
