package dev.sse.model.analysis;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Everything {@link SecurityAnalyzer} found about one network. Immutable and deterministic: the same
 * network and options give an equal result.
 *
 * @param network             the network's name
 * @param valueUnit           "USD" when the network has assets, else "" (plain value units)
 * @param totalStake          σ(V) after price shocks
 * @param secure              no valid attack is known (profit &gt; cost) — as far as proven, see {@code secureExact}
 * @param secureExact         true when {@code secure} is proven (false: a solve hit its time limit); an insecure
 *                            verdict is always proven (a verified coalition)
 * @param margin              γ*, decided with the verdict ({@link #verdict()}): negative exactly when insecure
 * @param bestAttack          the valid attack with the largest profit − cost (ties: smaller cost, then
 *                            lexicographically smaller sorted chain ids, then validator ids), or null
 * @param bestAttackExact     true when the best attack (and its tie-break) is proven
 * @param bestAttackBound     proven upper bound on the best profit − cost (equals it when exact), or null when no
 *                            search proved one (never a long's maximum)
 * @param eigenLayerCondition Claim 1
 * @param chains              per-chain metrics by chain id, in file order
 * @param worstCaseLoss       with a shock budget, the worst-case loss; else null
 * @param solver              the exact engine that answered (e.g. "cp-sat 9.15.6755", "brute force"); a
 *                            fallback is named with its reason
 * @param why                 one line explaining {@code secure}
 */
public record AnalysisResult(String network, String valueUnit, double totalStake, boolean secure, boolean secureExact,
                             Margin margin, Attack bestAttack, boolean bestAttackExact, Double bestAttackBound,
                             EigenLayerCondition eigenLayerCondition, Map<String, ChainMetrics> chains,
                             WorstCaseLoss worstCaseLoss, String solver, String why) {

    /**
     * Refuses a result whose verdict and margin disagree: a negative margin is a valid attack, so it is never
     * shown beside "secure" (issue 17 item 6); {@code Conclusion} derives both together.
     */
    public AnalysisResult {
        chains = Collections.unmodifiableMap(new LinkedHashMap<>(chains));
        boolean negative = margin.value() != null && margin.value() < 0;
        if (negative == secure || !secure && !secureExact) {
            throw new IllegalArgumentException("verdict and margin disagree: secure " + secure + ", proven "
                    + secureExact + ", margin " + margin.value());
        }
    }

    /** Secure (proven), insecure, or no attack found (not proven): the one verdict every view shows. */
    public Verdict verdict() {
        return Verdict.of(secure, secureExact);
    }
}
