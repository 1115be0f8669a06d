package dev.sse.model.simulation;

import static dev.sse.model.network.ChainKind.L1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.sse.model.network.Network;
import dev.sse.model.simulation.event.SimEvent;
import dev.sse.model.simulation.fault.Fault;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Ethereum double-sign penalties in the engine against ethereum/consensus-specs (specs/electra/beacon-chain.md,
 * {@code slash_validator} and {@code process_slashings}; test {@code test_minimal_penalty} in
 * tests/core/pyspec/eth_consensus_specs/test/phase0/epoch_processing/test_process_slashings.py).
 */
class ElectraSlashingSourcesTest {

    private static SimEvent.Slashed firstSlash(Network net, Fault fault) {
        SimStep step = Simulation.start(net, Scenario.of("t", List.of(fault)), new BruteForceFinder()).step();
        return step.events().stream().filter(SimEvent.Slashed.class::isInstance).map(SimEvent.Slashed.class::cast)
                .findFirst().orElseThrow();
    }

    /** test_minimal_penalty on the minimal preset: 64 validators, v0 at 17 ETH, the others at 32 ETH. */
    @Test
    void testMinimalPenaltyMinimalPresetToTheGwei() {
        Nets n = Nets.network().asset("ETH", 1).chain("eth", L1, 1, 1).validator("v0", 17, "ETH", null).pooled("eth", "v0");
        for (int i = 1; i < 64; i++) {
            n.validator("v" + i, 32, "ETH", null).pooled("eth", "v" + i);
        }
        SimEvent.Slashed s = firstSlash(n.build(), new Fault.DoubleSign("eth", List.of("v0")));
        // 17e9 // 4096 = 4,150,390 Gwei at once + (51e9 // 2033) × 17 = 426,463,343 Gwei later
        assertThat(Math.round(s.stake() * 1e9)).isEqualTo(4_150_390L + 426_463_343L);
        assertThat(s.because()).contains("integer Gwei", "⌊EB/4096⌋");
    }

    @Test
    void earlierSlashingsInTheWindowAddToTheCorrelationPenalty() {
        Nets n = Nets.network().chain("eth", L1, 1, 1, null, Map.of("slashedInWindow", 32));
        for (int i = 0; i < 10; i++) {
            n.validator("v" + i, 32).pooled("eth", "v" + i);
        }
        SimEvent.Slashed s = firstSlash(n.build(), new Fault.DoubleSign("eth", List.of("v0")));
        // S = 32 earlier + 32 now = 64 of T = 320: 3 × 64 / 320 = 60%, plus 1/4096
        assertThat(s.stake()).isCloseTo(32 * 0.6 + 32.0 / 4096, within(1e-9));
    }

    @Test
    void penaltiesUseTheEffectiveBalanceFlooredToWholeEth() {
        Nets n = Nets.network().chain("eth", L1, 1, 1);
        n.validator("v0", 32.9).pooled("eth", "v0");
        for (int i = 1; i < 10; i++) {
            n.validator("v" + i, 32).pooled("eth", "v" + i);
        }
        SimEvent.Slashed s = firstSlash(n.build(), new Fault.DoubleSign("eth", List.of("v0")));
        // EB 32 ETH (not 32.9); T = 320 ETH of effective balance: the same 9.6078125 ETH as a 32 ETH validator
        assertThat(s.stake()).isCloseTo(9.6078125, within(1e-9));
    }

    /**
     * Issue 21: the engine reads the chain's {@code initialPenaltyQuotient}, {@code correlationPenaltyMultiplier} and
     * {@code slashingsWindowEpochs} (EthereumPenalties; the specs' 4096, 3, 8192 when absent). Phase0's values
     * (consensus-specs specs/phase0/beacon-chain.md: MIN_SLASHING_PENALTY_QUOTIENT 128, PROPORTIONAL_SLASHING_MULTIPLIER 1)
     * and a window of 4096 epochs: 32/128 + 32 × 1·32/320 ETH, the correlation penalty 2048 epochs (9 days) later.
     */
    @Test
    void theChainsPenaltyConstantsReplaceTheSpecs() {
        Nets n = Nets.network().chain("eth", L1, 1, 1, null, Map.of("initialPenaltyQuotient", 128,
                "correlationPenaltyMultiplier", 1, "slashingsWindowEpochs", 4096));
        for (int i = 0; i < 10; i++) {
            n.validator("v" + i, 32).pooled("eth", "v" + i);
        }
        SimEvent.Slashed s = firstSlash(n.build(), new Fault.DoubleSign("eth", List.of("v0")));
        assertThat(s.stake()).isCloseTo(32.0 / 128 + 32 * 0.1, within(1e-9));
        assertThat(s.because()).contains("⌊EB/128⌋", "9 days later", "⌊min(1·S, T)");
    }
}
