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
 * @param secure              no valid attack exists (profit &gt; cost) — as far as proven, see {@code secureExact}
 * @param secureExact         true when {@code secure} is proven (false: a solve hit its time limit)
 * @param margin              γ*
 * @param bestAttack          the valid attack with the largest profit − cost (ties: smaller cost, then
 *                            lexicographically smaller sorted chain ids, then validator ids), or null
 * @param bestAttackExact     true when the best attack (and its tie-break) is proven
 * @param bestAttackBound     proven upper bound on the best profit − cost (equals it when exact)
 * @param eigenLayerCondition Claim 1
 * @param chains              per-chain metrics by chain id, in file order
 * @param worstCaseLoss       with a shock budget, the worst-case loss; else null
 * @param solver              the exact engine that answered (e.g. "cp-sat 9.15.6755", "brute force"); a
 *                            fallback is named with its reason
 * @param why                 one line explaining {@code secure}
 */
public record AnalysisResult(String network, String valueUnit, double totalStake, boolean secure, boolean secureExact,
                             Margin margin, Attack bestAttack, boolean bestAttackExact, double bestAttackBound,
                             EigenLayerCondition eigenLayerCondition, Map<String, ChainMetrics> chains,
                             WorstCaseLoss worstCaseLoss, String solver, String why) {

    public AnalysisResult {
        chains = Collections.unmodifiableMap(new LinkedHashMap<>(chains));
    }
}
