package dev.sse.model.network;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The lookups of a {@link Network}, built once with it so each costs O(1): entities by id, allocations by validator
 * and by chain, consumers by provider (issue 17 item 7) and data-availability users by provider (issue 19 item 11).
 * Split out of {@code Network} (issue 21: under 400 lines).
 */
final class NetworkIndex {

    final Map<String, Asset> assetById;
    final Map<String, Validator> validatorById;
    final Map<String, Chain> chainById;
    final Map<String, Bridge> bridgeById;
    final Map<String, List<Allocation>> allocationsByValidator;
    final Map<String, List<Allocation>> allocationsByChain;
    /** securedBy → the chains naming it, in file order. */
    final Map<String, List<Chain>> consumersByChain;
    /** DA provider → the chains publishing their data on it apart from their settlement. */
    final Map<String, List<Chain>> dataUsersByChain;

    NetworkIndex(List<Asset> assets, List<Validator> validators, List<Chain> chains, List<Allocation> allocations,
                 List<Bridge> bridges) {
        assetById = index(assets, Asset::symbol);
        validatorById = index(validators, Validator::id);
        chainById = index(chains, Chain::id);
        bridgeById = index(bridges, Bridge::id);
        allocationsByValidator = group(allocations, Allocation::validator);
        allocationsByChain = group(allocations, Allocation::chain);
        Map<String, List<Chain>> consumers = new LinkedHashMap<>();
        chains.stream().filter(c -> c.securedBy() != null)
                .forEach(c -> consumers.computeIfAbsent(c.securedBy(), k -> new ArrayList<>()).add(c));
        consumersByChain = frozen(consumers);
        Map<String, List<Chain>> dataUsers = new LinkedHashMap<>();
        chains.forEach(c -> c.separateDataAvailabilityChain()
                .ifPresent(p -> dataUsers.computeIfAbsent(p, k -> new ArrayList<>()).add(c)));
        dataUsersByChain = frozen(dataUsers);
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> key) {
        Map<String, T> map = new LinkedHashMap<>();
        items.forEach(item -> map.putIfAbsent(key.apply(item), item));
        return Collections.unmodifiableMap(map);
    }

    private static Map<String, List<Allocation>> group(List<Allocation> items, Function<Allocation, String> key) {
        Map<String, List<Allocation>> map = new LinkedHashMap<>();
        items.forEach(a -> map.computeIfAbsent(key.apply(a), k -> new ArrayList<>()).add(a));
        return frozen(map);
    }

    private static <T> Map<String, List<T>> frozen(Map<String, List<T>> map) {
        map.replaceAll((k, v) -> List.copyOf(v));
        return Collections.unmodifiableMap(map);
    }
}
