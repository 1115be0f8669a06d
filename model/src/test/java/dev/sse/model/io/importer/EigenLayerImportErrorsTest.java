package dev.sse.model.io.importer;

import static dev.sse.model.io.importer.ImportFixtures.oneProblem;
import static dev.sse.model.io.importer.ImportFixtures.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sse.model.io.json.NetworkFormatException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every way {@code import eigenlayer} refuses its input, as one located line. Addresses are recorded Holesky operators,
 * AVSs and strategies (SOURCES.md S8); layouts are EigenExplorer's (S7) and the decoded AllocationManager events'
 * (SHAPES.md); the mistakes are made by hand.
 */
class EigenLayerImportErrorsTest {

    static final String OP = "0x0a8261b0ffec30a2e70b67d38efa4c5bdab62608";
    static final String AVS = "0xf9084c9cb42171750d2fe0260de4f0f0320458f6";
    static final String STRATEGY = "0x13c516fe2b077c30f249223d9693e7dc1de7af9d";
    static final String SET = "{\"avs\": \"" + AVS + "\", \"operatorSetId\": 0, \"strategies\": [\"" + STRATEGY + "\"]}";

    @TempDir
    Path dir;

    private String fails(String operators, String allocations) {
        List<Path> ops = operators == null ? List.of() : List.of(write(dir, "ops.json", operators));
        Path alloc = allocations == null ? null : write(dir, "alloc.json", allocations);
        return oneProblem(() -> EigenLayerImport.run(new EigenOptions("ethereum", ops, List.of(), alloc, Map.of(), null)));
    }

    private static String operator(String shares) {
        return "{\"data\": [{\"address\": \"" + OP + "\", \"shares\": [" + shares + "], \"avsRegistrations\": "
                + "[{\"avsAddress\": \"" + AVS + "\", \"isActive\": true}]}], \"meta\": {}}";
    }

    private static String allocation(String magnitude) {
        return "{\"operatorSets\": [" + SET + "], \"allocations\": [{\"operator\": \"" + OP + "\", \"avs\": \"" + AVS
                + "\", \"operatorSetId\": 0, \"strategy\": \"" + STRATEGY + "\", \"magnitude\": " + magnitude + "}]}";
    }

    @Test
    void eigenExplorerPagesAreChecked() {
        assertThat(fails("[]", null)).isEqualTo("ops.json:1:1: $: must be an EigenExplorer page {\"data\": [...], "
                + "\"meta\": {...}}, got an array");
        assertThat(fails("{\"meta\": {}}", null)).isEqualTo("ops.json:1:1: $: missing required field 'data'");
        assertThat(fails("{\"data\": [{\"address\": \"0x12\", \"shares\": []}]}", null)).isEqualTo("ops.json:1:23: "
                + "$.data[0].address: must be an address (0x and 40 hex digits), got the string \"0x12\"");
        assertThat(fails(operator("{\"strategyAddress\": \"" + STRATEGY + "\", \"shares\": \"1.5e18\"}"), null))
                .startsWith("ops.json:1:156: $.data[0].shares[0].shares: must be a whole number >= 0");
        String share = "{\"strategyAddress\": \"" + STRATEGY + "\", \"shares\": \"1\"}";
        assertThat(fails(operator(share + ", " + share), null)).isEqualTo("ops.json:1:182: $.data[0].shares[1]"
                + ".strategyAddress: strategy " + STRATEGY + " is listed twice for operator " + OP);
        assertThat(fails(operator(share).replace("true", "\"yes\""), null)).isEqualTo("ops.json:1:257: "
                + "$.data[0].avsRegistrations[0].isActive: must be true or false, got the string \"yes\"");
        assertThat(fails("{\"data\": [", null)).startsWith("ops.json:1:");
    }

    @Test
    void anOperatorListedTwiceAcrossPagesIsNamed() {
        Path page = write(dir, "p1.json", operator("{\"strategyAddress\": \"" + STRATEGY + "\", \"shares\": \"1\"}"));
        try {
            EigenLayerImport.run(new EigenOptions("ethereum", List.of(page, page), List.of(), null, Map.of(), null));
            throw new AssertionError("expected a failure");
        } catch (NetworkFormatException e) {
            assertThat(e.getMessage()).isEqualTo("p1.json:1:23: $.data[0].address: operator " + OP + " is listed twice");
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void allocationsAreChecked() {
        assertThat(fails(null, "[]")).isEqualTo("alloc.json:1:1: $: must be an object with operatorSets and allocations "
                + "(decoded AllocationManager events), got an array");
        assertThat(fails(null, "{\"operatorSets\": []}")).isEqualTo("alloc.json:1:1: $: missing required field 'allocations'");
        assertThat(fails(null, allocation("\"1000000000000000001\""))).isEqualTo("alloc.json:1:376: "
                + "$.allocations[0].magnitude: a magnitude is at most 1000000000000000000 (10^18 = 100%), got "
                + "1000000000000000001");
        assertThat(fails(null, allocation("1").replace("\"operatorSetId\": 0, \"strategy\"", "\"operatorSetId\": 7, "
                + "\"strategy\""))).isEqualTo("alloc.json:1:302: $.allocations[0].operatorSetId: operator set 7 of AVS "
                + AVS + " is not in operatorSets");
        assertThat(fails(null, allocation("1").replace("[" + SET, "[" + SET + ", " + SET))).isEqualTo("alloc.json:1:"
                + "156: $.operatorSets[1]: operator set 0 of AVS " + AVS + " is listed twice");
        assertThat(fails(null, allocation("1").replace("}]}", "}], \"maxMagnitudes\": [{\"operator\": \"" + OP
                + "\", \"strategy\": \"" + STRATEGY + "\", \"maxMagnitude\": \"0\"}]}"))).endsWith("$.maxMagnitudes[0]"
                + ".maxMagnitude: a max magnitude of 0 leaves the operator no stake to allocate");
        assertThat(fails(null, allocation("1").replace("\"operatorSetId\": 0,", "\"operatorSetId\": 1e99,")))
                .isEqualTo("alloc.json:1:90: $.operatorSets[0].operatorSetId: must be a whole number >= 0 (a number, "
                        + "a decimal string or a 0x hex string), got 1e99");
        assertThat(fails(null, allocation("1").replace("\"operatorSetId\": 0,", "\"operatorSetId\": 99999999999999999999,")))
                .endsWith("$.operatorSets[0].operatorSetId: must be below 2^62, got 99999999999999999999");
    }

    @Test
    void nothingSecuredIsSaidOnce() {
        assertThat(fails(null, allocation("0"))).isEqualTo("alloc.json:1:1: $: no operator secures any AVS (no active "
                + "registration or allocation with stake)");
        assertThat(fails(operator(""), null)).isEqualTo("ops.json:1:1: $: no operator secures any AVS (no active "
                + "registration or allocation with stake)");
    }
}
