package org.paperkg.map;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.paperkg.PaperkgException;

/** The map file formats, chosen by the output file's extension. */
public enum MapFormat {
    SVG("svg", new SvgMapWriter()),
    HTML("html", new HtmlMapWriter()),
    DOT("dot", new DotMapWriter()),
    GRAPHML("graphml", new GraphMlMapWriter()),
    JSON("json", new JsonMapWriter());

    /** Writes a map in one format. */
    public interface MapWriter {
        void write(RelatedMap map, Writer out) throws IOException;
    }

    private final String extension;
    private final MapWriter writer;

    MapFormat(String extension, MapWriter writer) {
        this.extension = extension;
        this.writer = writer;
    }

    public MapWriter writer() {
        return writer;
    }

    public static MapFormat forFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> name.endsWith("." + f.extension)).findFirst()
                .orElseThrow(() -> new PaperkgException("cannot tell the map format of " + file + "; use one of: "
                        + Arrays.stream(values()).map(f -> "." + f.extension).collect(Collectors.joining(", "))));
    }
}
