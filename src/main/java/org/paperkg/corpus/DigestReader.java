package org.paperkg.corpus;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A Markdown arXiv digest: a table of references ({@code | [^1] | [Title](https://arxiv.org/abs/…) | summary |})
 * and, per reference, a footnote ({@code [^1]: Chinese title}) with the English title, the arXiv link, a Chinese
 * summary, a Chinese abstract and the English abstract (often truncated).
 */
final class DigestReader implements CorpusReader {
    private static final Pattern TABLE_ROW = Pattern.compile(
            "^\\|\\s*\\[\\^(\\d+)]\\s*\\|\\s*\\[(.+)]\\((https?://[^)]+)\\)\\s*\\|\\s*(.*?)\\s*\\|?\\s*$");
    private static final Pattern FOOTNOTE = Pattern.compile("^\\[\\^(\\d+)]:\\s*(.*)$");
    private static final Pattern LINK = Pattern.compile("^\\[?(https?://\\S+?)]?(\\(.*\\))?$");
    private static final Pattern ARXIV_SUFFIX = Pattern.compile("\\s*\\(arXiv:[^)]*\\)\\s*$");
    private static final Pattern ABSTRACT_PREFIX = Pattern.compile(
            "^arXiv:\\S+\\s+(Announce Type:\\s*\\S+\\s+)?Abstract:\\s*");

    @Override
    public String name() {
        return "arxiv-digest";
    }

    @Override
    public String description() {
        return "Markdown arXiv digest: reference table and footnotes with Chinese summaries and English abstracts";
    }

    @Override
    public boolean recognises(String head) {
        return head.contains("arxiv.org/abs/")
                && head.lines().anyMatch(l -> TABLE_ROW.matcher(l.strip()).matches() || FOOTNOTE.matcher(l).matches());
    }

    @Override
    public Stream<ReadResult> read(Path file) {
        List<Line> lines;
        try (Stream<Line> stream = Utf8LineReader.lines(file)) {
            lines = stream.toList();
        }
        String name = file.toString();
        Map<String, Entry> entries = new LinkedHashMap<>();
        List<Line> footnote = null;
        String ref = null;
        for (Line line : lines) {
            Matcher row = TABLE_ROW.matcher(line.text().strip());
            Matcher note = FOOTNOTE.matcher(line.text());
            if (row.matches()) {
                Entry e = entries.computeIfAbsent(row.group(1), k -> new Entry(line.number()));
                e.title = cleanTitle(row.group(2));
                e.url = row.group(3);
                e.summaryZh = Text.squash(row.group(4));
                e.malformed |= line.malformed();
            } else if (note.matches()) {
                flush(entries, ref, footnote);
                ref = note.group(1);
                footnote = new ArrayList<>();
                Entry e = entries.computeIfAbsent(ref, k -> new Entry(line.number()));
                e.line = line.number();
                e.titleZh = Text.squash(note.group(2));
                e.malformed |= line.malformed();
            } else if (footnote != null) {
                footnote.add(line);
            }
        }
        flush(entries, ref, footnote);
        List<ReadResult> out = new ArrayList<>();
        entries.forEach((key, e) -> out.addAll(e.results(name, key)));
        return out.stream();
    }

    private static void flush(Map<String, Entry> entries, String ref, List<Line> lines) {
        if (ref == null) {
            return;
        }
        Entry e = entries.get(ref);
        boolean afterLink = false;
        List<String> chinese = new ArrayList<>();
        for (Block block : Block.split(lines)) {
            String text = block.text();
            e.malformed |= block.malformed();
            Matcher link = LINK.matcher(text);
            if (link.matches() && text.contains("://")) {
                e.url = link.group(1);
                afterLink = true;
            } else if (Text.cjkShare(text) > 0.2) {
                chinese.add(text);
            } else if (!afterLink && e.titleFromNote == null) {
                e.titleFromNote = cleanTitle(text);
            } else if (afterLink) {
                e.abstractEn = ABSTRACT_PREFIX.matcher(text).replaceFirst("");
            }
        }
        if (!chinese.isEmpty()) {
            e.summaryZh = chinese.get(0);
        }
        if (chinese.size() > 1) {
            e.abstractZh = chinese.get(chinese.size() - 1);
        }
    }

    static String cleanTitle(String raw) {
        String title = ARXIV_SUFFIX.matcher(Text.squash(raw)).replaceFirst("");
        return title.endsWith(".") && !title.endsWith("..") ? title.substring(0, title.length() - 1) : title;
    }

    private static final class Entry {
        int line;
        String title;
        String titleFromNote;
        String titleZh;
        String url;
        String summaryZh;
        String abstractZh;
        String abstractEn;
        boolean malformed;

        Entry(int line) {
            this.line = line;
        }

        List<ReadResult> results(String file, String ref) {
            SourceRef at = new SourceRef(file, line);
            String english = titleFromNote != null ? titleFromNote : title;
            if (english == null || english.isBlank()) {
                return List.of(ReadResult.problem(at, "reference [^" + ref + "] has no English title; skipped"));
            }
            List<ReadResult> out = new ArrayList<>(3);
            if (malformed) {
                out.add(ReadResult.warning(at, "invalid UTF-8 bytes replaced by U+FFFD"));
            }
            if (abstractEn == null || abstractEn.isBlank()) {
                out.add(ReadResult.warning(at, "reference [^" + ref + "] has no English abstract; only its title is used"));
            }
            out.add(ReadResult.paper(new Paper(english, abstractEn, ArxivIds.find(url).orElse(null), null, titleZh,
                    summaryZh, abstractZh, List.of(), null, List.of(), at)));
            return out;
        }
    }
}
