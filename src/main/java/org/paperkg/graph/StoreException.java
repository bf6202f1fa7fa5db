package org.paperkg.graph;

import org.paperkg.PaperkgException;

/** The store cannot be opened, read or written. */
public class StoreException extends PaperkgException {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
