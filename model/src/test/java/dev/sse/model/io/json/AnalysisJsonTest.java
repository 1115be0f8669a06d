package dev.sse.model.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sse.model.analysis.AnalysisOptions;
import dev.sse.model.analysis.SecurityAnalyzer;
import dev.sse.model.network.Allocation;
import dev.sse.model.network.Chain;
import dev.sse.model.network.ChainKind;
import dev.sse.model.network.Network;
import dev.sse.model.network.Settings;
import dev.sse.model.network.Validator;
import java.util.Iterator;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnalysisJsonTest {

    static Network mixed() {
        Network.Builder b = Network.builder().name("mixed")
                .chain(new Chain("hub", null, ChainKind.PROVIDER, null, 50, 2.0 / 3, null, null, null))
                .chain(new Chain("con", null, ChainKind.CONSUMER, null, 20, 1.0 / 3, "hub",
                        new Settings(Map.of("topN", 50)), null))
                .chain(new Chain("roll", null, ChainKind.ROLLUP, null, 5, 0.5, "hub",
                        new Settings(Map.of("upgradable", false)), null))
                .chain(new Chain("avs", null, ChainKind.AVS, null, 30, 0.5, "hub", null, null));
        for (int i = 0; i < 12; i++) {
            b.validator(new Validator("v" + i, null, 10 + i * 1.25, null, null));
            b.allocation(Allocation.pooled("v" + i, "hub"));
            if (i % 3 == 0) {
                b.allocation(Allocation.of("v" + i, "avs", 4.5));
            }
        }
        return b.build();
    }

    @Test
    void twoRunsGiveByteIdenticalJsonWithTheDocumentedKeys() throws Exception {
        AnalysisOptions opts = AnalysisOptions.defaults().withShockBudget(0.1).withSolver(AnalysisOptions.Solver.CP_SAT);
        String a = AnalysisJson.write(SecurityAnalyzer.analyze(mixed(), opts));
        String b = AnalysisJson.write(SecurityAnalyzer.analyze(mixed(), opts));
        assertThat(a).isEqualTo(b);
        JsonNode j = new ObjectMapper().readTree(a);
        for (String key : new String[] {"network", "totalStake", "secure", "margin", "bestAttack",
                "eigenLayerCondition", "chains", "worstCaseLoss", "solver"}) {
            assertThat(j.has(key)).as(key).isTrue();
        }
        Iterator<String> ids = j.get("chains").fieldNames();
        assertThat(ids.next()).isEqualTo("hub");
        assertThat(ids.next()).isEqualTo("con");
        assertThat(j.get("chains").get("roll").get("exitWindowDays").asText()).isEqualTo("unlimited");
        assertThat(j.get("chains").get("con").get("validatorSet").size()).isEqualTo(5);
        assertThat(j.get("worstCaseLoss").get("budget").asDouble()).isEqualTo(0.1);
        assertThat(j.get("bestAttack").get("chains").get(0).asText()).isNotEmpty();
    }
}
