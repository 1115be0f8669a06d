package dev.sse.model.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sse.model.analysis.AnalysisOptions;
import dev.sse.model.analysis.SecurityAnalyzer;
import dev.sse.model.io.MixedNetwork;
import dev.sse.model.network.Network;
import java.util.Iterator;
import org.junit.jupiter.api.Test;

class AnalysisJsonTest {

    static Network mixed() {
        return MixedNetwork.of("avs", 30);
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
