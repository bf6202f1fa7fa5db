package org.paperkg.corpus;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * CSL-JSON exports (Zotero, Better BibTeX, citation.js): a JSON array of items with {@code title},
 * {@code abstract}, {@code author} ({@code family}/{@code given}), {@code issued.date-parts}, {@code DOI},
 * {@code URL}, {@code id}. Items are streamed one at a time; a bad item is reported by its position.
 */
final class CslJsonReader implements CorpusReader {

    @Override
    public String name() {
        return "csl-json";
    }

    @Override
    public String description() {
        return "CSL-JSON export: a JSON array of items with title, abstract, author, issued, DOI, URL";
    }

    @Override
    public boolean recognises(String head) {
        String s = head.stripLeading();
        return s.startsWith("[") && (s.contains("\"title\"") || s.contains("\"type\"") || s.contains("\"issued\""));
    }

    @Override
    public Stream<ReadResult> read(Path file) {
        String name = file.toString();
        List<ReadResult> out = new ArrayList<>();
        try (JsonParser parser = Json.MAPPER.createParser(file.toFile())) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                out.add(ReadResult.problem(new SourceRef(name, 1), "CSL-JSON must be an array of items"));
                return out.stream();
            }
            int item = 0;
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                item++;
                int line = parser.currentTokenLocation().getLineNr();
                JsonNode node = Json.MAPPER.readTree(parser);
                out.addAll(toPaper(node, new SourceRef(name, line), item));
            }
        } catch (IOException e) {
            out.add(ReadResult.problem(new SourceRef(name, 0), "malformed JSON (" + e.getMessage().lines().findFirst()
                    .orElse("") + "); rest of the file skipped"));
        }
        return out.stream();
    }

    private static List<ReadResult> toPaper(JsonNode node, SourceRef at, int item) {
        String title = Text.squash(node.path("title").asText(""));
        if (title.isEmpty()) {
            return List.of(ReadResult.problem(at, "item " + item + " has no title; skipped"));
        }
        String abstractText = Text.squash(node.path("abstract").asText(""));
        String arxiv = Stream.of("number", "URL", "id", "archive_location")
                .map(f -> node.path(f).asText(""))
                .filter(v -> v.toLowerCase().contains("arxiv") || ArxivIds.parse(v).isPresent())
                .map(ArxivIds::find).flatMap(java.util.Optional::stream).findFirst().orElse(null);
        List<String> authors = new ArrayList<>();
        node.path("author").forEach(a -> {
            String name = a.has("literal") ? a.get("literal").asText()
                    : (a.path("given").asText("") + " " + a.path("family").asText("")).strip();
            if (!name.isEmpty()) {
                authors.add(name);
            }
        });
        JsonNode year = node.path("issued").path("date-parts").path(0).path(0);
        String doi = node.path("DOI").asText(null);
        List<ReadResult> out = new ArrayList<>(2);
        if (abstractText.isEmpty()) {
            out.add(ReadResult.warning(at, "item " + item + " (\"" + title + "\") has no abstract; only its title is used"));
        }
        out.add(ReadResult.paper(new Paper(title, abstractText, arxiv, doi != null ? doi : node.path("id").asText(null),
                null, null, null, authors, year.canConvertToInt() ? year.asInt() : null, List.of(), at)));
        return out;
    }
}
