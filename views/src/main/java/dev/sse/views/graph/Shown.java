package dev.sse.views.graph;

import dev.sse.model.analysis.AnalysisResult;
import dev.sse.model.network.Network;
import dev.sse.model.network.graph.NodeRef;
import dev.sse.model.simulation.SimState;
import java.util.Map;
import java.util.Set;

/**
 * What the window shows, as one immutable value (issue #18, "the cause"): the network on screen, its analysis, the
 * nodes' risk states, the edges carrying pulses, the node notes, and where the network comes from. It is computed in
 * one place (the app's pipeline) and the graph, the status badge, the inspector, the status bar and the legend all
 * read it, so no two parts of the window can show different states of the world.
 *
 * @param network  the network on screen: the document, a drag's preview, or the network as it stands at a step
 * @param analysis the analysis of exactly {@code network}; null while it runs or when it failed
 * @param failed   the analysis of {@code network} failed
 * @param states   every node's risk state (from {@code analysis}, and during playback from the step)
 * @param pulses   the nodes whose edges carry pulses (the step's subjects); empty outside playback
 * @param notes    node notes to show beside their nodes
 * @param source   the document, a drag preview, or playback step k of n
 * @param step     the simulation state at step k during playback (fallen chains, removed validators), else null
 * @param early    {@code analysis} is an early answer of the anytime analysis (issue 20: its figures are the proven
 *                 interval so far), not the final one: the proof runs, or a cascade plays (issue 23: no proof per step)
 * @param proven   while {@code early}, the last final analysis the window showed (another network's: the document's
 *                 or an earlier step's), to be shown labelled as such; else null
 */
public record Shown(Network network, AnalysisResult analysis, boolean failed, Map<NodeRef, RiskState> states,
                    Set<NodeRef> pulses, Map<NodeRef, String> notes, Source source, SimState step, boolean early,
                    AnalysisResult proven) {

    public Shown {
        states = Map.copyOf(states);
        pulses = Set.copyOf(pulses);
        notes = Map.copyOf(notes);
    }

    /** A final analysis (or none yet): not an early answer. */
    public Shown(Network network, AnalysisResult analysis, boolean failed, Map<NodeRef, RiskState> states,
                 Set<NodeRef> pulses, Map<NodeRef, String> notes, Source source, SimState step) {
        this(network, analysis, failed, states, pulses, notes, source, step, false, null);
    }

    /** Where the shown network comes from. */
    public sealed interface Source permits Document, DragPreview, Step {
    }

    /** The open document's network. */
    public record Document() implements Source {
    }

    /** A stake or allocation drag in progress: the document with the drag applied, not yet an edit. */
    public record DragPreview() implements Source {
    }

    /** Playback at step {@code k} of {@code n} (k ≥ 1): the network as it stands after that step. */
    public record Step(int k, int n) implements Source {
    }

    /** True while the analysis of {@link #network()} runs. */
    public boolean analysing() {
        return analysis == null && !failed;
    }

    /** The step shown during playback, or null. */
    public Step atStep() {
        return source instanceof Step s ? s : null;
    }
}
