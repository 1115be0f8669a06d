package dev.sse.model.montecarlo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sse.model.network.Network;
import dev.sse.model.simulation.AnalysisAttackFinder;
import dev.sse.model.simulation.RandomCases;
import dev.sse.model.simulation.Simulation;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Issue 24's "done means": the Monte Carlo mean agrees with the single-draw simulation run draw by draw. On small
 * random networks (RandomCases) with every shock model, the engine's mean loss (2 threads) is the mean of
 * {@link Simulation#runAll} over the draws' scenarios, run one after the other on this thread.
 */
class MonteCarloMeanPropertiesTest {

    @Property(tries = 25)
    void theMeanIsTheMeanOfTheSingleDrawSimulations(@ForAll long seed, @ForAll @IntRange(min = 1, max = 40) int draws) {
        Network n = RandomCases.mixed(seed).network();
        MonteCarloSpec spec = new MonteCarloSpec(RandomCases.mixed(seed).scenario(), List.of(
                new ShockModel.IndependentFailures(0.1), new ShockModel.CorrelatedFailures(0.1, 0.5),
                new ShockModel.ChainFaults(0.2, 0.3, List.of()), new ShockModel.BudgetShock(0.2)), draws, seed);
        MonteCarloResult r = MonteCarloRun.prepare(n, spec, new AnalysisAttackFinder()).run(MonteCarloRunTest.HELPERS, 2, (d, t) -> { });
        double sum = 0;
        for (int i = 0; i < draws; i++) {
            sum += Simulation.runAll(n, spec.draw(n, i), new AnalysisAttackFinder()).lostValue();
        }
        assertThat(r.losses().mean()).isEqualTo(sum / draws);
    }
}
