package dev.sse.model.io.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sse.model.io.json.NetworkFormatException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Recorded responses under {@code src/test/resources/import/} (see the README there: rebuilt from
 * shared/real-data, SOURCES.md S1-S5, S8) and hand-made bad ones written to a temporary folder.
 */
final class ImportFixtures {

    private ImportFixtures() {
    }

    static Path recorded(String relative) {
        try {
            return Path.of(ImportFixtures.class.getResource("/import/" + relative).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An import run a test expects to refuse its input. */
    interface Run {
        Object run() throws IOException, NetworkFormatException;
    }

    /** The one located line {@code run} refuses its input with; it must report exactly one problem. */
    static String oneProblem(Run run) {
        try {
            Object got = run.run();
            throw new AssertionError("expected a failure, got " + got);
        } catch (NetworkFormatException e) {
            assertThat(e.problems()).hasSize(1);
            return e.getMessage();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    static Path write(Path dir, String name, String text) {
        try {
            return Files.writeString(dir.resolve(name), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
