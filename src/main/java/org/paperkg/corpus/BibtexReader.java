package org.paperkg.corpus;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * BibTeX (and BibLaTeX) exports: {@code @article{key, title = {…}, abstract = {…}, …}}. Uses title, abstract,
 * author, year (or date), eprint/arxiv/journal/url for the arXiv id, doi, and keywords.
 */
final class BibtexReader implements CorpusReader {
    private static final Pattern ENTRY_START = Pattern.compile("(?m)^\\s*@\\s*[A-Za-z]+\\s*[{(]");
    private static final Set<String> NOT_ENTRIES = Set.of("comment", "string", "preamble");

    @Override
    public String name() {
        return "bibtex";
    }

    @Override
    public String description() {
        return "BibTeX / BibLaTeX export (@article{key, title = {...}, abstract = {...}, ...})";
    }

    @Override
    public boolean recognises(String head) {
        return ENTRY_START.matcher(head).find() && !head.stripLeading().startsWith("{")
                && !head.stripLeading().startsWith("<");
    }

    @Override
    public Stream<ReadResult> read(Path file) {
        List<Line> lines;
        try (Stream<Line> stream = Utf8LineReader.lines(file)) {
            lines = stream.toList();
        }
        String text = lines.stream().map(Line::text).collect(Collectors.joining("\n"));
        List<ReadResult> out = new ArrayList<>();
        String name = file.toString();
        for (Line line : lines) {
            if (line.malformed()) {
                out.add(ReadResult.warning(new SourceRef(name, line.number()), "invalid UTF-8 bytes replaced by U+FFFD"));
            }
        }
        new Parser(name, text, out).parse();
        return out.stream();
    }

    /** A small recursive-descent reader of BibTeX entries; one bad entry is reported and skipped. */
    private static final class Parser {
        private final String file;
        private final String s;
        private final List<ReadResult> out;
        private int pos;

        Parser(String file, String s, List<ReadResult> out) {
            this.file = file;
            this.s = s;
            this.out = out;
        }

        void parse() {
            while (true) {
                int at = s.indexOf('@', pos);
                if (at < 0) {
                    return;
                }
                pos = at + 1;
                int line = lineOf(at);
                try {
                    entry(line);
                } catch (IllegalStateException e) {
                    out.add(ReadResult.problem(new SourceRef(file, line), "malformed BibTeX entry (" + e.getMessage()
                            + "); entry skipped"));
                    // (reading goes on at the next entry that opens a line, however far the broken one ran: an
                    // unclosed brace runs to the end of the file)
                    Matcher next = ENTRY_START.matcher(s);
                    pos = next.find(at + 1) ? next.start() : s.length();
                }
            }
        }

        private void entry(int line) {
            String type = word().toLowerCase(Locale.ROOT);
            skipSpace();
            if (pos >= s.length() || (s.charAt(pos) != '{' && s.charAt(pos) != '(')) {
                if (type.isEmpty()) {
                    return; // a stray '@' in running text
                }
                throw new IllegalStateException("expected '{' after @" + type);
            }
            char close = s.charAt(pos) == '{' ? '}' : ')';
            pos++;
            if (NOT_ENTRIES.contains(type)) {
                balanced(close);
                return;
            }
            int comma = s.indexOf(',', pos);
            if (comma < 0) {
                throw new IllegalStateException("entry key is not followed by ','");
            }
            String key = s.substring(pos, comma).strip();
            pos = comma + 1;
            Map<String, String> fields = new LinkedHashMap<>();
            while (true) {
                skipSpace();
                if (pos >= s.length()) {
                    throw new IllegalStateException("entry " + key + " is not closed");
                }
                if (s.charAt(pos) == close) {
                    pos++;
                    break;
                }
                String field = word().toLowerCase(Locale.ROOT);
                skipSpace();
                if (field.isEmpty() || pos >= s.length() || s.charAt(pos) != '=') {
                    throw new IllegalStateException("expected 'name = value' in entry " + key);
                }
                pos++;
                fields.put(field, value());
                skipSpace();
                if (pos < s.length() && s.charAt(pos) == ',') {
                    pos++;
                }
            }
            out.addAll(toPaper(key, fields, new SourceRef(file, line)));
        }

        private String value() {
            StringBuilder v = new StringBuilder();
            while (true) {
                skipSpace();
                if (pos >= s.length()) {
                    throw new IllegalStateException("value not closed");
                }
                char c = s.charAt(pos);
                if (c == '{') {
                    pos++;
                    v.append(balanced('}'));
                } else if (c == '"') {
                    int end = pos + 1;
                    int depth = 0;
                    while (end < s.length() && (s.charAt(end) != '"' || depth > 0)) {
                        depth += s.charAt(end) == '{' ? 1 : s.charAt(end) == '}' ? -1 : 0;
                        end++;
                    }
                    if (end >= s.length()) {
                        throw new IllegalStateException("quoted value not closed");
                    }
                    v.append(s, pos + 1, end);
                    pos = end + 1;
                } else {
                    v.append(word());
                }
                skipSpace();
                if (pos < s.length() && s.charAt(pos) == '#') {
                    pos++;
                } else {
                    return v.toString();
                }
            }
        }

        private String balanced(char close) {
            int depth = 0;
            int start = pos;
            while (pos < s.length()) {
                char c = s.charAt(pos);
                if (c == '\\') {
                    pos += 2;
                    continue;
                }
                if (c == '{') {
                    depth++;
                } else if (c == close && depth == 0) {
                    return s.substring(start, pos++);
                } else if (c == '}') {
                    depth--;
                }
                pos++;
            }
            throw new IllegalStateException("braces not balanced");
        }

        private String word() {
            int start = pos;
            while (pos < s.length() && (Character.isLetterOrDigit(s.charAt(pos)) || "_-:.+/".indexOf(s.charAt(pos)) >= 0)) {
                pos++;
            }
            return s.substring(start, pos);
        }

        private void skipSpace() {
            while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
                pos++;
            }
        }

        private int lineOf(int offset) {
            int line = 1;
            for (int i = 0; i < offset; i++) {
                if (s.charAt(i) == '\n') {
                    line++;
                }
            }
            return line;
        }
    }

    private static List<ReadResult> toPaper(String key, Map<String, String> f, SourceRef at) {
        String title = latex(f.get("title"));
        if (title.isEmpty()) {
            return List.of(ReadResult.problem(at, "entry " + key + " has no title; skipped"));
        }
        String abstractText = latex(f.get("abstract"));
        String arxiv = Stream.of("eprint", "arxiv", "arxivid", "journal", "url", "note")
                .map(f::get).filter(v -> v != null)
                .map(v -> ArxivIds.parse(v).or(() -> v.toLowerCase(Locale.ROOT).contains("arxiv") ? ArxivIds.find(v)
                        : java.util.Optional.empty()))
                .flatMap(java.util.Optional::stream).findFirst().orElse(null);
        String doi = f.get("doi");
        Integer year = null;
        String y = f.getOrDefault("year", f.get("date"));
        if (y != null && y.strip().length() >= 4 && y.strip().substring(0, 4).matches("\\d{4}")) {
            year = Integer.valueOf(y.strip().substring(0, 4));
        }
        List<String> authors = f.containsKey("author")
                ? Arrays.stream(latex(f.get("author")).split("\\s+and\\s+")).map(String::strip)
                        .filter(a -> !a.isEmpty()).toList()
                : List.of();
        List<String> keywords = f.containsKey("keywords")
                ? Arrays.stream(latex(f.get("keywords")).split("\\s*[,;]\\s*")).filter(k -> !k.isEmpty()).toList()
                : List.of();
        List<ReadResult> out = new ArrayList<>(2);
        if (abstractText.isEmpty()) {
            out.add(ReadResult.warning(at, "entry " + key + " has no abstract; only its title is used"));
        }
        out.add(ReadResult.paper(new Paper(title, abstractText, arxiv, doi != null ? doi.strip() : key, null, null, null,
                authors, year, keywords, at)));
        return out;
    }

    /** Removes the LaTeX that titles and abstracts carry: accents, grouping braces, escapes, ties. */
    static String latex(String value) {
        if (value == null) {
            return "";
        }
        String v = withoutGroupingBraces(LatexAccents.resolve(value)
                .replaceAll("\\\\(textit|textbf|emph|texttt|textsc)\\s*(?=\\{)", ""))
                .replace("\\&", "&").replace("\\%", "%").replace("\\_", "_").replace("\\$", "$")
                .replace("~", " ");
        return Text.squash(v);
    }

    /**
     * The text without the braces that only group or protect words ("{BiB}", "{\\"U}ber" once its accent is a letter),
     * keeping those of a command's argument and all those inside mathematics for the reading every format shares
     * ({@link Text#squash}): "\\underline{quills}" and "$\\hat{x}$" stay as written for it.
     */
    static String withoutGroupingBraces(String v) {
        StringBuilder out = new StringBuilder(v.length());
        ArrayDeque<Boolean> kept = new ArrayDeque<>();
        boolean math = false;
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '$' && (i == 0 || v.charAt(i - 1) != '\\')) {
                math = !math;
            }
            if (c == '{') {
                boolean keep = math || afterACommand(v, i);
                kept.push(keep);
                if (keep) {
                    out.append(c);
                }
            } else if (c == '}') {
                if (kept.isEmpty() || kept.pop()) {
                    out.append(c);
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** True when the brace at {@code brace} opens a command's argument: "\\emph{", "\\textbf {". */
    private static boolean afterACommand(String v, int brace) {
        int k = brace - 1;
        while (k >= 0 && v.charAt(k) == ' ') {
            k--;
        }
        int end = k;
        while (k >= 0 && Character.isLetter(v.charAt(k))) {
            k--;
        }
        return k < end && k >= 0 && v.charAt(k) == '\\';
    }
}
