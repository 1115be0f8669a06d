package dev.sse.model.analysis.economics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sse.model.analysis.AnalysisResult;
import dev.sse.model.analysis.SecurityAnalyzer;
import dev.sse.model.network.Network;
import org.junit.jupiter.api.Test;

/** The six comparison rows of one chain, with numbers and units. */
class SixPointsTest {

    private static final Network NET = EconNets.sharedAndIsolated();
    private static final AnalysisResult RESULT = SecurityAnalyzer.analyze(NET);

    @Test
    void aConsumerInheritsItsSourceAndNamesItsWeakestBridge() {
        SixPoints six = SixPoints.of(NET, RESULT, "C1");
        assertThat(six.rows()).extracting(SixPoints.Row::key).containsExactlyElementsOf(SixPoints.KEYS);
        assertThat(six.rows().get(0).value()).isEqualTo(100.0);
        assertThat(six.rows().get(0).text()).isEqualTo("inherited from P");
        assertThat(six.rows().get(1).value()).isEqualTo(10.0);
        assertThat(six.rows().get(1).unit()).isEqualTo("/yr");
        assertThat(six.rows().get(2).value()).isNull();
        assertThat(six.rows().get(2).text()).isEqualTo("validators provider:P, upgrades own");
        assertThat(six.rows().get(3).value()).isEqualTo(6.0);
        assertThat(six.rows().get(3).unit()).isEqualTo("s");
        // bridges of C1: sp 70, lc 10, ms 14, keys 1 → the cheapest is keys
        assertThat(six.rows().get(4).value()).isEqualTo(1.0);
        assertThat(six.rows().get(4).text()).startsWith("weakest bridge keys (multisig 2-of-3)");
        assertThat(six.rows().get(5).value()).isEqualTo(70.0);
        assertThat(six.rows()).allSatisfy(r -> assertThat(r.why()).isNotBlank());
    }

    @Test
    void anIsolatedChainIsItsOwnSource() {
        SixPoints six = SixPoints.of(NET, RESULT, Economics.of(NET, RESULT), "I");
        assertThat(six.rows().get(0).text()).isEqualTo("own: 2 validators");
        assertThat(six.rows().get(5).value()).isEqualTo(10.0);
        assertThat(six.rows().get(5).text()).isEqualTo("10 (margin 25%)");
    }

    @Test
    void noBridgesAndUnknownChains() {
        Network n = EconNets.pooledVersusUnique();
        SixPoints six = SixPoints.of(n, SecurityAnalyzer.analyze(n), "A1");
        assertThat(six.rows().get(4).value()).isNull();
        assertThat(six.rows().get(4).text()).isEqualTo("no bridges");
        assertThatThrownBy(() -> SixPoints.of(NET, RESULT, "nope")).isInstanceOf(IllegalArgumentException.class);
    }
}
