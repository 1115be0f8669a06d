package dev.sse.model.sweep;

import dev.sse.model.analysis.AnalysisOptions;
import dev.sse.model.network.Network;
import dev.sse.model.simulation.fault.Fault;
import java.util.List;

/**
 * One point of a sweep, ready to analyse: the network and options at the parameter's value, and the faults a
 * scenario run at this point must start with (a price drop is also applied to the simulated network this way).
 */
public record SweepPoint(Network network, AnalysisOptions options, List<Fault> leadingFaults) {

    public SweepPoint {
        leadingFaults = List.copyOf(leadingFaults);
    }
}
