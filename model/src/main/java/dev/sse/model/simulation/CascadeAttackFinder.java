package dev.sse.model.simulation;

import dev.sse.model.network.Network;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds one cascade round's attack: the plug between the simulation engine (which owns faults,
 * slashing and the trace) and the analysis engine (which owns N(s) shaping and attack search).
 *
 * <h2>Contract</h2>
 * Given the current network (stakes and prices after everything so far), the validators removed so far
 * and the chains already fallen, {@link #find} returns a valid attack (A, B) in the sense of
 * Durvasula–Roughgarden (arXiv:2407.21785, domain.md §1.1) on G↓removed, or empty when there is none:
 * <ul>
 *   <li>A is non-empty, every id in A is a chain of {@code current}, and A ∩ fallenChains = ∅;</li>
 *   <li>every id in B is a validator of {@code current}, and B ∩ removedValidators = ∅;</li>
 *   <li>attacking coalition: for every s ∈ A, w(B ∩ N(s)) ≥ α_s · w(N(s)), with N(s) the finder's
 *       securing set of s <em>without</em> the removed validators and w its weights
 *       ({@link #securingStake}); a chain whose N(s) is empty can be taken by B = ∅;</li>
 *   <li>valid: π(A) &gt; σ(B) (strict), with π from {@link dev.sse.model.network.Chain#profitFromCorruption()}
 *       and σ(B) = Σ_{v∈B} {@link Network#valueOf(dev.sse.model.network.Validator)}: the engine charges
 *       each attacker its whole current stake value (DR: attackers lose their stake).</li>
 * </ul>
 * Policy: {@link CascadePolicy#GREEDY} returns the best attack, {@link CascadePolicy#MYOPIC} the first
 * single-chain attack by chain id (see the constants for the tie rules). The result must be a function of
 * the arguments only (same inputs → same attack), and the arguments must not be modified (the sets are
 * unmodifiable views). The engine rejects results that break the first two rules with an
 * {@link IllegalStateException}.
 *
 * <h2>What changes between calls</h2>
 * Within one {@link Simulation}, {@code find} is called only in cascade rounds, i.e. after every fault has
 * been applied. Between two successive calls {@code removedValidators} and {@code fallenChains} grow, and
 * the last attack's validators lose their cost: the whole stake when pooled (they are then removed), only
 * the allocations to the attacked chains with unique stake (ELIP-002: they stay, with their other
 * allocations unchanged). The stakes, allocations and prices of every other validator, and all chains,
 * stay exactly the same. A finder that precomputes on its first call must therefore refresh at least the
 * last attackers' amounts ({@link AnalysisAttackFinder} rebuilds its search each round, unless {@link SecureBound}
 * proves from the current network that the round has no attack).
 */
public interface CascadeAttackFinder {

    /** One round: a valid attack on the current state under {@code policy}, or empty when none is left. */
    Optional<FoundAttack> find(Network current, Set<String> removedValidators, Set<String> fallenChains,
                               CascadePolicy policy);

    /**
     * N(s) \ removed with weights, used by the engine only to explain why a chain fell ("its securing
     * stake dropped to 31% …"). Value units. The default is the unshaped rule of
     * {@link SecuringStake#direct}; a finder that shapes N(s) (ICS Top-N, power caps) should override it.
     */
    default Map<String, Double> securingStake(Network current, Set<String> removedValidators, String chainId) {
        return SecuringStake.direct(current, removedValidators, chainId);
    }
}
