package dev.sse.model.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 17 item 7: {@link Network#consumersOf} is an index built with the network, not a scan of every chain
 * per call, so walking a securedBy tree (blast radii, the cascade's falls) costs its size: a 3,000-link chain
 * scanned 3,000 chains at each of its links' steps (81 s for {@code analyze}).
 */
class ConsumersIndexTest {

    private static Chain chain(String id, ChainKind kind, String securedBy) {
        return Chain.builder(id, kind).profitFromCorruption(1).securedBy(securedBy).build();
    }

    @Test
    void consumersComeFromAnIndexInFileOrder() {
        Network n = Network.builder().name("tree").chain(chain("relay", ChainKind.RELAY, null))
                .chain(chain("b", ChainKind.PARACHAIN, "relay")).chain(chain("a", ChainKind.PARACHAIN, "relay"))
                .chain(chain("r", ChainKind.ROLLUP, "a")).build();
        assertThat(n.consumersOf("relay")).extracting(Chain::id).containsExactly("b", "a");
        assertThat(n.consumersOf("a")).extracting(Chain::id).containsExactly("r");
        assertThat(n.consumersOf("r")).isEmpty();
        assertThat(n.consumersOf("nothing")).isEmpty();
        // the same list each call: looked up, not rebuilt by a scan over the chains
        assertThat(n.consumersOf("relay")).isSameAs(n.consumersOf("relay"));
        List<Chain> consumers = n.consumersOf("relay");
        assertThat(n.toBuilder().build().consumersOf("relay")).isEqualTo(consumers);
    }
}
