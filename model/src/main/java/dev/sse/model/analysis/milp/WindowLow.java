package dev.sse.model.analysis.milp;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;

/**
 * {@link RatioWindow}'s step below the incumbent, MilpRatio's form (min g·cost − num·profit over coalitions with a
 * profit, at λ = num/g), run on the pool on its own backend while {@link OpenSteps} runs its own steps on the caller's
 * thread (issue 20, sixth session). It is deterministic (a fixed model, hint and budget), so which thread ends first
 * never changes what it returns; a caller that no longer needs it stops it and does not charge its work.
 */
final class WindowLow {

    private final long[] hint;
    private final CpSatBackend side = new CpSatBackend(1);
    private final FutureTask<IlpResult> task;

    private WindowLow(AttackModel am, LinExpr min, long[] hint, double budget, Executor pool) {
        this.hint = hint;
        IlpModel nonEmpty = model(am, min, hint);
        task = new FutureTask<>(() -> side.solve(nonEmpty, budget));
        CpSatBackend.pool(pool).execute(task);
    }

    /** The step's model: a copy of {@code am}'s with profit ≥ 1, minimising {@code min}, hinted with {@code hint}. */
    static IlpModel model(AttackModel am, LinExpr min, long[] hint) {
        IlpModel nonEmpty = am.model.copy();
        nonEmpty.atLeast(am.profit, 1);
        nonEmpty.objective(min, false);
        nonEmpty.hint(hint);
        return nonEmpty;
    }

    /** Starts min {@code min} (g·cost − num·profit) over non-empty coalitions on {@code pool}, hinted with {@code hint}. */
    static WindowLow start(AttackModel am, LinExpr min, long[] hint, double budget, Executor pool) {
        return new WindowLow(am, min, hint, budget, pool);
    }

    /** Whether it was started with this hint (the same array: the incumbent has not changed since). */
    boolean startedFrom(long[] values) {
        return hint == values;
    }

    /** Its result, waited for; null (and the solve stopped) when this thread is interrupted meanwhile. */
    IlpResult result() {
        try {
            return task.get();
        } catch (InterruptedException e) {
            side.cancel();
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException x ? x : new IllegalStateException(e.getCause());
        }
    }

    /** Stops it; its result is dropped. Null-safe for callers that may not have started one. */
    static void cancel(WindowLow low) {
        if (low != null) {
            low.side.cancel();
        }
    }
}
