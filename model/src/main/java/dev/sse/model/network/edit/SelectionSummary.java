package dev.sse.model.network.edit;

import dev.sse.model.analysis.AnalysisResult;
import dev.sse.model.analysis.ChainMetrics;
import dev.sse.model.analysis.ValidatorPower;
import dev.sse.model.network.Allocation;
import dev.sse.model.network.Network;
import dev.sse.model.network.Validator;
import dev.sse.model.network.graph.NodeRef;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a multi-selection holds (issue 23, "Multi-selection"): how many chains and validators, their total stake with
 * its unit, the chains it touches and, for each, the share of the chain's securing stake the selected validators hold.
 * The shares are the analysis's own weights ({@link ChainMetrics#validatorSet()}: the securing amount in the value unit,
 * or the ICS power on a power-capped chain), so a consumer that inherits its provider's set counts the provider's
 * validators as the analysis does.
 *
 * @param chains     selected chains
 * @param validators selected validators
 * @param stake      their bonded stake in {@code stakeUnit}, when they all stake one asset (or the network has one
 *                   value unit); NaN when they stake several
 * @param stakeUnit  that asset's symbol, "" for a network without assets; null when they stake several
 * @param value      their stake's value in the network's value unit ({@link Network#valueOf(Validator)})
 * @param valueUnit  {@link Network#valueUnit()}
 * @param touched    the chains touched, by id: selected, secured by a selected validator (an allocation, or the
 *                   analysis's securing set when there is one)
 * @param shares     each chain touched (selected, or secured by a selected validator), by id, with the selected
 *                   validators' share of its securing weight in [0, 1]; empty while there is no analysis
 */
public record SelectionSummary(int chains, int validators, double stake, String stakeUnit, double value,
                               String valueUnit, List<String> touched, List<Share> shares) {

    /** A chain touched and the fraction of its securing weight the selection holds. */
    public record Share(String chain, double share) {
    }

    /** The summary of {@code selection} in {@code n}; {@code analysis} (of {@code n}) may be null. */
    public static SelectionSummary of(Network n, Collection<NodeRef> selection, AnalysisResult analysis) {
        Set<String> chains = new TreeSet<>();
        Set<String> validators = new LinkedHashSet<>();
        for (NodeRef r : selection) {
            if (r.isChain() && n.chain(r.id()).isPresent()) {
                chains.add(r.id());
            } else if (!r.isChain() && n.validator(r.id()).isPresent()) {
                validators.add(r.id());
            }
        }
        List<Validator> vs = validators.stream().map(id -> n.validator(id).orElseThrow()).toList();
        Set<String> assets = new LinkedHashSet<>();
        vs.forEach(v -> assets.add(v.isMultiAsset() ? null : Objects.requireNonNullElse(v.asset(), "")));
        boolean one = assets.size() <= 1 && !assets.contains(null);
        double stake = one ? vs.stream().mapToDouble(Validator::stake).sum() : Double.NaN;
        String unit = one ? assets.stream().findFirst().orElse("") : null;
        double value = vs.stream().mapToDouble(n::valueOf).sum();
        Set<String> touched = new TreeSet<>(chains);
        vs.forEach(v -> n.allocationsOf(v.id()).stream().map(Allocation::chain).forEach(touched::add));
        if (analysis != null) {
            analysis.chains().forEach((id, m) -> {
                if (m.validatorSet().stream().anyMatch(p -> validators.contains(p.id()))) {
                    touched.add(id);
                }
            });
        }
        List<Share> shares = analysis == null ? List.of() : touched.stream()
                .filter(analysis.chains()::containsKey)
                .map(id -> new Share(id, share(analysis.chains().get(id), validators))).toList();
        return new SelectionSummary(chains.size(), validators.size(), stake, unit, value, n.valueUnit(),
                List.copyOf(touched), shares);
    }

    private static double share(ChainMetrics m, Set<String> validators) {
        double all = m.validatorSet().stream().mapToDouble(ValidatorPower::power).sum();
        double mine = m.validatorSet().stream().filter(p -> validators.contains(p.id()))
                .mapToDouble(ValidatorPower::power).sum();
        return all > 0 ? mine / all : 0;
    }
}
