package dev.sse.model.analysis.economics;

import dev.sse.model.analysis.ChainMetrics;
import dev.sse.model.format.Screen;
import dev.sse.model.network.Bridge;
import dev.sse.model.network.BridgeTrust;
import dev.sse.model.network.Chain;
import dev.sse.model.network.Network;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * A bridge's cost of corruption B against the value V it carries (issue 10). Chain costs are the analysis's
 * {@link ChainMetrics#costOfCorruption()} (never recomputed here):
 *
 * <ul>
 *   <li>same provider: B = CoC(p), p the chain both sides are secured by ({@code securedBy}, transitively);</li>
 *   <li>light client: B = min(CoC(a), CoC(b)) — forging either side's headers breaks it;</li>
 *   <li>multisig k-of-n: B = Σ of the k smallest signer values (validator signers: stake × price, assuming a
 *       signer's stake is forfeited when it signs a theft; unbonded signers count 0 — a bribe is outside the
 *       model);</li>
 *   <li>external set: B = its {@code costOfCorruption}, else α × {@code stake} (domain.md §5).</li>
 * </ul>
 *
 * Then {@code secure} = B ≥ V and {@code weakestLink} = B &lt; min(CoC(a), CoC(b)).
 */
public final class BridgeCosts {

    private BridgeCosts() {
    }

    /**
     * @param chains    the analysis's chain metrics by id
     * @param valueOf   a validator's value (stake × price, after price shocks) by id
     */
    public static BridgeEconomics of(Network network, Bridge b, Map<String, ChainMetrics> chains,
                                     ToDoubleFunction<String> valueOf, String unit) {
        ChainMetrics a = chains.get(b.chains().get(0));
        ChainMetrics c = chains.get(b.chains().get(1));
        Map<String, String> why = new LinkedHashMap<>();
        double cost;
        boolean exact = true;
        List<String> attackers = List.of();
        BridgeTrust t = b.trust();
        if (t instanceof BridgeTrust.SameProvider) {
            String p = root(network, b.chains().get(0));
            ChainMetrics pm = chains.get(p);
            cost = pm.costOfCorruption();
            exact = pm.costExact();
            why.put("costOfCorruption", "both sides are secured by " + p + ": its cost of corruption "
                    + Screen.amount(cost, unit));
        } else if (t instanceof BridgeTrust.LightClient) {
            ChainMetrics cheaper = a.costOfCorruption() <= c.costOfCorruption() ? a : c;
            cost = cheaper.costOfCorruption();
            exact = cheaper.costExact();
            why.put("costOfCorruption", "light clients: forging the cheaper side breaks it, min(" + a.id() + " "
                    + Screen.amount(a.costOfCorruption(), unit) + ", " + c.id() + " " + Screen.amount(c.costOfCorruption(), unit)
                    + ") = " + Screen.amount(cost, unit));
        } else if (t instanceof BridgeTrust.Multisig m) {
            List<Double> values = new ArrayList<>();
            if (m.hasValidatorSigners()) {
                attackers = cheapestSigners(m, valueOf);
                attackers.forEach(id -> values.add(valueOf.applyAsDouble(id)));
            } else {
                m.signerStakes().stream().sorted().limit(m.k()).forEach(values::add);
            }
            cost = values.stream().mapToDouble(Double::doubleValue).sum();
            why.put("costOfCorruption", "the " + m.k() + " cheapest of " + m.n() + " signers"
                    + (attackers.isEmpty() ? "" : " (" + String.join(", ", attackers) + ")") + " hold "
                    + Screen.amount(cost, unit) + (m.hasValidatorSigners() ? " of stake" : " of bonded value"));
        } else {
            BridgeTrust.External e = (BridgeTrust.External) t;
            cost = e.costOfCorruption() != null ? e.costOfCorruption() : e.threshold() * e.stake();
            why.put("costOfCorruption", e.costOfCorruption() != null
                    ? "external validator set, cost of corruption " + Screen.amount(cost, unit) + " (from the network file)"
                    : "external validator set: α " + Screen.percent(e.threshold()) + " × stake " + Screen.amount(e.stake(), unit)
                    + " = " + Screen.amount(cost, unit));
        }
        double weaker = Math.min(a.costOfCorruption(), c.costOfCorruption());
        Double ratio = b.value() > 0 ? cost / b.value() : null;
        boolean secure = cost >= b.value();
        boolean weakest = cost < weaker;
        why.put("costToValue", ratio == null ? "carries nothing: no ratio"
                : Screen.amount(cost, unit) + " / " + Screen.amount(b.value(), unit) + " carried = " + Screen.decimal(ratio)
                + (secure ? ": breaking it costs at least what it yields" : ": breaking it pays"));
        why.put("weakestLink", weakest
                ? "cheaper to break (" + Screen.amount(cost, unit) + ") than " + a.id() + " or " + c.id() + " (min "
                + Screen.amount(weaker, unit) + "): the weakest link between them"
                : "costs at least as much as corrupting " + a.id() + " or " + c.id() + " (min " + Screen.amount(weaker, unit)
                + "): not the weakest link");
        return new BridgeEconomics(b.id(), b.kind().json(), b.chains(), t.label(), b.value(), cost, exact, ratio,
                secure, weakest, attackers, why);
    }

    /** The k signers with the smallest value (ties: smaller id), the cheapest way to break a multisig. */
    public static List<String> cheapestSigners(BridgeTrust.Multisig m, ToDoubleFunction<String> valueOf) {
        return m.signers().stream()
                .sorted(Comparator.<String>comparingDouble(valueOf).thenComparing(Comparator.naturalOrder()))
                .limit(m.k()).toList();
    }

    /** The chain at the end of {@code securedBy} links from {@code chainId} (itself when it names none). */
    static String root(Network network, String chainId) {
        Set<String> seen = new HashSet<>();
        Chain at = network.chain(chainId).orElseThrow();
        while (at.securedBy() != null && seen.add(at.id()) && network.chain(at.securedBy()).isPresent()) {
            at = network.chain(at.securedBy()).orElseThrow();
        }
        return at.id();
    }
}
