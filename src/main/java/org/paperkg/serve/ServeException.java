package org.paperkg.serve;

import org.paperkg.PaperkgException;

/** The server cannot start, e.g. its port is taken. */
public class ServeException extends PaperkgException {
    public ServeException(String message, Throwable cause) {
        super(message, cause);
    }
}
