package dev.sse.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.sse.app.Main;
import dev.sse.model.io.json.NetworkCodec;
import dev.sse.model.network.Network;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code explorer import cosmos|kusama}: on the recorded responses of the model's importer tests (June 2024
 * cosmoshub-4 + neutron-1, Kusama era 1827; see model/src/test/resources/import/README.md), and on bad input.
 */
class ImportCommandTest {

    static final Path RECORDED = Path.of("..", "model", "src", "test", "resources", "import");

    @TempDir
    Path dir;
    final CliRun cli = new CliRun(ImportCommand::new);

    private static String hub(String file) {
        return RECORDED.resolve("cosmoshub-4").resolve(file).toString();
    }

    @Test
    void importsTheJune2024HubWithNeutron() throws Exception {
        assumeTrue(Files.isDirectory(RECORDED), "run from the app module of a full checkout");
        Path net = dir.resolve("hub.json");

        assertThat(cli.run("cosmos", "--validators", hub("validators-page-1.json"), "--validators", hub("validators-page-2.json"),
                "--consumer-chains", hub("consumer-chains-v5.json"), "--consumer-validators",
                "neutron-1=" + hub("consumer-validators-neutron-1.json"), "--price", "ATOM=6.71", "--date", "2024-06-24",
                "--out", net.toString())).isZero();

        assertThat(cli.out().lines()).containsExactly(
                "cosmoshub-4: 180 bonded validators (of 542), 252713891.402816 ATOM bonded",
                "neutron-1: consumer, 139 validators", "2 assumption(s) written to the file", "wrote " + net);
        Network n = NetworkCodec.read(net);
        assertThat(n.validators()).hasSize(180);
        assertThat(n.provenance().string("importer")).contains("explorer import cosmos");
        assertThat(cli.err()).isEmpty();

        CliRun analyze = new CliRun(AnalyzeCommand::new);
        assertThat(analyze.run(net.toString())).isZero();
        assertThat(analyze.out().lines().limit(4)).containsExactly(
                "Source: cosmoshub-4, 2024-06-24: GET /cosmos/staking/v1beta1/validators; "
                        + "GET /interchain_security/ccv/provider/consumer_chains; "
                        + "GET /interchain_security/ccv/provider/consumer_validators/neutron-1 (explorer import cosmos 1)",
                "Assumption: The responses carry no block height; the snapshot is dated only by what --date says.",
                "Assumption: profitFromCorruption is 0 on every chain: no response carries what an attacker would gain; "
                        + "set it per chain before reading security margins.",
                "Network cosmoshub-4 (2024-06-24) — total stake 1.7 B USD");
    }

    @Test
    void importsKusamaEra1827WithParachains() throws Exception {
        assumeTrue(Files.isDirectory(RECORDED), "run from the app module of a full checkout");
        Path net = dir.resolve("kusama.json");

        assertThat(cli.run("kusama", "--exposures", RECORDED.resolve("kusama/era-1827-validator-exposures.csv").toString(),
                "--parachain", "1000=Statemine", "--parachain", "2000", "--out", net.toString())).isZero();

        assertThat(cli.out()).startsWith("kusama era 1827: 899 validators, 5266406.403895677576 KSM exposed");
        assertThat(NetworkCodec.read(net).chains()).hasSize(3);
    }

    @Test
    void aResponseItDoesNotUnderstandIsOneLocatedLineAndNoFile() throws Exception {
        Path page = Files.writeString(dir.resolve("page.json"), "{\"validators\": [{\"operator_address\": 7}]}");
        Path net = dir.resolve("x.json");

        assertThat(cli.run("cosmos", "--validators", page.toString(), "--out", net.toString())).isEqualTo(2);

        assertThat(cli.err().strip()).isEqualTo("import cosmos: page.json:1:38: $.validators[0].operator_address: "
                + "must be a string, got 7");
        assertThat(Files.exists(net)).isFalse();
    }

    @Test
    void badFlagsAreOneLineEach() {
        Path net = dir.resolve("x.json");
        assertThat(cli.run("cosmos", "--validators", "p.json", "--price", "OSMO=1", "--out", net.toString())).isEqualTo(2);
        assertThat(cli.run("kusama", "--exposures", "e.csv", "--parachain", "abc", "--out", net.toString())).isEqualTo(2);
        assertThat(cli.run("kusama", "--exposures", "missing.csv", "--out", net.toString())).isEqualTo(2);
        assertThat(cli.err().lines()).containsExactly(
                "import cosmos: --price OSMO=1: expected ATOM=USD with a price > 0",
                "import kusama: --parachain abc: expected a parachain id (a whole number), each once, optionally =NAME",
                "import kusama: cannot read missing.csv: no such file");
    }

    /** Issue 21: cosmos, kusama and polkadot share BondPrice: the same --price, checked against their bond asset. */
    @Test
    void everyImporterOfOneBondAssetTakesItsPriceTheSameWay() {
        Path net = dir.resolve("x.json");
        assertThat(cli.run("kusama", "--exposures", "e.csv", "--price", "DOT=4", "--out", net.toString())).isEqualTo(2);
        assertThat(cli.run("polkadot", "--exposures", "e.csv", "--price", "DOT=0", "--out", net.toString())).isEqualTo(2);
        assertThat(cli.err().lines()).containsExactly(
                "import kusama: --price DOT=4: expected KSM=USD with a price > 0",
                "import polkadot: --price DOT=0: expected DOT=USD with a price > 0");
        var main = Main.commandLine().getSubcommands().get("import");
        for (String name : java.util.List.of("cosmos", "kusama", "polkadot")) {
            assertThat(main.getSubcommands().get(name).getCommandSpec().findOption("--price").description()).as(name)
                    .containsExactly("price of the bond asset (ATOM, KSM or DOT) in USD, e.g. ATOM=6.71 or KSM=30");
        }
    }
}
