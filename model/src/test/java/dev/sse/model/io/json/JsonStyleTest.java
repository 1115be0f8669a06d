package dev.sse.model.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sse.model.analysis.SecurityAnalyzer;
import dev.sse.model.io.MixedNetwork;
import dev.sse.model.network.Network;
import dev.sse.model.simulation.BruteForceFinder;
import dev.sse.model.simulation.Scenario;
import dev.sse.model.simulation.Simulation;
import dev.sse.model.sweep.SweepParameter;
import dev.sse.model.sweep.SweepSpec;
import dev.sse.model.sweep.Sweeper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 21: one writer setup ({@link JsonStyle}) for every document. Network files were written {@code "key": value}
 * while analyses, sweeps, traces and scenarios were written {@code "key" : value} with arrays on one line.
 */
class JsonStyleTest {

    @Test
    void everyDocumentIsWrittenInTheOneStyle() throws Exception {
        Network net = MixedNetwork.of("avs, 1", 5);
        Scenario shock = Scenario.shock(List.of(net.validators().get(0).id()));
        Map<String, String> documents = Map.of(
                "network", NetworkCodec.write(net),
                "analysis", AnalysisJson.write(SecurityAnalyzer.analyze(net)),
                "sweep", SweepJson.write(Sweeper.run(net, SweepSpec.of(new SweepParameter.ShockBudget(), 0, 0.2, 2))),
                "trace", TraceJsonWriter.write(Simulation.runAll(net, shock, new BruteForceFinder())),
                "scenario", ScenarioCodec.write(shock));
        documents.forEach((kind, text) -> {
            assertThat(text).as(kind).startsWith("{\n  \"").endsWith("}\n").doesNotContain("\" : ", "[ ", "\r");
            assertThat(text).as(kind).containsPattern("\n  \"[a-zA-Z]+\": ");
        });
    }

    /** Issue 21: one way to write a document or a one-line value to text; five writers each had their own copy. */
    @Test
    void aDocumentEndsWithANewlineAndALineHasNoSpaces() {
        JsonStyle.Body body = g -> {
            g.writeStartObject();
            JsonStyle.strings(g, "a", List.of("x"));
            g.writeEndObject();
        };
        assertThat(JsonStyle.document(body)).isEqualTo("{\n  \"a\": [\n    \"x\"\n  ]\n}\n");
        assertThat(JsonStyle.line(body)).isEqualTo("{\"a\":[\"x\"]}");
        assertThat(PlainJson.write(Map.of("a", List.of("x")))).isEqualTo(JsonStyle.document(body));
        assertThat(PlainJson.inline(Map.of("a", List.of("x")))).isEqualTo(JsonStyle.line(body));
    }

    @Test
    void anArrayWritesEachItemInOrder() {
        String text = JsonStyle.line(g -> {
            g.writeStartObject();
            JsonStyle.array(g, "n", List.of(1, 2), g::writeNumber);
            JsonStyle.array(g, "none", List.<Integer>of(), g::writeNumber);
            g.writeEndObject();
        });
        assertThat(text).isEqualTo("{\"n\":[1,2],\"none\":[]}");
    }
}
