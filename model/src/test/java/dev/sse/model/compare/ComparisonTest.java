package dev.sse.model.compare;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sse.model.analysis.AnalysisOptions;
import dev.sse.model.analysis.AnalysisResult;
import dev.sse.model.analysis.SecurityAnalyzer;
import dev.sse.model.network.Allocation;
import dev.sse.model.network.Chain;
import dev.sse.model.network.ChainKind;
import dev.sse.model.network.Network;
import dev.sse.model.network.Validator;
import dev.sse.model.simulation.Scenario;
import dev.sse.model.simulation.fault.Fault;
import dev.sse.model.variants.Isolation;
import dev.sse.model.variants.Variants;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComparisonTest {

    /** Provider P (a 40, b 30, c 20, d 10) with consumers C1 (π 15) and C2 (π 10) borrowing its set. */
    static Network shared() {
        Network.Builder b = Network.builder().name("shared");
        for (String[] v : new String[][] {{"a", "40"}, {"b", "30"}, {"c", "20"}, {"d", "10"}}) {
            b.validator(new Validator(v[0], null, Double.parseDouble(v[1]), null, "org-" + v[0]));
            b.allocation(Allocation.pooled(v[0], "P"));
        }
        return b.chain(Chain.builder("P", ChainKind.PROVIDER).profitFromCorruption(20).build())
                .chain(Chain.builder("C1", ChainKind.CONSUMER).profitFromCorruption(15).securedBy("P").build())
                .chain(Chain.builder("C2", ChainKind.CONSUMER).profitFromCorruption(10).securedBy("P").build()).build();
    }

    @Test
    void everyChainMetricIsReadFromEachSidesAnalysis() {
        Network left = shared();
        Network right = Variants.isolateConsumers(left, Isolation.providerShare(0.2));
        AnalysisOptions o = AnalysisOptions.defaults().withShockBudget(0.1);
        AnalysisResult l = SecurityAnalyzer.analyze(left, o);
        AnalysisResult r = SecurityAnalyzer.analyze(right, o);
        ComparisonTable t = Comparison.of(new Side("shared", left, l), new Side("isolated", right, r));

        assertThat(t.chains()).extracting(ChainDelta::chain).containsExactly("P", "C1", "C2");
        for (ChainDelta row : t.chains()) {
            var lm = l.chains().get(row.chain());
            var rm = r.chains().get(row.chain());
            assertThat(row.get(Metric.COST_OF_CORRUPTION).left()).isEqualTo(lm.costOfCorruption());
            assertThat(row.get(Metric.COST_OF_CORRUPTION).right()).isEqualTo(rm.costOfCorruption());
            assertThat(row.get(Metric.MARGIN).right()).isEqualTo(rm.securityMargin());
            assertThat(row.get(Metric.NAKAMOTO).left()).isEqualTo((double) lm.nakamotoCoefficient());
            assertThat(row.get(Metric.BLAST_RADIUS).left()).isEqualTo((double) lm.blastRadius().size());
            assertThat(row.get(Metric.STAKE_LOST).left()).isNull(); // no scenario ran
        }
        // renting the provider's stake: C1 costs 2/3·100 shared vs 2/3·20 isolated
        assertThat(t.chain("C1").get(Metric.COST_OF_CORRUPTION).safer()).isEqualTo(Safer.LEFT);
        assertThat(t.chain("C1").get(Metric.PROFIT_FROM_CORRUPTION).safer()).isEqualTo(Safer.SAME);
        // … but the provider's blast radius is the price
        assertThat(t.chain("P").get(Metric.BLAST_RADIUS).safer()).isEqualTo(Safer.RIGHT);
        assertThat(t.network(Metric.NETWORK_MARGIN).left()).isEqualTo(l.margin().value());
        assertThat(t.network(Metric.WORST_CASE_LOSS).right()).isEqualTo(r.worstCaseLoss().loss());
    }

    @Test
    void aScenarioRunsOnBothSidesWhereItFitsAndItsLossesAreCompared() {
        Network left = shared();
        Network right = Variants.isolateConsumers(left, Isolation.providerShare(0.2));
        Scenario s = Scenario.of("provider down", List.of(new Fault.ProviderFailure("P"), new Fault.Shock(List.of("C1-a"))));
        AnalysisOptions o = AnalysisOptions.defaults();
        Side l = SideRunner.run("shared", left, s, o);
        Side r = SideRunner.run("isolated", right, s, o);

        assertThat(l.skipped()).singleElement().asString().contains("C1-a");
        assertThat(r.skipped()).isEmpty();
        ComparisonTable t = Comparison.of(l, r);
        // the provider failure takes the borrowing consumers down on the left only
        assertThat(t.chain("C1").get(Metric.FELL).left()).isEqualTo(1.0);
        assertThat(t.chain("C2").get(Metric.FELL).right()).isEqualTo(0.0);
        assertThat(t.chain("C2").get(Metric.FELL).safer()).isEqualTo(Safer.RIGHT);
        // the shock of C1-a (its largest own validator, 8 of 20) is part of C1's loss on the right
        assertThat(t.chain("C1").get(Metric.STAKE_LOST).right()).isGreaterThanOrEqualTo(0.4);
        assertThat(t.chain("C1").get(Metric.STAKE_LOST).left()).isZero();
        assertThat(t.network(Metric.SCENARIO_LOSS).right()).isEqualTo(r.trace().lostFraction());
    }

    @Test
    void saferFollowsTheMetricsDirection() {
        assertThat(Metric.MARGIN.safer(0.5, 0.2)).isEqualTo(Safer.LEFT);
        assertThat(Metric.BLAST_RADIUS.safer(3.0, 0.0)).isEqualTo(Safer.RIGHT);
        assertThat(Metric.COST_OF_CORRUPTION.safer(1.0, 1.0 + 1e-12)).isEqualTo(Safer.SAME);
        assertThat(Metric.MARGIN.safer(null, 0.2)).isEqualTo(Safer.UNKNOWN);
        assertThat(MetricDelta.of(Metric.STAKE_LOST, 0.1, 0.3).difference()).isCloseTo(0.2, org.assertj.core.api.Assertions.within(1e-12));
    }
}
