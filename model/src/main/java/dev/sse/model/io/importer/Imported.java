package dev.sse.model.io.importer;

import dev.sse.model.network.Network;
import java.util.List;

/**
 * What an importer produced: the network (with its {@code provenance} and {@code assumptions} blocks) and a few
 * summary lines for the user (what came in, what was left out).
 */
public record Imported(Network network, List<String> summary) {

    public Imported {
        summary = List.copyOf(summary);
    }
}
