package org.paperkg.query;

import org.paperkg.PaperkgException;

/** A query is unknown, malformed, or given a bad parameter. */
public class QueryException extends PaperkgException {
    public QueryException(String message) {
        super(message);
    }

    public QueryException(String message, Throwable cause) {
        super(message, cause);
    }
}
