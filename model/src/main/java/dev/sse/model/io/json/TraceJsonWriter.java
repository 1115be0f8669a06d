package dev.sse.model.io.json;

import dev.sse.model.simulation.SimState;
import dev.sse.model.simulation.SimTrace;
import dev.sse.model.simulation.event.SimEvent;
import java.util.List;
import java.util.Map;

/**
 * Writes a simulation trace as one deterministic JSON object (same trace → same bytes): fixed key order,
 * 2-space indent, {@code "\n"}, numbers with 12 significant digits in plain decimal. Money is in the network's
 * value unit (stake × price at the time of the loss).
 *
 * <pre>{@code
 * { "network", "scenario", "policy", "seed",
 *   "rounds": [{"round", "chains", "validators", "cost", "profit", "exact"}],  // the cascade's attacks in order;
 *                                                                    // exact false: best found within the budget
 *   "slashed": {validatorId: value lost},                              // faults, shocks and attacks together
 *   "stolenByBridge": {bridgeId: value},                               // only when a bridge was exploited
 *   "lostStake", "lostFraction", "totalStake",                         // lostFraction = lostStake / totalStake before
 *   "compromisedChains", "fallenChains", "removedValidators",
 *   "events": [{"round", "type", "message", …fields}] }
 * }</pre>
 */
public final class TraceJsonWriter {

    private TraceJsonWriter() {
    }

    public static String write(SimTrace trace) {
        SimState last = trace.finalState();
        try (JsonOut out = new JsonOut(true)) {
            out.begin().field("network", trace.initial().network().name()).field("scenario", trace.scenarioName())
                    .field("policy", trace.policy().json()).field("seed", trace.seed());
            out.beginArray("rounds");
            for (SimEvent.Attack a : trace.attacks()) {
                out.begin().field("round", (long) a.round()).strings("chains", a.chains())
                        .strings("validators", a.validators()).field("cost", a.cost()).field("profit", a.profit()).field("exact", a.exact()).end();
            }
            out.endArray().beginObject("slashed");
            for (Map.Entry<String, Double> e : trace.lossByValidator().entrySet()) {
                out.field(e.getKey(), e.getValue());
            }
            out.end();
            if (!trace.stolenByBridge().isEmpty()) {
                out.beginObject("stolenByBridge");
                trace.stolenByBridge().forEach(out::field);
                out.end();
            }
            out.field("lostStake", trace.lostValue()).field("lostFraction", trace.lostFraction())
                    .field("totalStake", trace.initial().network().totalValue())
                    .strings("compromisedChains", List.copyOf(last.compromisedChains()))
                    .strings("fallenChains", List.copyOf(last.fallenChains()))
                    .strings("removedValidators", List.copyOf(last.removedValidators()));
            out.beginArray("events");
            for (SimEvent e : trace.events()) {
                EventJson.write(out, e);
            }
            return out.endArray().end().text();
        }
    }
}
