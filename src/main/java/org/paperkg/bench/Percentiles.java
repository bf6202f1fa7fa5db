package org.paperkg.bench;

import java.util.Arrays;

/** Median and percentiles of measured durations, in milliseconds. */
public record Percentiles(int count, double median, double p95, double max, double total) {
    public static Percentiles of(double[] millis) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        if (sorted.length == 0) {
            return new Percentiles(0, 0, 0, 0, 0);
        }
        return new Percentiles(sorted.length, at(sorted, 0.5), at(sorted, 0.95), sorted[sorted.length - 1],
                Arrays.stream(sorted).sum());
    }

    /** Times {@code work} once on each item, in order. */
    public static <T> Percentiles timeEach(java.util.List<T> items, java.util.function.Consumer<T> work) {
        double[] millis = new double[items.size()];
        for (int i = 0; i < millis.length; i++) {
            long t0 = System.nanoTime();
            work.accept(items.get(i));
            millis[i] = (System.nanoTime() - t0) / 1e6;
        }
        return of(millis);
    }

    private static double at(double[] sorted, double q) {
        int i = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }
}
