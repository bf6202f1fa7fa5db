package org.paperkg.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The one table of corpus readers, in the order their formats are tried. */
public final class CorpusFormats {
    private static final int HEAD_BYTES = 16 * 1024;

    private final List<CorpusReader> readers;

    private CorpusFormats(List<CorpusReader> readers) {
        this.readers = List.copyOf(readers);
    }

    /** All formats paperkg reads. More specific formats come first; the plain-text listing is tried last. */
    public static CorpusFormats standard() {
        return new CorpusFormats(List.of(new JsonLinesReader(), new CslJsonReader(), new AtomReader(),
                new DigestReader(), new BibtexReader(), new ListingReader()));
    }

    /** The reader for a file's content, given its first bytes ({@link #head}), or empty when none recognises it. */
    Optional<CorpusReader> detect(String head) {
        if (head.isBlank()) {
            return Optional.empty();
        }
        return readers.stream().filter(r -> r.recognises(head)).findFirst();
    }

    /** A user-facing list of the known formats. */
    public String describe() {
        return readers.stream().map(r -> r.name() + " (" + r.description() + ")").collect(Collectors.joining("; "));
    }

    public String names() {
        return readers.stream().map(CorpusReader::name).collect(Collectors.joining(", "));
    }

    /**
     * True when a file's head is binary data rather than text: it holds a NUL, as no text file in UTF-8 does (a
     * compressed archive, a PDF, UTF-16), or control characters other than tabs, line ends and form feeds make up more
     * than one character in a hundred. Invalid UTF-8 in text (a Latin-1 file's accented letters) does not count.
     */
    static boolean looksBinary(String head) {
        int controls = 0;
        for (int i = 0; i < head.length(); i++) {
            char c = head.charAt(i);
            if (c == 0) {
                return true;
            }
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                controls++;
            }
        }
        return controls * 100 > head.length();
    }

    static String head(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(HEAD_BYTES);
            String s = new String(bytes, StandardCharsets.UTF_8);
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        } catch (IOException e) {
            throw new CorpusReadException(new SourceRef(file.toString(), 0), "cannot read: " + e.getMessage(), e);
        }
    }
}
