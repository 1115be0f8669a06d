package dev.sse.model.io.importer;

import static dev.sse.model.io.importer.ImportFixtures.oneProblem;
import static dev.sse.model.io.importer.ImportFixtures.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every way {@code import kusama|polkadot} refuses its input, as one located line. Rows and stashes are Kusama era
 * 1827's (the recorded CSV's header and first row, SOURCES.md S4); the mistakes are made by hand.
 */
class RelayImportErrorsTest {

    static final String HEADER = "era,name,stash_address,controller_address,commission_percent,self_stake,total_stake,"
            + "num_stakers,era_points\n";
    static final String ROW = "1827,,HYxzaXwkydDNAy3R8UnCvfprNm74TwwSELpyXSRoqmy9AQY,"
            + "FtNPvNSJeZTb7gGb2bbbiqpWJqy5suSRK97Q5Dfk4paD2nP,10.00,100000000000,6937245037003128,1,20\n";

    @TempDir
    Path dir;

    private String fails(String... files) {
        List<Path> paths = new java.util.ArrayList<>();
        for (int i = 0; i < files.length; i += 2) {
            paths.add(write(dir, files[i], files[i + 1]));
        }
        return oneProblem(() -> RelayImport.run(new RelayOptions(RelayOptions.Relay.KUSAMA, paths, Map.of(), null, null)));
    }

    @Test
    void csvNeedsItsColumns() {
        assertThat(fails("e.csv", "era,name,stash_address,total_stake\n1827,,x,1\n")).isEqualTo("e.csv:1:1: header: missing "
                + "column 'self_stake'; the header must name era, name, stash_address, self_stake, total_stake");
        assertThat(fails("e.csv", "")).startsWith("e.csv:1:1: header: empty file;");
    }

    @Test
    void csvCellsAreCheckedWhereTheyAre() {
        assertThat(fails("e.csv", HEADER + ROW.replace("6937245037003128", "6.9e15"))).isEqualTo("e.csv:2:122: total_stake: must be a whole number >= 0 (planck), got \"6.9e15\"");
        assertThat(fails("e.csv", HEADER + "1827,x\n")).isEqualTo("e.csv:2:1: row: row has 2 cells, the header 9");
        assertThat(fails("e.csv", HEADER + "1827,\"unclosed,x\n")).isEqualTo("e.csv:2:6: cell: a quoted cell is never "
                + "closed");
        assertThat(fails("e.csv", HEADER + ROW.replace(",HYxz", ", ").replace("aXwkydDNAy3R8UnCvfprNm74TwwSELpyXSRoqmy9AQY", "")))
                .isEqualTo("e.csv:2:7: stash_address: must be a stash address, got an empty cell");
    }

    @Test
    void oneEraAndEachStashOnce() {
        assertThat(fails("e.csv", HEADER + ROW + ROW)).isEqualTo("e.csv:3:7: stash_address: validator "
                + "HYxzaXwkydDNAy3R8UnCvfprNm74TwwSELpyXSRoqmy9AQY is listed twice (first in e.csv at line 2)");
        assertThat(fails("a.csv", HEADER + ROW, "b.csv", HEADER + ROW.replace("1827,", "1828,")
                .replace("HYxz", "HYxq"))).isEqualTo("b.csv:2:7: stash_address: exposure of era 1828 next to era 1827; "
                + "import one era at a time");
    }

    @Test
    void jsonShapesAreChecked() {
        assertThat(fails("e.json", "[]")).isEqualTo("e.json:1:1: $: no exposures: the array is empty");
        assertThat(fails("e.json", "[[\"0x5f3e4907f716ac89b6347d15ececedcab\", {\"total\": 1, \"own\": 1}]]"))
                .isEqualTo("e.json:1:3: $[0][0]: a raw storage key cannot be read; map entries with their key's args: "
                        + "[[era, stash], value]");
        assertThat(fails("e.json", "{\"storageItem\": \"bonded\", \"keys\": [], \"value\": null}")).isEqualTo("e.json:1:17: "
                + "$.storageItem: must be one of erasStakersOverview, erasStakers, erasStakersClipped, got the string "
                + "\"bonded\"");
        assertThat(fails("e.json", "[[[1827, \"H\"], {\"own\": \"1\", \"total\": \"-5\"}]]")).isEqualTo("e.json:1:38: "
                + "$[0][1].total: must be a whole number >= 0 (a number, a decimal string or a 0x hex string), got the "
                + "string \"-5\"");
        assertThat(fails("e.json", "[42]")).isEqualTo("e.json:1:2: $[0]: must be a Sidecar storage response (an object) "
                + "or a polkadot-js entry [[era, stash], exposure], got 42");
    }
}
