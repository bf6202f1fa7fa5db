package org.paperkg.corpus;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The text copy of a Hugging Face "papers" listing: a title paragraph, then an abstract paragraph, for each
 * paper; page furniture ("Subscribe", "Daily Papers", dates) is not a paper.
 */
final class ListingReader implements CorpusReader {
    private static final Pattern SENTENCE_BREAK = Pattern.compile(".*[.!?] [A-Z].*");
    private static final Pattern FURNITURE = Pattern.compile(
            "(?i)new|subscribe|daily papers|get trending papers.*|by ?ak and the research community|papers"
                    + "|trending|submit|submitted by .*|upvote|\\d+ (upvotes?|comments?)|previous|next");
    private static final Pattern DATE = Pattern.compile(
            "(?i)((jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.? \\d{1,2}(, ?\\d{4})?"
                    + "|\\d{1,2} (jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*( \\d{4})?"
                    + "|\\d{4}-\\d{2}-\\d{2}|published on .*)");
    private static final int MAX_TITLE_CHARS = 300;
    private static final int MIN_ABSTRACT_WORDS = 25;

    @Override
    public String name() {
        return "hf-listing";
    }

    @Override
    public String description() {
        return "Hugging Face papers listing as text: a title paragraph, then its abstract paragraph";
    }

    @Override
    public boolean recognises(String head) {
        if (head.contains("Get trending papers") || head.contains("the research community")) {
            return true;
        }
        String first = head.stripLeading();
        if (first.startsWith("{") || first.startsWith("[") || first.startsWith("<") || first.startsWith("@")
                || first.startsWith("#") || first.startsWith("|")) {
            return false;
        }
        List<String> paragraphs = head.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        int pairs = 0;
        for (int i = 0; i + 1 < paragraphs.size(); i++) {
            if (isTitleLike(paragraphs.get(i)) && isAbstractLike(paragraphs.get(i + 1))) {
                pairs++;
            }
        }
        return pairs >= 1 && paragraphs.stream().noneMatch(p -> p.startsWith("[^"));
    }

    @Override
    public Stream<ReadResult> read(Path file) {
        List<Line> lines;
        try (Stream<Line> stream = Utf8LineReader.lines(file)) {
            lines = stream.toList();
        }
        return parse(file.toString(), Block.split(lines)).stream();
    }

    private List<ReadResult> parse(String file, List<Block> blocks) {
        List<ReadResult> out = new ArrayList<>();
        Block pendingTitle = null;
        for (Block block : blocks) {
            if (isFurniture(block.text())) {
                continue;
            }
            if (isAbstractLike(block.text())) {
                if (pendingTitle == null) {
                    out.add(ReadResult.problem(new SourceRef(file, block.firstLine()),
                            "abstract paragraph without a title line before it; skipped"));
                } else {
                    SourceRef at = new SourceRef(file, pendingTitle.firstLine());
                    if (pendingTitle.malformed() || block.malformed()) {
                        out.add(ReadResult.warning(at, "invalid UTF-8 bytes replaced by U+FFFD"));
                    }
                    out.add(ReadResult.paper(Paper.of(pendingTitle.text(), block.text(), at)));
                    pendingTitle = null;
                }
            } else {
                if (pendingTitle != null) {
                    out.add(ReadResult.problem(new SourceRef(file, pendingTitle.firstLine()),
                            "\"" + pendingTitle.text() + "\" is not followed by an abstract; not read as a paper"));
                }
                pendingTitle = block;
            }
        }
        if (pendingTitle != null) {
            out.add(ReadResult.problem(new SourceRef(file, pendingTitle.firstLine()),
                    "\"" + pendingTitle.text() + "\" is not followed by an abstract; not read as a paper"));
        }
        return out;
    }

    static boolean isFurniture(String text) {
        return FURNITURE.matcher(text).matches() || DATE.matcher(text).matches() || text.length() < 3;
    }

    private static boolean isTitleLike(String text) {
        return text.length() <= MAX_TITLE_CHARS && !isFurniture(text) && !isAbstractLike(text);
    }

    private static boolean isAbstractLike(String text) {
        int words = Text.WHITESPACE.split(text).length;
        boolean sentences = text.endsWith(".") || SENTENCE_BREAK.matcher(text).matches();
        return text.length() > MAX_TITLE_CHARS || (words >= MIN_ABSTRACT_WORDS && sentences);
    }
}
