package org.paperkg.extract;

import java.util.BitSet;

/** Character ranges of a text already claimed by a name or concept, so later rules do not claim them again. */
final class Blocked {
    private final BitSet chars = new BitSet();

    void add(Span span) {
        chars.set(span.begin(), span.end());
    }

    boolean overlaps(Span span) {
        int next = chars.nextSetBit(span.begin());
        return next >= 0 && next < span.end();
    }

    boolean isFree(Span span) {
        return !overlaps(span);
    }

    /** True when every blocked character of {@code outer} lies in one of {@code inner}. */
    boolean blockedOnlyWithin(Span outer, java.util.List<Span> inner) {
        for (int c = chars.nextSetBit(outer.begin()); c >= 0 && c < outer.end(); c = chars.nextSetBit(c + 1)) {
            int at = c;
            if (inner.stream().noneMatch(s -> s.begin() <= at && at < s.end())) {
                return false;
            }
        }
        return true;
    }

    /** Frees the characters of {@code span}. */
    void remove(Span span) {
        chars.clear(span.begin(), span.end());
    }
}
