package dev.sse.app.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;

/** The zoom spin's CPU per frame: a thread's run time from the scheduler, found by the thread's name. */
class ThreadCpuTest {

    @Test
    void aNamedThreadsRunTimeGrowsByTheWorkItDoes() throws Exception {
        assumeTrue(ThreadCpu.current() != null, "Linux schedstat");
        long[] spun = new long[1];
        Thread worker = new Thread(() -> {
            long end = System.nanoTime() + 60_000_000;
            while (System.nanoTime() < end) {
                spun[0]++;
            }
            synchronized (spun) {
                try {
                    spun.wait(5000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }, "sse-cpu-probe-test");
        worker.start();
        Thread.sleep(200);
        ThreadCpu cpu = ThreadCpu.named("sse-cpu-probe-test");
        long ran = cpu.nanos();
        synchronized (spun) {
            spun.notifyAll();
        }
        worker.join();

        // it spun for 60 ms of wall time: at least part of it on a core, and not more than it existed
        assertThat(ran).isGreaterThan(5_000_000L).isLessThan(2_000_000_000L);
        assertThat(ThreadCpu.named("no-such-thread-here")).isNull();
    }
}
