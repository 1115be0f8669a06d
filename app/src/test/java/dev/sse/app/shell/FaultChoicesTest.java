package dev.sse.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sse.app.shell.FaultChoices.Choice;
import dev.sse.app.shell.FaultChoices.Entry;
import dev.sse.app.shell.FaultChoices.Group;
import dev.sse.model.network.Allocation;
import dev.sse.model.network.Asset;
import dev.sse.model.network.Bridge;
import dev.sse.model.network.BridgeTrust;
import dev.sse.model.network.Chain;
import dev.sse.model.network.ChainKind;
import dev.sse.model.network.Network;
import dev.sse.model.network.Validator;
import dev.sse.model.network.graph.NodeRef;
import dev.sse.model.simulation.fault.Fault;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * "Which faults apply here" as plain data, without a toolkit (issue #18: the rule out of the context-menu builder).
 * The bridge and naming cases were FaultMenuTest's (a TestFX class); the fault kinds follow docs/scenario-format.md.
 */
class FaultChoicesTest {

    private static Chain chain(String id, String name, ChainKind kind, String asset, String securedBy) {
        return Chain.builder(id, kind).name(name).asset(asset).profitFromCorruption(1).attackThreshold(0.5).securedBy(securedBy).build();
    }

    private static Group group(List<Entry> entries, String label) {
        return entries.stream().filter(Group.class::isInstance).map(Group.class::cast)
                .filter(g -> g.label().equals(label)).findFirst().orElseThrow(() -> new AssertionError("no " + label + " in " + entries));
    }

    private static List<String> labels(List<Entry> entries) {
        return entries.stream().map(e -> e instanceof Choice c ? c.label() : e instanceof Group g ? g.label() : "—").toList();
    }

    @Test
    void aChainsMenuExploitsEachOfItsBridges() {
        Network n = Network.builder().name("n")
                .chain(chain("a", null, ChainKind.ISOLATED, null, null))
                .chain(chain("b", null, ChainKind.ISOLATED, null, null))
                .chain(chain("c", null, ChainKind.ISOLATED, null, null))
                .bridge(new Bridge("ab", "Ronin-like", Bridge.Kind.THIRD_PARTY, List.of("a", "b"), 10,
                        new BridgeTrust.Multisig(5, 9, null, List.of(0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0))))
                .bridge(new Bridge("bc", null, Bridge.Kind.IBC, List.of("b", "c"), 1, new BridgeTrust.LightClient()))
                .build();
        Group exploit = group(FaultChoices.of(n, NodeRef.chain("a"), Set.of()), "Exploit bridge …");
        assertThat(exploit.choices()).extracting(Choice::label).containsExactly("Ronin-like (multisig 5-of-9)");
        assertThat(exploit.choices()).extracting(Choice::fault).containsExactly(new Fault.BridgeExploit("ab"));
        assertThat(group(FaultChoices.of(n, NodeRef.chain("b"), Set.of()), "Exploit bridge …").choices()).hasSize(2);
        assertThat(labels(FaultChoices.of(n, NodeRef.chain("c"), Set.of()))).containsExactly("Halt c (provider failure)",
                "Exploit bridge …");
    }

    /** Issue #18.9: "Shock: v2 lose their stake": validators by name, one "loses its", several counted. */
    @Test
    void validatorFaultsNameTheirValidators() {
        Network n = Network.builder().name("n")
                .validator(new Validator("v1", "Alice", 1, null, null))
                .validator(new Validator("v2", "Bob", 1, null, null))
                .chain(chain("s", "Service S", ChainKind.SERVICE, null, null))
                .allocation(Allocation.pooled("v1", "s"))
                .allocation(Allocation.pooled("v2", "s")).build();
        List<Entry> one = FaultChoices.of(n, NodeRef.validator("v2"), Set.of());
        assertThat(labels(one)).contains("Double-sign (Bob) on", "Shock: Bob loses its stake");
        Choice onS = group(one, "Double-sign (Bob) on").choices().get(0);
        assertThat(onS.editName()).isEqualTo("Double-sign on Service S");
        assertThat(onS.fault()).isEqualTo(new Fault.DoubleSign("s", List.of("v2")));

        Set<NodeRef> both = Set.of(NodeRef.validator("v1"), NodeRef.validator("v2"));
        assertThat(labels(FaultChoices.of(n, NodeRef.validator("v1"), both))).contains("Shock: 2 validators lose their stake");
    }

    /** Issue #18.10: right-clicking one of an 11-node selection offers faults for all eleven, clicked one first. */
    @Test
    void aRightClickInsideASelectionHitsEverySelectedValidator() {
        Network.Builder b = Network.builder().name("n").chain(chain("s", null, ChainKind.SERVICE, null, null));
        IntStream.range(0, 11).forEach(i -> b.validator(new Validator("v" + i, null, 1, null, null))
                .allocation(Allocation.pooled("v" + i, "s")));
        Network n = b.build();
        Set<NodeRef> selection = IntStream.range(0, 11).mapToObj(i -> NodeRef.validator("v" + i)).collect(Collectors.toSet());

        List<String> hit = FaultChoices.selectedValidators(NodeRef.validator("v7"), selection);
        assertThat(hit).hasSize(11).startsWith("v7");
        Choice shock = FaultChoices.of(n, NodeRef.validator("v7"), selection).stream().filter(Choice.class::isInstance)
                .map(Choice.class::cast).filter(c -> c.fault() instanceof Fault.Shock).findFirst().orElseThrow();
        assertThat(shock.fault()).isEqualTo(new Fault.Shock(hit));
        // clicked outside the selection: only the clicked validator
        assertThat(FaultChoices.selectedValidators(NodeRef.validator("x"), selection)).containsExactly("x");
    }

    /**
     * A validator of a relay chain backs invalid blocks on the parachains that inherit the relay's set (and on no other
     * kind); an AVS can slash it; a consumer with validators of its own is not inherited.
     */
    @Test
    void invalidBlocksOnInheritingParachainsSlashesOnAvsOnly() {
        Network n = Network.builder().name("n")
                .validator(new Validator("v", "V", 1, null, "op"))
                .validator(new Validator("w", "W", 1, null, null))
                .chain(chain("relay", "Relay", ChainKind.RELAY, null, null))
                .chain(chain("para", "Para", ChainKind.PARACHAIN, null, "relay"))
                .chain(chain("own", "Own", ChainKind.PARACHAIN, null, "relay"))
                .chain(chain("avs", "Avs", ChainKind.AVS, null, null))
                .allocation(Allocation.pooled("v", "relay"))
                .allocation(Allocation.pooled("v", "avs"))
                .allocation(Allocation.pooled("w", "own")).build();
        List<Entry> entries = FaultChoices.of(n, NodeRef.validator("v"), Set.of());
        assertThat(group(entries, "Double-sign (V) on").choices()).extracting(Choice::label)
                .containsExactly("Relay", "Para", "Avs");
        assertThat(group(entries, "Back an invalid block (V) on").choices()).extracting(Choice::fault)
                .containsExactly(new Fault.InvalidBlock("para", List.of("v")));
        assertThat(group(entries, "AVS slashes 50% (V) on").choices()).extracting(Choice::fault)
                .containsExactly(new Fault.Slash("avs", List.of("v"), FaultChoices.AVS_SLASH));
        assertThat(labels(entries)).endsWith("Steal the keys of operator op");
    }

    @Test
    void aChainWithAPricedAssetCanCrashByFourDrops() {
        Network n = Network.builder().name("n").asset(new Asset("ATOM", 10))
                .chain(chain("hub", "Hub", ChainKind.PROVIDER, "ATOM", null)).build();
        List<Entry> entries = FaultChoices.of(n, NodeRef.chain("hub"), Set.of());
        assertThat(entries.get(0)).isEqualTo(new Choice("Halt Hub (provider failure)", "Provider failure of Hub",
                new Fault.ProviderFailure("hub")));
        assertThat(group(entries, "Price crash of ATOM").choices()).extracting(Choice::fault).containsExactly(
                new Fault.PriceShock("ATOM", 0.1), new Fault.PriceShock("ATOM", 0.2), new Fault.PriceShock("ATOM", 0.5),
                new Fault.PriceShock("ATOM", 0.8));
    }

    @Test
    void aValidatorSecuringNothingCanOnlyBeShockedAndAChainSelectionAddsASeparator() {
        Network n = Network.builder().name("n").validator(new Validator("v", null, 1, null, null))
                .chain(chain("c", null, ChainKind.ISOLATED, null, null)).build();
        assertThat(labels(FaultChoices.of(n, NodeRef.validator("v"), Set.of()))).containsExactly("Shock: v loses its stake");
        Set<NodeRef> both = Set.of(NodeRef.validator("v"), NodeRef.chain("c"));
        assertThat(labels(FaultChoices.of(n, NodeRef.chain("c"), both)))
                .containsExactly("Shock: v loses its stake", "—", "Halt c (provider failure)");
    }
}
