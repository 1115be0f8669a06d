package dev.sse.model.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sse.model.analysis.shaping.SecuringSet;
import dev.sse.model.analysis.shaping.SecuringSets;
import dev.sse.model.network.Allocation;
import dev.sse.model.network.Chain;
import dev.sse.model.network.ChainKind;
import dev.sse.model.network.Network;
import dev.sse.model.network.Validator;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Issue #18.11: a validator dropped onto a chain joins its securing set and never shrinks it. Dropping one onto an
 * ICS consumer that inherits its provider's set gave the consumer an allocation of its own, so it was secured by that
 * one validator alone (cosmos-hub-ics: Stride's 2.69 B USD became 14 M); it must opt in instead
 * (cosmos/interchain-security, x/ccv/provider/keeper/partial_set_security.go, HandleOptIn).
 */
class JoiningTest {

    /** hub: v1..v5 (50, 20, 15, 10, 5); v6 validates nothing; top: Top N 50; all: replicated; s: a service of v1. */
    private static Network network() {
        Network.Builder b = Network.builder().name("ics")
                .chain(Nets.chain("hub", ChainKind.PROVIDER, 1, 2.0 / 3, null, Map.of()))
                .chain(Nets.chain("top", ChainKind.CONSUMER, 1, 2.0 / 3, "hub", Map.of("topN", 50)))
                .chain(Nets.chain("all", ChainKind.CONSUMER, 1, 2.0 / 3, "hub", Map.of()))
                .chain(Nets.service("s", 1, 2.0 / 3))
                .allocation(Allocation.pooled("v1", "s"));
        double[] stakes = {50, 20, 15, 10, 5};
        for (int i = 0; i < stakes.length; i++) {
            b.validator(Nets.v("v" + (i + 1), stakes[i])).allocation(Allocation.pooled("v" + (i + 1), "hub"));
        }
        return b.validator(Nets.v("v6", 7)).build();
    }

    private static Set<String> members(Network n, String chain) {
        SecuringSet set = SecuringSets.resolve(n, v -> BigDecimal.ONE, Set.of()).get(chain);
        return set.members().stream().map(SecuringSet.Member::validator).collect(Collectors.toSet());
    }

    @Test
    void aProviderValidatorDroppedOnATopNConsumerOptsInAndTheSetGrows() {
        Network n = network();
        assertThat(members(n, "top")).containsExactly("v1");

        Network joined = Joining.join(n, "v5", "top");

        assertThat(members(joined, "top")).containsExactlyInAnyOrder("v1", "v5");
        assertThat(joined.allocationsTo("top")).isEmpty();
        assertThat(joined.chain("top").orElseThrow().security().strings("optIn")).containsExactly("v5");
    }

    @Test
    void aValidatorTheChainHasOrCannotHaveLeavesTheNetworkAsItIs() {
        Network n = network();
        assertThat(Joining.join(n, "v2", "all")).isSameAs(n);   // replicated: every provider validator already
        assertThat(Joining.join(n, "v1", "top")).isSameAs(n);   // in the Top N already
        assertThat(Joining.join(n, "v6", "top")).isSameAs(n);   // not a provider validator: cannot opt in
        assertThat(Joining.join(n, "v1", "s")).isSameAs(n);     // allocated there already
    }

    @Test
    void aChainWithAllocationsOfItsOwnGetsAPooledAllocation() {
        Network joined = Joining.join(network(), "v6", "s");
        assertThat(joined.allocationsTo("s")).contains(Allocation.pooled("v6", "s"));
        assertThat(members(joined, "s")).containsExactlyInAnyOrder("v1", "v6");
    }

    /** Every validator dropped on every chain: no chain's securing set loses a member. */
    @Test
    void noDropShrinksAnySet() {
        Network n = network();
        for (Validator v : n.validators()) {
            for (Chain c : n.chains()) {
                Network joined = Joining.join(n, v.id(), c.id());
                for (Chain any : n.chains()) {
                    assertThat(members(joined, any.id())).as("%s dropped on %s: %s", v.id(), c.id(), any.id())
                            .containsAll(members(n, any.id()));
                }
            }
        }
        assertThat(List.of(n.chains().size(), n.validators().size())).containsExactly(4, 6);
    }
}
