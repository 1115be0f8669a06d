package dev.sse.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.sse.model.io.json.NetworkCodec;
import dev.sse.model.network.Network;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code explorer import eigenlayer} on the recorded Holesky (EigenLayer preprod) AllocationManager events
 * (model/src/test/resources/import/eigenlayer, SOURCES.md S8), and on bad flags.
 */
class ImportEigenCommandTest {

    static final Path HOLESKY = ImportCommandTest.RECORDED.resolve("eigenlayer")
            .resolve("holesky-preprod-operator-sets-allocations.facts.json");

    @TempDir
    Path dir;
    final CliRun cli = new CliRun(ImportCommand::new);

    @Test
    void importsTheHoleskyOperatorSetsAndAnalysesThem() throws Exception {
        assumeTrue(Files.isRegularFile(HOLESKY), "run from the app module of a full checkout");
        Path net = dir.resolve("holesky.json");

        assertThat(cli.run("eigenlayer", "--allocations", HOLESKY.toString(), "--chain-id", "holesky",
                "--price", "0xbeac0eeeeeeeeeeeeeeeeeeeeeeeeeeeeeebeac0=2700", "--out", net.toString())).isZero();

        // 4 operators allocate beacon-chain ETH (1 share each at 2,700 USD), 62 more whole shares are unpriced

        assertThat(cli.out().lines()).containsExactly("holesky: 28 operators, 10862 (USD and whole shares) restaked",
                "6 operator sets (unique stake), 30 allocations", "7 assumption(s) written to the file", "wrote " + net);
        Network n = NetworkCodec.read(net);
        assertThat(n.provenance().values()).containsEntry("importer", "explorer import eigenlayer");
        CliRun analyze = new CliRun(AnalyzeCommand::new);
        assertThat(analyze.run(net.toString())).isZero();
        assertThat(analyze.out()).startsWith("Source: holesky, 2025-02-20, height 3391662: AllocationManager events");
        assertThat(cli.err()).isEmpty();
    }

    @Test
    void badFlagsAreOneLineEach() {
        String o = dir.resolve("x.json").toString();
        assertThat(cli.run("eigenlayer", "--allocations", "a.json", "--price", "stETH=3000", "--out", o)).isEqualTo(2);
        assertThat(cli.run("eigenlayer", "--out", o)).isEqualTo(2);
        assertThat(cli.run("eigenlayer", "--allocations", "a.json", "--chain-id", "a b", "--out", o)).isEqualTo(2);
        assertThat(cli.run("eigenlayer", "--allocations", "missing.json", "--out", o)).isEqualTo(2);
        assertThat(cli.err().lines()).containsExactly(
                "import eigenlayer: --price stETH=3000: expected STRATEGY=USD, a strategy address (0x and 40 hex digits) "
                        + "and a price > 0",
                "import eigenlayer: give --operators (EigenExplorer pages), --from URL (the live API), --allocations "
                        + "(operator sets), or operators and allocations",
                "import eigenlayer: --chain-id a b: expected letters, digits, '.', '_' or '-'",
                "import eigenlayer: cannot read missing.json: no such file");
        assertThat(Files.exists(dir.resolve("x.json"))).isFalse();
    }
}
