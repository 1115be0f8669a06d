package dev.sse.model.analysis.economics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sse.model.network.Chain;
import dev.sse.model.network.ChainKind;
import dev.sse.model.network.Network;
import dev.sse.model.network.Settings;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Time to finality: defaults by kind, inheritance, rollup settlement = wait + the L1's finality. */
class FinalityTest {

    private static Chain chain(String id, ChainKind kind, String securedBy, Double finality, Object... security) {
        Map<String, Object> s = new LinkedHashMap<>();
        for (int i = 0; i < security.length; i += 2) {
            s.put((String) security[i], security[i + 1]);
        }
        return Chain.builder(id, kind).securedBy(securedBy).security(new Settings(s)).finalitySeconds(finality)
                .build();
    }

    private static Double seconds(Network n, String id) {
        return Finality.of(n, n.chain(id).orElseThrow()).seconds();
    }

    @Test
    void cometBftChainsFinaliseInOneSixSecondBlock() {
        Network n = Network.builder().name("cosmos").chain(chain("hub", ChainKind.PROVIDER, null, null))
                .chain(chain("ntrn", ChainKind.CONSUMER, "hub", null)).chain(chain("osmo", ChainKind.ISOLATED, null, null))
                .build();
        assertThat(seconds(n, "hub")).isEqualTo(6.0);
        assertThat(seconds(n, "ntrn")).isEqualTo(6.0);
        assertThat(seconds(n, "osmo")).isEqualTo(6.0);
    }

    @Test
    void parachainsInheritTheRelaysGrandpaFinality() {
        Network n = Network.builder().name("dot").chain(chain("relay", ChainKind.RELAY, null, null))
                .chain(chain("para", ChainKind.PARACHAIN, "relay", null)).build();
        assertThat(seconds(n, "relay")).isEqualTo(18.0);
        assertThat(seconds(n, "para")).isEqualTo(18.0);
        Network slow = n.toBuilder().replaceChain(chain("relay", ChainKind.RELAY, null, 30.0)).build();
        assertThat(seconds(slow, "para")).isEqualTo(30.0);
        assertThat(Finality.of(slow, slow.chain("para").orElseThrow()).why()).contains("inherited from relay");
    }

    @Test
    void rollupsSettleAfterTheirWaitPlusTheL1sTwoEpochs() {
        Network n = Network.builder().name("eth").chain(chain("eth", ChainKind.L1, null, null))
                .chain(chain("op", ChainKind.ROLLUP, "eth", null, "proof", "optimistic"))
                .chain(chain("arb", ChainKind.ROLLUP, "eth", null, "proof", "optimistic", "challengeWindowDays", 6.4))
                .chain(chain("zk", ChainKind.ROLLUP, "eth", null, "proof", "zk"))
                .chain(chain("zk15", ChainKind.ROLLUP, "eth", null, "proof", "zk", "proofIntervalSeconds", 900L))
                .chain(chain("none", ChainKind.ROLLUP, "eth", null, "proof", "none"))
                .chain(chain("noproof", ChainKind.ROLLUP, "eth", null))
                .chain(chain("l3", ChainKind.ROLLUP, "zk", null))
                .chain(chain("fixed", ChainKind.ROLLUP, "eth", 60.0, "proof", "optimistic"))
                .chain(chain("avs", ChainKind.AVS, "eth", null)).build();
        assertThat(seconds(n, "eth")).isEqualTo(768.0);
        assertThat(seconds(n, "op")).isEqualTo(7 * 86_400 + 768.0);          // 605,568 s
        assertThat(seconds(n, "arb")).isEqualTo(6.4 * 86_400 + 768.0);       // 553,728 s
        assertThat(seconds(n, "zk")).isEqualTo(3_600 + 768.0);               // 4,368 s (assumed interval)
        assertThat(seconds(n, "zk15")).isEqualTo(900 + 768.0);               // 1,668 s
        assertThat(seconds(n, "none")).isEqualTo(768.0);
        assertThat(seconds(n, "noproof")).isEqualTo(7 * 86_400 + 768.0);     // optimistic by default
        assertThat(seconds(n, "l3")).isEqualTo(7 * 86_400 + 3_600 + 768.0);  // optimistic L3 on the ZK rollup
        assertThat(seconds(n, "fixed")).isEqualTo(60.0);
        assertThat(seconds(n, "avs")).isEqualTo(768.0);
        assertThat(Finality.of(n, n.chain("op").orElseThrow()).why())
                .isEqualTo("605568 s ≈ 7.01 d = challenge window 7 d (default) + eth's finality 768 s (settlement on L1)");
    }

    @Test
    void aGenericServiceHasNoDefault() {
        Network n = Network.builder().name("svc").chain(chain("s", ChainKind.SERVICE, null, null)).build();
        assertThat(seconds(n, "s")).isNull();
        Network given = Network.builder().name("svc").chain(chain("s", ChainKind.SERVICE, null, 2.5)).build();
        assertThat(seconds(given, "s")).isEqualTo(2.5);
    }

    /** A relay and {@code links} optimistic rollups, each secured by the one before. */
    static Network securedByChain(int links) {
        Network.Builder b = Network.builder().name("links").chain(chain("relay", ChainKind.RELAY, null, null));
        String previous = "relay";
        for (int i = 1; i <= links; i++) {
            b.chain(chain("l" + i, ChainKind.ROLLUP, previous, null));
            previous = "l" + i;
        }
        return b.build();
    }

    /**
     * Issue 17 item 7: each chain's finality is derived from its provider's once, walking the securedBy links
     * without recursion. Per chain from scratch, a chain of n links cost n²/2 steps, and a deep one overflowed
     * the stack: 50,000 links here (the old recursion failed with StackOverflowError).
     */
    @Test
    void aSecuredByChainIsWalkedOncePerLinkWithoutRecursion() {
        Network n = securedByChain(50_000);
        assertThat(seconds(n, "l50000")).isEqualTo(18 + 50_000 * 7 * 86_400.0);
        Map<String, Finality.Value> all = Finality.all(securedByChain(3_000));
        assertThat(all).hasSize(3_001);
        assertThat(all.get("l3000").seconds()).isEqualTo(18 + 3_000 * 7 * 86_400.0);
        assertThat(all.get("l2").why()).isEqualTo(Finality.of(securedByChain(3_000),
                securedByChain(3_000).chain("l2").orElseThrow()).why());
    }
}
