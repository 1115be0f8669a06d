package dev.sse.model.analysis.shaping;

import java.math.BigDecimal;
import java.util.List;

/**
 * N(s): the validators securing one chain, after inheritance and power shaping.
 *
 * @param chain       the chain's id
 * @param members     the securing validators in network file order
 * @param inherited   true when the set is the provider's ({@code securedBy}) rather than own allocations
 * @param powerShaped true when members carry ICS powers from a {@code powerCap}; thresholds then count
 *                    those powers instead of securing amounts
 */
public record SecuringSet(String chain, List<Member> members, boolean inherited, boolean powerShaped) {

    /**
     * One securing validator.
     *
     * @param validator the validator's id
     * @param amount    a(v,s): value it puts at risk on the chain (allocation amount × price, default its
     *                  whole stake × price), in the network's value unit
     * @param pooled    true when {@code amount} is the validator's whole stake (pooled restaking)
     * @param power     its voting power on the chain (capped ICS power when {@code powerShaped}, else the
     *                  integer power in whole asset units) — informational unless power-shaped
     */
    public record Member(String validator, BigDecimal amount, boolean pooled, long power) {
    }

    public SecuringSet {
        members = List.copyOf(members);
    }
}
