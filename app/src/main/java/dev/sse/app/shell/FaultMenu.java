package dev.sse.app.shell;

import dev.sse.app.i18n.Messages;
import dev.sse.model.network.Allocation;
import dev.sse.model.network.Bridge;
import dev.sse.model.network.Chain;
import dev.sse.model.network.ChainKind;
import dev.sse.model.network.Network;
import dev.sse.model.network.Validator;
import dev.sse.model.network.graph.NodeRef;
import dev.sse.model.simulation.fault.Fault;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

/**
 * The context menu of a validator, a chain or a selection: every fault of the simulation that applies
 * there. Choosing one hands (label, fault) to the injector, which makes it one undoable step.
 */
final class FaultMenu {

    private FaultMenu() {
    }

    static ContextMenu build(Network n, NodeRef clicked, Set<NodeRef> selection, BiConsumer<String, Fault> inject) {
        ContextMenu menu = new ContextMenu();
        List<String> validators = selectedValidators(clicked, selection);
        if (!validators.isEmpty()) {
            validatorFaults(n, validators, inject, menu);
        }
        if (clicked.isChain()) {
            n.chain(clicked.id()).ifPresent(c -> chainFaults(n, c, inject, menu));
        }
        if (menu.getItems().isEmpty()) {
            MenuItem none = new MenuItem(Messages.get("fault.none"));
            none.setDisable(true);
            menu.getItems().add(none);
        }
        return menu;
    }

    private static List<String> selectedValidators(NodeRef clicked, Set<NodeRef> selection) {
        Set<String> ids = new LinkedHashSet<>();
        if (!clicked.isChain()) {
            ids.add(clicked.id());
        }
        if (selection.contains(clicked)) {
            selection.stream().filter(r -> !r.isChain()).sorted().forEach(r -> ids.add(r.id()));
        }
        return new ArrayList<>(ids);
    }

    private static void validatorFaults(Network n, List<String> ids, BiConsumer<String, Fault> inject, ContextMenu menu) {
        // by name; several as a count (#18.9: "v2 lose their stake", "1 validators")
        String who = ids.size() == 1 ? n.validator(ids.get(0)).map(Validator::name).orElse(ids.get(0))
                : Messages.get("fault.validators", ids.size());
        Menu doubleSign = new Menu(Messages.get("fault.doubleSign", who));
        Menu downtime = new Menu(Messages.get("fault.downtime", who));
        Menu invalid = new Menu(Messages.get("fault.invalidBlock", who));
        Menu slash = new Menu(Messages.get("fault.avsSlash", who));
        for (Chain c : securedChains(n, ids)) {
            doubleSign.getItems().add(item(c.name(), Messages.get("fault.doubleSign.edit", c.name()), new Fault.DoubleSign(c.id(), ids), inject));
            downtime.getItems().add(item(c.name(), Messages.get("fault.downtime.edit", c.name()), new Fault.Downtime(c.id(), ids), inject));
            if (c.kind() == ChainKind.PARACHAIN) {
                invalid.getItems().add(item(c.name(), Messages.get("fault.invalidBlock.edit", c.name()), new Fault.InvalidBlock(c.id(), ids), inject));
            }
            if (c.kind() == ChainKind.AVS) {
                slash.getItems().add(item(c.name(), Messages.get("fault.avsSlash.edit", c.name()), new Fault.Slash(c.id(), ids, 0.5), inject));
            }
        }
        for (Menu m : List.of(doubleSign, downtime, invalid, slash)) {
            if (!m.getItems().isEmpty()) {
                menu.getItems().add(m);
            }
        }
        menu.getItems().add(item(Messages.get(ids.size() == 1 ? "fault.shock.one" : "fault.shock", who), Messages.get("fault.shock.edit", who),
                new Fault.Shock(ids), inject));
        Set<String> operators = new LinkedHashSet<>();
        ids.forEach(id -> n.validator(id).map(Validator::operator).ifPresent(operators::add));
        for (String op : operators) {
            menu.getItems().add(item(Messages.get("fault.keyCompromise", op), Messages.get("fault.keyCompromise.edit", op), new Fault.KeyCompromise(op), inject));
        }
    }

    /** Chains the validators secure: those they allocate to, and the chains that inherit those chains' sets. */
    private static List<Chain> securedChains(Network n, List<String> ids) {
        Set<String> direct = new LinkedHashSet<>();
        for (String id : ids) {
            n.allocationsOf(id).stream().map(Allocation::chain).forEach(direct::add);
        }
        Set<String> all = new LinkedHashSet<>(direct);
        for (Chain c : n.chains()) {
            if (c.securedBy() != null && direct.contains(c.securedBy()) && n.allocationsTo(c.id()).isEmpty()
                    && c.kind().inheritsProviderSet()) {
                all.add(c.id());
            }
        }
        return n.chains().stream().filter(c -> all.contains(c.id())).toList();
    }

    private static void chainFaults(Network n, Chain c, BiConsumer<String, Fault> inject, ContextMenu menu) {
        if (!menu.getItems().isEmpty()) {
            menu.getItems().add(new SeparatorMenuItem());
        }
        menu.getItems().add(item(Messages.get("fault.providerFailure", c.name()), Messages.get("fault.providerFailure.edit", c.name()),
                new Fault.ProviderFailure(c.id()), inject));
        if (c.asset() != null && n.asset(c.asset()).isPresent()) {
            Menu crash = new Menu(Messages.get("fault.priceCrash", c.asset()));
            for (double drop : new double[] {0.1, 0.2, 0.5, 0.8}) {
                String label = Math.round(drop * 100) + "%";
                crash.getItems().add(item(label, Messages.get("fault.priceCrash.edit", c.asset(), label), new Fault.PriceShock(c.asset(), drop), inject));
            }
            menu.getItems().add(crash);
        }
        List<Bridge> bridges = n.bridgesOf(c.id());
        if (!bridges.isEmpty()) {
            Menu exploit = new Menu(Messages.get("fault.bridge"));
            for (Bridge b : bridges) {
                exploit.getItems().add(item(Messages.get("fault.bridge.item", b.name(), b.trust().label()), Messages.get("fault.bridge.edit", b.id()),
                        new Fault.BridgeExploit(b.id()), inject));
            }
            menu.getItems().add(exploit);
        }
    }

    private static MenuItem item(String text, String commandName, Fault fault, BiConsumer<String, Fault> inject) {
        MenuItem item = new MenuItem(text);
        item.setOnAction(e -> inject.accept(commandName, fault));
        return item;
    }
}
