package org.paperkg.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ThreadCpuTest {
    @Test
    void readsUserAndSystemTicksAfterACommandNameWithSpacesAndParentheses() {
        String stat = "4242 (C2 (x) Thread) S 1 1 1 0 -1 4194624 10 0 0 0 250 130 0 0 20 0 1 0 99 0 0";
        assertThat(ThreadCpu.seconds(stat)).isEqualTo(3.8);
    }

    @Test
    void sumsThreadsOfOneKindAndReportsTheProcessTotal() throws Exception {
        assumeThat(Files.isDirectory(Path.of("/proc/self/task"))).isTrue();
        java.util.concurrent.atomic.AtomicBoolean done = new java.util.concurrent.atomic.AtomicBoolean();
        Thread busy = new Thread(() -> {
            double x = 0;
            while (!done.get()) {
                x += Math.sqrt(x + 1);
            }
        }, "threadcpu-probe-7");
        busy.start();
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        while (threads.getThreadCpuTime(busy.getId()) < 100_000_000L) { // until it has spun 0.1 s of CPU
            Thread.sleep(10);
        }
        Map<String, Double> cpu = ThreadCpu.secondsByThread();
        done.set(true);
        busy.join();
        assertThat(cpu).containsKey("(process)").containsKey("threadcpu-probe");
        assertThat(cpu.get("threadcpu-probe")).isPositive().isLessThanOrEqualTo(cpu.get("(process)"));
    }

    @Test
    void aSamplerStillCountsAThreadThatHasEnded() throws Exception {
        assumeThat(Files.isDirectory(Path.of("/proc/self/task"))).isTrue();
        try (ThreadCpu.Sampler sampler = ThreadCpu.startSampling(java.time.Duration.ofMillis(20))) {
            var threads = java.lang.management.ManagementFactory.getThreadMXBean();
            Thread busy = new Thread(() -> {
                double x = 0;
                long self = Thread.currentThread().getId();
                while (threads.getThreadCpuTime(self) < 200_000_000L) { // 0.2 s of CPU, sampled on the way
                    x += Math.sqrt(x + 1);
                }
            }, "threadcpu-ended-3");
            busy.start();
            busy.join();
            // (the task may stay listed for a moment after the join)
            long deadline = System.nanoTime() + 5_000_000_000L;
            while (ThreadCpu.secondsByThread().containsKey("threadcpu-ended") && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertThat(ThreadCpu.secondsByThread()).doesNotContainKey("threadcpu-ended");
            assertThat(sampler.secondsByThread().get("threadcpu-ended")).isNotNull().isGreaterThan(0.0);
        }
    }
}
