package dev.sse.model.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sse.model.network.AssetWeights;
import dev.sse.model.network.Network;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Format version 2 (issue 22 item 1): validators' {@code holdings} and chains' {@code security.assetWeights}. */
class MultiAssetFormatTest {

    private static final String V2 = """
            {"format": "shared-security-network", "version": VERSION, "name": "quorums",
             "assets": [{"symbol": "ETH", "priceUsd": 2000}, {"symbol": "EIGEN", "priceUsd": 4}],
             "validators": [VALIDATOR,
                            {"id": "op3", "stake": 12, "asset": "ETH"}],
             "chains": [{"id": "q1", "kind": "service", "security": {"assetWeights": WEIGHTS}}],
             "allocations": [{"validator": "op1", "chain": "q1"}, {"validator": "op3", "chain": "q1"}]}
            """;
    private static final String OP1 = "{\"id\": \"op1\", \"holdings\": {\"ETH\": 10, \"EIGEN\": 1000}}";

    private static String file(String version, String validator, String weights) {
        return V2.replace("VERSION", version).replace("VALIDATOR", validator).replace("WEIGHTS", weights);
    }

    @Test
    void readsHoldingsAndWeightsAndWritesThemBackAsVersion2() throws Exception {
        Network n = NetworkCodec.readString("q.json", file("2", OP1, "{\"EIGEN\": 1, \"ETH\": 0.5}"));
        assertThat(n.validator("op1").orElseThrow().holdings())
                .containsExactly(Map.entry("ETH", 10.0), Map.entry("EIGEN", 1000.0));
        assertThat(n.validator("op1").orElseThrow().stake()).isEqualTo(1010);
        assertThat(AssetWeights.of(n.chain("q1").orElseThrow())).containsExactly(Map.entry("EIGEN", 1.0),
                Map.entry("ETH", 0.5));
        String written = NetworkCodec.write(n);
        assertThat(written).contains("\"version\": 2").contains("\"holdings\": {\n        \"ETH\": 10,")
                .doesNotContain("\"stake\": 1010");
        assertThat(NetworkCodec.readString("again.json", written)).isEqualTo(n);
    }

    @Test
    void aNetworkWithoutMultiAssetStakeIsStillWrittenAsVersion1() throws Exception {
        Network n = NetworkCodec.readString("q.json", file("2", "{\"id\": \"op1\", \"stake\": 1, \"asset\": \"EIGEN\"}",
                "{}").replace(", \"security\": {\"assetWeights\": {}}", ""));
        assertThat(NetworkCodec.write(n)).contains("\"version\": 1,");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "holdings in version 1   | 1 | " + "{\"id\": \"op1\", \"holdings\": {\"ETH\": 1}}" + " | {\"ETH\": 1} | 3:31: $.validators[0].holdings: 'holdings' (multi-asset stake) needs \"version\": 2; this file says version 1",
        "stake and holdings      | 2 | " + "{\"id\": \"op1\", \"stake\": 5, \"holdings\": {\"ETH\": 1}}" + " | {\"ETH\": 1} | $.validators[0].stake: must be left out: a validator with holdings has one amount per asset there, not 'stake'",
        "unknown held asset      | 2 | " + "{\"id\": \"op1\", \"holdings\": {\"BTC\": 1}}" + " | {\"ETH\": 1} | 3:44: $.validators[0].holdings.BTC: unknown asset 'BTC'; expected one of: ETH, EIGEN",
        "empty holdings          | 2 | " + "{\"id\": \"op1\", \"holdings\": {}}" + " | {\"ETH\": 1} | 3:43: $.validators[0].holdings: must name at least one asset (symbol → amount), got an empty object",
        "negative holding        | 2 | " + "{\"id\": \"op1\", \"holdings\": {\"ETH\": -1}}" + " | {\"ETH\": 1} | 3:51: $.validators[0].holdings.ETH: must be a number from 1e-12 to 1e18, got -1",
        "zero weight             | 2 | " + OP1 + " | {\"ETH\": 0} | 5:82: $.chains[0].security.assetWeights.ETH: must be a number from 1e-12 to 1e18, got 0",
        "unknown weighed asset   | 2 | " + OP1 + " | {\"DOT\": 1} | $.chains[0].security.assetWeights.DOT: unknown asset 'DOT'; expected one of: ETH, EIGEN",
        "weights in version 1    | 1 | " + "{\"id\": \"op1\", \"stake\": 1, \"asset\": \"ETH\"}" + " | {\"ETH\": 1} | 5:58: $.chains[0].security.assetWeights: 'assetWeights' (multi-asset stake) needs \"version\": 2; this file says version 1",
    })
    void refusesWithALocatedLine(String what, String version, String validator, String weights, String expected) {
        assertThatThrownBy(() -> NetworkCodec.readString("q.json", file(version, validator, weights)))
                .isInstanceOf(NetworkFormatException.class).hasMessageContaining(expected);
    }

    @Test
    void version3IsRefusedNamingBoth() {
        assertThatThrownBy(() -> NetworkCodec.readString("q.json", file("3", OP1, "{\"ETH\": 1}")))
                .hasMessageContaining("unsupported version 3; this explorer reads versions 1 and 2");
    }
}
