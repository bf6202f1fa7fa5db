package org.paperkg.extract;

import org.paperkg.PaperkgException;

/** Extraction could not be set up or run. */
public class ExtractionException extends PaperkgException {
    public ExtractionException(String message) {
        super(message);
    }
}
