package org.paperkg.bench;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * CPU seconds of the process so far, by thread, from {@code /proc/self/task/*}: the JIT compiler and GC threads
 * too, which the JVM's thread beans do not show. Threads of one kind are summed ("C2 CompilerThread0" and
 * "C2 CompilerThread1" under "C2 CompilerThread"); threads that have ended count only in the process total, unless
 * a {@link Sampler} read them while they ran.
 * Linux only; elsewhere the map is empty.
 */
public final class ThreadCpu {
    /** Clock ticks per second of the stat files (USER_HZ, 100 on Linux for x86 and ARM). */
    private static final double TICKS = 100.0;

    private ThreadCpu() {
    }

    /** The process's own total under "(process)", and each kind of live thread. */
    public static Map<String, Double> secondsByThread() {
        Map<String, Reading> live = new TreeMap<>();
        Double process = readTasks(live);
        return process == null ? Map.of() : byKind(process, live);
    }

    /**
     * Starts reading every thread's CPU time every {@code interval}, so that threads which end before the
     * measurement does (a phase's worker pools) still count, with their last reading.
     */
    public static Sampler startSampling(Duration interval) {
        return new Sampler(interval);
    }

    /** Reads threads' CPU times on a timer until closed; see {@link #startSampling}. */
    public static final class Sampler implements AutoCloseable {
        private final Map<String, Reading> lastByTask = new ConcurrentHashMap<>();
        private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "paperkg-cpu-sampler");
            t.setDaemon(true);
            return t;
        });

        private Sampler(Duration interval) {
            timer.scheduleAtFixedRate(() -> readTasks(lastByTask), 0, interval.toMillis(), TimeUnit.MILLISECONDS);
        }

        /** The process's total and, by kind, every thread seen so far, ended ones with their last reading. */
        public Map<String, Double> secondsByThread() {
            Double process = readTasks(lastByTask);
            return process == null ? Map.of() : byKind(process, lastByTask);
        }

        @Override
        public void close() {
            timer.shutdownNow();
        }
    }

    /** One thread's kind ("C2 CompilerThread" for "C2 CompilerThread0") and CPU seconds. */
    private record Reading(String kind, double seconds) {
    }

    /** Puts each live thread's reading under its task id; returns the process's CPU seconds, or null off Linux. */
    private static Double readTasks(Map<String, Reading> into) {
        try {
            double process = seconds(Files.readString(Path.of("/proc/self/stat")));
            try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc/self/task"))) {
                for (Path task : tasks) {
                    try {
                        String kind = Files.readString(task.resolve("comm")).strip().replaceAll("[-_ ]?\\d+$", "");
                        double seconds = seconds(Files.readString(task.resolve("stat")));
                        into.put(task.getFileName().toString(), new Reading(kind, seconds));
                    } catch (IOException ended) {
                        // the thread ended while it was being read
                    }
                }
            }
            return process;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static Map<String, Double> byKind(double process, Map<String, Reading> readings) {
        Map<String, Double> out = new TreeMap<>();
        out.put("(process)", process);
        readings.values().forEach(r -> out.merge(r.kind(), r.seconds(), Double::sum));
        return out;
    }

    /** utime + stime of a stat line; the fields after the command name, which may hold spaces and parentheses. */
    static double seconds(String stat) {
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
        // fields from "state" on: utime and stime are the 14th and 15th of the whole line, 12th and 13th here
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS;
    }
}
