package dev.sse.model.analysis.economics;

import dev.sse.model.format.Screen;
import dev.sse.model.network.Chain;
import dev.sse.model.network.SecurityCost;
import java.util.ArrayList;
import java.util.List;

/**
 * What a chain pays for its security per year (issue 10), in the value unit per year:
 *
 * <pre>  C = I + F + s·R + K</pre>
 *
 * with I = {@code inflationPerYear} and F = {@code feesPerYear} paid to its own validators (an isolated chain, a
 * hub), R = {@code rewardsPerYear} shared with whoever secures it at share s = {@code providerShare} (default 25%
 * for an ICS consumer: ConsumerRedistributionFraction 0.75, domain.md §3; 100% otherwise: an AVS's rewards to
 * operators, a rollup's L1 fees), K = {@code coretimePerYear} (a parachain's Polkadot coretime). Absent terms count
 * 0; a chain without {@code securityCost} has no known cost (null).
 *
 * <p>Note for rollups: most of the L1 fees a rollup pays are EIP-1559 base and blob fees, which are burned rather
 * than paid to validators. They are still what the rollup spends on L1 security.
 */
public final class SecurityCosts {

    private SecurityCosts() {
    }

    /** An annual cost with its explanation; {@code perYear} is null when the file gives none. */
    public record Value(Double perYear, String why) {
    }

    public static Value of(Chain chain, String unit) {
        SecurityCost c = chain.securityCost();
        if (c == null) {
            return new Value(null, "no securityCost in the network file: unknown");
        }
        double share = c.providerShareFor(chain.kind());
        double total = 0;
        List<String> terms = new ArrayList<>();
        if (c.inflationPerYear() != null) {
            total += c.inflationPerYear();
            terms.add("inflation " + Screen.amount(c.inflationPerYear(), unit));
        }
        if (c.feesPerYear() != null) {
            total += c.feesPerYear();
            terms.add("fees " + Screen.amount(c.feesPerYear(), unit));
        }
        if (c.rewardsPerYear() != null) {
            total += share * c.rewardsPerYear();
            terms.add(Screen.percent(share) + " × rewards " + Screen.amount(c.rewardsPerYear(), unit)
                    + (c.providerShare() == null && share < 1 ? " (ICS default share)" : ""));
        }
        if (c.coretimePerYear() != null) {
            total += c.coretimePerYear();
            terms.add("coretime " + Screen.amount(c.coretimePerYear(), unit));
        }
        String why = terms.isEmpty() ? "securityCost lists no amounts: 0"
                : Screen.perYear(total, unit) + " = " + String.join(" + ", terms) + " per year";
        return new Value(total, why);
    }
}
