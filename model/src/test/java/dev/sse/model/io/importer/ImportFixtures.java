package dev.sse.model.io.importer;

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

    static Path write(Path dir, String name, String text) {
        try {
            return Files.writeString(dir.resolve(name), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
