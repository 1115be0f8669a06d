package dev.sse.model.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #17 item 8: validating a network file checks its stored scenarios and their tours, located, against the
 * network as {@code simulate --scenario-name} does ({@link ScenarioCodec#readStored}), so a file found valid runs
 * every scenario it stores.
 */
class StoredScenariosTest {

    private static final String STORED = """
             "scenarios": {
              "fine": {"faults": [{"type": "shock", "validators": ["a"]}]},
              "typo": {"faults": [{"type": "downtime", "chain": "y", "validators": ["a"]}]},
              "toured": {"faults": [], "tour": {"steps": [{"caption": "one", "colour": "red"}]}}}}
            """;

    @TempDir
    Path dir;

    @Test
    void validateReportsEveryStoredScenarioThatWouldNotRunWithItsPosition() throws Exception {
        Path file = Files.writeString(dir.resolve("net.json"), network(STORED));
        List<Problem> problems = NetworkCodec.validate(file);
        assertThat(problems).extracting(Problem::toString).containsExactly(
                "net.json:7:53: $.scenarios.typo.faults[0].chain: unknown chain 'y'",
                "net.json:8:76: $.scenarios.toured.tour.steps[0].colour: unknown field; expected one of "
                        + "caption, fit, highlight, action, pause, note");
        NetworkFormatException run = catchThrowableOfType(NetworkFormatException.class,
                () -> ScenarioCodec.readStored(file, "typo", NetworkCodec.read(file)));
        assertThat(run.problems()).containsExactly(problems.get(0));
    }

    @Test
    void aFileWhoseStoredScenariosAllRunIsValid() throws Exception {
        Path file = Files.writeString(dir.resolve("net.json"), network("""
                 "scenarios": {"fine": {"faults": [{"type": "shock", "validators": ["a"]}],
                  "tour": {"steps": [{"caption": "one", "highlight": ["x"]}]}}}}
                """));
        assertThat(NetworkCodec.validate(file)).isEmpty();
        assertThat(ScenarioCodec.storedProblems(file, NetworkCodec.read(file))).isEmpty();
    }

    private static String network(String scenarios) {
        String base = FileInputTest.NETWORK.strip();
        return base.substring(0, base.length() - 1) + ",\n" + scenarios;
    }
}
