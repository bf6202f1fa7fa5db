package org.paperkg.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;

/**
 * Loads the SPARQL files of {@code queries/} (packaged in the jar) once, and parses each on first use (a command
 * runs a few of them). User queries are the top-level files; {@code queries/internal/} holds the ones paperkg
 * runs for itself.
 */
public final class QueryLibrary {
    private static final Pattern PARAM = Pattern.compile(
            "^#\\s*@param\\s+(\\w+)\\s+(iri|string|literal|int|double)(\\s+optional)?\\s*(.*)$");

    private final Map<String, Supplier<NamedQuery>> queries;

    private QueryLibrary(Map<String, Supplier<NamedQuery>> queries) {
        this.queries = Collections.unmodifiableMap(queries);
    }

    /** The queries shipped with paperkg. */
    public static QueryLibrary load() {
        URL root = QueryLibrary.class.getClassLoader().getResource("queries");
        if (root == null) {
            throw new QueryException("the queries/ folder is missing from the class path");
        }
        try {
            URI uri = root.toURI();
            if (uri.getScheme().equals("jar")) {
                try (FileSystem fs = FileSystems.newFileSystem(uri, Map.of())) {
                    return fromFolder(fs.getPath("queries"));
                }
            }
            return fromFolder(Path.of(uri));
        } catch (URISyntaxException | IOException e) {
            throw new QueryException("cannot list queries: " + e.getMessage(), e);
        }
    }

    static QueryLibrary fromFolder(Path folder) throws IOException {
        Map<String, Supplier<NamedQuery>> queries = new TreeMap<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".rq")).toList()) {
                String relative = folder.relativize(file).toString().replace('\\', '/');
                String name = relative.substring(0, relative.length() - 3);
                String text = Files.readString(file, StandardCharsets.UTF_8);
                queries.put(name, Suppliers.memoize(() -> parse(name, text)));
            }
        }
        return new QueryLibrary(queries);
    }

    /** Parses a query file's text and header; a syntax error names the file and line. */
    public static NamedQuery parse(String name, String text) {
        String description = "";
        List<NamedQuery.Parameter> params = new ArrayList<>();
        for (String line : text.lines().toList()) {
            if (!line.startsWith("#")) {
                if (!line.isBlank()) {
                    break;
                }
                continue;
            }
            Matcher m = PARAM.matcher(line.strip());
            if (m.matches()) {
                params.add(new NamedQuery.Parameter(m.group(1), m.group(2), m.group(3) == null, m.group(4).strip()));
            } else if (description.isEmpty()) {
                description = line.replaceFirst("^#\\s*", "").strip();
            }
        }
        try {
            Query query = QueryFactory.create(text);
            return new NamedQuery(name, description, params, query);
        } catch (QueryParseException e) {
            throw new QueryException(name + ".rq: line " + e.getLine() + ", column " + e.getColumn() + ": "
                    + e.getMessage().lines().findFirst().orElse(""), e);
        }
    }

    /** Reads a query from any .rq file. */
    public static NamedQuery fromFile(Path file) {
        try {
            String name = file.getFileName().toString().replaceFirst("\\.rq$", "");
            return parse(name, Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public NamedQuery get(String name) {
        Supplier<NamedQuery> q = queries.get(name);
        if (q == null) {
            throw new QueryException("no query named '" + name + "'; known queries: " + String.join(", ", userQueryNames()));
        }
        return q.get();
    }

    public boolean has(String name) {
        return queries.containsKey(name);
    }

    /** The user-facing queries (not those under internal/), by name. */
    public List<String> userQueryNames() {
        return queries.keySet().stream().filter(n -> !n.startsWith("internal/")).toList();
    }

    public List<NamedQuery> all() {
        return queries.values().stream().map(Supplier::get).toList();
    }
}
