package dev.sse.model.simulation;

import dev.sse.model.network.Chain;
import dev.sse.model.network.Network;
import dev.sse.model.simulation.event.SimEvent;
import dev.sse.model.simulation.fault.Fault;
import dev.sse.model.simulation.slashing.EthereumSlashing;
import dev.sse.model.simulation.slashing.Protocol;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Ethereum (Electra): a double-signer loses σ·(1/4096 + min(3·S/T, 1)), capped at σ, and is exited; being
 * offline or proposing an invalid block is not slashable. See {@link EthereumSlashing}.
 *
 * <p>The whole scenario is one slashing window: S is the value, when the scenario starts, of every validator
 * the scenario names in a double-sign judged by the same chain; T that chain's securing value then.
 */
final class EthereumRules extends OffenceRules {

    /** Per judging chain: {S, T} in value units. */
    private final Map<String, double[]> window = new HashMap<>();

    EthereumRules(LiveState state, Scenario scenario) {
        super(state);
        Network net = state.initial();
        Map<String, Set<String>> offenders = new HashMap<>();
        for (Fault f : scenario.faults()) {
            if (f instanceof Fault.DoubleSign ds) {
                net.chain(ds.chain()).filter(c -> Protocol.of(c) == Protocol.ETHEREUM).ifPresent(c ->
                        offenders.computeIfAbsent(Protocol.home(net, c).id(), k -> new LinkedHashSet<>())
                                .addAll(ds.validators()));
            }
        }
        offenders.forEach((home, ids) -> {
            Map<String, Double> set = SecuringStake.direct(net, Set.of(), home);
            double total = set.values().stream().mapToDouble(Double::doubleValue).sum();
            double slashed = 0;
            for (String v : ids) {
                slashed += set.getOrDefault(v, net.validator(v).map(net::valueOf).orElse(0.0));
            }
            window.put(home, new double[] {slashed, total});
        });
    }

    @Override
    void punish(Offence o, List<SimEvent> out) {
        OptionalDouble configured = o.configured();
        switch (o.kind()) {
            case DOUBLE_SIGN -> doubleSign(o, configured, out);
            case DOWNTIME -> {
                if (configured.isPresent() && configured.getAsDouble() > 0) {
                    fixed(o, configured.getAsDouble(), "was offline", out);
                } else {
                    out.add(unpunished(o, "Ethereum does not slash validators for being offline: they miss rewards "
                            + "(and leak stake only while finality stops), so " + Explain.names(o.offenders())
                            + " keep their stake."));
                }
            }
            case INVALID_BLOCK -> {
                if (configured.isPresent() && configured.getAsDouble() > 0) {
                    fixed(o, configured.getAsDouble(), "proposed an invalid block", out);
                } else {
                    out.add(unpunished(o, "Proposing an invalid block is not slashable on Ethereum: the network "
                            + "simply rejects it, so " + Explain.names(o.offenders()) + " keep their stake."));
                }
            }
        }
    }

    private void doubleSign(Offence o, OptionalDouble configured, List<SimEvent> out) {
        if (configured.isPresent()) {
            fixed(o, configured.getAsDouble(), "double-signed", out);
            return;
        }
        double[] st = window.getOrDefault(o.home().id(), new double[] {0, 0});
        double ratio = st[1] > 0 ? st[0] / st[1] : 1;
        double f = EthereumSlashing.slashedFraction(st[0], st[1]);
        for (String v : o.offenders()) {
            slashStake(o, v, f, (lost, stake) -> v + " double-signed on " + o.chain().id() + "; the validators slashed "
                    + "in this window hold " + Explain.percent(ratio) + " of " + o.home().id() + "'s stake, so each loses "
                    + "1/4096 + min(3 × " + Explain.percent(ratio) + ", 1) = " + Explain.percent(f) + " of its stake "
                    + ofStake(lost, stake) + ".", out);
            eject(o, v, out);
        }
    }

    private void fixed(Offence o, double f, String did, List<SimEvent> out) {
        for (String v : o.offenders()) {
            slashStake(o, v, f, (lost, stake) -> v + " " + did + " on " + o.chain().id() + "; " + o.chain().id()
                    + "'s slashing settings charge " + Explain.percent(f) + " of stake " + ofStake(lost, stake) + ".", out);
            eject(o, v, out);
        }
    }

    private void eject(Offence o, String v, List<SimEvent> out) {
        state.remove(v, "exited");
        Chain home = o.home();
        out.add(new SimEvent.Ejected(o.round(), v, o.chain().id(), v + " is exited: " + home.id()
                + " forcibly exits slashed validators from its set" + andItsConsumers(home.id()) + "."));
    }
}
