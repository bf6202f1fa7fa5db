package org.paperkg.extract;

/** One extractor (one loaded CoreNLP pipeline) per test JVM. */
public final class SharedExtractor {
    private static Extractor extractor;

    private SharedExtractor() {
    }

    public static synchronized Extractor get() {
        if (extractor == null) {
            extractor = Extractor.load();
        }
        return extractor;
    }
}
