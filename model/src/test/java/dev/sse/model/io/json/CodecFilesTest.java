package dev.sse.model.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.sse.model.network.Network;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading from paths and streams, and the atomic write. */
class CodecFilesTest {

    @TempDir
    Path dir;

    @Test
    void writesAtomicallyReplacingTheTargetAndLeavingNoTempFiles() throws Exception {
        Path file = dir.resolve("net.json");
        Files.writeString(file, "old content that is longer than nothing");
        Network n = RoundTripTest.handBuilt();

        NetworkCodec.write(n, file);

        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(NetworkCodec.write(n));
        assertThat(NetworkCodec.read(file)).isEqualTo(n);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void replacingAFileKeepsItsPermissions() throws Exception {
        Path file = dir.resolve("shared.json");
        Files.writeString(file, "{}");
        assumeTrue(file.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Set<PosixFilePermission> mode = PosixFilePermissions.fromString("rw-r-----");
        Files.setPosixFilePermissions(file, mode);

        NetworkCodec.write(RoundTripTest.handBuilt(), file);

        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(mode);
    }

    @Test
    void readingAStreamDoesNotCloseIt() throws Exception {
        boolean[] closed = {false};
        InputStream in = new ByteArrayInputStream(Fixtures.valid("polkadot-mini.json").getBytes(StandardCharsets.UTF_8)) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        assertThat(NetworkCodec.read("p.json", in)).isEqualTo(Fixtures.read("polkadot-mini.json"));
        assertThat(closed[0]).isFalse();
    }

    @Test
    void writesToARelativePathInTheWorkingDirectoryTree() throws Exception {
        Path file = dir.resolve("sub").resolve("x.json");
        Files.createDirectories(file.getParent());
        NetworkCodec.write(Fixtures.read("polkadot-mini.json"), file);
        assertThat(NetworkCodec.validate(file)).isEmpty();
    }

    @Test
    void problemsNameTheFileByItsFileName() throws Exception {
        Path file = dir.resolve("kusama.json");
        Files.writeString(file, Fixtures.valid("polkadot-mini.json").replace("\"stake\": 2050000", "\"stake\": -5"));
        NetworkFormatException e = catchThrowableOfType(NetworkFormatException.class, () -> NetworkCodec.read(file));
        assertThat(e.problems()).singleElement().hasToString(
                "kusama.json:12:47: $.validators[1].stake: must be a number from 1e-12 to 1e18, got -5");
        assertThat(NetworkCodec.validate(file)).isEqualTo(e.problems());
    }

    @Test
    void missingFileIsAnIOExceptionForReadAndAProblemForValidate() {
        Path file = dir.resolve("absent.json");
        assertThatThrownBy(() -> NetworkCodec.read(file)).isInstanceOf(NoSuchFileException.class);
        assertThat(NetworkCodec.validate(file)).singleElement()
                .satisfies(p -> assertThat(p.toString()).startsWith("absent.json:1:1: $: cannot read file"));
    }

    @Test
    void malformedUtf8IsReportedAtTheBadByte() {
        byte[] head = "{\n  \"name\": \"Z".getBytes(StandardCharsets.UTF_8);
        byte[] tail = "rich\"\n}".getBytes(StandardCharsets.UTF_8);
        InputStream in = new SequenceInputStream(new ByteArrayInputStream(head),
                new SequenceInputStream(new ByteArrayInputStream(new byte[] {(byte) 0xff}), new ByteArrayInputStream(tail)));
        NetworkFormatException e = catchThrowableOfType(NetworkFormatException.class, () -> NetworkCodec.read("u.json", in));
        assertThat(e.problems()).singleElement()
                .hasToString("u.json:2:13: $.name: not valid UTF-8: malformed byte 0xff");
    }

    @Test
    void byteOrderMarkAndNonAsciiColumnsCountCharacters() {
        String text = "\uFEFF{\n  \"format\": \"shared-security-network\", \"version\": 1, \"name\": \"Zürich 🚀\", \"x\": 1,";
        for (NetworkFormatException e : new NetworkFormatException[] {
            catchThrowableOfType(NetworkFormatException.class, () -> NetworkCodec.readString("s.json", text)),
            catchThrowableOfType(NetworkFormatException.class, () -> NetworkCodec.read("s.json",
                    new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))))}) {
            assertThat(e.problems()).first().hasToString("s.json:2:82: $.x: malformed JSON: "
                    + "Unexpected end-of-input within/between Object entries");
        }
    }

    @Test
    void aStreamThatFailsMidwayBecomesAProblem() {
        InputStream failing = new InputStream() {
            private int served;

            @Override
            public int read() throws IOException {
                if (served < 10) {
                    return "{\"name\": \"".charAt(served++);
                }
                throw new IOException("disk on fire");
            }
        };
        NetworkFormatException e = catchThrowableOfType(NetworkFormatException.class,
                () -> NetworkCodec.read("fire.json", failing));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.message()).isEqualTo("cannot read input: disk on fire");
            assertThat(p.path()).startsWith("$");
            assertThat(p.line()).isPositive();
        });
    }
}
