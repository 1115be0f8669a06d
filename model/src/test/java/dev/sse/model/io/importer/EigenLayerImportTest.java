package dev.sse.model.io.importer;

import static dev.sse.model.io.importer.ImportFixtures.recorded;
import static dev.sse.model.io.importer.ImportFixtures.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.sse.model.io.json.NetworkCodec;
import dev.sse.model.network.Allocation;
import dev.sse.model.network.Chain;
import dev.sse.model.network.ChainKind;
import dev.sse.model.network.Network;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code import eigenlayer} on the recorded Holesky (EigenLayer preprod) AllocationManager events of 14 Dec 2024 to
 * 20 Feb 2025 (shared/real-data/eigenlayer, SOURCES.md S8; unique stake = shares × magnitude / maxMagnitude, SHAPES.md
 * and ELIP-002) and on EigenExplorer pages in the live layout of the API's OpenAPI description (SOURCES.md S7), whose
 * operator addresses are recorded Holesky operators and whose share figures are made by hand.
 */
class EigenLayerImportTest {

    static final Path HOLESKY = recorded("eigenlayer/holesky-preprod-operator-sets-allocations.facts.json");
    static final String BEACON = "0xbeac0eeeeeeeeeeeeeeeeeeeeeeeeeeeeeebeac0";
    static final String OP_SLASHED = "0x6355ea4fb1fca0c794950fff5efd6e2ee28acc14";
    static final String OP_A = "0x0a8261b0ffec30a2e70b67d38efa4c5bdab62608";
    static final String AVS = "0x69aa865947f6c9191b02954b1dd1a44131541226";

    @TempDir
    Path dir;

    static EigenOptions options(List<Path> operators, List<Path> avs, Path allocations, Map<String, BigDecimal> prices) {
        return new EigenOptions("holesky", operators, avs, allocations, prices, null);
    }

    static double amount(Network n, String validator, String chain) {
        return n.allocations().stream().filter(a -> a.validator().equals(validator) && a.chain().equals(chain))
                .findFirst().orElseThrow().amount().orElseThrow();
    }

    @Test
    void holeskyOperatorSetsBecomeUniqueStakeAvsChains() throws Exception {
        Imported imported = EigenLayerImport.run(options(List.of(), List.of(), HOLESKY, Map.of()));
        Network n = imported.network();

        // 28 operators with a non-zero allocation; 6 of the 13 sets have one that is slashable (member, set's strategy)
        assertThat(n.validators()).hasSize(28);
        assertThat(n.chains()).hasSize(7).first().extracting(Chain::kind).isEqualTo(ChainKind.L1);
        assertThat(n.chains().subList(1, 7)).allSatisfy(c -> assertThat(c.securedBy()).isEqualTo("holesky"))
                .extracting(Chain::id).contains("avs-69aa8659-set-5", "avs-f9084c9c-set-0");
        assertThat(n.allocations()).hasSize(30).noneMatch(Allocation::isPooled);
        // OP_A: two strategies at magnitude 10^17 each, one whole share of each assumed
        assertThat(amount(n, OP_A, "avs-f9084c9c-set-0")).isEqualTo(0.2);
        // the slashed operator: beacon ETH 3.125e16 / maxMagnitude 7.8125e17 = 0.04, four more strategies at 0.25
        assertThat(amount(n, OP_SLASHED, "avs-69aa8659-set-5")).isCloseTo(1.04, within(1e-12));
        assertThat(n.provenance().values()).containsEntry("height", 3391662L).containsEntry("date", "2025-02-20")
                .containsEntry("chainId", "holesky");
        assertThat(n.source()).startsWith("holesky, 2025-02-20, height 3391662: AllocationManager events");
        assertThat(n.assumptions()).anyMatch(a -> a.startsWith("28 operator(s) have allocations but no recorded shares"))
                .anyMatch(a -> a.startsWith("1 operator set(s) have no recorded memberships"))
                .anyMatch(a -> a.startsWith("1 allocation(s) in a strategy the set does not count are left out"))
                .anyMatch(a -> a.startsWith("No --price given"));
        assertThat(imported.summary()).containsExactly("holesky: 28 operators, 66 whole shares restaked",
                "6 operator sets (unique stake), 30 allocations", "7 assumption(s) written to the file");
        assertThat(NetworkCodec.readString("h.json", NetworkCodec.write(n)).allocations()).hasSize(30);
    }

    @Test
    void sharesFromEigenExplorerArePricedAndCutByMagnitude() throws Exception {
        Path ops = write(dir, "operators.json", "{\"data\": [{\"address\": \"" + OP_SLASHED.toUpperCase().replace("0X", "0x")
                + "\", \"metadataName\": \"Slashed op\", \"shares\": [{\"strategyAddress\": \"" + BEACON
                + "\", \"shares\": \"2000000000000000000\"}, {\"strategyAddress\": "
                + "\"0x5c8b55722f421556a2aafb7a3ea63d4c3e514312\", \"shares\": \"0\"}], \"avsRegistrations\": []}],"
                + " \"meta\": {\"total\": 1, \"skip\": 0, \"take\": 12}}");
        Imported imported = EigenLayerImport.run(options(List.of(ops), List.of(), HOLESKY, Map.of(BEACON, new BigDecimal("2700"))));
        Network n = imported.network();

        // 2 beacon shares at 2,700 USD = 5,400 USD; allocated 5,400 × 0.04 (0 shares in the other strategy)
        assertThat(n.validators().stream().filter(v -> v.id().equals(OP_SLASHED)).findFirst().orElseThrow())
                .satisfies(v -> assertThat(v.stake()).isEqualTo(5400.0)).satisfies(v -> assertThat(v.name()).isEqualTo("Slashed op"));
        assertThat(amount(n, OP_SLASHED, "avs-69aa8659-set-5")).isCloseTo(216.0, within(1e-9));
        assertThat(n.assumptions()).anyMatch(a -> a.startsWith("27 operator(s) have allocations but no recorded shares"))
                .anyMatch(a -> a.startsWith("No --price for strategy 0x13c516fe2b077c30f249223d9693e7dc1de7af9d,"));
        assertThat(n.provenance().values().get("priceUsdPerShare")).isEqualTo(Map.of(BEACON, 2700.0));
    }

    @Test
    void preSlashingOperatorsSecureEveryActiveAvsPooled() throws Exception {
        Path ops = write(dir, "operators.json", "{\"data\": [{\"address\": \"" + OP_A + "\", \"metadataName\": \"A\","
                + " \"shares\": [{\"strategyAddress\": \"" + BEACON + "\", \"shares\": \"1500000000000000000\"}],"
                + " \"avsRegistrations\": [{\"avsAddress\": \"" + AVS + "\", \"isActive\": true},"
                + " {\"avsAddress\": \"0xa7bafb187a85f41c85b70f359d75f3cdac62cd71\", \"isActive\": false}],"
                + " \"tvl\": {\"tvl\": 1.5}}], \"meta\": {\"total\": 1, \"skip\": 0, \"take\": 12}}");
        Path avs = write(dir, "avs.json", "{\"data\": [{\"address\": \"" + AVS + "\", \"metadataName\": \"Test AVS\"}],"
                + " \"meta\": {\"total\": 1, \"skip\": 0, \"take\": 12}}");
        Network n = EigenLayerImport.run(options(List.of(ops), List.of(avs), null, Map.of(BEACON, new BigDecimal("3000"))))
                .network();

        // issue 22 item 1: the strategy is an asset with its own price, the operator holds 1.5 whole shares of it
        assertThat(n.validators()).singleElement().satisfies(v -> assertThat(v.holdings())
                .containsExactly(Map.entry("beaconETH", 1.5))).satisfies(v -> assertThat(n.valueOf(v)).isEqualTo(4500.0));
        assertThat(n.assets()).containsExactly(new dev.sse.model.network.Asset("beaconETH", 3000));
        assertThat(n.provenance().values().get("strategies")).isEqualTo(Map.of("beaconETH", BEACON));
        assertThat(n.chains()).extracting(Chain::id, Chain::name).containsExactly(
                org.assertj.core.groups.Tuple.tuple("holesky", "Ethereum (holesky) restaked stake"),
                org.assertj.core.groups.Tuple.tuple("avs-69aa8659", "Test AVS"));
        assertThat(n.allocations()).singleElement().satisfies(a -> assertThat(a.isPooled()).isTrue());
        assertThat(n.assumptions()).anyMatch(a -> a.startsWith("Pre-slashing era")).noneMatch(a -> a.startsWith("No --price"));
        assertThat(n.provenance().values().get("endpoints")).isEqualTo(List.of("EigenExplorer GET /operators?withTvl=true",
                "EigenExplorer GET /avs"));
    }

    @Test
    void strategiesBecomeAssetsWithTheirOwnPricesAndAnalyseAtThem() throws Exception {
        String steth = "0x93c4b944d05dfe6df7645a86cd2206016c51564d";
        String other = "0x5c8b55722f421556a2aafb7a3ea63d4c3e514312";
        Path ops = write(dir, "operators.json", "{\"data\": [{\"address\": \"" + OP_A + "\", \"shares\": ["
                + "{\"strategyAddress\": \"" + BEACON + "\", \"shares\": \"2000000000000000000\"},"
                + "{\"strategyAddress\": \"" + steth + "\", \"shares\": \"500000000000000000\"},"
                + "{\"strategyAddress\": \"" + other + "\", \"shares\": \"3000000000000000000\"}],"
                + " \"avsRegistrations\": [{\"avsAddress\": \"" + AVS + "\"}]}], \"meta\": {}}");
        Network n = EigenLayerImport.run(options(List.of(ops), List.of(), null,
                Map.of(BEACON, new BigDecimal("3000"), steth, new BigDecimal("2900")))).network();

        // mainnet stETH by its symbol (StrategyManager whitelist, shared/real-data); an unknown strategy by its address
        assertThat(n.assets()).extracting(dev.sse.model.network.Asset::symbol, dev.sse.model.network.Asset::priceUsd)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("0x5c8b5572", 1.0),
                        org.assertj.core.groups.Tuple.tuple("stETH", 2900.0),
                        org.assertj.core.groups.Tuple.tuple("beaconETH", 3000.0));
        // 2 × 3,000 + 0.5 × 2,900 + 3 × 1 = 7,453; a 50% stETH shock takes 725 off
        var analysis = dev.sse.model.analysis.SecurityAnalyzer.chainMetrics(n,
                dev.sse.model.analysis.AnalysisOptions.defaults().withPriceShock("stETH", 0.5));
        assertThat(n.totalValue()).isEqualTo(7453.0);
        assertThat(analysis.get("avs-69aa8659").securingStake()).isEqualTo(6728.0);
        assertThat(n.assumptions()).anyMatch(a -> a.startsWith("No --price for strategy " + other));
        assertThat(NetworkCodec.readString("again.json", NetworkCodec.write(n))).isEqualTo(n);
    }

    @Test
    void twoAvssWithTheSameAddressPrefixGetTwoChains() throws Exception {
        String twin = AVS.substring(0, 10) + "00000000000000000000000000000000";
        Path ops = write(dir, "operators.json", "{\"data\": [{\"address\": \"" + OP_A + "\", \"shares\": [{\"strategyAddress\": \""
                + BEACON + "\", \"shares\": \"1000000000000000000\"}], \"avsRegistrations\": [{\"avsAddress\": \"" + AVS
                + "\", \"isActive\": true}, {\"avsAddress\": \"" + twin + "\", \"isActive\": true}]}], \"meta\": {}}");
        Network n = EigenLayerImport.run(options(List.of(ops), List.of(), null, Map.of())).network();

        assertThat(n.chains()).extracting(Chain::id).containsExactly("holesky", "avs-69aa8659",
                "avs-69aa865900000000000000000000000000000000");
        assertThat(n.allocations()).hasSize(2);
    }

    @Test
    void operatorsWithoutAnActiveRegistrationAreLeftOutAndSaidSo() throws Exception {
        String idle = "{\"address\": \"" + OP_SLASHED + "\", \"shares\": [], \"avsRegistrations\": [{\"avsAddress\": \""
                + AVS + "\", \"isActive\": false}]}";
        Path ops = write(dir, "operators.json", "{\"data\": [{\"address\": \"" + OP_A + "\", \"shares\": [{\"strategyAddress\": \""
                + BEACON + "\", \"shares\": \"1\"}], \"avsRegistrations\": [{\"avsAddress\": \"" + AVS + "\"}]}, " + idle + "]}");
        Network n = EigenLayerImport.run(options(List.of(ops), List.of(), null, Map.of())).network();

        assertThat(n.validators()).extracting(dev.sse.model.network.Validator::id).containsExactly(OP_A);
        assertThat(n.assumptions()).contains("1 operator(s) with no active AVS registration are left out (they secure "
                + "nothing).");
    }
}
