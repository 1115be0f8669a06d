package dev.sse.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sse.model.network.Chain;
import dev.sse.model.network.Network;
import dev.sse.model.network.Validator;
import dev.sse.model.simulation.CascadeAttackFinder;
import dev.sse.model.simulation.FoundAttack;
import dev.sse.model.simulation.SecuringStake;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulateCommandTest {

    /**
     * A deliberately simple finder for CLI tests: the first standing chain (by id) whose whole remaining set
     * is worth less than its profit is attacked by that whole set (which always reaches any threshold).
     */
    static final CascadeAttackFinder WHOLE_SET = (net, removed, fallen, policy) -> net.chains().stream()
            .map(Chain::id).sorted().filter(c -> !fallen.contains(c))
            .map(c -> attackWithWholeSet(net, removed, c)).flatMap(Optional::stream).findFirst();

    private static Optional<FoundAttack> attackWithWholeSet(Network net, Set<String> removed, String chain) {
        Map<String, Double> set = SecuringStake.direct(net, removed, chain);
        double cost = set.keySet().stream().mapToDouble(v -> net.valueOf(net.validator(v).orElseThrow())).sum();
        double profit = net.chain(chain).orElseThrow().profitFromCorruption();
        return profit > cost ? Optional.of(new FoundAttack(List.of(chain), List.copyOf(set.keySet()), cost, profit))
                : Optional.empty();
    }

    static final String NETWORK = """
            {"format": "shared-security-network", "version": 1, "name": "thm2",
             "validators": [{"id": "a", "stake": 0.1}, {"id": "b", "stake": 0.9}],
             "chains": [{"id": "x", "kind": "service", "profitFromCorruption": 1, "attackThreshold": 1}],
             "allocations": [{"validator": "a", "chain": "x"}, {"validator": "b", "chain": "x"}],
             "scenarios": {"lose-a": {"faults": [{"type": "shock", "validators": ["a"]}], "seed": 3}}}
            """;

    @TempDir
    Path dir;
    Path network;
    final CliRun cli = new CliRun(() -> new SimulateCommand(WHOLE_SET));

    @BeforeEach
    void writeNetwork() throws Exception {
        network = Files.writeString(dir.resolve("thm2.json"), NETWORK);
    }

    @Test
    void shockPrintsTheCascadeAsJson() {
        assertThat(cli.run(network.toString(), "--shock", "a", "--json")).isZero();
        assertThat(cli.out()).contains("\"lostStake\": 1,", "\"lostFraction\": 1,")
                .containsPattern("\"rounds\": \\[\\s*\\{").containsPattern("\"chains\": \\[\\s*\"x\"\\s*]")
                .containsPattern("\"validators\": \\[\\s*\"b\"\\s*]").containsPattern("\"compromisedChains\": \\[\\s*\"x\"\\s*]");
        assertThat(cli.err()).isEmpty();
    }

    @Test
    void storedScenarioPrintsTextRoundByRound() {
        assertThat(cli.run(network.toString(), "--scenario-name", "lose-a", "--policy", "myopic")).isZero();
        assertThat(cli.out()).contains("scenario \"lose-a\", policy myopic, seed 3", "\nFaults\n", "\nRound 1\n",
                "  b attacks x:", "Summary: lost 1 of 1 (100%) in 1 attack.");
    }

    @Test
    void scenarioFileIsCheckedAgainstTheNetwork() throws Exception {
        Path scenario = Files.writeString(dir.resolve("bad.json"),
                "{\"faults\": [{\"type\": \"downtime\", \"chain\": \"y\", \"validators\": [\"a\"]}]}");
        assertThat(cli.run(network.toString(), "--scenario", scenario.toString())).isEqualTo(2);
        assertThat(cli.err().strip()).isEqualTo("simulate: bad.json:1:43: $.faults[0].chain: unknown chain 'y'");
        assertThat(cli.out()).isEmpty();
    }

    @Test
    void badFlagsAndFilesAreOneLineAndExitCode2() {
        assertThat(cli.run(network.toString(), "--policy", "random")).isEqualTo(2);
        assertThat(cli.run(network.toString(), "--shock", "zz")).isEqualTo(2);
        assertThat(cli.run(network.toString(), "--shock", "a", "--scenario-name", "lose-a")).isEqualTo(2);
        assertThat(cli.run(network.toString(), "--scenario-name", "nope")).isEqualTo(2);
        assertThat(cli.run(dir.resolve("missing.json").toString())).isEqualTo(2);
        assertThat(cli.err().lines()).hasSize(5).allSatisfy(l -> assertThat(l).startsWith("simulate: "))
                .noneMatch(l -> l.contains("Exception"));
        assertThat(cli.err()).contains("--policy must be greedy or myopic", "unknown validator 'zz'",
                "only one of", "no scenario named 'nope'", "no such file");
    }

    @Test
    void withoutFaultsRunsTheCascadeOnTheNetworkAsItIs() {
        assertThat(cli.run(network.toString())).isZero();
        assertThat(cli.out()).contains("No valid attack is left", "lost 0 of 1 (0%)");
    }
}
