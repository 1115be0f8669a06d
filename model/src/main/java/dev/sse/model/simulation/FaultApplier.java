package dev.sse.model.simulation;

import dev.sse.model.format.Screen;
import dev.sse.model.network.Asset;
import dev.sse.model.network.Chain;
import dev.sse.model.network.Validator;
import dev.sse.model.simulation.event.SimEvent;
import dev.sse.model.simulation.fault.Fault;
import dev.sse.model.simulation.slashing.Protocol;
import java.util.ArrayList;
import java.util.List;

/**
 * Applies one injected fault (round 0) to the live state: shocks, price changes and halts here, protocol
 * offences through the rule book of the offending chain's {@link Protocol}, bridge exploits through
 * {@link BridgeExploits}. Downtime of more than 1/3 of a chain's power halts it instead ({@link Liveness}).
 */
final class FaultApplier {

    private final LiveState state;
    private final long seed;
    private final CosmosRules cosmos;
    private final PolkadotRules polkadot;
    private final EthereumRules ethereum;
    private final ServiceRules services;
    private final BridgeExploits bridges;
    private final Liveness liveness;

    FaultApplier(LiveState state, Scenario scenario, CascadeAttackFinder finder) {
        this.state = state;
        this.seed = scenario.seed();
        this.cosmos = new CosmosRules(state);
        this.polkadot = new PolkadotRules(state);
        this.ethereum = new EthereumRules(state, scenario);
        this.services = new ServiceRules(state);
        this.bridges = new BridgeExploits(state);
        this.liveness = new Liveness(state, finder);
    }

    /** The events of fault number {@code index}, starting with {@link SimEvent.FaultInjected}. */
    List<SimEvent> apply(int index, int count, Fault fault) {
        List<SimEvent> out = new ArrayList<>();
        String header = "Fault " + (index + 1) + " of " + count + ": " + fault.describe(state.initial());
        if (fault instanceof Fault.RandomShock f) {
            List<String> drawn = RandomShockDraw.draw(state, f.budget(), seed, index);
            out.add(new SimEvent.FaultInjected(0, index, fault, header + "; the draw (seed " + seed + ") hit "
                    + Explain.names(state.named(drawn)) + "."));
            shock(drawn, "shock", " was drawn at random (seed " + seed + ") for this shock", out);
            return out;
        }
        out.add(new SimEvent.FaultInjected(0, index, fault, header + "."));
        if (fault instanceof Fault.Shock f) {
            shock(f.validators(), "shock", " was hit by a shock (a bug, a hack or lost keys: a loss from outside the protocol)", out);
        } else if (fault instanceof Fault.KeyCompromise f) {
            List<String> ids = state.initial().validators().stream()
                    .filter(v -> f.operator().equals(v.operator())).map(Validator::id).toList();
            shock(ids, "key-compromise", " is run by " + f.operator() + ", whose keys were stolen: the thief can make it "
                    + "misbehave at will", out);
        } else if (fault instanceof Fault.PriceShock f) {
            price(f, out);
        } else if (fault instanceof Fault.ProviderFailure f) {
            halt(f.chain(), out);
        } else if (fault instanceof Fault.DoubleSign f) {
            offence(Offence.Kind.DOUBLE_SIGN, f.chain(), f.validators(), out);
        } else if (fault instanceof Fault.Downtime f) {
            offence(Offence.Kind.DOWNTIME, f.chain(), f.validators(), out);
        } else if (fault instanceof Fault.InvalidBlock f) {
            offence(switch (f.offence()) {
                case FOR_INVALID_BACKED -> Offence.Kind.INVALID_BLOCK;
                case FOR_INVALID_APPROVED -> Offence.Kind.APPROVED_INVALID;
                case AGAINST_VALID -> Offence.Kind.AGAINST_VALID;
            }, f.chain(), f.validators(), out);
        } else if (fault instanceof Fault.Slash f) {
            services.slashFault(0, chain(f.chain()), slashable(f.validators()), f.fraction(), out);
        } else if (fault instanceof Fault.BridgeExploit f) {
            bridges.exploit(f.bridge(), out);
        }
        return out;
    }

    private void shock(List<String> ids, String cause, String why, List<SimEvent> out) {
        for (String v : ids) {
            if (state.validator(v) == null) {
                continue;
            }
            boolean wasOut = state.isRemoved(v);
            double price = state.price(v);
            double lost = state.burn(v, state.stake(v));
            state.remove(v, cause.equals("shock") ? "shocked" : "compromised");
            if (lost > 0 || !wasOut) {
                out.add(new SimEvent.Shocked(0, v, cause, lost, lost * price, state.name(v) + why + ", so its whole stake ("
                        + state.money(lost * price) + ") is lost and it leaves every set."));
            }
        }
    }

    private void price(Fault.PriceShock f, List<SimEvent> out) {
        Asset asset = state.asset(f.asset());
        double old = asset.priceUsd();
        double now = old * (1 - f.drop());
        double tokens = 0;
        for (String id : state.validatorIds()) {
            Validator v = state.validator(id);
            tokens += v.amountOf(f.asset()); // a multi-asset validator loses on its holding of the asset (issue 22)
        }
        double lostValue = tokens * (old - now);
        state.setPrice(f.asset(), now);
        out.add(new SimEvent.PriceChanged(0, f.asset(), old, now, lostValue, f.asset() + " fell " + Screen.percent(f.drop())
                + " (" + Screen.decimal(old) + " → " + Screen.decimal(now) + "): validators staking " + f.asset()
                + " keep their tokens, but their stake is worth " + state.money(lostValue)
                + " less, so attacking the chains they secure gets cheaper."));
    }

    private void halt(String chainId, List<SimEvent> out) {
        if (state.hasFallen(chainId)) {
            return;
        }
        var dependants = state.fallWithDependants(chainId);
        // chains by name (#18.9: "eigenda fell"); a chain without a name is named by its id
        out.add(new SimEvent.ChainHalted(0, chainId, name(chainId) + " stopped (a consensus failure)"
                + (dependants.isEmpty() ? "." : ", and every chain it secures goes down with it.")));
        for (var d : dependants) {
            out.add(new SimEvent.ChainFell(0, d.chain(), d.dependsOn(), state.dependantFell(d, "fell",
                    d.dependsOn().equals(chainId) ? "stopped." : "fell.")));
        }
    }

    private void offence(Offence.Kind kind, String chainId, List<String> validators, List<SimEvent> out) {
        Chain chain = chain(chainId);
        List<String> offenders = active(validators, chainId, out);
        if (offenders.isEmpty() || kind == Offence.Kind.DOWNTIME && liveness.halts(0, chain, offenders, out)) {
            return;
        }
        Offence o = new Offence(0, kind, chain, Protocol.home(state.initial(), chain), offenders);
        switch (Protocol.of(chain)) {
            case COSMOS -> cosmos.punish(o, out);
            case POLKADOT -> polkadot.punish(o, out);
            case ETHEREUM -> ethereum.punish(o, out);
            case EIGENLAYER, GENERIC -> services.punish(o, out);
        }
    }

    /**
     * The named validators an AVS can still slash: every one with stake left, even if it has left the sets
     * (exited on Ethereum, jailed): ELIP-002 slashing reaches stake inside its withdrawal or deallocation delay, and
     * eigenlayer-contracts applies a beacon-chain slash and an AVS slash as factors of one product
     * (SlashingLib {@code calcWithdrawable}: shares × depositScalingFactor × maxMagnitude × beaconChainSlashingFactor),
     * so neither protects the stake from the other.
     */
    private List<String> slashable(List<String> validators) {
        return validators.stream().filter(v -> state.validator(v) != null && state.stake(v) > 0).toList();
    }

    /** The named validators still in the sets; the others get one {@link SimEvent.Unpunished}. */
    private List<String> active(List<String> validators, String chainId, List<SimEvent> out) {
        List<String> active = new ArrayList<>();
        List<String> gone = new ArrayList<>();
        for (String v : validators) {
            if (state.validator(v) != null) {
                (state.isRemoved(v) ? gone : active).add(v);
            }
        }
        if (!gone.isEmpty()) {
            out.add(new SimEvent.Unpunished(0, gone, chainId, Explain.names(state.named(gone)) + (gone.size() == 1 ? " has" : " have")
                    + " already left the active sets (" + state.removalReason(gone.get(0)) + (gone.size() > 1 ? ", …" : "")
                    + "), so this fault changes nothing for " + (gone.size() == 1 ? "it." : "them.")));
        }
        return active;
    }

    private Chain chain(String id) {
        return state.initial().chain(id).orElseThrow(() -> new IllegalArgumentException("unknown chain '" + id + "'"));
    }

    private String name(String chainId) {
        return state.initial().chain(chainId).map(Chain::name).orElse(chainId);
    }
}
