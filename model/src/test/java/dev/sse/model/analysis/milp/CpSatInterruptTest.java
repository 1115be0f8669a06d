package dev.sse.model.analysis.milp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Issue 23: the window cancels an analysis nobody looks at any more, and CP-SAT's native search never looks at Java's
 * interrupt flag, so {@link CpSatBackend#interrupt(Thread)} stops the solve the thread runs. The model is a market
 * split (Cornuéjols–Dawande: 4 equality rows over 30 binaries, coefficients 0–99, right-hand sides half the row
 * sums), which CP-SAT cannot decide within a 100-unit budget, so only the interrupt ends it early.
 */
class CpSatInterruptTest {

    private static IlpModel marketSplit() {
        SplittableRandom r = new SplittableRandom(5);
        IlpModel m = new IlpModel();
        int n = 30;
        int[] x = new int[n];
        for (int i = 0; i < n; i++) {
            x[i] = m.bool("x" + i);
        }
        for (int row = 0; row < 4; row++) {
            LinExpr e = new LinExpr();
            long sum = 0;
            for (int i = 0; i < n; i++) {
                long c = r.nextInt(100);
                e.add(x[i], c);
                sum += c;
            }
            m.equal(e, sum / 2);
        }
        m.objective(new LinExpr().add(x[0], 1), true);
        return m;
    }

    @Test
    void anInterruptedThreadsSolveStopsAtOnce() throws Exception {
        assertThat(CpSatBackend.available()).as(CpSatBackend.failure()).isTrue();
        Thread[] solving = new Thread[1];
        CompletableFuture<IlpResult> done = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            solving[0] = Thread.currentThread();
            done.complete(new CpSatBackend(1).solve(marketSplit(), 100));
        }, "cp-sat-interrupt-test");
        t.setDaemon(true);
        t.start();
        Thread.sleep(700);
        long asked = System.nanoTime();
        CpSatBackend.interrupt(t);
        IlpResult stopped = done.get(20, TimeUnit.SECONDS);
        double seconds = (System.nanoTime() - asked) / 1e9;
        assertThat(seconds).as("stopped %.2f s after the interrupt", seconds).isLessThan(5);
        assertThat(stopped.work()).as("it had been solving").isPositive().isLessThan(100);
        assertThat(stopped.status()).isNotEqualTo(IlpResult.Status.OPTIMAL);

        // while the thread stays interrupted its next solve returns at once without solving
        CompletableFuture<IlpResult> again = new CompletableFuture<>();
        Thread u = new Thread(() -> {
            Thread.currentThread().interrupt();
            again.complete(new CpSatBackend(1).solve(marketSplit(), 100));
        });
        u.setDaemon(true);
        u.start();
        assertThat(again.get(20, TimeUnit.SECONDS).work()).isZero();
    }

    /** An interrupt that comes while the natives load is kept until they are loaded, and CP-SAT stays available. */
    @Test
    void anInterruptDuringTheNativesLoadingIsDeliveredAfterIt() throws Exception {
        CompletableFuture<Boolean> loaded = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            boolean ok = CpSatBackend.available();
            try {
                Thread.sleep(30_000);
                loaded.complete(false); // the interrupt was lost
            } catch (InterruptedException e) {
                loaded.complete(ok);
            }
        });
        t.setDaemon(true);
        t.start();
        CpSatBackend.interrupt(t);
        assertThat(loaded.get(60, TimeUnit.SECONDS)).as("available, and interrupted afterwards").isTrue();
        assertThat(CpSatBackend.available()).isTrue();
    }
}
