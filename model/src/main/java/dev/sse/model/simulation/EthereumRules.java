package dev.sse.model.simulation;

import dev.sse.model.format.Screen;
import dev.sse.model.network.Allocation;
import dev.sse.model.network.Chain;
import dev.sse.model.network.EthereumPenalties;
import dev.sse.model.network.Network;
import dev.sse.model.simulation.event.SimEvent;
import dev.sse.model.simulation.fault.Fault;
import dev.sse.model.simulation.slashing.EthereumSlashing;
import dev.sse.model.simulation.slashing.Protocol;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Ethereum (Electra): a double-signer loses ⌊EB/4096⌋ plus the correlation penalty of
 * {@code process_slashings}, in integer Gwei as {@link EthereumSlashing} computes it with the judging chain's
 * {@link EthereumPenalties} (the specs' constants unless its {@code slashing} block sets them), and is exited; being
 * offline or proposing an invalid block is not slashable.
 *
 * <p>The whole scenario is one slashing window: S is the chain's {@code slashing.slashedInWindow} (ETH slashed
 * in the 8,192 epochs before the scenario) plus the effective balance, when the scenario starts, of every
 * validator the scenario names in a double-sign judged by the same chain; T is the total effective balance of
 * that chain's securing set then. Stakes are read as ETH.
 */
final class EthereumRules extends OffenceRules {

    /** The settings key for stake (ETH) slashed within EPOCHS_PER_SLASHINGS_VECTOR before the scenario. */
    static final String SLASHED_IN_WINDOW = dev.sse.model.network.SlashingOverrides.SLASHED_IN_WINDOW;

    /** Per judging chain: {S, T} in Gwei. */
    private final Map<String, BigInteger[]> window = new HashMap<>();

    EthereumRules(LiveState state, Scenario scenario) {
        super(state);
        Network net = state.initial();
        Map<String, Set<String>> offenders = new LinkedHashMap<>();
        for (Fault f : scenario.faults()) {
            if (f instanceof Fault.DoubleSign ds) {
                net.chain(ds.chain()).filter(c -> Protocol.of(c) == Protocol.ETHEREUM).ifPresent(c ->
                        offenders.computeIfAbsent(Protocol.home(net, c).id(), k -> new LinkedHashSet<>())
                                .addAll(ds.validators()));
            }
        }
        offenders.forEach((home, ids) -> {
            BigInteger slashed = EthereumSlashing.gwei(net.chain(home)
                    .map(c -> c.slashingOverrides().slashedInWindow()).orElse(0.0));
            for (String v : ids) {
                slashed = slashed.add(effectiveBalance(net.validator(v).map(x -> x.stake()).orElse(0.0)));
            }
            window.put(home, new BigInteger[] {slashed, totalEffectiveBalance(net, home)});
        });
    }

    /** T: Σ effective balance of the securing set, each validator's tokens capped at its stake. */
    private static BigInteger totalEffectiveBalance(Network net, String home) {
        Map<String, Double> tokens = new LinkedHashMap<>();
        for (Allocation a : SecuringStake.allocationsSecuring(net, home)) {
            net.validator(a.validator()).ifPresent(v -> tokens.merge(v.id(),
                    a.isPooled() ? v.stake() : a.amount().getAsDouble(), (x, y) -> Math.min(x + y, v.stake())));
        }
        BigInteger total = BigInteger.ZERO;
        for (double t : tokens.values()) {
            total = total.add(effectiveBalance(t));
        }
        return total;
    }

    private static BigInteger effectiveBalance(double eth) {
        return EthereumSlashing.effectiveBalance(EthereumSlashing.gwei(eth));
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
                            + "(and leak stake only while finality stops), so " + Explain.names(state.named(o.offenders()))
                            + " keep their stake."));
                }
            }
            case INVALID_BLOCK, APPROVED_INVALID, AGAINST_VALID -> {
                if (configured.isPresent() && configured.getAsDouble() > 0) {
                    fixed(o, configured.getAsDouble(), "proposed an invalid block", out);
                } else {
                    out.add(unpunished(o, "Proposing an invalid block is not slashable on Ethereum: the network "
                            + "simply rejects it, so " + Explain.names(state.named(o.offenders())) + " keep their stake."));
                }
            }
        }
    }

    private void doubleSign(Offence o, OptionalDouble configured, List<SimEvent> out) {
        if (configured.isPresent()) {
            fixed(o, configured.getAsDouble(), "double-signed", out);
            return;
        }
        BigInteger[] st = window.getOrDefault(o.home().id(), new BigInteger[] {BigInteger.ZERO, BigInteger.ZERO});
        double s = EthereumSlashing.eth(st[0]);
        double t = EthereumSlashing.eth(st[1]);
        EthereumPenalties p = o.home().slashingOverrides().ethereum();
        for (String v : o.offenders()) {
            BigInteger balance = EthereumSlashing.gwei(state.stake(v));
            BigInteger eb = EthereumSlashing.effectiveBalance(balance);
            BigInteger initial = EthereumSlashing.initialPenalty(p, eb);
            BigInteger correlation = EthereumSlashing.correlationPenalty(p, eb, st[0], st[1]);
            double tokens = EthereumSlashing.eth(EthereumSlashing.penalty(p, balance, st[0], st[1]));
            slashTokens(o, v, tokens, (lost, stake) -> state.name(v) + " double-signed on " + o.chain().name() + "; Electra charges "
                    + "⌊EB/" + p.initialPenaltyQuotient() + "⌋ = " + Screen.amount(EthereumSlashing.eth(initial))
                    + " ETH at once and, " + Math.round(p.correlationDelayDays()) + " days later, the correlation penalty ⌊min("
                    + p.correlationPenaltyMultiplier() + "·S, T) / ⌊T/1 ETH⌋⌋ × ⌊EB/1 ETH⌋ = "
                    + Screen.amount(EthereumSlashing.eth(correlation)) + " ETH in integer Gwei, with S = " + Screen.amount(s)
                    + " ETH slashed in this window (" + Screen.percent(t > 0 ? s / t : 1) + " of " + o.home().name()
                    + "'s T = " + Screen.amount(t) + " ETH); together " + Screen.percent(stake > 0 ? lost / stake : 0)
                    + " of its stake " + ofStake(lost, stake) + ".", out);
            eject(o, v, out);
        }
    }

    private void fixed(Offence o, double f, String did, List<SimEvent> out) {
        for (String v : o.offenders()) {
            slashStake(o, v, f, (lost, stake) -> state.name(v) + " " + did + " on " + o.chain().name() + "; " + o.chain().name()
                    + "'s slashing settings charge " + Screen.percent(f) + " of stake " + ofStake(lost, stake) + ".", out);
            eject(o, v, out);
        }
    }

    private void eject(Offence o, String v, List<SimEvent> out) {
        state.remove(v, "exited");
        Chain home = o.home();
        out.add(new SimEvent.Ejected(o.round(), v, o.chain().id(), state.name(v) + " is exited: " + home.name()
                + " forcibly exits slashed validators from its set" + andItsConsumers(home.id()) + "."));
    }
}
