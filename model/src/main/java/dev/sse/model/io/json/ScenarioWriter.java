package dev.sse.model.io.json;

import dev.sse.model.simulation.Scenario;
import dev.sse.model.simulation.fault.Fault;

/** {@link ScenarioCodec#write}: name, policy, seed, faults; numbers exact so the file reads back equal. */
final class ScenarioWriter {

    private ScenarioWriter() {
    }

    static String write(Scenario scenario) {
        try (JsonOut out = new JsonOut(false)) {
            out.begin().field("name", scenario.name()).field("policy", scenario.policy().json())
                    .field("seed", scenario.seed()).beginArray("faults");
            for (Fault f : scenario.faults()) {
                out.begin();
                FaultJson.write(out, f);
                out.end();
            }
            return out.endArray().end().text();
        }
    }
}
