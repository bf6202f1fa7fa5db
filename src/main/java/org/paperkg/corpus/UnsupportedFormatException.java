package org.paperkg.corpus;

import org.paperkg.PaperkgException;

/** A file is in none of the corpus formats paperkg reads. */
public class UnsupportedFormatException extends PaperkgException {
    public UnsupportedFormatException(String message) {
        super(message);
    }
}
