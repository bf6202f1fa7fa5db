package org.paperkg.corpus;

import java.util.Objects;

/**
 * Something in a corpus file that could not be read as a paper, or was read with a caveat.
 *
 * @param source  file and line (or record)
 * @param message what is wrong, in words a user can act on
 * @param skipped true when no paper came of it, false for a warning on a paper that was still read
 */
public record ReadProblem(SourceRef source, String message, boolean skipped) {
    public ReadProblem {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return source + ": " + message;
    }
}
