package dev.sse.model.analysis.milp;

import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverResponse;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.SatParameters;
import com.google.ortools.sat.SolveWrapper;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * OR-Tools CP-SAT 9.15.6755 on the integer model. Settings follow docs/performance.md and solvers.md:
 * {@code cp_model_presolve=false} (with presolve, 9.15 returns wrong "OPTIMAL" answers on this model,
 * google/or-tools#5293), fixed seed. Deterministic (issue 17 item 5): the only limit is
 * {@code max_deterministic_time} (sat_parameters.proto of or-tools v9.15; no wall-clock limit, which stops a run
 * wherever the machine's load left it: measured, three attack costs in seven runs on the stress sample), and each
 * solve runs one worker, CP-SAT's sequential search, so the same model and budget give the same status,
 * solution and bound on every run. Two workers under {@code interleave_search} (also deterministic) reached the
 * same deterministic time about 1.6 times slower on the stress sample, so {@link #workers()} only says how many solves
 * a caller may run side by side (the margin's race of two configurations). Natives load once, lazily, from a
 * per-user cache ({@link OrToolsNatives}); when they cannot (no native for the platform, a noexec temp directory)
 * {@link #available()} is false and callers fall back to another backend. Stateless apart from {@link #cancel()}: a cancelled instance solves nothing more.
 */
public final class CpSatBackend implements IlpBackend {

    public static final String NAME = "cp-sat 9.15.6755";
    private static volatile Boolean available;
    private static volatile String failure = "";
    /** Below this many validators + chains the plain margin loop starts from the greedy coalition (MilpRatio). */
    static final int SMALL = 300;
    private final int workers;
    /** The smallest budget a solve gets, in deterministic units. */
    static final double MIN_BUDGET = 0.01;

    public CpSatBackend() {
        this(2);
    }

    public CpSatBackend(int workers) {
        this.workers = workers;
    }

    /** How many single-worker solves a caller may run side by side (2: the margin races two configurations). */
    public int workers() {
        return workers;
    }

    /** The model of the last solve, reused when the next solve differs from it in bounds only ({@link CpSatModel}). */
    private CpSatModel last;

    private final java.util.concurrent.atomic.AtomicLong solves = new java.util.concurrent.atomic.AtomicLong();

    /** How many solves this instance has run (tests count the solves a search spares, issue 20). */
    public long solves() {
        return solves.get();
    }

    private volatile boolean cancelled;
    private volatile SolveWrapper running;
    /**
     * The solve each thread is running, so {@link #interrupt(Thread)} can stop it: CP-SAT's native search never looks
     * at Java's interrupt flag.
     */
    private static final Map<Thread, SolveWrapper> SOLVING = new ConcurrentHashMap<>();

    /**
     * Stops the solve in progress, if any, and makes later solves on this instance return UNKNOWN at once
     * (used to stop the losing configuration of a race). Solves report what they had found when stopped.
     */
    public void cancel() {
        cancelled = true;
        SolveWrapper r = running;
        if (r != null) {
            r.stopSearch();
        }
    }

    /**
     * Interrupts {@code thread} and stops the CP-SAT solve it is running, if any, at CP-SAT's next check of its limits
     * (issue 23: the window cancels an analysis the user no longer looks at). While the thread stays interrupted its
     * later solves return UNKNOWN at once; an analysis waiting on the margin race stops the race's solves too
     * ({@link MilpRatio}). A stopped solve reports what it had found, like one that ran out of time.
     */
    public static void interrupt(Thread thread) {
        synchronized (INTERRUPTS) {
            if (thread == loading) {
                deferred = true; // an interrupt would break the natives' unpacking (NIO) and CP-SAT for the whole run
            } else {
                thread.interrupt();
            }
        }
        SolveWrapper w = SOLVING.get(thread);
        if (w != null) {
            w.stopSearch();
        }
    }

    /** Guards {@link #loading}: the thread loading the natives gets an {@link #interrupt} only once they are loaded. */
    private static final Object INTERRUPTS = new Object();
    private static Thread loading;
    private static boolean deferred;

    /**
     * Loads the natives on first call and runs a one-variable solve to prove they work. The loading thread is not
     * interrupted meanwhile (an interrupt stopped the unpacking and left CP-SAT unavailable for the whole run: measured
     * in CpSatInterruptTest's first version); an interrupt asked for meanwhile is delivered once it is done.
     */
    public static boolean available() {
        if (available == null) {
            synchronized (CpSatBackend.class) {
                if (available == null) {
                    Thread me = Thread.currentThread();
                    synchronized (INTERRUPTS) {
                        loading = me;
                        deferred = Thread.interrupted();
                    }
                    try {
                        OrToolsNatives.load();
                        CpModel m = new CpModel();
                        IntVar x = m.newBoolVar("x");
                        m.maximize(x);
                        available = new CpSolver().solve(m) == CpSolverStatus.OPTIMAL;
                    } catch (Throwable t) {
                        failure = t.getClass().getSimpleName() + ": " + t.getMessage();
                        available = false;
                    } finally {
                        synchronized (INTERRUPTS) {
                            loading = null;
                            if (deferred) {
                                me.interrupt();
                            }
                        }
                    }
                }
            }
        }
        return available;
    }

    /**
     * Starts {@link #available()} on {@code pool} (null: the margin race's shared pool) unless it has run, so that an
     * analysis computes its chains' covers while the natives load (issue 20: 0.2-0.3 s of a real-size analysis's wall
     * time). Never changes an answer: a solve calls {@link #available()}, which waits for the load.
     */
    public static void loadAhead(java.util.concurrent.Executor pool) {
        if (available == null) {
            pool(pool).execute(CpSatBackend::available);
        }
    }

    /** {@code pool}, or for callers that own none (null) the margin race's shared daemon pool. */
    public static java.util.concurrent.Executor pool(java.util.concurrent.Executor pool) {
        return pool == null ? MilpRatio.Shared.POOL : pool;
    }

    /** Why the natives did not load ("" when they did or were not tried). */
    public static String failure() {
        return failure;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public IlpResult solve(IlpModel model, double budget) {
        if (!available() || cancelled || Thread.currentThread().isInterrupted()) {
            return new IlpResult(IlpResult.Status.UNKNOWN, null, Double.NaN, 0);
        }
        CpSatModel built;
        synchronized (this) {
            built = last;
            last = null;
        }
        try {
            built = CpSatModel.of(model, built);
            IntVar[] x = built.x;
            // the solve wrapper itself, not CpSolver: CpSolver.stopSearch() before its solve has begun is lost (it has no
            // wrapper yet), while a wrapper stopped before solve() returns at once (measured: 45 ms, UNKNOWN)
            SolveWrapper solver = new SolveWrapper();
            solver.setParameters(SatParameters.newBuilder().setCpModelPresolve(false).setNumWorkers(1).setRandomSeed(7)
                    .setMaxDeterministicTime(Math.max(MIN_BUDGET, budget)).build());
            Thread me = Thread.currentThread();
            running = solver;
            solves.incrementAndGet();
            SOLVING.put(me, solver);
            CpSolverResponse response;
            try {
                if (cancelled || me.isInterrupted()) {
                    solver.stopSearch();
                }
                response = solver.solve(built.model.model());
            } finally {
                SOLVING.remove(me);
                running = null;
            }
            CpSolverStatus st = response.getStatus();
            double work = response.getDeterministicTime();
            IlpResult.Status status = switch (st) {
                case OPTIMAL -> IlpResult.Status.OPTIMAL;
                case FEASIBLE -> IlpResult.Status.FEASIBLE;
                case INFEASIBLE -> IlpResult.Status.INFEASIBLE;
                default -> IlpResult.Status.UNKNOWN;
            };
            long[] values = null;
            if (status == IlpResult.Status.OPTIMAL || status == IlpResult.Status.FEASIBLE) {
                values = new long[x.length];
                for (int i = 0; i < x.length; i++) {
                    values[i] = response.getSolution(x[i].getIndex());
                }
            }
            synchronized (this) {
                last = built;
            }
            return new IlpResult(status, values, response.getBestObjectiveBound(), work);
        } catch (RuntimeException | LinkageError e) {
            return new IlpResult(IlpResult.Status.UNKNOWN, null, Double.NaN, 0);
        }
    }
}
