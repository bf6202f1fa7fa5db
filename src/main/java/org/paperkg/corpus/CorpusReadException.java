package org.paperkg.corpus;

import org.paperkg.PaperkgException;

/** A corpus file, or a record in it, could not be read. The message names the file and line. */
public class CorpusReadException extends PaperkgException {
    private final SourceRef source;

    public CorpusReadException(SourceRef source, String message) {
        this(source, message, null);
    }

    public CorpusReadException(SourceRef source, String message, Throwable cause) {
        super(source + ": " + message, cause);
        this.source = source;
    }

    public SourceRef source() {
        return source;
    }
}
