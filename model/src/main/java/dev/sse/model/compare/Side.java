package dev.sse.model.compare;

import dev.sse.model.analysis.AnalysisResult;
import dev.sse.model.network.Network;
import dev.sse.model.simulation.SimTrace;
import java.util.List;
import java.util.Objects;

/**
 * One side of a comparison: a network, its analysis (with a shock budget for the worst-case loss, or
 * without) and, when a scenario ran on it, the trace.
 *
 * @param label    short name shown in headers, e.g. "Cosmos Hub + ICS"
 * @param network  the network
 * @param analysis {@link dev.sse.model.analysis.SecurityAnalyzer#analyze} of it
 * @param trace    the scenario's trace on this side, or null
 * @param skipped  faults of the shared scenario that do not fit this side (named ids it lacks), described
 */
public record Side(String label, Network network, AnalysisResult analysis, SimTrace trace, List<String> skipped) {

    public Side {
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(analysis, "analysis");
        skipped = List.copyOf(skipped == null ? List.of() : skipped);
    }

    public Side(String label, Network network, AnalysisResult analysis) {
        this(label, network, analysis, null, List.of());
    }
}
