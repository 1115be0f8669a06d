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

/**
 * Which faults of the simulation apply to a validator, a chain or a selection, and what they are called: the rule
 * behind the graph's context menu, as plain data ({@link FaultMenu} only turns it into menu items). Validators can
 * double-sign or go down on every chain they secure (directly or through a provider whose set a consumer inherits),
 * back an invalid block on a parachain, be slashed by an AVS, lose their stake in a shock, or lose their operator's
 * keys; a chain's provider can fail, its asset's price crash, and each bridge joining it be exploited.
 * Issue #18: taken out of the context-menu builder so it is tested without a toolkit.
 */
final class FaultChoices {

    /** One line of the menu. */
    sealed interface Entry permits Choice, Group, Separator {
    }

    /** A fault to inject: the menu text, the edit's name (undo menu, scenario) and the fault. */
    record Choice(String label, String editName, Fault fault) implements Entry {
    }

    /** A submenu of choices (one per chain, or per price drop, or per bridge). */
    record Group(String label, List<Choice> choices) implements Entry {
        Group {
            choices = List.copyOf(choices);
        }
    }

    /** The line between the validators' faults and the chain's. */
    record Separator() implements Entry {
    }

    /** The price drops a chain's asset can be crashed by. */
    static final double[] PRICE_DROPS = {0.1, 0.2, 0.5, 0.8};
    /** The share an AVS slashes from the menu (docs/scenario-format.md, {@code slash}). */
    static final double AVS_SLASH = 0.5;

    private FaultChoices() {
    }

    /**
     * The faults that apply where {@code clicked} was right-clicked: the clicked validator's, or every selected
     * validator's when the clicked node is part of {@code selection}; then the clicked chain's. Empty: none applies.
     */
    static List<Entry> of(Network n, NodeRef clicked, Set<NodeRef> selection) {
        List<Entry> entries = new ArrayList<>();
        List<String> validators = selectedValidators(clicked, selection);
        if (!validators.isEmpty()) {
            validatorFaults(n, validators, entries);
        }
        if (clicked.isChain()) {
            n.chain(clicked.id()).ifPresent(c -> chainFaults(n, c, entries));
        }
        return entries;
    }

    /** The validators a fault would hit, in id order after the clicked one. */
    static List<String> selectedValidators(NodeRef clicked, Set<NodeRef> selection) {
        Set<String> ids = new LinkedHashSet<>();
        if (!clicked.isChain()) {
            ids.add(clicked.id());
        }
        if (selection.contains(clicked)) {
            selection.stream().filter(r -> !r.isChain()).sorted().forEach(r -> ids.add(r.id()));
        }
        return new ArrayList<>(ids);
    }

    private static void validatorFaults(Network n, List<String> ids, List<Entry> entries) {
        // by name; several as a count (#18.9: "v2 lose their stake", "1 validators")
        String who = ids.size() == 1 ? n.validator(ids.get(0)).map(Validator::name).orElse(ids.get(0))
                : Messages.get("fault.validators", ids.size());
        List<Choice> doubleSign = new ArrayList<>();
        List<Choice> downtime = new ArrayList<>();
        List<Choice> invalid = new ArrayList<>();
        List<Choice> slash = new ArrayList<>();
        for (Chain c : securedChains(n, ids)) {
            doubleSign.add(new Choice(c.name(), Messages.get("fault.doubleSign.edit", c.name()), new Fault.DoubleSign(c.id(), ids)));
            downtime.add(new Choice(c.name(), Messages.get("fault.downtime.edit", c.name()), new Fault.Downtime(c.id(), ids)));
            if (c.kind() == ChainKind.PARACHAIN) {
                invalid.add(new Choice(c.name(), Messages.get("fault.invalidBlock.edit", c.name()), new Fault.InvalidBlock(c.id(), ids)));
            }
            if (c.kind() == ChainKind.AVS) {
                slash.add(new Choice(c.name(), Messages.get("fault.avsSlash.edit", c.name()), new Fault.Slash(c.id(), ids, AVS_SLASH)));
            }
        }
        group(entries, Messages.get("fault.doubleSign", who), doubleSign);
        group(entries, Messages.get("fault.downtime", who), downtime);
        group(entries, Messages.get("fault.invalidBlock", who), invalid);
        group(entries, Messages.get("fault.avsSlash", who), slash);
        entries.add(new Choice(Messages.get(ids.size() == 1 ? "fault.shock.one" : "fault.shock", who),
                Messages.get("fault.shock.edit", who), new Fault.Shock(ids)));
        Set<String> operators = new LinkedHashSet<>();
        ids.forEach(id -> n.validator(id).map(Validator::operator).ifPresent(operators::add));
        for (String op : operators) {
            entries.add(new Choice(Messages.get("fault.keyCompromise", op), Messages.get("fault.keyCompromise.edit", op),
                    new Fault.KeyCompromise(op)));
        }
    }

    private static void group(List<Entry> entries, String label, List<Choice> choices) {
        if (!choices.isEmpty()) {
            entries.add(new Group(label, choices));
        }
    }

    /** Chains the validators secure: those they allocate to, and the chains that inherit those chains' sets. */
    static List<Chain> securedChains(Network n, List<String> ids) {
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

    private static void chainFaults(Network n, Chain c, List<Entry> entries) {
        if (!entries.isEmpty()) {
            entries.add(new Separator());
        }
        entries.add(new Choice(Messages.get("fault.providerFailure", c.name()), Messages.get("fault.providerFailure.edit", c.name()),
                new Fault.ProviderFailure(c.id())));
        if (c.asset() != null && n.asset(c.asset()).isPresent()) {
            List<Choice> crash = new ArrayList<>();
            for (double drop : PRICE_DROPS) {
                String label = Math.round(drop * 100) + "%";
                crash.add(new Choice(label, Messages.get("fault.priceCrash.edit", c.asset(), label), new Fault.PriceShock(c.asset(), drop)));
            }
            entries.add(new Group(Messages.get("fault.priceCrash", c.asset()), crash));
        }
        List<Choice> exploits = new ArrayList<>();
        for (Bridge b : n.bridgesOf(c.id())) {
            exploits.add(new Choice(Messages.get("fault.bridge.item", b.name(), b.trust().label()), Messages.get("fault.bridge.edit", b.id()),
                    new Fault.BridgeExploit(b.id())));
        }
        group(entries, Messages.get("fault.bridge"), exploits);
    }
}
