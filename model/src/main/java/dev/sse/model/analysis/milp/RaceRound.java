package dev.sse.model.analysis.milp;

import dev.sse.model.analysis.exact.Fraction;
import dev.sse.model.analysis.exact.Instance;
import dev.sse.model.analysis.exact.Outcomes;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;

/**
 * One round of {@link MilpRatio}'s race: both configurations at once on the pool, one CP-SAT worker each, started
 * when the round is made and read by {@link #join()}. Each run is deterministic, so what a round answers never
 * depends on when it started, on what runs beside it or on which run ends first (issue 17 item 5).
 */
final class RaceRound {

    private final CpSatBackend a = new CpSatBackend(1);
    private final CpSatBackend b = new CpSatBackend(1);
    private final FutureTask<Outcomes.Ratio> first;
    private final FutureTask<Outcomes.Ratio> second;
    private final String name;

    private RaceRound(Instance inst, double budget, String name) {
        this.name = name;
        first = new FutureTask<>(() -> MilpRatio.run(inst, a, budget, MilpRatio.CUTS_AND_SLICES, null));
        // measured: the plain loop proves eigenlayer-pooled from the greedy start, but on large networks
        // (stress, 2,000 × 50) it stalls there, while from the naive start its first step finds a far better ratio
        MilpRatio.Config plain = inst.validatorCount() + inst.chainCount() < CpSatBackend.SMALL
                ? MilpRatio.PLAIN : MilpRatio.PLAIN_NAIVE;
        second = new FutureTask<>(() -> MilpRatio.run(inst, b, budget, plain, null));
    }

    /** Both runs of {@code budget} units each, started on {@code pool}. */
    static RaceRound start(Instance inst, double budget, String name, Executor pool) {
        RaceRound round = new RaceRound(inst, budget, name);
        pool.execute(round.first);
        pool.execute(round.second);
        return round;
    }

    /**
     * The cuts-and-slices run's exact answer if it has one, else the plain run's, else the better incumbent
     * (cuts-and-slices on a tie) with the better bound ({@link #better}). So the plain run is stopped early
     * only when cuts-and-slices is exact; an exact plain run waits for cuts-and-slices to end. A caller interrupted
     * while waiting (its window closing) stops both solves, so the pool's threads come free at once.
     */
    Outcomes.Ratio join() {
        try {
            Outcomes.Ratio one = take(first);
            if (one.exact()) {
                b.cancel();
                take(second);
                return one;
            }
            Outcomes.Ratio two = take(second);
            return two.exact() ? two : better(one, two, name);
        } catch (RuntimeException e) {
            cancel();
            throw e;
        }
    }

    /** Stops both runs (those not begun return at once when the pool starts them); their answers are dropped. */
    void cancel() {
        a.cancel();
        b.cancel();
    }

    /** The task's answer; an interrupted caller gets an IllegalStateException, its interrupt flag set again. */
    static Outcomes.Ratio take(FutureTask<Outcomes.Ratio> done) {
        try {
            return done.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    /** The exact one, else the better incumbent ({@code one} on a tie) with the better of the two bounds. */
    static Outcomes.Ratio better(Outcomes.Ratio one, Outcomes.Ratio two, String name) {
        if (one.exact() || !two.exists()) {
            return one;
        }
        if (two.exact() || !one.exists()) {
            return two;
        }
        Outcomes.Ratio better = Fraction.of(two.cost(), two.profit())
                .compareTo(Fraction.of(one.cost(), one.profit())) < 0 ? two : one;
        Fraction lower = Fraction.max(one.lowerBound(), two.lowerBound());
        return new Outcomes.Ratio(better.cost(), better.profit(), false, lower, name);
    }
}
