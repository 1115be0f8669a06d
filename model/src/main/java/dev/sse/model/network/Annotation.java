package dev.sse.model.network;

import java.util.Objects;

/**
 * A note pinned to a node (a chain or validator, by id) or to one step of a scenario stored in the same
 * file ({@code "annotations"} in docs/network-format.md). Exactly one of {@code node} and
 * {@code scenario} is set; {@code step} (1 = the first step of the scenario's trace) goes with
 * {@code scenario} and is 0 for a node note.
 *
 * @param node     the chain or validator id, or null for a step note
 * @param scenario the scenario's name under {@code "scenarios"}, or null for a node note
 * @param step     the position on the timeline, at least 1 for a step note; 0 for a node note
 * @param text     the note, non-empty, at most {@link #MAX_LENGTH} characters (the codec checks)
 */
public record Annotation(String node, String scenario, int step, String text) {

    /** Longest note, in characters (code points). */
    public static final int MAX_LENGTH = 500;

    public Annotation {
        Objects.requireNonNull(text, "text");
        if ((node == null) == (scenario == null)) {
            throw new IllegalArgumentException("a note is on a node or on a scenario step, not both or neither");
        }
    }

    public static Annotation onNode(String node, String text) {
        return new Annotation(Objects.requireNonNull(node, "node"), null, 0, text);
    }

    public static Annotation onStep(String scenario, int step, String text) {
        return new Annotation(null, Objects.requireNonNull(scenario, "scenario"), step, text);
    }

    public boolean isNodeNote() {
        return node != null;
    }

    /** True when this note is pinned where {@code other} is (same node, or same scenario and step). */
    public boolean samePlace(Annotation other) {
        return Objects.equals(node, other.node) && Objects.equals(scenario, other.scenario) && step == other.step;
    }
}
