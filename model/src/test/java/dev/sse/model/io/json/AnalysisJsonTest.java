package dev.sse.model.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sse.model.analysis.AnalysisOptions;
import dev.sse.model.analysis.AnalysisResult;
import dev.sse.model.analysis.SecurityAnalyzer;
import dev.sse.model.io.MixedNetwork;
import dev.sse.model.network.Allocation;
import dev.sse.model.network.Chain;
import dev.sse.model.network.ChainKind;
import dev.sse.model.network.Network;
import dev.sse.model.network.Validator;
import java.io.StringWriter;
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

    /** A relay with three validators and {@code parachains} parachains inheriting its whole set. */
    static Network relay(int parachains) {
        Network.Builder b = Network.builder().name("relay").adversaryFraction(1.0 / 3);
        for (int v = 1; v <= 3; v++) {
            b.validator(new Validator("v" + v, null, 100 * v, null, null)).allocation(Allocation.pooled("v" + v, "relay"));
        }
        b.chain(Chain.builder("relay", ChainKind.RELAY).profitFromCorruption(50).build());
        for (int p = 1; p <= parachains; p++) {
            b.chain(Chain.builder("p" + p, ChainKind.PARACHAIN).profitFromCorruption(10).securedBy("relay").build());
        }
        return b.build();
    }

    /**
     * Issue 17 item 7: an inherited set is written once, at the first chain that has it; the chains sharing it
     * name that chain in "validatorSetFrom" (500 parachains of a 100,000-validator relay wrote it 500 times).
     */
    @Test
    void anInheritedSetIsWrittenOnceAndReferred() throws Exception {
        AnalysisResult result = SecurityAnalyzer.analyze(relay(3));
        String text = AnalysisJson.write(result, null);
        JsonNode chains = new ObjectMapper().readTree(text).get("chains");
        assertThat(chains.get("relay").get("validatorSet")).hasSize(3);
        assertThat(chains.get("relay").has("validatorSetFrom")).isFalse();
        for (String p : new String[] {"p1", "p2", "p3"}) {
            assertThat(chains.get(p).has("validatorSet")).as(p).isFalse();
            assertThat(chains.get(p).get("validatorSetFrom").asText()).as(p).isEqualTo("relay");
            assertThat(chains.get(p).get("nakamotoCoefficient").asInt()).isEqualTo(1);
        }
        assertThat(text.split("\"id\": \"v1\"", -1)).as("v1 is listed in one set").hasSize(2);
        assertThat(result.chains().get("p1").validatorSet()).isSameAs(result.chains().get("relay").validatorSet());
        StringWriter streamed = new StringWriter();
        AnalysisJson.write(result, null, streamed);
        assertThat(streamed.toString()).isEqualTo(text);
    }
}
