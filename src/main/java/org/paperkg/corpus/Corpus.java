package org.paperkg.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads files and folders as one corpus: detects each file's format from its content, streams its papers,
 * and recognises the same paper met again (same arXiv id, else same normalised title). Only the keys of the
 * papers seen are held in memory, never the papers.
 */
public final class Corpus {
    private final CorpusFormats formats;
    private final Map<String, SourceRef> seen = new HashMap<>();

    public Corpus(CorpusFormats formats) {
        this.formats = formats;
    }

    /**
     * The files under the given paths, folders walked in name order; hidden files and folders (".git") are left out,
     * and so are the folders of a TDB2 store, such as the default store inside the folder ingested ("ingest .").
     */
    public static List<Path> files(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                List<Path> found = new ArrayList<>();
                try {
                    Files.walkFileTree(path, new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                            boolean hidden = !dir.equals(path) && hidden(dir);
                            return hidden || isStore(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            if (attrs.isRegularFile() && !hidden(file)) {
                                found.add(file);
                            }
                            return FileVisitResult.CONTINUE;
                        }
                    });
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                found.sort(Comparator.comparing(Path::toString));
                files.addAll(found);
            } else {
                files.add(path);
            }
        }
        return files;
    }

    /** True for a file or folder whose name starts with a dot (the folder walked itself is never asked about). */
    private static boolean hidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    /** True for the folder of a TDB2 store, which holds its lock file. */
    private static boolean isStore(Path dir) {
        return Files.isRegularFile(dir.resolve("tdb.lock"));
    }

    /**
     * The size in bytes of the files under the paths, as {@link #files} lists them; a file that cannot be measured
     * counts as large, since reading it will report the problem.
     */
    public static long bytes(List<Path> paths) {
        long total = 0;
        try {
            for (Path file : files(paths)) {
                total += Files.size(file);
            }
        } catch (IOException | UncheckedIOException e) {
            return Long.MAX_VALUE;
        }
        return total;
    }

    /** Streams the events of one file; a missing, empty or unrecognised file yields one problem. */
    public Stream<CorpusEvent> read(Path file) {
        SourceRef whole = new SourceRef(file.toString(), 0);
        if (!Files.exists(file)) {
            return Stream.of(problem(whole, "no such file or folder"));
        }
        if (!Files.isReadable(file)) {
            return Stream.of(problem(whole, "file is not readable"));
        }
        String head;
        try {
            head = Files.size(file) == 0 ? "" : CorpusFormats.head(file);
        } catch (IOException e) {
            return Stream.of(problem(whole, "cannot read: " + e.getMessage()));
        }
        if (head.isBlank()) {
            return Stream.of(problem(whole, "empty file; nothing to read"));
        }
        if (CorpusFormats.looksBinary(head)) {
            return Stream.of(problem(whole, "binary data, not text (a compressed archive or a PDF? unpack or "
                    + "convert it first); nothing read"));
        }
        Optional<CorpusReader> reader = formats.detect(head);
        if (reader.isEmpty()) {
            return Stream.of(problem(whole, "not in a known corpus format; known formats: " + formats.describe()));
        }
        String format = reader.get().name();
        int[] records = {0};
        Stream<CorpusEvent> events = reader.get().read(file).map(this::toEvent).peek(e -> records[0]++);
        // (a file its format recognises but that holds no record at all, an Atom feed without entries, says so once
        // it has been read)
        Stream<CorpusEvent> nothing = Stream.of(whole).flatMap(at -> records[0] == 0
                ? Stream.of(problem(at, "no papers in this " + format + " file")) : Stream.empty());
        return Stream.concat(Stream.concat(Stream.of(new CorpusEvent.FileStarted(file.toString(), format)), events),
                nothing);
    }

    private CorpusEvent toEvent(ReadResult result) {
        if (result instanceof ReadResult.Problem p) {
            return new CorpusEvent.Problem(p.problem());
        }
        Paper paper = ((ReadResult.Read) result).paper();
        SourceRef first = paper.arxiv().map(id -> seen.get("arxiv:" + id)).orElse(null);
        if (first == null) {
            first = seen.get("title:" + paper.titleKey());
        }
        if (first != null) {
            return new CorpusEvent.Duplicate(paper, first);
        }
        seen.put("title:" + paper.titleKey(), paper.source());
        paper.arxiv().ifPresent(id -> seen.put("arxiv:" + id, paper.source()));
        return new CorpusEvent.PaperRead(paper);
    }

    private static CorpusEvent problem(SourceRef at, String message) {
        return new CorpusEvent.Problem(new ReadProblem(at, message, true));
    }
}
