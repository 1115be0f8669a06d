package dev.sse.model.network.edit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sse.model.analysis.SecurityAnalyzer;
import dev.sse.model.io.json.NetworkCodec;
import dev.sse.model.network.ChainKind;
import dev.sse.model.network.Network;
import dev.sse.model.network.graph.NodeRef;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Issue 23 (build and edit): a network built from nothing by edits equals the same network written by hand. */
class NetworkEditsTest {

    private static final String BY_HAND = """
            {"format": "shared-security-network", "version": 1, "name": "Hub and consumer",
             "validators": [{"id": "v", "stake": 100}, {"id": "v-2", "name": "Second", "stake": 50}],
             "chains": [{"id": "hub", "kind": "provider", "profitFromCorruption": 0},
                        {"id": "c", "kind": "consumer", "securedBy": "hub", "profitFromCorruption": 0}],
             "allocations": [{"validator": "v", "chain": "hub"}, {"validator": "v-2", "chain": "hub"}]}
            """;

    private static Network built() {
        Network n = NetworkEdits.empty("Hub and consumer");
        n = NetworkEdits.addChain(n, "hub", ChainKind.PROVIDER, null);
        n = NetworkEdits.addChain(n, "c", ChainKind.CONSUMER, "hub");
        n = NetworkEdits.addValidator(n, "v", 100);
        n = NetworkEdits.addValidator(n, "v", 50);
        n = NetworkEdits.addAllocation(n, "v", "hub");
        n = NetworkEdits.addAllocation(n, "v-2", "hub");
        n = NetworkEdits.addAllocation(n, "v-2", "hub");
        return NetworkEdits.rename(n, NodeRef.validator("v-2"), "Second");
    }

    @Test
    void builtFromNothingItSavesReopensAndAnalysesEqualToTheHandWrittenFile() throws Exception {
        Network built = built();
        Network byHand = NetworkCodec.readString("hand.json", BY_HAND);
        assertThat(NetworkEdits.problems(built)).isEmpty();
        Network reopened = NetworkCodec.readString("built.json", NetworkCodec.write(built));
        assertThat(reopened).isEqualTo(byHand);
        assertThat(SecurityAnalyzer.analyze(reopened)).isEqualTo(SecurityAnalyzer.analyze(byHand));
    }

    @Test
    void deletingAProviderTakesItsConsumersAndEveryAllocationAndSaysSo() {
        var d = NetworkEdits.delete(built(), Set.of(NodeRef.chain("hub")));
        assertThat(d.goes()).containsExactly("chain hub", "chain c", "allocation v → hub", "allocation v-2 → hub");
        assertThat(d.after().chains()).isEmpty();
        assertThat(d.after().allocations()).isEmpty();
        assertThat(d.after().validators()).hasSize(2);
        assertThat(NetworkEdits.problems(d.after())).isEmpty();
    }

    @Test
    void theReadersMessagesNameWhatIsWrong() {
        Network bad = NetworkEdits.addChain(NetworkEdits.empty("x"), "c", ChainKind.CONSUMER, "nowhere");
        assertThat(NetworkEdits.problems(bad)).isNotEmpty()
                .anySatisfy(p -> assertThat(p.toString()).contains("$.chains[0].securedBy").contains("nowhere"));
    }
    @Test
    void duplicatingAChainCopiesEveryFieldAndItsAllocationsUnderAFreeIdRightAfterIt() throws Exception {
        Network n = NetworkCodec.readString("dup.json", """
                {"format": "shared-security-network", "version": 1, "name": "d",
                 "validators": [{"id": "a", "stake": 10}, {"id": "b", "stake": 20}],
                 "chains": [{"id": "hub", "kind": "provider", "profitFromCorruption": 5},
                            {"id": "svc", "name": "Service", "kind": "service", "profitFromCorruption": 7,
                             "attackThreshold": 0.5, "finalitySeconds": 12, "securityCost": {"rewardsPerYear": 3}},
                            {"id": "svc-copy", "kind": "service"}],
                 "allocations": [{"validator": "a", "chain": "svc"}, {"validator": "b", "chain": "svc", "amount": 4},
                                 {"validator": "a", "chain": "hub"}]}
                """);
        Network d = NetworkEdits.duplicate(n, "svc");
        assertThat(d.chains()).extracting(c -> c.id()).containsExactly("hub", "svc", "svc-copy-2", "svc-copy");
        var copy = d.chain("svc-copy-2").orElseThrow();
        var svc = n.chain("svc").orElseThrow();
        assertThat(copy.name()).isEqualTo("Service (copy)");
        assertThat(copy.toBuilder().name(svc.name()).build()).usingRecursiveComparison().ignoringFields("id").isEqualTo(svc);
        assertThat(d.allocationsTo("svc-copy-2")).extracting(a -> a.validator() + ":" + a.amount())
                .containsExactly("a:OptionalDouble.empty", "b:OptionalDouble[4.0]");
        assertThat(NetworkEdits.problems(d)).isEmpty();
        assertThat(NetworkEdits.duplicate(n, "nothing")).isSameAs(n);
    }
    @Test
    void scalingTheStakeOfSeveralValidatorsScalesEachAsAStakeEditDoes() {
        Network n = built();
        Network scaled = NetworkEdits.scaleStake(n, java.util.List.of("v", "v-2"), 1.5);
        assertThat(scaled.validator("v").orElseThrow().stake()).isEqualTo(150);
        assertThat(scaled.validator("v-2").orElseThrow().stake()).isEqualTo(75);
        assertThat(scaled).isEqualTo(n.withStakeScaled("v", 1.5).withStakeScaled("v-2", 1.5));
        assertThat(NetworkEdits.scaleStake(n, java.util.List.of("v"), 0)).isEqualTo(n);
    }
}
