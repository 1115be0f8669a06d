package dev.sse.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The probe reports how long a posted task waited behind a busy event thread (a plain executor stands in for FX). */
class FxLatencyProbeTest {

    @Test
    void aTaskQueuedBehindABusyThreadWaitsAtLeastAsLongAsItIsBlocked() throws Exception {
        ExecutorService fxThread = Executors.newSingleThreadExecutor();
        CountDownLatch release = new CountDownLatch(1);
        fxThread.execute(() -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        AtomicInteger posts = new AtomicInteger();
        Consumer<Runnable> post = r -> {
            posts.incrementAndGet();
            fxThread.execute(r);
        };
        FxLatencyProbe probe = new FxLatencyProbe(post);
        probe.start();
        while (posts.get() < 1) {
            Thread.onSpinWait();
        }
        long blockedFrom = System.nanoTime();
        Thread.sleep(120);
        long blocked = System.nanoTime() - blockedFrom;
        release.countDown();
        while (posts.get() < 2) { // the next post comes only after the first task ran and was recorded
            Thread.onSpinWait();
        }
        long longest = probe.stop();
        fxThread.shutdownNow();

        assertThat(longest).isGreaterThanOrEqualTo(blocked);
        assertThat(probe.lap()).as("a lap starts afresh").isZero();
    }

    @Test
    void stopsEvenWhenThePostedTaskNeverRuns() throws Exception {
        FxLatencyProbe probe = new FxLatencyProbe(r -> { });
        probe.start();
        Thread.sleep(20);
        long started = System.nanoTime();
        assertThat(probe.stop()).as("nothing ran, nothing measured").isZero();
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)).isLessThan(1000);
    }
}
