package org.paperkg.map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.Writer;

/** Writes a map as JSON: {title, focus, nodes: […], links: […], clusters: […]}. */
final class JsonMapWriter implements MapFormat.MapWriter {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public void write(RelatedMap map, Writer out) throws IOException {
        out.write(JSON.writeValueAsString(map));
        out.write("\n");
    }

    /** Compact JSON that is safe inside an HTML script element: no '<', '>' or '&' characters. */
    static String forScript(RelatedMap map) throws IOException {
        return new ObjectMapper().writeValueAsString(map)
                .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
                .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
    }
}
