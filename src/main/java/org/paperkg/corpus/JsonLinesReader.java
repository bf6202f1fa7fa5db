package org.paperkg.corpus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * JSON Lines: one object a line with {@code title} and {@code abstract}, and optionally {@code id} or
 * {@code arxiv}, {@code authors} (a string or a list), {@code year} or {@code update_date}, and
 * {@code categories} (a space-separated string or a list). The field names of the arXiv metadata snapshot
 * work as they are.
 */
final class JsonLinesReader implements CorpusReader {
    private static final Pattern YEAR = Pattern.compile("\\b(19|20)\\d{2}\\b");
    private static final Pattern AUTHOR_SEPARATOR = Pattern.compile("\\s*(?:,|\\band\\b)\\s*");

    @Override
    public String name() {
        return "jsonl";
    }

    @Override
    public String description() {
        return "JSON Lines, one paper object a line (title, abstract, id/arxiv, authors, year/update_date, categories)";
    }

    @Override
    public boolean recognises(String head) {
        String first = head.lines().filter(l -> !l.isBlank()).findFirst().orElse("").strip();
        if (!first.startsWith("{")) {
            return false;
        }
        try {
            JsonNode node = Json.MAPPER.readTree(first);
            return node.isObject();
        } catch (JsonProcessingException e) {
            // a first line cut by the head limit still looks like an object
            return first.length() >= head.length() - 2 || first.contains("\"title\"");
        }
    }

    @Override
    public Stream<ReadResult> read(Path file) {
        String name = file.toString();
        return Utf8LineReader.lines(file)
                .filter(line -> !line.isBlank())
                .flatMap(line -> parse(name, line));
    }

    private Stream<ReadResult> parse(String file, Line line) {
        SourceRef at = new SourceRef(file, line.number());
        JsonNode node;
        try {
            node = Json.MAPPER.readTree(line.text());
        } catch (JsonProcessingException e) {
            return Stream.of(ReadResult.problem(at, "malformed JSON (" + e.getOriginalMessage() + "); line skipped"));
        }
        if (!node.isObject()) {
            return Stream.of(ReadResult.problem(at, "expected a JSON object, found " + node.getNodeType()
                    .toString().toLowerCase() + "; line skipped"));
        }
        String title = Text.squash(text(node, "title"));
        if (title.isEmpty()) {
            return Stream.of(ReadResult.problem(at, "record has no title; line skipped"));
        }
        String abstractText = Text.squash(text(node, "abstract"));
        String id = text(node, "id");
        Optional<String> arxiv = ArxivIds.parse(text(node, "arxiv")).or(() -> ArxivIds.parse(id));
        String externalId = id == null || arxiv.isPresent() ? null : id.strip();
        Paper paper = new Paper(title, abstractText, arxiv.orElse(null), externalId, null, null, null,
                authors(node.get("authors")), year(node), list(node.get("categories")), at);
        List<ReadResult> out = new ArrayList<>(3);
        if (line.malformed()) {
            out.add(ReadResult.warning(at, "invalid UTF-8 bytes replaced by U+FFFD"));
        }
        if (abstractText.isEmpty()) {
            out.add(ReadResult.warning(at, "paper \"" + title + "\" has an empty abstract; only its title is used"));
        }
        out.add(ReadResult.paper(paper));
        return out.stream();
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static List<String> authors(JsonNode node) {
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (node.isArray()) {
            List<String> names = new ArrayList<>();
            node.forEach(a -> names.add(a.isTextual() ? a.asText() : authorName(a)));
            return names.stream().map(Text::squash).filter(s -> !s.isEmpty()).toList();
        }
        return Arrays.stream(AUTHOR_SEPARATOR.split(node.asText()))
                .map(Text::squash).filter(s -> !s.isEmpty()).toList();
    }

    private static String authorName(JsonNode author) {
        if (author.has("name")) {
            return author.get("name").asText();
        }
        String given = author.has("given") ? author.get("given").asText() : "";
        String family = author.has("family") ? author.get("family").asText() : "";
        return (given + " " + family).strip();
    }

    private static Integer year(JsonNode node) {
        for (String field : List.of("year", "update_date", "published", "date")) {
            String value = text(node, field);
            if (value != null) {
                Matcher m = YEAR.matcher(value);
                if (m.find()) {
                    return Integer.valueOf(m.group());
                }
            }
        }
        return null;
    }

    private static List<String> list(JsonNode node) {
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (node.isArray()) {
            List<String> values = new ArrayList<>();
            node.forEach(v -> values.add(v.asText()));
            return values;
        }
        return Arrays.stream(Text.WHITESPACE.split(node.asText())).filter(s -> !s.isEmpty()).toList();
    }
}
