package org.paperkg;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class JenaStartTest {

    @Test
    void aSecondCallerWaitsUntilTheFirstHasFinishedStarting() throws Exception {
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger runs = new AtomicInteger();
        Supplier<Boolean> start = JenaStart.once(() -> {
            runs.incrementAndGet();
            inside.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<Boolean> first = threads.submit(start::get);
            assertThat(inside.await(5, TimeUnit.SECONDS)).isTrue();
            Future<Boolean> second = threads.submit(start::get);
            // (Jena's own flag would let the second caller through here, while the first still starts)
            Thread.sleep(200);
            assertThat(second.isDone()).isFalse();
            release.countDown();
            assertThat(first.get(5, TimeUnit.SECONDS)).isTrue();
            assertThat(second.get(5, TimeUnit.SECONDS)).isTrue();
            assertThat(runs).hasValue(1);
            assertThat(start.get()).isTrue();
            assertThat(runs).hasValue(1);
        } finally {
            threads.shutdownNow();
        }
    }
}
