package dev.sse.model.simulation;

import static dev.sse.model.network.ChainKind.AVS;
import static dev.sse.model.network.ChainKind.L1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.sse.model.network.Network;
import dev.sse.model.simulation.fault.Fault;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A beacon-chain slash and an AVS slash of the same restaked ETH, as eigenlayer-contracts composes them
 * (src/contracts/libraries/SlashingLib.sol {@code calcWithdrawable}: withdrawable = deposit shares × deposit
 * scaling factor × slashing factor, the slashing factor being maxMagnitude × beaconChainSlashingFactor): each
 * reduces what the other can still take, the two factors multiply, and an exited beacon validator's stake is
 * still slashable by the AVS (ELIP-002: slashing reaches stake inside its withdrawal delay).
 */
class EigenLayerOrderingTest {

    private static Network restaked() {
        return Nets.network().validator("op", 32).validator("x", 32).validator("y", 32)
                .chain("eth", L1, 1, 1, null, Map.of("doubleSignFraction", 0.5)).chain("avs", AVS, 1, 1, "eth")
                .pooled("eth", "op", "x", "y").unique("op", "avs", 16).build();
    }

    private static double stakeAfter(Fault... faults) {
        SimTrace t = Simulation.runAll(restaked(), Scenario.of("t", List.of(faults)), new BruteForceFinder());
        return t.steps().get(t.steps().size() - 1).state().network().validator("op").orElseThrow().stake();
    }

    @Test
    void beaconThenAvsEqualsAvsThenBeacon() {
        Fault beacon = new Fault.DoubleSign("eth", List.of("op"));
        Fault avs = new Fault.Slash("avs", List.of("op"), 0.5);
        // beacon first: 32 → 16, allocation 16 → 8; the AVS takes 50% of 8 → 12
        assertThat(stakeAfter(beacon, avs)).isCloseTo(12, within(1e-9));
        // AVS first: 50% of 16 → 24; the beacon chain takes 50% → 12
        assertThat(stakeAfter(avs, beacon)).isCloseTo(12, within(1e-9));
    }

    /**
     * eigenlayer-contracts' own numbers (src/test/unit/DelegationUnit.t.sol {@code
     * test_convertToDepositShares_beaconChainETH}): a staker with 100 ETH of beacon-chain shares, its operator's max
     * magnitude set to WAD / 3 (an AVS slash of 2/3) and a beacon-chain slash of a third of the shares. The
     * withdrawable shares are 100 × 1/3 × 2/3 = 22.2 ETH (SlashingLib {@code calcWithdrawable}: slashing factor =
     * maxMagnitude × beaconChainSlashingFactor), in either order ({@code testFuzz_beaconSlashAndAVSSlash}: "the order
     * of slashing does not matter"): the beacon slash takes a third of what the AVS left, and the AVS two thirds of
     * what the beacon chain left.
     */
    @Test
    void theirNumbersOneHundredEthMagnitudeAThirdBeaconSlashAThird() {
        Network n = Nets.network().validator("op", 100).validator("x", 100).validator("y", 100)
                .chain("eth", L1, 1, 1, null, Map.of("doubleSignFraction", 1.0 / 3))
                .chain("avs", AVS, 1, 1, "eth").pooled("eth", "op", "x", "y").unique("op", "avs", 100).build();
        Fault beacon = new Fault.DoubleSign("eth", List.of("op"));
        Fault avs = new Fault.Slash("avs", List.of("op"), 2.0 / 3);
        for (List<Fault> order : List.of(List.of(avs, beacon), List.of(beacon, avs))) {
            SimTrace t = Simulation.runAll(n, Scenario.of("t", order), new BruteForceFinder());
            double left = t.steps().get(t.steps().size() - 1).state().network().validator("op").orElseThrow().stake();
            assertThat(left).as(order.get(0).getClass().getSimpleName() + " first").isCloseTo(100.0 / 9 * 2,
                    within(1e-9));
        }
    }
}
