package dev.sse.model.network.edit;

import dev.sse.model.io.json.NetworkCodec;
import dev.sse.model.io.json.NetworkFormatException;
import dev.sse.model.io.json.PlainJson;
import dev.sse.model.io.json.Problem;
import dev.sse.model.network.Network;
import dev.sse.model.network.graph.NodeRef;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Sets one field of the network, a chain or a validator from the text typed into a property sheet (issue 23), and
 * lets the file reader decide: the network is written as format v1, the field replaced in that JSON, and the text read
 * back by {@link NetworkCodec}, so a value is accepted exactly when a file holding it would open, and refused with the
 * reader's own message ({@code $.chains[2].attackThreshold: must be a number in (0, 1], got 0}). There is no second
 * validation here. Fields are named as {@link SheetFields} lists them.
 *
 * <p>Typed text becomes a JSON value as a hand-edited file would hold it: blank removes the field (an optional one
 * goes back to its default; the reader names a required one as missing), a text field ({@code name}, {@code kind},
 * {@code securedBy}, …, or a setting holding a string) stays a string, anything else is read as JSON when it is JSON
 * ({@code 12}, {@code true}, {@code {"model": "provider"}}) and passed as a string otherwise, for the reader to say
 * what it expected.
 */
public final class FieldEdit {

    private static final Set<String> TEXT = Set.of("id", "name", "kind", "asset", "securedBy", "operator",
            "description", "source");

    /**
     * The outcome of an edit.
     *
     * @param network  the network with the field set, or null when the reader refused it
     * @param problems the reader's problems, the ones at the edited field first; empty when accepted
     */
    public record Result(Network network, List<Problem> problems) {
        public boolean accepted() {
            return network != null;
        }

        /** The first problem as the sheet shows it, {@code $.json.path: message}; empty when accepted. */
        public String message() {
            return problems.isEmpty() ? "" : problems.get(0).path() + ": " + problems.get(0).message();
        }
    }

    private FieldEdit() {
    }

    /** The field's value as the sheet shows it: a string as is, a number or object as JSON, blank when absent. */
    public static String text(Network n, NodeRef ref, String field) {
        return texts(n, ref, List.of(field)).get(field);
    }

    /** {@link #text} of each of {@code fields} on {@code ref}, from one writing of the network, in the fields' order. */
    public static Map<String, String> texts(Network n, NodeRef ref, List<String> fields) {
        Map<String, Object> root = tree(n);
        Map<String, String> out = new java.util.LinkedHashMap<>();
        for (String field : fields) {
            Object value = JsonFields.locate(root, ref, field, false).map(JsonFields.Slot::get).orElse(null);
            out.put(field, value == null ? "" : value instanceof String s ? s : PlainJson.inline(value));
        }
        return out;
    }

    /** Sets {@code field} of {@code ref} (null: the network itself) to {@code text}. */
    public static Result set(Network n, NodeRef ref, String field, String text) {
        return setAll(n, ref == null ? java.util.Collections.singletonList(null) : List.of(ref), field, text);
    }

    /** Sets {@code field} of every element of {@code refs} to {@code text}, read back once: one edit. */
    public static Result setAll(Network n, Collection<NodeRef> refs, String field, String text) {
        Map<String, Object> root = tree(n);
        List<String> paths = new ArrayList<>();
        for (NodeRef ref : refs) {
            JsonFields.Slot slot = JsonFields.locate(root, ref, field, true).orElse(null);
            if (slot == null) {
                return new Result(null, List.of(new Problem("network", 1, 1, "$", "there is no field " + field
                        + (ref == null ? "" : " on " + ref.id()))));
            }
            Object current = slot.get();
            slot.set(value(field, current, text));
            paths.add(slot.path());
        }
        try {
            return new Result(NetworkCodec.readString("network", PlainJson.write(root)), List.of());
        } catch (NetworkFormatException e) {
            List<Problem> sorted = new ArrayList<>(e.problems());
            sorted.sort(Comparator.comparing(p -> paths.stream().noneMatch(p.path()::startsWith)));
            return new Result(null, sorted);
        } catch (IllegalArgumentException e) {
            return new Result(null, List.of(new Problem("network", 1, 1, "$", e.getMessage())));
        }
    }

    /** The JSON value {@code text} stands for in {@code field}, whose value now is {@code current}. */
    static Object value(String field, Object current, String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return null;
        }
        if (TEXT.contains(field) || current instanceof String) {
            return t;
        }
        return PlainJson.parse(t).map(v -> v == PlainJson.NULL ? null : v).orElse(t);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> tree(Network n) {
        return (Map<String, Object>) PlainJson.parse(NetworkCodec.write(n)).orElseThrow();
    }
}
