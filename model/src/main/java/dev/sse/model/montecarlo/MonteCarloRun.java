package dev.sse.model.montecarlo;

import dev.sse.model.network.Chain;
import dev.sse.model.network.Network;
import dev.sse.model.simulation.CascadeAttackFinder;
import dev.sse.model.simulation.Scenario;
import dev.sse.model.simulation.SimTrace;
import dev.sse.model.simulation.Simulation;
import dev.sse.model.simulation.event.SimEvent;
import dev.sse.model.simulation.fault.Fault;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs the N draws of a {@link MonteCarloSpec} on T threads of an executor the caller owns (issue 24, issue #18). Each draw is {@link MonteCarloSpec#draw}
 * played to its end by {@link Simulation#runAll} with the given finder: the existing engine, faults, per-protocol
 * slashing and cascade included. Threads claim draws from a shared counter; draw i's outcome depends only on
 * (network, spec, i), and every statistic is computed afterwards in draw order, so the result is the same on any
 * number of threads.
 *
 * <p>Kept per draw (memory linear in N, flat per draw): the value lost (8 bytes), the cascade depth (attack
 * rounds) and how many of them were proven best (4 bytes each), and two bitsets of ⌈C/64⌉ longs (chains fallen, chains compromised),
 * so 10,000 draws on kusama (101 chains) take about 0.5 MB. No trace is kept: a draw of interest is replayed
 * from its scenario. Draws whose faults are the same list (e.g. "nothing failed") are simulated once and the
 * outcome reused (deterministic: the same scenario gives the same trace); at most {@value #CACHE} outcomes are
 * kept for that.
 *
 * <p>{@link #cancel()} stops the workers after their current draw; {@link #snapshot()} gives the statistics of
 * the draws finished so far at any time, from any thread (streamed partial results).
 */
public final class MonteCarloRun {

    /** Told after each finished draw, from the worker thread that finished it. */
    @FunctionalInterface
    public interface Progress {
        void drawDone(int done, int total);
    }

    static final int CACHE = 4096;

    private final Network network;
    private final MonteCarloSpec spec;
    private final CascadeAttackFinder finder;
    private final List<ShockModel.Sampler> samplers;
    private final List<String> chains;
    private final Map<String, Integer> chainIndex = new HashMap<>();
    private final int words;
    private final double[] loss;
    private final int[] depth;
    private final int[] proven;
    private final long[] fallen;
    private final long[] compromised;
    private final AtomicIntegerArray finished;
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicInteger simulated = new AtomicInteger();
    private final Map<List<Fault>, Outcome> reuse = new ConcurrentHashMap<>();
    private volatile boolean cancelled;

    private MonteCarloRun(Network network, MonteCarloSpec spec, CascadeAttackFinder finder) {
        this.network = network;
        this.spec = spec;
        this.finder = finder;
        this.samplers = spec.samplers(network);
        this.chains = network.chains().stream().map(Chain::id).toList();
        for (int c = 0; c < chains.size(); c++) {
            chainIndex.put(chains.get(c), c);
        }
        this.words = Math.max(1, (chains.size() + 63) / 64);
        int n = spec.draws();
        loss = new double[n];
        depth = new int[n];
        proven = new int[n];
        fallen = new long[n * words];
        compromised = new long[n * words];
        finished = new AtomicIntegerArray(n);
    }

    /**
     * Prepares a run. The base scenario is checked against the network here, so a bad one fails before any draw.
     *
     * @throws IllegalArgumentException when the base scenario names ids the network lacks
     */
    public static MonteCarloRun prepare(Network network, MonteCarloSpec spec, CascadeAttackFinder finder) {
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(finder, "finder");
        var issues = spec.base().validateAgainst(network);
        if (!issues.isEmpty()) {
            throw new IllegalArgumentException("scenario '" + spec.base().name() + "': " + issues.get(0));
        }
        return new MonteCarloRun(network, spec, finder);
    }

    /**
     * Runs every draw on {@code threads} threads: the caller's and {@code threads − 1} helper tasks on {@code helpers}
     * (issue #18: the model starts no thread of its own; the window passes a pool its composition root owns and ends,
     * the command line one it shuts down after the run). A helper task that has not started by the time the caller
     * runs out of draws is skipped, not waited for, so a busy or shut-down pool never holds the run up; a helper
     * that did start is waited for, so the result holds every draw it claimed.
     */
    public MonteCarloResult run(Executor helpers, int threads, Progress progress) {
        Objects.requireNonNull(helpers, "helpers");
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        Runnable work = () -> {
            try {
                work(progress);
            } catch (RuntimeException e) {
                failure.compareAndSet(null, e);
                cancelled = true;
            }
        };
        List<Helper> started = new ArrayList<>();
        for (int t = 1; t < Math.max(1, threads); t++) {
            Helper h = new Helper(work);
            started.add(h);
            try {
                helpers.execute(h);
            } catch (RejectedExecutionException e) {
                h.claimed.set(true); // a pool shut down already: the caller does the draws alone
                h.finished.countDown();
            }
        }
        work.run();
        for (Helper h : started) {
            if (!h.claimed.compareAndSet(false, true)) {
                try {
                    h.finished.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    cancelled = true;
                }
            }
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        return snapshot();
    }

    /** One helper task: runs the work unless the caller claimed it first (then it was never needed). */
    private static final class Helper implements Runnable {
        final AtomicBoolean claimed = new AtomicBoolean();
        final CountDownLatch finished = new CountDownLatch(1);
        private final Runnable work;

        Helper(Runnable work) {
            this.work = work;
        }

        @Override
        public void run() {
            if (claimed.compareAndSet(false, true)) {
                try {
                    work.run();
                } finally {
                    finished.countDown();
                }
            }
        }
    }

    /** Stops after the draws in progress; {@link #run} then returns the partial result. */
    public void cancel() {
        cancelled = true;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    /** Draws finished so far. */
    public int done() {
        return done.get();
    }

    public MonteCarloSpec spec() {
        return spec;
    }

    public Network network() {
        return network;
    }

    /** The statistics of the draws finished so far, in draw order. */
    public MonteCarloResult snapshot() {
        int n = spec.draws();
        int[] idx = new int[n];
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (finished.get(i) == 1) {
                idx[k++] = i;
            }
        }
        int[] kept = java.util.Arrays.copyOf(idx, k);
        double[] l = new double[k];
        int[] d = new int[k];
        int[] p = new int[k];
        long[] f = new long[k * words];
        long[] c = new long[k * words];
        for (int j = 0; j < k; j++) {
            int i = kept[j];
            l[j] = loss[i];
            d[j] = depth[i];
            p[j] = proven[i];
            System.arraycopy(fallen, i * words, f, j * words, words);
            System.arraycopy(compromised, i * words, c, j * words, words);
        }
        return new MonteCarloResult(network, spec, chains, k == n, simulated.get(),
                new MonteCarloResult.Draws(kept, l, d, p, f, c, words));
    }

    private void work(Progress progress) {
        int n = spec.draws();
        while (!cancelled) {
            int i = next.getAndIncrement();
            if (i >= n) {
                return;
            }
            Outcome o = outcome(spec.draw(samplers, i));
            loss[i] = o.loss;
            depth[i] = o.depth;
            proven[i] = o.proven;
            System.arraycopy(o.fallen, 0, fallen, i * words, words);
            System.arraycopy(o.compromised, 0, compromised, i * words, words);
            finished.set(i, 1); // volatile write: the arrays' writes above happen-before a snapshot that sees it
            progress.drawDone(done.incrementAndGet(), n);
        }
    }

    private Outcome outcome(Scenario draw) {
        boolean reusable = draw.faults().stream().noneMatch(Fault.RandomShock.class::isInstance);
        if (reusable) {
            Outcome known = reuse.get(draw.faults());
            if (known != null) {
                return known;
            }
        }
        simulated.incrementAndGet();
        SimTrace t = Simulation.runAll(network, draw, finder);
        List<SimEvent.Attack> attacks = t.attacks();
        Outcome full = new Outcome(t.lostValue(), attacks.size(),
                (int) attacks.stream().filter(SimEvent.Attack::exact).count(), new long[words], new long[words]);
        t.fallenChains().forEach(c -> set(full.fallen, c));
        t.compromisedChains().forEach(c -> set(full.compromised, c));
        if (reusable && reuse.size() < CACHE) {
            reuse.putIfAbsent(draw.faults(), full);
        }
        return full;
    }

    private void set(long[] bits, String chain) {
        int c = chainIndex.get(chain);
        bits[c >>> 6] |= 1L << (c & 63);
    }

    private record Outcome(double loss, int depth, int proven, long[] fallen, long[] compromised) {
    }
}
