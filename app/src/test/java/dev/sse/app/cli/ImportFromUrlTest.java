package dev.sse.app.cli;

import dev.sse.app.testing.LocalServer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import dev.sse.model.io.importer.CosmosImport;
import dev.sse.model.io.importer.CosmosOptions;
import dev.sse.model.io.importer.Imported;
import dev.sse.model.io.importer.LiveFetch;
import dev.sse.model.io.json.NetworkCodec;
import dev.sse.model.network.Network;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --from URL} (issue 22 item 4) against a local server (com.sun.net.httpserver) that serves the recorded June
 * 2024 Hub responses (model/src/test/resources/import/cosmoshub-4) as an LCD does, paging by {@code pagination.key}
 * (SHAPES.md: next_key base64, null on the last page), and EigenExplorer pages by skip/take with meta.total; never the
 * real network.
 */
class ImportFromUrlTest {

    static final Path HUB = Path.of("..", "model", "src", "test", "resources", "import", "cosmoshub-4");

    @TempDir
    Path dir;
    @RegisterExtension
    final LocalServer server = LocalServer.serving(this::serve);
    final List<String> requests = new ArrayList<>();

    private void serve(HttpExchange x) throws IOException {
        String path = x.getRequestURI().getPath();
        String query = x.getRequestURI().getRawQuery() == null ? "" : x.getRequestURI().getRawQuery();
        requests.add(path + "?" + query);
        Path file = null;
        String body = null;
        if (path.equals("/cosmos/staking/v1beta1/validators")) {
            String key = param(query, "pagination.key");
            file = HUB.resolve(key == null ? "validators-page-1.json" : "validators-page-2.json");
            if (key != null && !key.equals("FPXOvA0EDFL8GRc9xNMLdFTE21L7")) {
                file = null;
            }
        } else if (path.equals("/interchain_security/ccv/provider/consumer_chains")) {
            file = HUB.resolve("consumer-chains-v5.json");
        } else if (path.equals("/interchain_security/ccv/provider/consumer_validators/neutron-1")) {
            file = HUB.resolve("consumer-validators-neutron-1.json");
        } else if (path.equals("/operators")) {
            int skip = Integer.parseInt(param(query, "skip"));
            StringBuilder data = new StringBuilder();
            for (int i = skip; i < Math.min(skip + 100, 250); i++) {
                data.append(i == skip ? "" : ",").append("{\"address\": \"0x").append(String.format("%040x", i + 1))
                        .append("\", \"shares\": [], \"avsRegistrations\": []}");
            }
            body = "{\"data\": [" + data + "], \"meta\": {\"total\": 250, \"skip\": " + skip + ", \"take\": 100}}";
        } else if (path.startsWith("/slow")) {
            try {
                Thread.sleep(3000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        byte[] bytes = body != null ? body.getBytes(StandardCharsets.UTF_8) : file != null ? Files.readAllBytes(file) : new byte[0];
        x.sendResponseHeaders(body != null || file != null ? 200 : 404, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = x.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static String param(String query, String name) {
        for (String kv : query.split("&")) {
            if (kv.startsWith(name + "=")) {
                return URLDecoder.decode(kv.substring(name.length() + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    @Test
    void fetchesEveryValidatorPageTheConsumersAndTheirSets() throws Exception {
        LiveFetch fetch = new LiveFetch(dir, Duration.ofSeconds(5));
        LiveFetch.CosmosInputs in = fetch.cosmos(server.base() + "/");

        assertThat(in.validators()).hasSize(2);
        assertThat(in.consumerValidators()).containsOnlyKeys("neutron-1");
        assertThat(requests).containsExactly(
                "/cosmos/staking/v1beta1/validators?status=BOND_STATUS_BONDED&pagination.limit=200",
                "/cosmos/staking/v1beta1/validators?status=BOND_STATUS_BONDED&pagination.limit=200"
                        + "&pagination.key=FPXOvA0EDFL8GRc9xNMLdFTE21L7",
                "/interchain_security/ccv/provider/consumer_chains?",
                "/interchain_security/ccv/provider/consumer_validators/neutron-1?");
        // what was fetched imports as the recorded files do: 180 bonded validators, neutron-1 with its 139
        Imported imported = CosmosImport.run(new CosmosOptions("cosmoshub-4", in.validators(), in.consumerChains(),
                in.consumerValidators(), "ATOM", 6, null, "2024-06-24", null));
        assertThat(imported.summary()).startsWith("cosmoshub-4: 180 bonded validators (of 542), 252713891.402816 ATOM bonded",
                "neutron-1: consumer, 139 validators");
        assertThat(fetch.fetched()).hasSize(4).allMatch(u -> u.startsWith(server.base() + "/"));
    }

    @Test
    void eigenExplorerPagesBySkipAndTakeToTheTotal() throws Exception {
        List<Path> pages = new LiveFetch(dir, Duration.ofSeconds(5)).eigenExplorer(server.base(), "operators");
        assertThat(pages).hasSize(3);
        assertThat(requests).containsExactly("/operators?withTvl=true&skip=0&take=100",
                "/operators?withTvl=true&skip=100&take=100", "/operators?withTvl=true&skip=200&take=100");
        assertThat(Files.readString(pages.get(2))).contains("\"skip\": 200");
    }

    @Test
    void aMissingEndpointIsOneLine() {
        assertThatThrownBy(() -> new LiveFetch(dir, Duration.ofSeconds(5)).consumerValidators(server.base(), "stride-1"))
                .isInstanceOf(LiveFetch.Failed.class)
                .hasMessage("GET " + server.base() + "/interchain_security/ccv/provider/consumer_validators/stride-1: HTTP 404");
    }

    @Test
    void aServerThatDoesNotAnswerInTimeIsOneLine() {
        LiveFetch fetch = new LiveFetch(dir, Duration.ofSeconds(1));
        assertThatThrownBy(() -> fetch.eigenExplorer(server.base() + "/slow", "x")).isInstanceOf(LiveFetch.Failed.class)
                .hasMessage("GET " + server.base() + "/slow/x?withTvl=true&skip=0&take=100: no answer within 1 s");
    }

    @Test
    void aChainWithoutIcsHasNoConsumers() throws Exception {
        server.serve(x -> {
            byte[] page = Files.readAllBytes(HUB.resolve("validators-page-2.json"));
            boolean staking = x.getRequestURI().getPath().startsWith("/cosmos/");
            x.sendResponseHeaders(staking ? 200 : 501, staking ? page.length : -1);
            try (OutputStream out = x.getResponseBody()) {
                out.write(staking ? page : new byte[0]);
            }
        });
        LiveFetch.CosmosInputs in = new LiveFetch(dir, Duration.ofSeconds(5)).cosmos(server.base());
        assertThat(in.validators()).hasSize(1);
        assertThat(in.consumerChains()).isNull();
        assertThat(in.consumerValidators()).isEqualTo(Map.of());
    }

    @Test
    void importCosmosFromAnLcdWritesTheSameNetworkAsFromTheRecordedFiles() throws Exception {
        CliRun cli = new CliRun(ImportCommand::new);
        Path live = dir.resolve("live.json");
        assertThat(cli.run("cosmos", "--from", server.base(), "--price", "ATOM=6.71", "--date", "2024-06-24",
                "--out", live.toString())).isZero();
        assertThat(cli.out().lines()).containsExactly("fetched 4 response(s) from " + server.base(),
                "cosmoshub-4: 180 bonded validators (of 542), 252713891.402816 ATOM bonded",
                "neutron-1: consumer, 139 validators", "2 assumption(s) written to the file", "wrote " + live);
        Network n = NetworkCodec.read(live);
        assertThat(n.provenance().string("from")).contains(server.base());
        Path recorded = dir.resolve("recorded.json");
        assertThat(cli.run("cosmos", "--validators", HUB.resolve("validators-page-1.json").toString(),
                "--validators", HUB.resolve("validators-page-2.json").toString(), "--consumer-chains",
                HUB.resolve("consumer-chains-v5.json").toString(), "--consumer-validators",
                "neutron-1=" + HUB.resolve("consumer-validators-neutron-1.json"), "--price", "ATOM=6.71", "--date",
                "2024-06-24", "--out", recorded.toString())).isZero();
        Network r = NetworkCodec.read(recorded);
        assertThat(n.validators()).isEqualTo(r.validators());
        assertThat(n.chains()).isEqualTo(r.chains());
        assertThat(n.allocations()).isEqualTo(r.allocations());
        assertThat(cli.err()).isEmpty();
    }

    @Test
    void aFailedRequestIsTheImportersOneLine() {
        CliRun cli = new CliRun(ImportCommand::new);
        assertThat(cli.run("eigenlayer", "--from", server.base() + "/nothing", "--out",
                dir.resolve("e.json").toString())).isEqualTo(2);
        assertThat(cli.err()).isEqualTo("import eigenlayer: GET " + server.base()
                + "/nothing/operators?withTvl=true&skip=0&take=100: HTTP 404" + System.lineSeparator());
        cli.clear();
        assertThat(cli.run("cosmos", "--from", server.base(), "--validators", "x.json", "--out", "o.json"))
                .isEqualTo(2);
        assertThat(cli.err()).startsWith("import cosmos: give --validators (recorded pages) or --from URL");
    }

    /** Issue 21: the importers share one {@code --timeout} (LiveSource), so a bad one is the same line from each. */
    @Test
    void aTimeoutBelowOneSecondIsTheSameLineFromEveryImporter() {
        CliRun cli = new CliRun(ImportCommand::new);
        String out = dir.resolve("o.json").toString();
        assertThat(cli.run("cosmos", "--from", server.base(), "--timeout", "0", "--out", out)).isEqualTo(2);
        assertThat(cli.run("eigenlayer", "--from", server.base(), "--timeout", "0", "--out", out)).isEqualTo(2);
        assertThat(cli.run("polkadot", "--from", server.base(), "--era", "1", "--timeout", "0", "--out", out)).isEqualTo(2);
        assertThat(cli.err().lines()).containsExactly(
                "import cosmos: --timeout 0: expected a whole number of seconds >= 1",
                "import eigenlayer: --timeout 0: expected a whole number of seconds >= 1",
                "import polkadot: --timeout 0: expected a whole number of seconds >= 1");
        assertThat(requests).isEmpty();
    }
}
