package dev.sse.model.io.json;

import dev.sse.model.io.json.JsonTree.Member;
import dev.sse.model.io.json.JsonTree.Obj;
import dev.sse.model.network.FileName;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Typed access to the fields of one JSON object. Every getter reports what is wrong (missing, wrong
 * type, out of range) at the offending value's location and path, and returns {@code null} (or empty)
 * so that mapping can continue and collect further problems. Values the reader already reported
 * ({@link JsonTree.Bad}) yield {@code null} without a second report. An optional field given as
 * {@code null} counts as absent. {@link #valid()} tells whether anything about the object was wrong,
 * so a mapper builds a domain value only from a fully valid object.
 */
final class Fields {

    private final Obj obj;
    private final String path;
    private final Problems problems;
    private boolean valid = true;

    private Fields(Obj obj, String path, Problems problems) {
        this.obj = obj;
        this.path = path;
        this.problems = problems;
    }

    /** The object's fields, or empty (reported) when {@code node} is not an object; {@code what} names it. */
    static Optional<Fields> of(JsonTree node, String path, Problems problems, String what) {
        if (node instanceof Obj o) {
            return Optional.of(new Fields(o, path, problems));
        }
        if (!(node instanceof JsonTree.Bad)) {
            problems.add(node, path, "must be " + what + " (a JSON object), got " + node.describe());
        }
        return Optional.empty();
    }

    /**
     * The objects of {@code array} ({@code what} names one, e.g. "a chain"), each with its fields outside
     * {@code allowed} reported, mapped in order by {@code map}; items that are not objects (reported) and null
     * results are left out.
     */
    static <T> List<T> each(JsonTree.Arr array, String path, Problems problems, String what, List<String> allowed,
                            Function<Fields, T> map) {
        List<T> out = new ArrayList<>();
        for (int i = 0; i < array.items().size(); i++) {
            of(array.items().get(i), JsonPaths.index(path, i), problems, what)
                    .map(f -> map.apply(f.rejectUnknown(allowed))).ifPresent(out::add);
        }
        return out;
    }

    /** Reports every field not in {@code allowed}, at the field's key. */
    Fields rejectUnknown(List<String> allowed) {
        for (Member m : obj.members()) {
            if (!allowed.contains(m.key())) {
                problems.add(m.keyLoc(), JsonPaths.child(path, m.key()), "unknown field '"
                        + JsonPaths.shown(m.key()) + "'; expected one of: " + String.join(", ", allowed));
            }
        }
        return this;
    }

    /** False once any getter or {@link #problem} found something wrong with this object (unknown keys aside). */
    boolean valid() {
        return valid;
    }

    /** Reports a problem that makes this object invalid. */
    void problem(JsonTree at, String atPath, String message) {
        valid = false;
        problems.add(at, atPath, message);
    }

    Obj node() {
        return obj;
    }

    String path() {
        return path;
    }

    String pathOf(String key) {
        return JsonPaths.child(path, key);
    }

    /** The value of a present, non-null field; empty otherwise. */
    Optional<JsonTree> value(String key) {
        Member m = obj.member(key);
        return m == null || m.value() instanceof JsonTree.Null ? Optional.empty() : Optional.of(m.value());
    }

    boolean has(String key) {
        return value(key).isPresent();
    }

    void missing(String key) {
        problem(obj, path, "missing required field '" + key + "'");
    }

    /** A required non-empty string, e.g. an id. */
    String id(String key) {
        Member m = obj.member(key);
        if (m == null) {
            missing(key);
            return null;
        }
        return nonEmpty(m.value(), pathOf(key));
    }

    /**
     * A required name of one of {@code type}'s constants ({@link FileName}); an unknown name is reported with
     * every known one, e.g. {@code unknown bridge kind 'x'; expected one of: ibc, xcmp, canonical, third-party}.
     */
    <E extends Enum<E> & FileName> E choice(String key, Class<E> type, String what) {
        String name = id(key);
        if (name == null) {
            return null;
        }
        Optional<E> known = FileName.parse(type, name);
        if (known.isEmpty()) {
            problem(obj.member(key).value(), pathOf(key), "unknown " + what + " '" + JsonPaths.shown(name)
                    + "'; expected one of: " + FileName.allNames(type));
        }
        return known.orElse(null);
    }

    /** An optional non-empty string; {@code null} when absent. */
    String optionalId(String key) {
        return value(key).map(v -> nonEmpty(v, pathOf(key))).orElse(null);
    }

    /** An optional string (may be empty); {@code null} when absent. */
    String optionalText(String key) {
        return value(key).map(v -> text(v, pathOf(key), "a string")).orElse(null);
    }

    /** A required string (may be empty). */
    String text(String key) {
        Member m = obj.member(key);
        if (m == null) {
            missing(key);
            return null;
        }
        return text(m.value(), pathOf(key), "a string");
    }

    private String nonEmpty(JsonTree v, String at) {
        String s = text(v, at, "a non-empty string");
        if (s != null && s.isEmpty()) {
            problem(v, at, "must be a non-empty string, got the empty string");
            return null;
        }
        return s;
    }

    private String text(JsonTree v, String at, String expected) {
        if (v instanceof JsonTree.Str s) {
            return s.value();
        }
        report(v, at, expected);
        return null;
    }

    /** A number obeying {@code rule}; {@code null} when absent (reported if {@code required}) or invalid. */
    Double number(String key, Rule rule, boolean required) {
        Member m = obj.member(key);
        if (m == null || !required && m.value() instanceof JsonTree.Null) {
            if (required) {
                missing(key);
            }
            return null;
        }
        if (m.value() instanceof JsonTree.Num n && rule.accepts(n.asDouble())) {
            return n.asDouble();
        }
        report(m.value(), pathOf(key), rule.expected());
        return null;
    }

    /** An array; empty when absent (reported if {@code required}) or not an array (reported). */
    Optional<JsonTree.Arr> array(String key, boolean required) {
        Member m = obj.member(key);
        if (m == null || !required && m.value() instanceof JsonTree.Null) {
            if (required) {
                missing(key);
            }
            return Optional.empty();
        }
        if (m.value() instanceof JsonTree.Arr a) {
            return Optional.of(a);
        }
        report(m.value(), pathOf(key), "an array");
        return Optional.empty();
    }

    /** Reports {@code must be <expected>, got <v>} (silently for values the reader already reported). */
    void report(JsonTree v, String at, String expected) {
        valid = false;
        report(v, at, expected, problems);
    }

    static void report(JsonTree v, String at, String expected, Problems problems) {
        if (!(v instanceof JsonTree.Bad)) {
            problems.add(v, at, "must be " + expected + ", got " + v.describe());
        }
    }
}
