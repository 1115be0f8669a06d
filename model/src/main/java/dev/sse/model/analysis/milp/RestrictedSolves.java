package dev.sse.model.analysis.milp;

import dev.sse.model.analysis.exact.Coalition;
import dev.sse.model.analysis.exact.Instance;
import dev.sse.model.analysis.exact.LocalSearch;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * {@link MilpBestAttack}'s solves before the free one on large networks: the best attack that attacks at least the
 * chains of a start attack (their y fixed to 1, the others free), on a share of the budget. With those chains pinned
 * the model is close to a multi-dimensional knapsack, where CP-SAT's LP is tight and its incumbents good (issue 20,
 * measured on a 1,900 × 42 pooled network: 2.743 B within 5 units against 2.650 B from the free model in 5 units).
 * Its bound holds for that restriction only, so it only supplies the hint of the free solve that follows
 * ({@link #hint()}, polished by the local search: null when nothing better than the start is found). Where the
 * Lagrangian bounds run ({@link LagrangeBound#applies}) the chains' probe is prepared for the free solve
 * ({@link #probe()}), and on networks of {@link MilpBestAttack#PROBE_BELOW} or more a second restricted solve with the
 * relaxation's chains pinned too ({@link ChainProbe#widened}) runs on the pool beside the first, on {@link #WIDE_SHARE}
 * of its share and not charged to the budget (the pinned set that suits differs between networks: on pooled 1,900 × 42 seed 7 the second finds 2.7300 B
 * against 2.6908 B, on seed 8 3.2452 B against 3.3346 B). The probe's multipliers ({@link ChainProbe#ChainProbe}, 800
 * subgradient steps, 1–1.5 s on pooled 1,900 × 42) are computed on the pool while this thread runs the first
 * restricted solve, which does not need them; the second restricted solve and the steps per chain left out start
 * when they are ready.
 *
 * <p>On networks of fewer than {@link MilpBestAttack#PROBE_BELOW} validators + chains, with a CP-SAT backend that may
 * run two solves side by side, the restricted solve runs on a copy of the model on the pool while this thread probes
 * the free model, with the same hint, on a fifth of the budget (issue 20: pooled 350 × 25 is proven in 0.94 units this
 * way, against 2.30 units of restricted solve then 0.11 of free solve). A probe that proves its attack optimal is the
 * free solve's answer and the restricted solve is stopped: the net and its proof are the same, and so is the attack
 * whenever the tie-break completes (only a tie-break cut short by the budget may stop at another tied attack). Any
 * other probe is dropped and not charged: what follows runs as without it. Which ends first never matters.
 */
final class RestrictedSolves {

    /** Local search moves polishing a restricted solve's attack (about 0.5 s on pooled 1,900 × 42). */
    static final long POLISH_MOVES = 10_000_000;
    /** Share of the budget for the solve with the hinted attack's chains pinned. */
    static final double RESTRICTED_SHARE = 0.5;
    /**
     * Share of the restricted solve's budget for the second, wider one (the relaxation's chains pinned too), which
     * starts only when the chains' probe is ready and which this thread waits for. Measured (issue 20, eighth session;
     * whole process, seed-7 networks unless named, docs/performance.md): on half, pooled 1,900 × 42 × 1 ends on
     * 2.7554 B with its bound 0.49% above (2.7519 B and 0.86% on all of it), × 2 on 11.3904 B, 0.08% (11.3893 B,
     * 0.12%), seed 10 on 2.4669 B (2.3837 B), × 3 on 20.0197 B, 0.07% (20.0228 B, 0.05%); seeds 8, 9 and 11 and
     * 10,000 × 100 are unchanged; and the wait is 1–2 s shorter. Without the wider solve, × 1 / × 2 / × 3 fell to
     * 2.7514 / 11.3833 / 20.0206 B.
     */
    static final double WIDE_SHARE = 0.5;
    /** Share of the budget for the free probe beside the restricted solve. */
    static final double PROBE_SHARE = 0.2;

    private final Instance inst;
    private final IlpBackend backend;
    private final double budget;
    private final Executor pool;
    private double used;
    private long[] hint;
    private ChainProbe probe;

    /** @param pool where the solves beside this thread's run (null: the margin race's shared pool) */
    RestrictedSolves(Instance inst, IlpBackend backend, double budget, Executor pool) {
        this.pool = CpSatBackend.pool(pool);
        this.inst = inst;
        this.budget = budget;
        this.backend = backend;
    }

    /** Runs the solves from {@code start}; returns the free probe's result when it is proven optimal, else null. */
    IlpResult run(AttackModel am, LinExpr net, Coalition start) {
        IlpModel pinned = am.model.copy();
        for (int s : start.chains()) {
            pinned.fix(am.y[s], 1);
        }
        double share = budget * RESTRICTED_SHARE;
        boolean probing = LagrangeBound.applies(inst, budget);
        Executor on = pool;
        if (!(backend instanceof CpSatBackend cp && cp.workers() >= 2)
                || MilpBestAttack.large(inst)) {
            var chains = probing ? CompletableFuture.supplyAsync(() -> new ChainProbe(inst, start.net()), on) : null;
            CpSatBackend wide = new CpSatBackend(1);
            AtomicBoolean dropped = new AtomicBoolean();
            var other = chains == null || !(backend instanceof CpSatBackend) ? null : chains.thenApplyAsync(c -> {
                IlpModel wider = c.widened(am, pinned);
                return wider == null ? null : wide.solve(wider, share * WIDE_SHARE);
            }, on);
            var each = chains == null ? null : chains.thenAcceptAsync(c -> {
                if (!dropped.get()) {
                    c.leaveEachOut();
                }
            }, on);
            IlpResult own = spend(backend.solve(pinned, share));
            try {
                if (Thread.currentThread().isInterrupted()) {
                    throw new InterruptedException();
                }
                keep(am, own, net, start);
                IlpResult second = other == null ? null : other.get();
                if (second != null) {
                    keep(am, second, net, start);
                }
                if (probing) {
                    each.get();
                    probe = chains.get();
                }
                return null;
            } catch (InterruptedException e) {
                // a superseded analysis neither polishes nor waits for the pool's work: stopped and dropped
                dropped.set(true);
                wide.cancel();
                Thread.currentThread().interrupt();
                return null;
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            }
        }
        CpSatBackend side = new CpSatBackend(1);
        FutureTask<IlpResult> restricted = new FutureTask<>(() -> side.solve(pinned, share));
        on.execute(restricted);
        try {
            IlpResult free = backend.solve(am.model, budget * PROBE_SHARE);
            if (free.status() == IlpResult.Status.OPTIMAL) {
                side.cancel();
                restricted.get();
                return spend(free);
            }
            keep(am, spend(restricted.get()), net, start);
            probe = probing ? new ChainProbe(inst, start.net()).leaveEachOut() : null;
            return null;
        } catch (InterruptedException e) {
            // as when the restricted solve itself is interrupted: the free solve that follows returns at once
            side.cancel();
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException e) {
            side.cancel();
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    /** Work charged to the budget. */
    double used() {
        return used;
    }

    /** The best restricted attack found, polished, as a hint of {@code am}'s model; null when none beat the start. */
    long[] hint() {
        return hint;
    }

    /** The chains' probe, its multipliers per chain left out computed ({@link ChainProbe#leaveEachOut}); null: none. */
    ChainProbe probe() {
        return probe;
    }

    private IlpResult spend(IlpResult r) {
        used += r.work();
        return r;
    }

    /** Keeps a restricted solve's attack, polished by {@link LocalSearch}, when it nets more than start and than the last kept. */
    private void keep(AttackModel am, IlpResult r, LinExpr net, Coalition start) {
        Coalition c = r.hasSolution() ? am.coalition(r.values()) : null;
        Coalition found = c == null ? null : LocalSearch.improve(inst, c, POLISH_MOVES);
        long kept = hint == null ? start.net() : IlpModel.eval(net, hint);
        if (found != null && found.net() > kept) {
            hint = RatioStart.hint(inst, am, found.chains(), found.validators());
        }
    }
}
