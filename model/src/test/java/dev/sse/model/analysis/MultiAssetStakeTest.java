package dev.sse.model.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.sse.model.network.Allocation;
import dev.sse.model.network.Asset;
import dev.sse.model.network.AssetWeights;
import dev.sse.model.network.Chain;
import dev.sse.model.network.ChainKind;
import dev.sse.model.network.Network;
import dev.sse.model.network.Settings;
import dev.sse.model.network.Validator;
import dev.sse.model.simulation.AnalysisAttackFinder;
import dev.sse.model.simulation.Scenario;
import dev.sse.model.simulation.Simulation;
import dev.sse.model.simulation.event.SimEvent;
import dev.sse.model.simulation.fault.Fault;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Multi-asset stake (issue 22 item 1): holdings priced per asset, chains counting only their assets at their weights
 * (EigenDA's quorum 0 counts ETH strategies, quorum 1 EIGEN: shared/real-data/eigenlayer
 * mainnet-strategies-avs-eigenda.facts.json; an operator's quorum stake is Σ shares × multiplier / 10^18,
 * Layr-Labs/eigenlayer-middleware StakeRegistry._weightOfOperatorForQuorum).
 */
class MultiAssetStakeTest {

    /** ETH 2,000 USD, EIGEN 4 USD; op1 20,000 + 4,000, op2 10,000 + 20,000, op3 ETH only 24,000. */
    static Network quorums(Map<String, Object> q1Weights) {
        return Network.builder().name("quorums").asset(new Asset("ETH", 2000)).asset(new Asset("EIGEN", 4))
                .validator(Validator.holding("op1", null, null, holdings(10, 1000)))
                .validator(Validator.holding("op2", null, null, holdings(5, 5000)))
                .validator(new Validator("op3", null, 12, "ETH", null))
                .chain(chain("q0", Map.of("ETH", 1)))
                .chain(chain("q1", q1Weights))
                .allocation(Allocation.pooled("op1", "q0")).allocation(Allocation.pooled("op1", "q1"))
                .allocation(Allocation.pooled("op2", "q0")).allocation(Allocation.pooled("op2", "q1"))
                .allocation(Allocation.pooled("op3", "q0")).allocation(Allocation.pooled("op3", "q1"))
                .build();
    }

    private static Map<String, Double> holdings(double eth, double eigen) {
        Map<String, Double> h = new LinkedHashMap<>();
        h.put("ETH", eth);
        h.put("EIGEN", eigen);
        return h;
    }

    private static Chain chain(String id, Map<String, Object> weights) {
        return Chain.builder(id, ChainKind.SERVICE).profitFromCorruption(1000)
                .security(weights == null ? Settings.EMPTY : Settings.EMPTY.with(AssetWeights.KEY, weights)).build();
    }

    @Test
    void aValidatorsValueIsItsHoldingsPricedPerAsset() {
        Network n = quorums(Map.of("EIGEN", 1));
        assertThat(n.valueOf(n.validator("op1").orElseThrow())).isEqualTo(24_000);
        assertThat(n.valueOf(n.validator("op2").orElseThrow())).isEqualTo(30_000);
        assertThat(n.totalValue()).isEqualTo(78_000);
        assertThat(n.isMultiAsset()).isTrue();
    }

    @Test
    void eachChainCountsOnlyItsAssets() {
        Map<String, ChainMetrics> m = SecurityAnalyzer.chainMetrics(quorums(Map.of("EIGEN", 1)), AnalysisOptions.defaults());
        // q0: ETH 20,000 + 10,000 + 24,000 = 54,000; 2/3 needs 36,000: op1 + op3 = 44,000 (op2 + op3 = 34,000 falls short)
        assertThat(m.get("q0").securingStake()).isEqualTo(54_000);
        assertThat(m.get("q0").costOfCorruption()).isEqualTo(44_000);
        // q1: EIGEN 4,000 + 20,000 (op3 holds no EIGEN); 2/3 of 24,000 = 16,000: op2 alone
        assertThat(m.get("q1").securingStake()).isEqualTo(24_000);
        assertThat(m.get("q1").costOfCorruption()).isEqualTo(20_000);
        assertThat(m.get("q1").validatorSet()).extracting(ValidatorPower::id).containsExactly("op1", "op2");
    }

    @Test
    void weightsScaleWhatAnAssetCounts() {
        Map<String, ChainMetrics> m = SecurityAnalyzer.chainMetrics(quorums(Map.of("ETH", 0.5, "EIGEN", 1)),
                AnalysisOptions.defaults());
        // q1: op1 10,000 + 4,000, op2 5,000 + 20,000, op3 12,000 = 51,000; 2/3 = 34,000: op2 + op3 = 37,000
        // (op1 + op2 = 39,000, op1 + op3 = 26,000 falls short)
        assertThat(m.get("q1").securingStake()).isEqualTo(51_000);
        assertThat(m.get("q1").costOfCorruption()).isEqualTo(37_000);
    }

    @Test
    void aChainWithoutWeightsCountsEveryAssetPooled() {
        Network n = quorums(null);
        Network lowered = MultiAssetStake.lower(n, Map.of());
        assertThat(lowered.allocations()).contains(Allocation.pooled("op1", "q1"));
        assertThat(lowered.validator("op1").orElseThrow().stake()).isEqualTo(24_000);
        assertThat(SecurityAnalyzer.chainMetrics(n, AnalysisOptions.defaults()).get("q1").securingStake())
                .isEqualTo(78_000);
    }

    @Test
    void aPriceShockHitsOnlyTheChainsCountingThatAsset() {
        AnalysisOptions eigenHalved = AnalysisOptions.defaults().withPriceShock("EIGEN", 0.5);
        Map<String, ChainMetrics> m = SecurityAnalyzer.chainMetrics(quorums(Map.of("EIGEN", 1)), eigenHalved);
        assertThat(m.get("q0").costOfCorruption()).isEqualTo(44_000);
        assertThat(m.get("q1").costOfCorruption()).isEqualTo(10_000);
        AnalysisOptions ethHalved = AnalysisOptions.defaults().withPriceShock("ETH", 0.5);
        assertThat(SecurityAnalyzer.chainMetrics(quorums(Map.of("EIGEN", 1)), ethHalved).get("q0").costOfCorruption())
                .isEqualTo(22_000);
    }

    @Test
    void theWholeAnalysisSeesTheLoweredStake() {
        AnalysisResult r = SecurityAnalyzer.analyze(quorums(Map.of("EIGEN", 1)));
        assertThat(r.totalStake()).isEqualTo(78_000);
        assertThat(r.secure()).isTrue(); // π = 1,000 per chain, far below any cover
    }

    @Test
    void slashingTakesTheSameFractionOfEveryAsset() {
        Validator op1 = quorums(null).validator("op1").orElseThrow();
        Validator half = op1.withStake(op1.stake() / 2);
        assertThat(half.holdings()).containsExactly(Map.entry("ETH", 5.0), Map.entry("EIGEN", 500.0));
        assertThat(half.stake()).isEqualTo(505);
    }

    @Test
    void aSimulatedSlashAndPriceDropWorkPerAsset() {
        Network n = quorums(Map.of("EIGEN", 1));
        var trace = Simulation.runAll(n, Scenario.of("x", List.of(new Fault.PriceShock("EIGEN", 0.5),
                new Fault.Slash("q1", List.of("op2"), 0.5))), new AnalysisAttackFinder());
        SimEvent.PriceChanged price = trace.events().stream().filter(SimEvent.PriceChanged.class::isInstance)
                .map(SimEvent.PriceChanged.class::cast).findFirst().orElseThrow();
        // EIGEN held: 1,000 + 5,000 = 6,000 tokens, each 2 USD cheaper
        assertThat(price.valueLost()).isCloseTo(12_000, within(1e-6));
        Validator op2 = trace.steps().get(trace.steps().size() - 1).state().network().validator("op2").orElseThrow();
        assertThat(op2.holdings().get("ETH")).isCloseTo(2.5, within(1e-9));
        assertThat(op2.holdings().get("EIGEN")).isCloseTo(2500, within(1e-9));
    }
}
