package dev.sse.model.io.json;

import dev.sse.model.network.Annotation;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Maps {@code annotations[]}: each note has a {@code text} (non-empty, at most 500 characters) and either a
 * {@code node} (a chain or validator id of the file) or a {@code scenario} (a name under {@code scenarios})
 * with a {@code step} (a whole number &gt;= 1). One note per node and per scenario step.
 */
final class AnnotationMapper {

    static final List<String> FIELDS = List.of("node", "scenario", "step", "text");

    private final Set<String> nodeIds;
    private final Set<String> scenarios;
    private final Map<String, JsonTree.Loc> places = new HashMap<>();

    private AnnotationMapper(Set<String> nodeIds, Set<String> scenarios) {
        this.nodeIds = nodeIds;
        this.scenarios = scenarios;
    }

    /**
     * @param nodeIds   chain and validator ids, or {@code null} when either array is broken (not checked then)
     * @param scenarios the names of the scenarios stored in the file
     */
    static List<Annotation> map(JsonTree.Arr array, String path, Problems problems, Set<String> nodeIds,
                                Set<String> scenarios) {
        AnnotationMapper mapper = new AnnotationMapper(nodeIds, scenarios);
        return Fields.each(array, path, problems, "an annotation", FIELDS, mapper::annotation);
    }

    private Annotation annotation(Fields f) {
        String text = text(f);
        Annotation place = f.has("node") ? node(f) : f.has("scenario") ? step(f) : null;
        if (!f.has("node") && !f.has("scenario")) {
            f.problem(f.node(), f.path(), "missing required field 'node' or 'scenario': a note is pinned to a chain "
                    + "or validator, or to a step of a scenario");
        }
        if (place != null) {
            JsonTree.Loc first = places.putIfAbsent(place.node() + "\u0000" + place.scenario() + "\u0000" + place.step(),
                    f.node().loc());
            if (first != null) {
                f.problem(f.node(), f.path(), "duplicate note on the same " + (place.isNodeNote() ? "node" : "scenario step")
                        + " (first at line " + first.line() + ", column " + first.column() + ")");
            }
        }
        return f.valid() && place != null && text != null
                ? new Annotation(place.node(), place.scenario(), place.step(), text) : null;
    }

    private static String text(Fields f) {
        String text = f.id("text");
        int length = text == null ? 0 : text.codePointCount(0, text.length());
        if (length > Annotation.MAX_LENGTH) {
            f.problem(f.value("text").orElseThrow(), f.pathOf("text"), "must be at most " + Annotation.MAX_LENGTH
                    + " characters long, got " + length);
            return null;
        }
        return text;
    }

    private Annotation node(Fields f) {
        String node = f.id("node");
        for (String other : List.of("scenario", "step")) {
            if (f.has(other)) {
                f.problem(f.value(other).orElseThrow(), f.pathOf(other), "must not be given with 'node': a note is "
                        + "pinned to a node or to a scenario step, not both");
            }
        }
        if (node != null && nodeIds != null && !nodeIds.contains(node)) {
            f.problem(f.value("node").orElseThrow(), f.pathOf("node"),
                    "unknown node '" + JsonPaths.shown(node) + "'; no chain or validator has this id");
            return null;
        }
        return node == null ? null : Annotation.onNode(node, "");
    }

    private Annotation step(Fields f) {
        String scenario = f.id("scenario");
        Double step = f.number("step", STEP, true);
        if (scenario != null && !scenarios.contains(scenario)) {
            f.problem(f.value("scenario").orElseThrow(), f.pathOf("scenario"), "unknown scenario '"
                    + JsonPaths.shown(scenario) + "'; " + (scenarios.isEmpty() ? "this file stores no scenarios"
                    : "expected one of: " + String.join(", ", scenarios)));
            return null;
        }
        return scenario == null || step == null ? null : Annotation.onStep(scenario, step.intValue(), "");
    }

    /** A position on the timeline: 1 is the first step of the scenario's trace. */
    private static final Rule STEP = new Rule("a whole number >= 1 (1 is the scenario's first step)", true,
            d -> d >= 1 && d <= Integer.MAX_VALUE);
}
