package dev.sse.model.io.json;

import dev.sse.model.network.Allocation;
import dev.sse.model.network.Validator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Maps {@code allocations[]}: {@code {"validator", "chain", "amount"}} and checks them against the
 * validators and chains: both must exist, each (validator, chain) pair appears once, an amount is
 * &gt; 0 and at most the validator's stake, and a validator's explicit amounts together stay within its
 * stake (unique stake: each unit is allocated at most once). Pooled allocations (no amount) reuse the
 * whole stake and do not count toward that sum; a validator may mix both. A group entry
 * ({@code {"chain", "validatorsOf", "except"}}, version 2) stands for a chain's whole pooled set ({@link AllocationGroups}).
 */
final class AllocationMapper {

    static final List<String> FIELDS = List.of("validator", "chain", "amount");
    /** Relative slack for the sum check, so that amounts which add up to the stake survive rounding. */
    private static final double SUM_TOLERANCE = 1e-9;

    private final Set<String> validatorIds;
    private final Set<String> chainIds;
    private final Map<String, Validator> validators;
    private final Map<String, JsonTree.Loc> pairs = new HashMap<>();
    private final Map<String, Double> explicitTotal = new HashMap<>();
    private final Set<String> overAllocated = new HashSet<>();

    private AllocationMapper(Set<String> validatorIds, Set<String> chainIds, Map<String, Validator> validators) {
        this.validatorIds = validatorIds;
        this.chainIds = chainIds;
        this.validators = validators;
    }

    /**
     * @param validatorIds ids of every validator whose id was valid (even if the rest was not), or
     *                     {@code null} when {@code validators} itself was missing or broken: then
     *                     references are not checked, to avoid one false problem per allocation
     * @param chainIds     likewise for chains
     * @param validators   fully valid validators by id, for the stake checks
     */
    static List<Allocation> map(JsonTree.Arr array, String path, Problems problems, Set<String> validatorIds,
                                Set<String> chainIds, Map<String, Validator> validators) {
        AllocationMapper mapper = new AllocationMapper(validatorIds, chainIds, validators);
        List<Allocation> out = new ArrayList<>();
        List<Map.Entry<Integer, AllocationGroups.Read>> groups = new ArrayList<>(); // (singles before it, group)
        Map<String, JsonTree.Loc> groupedChains = new HashMap<>();
        for (int i = 0; i < array.items().size(); i++) {
            String at = JsonPaths.index(path, i);
            Optional<Fields> item = Fields.of(array.items().get(i), at, problems, "an allocation");
            if (item.isPresent() && item.get().node().member(AllocationGroups.KEY) != null) {
                int slot = out.size();
                mapper.group(item.get().rejectUnknown(AllocationGroups.FIELDS), groupedChains)
                        .ifPresent(g -> groups.add(Map.entry(slot, g)));
            } else {
                item.map(f -> mapper.allocation(f.rejectUnknown(FIELDS))).ifPresent(out::add);
            }
        }
        if (groups.isEmpty()) {
            return out;
        }
        List<Allocation> singles = out;
        List<Allocation> all = new ArrayList<>();
        int next = 0;
        for (Map.Entry<Integer, AllocationGroups.Read> g : groups) {
            all.addAll(singles.subList(next, g.getKey()));
            next = g.getKey();
            all.addAll(AllocationGroups.expand(g.getValue(), singles, groupedChains.keySet()));
        }
        all.addAll(singles.subList(next, singles.size()));
        return all;
    }

    /** An allocation group ({@link AllocationGroups}), checked but not yet expanded; empty when invalid. */
    private Optional<AllocationGroups.Read> group(Fields f, Map<String, JsonTree.Loc> groupedChains) {
        String chain = reference(f, "chain", "chain", chainIds);
        String of = reference(f, AllocationGroups.KEY, "chain", chainIds);
        Set<String> except = new LinkedHashSet<>();
        f.array(AllocationGroups.EXCEPT, false).ifPresent(a -> {
            for (int i = 0; i < a.items().size(); i++) {
                JsonTree item = a.items().get(i);
                String at = JsonPaths.index(f.pathOf(AllocationGroups.EXCEPT), i);
                if (!(item instanceof JsonTree.Str s)) {
                    f.report(item, at, "a validator id");
                } else if (validatorIds != null && !validatorIds.contains(s.value())) {
                    f.problem(item, at, "unknown validator '" + JsonPaths.shown(s.value()) + "'; no validator has this id");
                } else if (!except.add(s.value())) {
                    f.problem(item, at, "validator '" + JsonPaths.shown(s.value()) + "' is excepted twice");
                }
            }
        });
        if (chain != null) {
            JsonTree.Loc first = groupedChains.putIfAbsent(chain, f.node().loc());
            if (first != null) {
                f.problem(f.node(), f.path(), "a second group for chain '" + JsonPaths.shown(chain) + "' (first at line "
                        + first.line() + ", column " + first.column() + ")");
            }
        }
        return f.valid() && chain != null && of != null
                ? Optional.of(new AllocationGroups.Read(chain, of, except, f)) : Optional.empty();
    }

    private Allocation allocation(Fields f) {
        String validator = reference(f, "validator", validatorIds);
        String chain = reference(f, "chain", chainIds);
        Double amount = f.number("amount", Rule.POSITIVE, false);
        if (validator != null && chain != null) {
            JsonTree.Loc first = pairs.putIfAbsent(validator + "\u0000" + chain, f.node().loc());
            if (first != null) {
                f.problem(f.node(), f.path(), "duplicate allocation of validator '" + JsonPaths.shown(validator)
                        + "' to chain '" + JsonPaths.shown(chain) + "' (first at line " + first.line() + ", column "
                        + first.column() + ")");
            }
        }
        if (amount != null && validator != null && validators.containsKey(validator)) {
            checkStake(f, validators.get(validator), amount);
        }
        if (!f.valid()) {
            return null;
        }
        return new Allocation(validator, chain, amount == null ? OptionalDouble.empty() : OptionalDouble.of(amount));
    }

    private String reference(Fields f, String key, Set<String> known) {
        return reference(f, key, key, known);
    }

    private String reference(Fields f, String key, String noun, Set<String> known) {
        String id = f.id(key);
        if (id != null && known != null && !known.contains(id)) {
            f.problem(f.value(key).orElseThrow(), f.pathOf(key),
                    "unknown " + noun + " '" + JsonPaths.shown(id) + "'; no " + noun + " has this id");
            return null;
        }
        return id;
    }

    private void checkStake(Fields f, Validator v, double amount) {
        JsonTree at = f.value("amount").orElseThrow();
        if (amount > v.stake()) {
            f.problem(at, f.pathOf("amount"), "must not exceed the stake of validator '"
                    + JsonPaths.shown(v.id()) + "' (" + Numbers.format(v.stake()) + "), got " + at.describe());
            overAllocated.add(v.id());
            return;
        }
        double total = explicitTotal.merge(v.id(), amount, Double::sum);
        if (total > v.stake() * (1 + SUM_TOLERANCE) && overAllocated.add(v.id())) {
            f.problem(at, f.pathOf("amount"), "validator '" + JsonPaths.shown(v.id()) + "' allocates "
                    + Numbers.format(total) + " in total, more than its stake " + Numbers.format(v.stake())
                    + " (explicit amounts are unique stake: each unit can be allocated only once)");
        }
    }
}
