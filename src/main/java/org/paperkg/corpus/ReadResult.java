package org.paperkg.corpus;

/** What a reader yields for each record of a file: a paper, or a problem that names file and line. */
public sealed interface ReadResult {

    record Read(Paper paper) implements ReadResult {
    }

    record Problem(ReadProblem problem) implements ReadResult {
    }

    static ReadResult paper(Paper paper) {
        return new Read(paper);
    }

    static ReadResult problem(SourceRef source, String message) {
        return new Problem(new ReadProblem(source, message, true));
    }

    static ReadResult warning(SourceRef source, String message) {
        return new Problem(new ReadProblem(source, message, false));
    }
}
