package dev.sse.model.simulation;

import static dev.sse.model.network.ChainKind.PARACHAIN;
import static dev.sse.model.network.ChainKind.RELAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.sse.model.network.Network;
import dev.sse.model.simulation.event.SimEvent;
import dev.sse.model.simulation.fault.Fault;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Polkadot's three dispute offences against polkadot-sdk polkadot/runtime/parachains/src/disputes/slashing.rs:
 * {@code SLASH_FOR_INVALID_BACKED = 100%}, {@code SLASH_FOR_INVALID_APPROVED = 2%}, {@code SLASH_AGAINST_VALID = 0};
 * {@code punish_for_invalid} files the backers as ForInvalidBacked and the other losers as ForInvalidApproved
 * (tests {@code report_dispute_lost_for_invalid_backed_succeeds}, {@code ..._for_invalid_approved_succeeds},
 * {@code ..._against_valid_succeeds} in disputes/slashing/tests.rs).
 */
class PolkadotDisputeSourcesTest {

    private static Network relay() {
        return Nets.network().validator("b1", 100).validator("b2", 100).validator("a1", 100).validator("a2", 100)
                .validator("c1", 100).chain("relay", RELAY, 1, 1).chain("para", PARACHAIN, 1, 1, "relay")
                .pooled("relay", "b1", "b2", "a1", "a2", "c1").build();
    }

    private static SimTrace run(Fault... faults) {
        return Simulation.runAll(relay(), Scenario.of("dispute", List.of(faults)), new BruteForceFinder());
    }

    @Test
    void backersLoseEverythingApproversTwoPercent() {
        SimTrace t = run(new Fault.InvalidBlock("para", List.of("b1", "b2")),
                new Fault.InvalidBlock("para", List.of("a1", "a2"), Fault.Dispute.FOR_INVALID_APPROVED));
        assertThat(t.lossByValidator().get("b1")).isEqualTo(100);
        assertThat(t.lossByValidator().get("a1")).isCloseTo(2, within(1e-9));
        assertThat(t.lossByValidator().get("a2")).isCloseTo(2, within(1e-9));
        assertThat(t.steps().stream().flatMap(st -> st.events().stream()).toList()).filteredOn(e -> e instanceof SimEvent.Slashed s && s.validator().equals("a1"))
                .singleElement().satisfies(e -> assertThat(e.because()).contains("approved an invalid candidate", "2%"));
    }

    @Test
    void disputingAValidCandidateCostsNothing() {
        SimStep step = Simulation.start(relay(), Scenario.of("t", List.of(
                new Fault.InvalidBlock("para", List.of("c1"), Fault.Dispute.AGAINST_VALID))), new BruteForceFinder()).step();
        assertThat(step.events()).noneMatch(e -> e instanceof SimEvent.Slashed);
        assertThat(step.state().removedValidators()).isEmpty();
        assertThat(step.events()).filteredOn(e -> e instanceof SimEvent.Unpunished).singleElement()
                .satisfies(e -> assertThat(e.because()).contains("AgainstValid", "keep their stake"));
    }
}
