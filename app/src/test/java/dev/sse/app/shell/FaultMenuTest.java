package dev.sse.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sse.model.network.Bridge;
import dev.sse.model.network.BridgeTrust;
import dev.sse.model.network.Chain;
import dev.sse.model.network.ChainKind;
import dev.sse.model.network.Network;
import dev.sse.model.network.graph.NodeRef;
import dev.sse.model.simulation.fault.Fault;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** A chain's context menu offers "Exploit bridge …" with one item per bridge joining it. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class FaultMenuTest {

    @Test
    void chainMenuExploitsEachOfItsBridges() throws Exception {
        Network n = Network.builder().name("n")
                .chain(Chain.builder("a", ChainKind.ISOLATED).profitFromCorruption(1).attackThreshold(0.5).build())
                .chain(Chain.builder("b", ChainKind.ISOLATED).profitFromCorruption(1).attackThreshold(0.5).build())
                .chain(Chain.builder("c", ChainKind.ISOLATED).profitFromCorruption(1).attackThreshold(0.5).build())
                .bridge(new Bridge("ab", "Ronin-like", Bridge.Kind.THIRD_PARTY, List.of("a", "b"), 10,
                        new BridgeTrust.Multisig(5, 9, null, List.of(0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0))))
                .bridge(new Bridge("bc", null, Bridge.Kind.IBC, List.of("b", "c"), 1, new BridgeTrust.LightClient()))
                .build();
        List<Fault> injected = new ArrayList<>();
        ContextMenu menu = WaitForAsyncUtils.asyncFx(() -> FaultMenu.build(n, NodeRef.chain("a"), Set.of(),
                (name, fault) -> injected.add(fault))).get();
        Menu exploit = menu.getItems().stream().filter(Menu.class::isInstance).map(Menu.class::cast)
                .filter(m -> m.getText().equals("Exploit bridge …")).findFirst().orElseThrow();
        assertThat(exploit.getItems()).extracting(MenuItem::getText).containsExactly("Ronin-like (multisig 5-of-9)");
        WaitForAsyncUtils.asyncFx(() -> exploit.getItems().get(0).fire()).get();
        assertThat(injected).containsExactly(new Fault.BridgeExploit("ab"));

        ContextMenu forB = WaitForAsyncUtils.asyncFx(() -> FaultMenu.build(n, NodeRef.chain("b"), Set.of(),
                (name, fault) -> { })).get();
        assertThat(forB.getItems()).filteredOn(Menu.class::isInstance).map(m -> ((Menu) m).getItems().size())
                .contains(2);
    }

    /** Issue #18.9: "Shock: v2 lose their stake" — validators by name, one "loses its", several counted. */
    @Test
    void validatorFaultsNameTheirValidators() throws Exception {
        Network n = Network.builder().name("n")
                .validator(new dev.sse.model.network.Validator("v1", "Alice", 1, null, null))
                .validator(new dev.sse.model.network.Validator("v2", "Bob", 1, null, null))
                .chain(Chain.builder("s", ChainKind.SERVICE).name("Service S").profitFromCorruption(1)
                        .attackThreshold(0.5).build())
                .allocation(dev.sse.model.network.Allocation.pooled("v1", "s"))
                .allocation(dev.sse.model.network.Allocation.pooled("v2", "s")).build();
        List<String> names = new ArrayList<>();
        ContextMenu one = WaitForAsyncUtils.asyncFx(() -> FaultMenu.build(n, NodeRef.validator("v2"), Set.of(),
                (name, fault) -> names.add(name))).get();
        assertThat(one.getItems()).extracting(MenuItem::getText)
                .contains("Double-sign (Bob) on", "Shock: Bob loses its stake");
        Menu doubleSign = (Menu) one.getItems().get(0);
        WaitForAsyncUtils.asyncFx(() -> doubleSign.getItems().get(0).fire()).get();
        assertThat(names).containsExactly("Double-sign on Service S");

        Set<NodeRef> both = Set.of(NodeRef.validator("v1"), NodeRef.validator("v2"));
        ContextMenu two = WaitForAsyncUtils.asyncFx(() -> FaultMenu.build(n, NodeRef.validator("v1"), both,
                (name, fault) -> { })).get();
        assertThat(two.getItems()).extracting(MenuItem::getText).contains("Shock: 2 validators lose their stake");
    }
}
