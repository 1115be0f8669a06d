package dev.sse.app.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The zoom spin's CPU per frame: a thread's run time from the scheduler, found by the thread's name. */
class ThreadCpuTest {

    @Test
    void aNamedThreadsRunTimeGrowsByTheWorkItDoes() throws Exception {
        assumeTrue(ThreadCpu.current() != null, "Linux schedstat");
        long[] spun = new long[1];
        CountDownLatch worked = new CountDownLatch(1);
        ThreadMXBean jvm = ManagementFactory.getThreadMXBean();
        Thread worker = new Thread(() -> {
            // 60 ms of the thread's own CPU, not of wall time: on a loaded machine wall time says nothing
            while (jvm.getCurrentThreadCpuTime() < 60_000_000L) {
                spun[0]++;
            }
            worked.countDown();
            synchronized (spun) {
                try {
                    spun.wait(5000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }, "sse-cpu-probe-test");
        worker.start();
        assertThat(worked.await(60, TimeUnit.SECONDS)).isTrue();
        ThreadCpu cpu = ThreadCpu.named("sse-cpu-probe-test");
        long ran = cpu.nanos();
        synchronized (spun) {
            spun.notifyAll();
        }
        worker.join();

        // it ran 60 ms on a core (the JVM's own count); the scheduler's count agrees to within its tick
        assertThat(ran).isGreaterThan(40_000_000L).isLessThan(2_000_000_000L);
        assertThat(ThreadCpu.named("no-such-thread-here")).isNull();
    }
}
