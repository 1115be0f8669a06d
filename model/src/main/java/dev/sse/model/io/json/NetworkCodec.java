package dev.sse.model.io.json;

import dev.sse.model.io.files.AtomicFiles;
import dev.sse.model.io.json.JsonTree.Loc;
import dev.sse.model.network.Network;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Reads and writes network files, format v1 ({@code docs/network-format.md}).
 *
 * <p>Reading validates everything the format promises, so this is the one place that decides whether a
 * file is valid. A rejected file raises a {@link NetworkFormatException} carrying every problem found
 * (up to 100), each with file name, line, column, JSON path and what was expected, e.g.
 * {@code kusama.json:41:17: $.validators[3].stake: must be a number from 1e-12 to 1e18, got -5}. No runtime exception
 * escapes a read (null arguments aside): unexpected failures become a problem too.
 *
 * <p>Writing is deterministic (same network, same bytes) and {@code read(write(n)).equals(n)} holds for
 * every network that reads back without problems.
 */
public final class NetworkCodec {

    private static final String INTERNAL = "internal error while reading (please report this file): ";

    private NetworkCodec() {
    }

    /**
     * Reads a network file (UTF-8). Problems name the file by {@code file.getFileName()}.
     *
     * @throws IOException            when the file cannot be opened, or is not a regular file ({@link FileAccess#open})
     * @throws NetworkFormatException when the content is not a valid network
     */
    public static Network read(Path file) throws IOException, NetworkFormatException {
        try (Reader in = FileAccess.open(file)) {
            return read(displayName(file), in);
        }
    }

    /**
     * Reads a network from UTF-8 bytes (a leading byte-order mark is skipped). Failures to read the stream
     * are reported as problems too. The stream is not closed.
     */
    public static Network read(String sourceName, InputStream in) throws NetworkFormatException {
        return read(sourceName, new Utf8Reader(Objects.requireNonNull(in, "in")));
    }

    /** Reads a network from JSON text. */
    public static Network readString(String sourceName, String json) throws NetworkFormatException {
        return read(sourceName, Bom.skip(new StringReader(Objects.requireNonNull(json, "json"))));
    }

    /**
     * Every problem of a network file, its stored scenarios and their tours included
     * ({@link ScenarioCodec#storedProblems}); empty when it is valid. An unreadable file is one problem at 1:1.
     */
    public static List<Problem> validate(Path file) {
        try {
            return ScenarioCodec.storedProblems(file, read(file));
        } catch (NetworkFormatException e) {
            return e.problems();
        } catch (IOException e) {
            return List.of(new Problem(displayName(file), 1, 1, JsonPaths.ROOT,
                    "cannot read file: " + FileAccess.reason(e)));
        }
    }

    /**
     * Warnings about a network file that reads without problems (issue 21): each {@code slashing} key no engine
     * reads, located at the key, e.g. {@code f.json:4:45: $.chains[0].slashing.tombstone: warning: unknown slashing
     * key 'tombstone': …}. Empty when there is nothing to warn about or the file cannot be read (then {@link #validate}
     * says why).
     */
    public static List<Problem> warnings(Path file) {
        try (Reader in = FileAccess.open(file)) {
            return SlashingWarnings.of(displayName(file), in);
        } catch (IOException e) {
            return List.of();
        }
    }

    /** {@link #warnings(Path)} of a text. */
    public static List<Problem> warnings(String sourceName, String json) {
        return SlashingWarnings.of(sourceName, Bom.skip(new StringReader(Objects.requireNonNull(json, "json"))));
    }

    /**
     * The network as format v1 text: 2-space indent, documented field order, trailing newline. Settings
     * keys are written in their map's iteration order, so settings built from ordered maps give the same
     * text on every run.
     *
     * @throws IllegalArgumentException when a number is NaN or infinite, or a setting is not a plain JSON value
     */
    public static String write(Network network) {
        return NetworkWriter.write(network);
    }

    /**
     * Writes the network to {@code file} atomically: a temporary file beside it is written, flushed and
     * fsynced, then renamed over the target ({@code ATOMIC_MOVE}, else {@code REPLACE_EXISTING}), so the
     * target is never left half-written.
     */
    public static void write(Network network, Path file) throws IOException {
        AtomicFiles.write(file, write(network).getBytes(StandardCharsets.UTF_8));
    }

    private static Network read(String sourceName, Reader reader) throws NetworkFormatException {
        Problems problems = new Problems(Objects.requireNonNull(sourceName, "sourceName"));
        try {
            Network network = TreeReader.read(reader, problems)
                    .flatMap(root -> NetworkMapper.map(root, problems))
                    .orElse(null);
            if (network != null && problems.isEmpty()) {
                return network;
            }
            if (problems.isEmpty()) {
                problems.add(Loc.START, JsonPaths.ROOT, INTERNAL + "rejected without a problem");
            }
        } catch (RuntimeException e) {
            problems.add(Loc.START, JsonPaths.ROOT, INTERNAL + e);
        }
        throw problems.exception();
    }

    /** True when a problem comes from the last-resort catch; tests assert it never happens. */
    static boolean isInternal(Problem p) {
        return p.message().startsWith(INTERNAL);
    }

    private static String displayName(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }
}
