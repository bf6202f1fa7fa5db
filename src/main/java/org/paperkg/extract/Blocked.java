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
}
