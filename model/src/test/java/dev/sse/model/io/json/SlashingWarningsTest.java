package dev.sse.model.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Issue 21: a slashing key no engine reads is not accepted silently: a located warning, the file still valid. */
class SlashingWarningsTest {

    private static final String NET = """
            {"format": "shared-security-network", "version": 1, "name": "w",
             "validators": [{"id": "a", "stake": 1}],
             "chains": [{"id": "hub", "kind": "provider",
               "slashing": {"doubleSignFraction": 0.05, "tombstone": true, "protocol": "cosmos"}}],
             "allocations": [{"validator": "a", "chain": "hub"}]}
            """;

    @Test
    void anUnknownSlashingKeyIsAWarningAtTheKey() throws Exception {
        NetworkCodec.readString("w.json", NET);
        assertThat(NetworkCodec.warnings("w.json", NET)).singleElement().satisfies(w -> {
            assertThat(w.toString()).startsWith("w.json:4:45: $.chains[0].slashing.tombstone: warning: unknown "
                    + "slashing key 'tombstone': no slashing engine reads it, so it changes nothing");
            assertThat(w.message()).contains("known keys: doubleSignFraction, downtimeFraction");
        });
    }

    @Test
    void knownKeysGiveNoWarning() {
        assertThat(NetworkCodec.warnings("w.json", NET.replace(", \"tombstone\": true", ""))).isEmpty();
    }

    /** Issue 21: Ethereum's penalty constants are read by the engine ({@code EthereumPenalties}): no warning. */
    @Test
    void ethereumPenaltyConstantsAreKnown() {
        String eth = NET.replace("\"tombstone\": true, \"protocol\": \"cosmos\"", "\"protocol\": \"ethereum\", "
                + "\"initialPenaltyQuotient\": 4096, \"correlationPenaltyMultiplier\": 3, \"slashingsWindowEpochs\": 8192");
        assertThat(eth).contains("slashingsWindowEpochs");
        assertThat(NetworkCodec.warnings("w.json", eth)).isEmpty();
    }

    /** Out of range, they are errors at the key, like every known slashing key. */
    @Test
    void ethereumPenaltyConstantsAreChecked() {
        String bad = NET.replace("\"tombstone\": true", "\"initialPenaltyQuotient\": 0, \"slashingsWindowEpochs\": 1.5");
        assertThatThrownBy(() -> NetworkCodec.readString("w.json", bad)).isInstanceOf(NetworkFormatException.class)
                .hasMessageContaining("$.chains[0].slashing.initialPenaltyQuotient: must be a whole number from 1 to 1000000000")
                .hasMessageContaining("$.chains[0].slashing.slashingsWindowEpochs: must be a whole number from 2 to 1000000000");
    }
}
