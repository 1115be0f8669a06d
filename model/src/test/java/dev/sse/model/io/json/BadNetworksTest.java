package dev.sse.model.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bad-file corpus: every file under {@code bad-networks/} is rejected with exactly the problems
 * listed for it in {@code expectations.tsv} (location, path and a message fragment), and nothing else.
 */
class BadNetworksTest {

    record Expected(String location, String path, String fragment) {
    }

    private static final Map<String, List<Expected>> EXPECTED = load();

    static Stream<String> badFiles() throws IOException {
        try (Stream<Path> files = Files.list(dir())) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted()
                    .toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("badFiles")
    void rejectsWithExactlyTheExpectedProblems(String name) {
        List<Expected> expected = EXPECTED.get(name);
        assertThat(expected).as("expectations.tsv rows for %s", name).isNotNull();

        NetworkFormatException e = catchThrowableOfType(NetworkFormatException.class,
                () -> NetworkCodec.read(dir().resolve(name)));

        assertThat(e).as("%s must be rejected", name).isNotNull();
        List<Problem> problems = e.problems();
        assertThat(problems).as("all problems of %s:%n%s", name, e.getMessage()).hasSameSizeAs(expected);
        for (Expected x : expected) {
            assertThat(problems).as("%s should report %s", name, x)
                    .anySatisfy(p -> {
                        assertThat(p.file()).isEqualTo(name);
                        assertThat(p.line() + ":" + p.column()).isEqualTo(x.location());
                        assertThat(p.path()).isEqualTo(x.path());
                        assertThat(p.message()).contains(x.fragment());
                        assertThat(p.toString()).isEqualTo(name + ":" + x.location() + ": " + x.path() + ": "
                                + p.message());
                    });
        }
    }

    @Test
    void corpusCoversAtLeastTwentyErrorClasses() throws IOException {
        assertThat(badFiles().count()).isGreaterThanOrEqualTo(20);
        assertThat(EXPECTED.keySet()).containsExactlyInAnyOrderElementsOf(badFiles().toList());
    }

    @Test
    void exceptionMessageIsOneRenderedProblemPerLine() {
        NetworkFormatException e = catchThrowableOfType(NetworkFormatException.class,
                () -> NetworkCodec.read(dir().resolve("negative-stake.json")));
        assertThat(e.getMessage())
                .isEqualTo("negative-stake.json:10:42: $.validators[1].stake: must be a number from 1e-12 to 1e18, got -5");
    }

    private static Path dir() {
        try {
            return Path.of(BadNetworksTest.class.getResource("/bad-networks").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, List<Expected>> load() {
        Map<String, List<Expected>> map = new LinkedHashMap<>();
        for (String line : Fixtures.text("/bad-networks/expectations.tsv").split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            map.computeIfAbsent(cols[0], k -> new ArrayList<>()).add(new Expected(cols[1], cols[2], cols[3]));
        }
        return map;
    }
}
