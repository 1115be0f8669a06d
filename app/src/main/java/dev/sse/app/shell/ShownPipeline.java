package dev.sse.app.shell;

import dev.sse.app.concurrency.AnalysisRunner;
import dev.sse.model.analysis.AnalysisResult;
import dev.sse.model.network.Network;
import dev.sse.model.network.graph.NodeRef;
import dev.sse.model.simulation.SimState;
import dev.sse.model.simulation.SimTrace;
import dev.sse.views.graph.RiskState;
import dev.sse.views.graph.Shown;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The one place that decides what the window shows (issue #18, "the cause"). Its inputs are the document's network,
 * a drag's preview, the playback position and the node notes; its output is one {@link Shown} value, replaced
 * whenever an input changes or an analysis arrives. Graph, badge, inspector, status bar and legend read only that.
 *
 * <p>The network shown is the drag's preview while a drag runs, else the network as it stands at the playback step
 * ({@link SimState#standing()}: removed validators secure nothing), else the document. Each is analysed off the FX
 * thread by the {@link AnalysisRunner} (a preview with the short preview limit); results are kept per network, so
 * stepping back and forth analyses each step once. Until a network's analysis arrives the risk rings keep the
 * document's analysis (they do not flicker while a step is analysed); the badge and inspector say it is running.
 * The analysis is the anytime one (issue 20): its first answer is shown at once, labelled with its proven interval
 * ({@link Shown#early()}), and replaced as better ones come. While a cascade plays, a step gets its first answer only
 * (no solver), and the proof runs when playback pauses or ends (issue 23: on stress a proof per step kept CP-SAT on one
 * of the two cores for the whole playback); a proof the user has moved on from is cancelled by the runner.
 * Used on the FX thread only.
 */
final class ShownPipeline {

    /** Analyses kept: the steps of a long cascade, the document, and the last previews. */
    private static final int KEPT = 64;

    private final AnalysisRunner runner;
    private final ReadOnlyObjectWrapper<Shown> shown = new ReadOnlyObjectWrapper<>(this, "shown");
    /**
     * Analysis by network, by identity: the trace's networks and the document are the same objects each time, and an
     * identity lookup costs nothing where hashing a network walks all of it (stress: 20,190 allocations).
     */
    private final Map<Same, Outcome> analysed = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Same, Outcome> eldest) {
            return size() > KEPT;
        }
    };
    private final Map<SimState, Network> standing = new java.util.IdentityHashMap<>();
    private Network document;
    private Network preview;
    private SimTrace trace;
    private int position;
    private Set<NodeRef> pulses = Set.of();
    private Map<NodeRef, String> notes = Map.of();
    private Network requested;
    /** {@link #requested} is a proof (the anytime analysis to its end), not a first answer only. */
    private boolean requestedProof;
    /** A cascade plays: each step gets its first answer only, no proof (issue 23). */
    private boolean playing;
    /** The last final analysis shown, shown beside an early answer labelled as such. */
    private AnalysisResult proven;

    /** An answer for a network: {@code last} false for an early one of the anytime analysis; result null: failed. */
    private record Outcome(AnalysisResult result, boolean last) {
    }

    /** A network compared by identity. */
    private record Same(Network network) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Same other && other.network == network;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(network);
        }
    }

    ShownPipeline(AnalysisRunner runner) {
        this.runner = runner;
    }

    ReadOnlyObjectProperty<Shown> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    Shown shown() {
        return shown.get();
    }

    /** Another document was opened: nothing of the last one (its playback, preview or analyses) is shown again. */
    void open(Network network) {
        analysed.clear();
        standing.clear();
        requested = null;
        preview = null;
        trace = null;
        position = 0;
        pulses = Set.of();
        document = network;
        publish();
    }

    /** The document's network changed (an edit, undo, redo): any drag preview is over. */
    void document(Network network) {
        document = network;
        preview = null;
        publish();
    }

    /** A drag shows {@code network} (the document with the drag applied); null ends the preview. */
    void preview(Network network) {
        preview = network;
        publish();
    }

    /** Playback moved: {@code trace} (null without faults) at {@code k} (0 = before the faults), pulsing these nodes. */
    void step(SimTrace next, int k, Set<NodeRef> pulsing) {
        if (next != trace) {
            standing.clear();
        }
        trace = next;
        position = next == null ? 0 : k;
        // the last step is where the cascade has stopped: its outcome shows in the rings, nothing travels any more
        // (issue #18.10: slash particles kept animating at the last step)
        pulses = next == null || k >= next.steps().size() ? Set.of() : pulsing;
        publish();
    }

    /** Playback started or stopped: while it plays no step is proven, and a proof running is stopped. */
    void playing(boolean now) {
        if (now && !playing) {
            runner.cancelProof();
            requested = null;
        }
        playing = now;
        publish();
    }

    void notes(Map<NodeRef, String> next) {
        notes = next;
        publish();
    }

    private void publish() {
        if (document == null) {
            return;
        }
        SimState state = trace == null ? null : position == 0 ? trace.initial() : trace.steps().get(position - 1).state();
        Network network;
        Shown.Source source;
        if (preview != null) {
            network = preview;
            source = new Shown.DragPreview();
        } else if (state != null && position > 0) {
            network = standing.computeIfAbsent(state, SimState::standing);
            source = new Shown.Step(position, trace.steps().size());
        } else {
            network = document;
            source = new Shown.Document();
        }
        boolean proof = !playing || preview != null;
        Outcome known = analysed.get(new Same(network));
        if (known == null || proof && !known.last()) {
            request(network, source instanceof Shown.DragPreview, proof);
        }
        // read after the request: a runner that delivers at once (a test's) has published the result already
        Outcome outcome = analysed.get(new Same(network));
        Outcome rings = outcome != null && outcome.result() != null ? outcome : analysed.get(new Same(document));
        Map<NodeRef, RiskState> base = RiskState.of(rings == null ? null : rings.result());
        Map<NodeRef, RiskState> states = state == null || preview != null ? base : RiskState.during(trace.initial(), state, base);
        boolean early = outcome != null && outcome.result() != null && !outcome.last();
        if (outcome != null && outcome.last() && outcome.result() != null) {
            proven = outcome.result();
        }
        shown.set(new Shown(network, outcome == null ? null : outcome.result(), outcome != null && outcome.result() == null,
                states, preview != null ? Set.of() : pulses, notes, source, preview != null ? null : state, early,
                early ? proven : null));
    }

    private void request(Network network, boolean isPreview, boolean proof) {
        if (network == requested && (requestedProof || !proof)) {
            return;
        }
        requested = network;
        requestedProof = proof;
        AnalysisRunner.Listener done = (n, answer) -> {
            Outcome had = analysed.get(new Same(n));
            if (had == null || !had.last()) { // a final answer is never replaced by an early one
                analysed.put(new Same(n), answer == null ? new Outcome(null, true) : new Outcome(answer.result(), answer.last()));
            }
            if (requested == n && (answer == null || answer.last() || !requestedProof)) {
                requested = null;
            }
            publish();
        };
        if (!proof) {
            runner.firstAnswer(network, done);
        } else if (isPreview) {
            runner.preview(network, done);
        } else {
            runner.analyse(network, done);
        }
    }
}
