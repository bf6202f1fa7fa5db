package org.paperkg.corpus;

/** What reading a corpus yields, in file order: a file begins, a paper, or a problem. */
public sealed interface CorpusEvent {

    /** A file was recognised and is being read with the named format. */
    record FileStarted(String file, String format) implements CorpusEvent {
    }

    record PaperRead(Paper paper) implements CorpusEvent {
    }

    record Problem(ReadProblem problem) implements CorpusEvent {
    }

    /** A paper that is the same as one read earlier in this run (same arXiv id or normalised title). */
    record Duplicate(Paper paper, SourceRef first) implements CorpusEvent {
    }
}
