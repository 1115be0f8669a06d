package dev.sse.model.io.json;

import dev.sse.model.network.Network;
import dev.sse.model.network.Settings;
import dev.sse.model.simulation.Scenario;
import dev.sse.model.simulation.ScenarioIssue;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads scenario files (docs/scenario-format.md), either standalone or stored in a network file under
 * {@code "scenarios": {"name": {…}}}, and writes them back deterministically.
 *
 * <p>Every problem is reported at once, located by file, line, column and JSON path, e.g.
 * {@code attack.json:7:21: $.faults[1].chain: unknown chain 'neutrom'}. Given a network, the scenario is also
 * checked against it ({@link Scenario#validateAgainst}): unknown chain, validator, operator or asset ids.
 */
public final class ScenarioCodec {

    private ScenarioCodec() {
    }

    /** Reads a scenario file; its name is the file name without {@code .json}. */
    public static Scenario read(Path file) throws IOException, NetworkFormatException {
        return read(file, null);
    }

    /** Reads a scenario file and checks it against {@code against} (skipped when null). */
    public static Scenario read(Path file, Network against) throws IOException, NetworkFormatException {
        String name = fileName(file);
        JsonTree tree = parse(file);
        return finish(name.endsWith(".json") ? name.substring(0, name.length() - 5) : name, name, JsonTree.plain(tree), "$",
                tree, against);
    }

    /** Reads scenario JSON text; {@code name} labels the scenario and its problems. */
    public static Scenario readString(String name, String json) throws NetworkFormatException {
        return readString(name, json, null);
    }

    /** Reads scenario JSON text and checks it against {@code against} (skipped when null). */
    public static Scenario readString(String name, String json, Network against) throws NetworkFormatException {
        return readString(name, name, json, "$", against);
    }

    /**
     * Reads the scenario stored as {@code "scenarios": {name: …}} in a network file, with exact positions (the
     * file is parsed again for them), and checks it against {@code against} (skipped when null).
     */
    public static Scenario readStored(Path networkFile, String name, Network against)
            throws IOException, NetworkFormatException {
        String file = fileName(networkFile);
        JsonTree tree = parse(networkFile);
        Object all = scenarios(tree);
        if (!(all instanceof Map<?, ?> stored) || !stored.containsKey(name)) {
            String known = all instanceof Map<?, ?> s && !s.isEmpty() ? "; it has: " + String.join(", ", s.keySet().stream().map(String::valueOf).toList())
                    : "; it stores no scenarios";
            int[] at = locate(tree, all == null ? "$" : "$.scenarios");
            throw new NetworkFormatException(List.of(new Problem(file, at[0], at[1], "$.scenarios",
                    "no scenario named '" + name + "'" + known)));
        }
        String base = ScenarioMapper.child("$.scenarios", name);
        return finish(name, file, stored.get(name), base, tree, against);
    }

    /**
     * Maps a scenario kept raw in {@link Network#scenarios()}. Positions are unknown there, so problems carry
     * line and column 0 and the path {@code $.scenarios.<name>…}; use {@link #readStored} for exact positions.
     */
    public static Scenario fromSettings(String name, Settings settings) throws NetworkFormatException {
        return fromSettings(name, settings, null);
    }

    /** {@link #fromSettings(String, Settings)} and a check against {@code against} (skipped when null). */
    public static Scenario fromSettings(String name, Settings settings, Network against) throws NetworkFormatException {
        String base = ScenarioMapper.child("$.scenarios", name);
        return finish(name, against == null ? name : against.name(), settings.values(), base, null, against);
    }

    /**
     * A scenario as the raw settings a network file keeps under {@code "scenarios"} (the values of
     * {@link #write}), so it can be stored in a network and read back equal with {@link #fromSettings}.
     */
    public static Settings toSettings(Scenario scenario) {
        Object root;
        try {
            root = JsonTree.plain(tree(scenario.name(), reader(write(scenario))));
        } catch (NetworkFormatException e) {
            throw new IllegalStateException("scenario JSON does not read back: " + e.problems(), e);
        }
        Map<String, Object> values = new java.util.LinkedHashMap<>();
        ((Map<?, ?>) root).forEach((k, v) -> values.put(String.valueOf(k), v));
        return new Settings(values);
    }

    /** Deterministic JSON for a scenario (fixed key order, 2-space indent, "\n"); reads back equal. */
    public static String write(Scenario scenario) {
        return ScenarioWriter.write(scenario);
    }

    private static Scenario readString(String name, String file, String json, String base, Network against)
            throws NetworkFormatException {
        JsonTree tree = tree(file, reader(json));
        return finish(name, file, JsonTree.plain(tree), base, tree, against);
    }

    /**
     * Every problem of the scenarios stored in a network file (docs/scenario-format.md), each checked against
     * {@code network} as {@code simulate --scenario-name} checks it, and of their tours, located by line, column
     * and path; empty when every stored scenario would run. The file is read again for the positions.
     */
    public static List<Problem> storedProblems(Path networkFile, Network network) throws IOException {
        if (network.scenarios().isEmpty()) {
            return List.of();
        }
        String file = fileName(networkFile);
        JsonTree tree;
        try {
            tree = parse(networkFile);
        } catch (NetworkFormatException e) {
            return e.problems();
        }
        List<Problem> problems = new ArrayList<>();
        if (scenarios(tree) instanceof Map<?, ?> stored) {
            for (Map.Entry<?, ?> e : stored.entrySet()) {
                String name = String.valueOf(e.getKey());
                String base = ScenarioMapper.child("$.scenarios", name);
                try {
                    finish(name, file, e.getValue(), base, tree, network);
                } catch (NetworkFormatException bad) {
                    problems.addAll(bad.problems());
                }
                if (e.getValue() instanceof Map<?, ?> scenario && scenario.containsKey("tour")) {
                    problems.addAll(TourCodec.problems(file, base + ".tour", scenario.get("tour"),
                            path -> locate(tree, path)));
                }
            }
        }
        return List.copyOf(problems);
    }

    /** The file's located tree (the one every file is read into: {@link TreeReader}). */
    private static JsonTree parse(Path file) throws IOException, NetworkFormatException {
        try (Reader in = FileAccess.open(file)) {
            return tree(fileName(file), in);
        }
    }

    /**
     * The located tree of JSON text read with the network reader ({@link TreeReader}: the same safety limits,
     * UTF-8 checks, duplicate keys and non-finite numbers), or every problem that stops it. Does not close {@code in}.
     */
    static JsonTree tree(String file, Reader in) throws NetworkFormatException {
        Problems found = new Problems(file);
        JsonTree root = TreeReader.read(in, found).orElse(null);
        if (root == null || !found.isEmpty()) {
            throw new NetworkFormatException(found.list());
        }
        return root;
    }

    /** A network file's {@code "scenarios"} as plain values; null when it has none. */
    private static Object scenarios(JsonTree root) {
        JsonTree.Member m = root instanceof JsonTree.Obj o ? o.member("scenarios") : null;
        return m == null ? null : JsonTree.plain(m.value());
    }

    private static String fileName(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }

    static Scenario finish(String name, String file, Object root, String base, JsonTree tree, Network against)
            throws NetworkFormatException {
        List<ScenarioIssue> issues = new ArrayList<>();
        Scenario scenario = ScenarioMapper.map(name, root, issues);
        if (scenario != null && against != null) {
            issues.addAll(scenario.validateAgainst(against));
        }
        if (issues.isEmpty()) {
            return scenario;
        }
        List<Problem> problems = new ArrayList<>();
        for (ScenarioIssue issue : issues) {
            String path = base + issue.path().substring(1);
            int[] at = tree == null ? new int[] {0, 0} : locate(tree, path);
            problems.add(new Problem(file, at[0], at[1], path, issue.message()));
        }
        throw new NetworkFormatException(problems);
    }

    /** The position of {@code path}, or of its nearest ancestor that exists (a missing field: its object). */
    static int[] locate(JsonTree tree, String path) {
        JsonTree.Loc at = JsonTree.at(tree, path).loc();
        return new int[] {at.line(), at.column()};
    }

    private static Reader reader(String text) {
        return Bom.skip(new StringReader(text));
    }
}
