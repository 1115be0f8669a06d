package dev.sse.model.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.sse.model.io.json.AnalysisJson;
import dev.sse.model.network.Allocation;
import dev.sse.model.network.Network;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 17 item 1: values the reader accepts are computed, never a crash. The reproducers on the
 * textbook domino (sample-networks textbook-domino.json: s_i secured by v_(i−1) and v_i, α = 1, π = 1.02):
 * a profit of 1e-9 overflowed the brute force's 64-bit ratio comparison ("long overflow"), and an attack
 * threshold of 1e-300 was read as 0 ("Division by zero" in the EigenLayer condition).
 */
class ExtremeValuesTest {

    private static Network domino(double firstProfit, double firstAlpha) {
        Network.Builder b = Network.builder().name("domino").validator(Nets.v("v0", 0.12));
        for (int i = 1; i <= 6; i++) {
            b.validator(Nets.v("v" + i, 1));
            b.chain(Nets.service("s" + i, i == 1 ? firstProfit : 1.02, i == 1 ? firstAlpha : 1));
            b.allocation(Allocation.pooled("v" + (i - 1), "s" + i)).allocation(Allocation.pooled("v" + i, "s" + i));
        }
        return b.build();
    }

    private static AnalysisResult analyze(Network n, AnalysisOptions.Solver solver) {
        return SecurityAnalyzer.analyze(n, new AnalysisOptions(0.1, Map.of(), 5, solver));
    }

    @Test
    void aProfitOfOneBillionthIsAnalysedAlikeByBruteForceAndTheMilp() {
        Network n = domino(1e-9, 1);
        AnalysisResult brute = analyze(n, AnalysisOptions.Solver.AUTO);
        AnalysisResult milp = analyze(n, AnalysisOptions.Solver.OJALGO);
        assertThat(brute.solver()).contains("brute force");
        assertThat(brute.verdict()).isEqualTo(Verdict.SECURE).isEqualTo(milp.verdict());
        // s1 is worth nothing now: the cheapest ratio attacks s2..s6 with v1..v6, 6 / 5.1 − 1
        assertThat(brute.margin().value()).isEqualTo(milp.margin().value()).isCloseTo(6 / 5.1 - 1, within(1e-12));
        assertThat(brute.chains().get("s1").profitFromCorruption()).isEqualTo(1e-9);
    }

    @Test
    void aThresholdOf1eMinus300NeedsOneUnitOfWeight() {
        AnalysisResult r = analyze(domino(1.02, 1e-300), AnalysisOptions.Solver.AUTO);
        // one unit of weight reaches α·C: the cheapest member, v0 (0.12), corrupts s1 alone and gains 1.02
        assertThat(r.chains().get("s1").costOfCorruption()).isEqualTo(0.12);
        assertThat(r.verdict()).isEqualTo(Verdict.INSECURE);
        assertThat(r.bestAttack().validators()).containsExactly("v0");
        assertThat(r.eigenLayerCondition().holds()).isFalse();
        assertThat(AnalysisJson.write(r)).doesNotContain("Infinity", "NaN");
    }
}
