package dev.sse.model.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sse.model.network.Chain;
import dev.sse.model.network.Network;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Things that look suspicious but are valid, so that the reader does not over-reject. */
class AcceptedEdgeCasesTest {

    private static final String BASE = """
            {"format": "shared-security-network", "version": 1, "name": "edge",
             "validators": [{"id": "v1", "stake": 100}, {"id": "relay", "stake": 50}],
             "chains": [{"id": "relay", "kind": "relay"},
                        {"id": "l2", "kind": "rollup", "securedBy": "relay"},
                        {"id": "l3", "kind": "rollup", "securedBy": "l2", "security": {"proof": "zk"}}],
             "allocations": [ALLOCATIONS]EXTRA}
            """;

    private static Network read(String allocations, String extra) throws NetworkFormatException {
        return NetworkCodec.readString("edge.json", BASE.replace("ALLOCATIONS", allocations).replace("EXTRA", extra));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "validator id equal to a chain id | {\"validator\": \"relay\", \"chain\": \"relay\"}",
        "pooled everywhere                | {\"validator\": \"v1\", \"chain\": \"relay\"}, {\"validator\": \"v1\", \"chain\": \"l2\"}, {\"validator\": \"v1\", \"chain\": \"l3\"}",
        "amount equal to the stake        | {\"validator\": \"v1\", \"chain\": \"l2\", \"amount\": 100}",
        "explicit sum equal to the stake  | {\"validator\": \"v1\", \"chain\": \"l2\", \"amount\": 30.1}, {\"validator\": \"v1\", \"chain\": \"l3\", \"amount\": 69.9}",
        "pooled and explicit mixed        | {\"validator\": \"v1\", \"chain\": \"relay\"}, {\"validator\": \"v1\", \"chain\": \"l2\", \"amount\": 100}, {\"validator\": \"v1\", \"chain\": \"l3\", \"amount\": null}",
        "no allocations                   | ",
    })
    void acceptsAllocations(String what, String allocations) throws NetworkFormatException {
        Network n = read(allocations == null ? "" : allocations, "");
        assertThat(NetworkCodec.readString("again.json", NetworkCodec.write(n))).isEqualTo(n);
    }

    @Test
    void acceptsNullForOptionalFieldsAndDefaultsThem() throws NetworkFormatException {
        Network n = read("", ", \"assets\": null, \"description\": null, \"adversaryFraction\": null, \"scenarios\": null");
        assertThat(n.adversaryFraction()).isEqualTo(Network.DEFAULT_ADVERSARY_FRACTION);
        assertThat(n.description()).isEmpty();
        Chain relay = n.chain("relay").orElseThrow();
        assertThat(relay.attackThreshold()).isEqualTo(Chain.DEFAULT_ATTACK_THRESHOLD);
        assertThat(relay.profitFromCorruption()).isZero();
        assertThat(relay.name()).isEqualTo("relay");
    }

    @Test
    void aRollupMaySettleOnARollup() throws NetworkFormatException {
        assertThat(read("", "").chain("l3").orElseThrow().securedBy()).isEqualTo("l2");
    }

    @Test
    void assetNamesAreFreeLabelsWithoutAnAssetList() throws NetworkFormatException {
        Network n = NetworkCodec.readString("labels.json", BASE.replace("ALLOCATIONS", "").replace("EXTRA", "")
                .replace("{\"id\": \"v1\", \"stake\": 100}", "{\"id\": \"v1\", \"stake\": 100, \"asset\": \"anything\"}"));
        assertThat(n.validator("v1").orElseThrow().asset()).isEqualTo("anything");
        assertThat(n.priceOf(n.validator("v1").orElseThrow())).isEqualTo(1.0);
    }

    @Test
    void settingsKeepLongAndDoubleApartAndUnknownKeys() throws NetworkFormatException {
        Network n = NetworkCodec.readString("s.json", BASE.replace("ALLOCATIONS", "").replace("EXTRA", "")
                .replace("{\"proof\": \"zk\"}", "{\"proof\": \"zk\", \"n\": 2, \"d\": 2.0, \"e\": 1e3, \"big\": 123456789012345678901, \"x\": [null, {\"y\": true}]}"));
        var security = n.chain("l3").orElseThrow().security().values();
        assertThat(security.get("n")).isEqualTo(2L);
        assertThat(security.get("d")).isEqualTo(2.0);
        assertThat(security.get("e")).isEqualTo(1000.0);
        assertThat(security.get("big")).isEqualTo(1.2345678901234568E20);
        assertThat(security.get("x")).asList().containsExactly(null, java.util.Map.of("y", true));
        assertThat(NetworkCodec.readString("again.json", NetworkCodec.write(n))).isEqualTo(n);
    }
}
