package dev.sse.model.io.json;

import dev.sse.model.network.ExternalSecurity;
import dev.sse.model.network.Governance;
import dev.sse.model.network.SecurityCost;
import java.util.List;
import java.util.Optional;

/**
 * Maps a chain's optional issue-10 objects: {@code governance} ({@code model} own|provider|security-council,
 * {@code k} and {@code n} for a council with 1 ≤ k ≤ n, {@code upgradeDelayDays} ≥ 0) and {@code securityCost}
 * (amounts per year ≥ 0 in the value unit, {@code providerShare} in [0, 1]). Problems are located at the
 * offending value; an invalid object maps to {@code null}.
 */
final class ChainEconomicsMapper {

    static final List<String> GOVERNANCE_FIELDS = List.of("model", "k", "n", "upgradeDelayDays");
    static final List<String> COST_FIELDS = List.of("inflationPerYear", "feesPerYear", "providerShare",
            "rewardsPerYear", "coretimePerYear");
    static final List<String> EXTERNAL_FIELDS = List.of("stake", "asset", "threshold", "costOfCorruption", "source");

    private ChainEconomicsMapper() {
    }

    /** The chain's governance, or null when absent or invalid (reported). */
    static Governance governance(Fields chain, Problems problems, boolean hasSecuredBy) {
        Optional<Fields> obj = chain.value("governance")
                .flatMap(v -> Fields.of(v, chain.pathOf("governance"), problems, "the chain's governance"));
        if (obj.isEmpty()) {
            return null;
        }
        Fields g = obj.get().rejectUnknown(GOVERNANCE_FIELDS);
        Governance.Model model = g.choice("model", Governance.Model.class, "governance model");
        boolean council = model == Governance.Model.SECURITY_COUNCIL;
        Double k = g.number("k", Rule.WHOLE_POSITIVE, council);
        Double n = g.number("n", Rule.WHOLE_POSITIVE, council);
        if (model != null && !council) {
            for (String key : List.of("k", "n")) {
                g.value(key).ifPresent(v -> g.problem(v, g.pathOf(key), "only a security-council has '" + key
                        + "'; this governance is " + model.json()));
            }
        }
        if (k != null && n != null && k > n) {
            g.problem(g.value("k").orElseThrow(), g.pathOf("k"), "must be at most n (" + Numbers.format(n)
                    + "), got " + Numbers.format(k));
        }
        if (model == Governance.Model.PROVIDER && !hasSecuredBy) {
            g.problem(g.value("model").orElseThrow(), g.pathOf("model"),
                    "'provider' governance needs a chain that names securedBy");
        }
        Double delay = g.number("upgradeDelayDays", Rule.NON_NEGATIVE, false);
        return g.valid() && model != null ? new Governance(model, council ? k.intValue() : null,
                council ? n.intValue() : null, delay) : null;
    }

    /** The chain's security cost, or null when absent or invalid (reported). */
    static SecurityCost securityCost(Fields chain, Problems problems) {
        Optional<Fields> obj = chain.value("securityCost")
                .flatMap(v -> Fields.of(v, chain.pathOf("securityCost"), problems, "the chain's securityCost"));
        if (obj.isEmpty()) {
            return null;
        }
        Fields c = obj.get().rejectUnknown(COST_FIELDS);
        Double inflation = c.number("inflationPerYear", Rule.NON_NEGATIVE, false);
        Double fees = c.number("feesPerYear", Rule.NON_NEGATIVE, false);
        Double share = c.number("providerShare", Rule.FRACTION, false);
        Double rewards = c.number("rewardsPerYear", Rule.NON_NEGATIVE, false);
        Double coretime = c.number("coretimePerYear", Rule.NON_NEGATIVE, false);
        return c.valid() ? new SecurityCost(inflation, fees, share, rewards, coretime) : null;
    }

    /**
     * The chain's external security (issue 19 item 5), or null when absent or invalid (reported): exactly one of
     * {@code stake} (&gt; 0, with optional {@code asset} and {@code threshold} in (0, 1]) or {@code costOfCorruption}
     * (&gt; 0), and a non-empty {@code source}. Whether {@code asset} is listed is checked with the other references.
     */
    static ExternalSecurity externalSecurity(Fields chain, Problems problems) {
        Optional<Fields> obj = chain.value("externalSecurity").flatMap(v -> Fields.of(v,
                chain.pathOf("externalSecurity"), problems, "the chain's externalSecurity"));
        if (obj.isEmpty()) {
            return null;
        }
        Fields e = obj.get().rejectUnknown(EXTERNAL_FIELDS);
        Double stake = e.number("stake", Rule.POSITIVE, false);
        String asset = e.optionalId("asset");
        Double threshold = e.number("threshold", Rule.THRESHOLD, false);
        Double cost = e.number("costOfCorruption", Rule.POSITIVE, false);
        String source = e.id("source");
        boolean hasStake = e.has("stake");
        boolean hasCost = e.has("costOfCorruption");
        if (hasStake == hasCost) {
            e.problem(e.node(), e.path(), hasStake ? "give either stake or costOfCorruption, not both"
                    : "needs stake (with asset and threshold) or costOfCorruption");
        } else if (hasCost) {
            for (String key : List.of("asset", "threshold")) {
                e.value(key).ifPresent(v -> e.problem(v, e.pathOf(key), "'" + key
                        + "' goes with stake; a stated costOfCorruption is already in the value unit"));
            }
        }
        return e.valid() ? new ExternalSecurity(stake, asset, threshold, cost, source) : null;
    }
}
