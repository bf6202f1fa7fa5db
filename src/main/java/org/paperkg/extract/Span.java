package org.paperkg.extract;

/** A half-open character range [begin, end) in a paper's title or abstract. */
public record Span(int begin, int end) {
    public Span {
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("bad span [" + begin + ", " + end + ")");
        }
    }

    public boolean overlaps(Span other) {
        return begin < other.end && other.begin < end;
    }

    public int length() {
        return end - begin;
    }
}
