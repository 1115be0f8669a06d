package dev.sse.model.sweep;

import dev.sse.model.analysis.AnalysisOptions;
import dev.sse.model.network.Allocation;
import dev.sse.model.network.Chain;
import dev.sse.model.network.IcsShaping;
import dev.sse.model.network.Network;
import dev.sse.model.network.Validator;
import dev.sse.model.simulation.fault.Fault;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The one parameter a sweep varies (issue 9). Text form, as on the command line:
 * <ul>
 *   <li>{@code shock-budget}: ψ ∈ [0, 1] of the worst-case loss ({@link AnalysisOptions#withShockBudget});</li>
 *   <li>{@code price-drop:ASSET}: fractional price drop ∈ [0, 1] of ASSET ({@link AnalysisOptions#withPriceShock});</li>
 *   <li>{@code profit:CHAIN}: π of CHAIN, value units, ≥ 0;</li>
 *   <li>{@code allocation:VALIDATOR:CHAIN}: the amount VALIDATOR allocates to CHAIN, in its asset's units,
 *       in [0, stake] (0 removes the allocation; a missing allocation is added);</li>
 *   <li>{@code adversary-fraction}: the share of stake assumed malicious ∈ [0, 1]; it moves only the probability
 *       metrics (parachain backing capture), which the sweep reports per chain;</li>
 *   <li>{@code top-n:CHAIN}: ICS Top-N of a consumer chain, a percentage rounded to a whole number in [0, 100].</li>
 * </ul>
 */
public sealed interface SweepParameter {

    /** The text form, e.g. {@code price-drop:ATOM}; also the CSV header of the value column. */
    String key();

    /** A human label for axes, e.g. "ATOM price drop". */
    String label();

    /** Why this parameter cannot be swept on {@code network} (an unknown id), or empty: a parameter naming no id fits. */
    default Optional<String> check(Network network) {
        return Optional.empty();
    }

    /** Why {@code value} is out of range, or empty. */
    Optional<String> checkValue(Network network, double value);

    /** The network and options at {@code value}. */
    SweepPoint at(Network network, AnalysisOptions base, double value);

    /** Parses the text form. */
    static SweepParameter parse(String text) {
        String t = text == null ? "" : text.strip();
        int colon = t.indexOf(':');
        String head = colon < 0 ? t : t.substring(0, colon);
        String rest = colon < 0 ? "" : t.substring(colon + 1);
        SweepParameter p = switch (head) {
            case "shock-budget" -> rest.isEmpty() ? new ShockBudget() : null;
            case "adversary-fraction" -> rest.isEmpty() ? new AdversaryFraction() : null;
            case "price-drop" -> rest.isEmpty() ? null : new PriceDrop(rest);
            case "profit" -> rest.isEmpty() ? null : new Profit(rest);
            case "top-n" -> rest.isEmpty() ? null : new TopN(rest);
            case "allocation" -> {
                int last = rest.lastIndexOf(':');
                yield last <= 0 || last == rest.length() - 1 ? null
                        : new AllocationAmount(rest.substring(0, last), rest.substring(last + 1));
            }
            default -> null;
        };
        if (p == null) {
            throw new IllegalArgumentException("unknown parameter '" + t + "'; use one of " + String.join(", ", FORMS));
        }
        return p;
    }

    /** The accepted forms, for help and error messages. */
    List<String> FORMS = List.of("shock-budget", "price-drop:ASSET", "profit:CHAIN", "allocation:VALIDATOR:CHAIN",
            "adversary-fraction", "top-n:CHAIN");

    private static Optional<String> unit(double v, String what) {
        return v >= 0 && v <= 1 ? Optional.empty() : Optional.of(what + " must be in [0, 1], got " + v);
    }

    /** ψ of the worst-case loss. */
    record ShockBudget() implements SweepParameter {
        @Override public String key() { return "shock-budget"; }
        @Override public String label() { return "shock size ψ"; }
        @Override public Optional<String> checkValue(Network n, double v) { return unit(v, "shock budget"); }
        @Override public SweepPoint at(Network n, AnalysisOptions base, double v) {
            return new SweepPoint(n, base.withShockBudget(v), List.of());
        }
    }

    /** A price drop of one asset. */
    record PriceDrop(String asset) implements SweepParameter {
        @Override public String key() { return "price-drop:" + asset; }
        @Override public String label() { return asset + " price drop"; }
        @Override public Optional<String> check(Network n) {
            return n.asset(asset).isPresent() ? Optional.empty() : Optional.of("no asset '" + asset + "' in "
                    + n.name() + (n.assets().isEmpty() ? " (it has none)" : " (known: "
                    + String.join(", ", n.assets().stream().map(a -> a.symbol()).toList()) + ")"));
        }
        @Override public Optional<String> checkValue(Network n, double v) { return unit(v, "price drop"); }
        @Override public SweepPoint at(Network n, AnalysisOptions base, double v) {
            return new SweepPoint(n, base.withPriceShock(asset, v), v > 0 ? List.of(new Fault.PriceShock(asset, v)) : List.of());
        }
    }

    /** π of one chain. */
    record Profit(String chain) implements SweepParameter {
        @Override public String key() { return "profit:" + chain; }
        @Override public String label() { return "profit from corrupting " + chain; }
        @Override public Optional<String> check(Network n) { return knownChain(n, chain); }
        @Override public Optional<String> checkValue(Network n, double v) {
            return v >= 0 && Double.isFinite(v) ? Optional.empty() : Optional.of("profit must be ≥ 0, got " + v);
        }
        @Override public SweepPoint at(Network n, AnalysisOptions base, double v) {
            Chain c = n.chain(chain).orElseThrow();
            return new SweepPoint(n.toBuilder().replaceChain(c.withProfitFromCorruption(v)).build(), base, List.of());
        }
    }

    /** The amount one validator allocates to one chain. */
    record AllocationAmount(String validator, String chain) implements SweepParameter {
        @Override public String key() { return "allocation:" + validator + ":" + chain; }
        @Override public String label() { return validator + "'s allocation to " + chain; }
        @Override public Optional<String> check(Network n) {
            return n.validator(validator).isEmpty() ? Optional.of("no validator '" + validator + "' in " + n.name())
                    : knownChain(n, chain);
        }
        @Override public Optional<String> checkValue(Network n, double v) {
            double stake = n.validator(validator).map(Validator::stake).orElse(0.0);
            return v >= 0 && v <= stake ? Optional.empty()
                    : Optional.of("allocation must be in [0, " + stake + "] (the validator's stake), got " + v);
        }
        @Override public SweepPoint at(Network n, AnalysisOptions base, double v) {
            List<Allocation> next = new ArrayList<>();
            boolean found = false;
            for (Allocation a : n.allocations()) {
                if (a.validator().equals(validator) && a.chain().equals(chain)) {
                    if (!found && v > 0) {
                        next.add(Allocation.of(validator, chain, v));
                    }
                    found = true;
                } else {
                    next.add(a);
                }
            }
            if (!found && v > 0) {
                next.add(Allocation.of(validator, chain, v));
            }
            return new SweepPoint(n.toBuilder().allocations(next).build(), base, List.of());
        }
    }

    /** The share of stake assumed malicious (probability metrics only). */
    record AdversaryFraction() implements SweepParameter {
        @Override public String key() { return "adversary-fraction"; }
        @Override public String label() { return "adversary fraction"; }
        @Override public Optional<String> checkValue(Network n, double v) { return unit(v, "adversary fraction"); }
        @Override public SweepPoint at(Network n, AnalysisOptions base, double v) {
            return new SweepPoint(n.toBuilder().adversaryFraction(v).build(), base, List.of());
        }
    }

    /** ICS Top-N of a consumer chain. */
    record TopN(String chain) implements SweepParameter {
        @Override public String key() { return "top-n:" + chain; }
        @Override public String label() { return "Top-N of " + chain + " (%)"; }
        @Override public Optional<String> check(Network n) {
            Optional<String> known = knownChain(n, chain);
            if (known.isPresent()) {
                return known;
            }
            Chain c = n.chain(chain).get();
            return c.securedBy() != null && c.kind().inheritsProviderSet() ? Optional.empty()
                    : Optional.of("chain '" + chain + "' does not inherit a provider's validator set, so Top-N does not apply");
        }
        @Override public Optional<String> checkValue(Network n, double v) {
            return v >= 0 && v <= 100 ? Optional.empty() : Optional.of("Top-N must be in [0, 100], got " + v);
        }
        @Override public SweepPoint at(Network n, AnalysisOptions base, double v) {
            Chain c = n.chain(chain).orElseThrow();
            Chain next = c.withSecurity(c.security().with(IcsShaping.TOP_N, Math.round(v)));
            return new SweepPoint(n.toBuilder().replaceChain(next).build(), base, List.of());
        }
    }

    private static Optional<String> knownChain(Network n, String chain) {
        return n.chain(chain).isPresent() ? Optional.empty() : Optional.of("no chain '" + chain + "' in " + n.name());
    }
}
