package org.paperkg;

/** The root of paperkg's own errors: unchecked, with messages that name the value and the remedy. */
public class PaperkgException extends RuntimeException {
    public PaperkgException(String message) {
        super(message);
    }

    public PaperkgException(String message, Throwable cause) {
        super(message, cause);
    }
}
