package dev.sse.model.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sse.model.analysis.exact.Instance;
import dev.sse.model.analysis.exact.InstanceBuilder;
import dev.sse.model.analysis.exact.Outcomes;
import dev.sse.model.analysis.milp.CpSatBackend;
import dev.sse.model.analysis.milp.MilpBestAttack;
import dev.sse.model.network.Allocation;
import dev.sse.model.network.Network;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Issue 20: the validator tie-break asks once whether any of the validators ahead could join (milp/JoinRun) instead of
 * one feasibility solve each. On pooled networks of 60 validators and 6 chains, seeds 1–12 (lognormal stakes, each
 * validator on 1–3 chains, α ∈ {1/3, 1/2, 2/3}), the best attack took 20–33 solves with the one-by-one questions and
 * 11–20 with the runs asked at once, the same net on each (measured when the change was made; seed 2 has no attack,
 * one solve either way).
 * That the answers are unchanged is checked against brute force by {@link TieBreakSolvesTest} and
 * {@link BruteForceVsMilpTest}; here, that the solves are spared.
 */
class JoinRunTest {

    /** A seeded pooled network: {@code n} validators, {@code m} chains; values in cents. */
    static Network pooled(long seed, int n, int m) {
        Random r = new Random(seed);
        double[] alphas = {1.0 / 3, 0.5, 2.0 / 3};
        double[] total = new double[m];
        double[] stake = new double[n];
        boolean[][] in = new boolean[n][m];
        for (int i = 0; i < n; i++) {
            stake[i] = Math.round(Math.exp(r.nextGaussian() * 1.2) * 1000) / 100.0;
            for (int t = 0, k = 1 + r.nextInt(3); t < k; t++) {
                int s = r.nextInt(m);
                if (!in[i][s]) {
                    in[i][s] = true;
                    total[s] += stake[i];
                }
            }
        }
        Network.Builder b = Network.builder().name("pooled-" + seed);
        for (int s = 0; s < m; s++) {
            double a = alphas[r.nextInt(3)];
            b.chain(Nets.service(String.format("s%02d", s), Math.round(a * total[s] * (0.3 + r.nextDouble() * 0.9) * 100) / 100.0, a));
        }
        for (int i = 0; i < n; i++) {
            String id = String.format("v%03d", i);
            b.validator(Nets.v(id, stake[i]));
            for (int s = 0; s < m; s++) {
                if (in[i][s]) {
                    b.allocation(Allocation.pooled(id, String.format("s%02d", s)));
                }
            }
        }
        return b.build();
    }

    @Test
    void aRunOfNoAnswersCostsOneSolve() {
        // seed 3: 32 solves when each validator was asked alone, 14 now
        Instance inst = InstanceBuilder.build(pooled(3, 60, 6), Map.of(), Set.of(), Set.of()).instance();
        CpSatBackend backend = new CpSatBackend(1);
        Outcomes.Attack a = MilpBestAttack.solve(inst, backend, 30);
        assertThat(a.exact()).isTrue();
        assertThat(a.attack().net()).isEqualTo(16050);
        assertThat(backend.solves()).isLessThanOrEqualTo(16);
    }
}
