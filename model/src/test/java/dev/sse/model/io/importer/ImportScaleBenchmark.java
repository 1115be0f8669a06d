package dev.sse.model.io.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sse.model.io.json.NetworkCodec;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 22 item 5: {@code import cosmos} of 10,000 bonded validators (50 pages of 200) and 100 consumer chains, each
 * with its recorded 10,000-validator {@code consumer_validators} (1,000,000 allocations), in the live shapes of
 * shared/real-data/cosmoshub-4/SHAPES.md, generated here (never committed), then written and read back as the CLI
 * does (the consumer sets as {@code validatorsOf} groups, a 2.9 MB file). Opt-in, it takes a while: {@code ./mvnw -o -pl model test -Dtest=ImportScaleBenchmark -Dsse.bench=true}.
 */
@EnabledIfSystemProperty(named = "sse.bench", matches = "true")
class ImportScaleBenchmark {

    static final int VALIDATORS = 10_000;
    static final int CHAINS = 100;

    @TempDir
    Path dir;

    @Test
    void tenThousandValidatorsTimesAHundredChains() throws Exception {
        if (System.getProperty("sse.bench.dir") != null) { // keeps the responses there, e.g. to time the CLI on them
            dir = Files.createDirectories(Path.of(System.getProperty("sse.bench.dir")));
        }
        Random random = new Random(22);
        String[] valcons = new String[VALIDATORS];
        List<Path> pages = new ArrayList<>();
        for (int p = 0; p < VALIDATORS / 200; p++) {
            Path page = dir.resolve("validators-page-" + (p + 1) + ".json");
            try (Writer w = Files.newBufferedWriter(page, StandardCharsets.UTF_8)) {
                w.write("{\"validators\": [");
                for (int i = p * 200; i < (p + 1) * 200; i++) {
                    byte[] key = new byte[32];
                    random.nextBytes(key);
                    byte[] op = new byte[20];
                    random.nextBytes(op);
                    valcons[i] = Bech32.encode("cosmosvalcons",
                            Arrays.copyOf(MessageDigest.getInstance("SHA-256").digest(key), 20));
                    w.write((i == p * 200 ? "" : ",") + "{\"operator_address\": \"" + Bech32.encode("cosmosvaloper", op)
                            + "\", \"consensus_pubkey\": {\"@type\": \"/cosmos.crypto.ed25519.PubKey\", \"key\": \""
                            + Base64.getEncoder().encodeToString(key) + "\"}, \"jailed\": false, \"status\": "
                            + "\"BOND_STATUS_BONDED\", \"tokens\": \"" + (1_000_000_000L + random.nextInt(1_000_000_000))
                            + "000\", \"description\": {\"moniker\": \"validator " + i + "\"}}");
                }
                w.write("], \"pagination\": {\"next_key\": " + (p + 1 < VALIDATORS / 200 ? "\"k" + p + "\"" : "null")
                        + ", \"total\": \"" + VALIDATORS + "\"}}");
            }
            pages.add(page);
        }
        Path chains = dir.resolve("consumer-chains.json");
        StringBuilder c = new StringBuilder("{\"chains\": [");
        Map<String, Path> sets = new LinkedHashMap<>();
        for (int k = 0; k < CHAINS; k++) {
            String id = "consumer-" + k;
            c.append(k == 0 ? "" : ",").append("{\"chain_id\": \"").append(id).append("\", \"client_id\": \"07-tendermint-")
                    .append(k).append("\", \"top_N\": 95, \"min_power_in_top_N\": \"1\", \"validators_power_cap\": 0, "
                    + "\"validator_set_cap\": 0, \"allowlist\": [], \"denylist\": []}");
            Path set = dir.resolve(id + ".json");
            try (Writer w = Files.newBufferedWriter(set, StandardCharsets.UTF_8)) {
                w.write("{\"validators\": [");
                for (int i = 0; i < VALIDATORS; i++) {
                    w.write((i == 0 ? "" : ",") + "{\"provider_address\": \"" + valcons[i]
                            + "\", \"consumer_key\": {\"ed25519\": \"AAAA\"}, \"power\": \"" + (1000 + i) + "\"}");
                }
                w.write("]}");
            }
            sets.put(id, set);
        }
        Files.writeString(chains, c.append("]}"));
        long bytes = 0;
        for (Path f : Files.newDirectoryStream(dir)) {
            bytes += Files.size(f);
        }

        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu0 = os.getProcessCpuTime();
        long t0 = System.nanoTime();
        Imported imported = CosmosImport.run(new CosmosOptions("cosmoshub-4", pages, chains, sets, "ATOM", 6,
                new java.math.BigDecimal("6.71"), null, null));
        long t1 = System.nanoTime();
        long cpu1 = os.getProcessCpuTime();
        String text = NetworkCodec.write(imported.network());
        long t2 = System.nanoTime();
        long cpu2 = os.getProcessCpuTime();
        String readBack;
        try {
            NetworkCodec.readString("out.json", text); // as import does: what it writes must read back
            readBack = "reads back";
        } catch (dev.sse.model.io.json.NetworkFormatException e) {
            readBack = "refused on reading back: " + e.problems().get(0).message();
        }
        long t3 = System.nanoTime();
        long cpu3 = os.getProcessCpuTime();
        System.out.printf("import 10,000 x 100: inputs %.1f MB; reading the responses %d ms wall / %d ms CPU; writing "
                + "%.1f MB %d ms wall / %d ms CPU; reading it back %d ms wall / %d ms CPU; %d allocations; %s; "
                + "load %.1f%n", bytes / 1e6, (t1 - t0) / 1_000_000,
                (cpu1 - cpu0) / 1_000_000, text.length() / 1e6, (t2 - t1) / 1_000_000, (cpu2 - cpu1) / 1_000_000,
                (t3 - t2) / 1_000_000, (cpu3 - cpu2) / 1_000_000, imported.network().allocations().size(), readBack,
                os.getSystemLoadAverage());
        assertThat(readBack).isEqualTo("reads back");
        assertThat(imported.network().validators()).hasSize(VALIDATORS);
        assertThat(imported.network().chains()).hasSize(CHAINS + 1);
        assertThat(imported.network().allocations()).hasSize(VALIDATORS * (CHAINS + 1));
    }

}
