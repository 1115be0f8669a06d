package dev.sse.model.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * Issue 17 item 1: the reader accepts only magnitudes the engines compute with (docs/network-format.md,
 * "Magnitudes"): two validators of stake 1e308 made σ(V) infinite ({@code simulate --json}: "JSON has no
 * Infinity", {@code analyze --json}: {@code "totalStake": null}); now the file is refused where the value is.
 */
class MagnitudesTest {

    private static String network(String stake, String profit) {
        return "{\"format\": \"shared-security-network\", \"version\": 1, \"name\": \"m\",\n"
                + "\"validators\": [{\"id\": \"a\", \"stake\": " + stake + "}, {\"id\": \"b\", \"stake\": 1}],\n"
                + "\"chains\": [{\"id\": \"x\", \"kind\": \"service\", \"profitFromCorruption\": " + profit + "}],\n"
                + "\"allocations\": [{\"validator\": \"a\", \"chain\": \"x\"}]}";
    }

    @Test
    void aStakeBeyond1e18IsRefusedWithTheAcceptedRange() {
        assertThatThrownBy(() -> NetworkCodec.readString("m.json", network("1e308", "1")))
                .isInstanceOfSatisfying(NetworkFormatException.class, e -> assertThat(e.problems().get(0).toString())
                        .isEqualTo("m.json:2:37: $.validators[0].stake: must be a number from 1e-12 to 1e18, got 1e308"));
    }

    @Test
    void aProfitBelow1eMinus12IsRefusedButZeroIsNot() throws NetworkFormatException {
        assertThatThrownBy(() -> NetworkCodec.readString("m.json", network("1", "1e-300")))
                .isInstanceOfSatisfying(NetworkFormatException.class, e -> assertThat(e.problems().get(0).message())
                        .isEqualTo("must be 0 or a number from 1e-12 to 1e18, got 1e-300"));
        assertThat(NetworkCodec.readString("m.json", network("1e18", "0")).chains().get(0).profitFromCorruption())
                .isZero();
        assertThat(NetworkCodec.readString("m.json", network("1e-12", "1e-12")).validators().get(0).stake())
                .isEqualTo(1e-12);
    }
}
