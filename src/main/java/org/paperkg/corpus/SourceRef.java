package org.paperkg.corpus;

import java.util.Objects;

/** Where a record came from: the file and the 1-based line (or record number) where it starts. */
public record SourceRef(String file, int line) {
    public SourceRef {
        Objects.requireNonNull(file, "file");
        if (line < 0) {
            throw new IllegalArgumentException("line must be >= 0, got " + line);
        }
    }

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line : file;
    }
}
