package dev.sse.model.io.importer;

import static dev.sse.model.io.importer.ImportFixtures.recorded;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.sse.model.analysis.AnalysisOptions;
import dev.sse.model.analysis.ChainMetrics;
import dev.sse.model.analysis.SecurityAnalyzer;
import dev.sse.model.analysis.exact.CoverSolver;
import dev.sse.model.analysis.exact.Instance;
import dev.sse.model.analysis.exact.InstanceBuilder;
import dev.sse.model.network.Network;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The imported June 2024 Cosmos Hub's cost of corruption is proven exact: the cheapest set of validators holding 2/3
 * of the bonded stake. Checked against an independent computation: the bonded tokens are re-read from the recorded
 * responses with a regular expression (not the importer), summed as exact integers (uatom), and ⌈2T/3⌉ uatom, the
 * lower bound on any set holding 2/3, must be what the engine's proven cover holds (issue 22).
 */
class HubCostOfCorruptionTest {

    private static final Pattern ENTRY = Pattern.compile(
            "\"operator_address\": \"(\\w+)\".*?\"status\": \"(\\w+)\",\\s*\"tokens\": \"(\\d+)\"", Pattern.DOTALL);

    /** operator address → bonded tokens (uatom), read straight from the recorded pages. */
    static Map<String, BigInteger> bondedTokens() throws Exception {
        Map<String, BigInteger> out = new HashMap<>();
        for (String page : List.of("validators-page-1.json", "validators-page-2.json")) {
            Matcher m = ENTRY.matcher(Files.readString(recorded("cosmoshub-4/" + page)));
            while (m.find()) {
                if (m.group(2).equals("BOND_STATUS_BONDED")) {
                    out.put(m.group(1), new BigInteger(m.group(3)));
                }
            }
        }
        return out;
    }

    @Test
    void inAtomTheCheapestCoverHoldsExactlyTwoThirdsOfTheBondedUatom() throws Exception {
        CosmosOptions o = CosmosImportTest.hub("consumer-chains-v6.json");
        Network atom = CosmosImport.run(new CosmosOptions(o.chainId(), o.validatorPages(), o.consumerChains(),
                o.consumerValidators(), "ATOM", 6, null, o.date(), null)).network();
        Map<String, BigInteger> tokens = bondedTokens();
        BigInteger total = tokens.values().stream().reduce(BigInteger.ZERO, BigInteger::add);
        BigInteger twoThirds = total.multiply(BigInteger.TWO).add(BigInteger.TWO).divide(BigInteger.valueOf(3));
        assertThat(tokens).hasSize(180);
        assertThat(total).isEqualTo(new BigInteger("252713891402816"));

        Instance inst = InstanceBuilder.build(atom, Map.of(), Set.of(), Set.of()).instance();
        assertThat(inst.rounded()).isFalse();
        int hub = 0;
        assertThat(inst.chainId(hub)).isEqualTo("cosmoshub-4");
        CoverSolver.Cover cover = inst.chainCover(hub, CoverSolver.DEFAULT_NODES);
        BigInteger held = BigInteger.ZERO;
        for (int item : cover.items()) {
            held = held.add(tokens.get(inst.validatorId(inst.members(hub)[item])));
        }

        assertThat(cover.exact()).isTrue();
        assertThat(held).isEqualTo(twoThirds); // = the lower bound, so no cheaper set holds 2/3
        ChainMetrics m = SecurityAnalyzer.chainMetrics(atom, AnalysisOptions.defaults()).get("cosmoshub-4");
        assertThat(m.costExact()).isTrue();
        assertThat(BigDecimal.valueOf(m.costOfCorruption())).isEqualByComparingTo(new BigDecimal(twoThirds).movePointLeft(6));
    }

    @Test
    void inUsdTheProvenCostIsTwoThirdsOfTheBondedValueAndNakamotoIsIndependentlySeven() throws Exception {
        Network usd = CosmosImport.run(CosmosImportTest.hub("consumer-chains-v6.json")).network();
        Map<String, BigInteger> tokens = bondedTokens();
        BigInteger total = tokens.values().stream().reduce(BigInteger.ZERO, BigInteger::add);
        BigDecimal twoThirdsUsd = new BigDecimal(total.multiply(BigInteger.TWO)).multiply(new BigDecimal("6.71"))
                .divide(BigDecimal.valueOf(3_000_000), 6, RoundingMode.CEILING);

        ChainMetrics m = SecurityAnalyzer.chainMetrics(usd, AnalysisOptions.defaults()).get("cosmoshub-4");

        assertThat(m.costExact()).isTrue();
        // values are priced at 10^-5 USD units (InstanceBuilder's 10^15 cap): 180 roundings of half a unit at most
        assertThat(m.costOfCorruption()).isCloseTo(twoThirdsUsd.doubleValue(), within(0.01));
        List<BigInteger> sorted = new ArrayList<>(tokens.values());
        sorted.sort(Comparator.reverseOrder());
        BigInteger sum = BigInteger.ZERO;
        int k = 0;
        while (sum.multiply(BigInteger.valueOf(3)).compareTo(total) <= 0) {
            sum = sum.add(sorted.get(k++));
        }
        assertThat(k).isEqualTo(7);
        assertThat(m.nakamotoCoefficient()).isEqualTo(k);
    }
}
