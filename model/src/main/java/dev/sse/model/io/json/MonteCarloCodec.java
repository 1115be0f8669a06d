package dev.sse.model.io.json;

import dev.sse.model.montecarlo.MonteCarloSpec;
import dev.sse.model.network.Network;
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
 * Reads a Monte Carlo run from a scenario file (docs/scenario-format.md, "Monte Carlo"): the scenario's faults are
 * the base applied in every draw, and its {@code "montecarlo"} block gives the shock models, draws and seed (without
 * the block: {@link MonteCarloSpec#DEFAULT_SHOCKS}). Read with the scenario reader, so every problem of either part
 * is reported at once with file, line, column and JSON path.
 */
public final class MonteCarloCodec {

    private MonteCarloCodec() {
    }

    /** Reads {@code file} and checks it against {@code against} (skipped when null). */
    public static MonteCarloSpec read(Path file, Network against) throws IOException, NetworkFormatException {
        Path fn = file.getFileName();
        String name = fn == null ? file.toString() : fn.toString();
        JsonTree tree;
        try (Reader in = FileAccess.open(file)) {
            tree = ScenarioCodec.tree(name, in);
        }
        return finish(name.endsWith(".json") ? name.substring(0, name.length() - 5) : name, name, tree, against);
    }

    /** Reads scenario JSON text; {@code name} labels the run and its problems. */
    public static MonteCarloSpec readString(String name, String json, Network against) throws NetworkFormatException {
        return finish(name, name, ScenarioCodec.tree(name, Bom.skip(new StringReader(json))), against);
    }

    /** The run without a file: no base faults, the default shocks, {@code draws} and {@code seed}. */
    public static MonteCarloSpec defaults(int draws, long seed) {
        return new MonteCarloSpec(Scenario.of("montecarlo", List.of()), MonteCarloSpec.DEFAULT_SHOCKS, draws, seed);
    }

    private static MonteCarloSpec finish(String name, String file, JsonTree tree, Network against)
            throws NetworkFormatException {
        Object root = JsonTree.plain(tree);
        List<Problem> problems = new ArrayList<>();
        List<ScenarioIssue> issues = new ArrayList<>();
        Scenario base = ScenarioMapper.map(name, root, issues);
        if (base != null && against != null) {
            issues.addAll(base.validateAgainst(against));
        }
        Object block = root instanceof Map<?, ?> m ? m.get("montecarlo") : null;
        MonteCarloMapper.Block mc = MonteCarloMapper.map(block, against, issues);
        if (!issues.isEmpty()) {
            for (ScenarioIssue issue : issues) {
                int[] at = ScenarioCodec.locate(tree, issue.path());
                problems.add(new Problem(file, at[0], at[1], issue.path(), issue.message()));
            }
            throw new NetworkFormatException(problems);
        }
        int draws = mc == null || mc.draws() == null ? MonteCarloSpec.DEFAULT_DRAWS : mc.draws();
        long seed = mc == null || mc.seed() == null ? base.seed() : mc.seed();
        return new MonteCarloSpec(base, mc == null ? MonteCarloSpec.DEFAULT_SHOCKS : mc.shocks(), draws, seed);
    }
}
