package dev.sse.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 21 (style.md, "Over 400 lines triggers a split review"): no production source file of the model reaches 400
 * lines. {@code Network.java} had 415; its lookups are now {@code NetworkIndex}.
 */
class SourceSizeTest {

    static final int LIMIT = 400;

    @Test
    void everyModelSourceFileIsUnder400Lines() throws IOException {
        List<String> tooLong;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            tooLong = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> lines(p) >= LIMIT)
                    .map(p -> p + ": " + lines(p) + " lines").sorted().toList();
        }
        assertThat(tooLong).as("files of %d lines or more", LIMIT).isEmpty();
    }

    private static long lines(Path p) {
        try (Stream<String> s = Files.lines(p)) {
            return s.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
