package dev.sse.model.io.json;

import dev.sse.model.network.Settings;
import dev.sse.model.simulation.Scenario;
import dev.sse.model.simulation.ScenarioIssue;
import dev.sse.model.tour.Tour;
import dev.sse.model.tour.TourAction;
import dev.sse.model.tour.TourFile;
import dev.sse.model.tour.TourStep;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads the optional {@code "tour"} of a scenario (docs/scenario-format.md, "Guided tours"). The tour rides
 * along with the scenario: a network file keeps its scenarios raw, so a tour stored there round-trips unchanged.
 */
public final class TourCodec {

    /** A tour taken from {@link Settings} has no positions: line and column 0. */
    private static final int[] UNKNOWN = {0, 0};

    private static final List<String> STEP_KEYS = List.of("caption", "fit", "highlight", "action", "pause", "note");

    private TourCodec() {
    }

    /** The tour of a scenario stored in a network file, if it has one. */
    public static Optional<Tour> fromSettings(String name, Settings scenario) throws NetworkFormatException {
        Object tour = scenario.values().get("tour");
        if (tour == null) {
            return Optional.empty();
        }
        return Optional.of(read(name, ScenarioMapper.child("$.scenarios", name) + ".tour", tour, path -> UNKNOWN));
    }

    /** Reads a tour file: a scenario with {@code "network"} (a sample id) and {@code "tour"}. */
    public static TourFile readFile(String file, String json) throws NetworkFormatException {
        JsonTree tree = ScenarioCodec.tree(file, Bom.skip(new StringReader(json))); // parsed once
        String name = file.endsWith(".json") ? file.substring(0, file.length() - 5) : file;
        Object plain = JsonTree.plain(tree);
        Scenario scenario = ScenarioCodec.finish(name, name, plain, "$", tree, null);
        Map<?, ?> root = plain instanceof Map<?, ?> m ? m : Map.of();
        if (!(root.get("network") instanceof String network) || !(root.containsKey("tour"))) {
            throw new NetworkFormatException(List.of(new Problem(file, 1, 1, "$",
                    "a tour file names its \"network\" (a sample id) and has a \"tour\"")));
        }
        return new TourFile(network, scenario, read(file, "$.tour", root.get("tour"), path -> ScenarioCodec.locate(tree, path)));
    }

    /** The problems of a tour stored at JSON path {@code at} of {@code file}; {@code locate} gives a path's line and column. */
    static List<Problem> problems(String file, String at, Object value, Function<String, int[]> locate) {
        try {
            read(file, at, value, locate);
            return List.of();
        } catch (NetworkFormatException e) {
            return e.problems();
        }
    }

    private static Tour read(String file, String at, Object value, Function<String, int[]> locate)
            throws NetworkFormatException {
        List<ScenarioIssue> issues = new ArrayList<>();
        Tour tour = null;
        if (!(value instanceof Map<?, ?> obj) || !(obj.get("steps") instanceof List<?> list) || list.isEmpty()) {
            issues.add(new ScenarioIssue("$", "a tour is an object with a non-empty \"steps\" array"));
        } else {
            List<TourStep> steps = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                TourStep step = step("$.steps[" + i + "]", list.get(i), issues);
                if (step != null) {
                    steps.add(step);
                }
            }
            if (issues.isEmpty()) {
                tour = new Tour(text(obj.get("title")), text(obj.get("summary")), steps);
            }
        }
        if (!issues.isEmpty()) {
            throw new NetworkFormatException(issues.stream()
                    .map(i -> problem(file, at + i.path().substring(1), i.message(), locate)).toList());
        }
        return tour;
    }

    private static Problem problem(String file, String path, String message, Function<String, int[]> locate) {
        int[] where = locate.apply(path);
        return new Problem(file, where[0], where[1], path, message);
    }

    private static TourStep step(String at, Object value, List<ScenarioIssue> issues) {
        if (!(value instanceof Map<?, ?> s) || !(s.get("caption") instanceof String caption)) {
            issues.add(new ScenarioIssue(at, "a step is an object with a \"caption\" string"));
            return null;
        }
        for (Object key : s.keySet()) {
            if (!STEP_KEYS.contains(key)) {
                issues.add(new ScenarioIssue(JsonPaths.child(at, String.valueOf(key)), "unknown field; expected one of " + String.join(", ", STEP_KEYS)));
            }
        }
        TourAction action = s.containsKey("action") ? action(at + ".action", s.get("action"), issues) : new TourAction.None();
        boolean pause = !(s.get("pause") instanceof Boolean b) || b;
        return new TourStep(caption, ids(at + ".fit", s.get("fit"), issues), ids(at + ".highlight", s.get("highlight"), issues),
                action, pause);
    }

    private static TourAction action(String at, Object value, List<ScenarioIssue> issues) {
        Object kind = value instanceof Map<?, ?> m ? m.get("do") : null;
        Map<?, ?> a = value instanceof Map<?, ?> m ? m : Map.of();
        if ("inject".equals(kind)) {
            List<ScenarioIssue> faultIssues = new ArrayList<>();
            Scenario one = ScenarioMapper.map("tour", Map.of("faults", List.of(a.containsKey("fault") ? a.get("fault") : Map.of())),
                    faultIssues);
            faultIssues.forEach(i -> issues.add(new ScenarioIssue(at + ".fault" + i.path().substring("$.faults[0]".length()),
                    i.message())));
            return one == null ? null : new TourAction.Inject(one.faults().get(0));
        } else if ("play".equals(kind)) {
            Object round = a.get("round");
            if (round == null || "end".equals(round)) {
                return new TourAction.Play(-1);
            } else if (round instanceof Long || round instanceof Integer) {
                return new TourAction.Play(((Number) round).intValue());
            }
            issues.add(new ScenarioIssue(at + ".round", "must be a whole number or \"end\""));
            return null;
        } else if ("compare".equals(kind)) {
            String with = optionalText(at + ".with", a.get("with"), issues);
            String scenario = optionalText(at + ".scenario", a.get("scenario"), issues);
            return new TourAction.Compare(with, scenario);
        }
        issues.add(new ScenarioIssue(at + ".do", "must be \"inject\", \"play\" or \"compare\""));
        return null;
    }

    private static String optionalText(String at, Object value, List<ScenarioIssue> issues) {
        if (value == null || value instanceof String) {
            return (String) value;
        }
        issues.add(new ScenarioIssue(at, "must be a string"));
        return null;
    }

    private static List<String> ids(String at, Object value, List<ScenarioIssue> issues) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> list && list.stream().allMatch(String.class::isInstance)) {
            return list.stream().map(String.class::cast).toList();
        }
        issues.add(new ScenarioIssue(at, "must be an array of chain or validator ids"));
        return List.of();
    }

    private static String text(Object value) {
        return value instanceof String s ? s : null;
    }
}
