package dev.sse.app.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sse.model.analysis.AnalysisResult;
import dev.sse.model.analysis.SecurityAnalyzer;
import dev.sse.model.io.json.NetworkCodec;
import dev.sse.model.network.Chain;
import dev.sse.model.network.ChainKind;
import dev.sse.model.network.Network;
import dev.sse.model.network.edit.NetworkEdits;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Issue 23 (File → New): every template is a valid network of its system that analyses, and so is the empty one. */
class NewNetworkTest {

    /** The kinds each template must show: its system's hub and consumers (ChainKind's Javadoc). */
    private static final Map<String, Set<ChainKind>> KINDS = Map.of(
            "polkadot-like", Set.of(ChainKind.RELAY, ChainKind.PARACHAIN),
            "ics-hub", Set.of(ChainKind.PROVIDER, ChainKind.CONSUMER),
            "ethereum-rollups", Set.of(ChainKind.L1, ChainKind.ROLLUP),
            "eigenlayer", Set.of(ChainKind.L1, ChainKind.AVS),
            "isolated", Set.of(ChainKind.ISOLATED));

    @ParameterizedTest
    @ValueSource(strings = {"polkadot-like", "ics-hub", "ethereum-rollups", "eigenlayer", "isolated"})
    void eachTemplateIsAValidNetworkOfItsSystemThatAnalyses(String id) throws Exception {
        Network n = NewNetwork.network(id);
        assertThat(NetworkEdits.problems(n)).isEmpty();
        assertThat(NetworkCodec.readString(id + ".json", NetworkCodec.write(n))).isEqualTo(n);
        assertThat(n.chains()).extracting(Chain::kind).containsAll(KINDS.get(id));
        AnalysisResult result = SecurityAnalyzer.analyze(n);
        assertThat(result.chains().keySet()).containsExactlyInAnyOrderElementsOf(
                n.chains().stream().map(Chain::id).toList());
        assertThat(result.chains().values()).allSatisfy(m -> {
            assertThat(m.securingStake()).isPositive();
            assertThat(m.costOfCorruption()).isPositive();
        });
        assertThat(n.description()).startsWith("Template:");
    }

    @Test
    void theTemplateListIsTheMenuAndTheEmptyNetworkIsValidAndAnalyses() {
        assertThat(NewNetwork.TEMPLATES).containsExactlyElementsOf(KINDS.keySet().stream()
                .sorted(java.util.Comparator.comparing(NewNetwork.TEMPLATES::indexOf)).toList());
        Network empty = NewNetwork.network(NewNetwork.EMPTY);
        assertThat(empty.chains()).isEmpty();
        assertThat(empty.validators()).isEmpty();
        assertThat(NetworkEdits.problems(empty)).isEmpty();
        assertThat(SecurityAnalyzer.analyze(empty).chains()).isEmpty();
    }
}
