package org.paperkg.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Memory high-water marks of this process: resident memory (VmHWM of /proc/self/status), heap in use, and heap
 * left after garbage collection, which is what the program holds rather than what the collector has not yet
 * reclaimed.
 */
public final class PeakMemory {
    private static final java.util.concurrent.atomic.AtomicLong PEAK_AFTER_GC = new java.util.concurrent.atomic.AtomicLong();

    private PeakMemory() {
    }

    /** Starts recording the heap in use after each garbage collection; see {@link #heapAfterGcMib()}. */
    public static void trackHeapAfterGc() {
        for (java.lang.management.GarbageCollectorMXBean gc : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof javax.management.NotificationEmitter emitter) {
                emitter.addNotificationListener((notification, handback) -> {
                    if (!com.sun.management.GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION
                            .equals(notification.getType())) {
                        return;
                    }
                    var info = com.sun.management.GarbageCollectionNotificationInfo.from(
                            (javax.management.openmbean.CompositeData) notification.getUserData());
                    long after = info.getGcInfo().getMemoryUsageAfterGc().values().stream()
                            .mapToLong(java.lang.management.MemoryUsage::getUsed).sum();
                    PEAK_AFTER_GC.accumulateAndGet(after, Math::max);
                }, null, null);
            }
        }
    }

    /** The most heap in use right after a garbage collection since tracking started, in MiB. */
    public static long heapAfterGcMib() {
        return PEAK_AFTER_GC.get() / (1024 * 1024);
    }

    public static long mib() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    /** Peak Java heap in use, in MiB: the sum of the peak usage of the heap memory pools. */
    public static long heapMib() {
        long bytes = 0;
        for (java.lang.management.MemoryPoolMXBean pool : java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == java.lang.management.MemoryType.HEAP && pool.getPeakUsage() != null) {
                bytes += pool.getPeakUsage().getUsed();
            }
        }
        return bytes / (1024 * 1024);
    }
}
