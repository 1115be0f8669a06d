package dev.sse.views.timeline;

import dev.sse.model.network.graph.NodeRef;
import dev.sse.model.simulation.event.SimEvent;
import dev.sse.views.common.ViewText;
import java.util.ArrayList;
import java.util.List;

/**
 * One line of the event log: the step it belongs to, its round, type and sentence, and the nodes it
 * talks about (selecting the line selects them on the graph).
 *
 * @param step     1-based index of the simulation step that produced it
 * @param round    cascade round (0 for the faults themselves)
 * @param type     the event's type, e.g. {@code slashed}
 * @param message  the event's one-sentence "because"
 * @param subjects the validators and chains it concerns
 */
public record EventRow(int step, int round, String type, String message, List<NodeRef> subjects) {

    public EventRow {
        subjects = List.copyOf(subjects);
    }

    /** Builds the row for one event of step {@code step}. */
    public static EventRow of(int step, SimEvent e) {
        return new EventRow(step, e.round(), e.type(), e.because(), subjects(e));
    }

    static List<NodeRef> subjects(SimEvent e) {
        List<NodeRef> out = new ArrayList<>();
        if (e instanceof SimEvent.Removal r) {
            out.add(NodeRef.validator(r.validator()));
            if (r.chain() != null) {
                out.add(NodeRef.chain(r.chain()));
            }
        } else if (e instanceof SimEvent.Slashed s) {
            out.add(NodeRef.validator(s.validator()));
            if (s.chain() != null) {
                out.add(NodeRef.chain(s.chain()));
            }
        } else if (e instanceof SimEvent.Shocked s) {
            out.add(NodeRef.validator(s.validator()));
        } else if (e instanceof SimEvent.Attack a) {
            a.chains().forEach(c -> out.add(NodeRef.chain(c)));
            a.validators().forEach(v -> out.add(NodeRef.validator(v)));
        } else if (e instanceof SimEvent.ChainFell f) {
            out.add(NodeRef.chain(f.chain()));
        } else if (e instanceof SimEvent.ChainHalted h) {
            out.add(NodeRef.chain(h.chain()));
        } else if (e instanceof SimEvent.ChainCompromised c) {
            out.add(NodeRef.chain(c.chain()));
        } else if (e instanceof SimEvent.Unpunished u) {
            u.validators().forEach(v -> out.add(NodeRef.validator(v)));
        } else if (e instanceof SimEvent.BridgeExploited b) {
            b.chains().forEach(c -> out.add(NodeRef.chain(c)));
            b.signers().forEach(v -> out.add(NodeRef.validator(v)));
        } else if (e instanceof SimEvent.ValueLost v) {
            out.add(NodeRef.chain(v.chain()));
        }
        return out;
    }

    @Override
    public String toString() {
        // the sentence says what happened; the machine type ("fault", "slashed") only repeated it (#18.9: "fault · fault —")
        return (round == 0 ? ViewText.get("timeline.event.fault") : ViewText.get("timeline.event.round", String.valueOf(round))) + " — " + message;
    }
}
