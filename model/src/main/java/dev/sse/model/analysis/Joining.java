package dev.sse.model.analysis;

import dev.sse.model.analysis.shaping.SecuringSet;
import dev.sse.model.analysis.shaping.SecuringSets;
import dev.sse.model.network.Allocation;
import dev.sse.model.network.Chain;
import dev.sse.model.network.IcsShaping;
import dev.sse.model.network.Network;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A validator joins the set securing a chain (a validator dropped onto a chain in the window), never shrinking it
 * (issue #18.11):
 * <ul>
 *   <li>a chain secured by allocations of its own (a service, an AVS, a chain without a provider) gets a pooled
 *       allocation from the validator;</li>
 *   <li>a parachain, consumer or rollup that inherits its provider's set keeps inheriting it: the validator
 *       <em>opts in</em> (it is added to the chain's {@code optIn} list, as {@code MsgOptIn} adds a provider validator
 *       to a consumer in cosmos/interchain-security {@code x/ccv/provider/keeper/partial_set_security.go}
 *       {@code HandleOptIn}). Giving such a chain an allocation would make it secured by that allocation alone: on
 *       cosmos-hub-ics, Stride's inherited 2.69 B USD would have become one validator's 14 M. Only a member of the
 *       provider's set can opt in; a validator the provider's set lacks, or one the chain already has (replicated
 *       security, Top N), leaves the network as it is, and so does one a denylist or allowlist keeps out.</li>
 * </ul>
 */
public final class Joining {

    private Joining() {
    }

    /** The network with {@code validatorId} securing {@code chainId}; the same network when nothing would change. */
    public static Network join(Network network, String validatorId, String chainId) {
        Chain chain = network.chain(chainId).orElse(null);
        if (chain == null || network.validator(validatorId).isEmpty()) {
            return network;
        }
        if (network.allocationsOf(validatorId).stream().anyMatch(a -> a.chain().equals(chainId))) {
            return network;
        }
        boolean inherits = chain.kind().inheritsProviderSet() && chain.securedBy() != null
                && network.chain(chain.securedBy()).isPresent() && network.allocationsTo(chainId).isEmpty();
        if (!inherits) {
            return network.toBuilder().allocation(Allocation.pooled(validatorId, chainId)).build();
        }
        if (members(network, chainId).contains(validatorId)) {
            return network;
        }
        Set<String> before = members(network, chainId);
        if (before.contains(validatorId)) {
            return network;
        }
        List<String> optIn = new ArrayList<>(chain.security().strings(IcsShaping.OPT_IN));
        optIn.add(validatorId);
        Network joined = network.toBuilder()
                .replaceChain(chain.withSecurity(chain.security().with(IcsShaping.OPT_IN, List.copyOf(optIn)))).build();
        Set<String> after = members(joined, chainId);
        return after.contains(validatorId) && after.containsAll(before) ? joined : network;
    }

    private static Set<String> members(Network network, String chainId) {
        SecuringSet set = SecuringSets.resolve(network, v -> BigDecimal.ONE, Set.of()).get(chainId);
        Set<String> ids = new java.util.LinkedHashSet<>();
        set.members().forEach(m -> ids.add(m.validator()));
        return ids;
    }
}
