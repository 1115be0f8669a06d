package dev.sse.model.io.importer;

import static dev.sse.model.io.importer.EigenExplorer.address;

import dev.sse.model.io.json.JsonCursor;
import dev.sse.model.io.json.NetworkFormatException;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The AllocationManager's state for the unique-stake era (ELIP-002), read from its decoded events in the layout of
 * shared/real-data/eigenlayer/holesky-preprod-operator-sets-allocations.facts.json (SOURCES.md S8; event vocabulary
 * in SHAPES.md): {@code operatorSets} ({@code avs}, {@code operatorSetId}, {@code strategies}), {@code memberships}
 * ({@code operator}, {@code avs}, {@code operatorSetId}, {@code member}), {@code allocations} ({@code operator},
 * {@code avs}, {@code operatorSetId}, {@code strategy}, {@code magnitude}) and {@code maxMagnitudes}
 * ({@code operator}, {@code strategy}, {@code maxMagnitude}); magnitudes are WAD (10^18 = 100%).
 */
final class EigenAllocations {

    /** 10^18: a magnitude of one WAD is the operator's whole stake in that strategy (AllocationManager). */
    static final BigInteger WAD = BigInteger.TEN.pow(18);

    /** An operator set, keyed {@code avs/id}. */
    record OperatorSet(String avs, long id, List<String> strategies) {
        String key() {
            return avs + "/" + id;
        }
    }

    record Allocation(String operator, String set, String strategy, BigInteger magnitude) {
    }

    record State(String network, Long toBlock, String toTime, Map<String, OperatorSet> sets,
                 Map<String, Set<String>> members, List<Allocation> allocations, Map<String, BigInteger> maxMagnitudes) {

        BigInteger maxMagnitude(String operator, String strategy) {
            return maxMagnitudes.getOrDefault(operator + "/" + strategy, WAD);
        }
    }

    private EigenAllocations() {
    }

    static State read(Path file) throws IOException, NetworkFormatException {
        JsonCursor root = JsonCursor.read(file);
        if (!root.isObject()) {
            throw root.expected("an object with operatorSets and allocations (decoded AllocationManager events)");
        }
        Map<String, OperatorSet> sets = new LinkedHashMap<>();
        for (JsonCursor s : root.field("operatorSets").items()) {
            List<String> strategies = new ArrayList<>();
            for (JsonCursor st : s.field("strategies").items()) {
                strategies.add(address(st));
            }
            OperatorSet set = new OperatorSet(address(s.field("avs")), small(s.field("operatorSetId")),
                    strategies);
            if (sets.put(set.key(), set) != null) {
                throw s.error("operator set " + set.id() + " of AVS " + set.avs() + " is listed twice");
            }
        }
        Map<String, Set<String>> members = new HashMap<>();
        if (root.has("memberships")) {
            for (JsonCursor m : root.field("memberships").items()) {
                Set<String> in = members.computeIfAbsent(known(sets, m), k -> new java.util.HashSet<>());
                if (m.field("member").bool()) {
                    in.add(address(m.field("operator")));
                }
            }
        }
        List<Allocation> allocations = new ArrayList<>();
        for (JsonCursor a : root.field("allocations").items()) {
            allocations.add(new Allocation(address(a.field("operator")), known(sets, a), address(a.field("strategy")),
                    magnitude(a.field("magnitude"))));
        }
        Map<String, BigInteger> max = new HashMap<>();
        if (root.has("maxMagnitudes")) {
            for (JsonCursor m : root.field("maxMagnitudes").items()) {
                BigInteger v = magnitude(m.field("maxMagnitude"));
                if (v.signum() == 0) {
                    throw m.field("maxMagnitude").error("a max magnitude of 0 leaves the operator no stake to allocate");
                }
                max.put(address(m.field("operator")) + "/" + address(m.field("strategy")), v);
            }
        }
        String network = root.has("network") ? root.field("network").string() : null;
        Long to = null;
        String toTime = null;
        if (root.has("blockRange")) {
            JsonCursor range = root.field("blockRange");
            to = small(range.field("to"));
            toTime = range.has("toTime") ? range.field("toTime").string() : null;
        }
        return new State(network, to, toTime, sets, members, allocations, max);
    }

    private static String known(Map<String, OperatorSet> sets, JsonCursor item) throws NetworkFormatException {
        JsonCursor id = item.field("operatorSetId");
        String key = address(item.field("avs")) + "/" + id.natural();
        if (!sets.containsKey(key)) {
            throw id.error("operator set " + id.natural() + " of AVS " + address(item.field("avs"))
                    + " is not in operatorSets");
        }
        return key;
    }

    private static long small(JsonCursor c) throws NetworkFormatException {
        BigInteger v = c.natural();
        if (v.bitLength() > 62) {
            throw c.error("must be below 2^62, got " + v);
        }
        return v.longValueExact();
    }

    private static BigInteger magnitude(JsonCursor c) throws NetworkFormatException {
        BigInteger v = c.natural();
        if (v.compareTo(WAD) > 0) {
            throw c.error("a magnitude is at most 1000000000000000000 (10^18 = 100%), got " + v);
        }
        return v;
    }
}
