package dev.sse.model.simulation;

import dev.sse.model.analysis.AnalysisOptions;
import dev.sse.model.analysis.Attack;
import dev.sse.model.analysis.AttackSearch;
import dev.sse.model.network.Chain;
import dev.sse.model.network.Network;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;

/**
 * The cascade's attack finder backed by the analysis engine, so a cascade round and {@code analyze}
 * agree on every number: N(s) shaping (ICS Top-N, power caps, inherited relay sets), exact costs and
 * the tie rules all come from {@link AttackSearch}.
 *
 * <ul>
 *   <li>{@link CascadePolicy#GREEDY}: the analysis's {@code bestAttack} on G↓removed, fallen chains excluded.</li>
 *   <li>{@link CascadePolicy#MYOPIC}: the first chain by id, not yet fallen, whose cheapest coalition on
 *       G↓removed can attack it alone at a profit (π &gt; cost), attacked alone.</li>
 * </ul>
 * A round whose network {@link SecureBound} shows secure ends without building the search (same answer, issue 24's
 * speed: most Monte Carlo draws end there).
 */
public final class AnalysisAttackFinder implements CascadeAttackFinder {

    private final AnalysisOptions options;
    private final boolean bound;

    public AnalysisAttackFinder() {
        this(AnalysisOptions.defaults());
    }

    public AnalysisAttackFinder(AnalysisOptions options) {
        this(options, true);
    }

    private AnalysisAttackFinder(AnalysisOptions options, boolean bound) {
        this.options = options;
        this.bound = bound;
    }

    /** The same finder without the {@link SecureBound} shortcut: every round builds the search (for tests). */
    static AnalysisAttackFinder searchOnly(AnalysisOptions options) {
        return new AnalysisAttackFinder(options, false);
    }

    @Override
    public Optional<FoundAttack> find(Network current, Set<String> removedValidators, Set<String> fallenChains,
                                      CascadePolicy policy) {
        if (bound && options.priceShocks().isEmpty() && SecureBound.secure(current, removedValidators, fallenChains)) {
            return Optional.empty(); // no chain can be attacked at a profit: what the search would answer
        }
        AttackSearch search = AttackSearch.of(current, options);
        if (policy == CascadePolicy.MYOPIC) {
            return current.chains().stream().map(Chain::id).filter(id -> !fallenChains.contains(id))
                    .sorted(Comparator.naturalOrder())
                    .map(id -> search.cheapestCoalition(id, removedValidators))
                    .filter(f -> f != null && f.attack() != null && f.attack().profit() > f.attack().cost())
                    .findFirst().map(f -> found(f.attack(), f.exact()));
        }
        AttackSearch.Found best = search.bestAttack(removedValidators, fallenChains);
        return best.attack() == null ? Optional.empty() : Optional.of(found(best.attack(), best.exact()));
    }

    private static FoundAttack found(Attack a, boolean exact) {
        return new FoundAttack(a.chains(), a.validators(), a.cost(), a.profit(), exact);
    }
}
