package dev.sse.model.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sse.model.analysis.exact.Fraction;
import dev.sse.model.analysis.exact.Instance;
import dev.sse.model.analysis.exact.InstanceBuilder;
import dev.sse.model.analysis.exact.Outcomes;
import dev.sse.model.analysis.milp.CpSatBackend;
import dev.sse.model.analysis.milp.MilpRatio;
import dev.sse.model.analysis.milp.OpenSteps;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/**
 * Issue 20 (s8margin brief, item 4): the margin's steps in the best attack's form ({@link OpenSteps}) against brute
 * force. From any coalition's ratio as the incumbent, with or without the descent, the proven lower end is never
 * above the true min cost/profit, the incumbent returned is a coalition's ratio between the optimum and the start,
 * and an answer claimed exact is the optimum. The race starts small networks' steps from the greedy coalition,
 * without its first round (issue 20, fifth session): on short budgets too, its lower end never exceeds the minimum.
 */
class OpenStepsTest {

    @Property(tries = 200)
    void theLowerEndNeverExceedsTheBruteForceMinimum(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE / 2) long seed) {
        assertThat(CpSatBackend.available()).as(CpSatBackend.failure()).isTrue();
        Instance inst = InstanceBuilder.build(MarginStepBoundTest.random(seed), Map.of(), Set.of(), Set.of()).instance();
        MarginStepBoundTest.BruteForceRatio truth = new MarginStepBoundTest.BruteForceRatio(inst);
        if (truth.value() == null) {
            return;
        }
        Random r = new Random(seed);
        long[] start = truth.coalitions.get(r.nextInt(truth.coalitions.size()));
        Outcomes.Ratio from = new Outcomes.Ratio(start[0], start[1], false, Fraction.ZERO, "start");
        Outcomes.Ratio out = OpenSteps.solve(inst, new CpSatBackend(1), 2.0, from, r.nextBoolean(), null);
        Fraction found = Fraction.of(out.cost(), out.profit());
        assertThat(out.lowerBound()).as("seed %d", seed).isLessThanOrEqualTo(truth.value());
        assertThat(found).as("seed %d", seed).isGreaterThanOrEqualTo(truth.value())
                .isLessThanOrEqualTo(Fraction.of(start[0], start[1]));
        assertThat(truth.coalitions).as("seed %d: the incumbent is a coalition's", seed)
                .anyMatch(e -> e[0] == out.cost() && e[1] == out.profit());
        if (out.exact()) {
            assertThat(found).as("seed %d", seed).isEqualTo(truth.value());
        }
    }

    /**
     * Issue 20, sixth session: with 9-decimal stakes and profits the incumbent's exact step does not fit 64 bits, so
     * the descent ends in {@link dev.sse.model.analysis.milp.RatioWindow}'s two steps, run side by side on the pool.
     * Against brute force as above, and the same answer on a second run (which step ends first never matters).
     */
    @Property(tries = 60)
    void theWindowOnFineValuesNeverClaimsMoreThanBruteForceAndRepeats(
            @ForAll @LongRange(min = 0, max = Long.MAX_VALUE / 2) long seed) {
        Instance inst = InstanceBuilder.build(MarginStepBoundTest.random(seed, true), Map.of(), Set.of(), Set.of())
                .instance();
        MarginStepBoundTest.BruteForceRatio truth = new MarginStepBoundTest.BruteForceRatio(inst);
        if (truth.value() == null) {
            return;
        }
        long[] start = truth.coalitions.get(new Random(seed).nextInt(truth.coalitions.size()));
        Outcomes.Ratio from = new Outcomes.Ratio(start[0], start[1], false, Fraction.ZERO, "start");
        Outcomes.Ratio out = OpenSteps.solve(inst, new CpSatBackend(1), 2.0, from, true, null);
        Fraction found = Fraction.of(out.cost(), out.profit());
        assertThat(out.lowerBound()).as("seed %d", seed).isLessThanOrEqualTo(truth.value());
        assertThat(found).as("seed %d", seed).isGreaterThanOrEqualTo(truth.value());
        if (out.exact()) {
            assertThat(found).as("seed %d", seed).isEqualTo(truth.value());
        }
        assertThat(OpenSteps.solve(inst, new CpSatBackend(1), 2.0, from, true, null)).as("seed %d", seed).isEqualTo(out);
    }

    @Property(tries = 200)
    void theRaceFromTheGreedyStartNeverClaimsMoreThanBruteForce(
            @ForAll @LongRange(min = 0, max = Long.MAX_VALUE / 2) long seed) {
        Instance inst = InstanceBuilder.build(MarginStepBoundTest.random(seed), Map.of(), Set.of(), Set.of()).instance();
        MarginStepBoundTest.BruteForceRatio truth = new MarginStepBoundTest.BruteForceRatio(inst);
        double budget = new double[] {0.05, 0.3, 2.0}[new Random(seed).nextInt(3)];
        Outcomes.Ratio out = MilpRatio.solve(inst, new CpSatBackend(), budget, null);
        if (truth.value() == null) {
            assertThat(out.exists()).as("seed %d", seed).isFalse();
            return;
        }
        Fraction found = Fraction.of(out.cost(), out.profit());
        assertThat(out.lowerBound()).as("seed %d", seed).isLessThanOrEqualTo(truth.value());
        assertThat(found).as("seed %d", seed).isGreaterThanOrEqualTo(truth.value());
        if (out.exact()) {
            assertThat(found).as("seed %d", seed).isEqualTo(truth.value());
        }
    }
}
