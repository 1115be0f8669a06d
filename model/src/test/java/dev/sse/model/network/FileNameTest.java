package dev.sse.model.network;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sse.model.simulation.CascadePolicy;
import dev.sse.model.simulation.slashing.Protocol;
import org.junit.jupiter.api.Test;

/**
 * Issue 21 (one way to do each thing): every enum named in the files follows the one {@link FileName} rule; these
 * are the names docs/network-format.md and docs/scenario-format.md list, pinned so a renamed constant shows here.
 */
class FileNameTest {

    @Test
    void everyNameInTheFilesIsTheConstantInLowerCaseWithDashes() {
        assertThat(FileName.allNames(ChainKind.class))
                .isEqualTo("relay, parachain, provider, consumer, l1, rollup, avs, isolated, service");
        assertThat(FileName.allNames(Bridge.Kind.class)).isEqualTo("ibc, xcmp, canonical, third-party");
        assertThat(FileName.allNames(Governance.Model.class)).isEqualTo("own, provider, security-council");
        assertThat(FileName.allNames(CascadePolicy.class)).isEqualTo("greedy, myopic");
        assertThat(FileName.allNames(Protocol.class)).isEqualTo("cosmos, polkadot, ethereum, eigenlayer, generic");
        assertThat(Bridge.Kind.THIRD_PARTY.json()).isEqualTo("third-party");
    }

    @Test
    void parsingIsExactAndTheInverseOfTheName() {
        for (ChainKind k : ChainKind.values()) {
            assertThat(FileName.parse(ChainKind.class, k.json())).contains(k);
        }
        assertThat(FileName.parse(Governance.Model.class, "security-council")).contains(Governance.Model.SECURITY_COUNCIL);
        assertThat(FileName.parse(Governance.Model.class, "SECURITY_COUNCIL")).isEmpty();
        assertThat(FileName.parse(Bridge.Kind.class, "Third-Party")).isEmpty();
        assertThat(FileName.parse(Bridge.Kind.class, "third_party")).isEmpty();
        assertThat(CascadePolicy.fromJson("myopic")).contains(CascadePolicy.MYOPIC);
    }
}
