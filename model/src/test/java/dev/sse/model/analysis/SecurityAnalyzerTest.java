package dev.sse.model.analysis;

import static dev.sse.model.analysis.Nets.service;
import static dev.sse.model.analysis.Nets.v;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sse.model.network.Allocation;
import dev.sse.model.network.Chain;
import dev.sse.model.network.ChainKind;
import dev.sse.model.network.Network;
import dev.sse.model.network.Validator;
import java.util.List;
import org.junit.jupiter.api.Test;

class SecurityAnalyzerTest {

    @Test
    void theorem2IsSecureWithZeroMarginButLosesEverythingAfterATenPercentShock() {
        for (AnalysisOptions.Solver solver : List.of(AnalysisOptions.Solver.BRUTE_FORCE, AnalysisOptions.Solver.CP_SAT)) {
            AnalysisResult r = SecurityAnalyzer.analyze(Nets.theorem2(),
                    AnalysisOptions.defaults().withShockBudget(0.1).withSolver(solver));
            assertThat(r.secure()).as(solver.name()).isTrue();
            assertThat(r.secureExact()).isTrue();
            assertThat(r.bestAttack()).isNull();
            assertThat(r.margin().value()).isEqualTo(0.0);
            assertThat(r.margin().exact()).isTrue();
            assertThat(r.eigenLayerCondition().holds()).isTrue();
            assertThat(r.worstCaseLoss().loss()).isEqualTo(1.0);
            assertThat(r.worstCaseLoss().shock()).containsExactly("a");
            assertThat(r.worstCaseLoss().attack().validators()).containsExactly("b");
            assertThat(r.worstCaseLoss().exact()).isTrue();
        }
    }

    @Test
    void uniqueStakeCostsOnlyWhatWasPutAtRiskPooledCostsEverything() {
        Network.Builder b = Network.builder().validator(v("a", 10)).validator(v("b", 10))
                .chain(service("x", 12, 0.5)).chain(service("y", 1, 0.5));
        Network unique = b.build().toBuilder()
                .allocation(Allocation.of("a", "x", 6)).allocation(Allocation.of("a", "y", 4))
                .allocation(Allocation.of("b", "x", 6)).allocation(Allocation.of("b", "y", 4)).build();
        Network pooled = b.build().toBuilder()
                .allocation(Allocation.pooled("a", "x")).allocation(Allocation.pooled("a", "y"))
                .allocation(Allocation.pooled("b", "x")).allocation(Allocation.pooled("b", "y")).build();
        AnalysisResult u = SecurityAnalyzer.analyze(unique);
        // unique: a alone holds 50% of x: cost 6 < 12
        assertThat(u.bestAttack().chains()).containsExactly("x");
        assertThat(u.bestAttack().validators()).containsExactly("a");
        assertThat(u.bestAttack().cost()).isEqualTo(6.0);
        AnalysisResult p = SecurityAnalyzer.analyze(pooled);
        // pooled: a alone still 50% of both, cost its whole stake 10, profit 13
        assertThat(p.bestAttack().chains()).containsExactly("x", "y");
        assertThat(p.bestAttack().cost()).isEqualTo(10.0);
        assertThat(p.bestAttack().profit()).isEqualTo(13.0);
        assertThat(p.margin().value()).isEqualTo(10.0 / 13 - 1, org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void costOfCorruptionIsAnExactSubsetSumNotGreedy() {
        // weights 6, 5, 5; threshold ⌈0.5·16⌉ = 8: greedy (6 then 5) pays 11, the optimum is 5+5 = 10
        Network n = Network.builder().validator(v("a", 6)).validator(v("b", 5)).validator(v("c", 5))
                .chain(service("x", 1, 0.5))
                .allocation(Allocation.pooled("a", "x")).allocation(Allocation.pooled("b", "x"))
                .allocation(Allocation.pooled("c", "x")).build();
        ChainMetrics m = SecurityAnalyzer.analyze(n).chains().get("x");
        assertThat(m.costOfCorruption()).isEqualTo(10.0);
        assertThat(m.costExact()).isTrue();
        assertThat(m.securingStake()).isEqualTo(16.0);
        assertThat(m.securityMargin()).isEqualTo(9.0);
        assertThat(m.nakamotoCoefficient()).isEqualTo(1);
        assertThat(m.isolatedCostOfCorruption()).isEqualTo(10.0);
        assertThat(m.why(ChainMetrics.Metric.COST_OF_CORRUPTION)).isEqualTo("cost 10 = 2 validators reaching 50% of 16");
    }

    /** Issue 21: why lines are keyed by ChainMetrics.Metric; analyze --json keeps each metric's name as its key. */
    @Test
    void whyLinesAreKeyedByTheMetricEnumAndJsonKeepsTheirNames() {
        Network n = Network.builder().name("w")
                .validator(new Validator("a", null, 6, null, null)).validator(new Validator("b", null, 4, null, null))
                .chain(Chain.builder("x", ChainKind.SERVICE).profitFromCorruption(1).build())
                .allocation(Allocation.pooled("a", "x")).allocation(Allocation.pooled("b", "x")).build();
        AnalysisResult r = SecurityAnalyzer.analyze(n);
        ChainMetrics m = r.chains().get("x");
        assertThat(m.why()).containsKeys(ChainMetrics.Metric.SECURING_STAKE, ChainMetrics.Metric.COST_OF_CORRUPTION,
                ChainMetrics.Metric.BLAST_RADIUS).doesNotContainKey(ChainMetrics.Metric.DATA_AVAILABILITY);
        assertThat(m.why(ChainMetrics.Metric.DATA_AVAILABILITY)).isEmpty();
        String json = dev.sse.model.io.json.AnalysisJson.write(r);
        m.why().forEach((metric, line) -> assertThat(json).containsPattern("\"" + metric.key() + "\" ?: \""));
        assertThat(ChainMetrics.Metric.COST_OF_CORRUPTION.key()).isEqualTo("costOfCorruption");
    }

    @Test
    void nakamotoCoefficientCountsStrictlyMoreThanAThird() {
        assertThat(ChainMetricsBuilder.nakamoto(new long[] {1, 1, 1})).isEqualTo(2);
        assertThat(ChainMetricsBuilder.nakamoto(new long[] {34, 33, 33})).isEqualTo(1);
        assertThat(ChainMetricsBuilder.nakamoto(new long[] {10, 10, 10, 10, 10, 10})).isEqualTo(3);
        assertThat(ChainMetricsBuilder.nakamoto(new long[0])).isZero();
    }

    @Test
    void unsecuredChainWithProfitIsFreeToAttack() {
        Network n = Network.builder().validator(v("a", 1)).chain(service("x", 1, 0.5)).chain(service("z", 2, 0.5))
                .allocation(Allocation.pooled("a", "x")).build();
        AnalysisResult r = SecurityAnalyzer.analyze(n);
        assertThat(r.secure()).isFalse();
        assertThat(r.bestAttack().chains()).containsExactly("z");
        assertThat(r.bestAttack().validators()).isEmpty();
        assertThat(r.margin().value()).isEqualTo(-1.0);
        assertThat(r.eigenLayerCondition().holds()).isFalse();
    }
}
