package dev.sse.model.analysis;

import dev.sse.model.analysis.exact.Instance;
import dev.sse.model.analysis.milp.CpSatBackend;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The chains' single-chain covers, computed on two threads before the chain metrics ask for them (issue 20: the
 * covers are a fifth of a real-size analysis's wall time and independent of each other). Both threads take the next
 * chain from one counter; the instance memoises every cover ({@link Instance#chainCover}), and a cover is a
 * deterministic search (node limits, no clock, no shared state), so which thread computed it never changes an answer.
 */
final class CoversAhead {

    private CoversAhead() {
    }

    /** @param pool where the second thread runs (null: the margin race's shared pool, {@link CpSatBackend#pool}) */
    static void compute(Instance inst, Executor pool) {
        AtomicInteger next = new AtomicInteger();
        Runnable work = () -> {
            for (int s = next.getAndIncrement(); s < inst.chainCount(); s = next.getAndIncrement()) {
                inst.chainCover(s, ChainMetricsBuilder.COVER_NODES);
            }
        };
        FutureTask<Void> helper = new FutureTask<>(work, null);
        CpSatBackend.pool(pool).execute(helper);
        work.run();
        try {
            helper.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the covers left are computed when asked for
        } catch (ExecutionException e) {
            // the chain metrics compute that cover again and meet the failure on the caller's thread
        }
    }
}
