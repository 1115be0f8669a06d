package dev.sse.model.tour;

import dev.sse.model.network.Network;
import dev.sse.model.simulation.Scenario;
import dev.sse.model.simulation.fault.Fault;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A guided tour stored with a scenario (its {@code "tour"} field, docs/scenario-format.md): steps shown one
 * at a time, each with a caption, a camera target, a highlight and an optional action.
 *
 * @param title   short title, e.g. "Security as a service"
 * @param summary one sentence for the start screen
 * @param steps   the steps in order (at least one)
 */
public record Tour(String title, String summary, List<TourStep> steps) {

    public Tour {
        title = Objects.requireNonNullElse(title, "Tour");
        summary = Objects.requireNonNullElse(summary, "");
        steps = List.copyOf(steps);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a tour has at least one step");
        }
    }

    /**
     * This tour in another language: {@code text} gives the translation of a key or null to keep the
     * original. Keys: {@code title}, {@code summary} and {@code step.N.caption} (N from 1). Only texts change;
     * ids, actions and pauses are the tour's, so every translation plays the same show.
     */
    public Tour translated(java.util.function.UnaryOperator<String> text) {
        List<TourStep> out = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            TourStep s = steps.get(i);
            String caption = Objects.requireNonNullElse(text.apply("step." + (i + 1) + ".caption"), s.caption());
            out.add(new TourStep(caption, s.fit(), s.highlight(), s.action(), s.pause()));
        }
        return new Tour(Objects.requireNonNullElse(text.apply("title"), title),
                Objects.requireNonNullElse(text.apply("summary"), summary), out);
    }

    /**
     * The faults in force at step {@code index}: the scenario's own faults, then every fault injected by
     * the steps up to and including {@code index}. Going back is replaying this list, so Back and Restart
     * never depend on what happened before.
     */
    public Scenario scenarioAt(Scenario base, int index) {
        List<Fault> faults = new ArrayList<>(base.faults());
        for (int i = 0; i <= index; i++) {
            if (steps.get(i).action() instanceof TourAction.Inject inject) {
                faults.add(inject.fault());
            }
        }
        return new Scenario(base.name(), faults, base.policy(), base.seed());
    }

    /**
     * The cascade round the timeline shows at step {@code index}: the target of the last {@code play} at or
     * before it since the last injection; -1 = the end of the trace, 0 = before the faults.
     */
    public int roundAt(int index) {
        for (int i = index; i >= 0; i--) {
            TourAction a = steps.get(i).action();
            if (a instanceof TourAction.Play play) {
                return play.round();
            } else if (a instanceof TourAction.Inject) {
                return 0;
            }
        }
        return 0;
    }

    /**
     * What does not fit {@code network}: unknown ids in cameras and highlights, faults that name unknown
     * chains or validators, unknown glossary terms are checked elsewhere (the glossary lives in the app).
     */
    public List<String> issues(Network network, Scenario base) {
        List<String> issues = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            TourStep s = steps.get(i);
            for (String id : s.fit()) {
                if (!exists(network, id)) {
                    issues.add("step " + (i + 1) + ": fit names unknown id '" + id + "'");
                }
            }
            for (String id : s.highlight()) {
                if (!exists(network, id)) {
                    issues.add("step " + (i + 1) + ": highlight names unknown id '" + id + "'");
                }
            }
        }
        scenarioAt(base, steps.size() - 1).validateAgainst(network)
                .forEach(issue -> issues.add("fault: " + issue.path() + ": " + issue.message()));
        return issues;
    }

    /** Whether {@code id} is a chain or a validator of {@code network}. */
    public static boolean exists(Network network, String id) {
        return network.chains().stream().anyMatch(c -> c.id().equals(id))
                || network.validators().stream().anyMatch(v -> v.id().equals(id));
    }
}
