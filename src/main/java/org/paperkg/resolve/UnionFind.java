package org.paperkg.resolve;

import java.util.HashMap;
import java.util.Map;

/** Disjoint sets with path compression; the representative of a set is its smallest element. */
final class UnionFind<T extends Comparable<T>> {
    private final Map<T, T> parent = new HashMap<>();

    void add(T x) {
        parent.putIfAbsent(x, x);
    }

    T find(T x) {
        T root = x;
        for (T p = parent.get(root); p != null && !p.equals(root); p = parent.get(root)) {
            root = p;
        }
        parent.putIfAbsent(root, root);
        for (T at = x; !at.equals(root); ) {
            T next = parent.get(at);
            parent.put(at, root);
            at = next;
        }
        return root;
    }

    void union(T a, T b) {
        T ra = find(a);
        T rb = find(b);
        if (ra.equals(rb)) {
            return;
        }
        if (ra.compareTo(rb) < 0) {
            parent.put(rb, ra);
        } else {
            parent.put(ra, rb);
        }
    }
}
