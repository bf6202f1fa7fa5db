package org.paperkg.extract;

import java.util.List;
import org.paperkg.corpus.Paper;
import org.paperkg.corpus.SourceRef;

/** What the extraction test classes share: extracting an invented paper, and the names of one kind it gives. */
final class Extractions {
    private Extractions() {
    }

    static PaperExtraction extract(String title, String abstractText) {
        return SharedExtractor.get().extract(Paper.of(title, abstractText, new SourceRef("test", 1)));
    }

    static List<String> names(PaperExtraction x, MentionKind kind) {
        return x.mentions(kind).stream().map(Mention::name).distinct().toList();
    }
}
