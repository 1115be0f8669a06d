package dev.sse.model.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sse.model.analysis.AnalysisResult;
import dev.sse.model.analysis.SecurityAnalyzer;
import dev.sse.model.analysis.economics.Economics;
import dev.sse.model.network.Network;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The issue-10 keys of {@code analyze --json}: per chain, {@code validators} and {@code bridges}. */
class EconomicsJsonTest {

    private static final String MINI = """
            {"format": "shared-security-network", "version": 1, "name": "mini",
             "validators": [{"id": "a", "stake": 60}, {"id": "b", "stake": 40}, {"id": "z", "stake": 10}],
             "chains": [
               {"id": "hub", "kind": "provider", "profitFromCorruption": 10, "securityCost": {"inflationPerYear": 5}},
               {"id": "con", "kind": "consumer", "securedBy": "hub", "profitFromCorruption": 5,
                "securityCost": {"rewardsPerYear": 8}, "governance": {"model": "security-council", "k": 2, "n": 3}},
               {"id": "zone", "kind": "isolated", "profitFromCorruption": 1}],
             "allocations": [{"validator": "a", "chain": "hub"}, {"validator": "b", "chain": "hub"},
                             {"validator": "z", "chain": "zone"}],
             "bridges": [{"id": "ms", "kind": "third-party", "chains": ["hub", "zone"], "value": 20,
                          "trust": {"model": "multisig", "k": 1, "n": 2, "signers": ["z", "b"]}}]}
            """;

    private static String json() throws NetworkFormatException {
        Network n = NetworkCodec.readString("mini.json", MINI);
        AnalysisResult r = SecurityAnalyzer.analyze(n);
        return AnalysisJson.write(r, Economics.of(n, r));
    }

    @Test
    void writesTheNewKeysInAFixedOrderAndByteIdentically() throws Exception {
        String text = json();
        assertThat(json()).isEqualTo(text);
        JsonNode j = new ObjectMapper().readTree(text);
        List<String> top = new ArrayList<>();
        j.fieldNames().forEachRemaining(top::add);
        assertThat(top).containsSubsequence("chains", "validators", "bridges", "solver", "why");

        JsonNode con = j.get("chains").get("con");
        assertThat(con.get("annualSecurityCost").asDouble()).isEqualTo(2.0);          // 25% × 8
        assertThat(con.get("securityPerCost").asDouble()).isEqualTo(50.0);            // cost a + b = 100 (2/3 of 100) / 2
        assertThat(con.get("timeToFinalitySeconds").asDouble()).isEqualTo(6.0);
        assertThat(con.get("sovereignty").get("validatorSet").asText()).isEqualTo("provider:hub");
        assertThat(con.get("sovereignty").get("upgrades").asText()).isEqualTo("security-council 2/3");
        assertThat(con.get("sovereignty").get("upgradeDelayDays").isNull()).isTrue();
        assertThat(con.get("why").has("costOfCorruption")).isTrue();
        assertThat(con.get("why").has("securityPerCost")).isTrue();
        assertThat(j.get("chains").get("zone").get("annualSecurityCost").isNull()).isTrue();

        JsonNode a = j.get("validators").get("a");
        assertThat(a.get("annualIncome").asDouble()).isEqualTo(4.2);                  // 5 × 0.6 + 2 × 0.6
        assertThat(a.get("returnOnStake").asDouble()).isEqualTo(0.07);                // 4.2 / 60
        assertThat(a.get("stakedOnceReturn").asDouble()).isEqualTo(0.05);             // hub: 3 / 60
        assertThat(a.get("chainsSecured").asInt()).isEqualTo(2);
        assertThat(a.get("why").get("returnOnStake").asText()).contains("7%");

        JsonNode ms = j.get("bridges").get("ms");
        assertThat(ms.get("bridgeCostOfCorruption").asDouble()).isEqualTo(10.0);      // z, the cheapest signer
        assertThat(ms.get("attackers").get(0).asText()).isEqualTo("z");
        assertThat(ms.get("secure").asBoolean()).isFalse();                           // 10 < 20
        assertThat(ms.get("weakestLink").asBoolean()).isFalse();                      // zone costs 10 too
        assertThat(ms.get("costToValue").asDouble()).isEqualTo(0.5);
    }

    @Test
    void withoutEconomicsTheDocumentIsUnchanged() throws Exception {
        Network n = NetworkCodec.readString("mini.json", MINI);
        AnalysisResult r = SecurityAnalyzer.analyze(n);
        assertThat(AnalysisJson.write(r, null)).isEqualTo(AnalysisJson.write(r)).doesNotContain("\"validators\"",
                "annualSecurityCost");
    }
}
