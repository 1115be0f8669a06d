package dev.sse.model.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #17 items 2-4: input files are opened in one place ({@link FileAccess}), scenario files are read by the
 * network reader with its limits and located messages, and special files are refused instead of read forever.
 */
class FileInputTest {

    static final String NETWORK = """
            {"format": "shared-security-network", "version": 1, "name": "thm2",
             "validators": [{"id": "a", "stake": 0.1}, {"id": "b", "stake": 0.9}],
             "chains": [{"id": "x", "kind": "service", "profitFromCorruption": 1, "attackThreshold": 1}],
             "allocations": [{"validator": "a", "chain": "x"}, {"validator": "b", "chain": "x"}]}
            """;

    @TempDir
    Path dir;

    @Test
    void aScenarioWithInvalidUtf8IsLocatedAtTheBadByte() throws Exception {
        Path file = dir.resolve("bad-utf8.json");
        Files.write(file, concat("{\"faults\": [],\n \"name\": \"Z", new byte[] {(byte) 0xc3, 0x28}, "\"}"));
        NetworkFormatException e = catchThrowableOfType(NetworkFormatException.class, () -> ScenarioCodec.read(file));
        assertThat(e.problems()).singleElement()
                .hasToString("bad-utf8.json:2:12: $.name: not valid UTF-8: malformed byte 0xc3");
    }

    @Test
    void aScenarioHasTheNetworkReadersTokenLimit() throws Exception {
        Path file = dir.resolve("tokens.json");
        Files.writeString(file, "{\"faults\": [" + "0,".repeat((int) TreeReader.MAX_TOKENS) + "0]}");
        NetworkFormatException e = catchThrowableOfType(NetworkFormatException.class, () -> ScenarioCodec.read(file));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.message()).startsWith("input exceeds a safety limit: Token count");
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.column()).isGreaterThan(8_000_000);
        });
    }

    @Test
    void aScenarioRejectsDuplicateKeysAndNonFiniteNumbersLikeANetwork() {
        NetworkFormatException e = catchThrowableOfType(NetworkFormatException.class, () -> ScenarioCodec.readString("s.json",
                "{\"seed\": 1,\n \"seed\": 2, \"faults\": [{\"type\": \"price-shock\", \"asset\": \"A\", \"drop\": NaN}]}"));
        assertThat(e.problems()).extracting(Problem::toString).containsExactly(
                "s.json:2:2: $.seed: duplicate key 'seed' (first at line 1, column 2)",
                "s.json:2:70: $.faults[0].drop: must be a finite number, got NaN");
    }

    @Test
    void devZeroAndAFifoAreRefusedAtOnceNotReadForever() throws Exception {
        Path fifo = dir.resolve("fifo.json");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo");
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            assertThat(catchThrowableOfType(FileSystemException.class, () -> ScenarioCodec.read(Path.of("/dev/zero"))))
                    .satisfies(e -> assertThat(FileAccess.reason(e)).isEqualTo("is not a regular file"));
            assertThat(catchThrowableOfType(FileSystemException.class, () -> NetworkCodec.read(fifo)))
                    .satisfies(e -> assertThat(FileAccess.reason(e)).isEqualTo("is not a regular file"));
            assertThat(catchThrowableOfType(FileSystemException.class, () -> ScenarioCodec.readStored(fifo, "s", null)))
                    .satisfies(e -> assertThat(FileAccess.reason(e)).isEqualTo("is not a regular file"));
        });
    }

    @Test
    void aDirectoryIsOneProblemSayingSo() {
        assertThat(NetworkCodec.validate(dir)).singleElement().satisfies(p ->
                assertThat(p.toString()).endsWith(":1:1: $: cannot read file: is a directory"));
    }

    @Test
    void aFileNameThatIsNotUtf8IsFoundFromTheNameTheCommandLineGives() throws Exception {
        Path good = Files.writeString(dir.resolve("plain.json"), NETWORK);
        // the shell gets the raw byte 0xe9 (Latin-1 é); Java sees U+FFFD in its place
        int copied = new ProcessBuilder("sh", "-c", "cp plain.json \"$(printf 'caf\\351.json')\"").directory(dir.toFile())
                .start().waitFor();
        assumeTrue(copied == 0 && !Files.exists(dir.resolve("caf\uFFFD.json")), "a file system that keeps raw bytes");
        Path asGiven = dir.resolve("caf\uFFFD.json");
        assertThat(NetworkCodec.read(FileAccess.resolve(asGiven))).isEqualTo(NetworkCodec.read(good));
        assertThat(NetworkCodec.read(asGiven)).isEqualTo(NetworkCodec.read(good));
        assertThat(FileAccess.reason(new NoSuchFileException("x\uFFFD.json"))).contains("not valid UTF-8");
    }

    @Test
    void reasonsAreLowerCaseWordsAndNeverAClassName() {
        assertThat(FileAccess.reason(new NoSuchFileException("a.json"))).isEqualTo("no such file");
        assertThat(FileAccess.reason(new AccessDeniedException("a.json"))).isEqualTo("permission denied");
        assertThat(FileAccess.reason(new FileSystemException("a.json", null, "Is a directory"))).isEqualTo("is a directory");
        assertThat(FileAccess.reason(new IOException("No space left on device"))).isEqualTo("no space left on device");
        assertThat(FileAccess.reason(new IOException("java.io.IOException: Input/output error")))
                .isEqualTo("input/output error");
        assertThat(FileAccess.reason(new IOException())).isEqualTo("input/output error");
        assertThat(FileAccess.reason(new InvalidPathException("a\0b", "Nul character not allowed")))
                .isEqualTo("not a valid path: nul character not allowed");
    }

    private static byte[] concat(String head, byte[] middle, String tail) {
        byte[] h = head.getBytes(StandardCharsets.UTF_8);
        byte[] t = tail.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[h.length + middle.length + t.length];
        System.arraycopy(h, 0, all, 0, h.length);
        System.arraycopy(middle, 0, all, h.length, middle.length);
        System.arraycopy(t, 0, all, h.length + middle.length, t.length);
        return all;
    }
}
