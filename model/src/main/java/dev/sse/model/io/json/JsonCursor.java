package dev.sse.model.io.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A read-only position in a JSON document that knows its file, line, column and JSON path, for importers reading
 * other tools' responses (issue 22). Every accessor either returns the value or throws a {@link NetworkFormatException}
 * with one located problem ({@code file:line:column: $.path: what was expected, and what was found}). Parsing uses the
 * network reader's streaming parser, limits and UTF-8 checks ({@link TreeReader}); unknown keys are ignored, since a
 * live API adds fields over time.
 */
public final class JsonCursor {

    private final String file;
    private final JsonTree node;
    /** Null until asked for: built from the parent's, as most cursors are read and never reported (issue 22). */
    private String path;
    private final JsonCursor parent;
    private final String key;
    private final int index;

    private JsonCursor(String file, JsonTree node, String path) {
        this(file, node, path, null, null, -1);
    }

    private JsonCursor(String file, JsonTree node, String path, JsonCursor parent, String key, int index) {
        this.file = file;
        this.node = node;
        this.path = path;
        this.parent = parent;
        this.key = key;
        this.index = index;
    }

    /** The document in {@code file} (UTF-8); problems name the file by its last path element. */
    public static JsonCursor read(Path file) throws IOException, NetworkFormatException {
        Path name = file.getFileName();
        try (InputStream in = Files.newInputStream(file)) {
            return read(name == null ? file.toString() : name.toString(), new Utf8Reader(in));
        }
    }

    /** What {@link #stream} hands over: one item of the streamed array, to read and then forget. */
    @FunctionalInterface
    public interface Items {
        void item(JsonCursor item) throws NetworkFormatException;
    }

    /**
     * The document in {@code file}, with the items of its top-level array {@code key} handed to {@code each} one at a
     * time as they are parsed (file order, located as usual, {@code $.key[i]}) and not kept: in the returned cursor
     * that array is empty. For responses too large to hold as a tree (issue 22: 10,000-validator consumer sets ×
     * 100 chains, 134 MB). A problem {@code each} throws stops the reading; a syntax error is reported as
     * {@link #read} reports it, after the items before it were handed over.
     */
    public static JsonCursor stream(Path file, String key, Items each) throws IOException, NetworkFormatException {
        Path name = file.getFileName();
        String source = name == null ? file.toString() : name.toString();
        try (InputStream in = Files.newInputStream(file)) {
            Problems problems = new Problems(source);
            Optional<JsonTree> root = TreeReader.stream(new Utf8Reader(in), problems, key,
                    (item, path) -> each.item(new JsonCursor(source, item, path)));
            if (root.isEmpty() || !problems.isEmpty()) {
                throw problems.exception();
            }
            return new JsonCursor(source, root.get(), JsonPaths.ROOT);
        }
    }

    /** The document in {@code json}, named {@code sourceName} in problems. */
    public static JsonCursor readString(String sourceName, String json) throws NetworkFormatException {
        return read(sourceName, Bom.skip(new StringReader(json)));
    }

    private static JsonCursor read(String name, java.io.Reader reader) throws NetworkFormatException {
        Problems problems = new Problems(name);
        Optional<JsonTree> root = TreeReader.read(reader, problems);
        if (root.isEmpty() || !problems.isEmpty()) {
            throw problems.exception();
        }
        return new JsonCursor(name, root.get(), JsonPaths.ROOT);
    }

    public String file() { return file; }
    public String path() {
        if (path == null) {
            path = key != null ? JsonPaths.child(parent.path(), key) : JsonPaths.index(parent.path(), index);
        }
        return path;
    }
    public int line() { return node.loc().line(); }
    public int column() { return node.loc().column(); }

    /** A located problem at this value, to throw. */
    public NetworkFormatException error(String message) {
        return new NetworkFormatException(List.of(new Problem(file, line(), column(), path(), message)));
    }

    /** {@code must be <expected>, got <what is here>}, located here. */
    public NetworkFormatException expected(String expected) {
        return error("must be " + expected + ", got " + node.describe());
    }

    public boolean isNull() { return node instanceof JsonTree.Null; }
    public boolean isObject() { return node instanceof JsonTree.Obj; }
    public boolean isArray() { return node instanceof JsonTree.Arr; }
    public boolean isString() { return node instanceof JsonTree.Str; }
    public boolean isNumber() { return node instanceof JsonTree.Num; }

    /** Whether this object has {@code key} with a non-null value (false when this is not an object). */
    public boolean has(String key) {
        return node instanceof JsonTree.Obj o && o.member(key) != null && !(o.member(key).value() instanceof JsonTree.Null);
    }

    /** A required member of this object. */
    public JsonCursor field(String key) throws NetworkFormatException {
        JsonTree.Obj o = object();
        JsonTree.Member m = o.member(key);
        if (m == null) {
            throw error("missing required field '" + key + "'");
        }
        return new JsonCursor(file, m.value(), null, this, key, -1);
    }

    /** An optional member of this object; empty when absent or null. */
    public Optional<JsonCursor> optional(String key) throws NetworkFormatException {
        JsonTree.Member m = object().member(key);
        return m == null || m.value() instanceof JsonTree.Null ? Optional.empty()
                : Optional.of(new JsonCursor(file, m.value(), null, this, key, -1));
    }

    /** The keys of this object, in file order. */
    public List<String> keys() throws NetworkFormatException {
        return object().members().stream().map(JsonTree.Member::key).toList();
    }

    private JsonTree.Obj object() throws NetworkFormatException {
        if (node instanceof JsonTree.Obj o) {
            return o;
        }
        throw expected("an object");
    }

    /** The items of this array. */
    public List<JsonCursor> items() throws NetworkFormatException {
        if (!(node instanceof JsonTree.Arr a)) {
            throw expected("an array");
        }
        List<JsonCursor> out = new ArrayList<>(a.items().size());
        for (int i = 0; i < a.items().size(); i++) {
            out.add(new JsonCursor(file, a.items().get(i), null, this, null, i));
        }
        return out;
    }

    public String string() throws NetworkFormatException {
        if (node instanceof JsonTree.Str s) {
            return s.value();
        }
        throw expected("a string");
    }

    public boolean bool() throws NetworkFormatException {
        if (node instanceof JsonTree.Bool b) {
            return b.value();
        }
        throw expected("true or false");
    }

    /**
     * A whole number ≥ 0 written as a JSON number, a decimal string ({@code "22418165930617"}, as gRPC-gateway and
     * Sidecar write int64/u128) or a {@code 0x} hex string (polkadot-js for large balances).
     */
    public BigInteger natural() throws NetworkFormatException {
        String text = node instanceof JsonTree.Num n ? n.text() : node instanceof JsonTree.Str s ? s.value() : null;
        try {
            if (text != null) {
                BigInteger v = text.startsWith("0x") ? new BigInteger(text.substring(2), 16) : new BigInteger(text);
                if (v.signum() >= 0 && !text.startsWith("+") && !text.startsWith("0x-") && !text.isEmpty()) {
                    return v;
                }
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw expected("a whole number >= 0 (a number, a decimal string or a 0x hex string)");
    }

    /** A decimal written as a JSON number or a string ({@code "0.050000000000000000"}, LegacyDec). */
    public BigDecimal decimal() throws NetworkFormatException {
        String text = node instanceof JsonTree.Num n ? n.text() : node instanceof JsonTree.Str s ? s.value() : null;
        try {
            if (text != null && !text.isBlank() && text.strip().equals(text)) {
                return new BigDecimal(text);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw expected("a decimal number (a number or a decimal string)");
    }

    /** A JSON number (not a string). */
    public double number() throws NetworkFormatException {
        if (node instanceof JsonTree.Num n) {
            return n.asDouble();
        }
        throw expected("a number");
    }

    @Override
    public String toString() {
        return file + ":" + line() + ":" + column() + ": " + path();
    }
}
