package dev.sse.model.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sse.model.analysis.exact.BruteForce;
import dev.sse.model.analysis.exact.Coalition;
import dev.sse.model.analysis.exact.Instance;
import dev.sse.model.analysis.exact.InstanceBuilder;
import dev.sse.model.analysis.exact.Separable;
import dev.sse.model.network.Allocation;
import dev.sse.model.network.Network;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/**
 * Issue 20: when costs add up over chains (unique stake), Σ_s max(0, π_s − cover(s)) is never below the
 * brute-force optimum (a proven bound), and the union of the gaining chains' covers (the MILP's hint) is a valid
 * attack never above it. Bound and optimum coincide when the covers share no validator across attacked chains.
 */
class SeparableBoundTest {

    /** ≤ 10 validators, ≤ 5 chains, each validator's stake split over its chains (never capped). */
    static Network unique(long seed) {
        Random r = new Random(seed);
        int n = 1 + r.nextInt(10);
        int m = 1 + r.nextInt(5);
        Network.Builder b = Network.builder().name("unique-" + seed);
        double[] stake = new double[n];
        for (int i = 0; i < n; i++) {
            stake[i] = (100 + r.nextInt(100_000)) / 100.0;
            b.validator(Nets.v("v" + i, stake[i]));
        }
        for (int s = 0; s < m; s++) {
            b.chain(Nets.service("c" + s, r.nextInt(80_000) / 100.0, r.nextBoolean() ? 0.5 : 2.0 / 3));
        }
        for (int i = 0; i < n; i++) {
            for (int s = 0; s < m; s++) {
                if (r.nextInt(100) < 60) {
                    double amount = Math.max(0.01, Math.floor(stake[i] * 100 / m * r.nextDouble()) / 100.0);
                    b.allocation(Allocation.of("v" + i, "c" + s, amount));
                }
            }
        }
        return b.build();
    }

    @Property(tries = 200)
    void boundIsTheOptimumAndTheUnionAttainsIt(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE / 2) long seed) {
        Instance inst = InstanceBuilder.build(unique(seed), Map.of(), Set.of(), Set.of()).instance();
        assertThat(Separable.applies(inst)).isTrue();
        Coalition best = new BruteForce(inst).bestAttack();
        long optimum = best == null ? 0 : best.net();
        assertThat(Separable.netBound(inst)).as("seed %d", seed).isGreaterThanOrEqualTo(optimum);
        Coalition union = Separable.unionOfCovers(inst);
        if (union != null) {
            Instance.Evaluation e = inst.evaluate(union.chains(), union.validators());
            assertThat(e).isNotNull();
            assertThat(e.net()).isEqualTo(union.net()).isLessThanOrEqualTo(optimum);
        }
        // the analysis reports that bound even when the MILP stops at once (CP-SAT chosen: no brute force)
        Network n = unique(seed);
        AnalysisResult r = SecurityAnalyzer.analyze(n, AnalysisOptions.defaults()
                .withSolver(AnalysisOptions.Solver.CP_SAT).withTimeLimit(0.01));
        double unit = Math.pow(10, -inst.scale());
        if (r.bestAttackBound() != null) {
            assertThat(r.bestAttackBound()).as("seed %d", seed)
                    .isLessThanOrEqualTo(Separable.netBound(inst) * unit + 1e-9)
                    .isGreaterThanOrEqualTo(optimum * unit - 1e-9);
        }
    }
}
