package dev.sse.model.network;

import java.util.List;
import java.util.Set;

/**
 * A chain's ICS power shaping, read once from its {@code security} settings (issue 21): the keys and defaults of
 * cosmos/interchain-security's power-shaping parameters (x/ccv/provider/keeper/power_shaping.go), in camelCase, with
 * ICS's own {@code 0} = "no cap" for {@code validatorSetCap} and {@code validatorsPowerCap}. The settings keep every
 * key, so unknown ones still round-trip; this is the one place that knows these keys and their defaults.
 *
 * @param shapes                          true when any power-shaping key is present (else replicated security)
 * @param topN                            the Top N percentage, or null when absent
 * @param optIn                           validators that opted in
 * @param allowlist                       only these may validate (empty: everyone)
 * @param denylist                        these may not validate
 * @param prioritylist                    these go first when {@code validatorSetCap} cuts the set
 * @param validatorSetCap                 maximum validators of an opt-in set (0: no cap)
 * @param powerCap                        percent cap on one validator's power ({@code validatorsPowerCap}, else
 *                                        {@code powerCap}; 0: no cap)
 * @param minStake                        validators with less stake may not validate
 * @param allowInactiveVals               provider validators outside its active set may validate
 * @param maxProviderConsensusValidators  on a provider: the size of its active set (0: all)
 */
public record IcsShaping(boolean shapes, Integer topN, Set<String> optIn, Set<String> allowlist, Set<String> denylist,
                         Set<String> prioritylist, int validatorSetCap, int powerCap, double minStake,
                         boolean allowInactiveVals, int maxProviderConsensusValidators) {

    public static final String TOP_N = "topN";
    public static final String OPT_IN = "optIn";
    public static final String POWER_CAP = "powerCap";
    public static final String VALIDATORS_POWER_CAP = "validatorsPowerCap";
    public static final String MAX_PROVIDER_CONSENSUS_VALIDATORS = "maxProviderConsensusValidators";
    /** The keys that shape a consumer's set (an absent set means replicated security). */
    public static final List<String> SHAPING_KEYS = List.of(TOP_N, OPT_IN, "allowlist", "denylist", "prioritylist",
            "validatorSetCap", POWER_CAP, VALIDATORS_POWER_CAP, "minStake", "allowInactiveVals");

    /** Reads the shaping from a chain's security settings; absent keys take ICS's defaults. */
    public static IcsShaping of(Settings s) {
        return new IcsShaping(SHAPING_KEYS.stream().anyMatch(s::has),
                s.has(TOP_N) ? (int) s.number(TOP_N, 100) : null,
                Set.copyOf(s.strings(OPT_IN)), Set.copyOf(s.strings("allowlist")), Set.copyOf(s.strings("denylist")),
                Set.copyOf(s.strings("prioritylist")), (int) s.number("validatorSetCap", 0),
                (int) s.number(VALIDATORS_POWER_CAP, s.number(POWER_CAP, 0)), s.number("minStake", 0),
                s.bool("allowInactiveVals").orElse(false), (int) s.number(MAX_PROVIDER_CONSENSUS_VALIDATORS, 0));
    }

    /** The Top N percentage; 100 (every active validator) when absent. */
    public int topNOrAll() {
        return topN == null ? 100 : topN;
    }

    /** True when a power cap below 100% applies. */
    public boolean capsPower() {
        return powerCap > 0 && powerCap < 100;
    }
}
