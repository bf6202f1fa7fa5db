package org.paperkg.extract;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Immutable copies of lists that are always of one class, whatever their size. {@code List.copyOf} gives a
 * different class for one or two elements than for more, so a finder loop compiled while it met only long
 * sentences is thrown away by the JIT at the first one- or two-token sentence (a class check fails) and compiled
 * again; with one class the calls in the finders' hot loops stay monomorphic.
 */
final class SameClassList {
    private SameClassList() {
    }

    /** An unmodifiable copy; null elements are rejected, as {@code List.copyOf} does. */
    @SuppressWarnings("unchecked")
    static <T> List<T> copyOf(List<? extends T> list) {
        Object[] elements = list.toArray();
        for (Object e : elements) {
            if (e == null) {
                throw new NullPointerException("null element");
            }
        }
        return Collections.unmodifiableList((List<T>) Arrays.asList(elements));
    }
}
