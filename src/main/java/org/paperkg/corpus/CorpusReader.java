package org.paperkg.corpus;

import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Reads one corpus format. The format is recognised from the beginning of a file's content, never from
 * its name, by {@link #recognises(String)}; {@link CorpusFormats} holds the one list of readers.
 */
public interface CorpusReader {

    /** Short name used in messages and the README ("jsonl", "hf-listing"). */
    String name();

    /** One line saying what the format is. */
    String description();

    /** True when the head of a file (its first few kilobytes, decoded) is in this format. */
    boolean recognises(String head);

    /**
     * Streams the papers and problems of a file. The stream must be closed; problems name file and line;
     * a bad record never stops the rest of the file from being read.
     */
    Stream<ReadResult> read(Path file);
}
