package dev.sse.model.montecarlo;

import dev.sse.model.network.Network;
import dev.sse.model.simulation.fault.Fault;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * One random shock of a Monte Carlo run (issue 24), stored in a scenario file's {@code "montecarlo"} block
 * (docs/scenario-format.md, "Monte Carlo"). Each draw turns every model of the run into ordinary faults of the
 * scenario file ({@link Fault}), so the draw is played by the existing {@link dev.sse.model.simulation.Simulation}
 * (per-protocol slashing, the cascade) and can be saved and replayed as a scenario.
 */
public sealed interface ShockModel {

    /** The {@code "type"} of the block entry. */
    String type();

    /** One human line with the parameters, for reports. */
    String describe();

    /** Prepares the draws on {@code network} (ids resolved once); the sampler is immutable and thread-safe. */
    Sampler sampler(Network network);

    /** Adds one draw's faults to {@code out}, consuming numbers from {@code random} only. */
    @FunctionalInterface
    interface Sampler {
        void draw(SplittableRandom random, DrawFaults out);
    }

    /**
     * {@code "independent"}: each validator with stake fails on its own with probability p and is shocked (loses
     * its stake, leaves every set: DR's shock D).
     */
    record IndependentFailures(double probability) implements ShockModel {
        @Override public String type() { return "independent"; }
        @Override public String describe() { return "each validator fails with probability " + probability; }
        @Override public Sampler sampler(Network n) { return Samplers.independent(n, probability); }
    }

    /**
     * {@code "budget"}: DR's random shock of up to ψ of all stake, exactly the scenario fault {@code "shock"} with
     * a {@code "budget"} ({@link Fault.RandomShock}), seeded by the draw's seed.
     */
    record BudgetShock(double budget) implements ShockModel {
        @Override public String type() { return "budget"; }
        @Override public String describe() { return "random shock of up to " + budget + " of all stake (DR ψ)"; }
        @Override public Sampler sampler(Network n) { return (r, out) -> out.addLast(new Fault.RandomShock(budget)); }
    }

    /**
     * {@code "correlated"}: a one-factor Gaussian copula over operators (Vasicek; Li 2000): operator k fails when
     * √ρ·Z + √(1−ρ)·ε_k &lt; Φ⁻¹(p), Z shared by all, ε_k its own. Each operator fails with probability p; ρ is the
     * correlation of any two operators' latent variables (0: independent; 1: all or nothing). All validators of a
     * failing operator are shocked; a validator without an operator is an operator of its own.
     */
    record CorrelatedFailures(double probability, double correlation) implements ShockModel {
        @Override public String type() { return "correlated"; }
        @Override public String describe() { return "operators fail with probability " + probability + ", copula correlation " + correlation; }
        @Override public Sampler sampler(Network n) { return Samplers.copula(n, probability, correlation); }
    }

    /**
     * {@code "groups"}: shared infrastructure (a cloud region, a client): each group fails with probability p on
     * its own, and then every member fails together. Members are operator ids (all their validators) or validator
     * ids.
     */
    record GroupFailures(Map<String, List<String>> groups, double probability) implements ShockModel {
        public GroupFailures {
            groups = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(groups));
        }

        @Override public String type() { return "groups"; }
        @Override public String describe() { return groups.size() + " shared-infrastructure groups, each failing with probability " + probability; }
        @Override public Sampler sampler(Network n) { return Samplers.groups(n, groups, probability); }
    }

    /**
     * {@code "chain-faults"}: each chain (by default every AVS) is buggy with probability {@code rate} on its own
     * and then slashes {@code fraction} of each of its validators' allocations: the scenario fault {@code "slash"}
     * (ELIP-002 for an AVS). A chain with no allocations of its own has nobody to slash.
     */
    record ChainFaults(double rate, double fraction, List<String> chains) implements ShockModel {
        public ChainFaults {
            chains = List.copyOf(chains);
        }

        @Override public String type() { return "chain-faults"; }
        @Override public String describe() {
            return (chains.isEmpty() ? "every AVS" : chains.size() + " chains") + " buggy with probability " + rate + ", slashing " + fraction;
        }
        @Override public Sampler sampler(Network n) { return Samplers.chainFaults(n, rate, fraction, chains); }
    }

    /**
     * {@code "prices"}: each asset's price moves log-normally over the horizon, P₁ = P₀·exp(σ_a·X_a − σ_a²/2) with
     * X_a = √ρ·Z + √(1−ρ)·ε_a (one common factor, correlation ρ between any two assets); a fall becomes the fault
     * {@code "price-shock"} with drop 1 − P₁/P₀, a rise is ignored (stake is lost by falls only).
     */
    record PriceShocks(Map<String, Double> volatility, double correlation) implements ShockModel {
        public PriceShocks {
            volatility = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(volatility));
        }

        @Override public String type() { return "prices"; }
        @Override public String describe() { return "log-normal prices of " + String.join(", ", volatility.keySet()) + ", correlation " + correlation; }
        @Override public Sampler sampler(Network n) { return Samplers.prices(volatility, correlation); }
    }

    /** The {@code "type"} names, in documentation order. */
    List<String> TYPES = List.of("independent", "budget", "correlated", "groups", "chain-faults", "prices");
}
