package dev.sse.model.analysis.shaping;

import dev.sse.model.network.Allocation;
import dev.sse.model.network.Chain;
import dev.sse.model.network.Network;
import dev.sse.model.network.IcsShaping;
import dev.sse.model.network.Validator;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Resolves N(s) for every chain of a network (issue 4):
 * <ul>
 *   <li>a chain with allocations of its own is secured by exactly those allocations; with
 *       {@code maxProviderConsensusValidators} M (an ICS provider's active set, 180 then 200 on the Hub) only
 *       its M largest by power are in consensus;</li>
 *   <li>a parachain, consumer or rollup without allocations inherits its provider's ({@code securedBy})
 *       set, resolved transitively, then shaped by its {@code security} keys as ICS's
 *       {@code ComputeNextValidators} does (cosmos/interchain-security x/ccv/provider/keeper/
 *       validator_set_update.go and power_shaping.go, snapshot 1c995af): the provider's active set (or every
 *       bonded validator with {@code allowInactiveVals}); opted in ({@code optIn}, or Top N by power of the
 *       active set), on the {@code allowlist} if any, not on the {@code denylist}, holding {@code minStake};
 *       then the {@code prioritylist} first, each part by power; then {@code validatorSetCap} (opt-in chains,
 *       0 = no cap); then {@code validatorsPowerCap} (alias {@code powerCap}, 0 = no cap);</li>
 *   <li>an AVS (or anything else) without allocations has no securing validators.</li>
 * </ul>
 * Shaping runs on the whole network; removed validators are dropped afterwards, so removing validators
 * never pulls new ones into a Top N (the Durvasula–Roughgarden G↓D keeps N(s) \ D).
 * An absent {@code topN} means replicated security (every provider validator).
 */
public final class SecuringSets {


    private final Network network;
    private final Function<Validator, BigDecimal> price;
    private final Map<String, SecuringSet> resolved = new LinkedHashMap<>();
    /** Chains with own allocations: every bonded validator, before the active-set limit. */
    private final Map<String, SecuringSet> bonded = new LinkedHashMap<>();
    private final Set<String> resolving = new HashSet<>();

    private SecuringSets(Network network, Function<Validator, BigDecimal> price) {
        this.network = network;
        this.price = price;
    }

    /**
     * N(s) of every chain, in file order, with values priced by {@code price} (value of one asset unit).
     *
     * @param removed validators to drop after shaping (slashed, shocked)
     */
    public static Map<String, SecuringSet> resolve(Network network, Function<Validator, BigDecimal> price,
                                                   Set<String> removed) {
        SecuringSets sets = new SecuringSets(network, price);
        Map<String, SecuringSet> out = new LinkedHashMap<>();
        for (Chain c : network.chains()) {
            SecuringSet full = sets.of(c);
            if (removed.isEmpty()) {
                out.put(c.id(), full);
            } else {
                List<SecuringSet.Member> kept = full.members().stream()
                        .filter(m -> !removed.contains(m.validator())).toList();
                out.put(c.id(), new SecuringSet(c.id(), kept, full.inherited(), full.powerShaped()));
            }
        }
        return out;
    }

    private SecuringSet of(Chain c) {
        SecuringSet done = resolved.get(c.id());
        if (done != null) {
            return done;
        }
        SecuringSet set;
        if (!network.allocationsTo(c.id()).isEmpty()) {
            SecuringSet all = own(c);
            bonded.put(c.id(), all);
            set = active(c, all);
        } else if (c.kind().inheritsProviderSet() && c.securedBy() != null
                && network.chain(c.securedBy()).isPresent() && resolving.add(c.id())) {
            SecuringSet provider = of(network.chain(c.securedBy()).orElseThrow());
            resolving.remove(c.id());
            set = shape(c, provider);
        } else {
            set = new SecuringSet(c.id(), List.of(), false, false);
        }
        resolved.put(c.id(), set);
        return set;
    }

    private SecuringSet own(Chain c) {
        List<SecuringSet.Member> members = new ArrayList<>();
        for (Allocation a : network.allocationsTo(c.id())) {
            Validator v = network.validator(a.validator()).orElse(null);
            if (v == null) {
                continue;
            }
            double units = a.amountOr(v.stake());
            BigDecimal amount = BigDecimal.valueOf(units).multiply(price.apply(v));
            boolean pooled = a.isPooled() || units >= v.stake();
            if (amount.signum() > 0) {
                members.add(new SecuringSet.Member(v.id(), amount, pooled, power(units)));
            }
        }
        return new SecuringSet(c.id(), members, false, false);
    }

    private static long power(double units) {
        return BigDecimal.valueOf(units).setScale(0, RoundingMode.FLOOR).longValue();
    }

    /** The provider's consensus set: its {@code maxProviderConsensusValidators} largest by power. */
    private static SecuringSet active(Chain c, SecuringSet all) {
        int max = c.icsShaping().maxProviderConsensusValidators();
        if (max <= 0 || max >= all.members().size()) {
            return all;
        }
        Set<String> top = new HashSet<>();
        byPower(all.members()).subList(0, max).forEach(m -> top.add(m.validator()));
        return new SecuringSet(c.id(), all.members().stream().filter(m -> top.contains(m.validator())).toList(),
                all.inherited(), all.powerShaped());
    }

    /** Descending power, ties by id (Go's sort.Slice fixes no order for ties). */
    private static List<SecuringSet.Member> byPower(List<SecuringSet.Member> members) {
        List<SecuringSet.Member> sorted = new ArrayList<>(members);
        sorted.sort(Comparator.comparingLong((SecuringSet.Member m) -> -m.power()).thenComparing(SecuringSet.Member::validator));
        return sorted;
    }

    private SecuringSet shape(Chain c, SecuringSet provider) {
        IcsShaping s = c.icsShaping();
        if (!s.shapes()) {
            return new SecuringSet(c.id(), provider.members(), true, provider.powerShaped());
        }
        boolean hasTopN = s.topN() != null;
        int topN = s.topNOrAll();
        Set<String> optIn = s.optIn();
        Set<String> allow = s.allowlist();
        Set<String> deny = s.denylist();
        Set<String> priority = s.prioritylist();
        double minStake = s.minStake();
        List<SecuringSet.Member> active = provider.members();
        List<SecuringSet.Member> in = s.allowInactiveVals()
                ? bonded.getOrDefault(c.securedBy(), provider).members() : active;
        long minPower = Long.MAX_VALUE;
        if (topN > 0 && !active.isEmpty()) {
            minPower = IcsPowerShaping.minPowerInTopN(active.stream().mapToLong(SecuringSet.Member::power).toArray(),
                    Math.min(topN, 100));
        }
        List<SecuringSet.Member> kept = new ArrayList<>();
        for (SecuringSet.Member m : in) {
            boolean optedIn = optIn.contains(m.validator()) || (topN > 0 && m.power() >= minPower);
            boolean allowed = allow.isEmpty() || allow.contains(m.validator());
            if (optedIn && allowed && !deny.contains(m.validator()) && m.power() >= minStake) {
                kept.add(m);
            }
        }
        int cap = s.validatorSetCap();
        if (hasTopN && topN == 0 && cap > 0 && cap < kept.size()) {
            List<SecuringSet.Member> ordered = new ArrayList<>(byPower(kept.stream()
                    .filter(m -> priority.contains(m.validator())).toList()));
            ordered.addAll(byPower(kept.stream().filter(m -> !priority.contains(m.validator())).toList()));
            Set<String> top = new HashSet<>();
            ordered.subList(0, cap).forEach(m -> top.add(m.validator()));
            kept.removeIf(m -> !top.contains(m.validator()));
        }
        int powerCap = s.powerCap();
        if (powerCap > 0 && powerCap < 100 && !kept.isEmpty()) {
            long[] capped = IcsPowerShaping.capPowers(kept.stream().mapToLong(SecuringSet.Member::power).toArray(),
                    powerCap);
            List<SecuringSet.Member> shaped = new ArrayList<>();
            for (int i = 0; i < kept.size(); i++) {
                SecuringSet.Member m = kept.get(i);
                if (capped[i] > 0) {
                    shaped.add(new SecuringSet.Member(m.validator(), m.amount(), m.pooled(), capped[i]));
                }
            }
            return new SecuringSet(c.id(), shaped, true, true);
        }
        return new SecuringSet(c.id(), kept, true, provider.powerShaped());
    }
}
