package dev.sse.model.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sse.model.network.Allocation;
import dev.sse.model.network.Network;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Issue 20: "nothing reads 'not proven' when a one-line argument proves it". With no profit anywhere no coalition
 * gains (profit 0 is never &gt; a cost ≥ 0), so the network is secure, proven, whatever engine runs; before, the
 * ojAlgo fallback (which reports no bound) left it "no attack found (not proven)".
 */
class NoProfitTest {

    /** 30 validators, 4 services, stakes partly pooled, partly split: too big for brute force, not one pooled set. */
    private static Network noProfit() {
        Random r = new Random(20);
        Network.Builder b = Network.builder().name("no-profit");
        for (int i = 0; i < 30; i++) {
            b.validator(Nets.v("v" + i, 10 + r.nextInt(1000)));
        }
        for (int s = 0; s < 4; s++) {
            b.chain(Nets.service("s" + s, 0, s % 2 == 0 ? 0.5 : 2.0 / 3));
        }
        for (int i = 0; i < 30; i++) {
            for (int s = 0; s < 4; s++) {
                if (r.nextInt(100) < 60) {
                    b.allocation(r.nextBoolean() ? Allocation.pooled("v" + i, "s" + s) : Allocation.of("v" + i, "s" + s, 5));
                }
            }
        }
        return b.build();
    }

    @Test
    void noProfitAnywhereIsProvenSecureEvenOnTheFallbackSolver() {
        for (AnalysisOptions.Solver solver : new AnalysisOptions.Solver[] {AnalysisOptions.Solver.AUTO,
                AnalysisOptions.Solver.OJALGO}) {
            AnalysisResult r = SecurityAnalyzer.analyze(noProfit(), AnalysisOptions.defaults().withSolver(solver));
            assertThat(r.secure()).as("%s", solver).isTrue();
            assertThat(r.secureExact()).as("%s", solver).isTrue();
            assertThat(r.bestAttack()).isNull();
            assertThat(r.bestAttackExact()).as("%s", solver).isTrue();
            assertThat(r.margin().value()).isNull();
            assertThat(r.margin().exact()).as("%s", solver).isTrue();
            assertThat(r.why()).doesNotContain("not proven");
        }
    }
}
