package dev.sse.model.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.sse.model.analysis.AnalysisOptions;
import dev.sse.model.analysis.SecurityAnalyzer;
import dev.sse.model.network.Allocation;
import dev.sse.model.network.Asset;
import dev.sse.model.network.Chain;
import dev.sse.model.network.ChainKind;
import dev.sse.model.network.Network;
import dev.sse.model.network.Validator;
import dev.sse.model.simulation.AnalysisAttackFinder;
import dev.sse.model.simulation.Scenario;
import dev.sse.model.simulation.Simulation;
import dev.sse.model.simulation.fault.Fault;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SweeperTest {

    /** The domino row of the textbook sample, shrunk: three services, each on two validators. */
    static Network domino() {
        Network.Builder b = Network.builder().name("domino").asset(new Asset("TOK", 1));
        double[] stakes = {0.12, 1, 1, 1};
        for (int i = 0; i < stakes.length; i++) {
            b.validator(new Validator("v" + i, null, stakes[i], "TOK", null));
        }
        for (int s = 1; s <= 3; s++) {
            b.chain(Chain.builder("s" + s, ChainKind.SERVICE).profitFromCorruption(1.02).attackThreshold(1).build());
            b.allocation(Allocation.pooled("v" + (s - 1), "s" + s)).allocation(Allocation.pooled("v" + s, "s" + s));
        }
        return b.build();
    }

    @Test
    void oneRowPerValueWithTheAnalysisAtThatValue() {
        SweepSpec spec = SweepSpec.of(new SweepParameter.Profit("s2"), 0.5, 3, 6);
        AtomicInteger calls = new AtomicInteger();
        SweepResult r = Sweeper.run(domino(), spec, (done, total, row) -> {
            assertThat(total).isEqualTo(6);
            assertThat(done).isEqualTo(calls.incrementAndGet());
        }, () -> false);
        assertThat(r.rows()).hasSize(6);
        assertThat(r.complete()).isTrue();
        assertThat(r.chains()).containsExactly("s1", "s2", "s3");
        for (SweepRow row : r.rows()) {
            Network at = spec.parameter().at(domino(), spec.baseOptions(), row.value()).network();
            var direct = SecurityAnalyzer.analyze(at, spec.baseOptions());
            assertThat(row.secure()).isEqualTo(direct.secure());
            assertThat(row.margin()).isEqualTo(direct.margin().value());
            assertThat(row.worstCaseLoss()).isEqualTo(direct.worstCaseLoss().loss());
            assertThat(row.chainMargins().get("s2")).isEqualTo(direct.chains().get("s2").securityMargin());
        }
        assertThat(r.rows().get(0).secure()).isTrue();
        assertThat(r.rows().get(5).secure()).isFalse();
    }

    @Test
    void cancellingStopsBeforeTheNextPoint() {
        AtomicInteger done = new AtomicInteger();
        SweepResult r = Sweeper.run(domino(), SweepSpec.of(new SweepParameter.ShockBudget(), 0, 0.5, 5),
                (d, t, row) -> done.set(d), () -> done.get() >= 2);
        assertThat(r.rows()).hasSize(2);
        assertThat(r.complete()).isFalse();
    }

    @Test
    void aPriceDropIsAppliedOnceToTheSimulatedScenario() {
        Scenario shock = Scenario.shock(List.of("v0"));
        SweepSpec spec = SweepSpec.of(new SweepParameter.PriceDrop("TOK"), 0, 0.5, 2).withScenario(shock);
        SweepRow row = Sweeper.run(domino(), spec).rows().get(1);
        List<Fault> faults = new ArrayList<>(List.of(new Fault.PriceShock("TOK", 0.5)));
        faults.addAll(shock.faults());
        var trace = Simulation.runAll(domino(), Scenario.of("x", faults), new AnalysisAttackFinder(AnalysisOptions.defaults()));
        assertThat(row.scenarioLoss()).isCloseTo(trace.lostFraction(), within(1e-12));
        assertThat(row.scenarioFallen()).isEqualTo(trace.fallenChains());
    }

    @Test
    void badSpecsAreRefusedUpFront() {
        assertThat(Sweeper.problems(domino(), SweepSpec.of(new SweepParameter.PriceDrop("DOT"), 0, 0.5, 2))).isNotEmpty();
        assertThatThrownBy(() -> Sweeper.run(domino(), SweepSpec.of(new SweepParameter.ShockBudget(), 0, 2, 2)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[0, 1]");
    }

    @Test
    void theDrBoundUsesTheProvenMargin() {
        var m = new dev.sse.model.analysis.Margin(0.25, false, 0.1, "");
        assertThat(Sweeper.drBound(m, 0.1)).isCloseTo(1.1, within(1e-12));
        assertThat(Sweeper.drBound(new dev.sse.model.analysis.Margin(0.25, true, 0.25, ""), 0.1)).isCloseTo(0.5, within(1e-12));
        assertThat(Sweeper.drBound(new dev.sse.model.analysis.Margin(0.0, true, 0.0, ""), 0.1)).isNull();
    }
}
