package dev.sse.model.simulation;

import dev.sse.model.format.Screen;
import dev.sse.model.simulation.event.SimEvent;
import java.util.List;

/**
 * A trace as readable plain text, round by round: each step's first event as a heading, the rest as
 * indented bullets, then a one-paragraph summary. Used by the {@code simulate} command; "\n" line ends.
 */
public final class TraceText {

    private TraceText() {
    }

    public static String render(SimTrace trace) {
        StringBuilder out = new StringBuilder();
        out.append("Simulation of ").append(trace.initial().network().name()).append(": scenario \"")
                .append(trace.scenarioName()).append("\", policy ").append(trace.policy().json()).append(", seed ")
                .append(trace.seed()).append('\n');
        String unit = trace.initial().network().valueUnit();
        out.append("Total stake at the start: ").append(Screen.amount(trace.initial().network().totalValue()))
                .append(unit.isEmpty() ? " (value units)" : " " + unit).append('\n');
        int lastRound = -1;
        for (SimStep step : trace.steps()) {
            if (step.round() != lastRound) {
                out.append('\n').append(step.round() == 0 ? "Faults" : "Round " + step.round()).append('\n');
                lastRound = step.round();
            }
            List<SimEvent> events = step.events();
            for (int i = 0; i < events.size(); i++) {
                out.append(i == 0 ? "  " : "    - ").append(events.get(i).because()).append('\n');
            }
        }
        return out.append('\n').append(summary(trace)).append('\n').toString();
    }

    /** "Lost 1 of 1 (100%). Compromised: x. Also fell: none. Removed validators: a, b." */
    static String summary(SimTrace trace) {
        SimState last = trace.finalState();
        List<String> alsoFell = last.fallenChains().stream().filter(c -> !last.compromisedChains().contains(c)).toList();
        String unit = trace.initial().network().valueUnit();
        String in = unit.isEmpty() ? "" : " " + unit;
        return "Summary: lost " + Screen.amount(trace.lostValue()) + in + " of " + Screen.amount(trace.initial().network().totalValue()) + in
                + " (" + Screen.percent(trace.lostFraction()) + ") in "
                + (trace.attacks().isEmpty() ? "no attack" : Explain.count(trace.attacks().size(), "attack"))
                + ". Compromised: " + list(trace, List.copyOf(last.compromisedChains())) + ". Also down: "
                + list(trace, alsoFell) + ". Removed validators: " + list(trace, List.copyOf(last.removedValidators())) + "."
                + (trace.stolenByBridge().isEmpty() ? "" : " Stolen from bridges: " + stolen(trace) + ".")
                + (trace.isComplete() ? "" : " (The simulation was stopped before the cascade ended.)");
    }

    private static String stolen(SimTrace trace) {
        return String.join(", ", trace.stolenByBridge().entrySet().stream()
                .map(e -> Screen.amount(e.getValue()) + (trace.initial().network().valueUnit().isEmpty() ? ""
                        : " " + trace.initial().network().valueUnit()) + " from " + trace.initial().network().bridge(e.getKey()).map(b -> b.name()).orElse(e.getKey())).toList());
    }

    /** Validators and chains by name (issue 18 item 9), "none" when empty. */
    private static String list(SimTrace trace, List<String> ids) {
        var net = trace.initial().network();
        return ids.isEmpty() ? "none" : Explain.names(ids.stream().map(id -> net.validator(id).map(v -> v.name())
                .or(() -> net.chain(id).map(c -> c.name())).orElse(id)).toList());
    }
}
