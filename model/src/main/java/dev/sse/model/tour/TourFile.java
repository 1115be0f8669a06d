package dev.sse.model.tour;

import dev.sse.model.simulation.Scenario;

/**
 * A scenario file that carries a tour and names the network it runs on (a bundled sample id or a file
 * name), as the bundled tours are stored.
 *
 * @param network  the {@code "network"} field: a sample id
 * @param scenario the scenario (faults usually empty: the tour injects them)
 * @param tour     the tour
 */
public record TourFile(String network, Scenario scenario, Tour tour) {
}
