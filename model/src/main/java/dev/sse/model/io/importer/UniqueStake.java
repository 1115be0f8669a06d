package dev.sse.model.io.importer;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The unique-stake era of {@link EigenLayerImport}: which fraction of each strategy's shares an operator has
 * allocated to each operator set ({@code magnitude / maxMagnitude}, ELIP-002), counting only allocations that are
 * slashable: magnitude above 0, the operator a member of the set and the strategy one of the set's (where the recorded
 * events say so). Operators with allocations but no recorded shares are given one whole share per strategy.
 */
final class UniqueStake {

    private final EigenAllocations.State state;
    private final Map<String, Map<String, BigInteger>> shares;
    private final List<String> assumptions;

    UniqueStake(EigenAllocations.State state, Map<String, Map<String, BigInteger>> shares, List<String> assumptions) {
        this.state = state;
        this.shares = shares;
        this.assumptions = assumptions;
    }

    void apply(Map<String, Map<String, Map<String, BigDecimal>>> stakeIn, Map<String, String> chainNames,
               Map<String, String> avsNames, Map<String, String> owners) {
        int notMember = 0;
        int notInSet = 0;
        java.util.Set<String> unknownMembers = new java.util.TreeSet<>();
        java.util.Set<String> noShares = new java.util.TreeSet<>();
        for (EigenAllocations.Allocation a : state.allocations()) {
            EigenAllocations.OperatorSet set = state.sets().get(a.set());
            if (a.magnitude().signum() == 0) {
                continue;
            }
            if (!set.strategies().isEmpty() && !set.strategies().contains(a.strategy())) {
                notInSet++;
                continue;
            }
            java.util.Set<String> members = state.members().get(a.set());
            if (members == null) {
                unknownMembers.add(a.set());
            } else if (!members.contains(a.operator())) {
                notMember++;
                continue;
            }
            if (!shares.containsKey(a.operator()) || noShares.contains(a.operator())) {
                noShares.add(a.operator());
                shares.computeIfAbsent(a.operator(), k -> new LinkedHashMap<>()).put(a.strategy(), EigenAllocations.WAD);
            }
            String chain = EigenLayerImport.chainId(owners, set.avs(), set.id());
            chainNames.putIfAbsent(chain, EigenLayerImport.avsName(avsNames, set.avs(), set.id()));
            BigDecimal fraction = new BigDecimal(a.magnitude()).divide(
                    new BigDecimal(state.maxMagnitude(a.operator(), a.strategy())), MathContext.DECIMAL64);
            stakeIn.computeIfAbsent(a.operator(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(chain, k -> new LinkedHashMap<>()).merge(a.strategy(), fraction, BigDecimal::add);
        }
        assumptions.add("Unique stake (ELIP-002): an operator's allocation to an operator set is the sum over the set's "
                + "strategies of its shares × magnitude / maxMagnitude (maxMagnitude 10^18 where none is recorded); "
                + "each operator set is its own AVS chain. Recorded slashings are already in the magnitudes.");
        if (!noShares.isEmpty()) {
            assumptions.add(noShares.size() + " operator(s) have allocations but no recorded shares: each is taken to "
                    + "hold one whole share (10^18) of every strategy it allocates.");
        }
        if (!unknownMembers.isEmpty()) {
            assumptions.add(unknownMembers.size() + " operator set(s) have no recorded memberships: their allocations "
                    + "are counted as if every allocating operator were a member.");
        }
        if (notMember > 0) {
            assumptions.add(notMember + " allocation(s) of operators that are not members of the set are left out "
                    + "(not slashable).");
        }
        if (notInSet > 0) {
            assumptions.add(notInSet + " allocation(s) in a strategy the set does not count are left out.");
        }
    }
}
