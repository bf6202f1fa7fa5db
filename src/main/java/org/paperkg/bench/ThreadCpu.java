package org.paperkg.bench;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * CPU seconds of the process so far, by thread, from {@code /proc/self/task/*}: the JIT compiler and GC threads
 * too, which the JVM's thread beans do not show. Threads of one kind are summed ("C2 CompilerThread0" and
 * "C2 CompilerThread1" under "C2 CompilerThread"); threads that have ended count only in the process total.
 * Linux only; elsewhere the map is empty.
 */
public final class ThreadCpu {
    /** Clock ticks per second of the stat files (USER_HZ, 100 on Linux for x86 and ARM). */
    private static final double TICKS = 100.0;

    private ThreadCpu() {
    }

    /** The process's own total under "(process)", and each kind of live thread. */
    public static Map<String, Double> secondsByThread() {
        Map<String, Double> out = new TreeMap<>();
        try {
            out.put("(process)", seconds(Files.readString(Path.of("/proc/self/stat"))));
            try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc/self/task"))) {
                for (Path task : tasks) {
                    try {
                        String kind = Files.readString(task.resolve("comm")).strip().replaceAll("[-_ ]?\\d+$", "");
                        out.merge(kind, seconds(Files.readString(task.resolve("stat"))), Double::sum);
                    } catch (IOException ended) {
                        // the thread ended while it was being read
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            return Map.of();
        }
        return out;
    }

    /** utime + stime of a stat line; the fields after the command name, which may hold spaces and parentheses. */
    static double seconds(String stat) {
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
        // fields from "state" on: utime and stime are the 14th and 15th of the whole line, 12th and 13th here
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS;
    }
}
