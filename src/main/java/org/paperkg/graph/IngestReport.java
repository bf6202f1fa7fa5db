package org.paperkg.graph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.paperkg.corpus.ReadProblem;

/** The counts and problems of one ingest run, for the summary it ends with. */
public final class IngestReport {
    int files;
    final Map<String, Integer> filesByFormat = new LinkedHashMap<>();
    int read;
    int created;
    int replaced;
    int unchanged;
    int duplicates;
    final List<ReadProblem> problems = new ArrayList<>();
    long triples;
    CorpusResolution.Summary resolution;
    double seconds;
    double extractSeconds;
    double writeSeconds;
    double resolveSeconds;

    public int files() {
        return files;
    }

    public int read() {
        return read;
    }

    public int created() {
        return created;
    }

    public int replaced() {
        return replaced;
    }

    public int duplicates() {
        return duplicates;
    }

    public List<ReadProblem> problems() {
        return problems;
    }

    /** Problems after which no paper was read (as opposed to warnings on papers that were). */
    public long skipped() {
        return problems.stream().filter(ReadProblem::skipped).count() + duplicates;
    }

    public long triples() {
        return triples;
    }

    public double seconds() {
        return seconds;
    }

    /** True when at least one paper is in the store after this run (new, replaced or unchanged). */
    public boolean ingestedAnything() {
        return created + replaced + unchanged > 0;
    }

    /** The multi-line summary printed at the end of an ingest. */
    public String summary() {
        StringBuilder s = new StringBuilder();
        s.append(String.format("files: %d (%s)%n", files, filesByFormat.isEmpty() ? "none recognised"
                : String.join(", ", filesByFormat.entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).toList())));
        s.append(String.format("papers: %d read, %d new, %d replaced, %d unchanged, %d skipped%n", read, created,
                replaced, unchanged, skipped()));
        if (duplicates > 0) {
            s.append(String.format("  skipped %d duplicates (same arXiv id or title as a paper read before)%n", duplicates));
        }
        long problemsSkipped = problems.stream().filter(ReadProblem::skipped).count();
        if (problemsSkipped > 0) {
            s.append(String.format("  skipped %d records or files with problems (listed above)%n", problemsSkipped));
        }
        if (resolution != null) {
            s.append(String.format("entities: %d (%d methods, %d datasets), %d paper links%n", resolution.entities(),
                    resolution.methods(), resolution.datasets(), resolution.links()));
        }
        s.append(String.format("triples: %d%n", triples));
        s.append(String.format("seconds: %.1f (extraction %.1f, writing %.1f, resolution %.1f)%n", seconds,
                extractSeconds, writeSeconds, resolveSeconds));
        return s.toString();
    }
}
