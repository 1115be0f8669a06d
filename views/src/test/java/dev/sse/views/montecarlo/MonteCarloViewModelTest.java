package dev.sse.views.montecarlo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sse.model.montecarlo.Distribution;
import dev.sse.model.montecarlo.ShockModel;
import dev.sse.model.network.Allocation;
import dev.sse.model.network.Asset;
import dev.sse.model.network.Chain;
import dev.sse.model.network.ChainKind;
import dev.sse.model.network.Network;
import dev.sse.model.network.Settings;
import dev.sse.model.network.Validator;
import dev.sse.model.variants.Variants;
import dev.sse.views.common.FxBridge;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Monte Carlo tab's view model as a plain object (issue 24): both sides, progress, time left, charts' data. */
class MonteCarloViewModelTest {

    private static Network pooled() {
        Network.Builder b = Network.builder().name("pooled").asset(new Asset("ETH", 10));
        for (int i = 1; i <= 4; i++) {
            b.validator(new Validator("v" + i, null, 10 * i, "ETH", null));
        }
        b.chain(Chain.builder("avs-1", ChainKind.AVS).profitFromCorruption(50).attackThreshold(0.5).build());
        b.chain(Chain.builder("avs-2", ChainKind.AVS).profitFromCorruption(60).attackThreshold(0.5).build());
        for (int i = 1; i <= 4; i++) {
            b.allocation(Allocation.pooled("v" + i, "avs-1"));
            b.allocation(Allocation.pooled("v" + i, "avs-2"));
        }
        return b.build();
    }

    private final Network left = pooled();
    private final Network right = Variants.uniqueStake(left);
    private final long[] now = {0};
    private final MonteCarloViewModel vm = new MonteCarloViewModel(new FxBridge(Runnable::run, Runnable::run), Runnable::run,
            Runnable::run, dev.sse.model.analysis.AnalysisOptions.defaults(), () -> left, () -> right, () -> now[0] += 100);

    @Test
    void runsTheSameDrawsOnBothSidesAndFillsTheTables() {
        vm.drawsProperty().set("200");
        vm.chainRateProperty().set("0.2");
        vm.slashFractionProperty().set("1");
        vm.run();
        assertThat(vm.leftResultProperty().get().draws()).isEqualTo(200);
        assertThat(vm.rightResultProperty().get().draws()).isEqualTo(200);
        assertThat(vm.rightResultProperty().get().spec()).isEqualTo(vm.leftResultProperty().get().spec());
        assertThat(vm.progressProperty().get()).isEqualTo(1.0);
        assertThat(vm.statusProperty().get()).startsWith("Done: 200 draws per side");
        assertThat(vm.runningProperty().get()).isFalse();
        assertThat(MonteCarloRows.summary(vm.leftResultProperty().get(), vm.rightResultProperty().get()))
                .extracting(MonteCarloRows.Row::label).contains("mean loss", "VaR 99%", "expected shortfall 99.9%");
        assertThat(MonteCarloRows.chains(vm.leftResultProperty().get(), vm.rightResultProperty().get()))
                .extracting(MonteCarloRows.Row::label).containsExactly("avs-1", "avs-2");
        assertThat(vm.csv()).startsWith("draw,seed,loss,");
        var worst = vm.leftResultProperty().get().worst(1).get(0);
        var replay = dev.sse.model.simulation.Simulation.runAll(left, vm.worstDraw(), new dev.sse.model.simulation.AnalysisAttackFinder());
        assertThat(vm.worstDraw().name()).isEqualTo("montecarlo draw " + worst.index());
        assertThat(replay.lostValue()).as("the worst draw plays back to its loss").isEqualTo(worst.loss());
    }

    @Test
    void theFormBuildsTheShockModelsAndRejectsNonsense() {
        vm.correlationProperty().set("0.3");
        vm.volatilityProperty().set("0.4");
        assertThat(vm.models(left)).containsExactly(new ShockModel.CorrelatedFailures(0.01, 0.3),
                new ShockModel.ChainFaults(0.02, 0.5, List.of()), new ShockModel.PriceShocks(Map.of("ETH", 0.4), 0.3));
        vm.failureProperty().set("1.5");
        vm.run();
        assertThat(vm.statusProperty().get()).isEqualTo("Cannot run: fail p must be from 0 to 1, got '1.5'");
        assertThat(vm.leftResultProperty().get()).isNull();
    }

    @Test
    void chainsAreColouredByTheirProbabilityOfFalling() {
        assertThat(FallColouring.of(0.25)).isEqualTo(dev.sse.views.graph.RiskState.COMPROMISED);
        assertThat(FallColouring.of(0.02)).isEqualTo(dev.sse.views.graph.RiskState.ATTACKABLE);
        assertThat(FallColouring.of(0.001)).isEqualTo(dev.sse.views.graph.RiskState.AT_RISK);
        assertThat(FallColouring.of(0)).isEqualTo(dev.sse.views.graph.RiskState.HEALTHY);
        vm.drawsProperty().set("100");
        vm.chainRateProperty().set("0.3");
        vm.slashFractionProperty().set("1");
        vm.run();
        var base = Map.of(dev.sse.model.network.graph.NodeRef.validator("v1"), dev.sse.views.graph.RiskState.SLASHED);
        var states = MonteCarloViewModel.fallColours(vm.leftResultProperty().get(), base);
        assertThat(states).containsEntry(dev.sse.model.network.graph.NodeRef.validator("v1"), dev.sse.views.graph.RiskState.SLASHED)
                .containsKeys(dev.sse.model.network.graph.NodeRef.chain("avs-1"), dev.sse.model.network.graph.NodeRef.chain("avs-2"));
        double fall = vm.leftResultProperty().get().chainRisks().get(0).fall();
        assertThat(states.get(dev.sse.model.network.graph.NodeRef.chain("avs-1"))).isEqualTo(FallColouring.of(fall));
    }

    /**
     * The main window's panel (issue 24): one side, its draws' helpers on the executor the composition root passes
     * (issue #18: {@code Workers.draws()}), and every row of the worst-draws table, not only the first, opens as the
     * ordinary scenario of its draw and plays back to that draw's loss.
     */
    @Test
    void oneSideRunsItsHelpersOnTheGivenExecutorAndAnyWorstDrawPlaysBack() {
        java.util.concurrent.atomic.AtomicInteger helped = new java.util.concurrent.atomic.AtomicInteger();
        MonteCarloViewModel one = new MonteCarloViewModel(new FxBridge(Runnable::run, Runnable::run), Runnable::run,
                task -> {
                    helped.incrementAndGet();
                    task.run();
                }, dev.sse.model.analysis.AnalysisOptions.defaults(), () -> left, null, () -> now[0] += 100);
        assertThat(one.isTwoSided()).isFalse();
        assertThat(one.statusProperty().get()).startsWith("Random draws on this network");
        one.drawsProperty().set("150");
        one.chainRateProperty().set("0.3");
        one.slashFractionProperty().set("1");
        one.run();

        assertThat(helped.get()).as("helper tasks handed to the executor").isEqualTo(
                Math.max(0, Runtime.getRuntime().availableProcessors() - 1));
        assertThat(one.rightResultProperty().get()).isNull();
        assertThat(one.statusProperty().get()).startsWith("Done: 150 draws (");
        var result = one.leftResultProperty().get();
        List<WorstDraws.Row> rows = WorstDraws.of(result);
        assertThat(rows).hasSize(WorstDraws.ROWS);
        assertThat(rows).extracting(WorstDraws.Row::rank).containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10");
        WorstDraws.Row third = rows.get(2);
        var outcome = result.worst(3).get(2);
        assertThat(third.index()).isEqualTo(outcome.index());
        assertThat(third.loss()).endsWith("%)");
        var scenario = one.drawScenario(third.index());
        assertThat(scenario.name()).isEqualTo("montecarlo draw " + third.index());
        var replay = dev.sse.model.simulation.Simulation.runAll(left, scenario, new dev.sse.model.simulation.AnalysisAttackFinder());
        assertThat(replay.lostValue()).as("the third-worst draw plays back to its own loss").isEqualTo(outcome.loss());
        assertThat(replay.fallenChains()).isEqualTo(outcome.fallen());
    }

    @Test
    void worstDrawRowsNameTheChainsThatFellAndSayNoneOtherwise() {
        assertThat(WorstDraws.of(null)).isEmpty();
        vm.drawsProperty().set("100");
        vm.chainRateProperty().set("0.3");
        vm.slashFractionProperty().set("1");
        vm.run();
        var result = vm.leftResultProperty().get();
        List<WorstDraws.Row> rows = WorstDraws.of(result);
        for (int k = 0; k < rows.size(); k++) {
            var d = result.worst(rows.size()).get(k);
            assertThat(rows.get(k).fallen()).isEqualTo(d.fallen().isEmpty() ? "none" : String.join(", ", d.fallen()));
            assertThat(rows.get(k).depth()).isEqualTo(String.valueOf(d.depth()));
        }
    }

    @Test
    void timeLeftIsEstimatedFromTheShareDone() {
        assertThat(MonteCarloViewModel.timeLeft(10_000, 0.25)).isEqualTo(", about 30 s left");
        assertThat(MonteCarloViewModel.timeLeft(60_000, 0.25)).isEqualTo(", about 3 min 0 s left");
        assertThat(MonteCarloViewModel.timeLeft(0, 0)).isEmpty();
    }

    @Test
    void bothSidesShareTheHistogramBinsAndTheExceedanceCurveSteps() {
        Distribution a = new Distribution(new double[] {0, 0, 5, 10});
        Distribution b = new Distribution(new double[] {0, 20});
        double top = DistributionCurves.top(List.of(a, b));
        assertThat(top).isEqualTo(20);
        assertThat(DistributionCurves.histogram(a, 4, top)).containsExactly(0.5, 0.25, 0.25, 0);
        assertThat(DistributionCurves.histogram(b, 4, top)).containsExactly(0.5, 0, 0, 0.5);
        assertThat(DistributionCurves.exceedance(a)).containsExactly(new double[] {0, 0.5}, new double[] {5, 0.25},
                new double[] {10, 0});
    }
}
