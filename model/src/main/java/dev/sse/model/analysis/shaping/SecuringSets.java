package dev.sse.model.analysis.shaping;

import dev.sse.model.network.Allocation;
import dev.sse.model.network.Chain;
import dev.sse.model.network.Network;
import dev.sse.model.network.Settings;
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
 *   <li>a chain with allocations of its own is secured by exactly those allocations;</li>
 *   <li>a parachain, consumer or rollup without allocations inherits its provider's ({@code securedBy})
 *       set, resolved transitively, then shaped by its {@code security} keys (ICS {@code topN},
 *       {@code optIn}, {@code allowlist}, {@code denylist} — denylist wins —, {@code validatorSetCap} for
 *       opt-in chains, {@code powerCap});</li>
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
            set = own(c);
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

    private SecuringSet shape(Chain c, SecuringSet provider) {
        Settings s = c.security();
        List<SecuringSet.Member> in = provider.members();
        if (List.of("topN", "optIn", "allowlist", "denylist", "validatorSetCap", "powerCap").stream().noneMatch(s::has)) {
            return new SecuringSet(c.id(), in, true, provider.powerShaped());
        }
        boolean hasTopN = s.has("topN");
        int topN = (int) s.number("topN", 100);
        Set<String> optIn = Set.copyOf(s.strings("optIn"));
        Set<String> allow = Set.copyOf(s.strings("allowlist"));
        Set<String> deny = Set.copyOf(s.strings("denylist"));
        long minPower = Long.MAX_VALUE;
        if (topN > 0 && !in.isEmpty()) {
            minPower = IcsPowerShaping.minPowerInTopN(in.stream().mapToLong(SecuringSet.Member::power).toArray(),
                    Math.min(topN, 100));
        }
        List<SecuringSet.Member> kept = new ArrayList<>();
        for (SecuringSet.Member m : in) {
            boolean optedIn = optIn.contains(m.validator()) || (topN > 0 && m.power() >= minPower);
            boolean allowed = allow.isEmpty() || allow.contains(m.validator());
            if (optedIn && allowed && !deny.contains(m.validator())) {
                kept.add(m);
            }
        }
        int cap = (int) s.number("validatorSetCap", 0);
        if (hasTopN && topN == 0 && cap > 0 && cap < kept.size()) {
            List<SecuringSet.Member> byPower = new ArrayList<>(kept);
            byPower.sort(Comparator.comparingLong((SecuringSet.Member m) -> -m.power())
                    .thenComparing(SecuringSet.Member::validator));
            Set<String> top = new HashSet<>();
            byPower.subList(0, cap).forEach(m -> top.add(m.validator()));
            kept.removeIf(m -> !top.contains(m.validator()));
        }
        int powerCap = (int) s.number("powerCap", 0);
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
