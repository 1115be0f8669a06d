package dev.sse.model.io.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import dev.sse.model.io.json.JsonTree.Loc;
import dev.sse.model.io.json.JsonTree.Member;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds a {@link JsonTree} from Jackson's streaming parser, remembering each value's location.
 *
 * <p>Hostile input is bounded by {@link StreamReadConstraints}: document length, nesting depth, number,
 * string and name length, and token count; violations and syntax errors become one {@link Problem} at
 * the parser's location with the path reached so far. Duplicate keys are detected here (not with
 * {@code STRICT_DUPLICATE_DETECTION}, which would stop at the first) and reported at the second key.
 * {@code NaN} and {@code Infinity} are tokenised so they can be reported at their path as non-finite.
 */
final class TreeReader {

    static final long MAX_DOCUMENT_CHARS = 64L * 1024 * 1024;
    static final int MAX_DEPTH = 64;
    static final int MAX_NUMBER_LENGTH = 50;
    static final int MAX_STRING_LENGTH = 1024 * 1024;
    static final long MAX_TOKENS = 4_000_000;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxDocumentLength(MAX_DOCUMENT_CHARS)
                    .maxNestingDepth(MAX_DEPTH)
                    .maxNumberLength(MAX_NUMBER_LENGTH)
                    .maxStringLength(MAX_STRING_LENGTH)
                    .maxNameLength(MAX_STRING_LENGTH)
                    .maxTokenCount(MAX_TOKENS)
                    .build())
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
            .build();

    private final JsonParser parser;
    private final Problems problems;
    /** With {@link #stream}: the top-level array whose items go to {@link #sink} one at a time, else null. */
    private final String streamed;
    private final ItemSink sink;

    private TreeReader(JsonParser parser, Problems problems, String streamed, ItemSink sink) {
        this.parser = parser;
        this.problems = problems;
        this.streamed = streamed;
        this.sink = sink;
    }

    /** Takes the items of a streamed array as they are parsed; a problem it throws stops the reading. */
    interface ItemSink {
        void item(JsonTree item, String path) throws NetworkFormatException;
    }

    /** Carries a sink's {@link NetworkFormatException} through the parser's loop. */
    private static final class Stop extends RuntimeException {
        private final NetworkFormatException problem;

        Stop(NetworkFormatException problem) {
            super(null, null, false, false);
            this.problem = problem;
        }
    }

    /**
     * The tree, or empty when the text is not well-formed JSON (the reason is in {@code problems}).
     * Does not close {@code in}: its owner does.
     */
    static Optional<JsonTree> read(Reader in, Problems problems) {
        return read(in, problems, null, null);
    }

    /**
     * Like {@link #read(Reader, Problems)}, but the items of the top-level member {@code key}, when it is an array,
     * are handed to {@code sink} as each is parsed and not kept: the returned tree holds that array empty (at its
     * location). A response of a million items is read in the memory of one (issue 22: 100 consumer sets of 10,000).
     *
     * @throws NetworkFormatException what {@code sink} threw; the reading stops there
     */
    static Optional<JsonTree> stream(Reader in, Problems problems, String key, ItemSink sink)
            throws NetworkFormatException {
        try {
            return read(in, problems, key, sink);
        } catch (Stop s) {
            throw s.problem;
        }
    }

    private static Optional<JsonTree> read(Reader in, Problems problems, String key, ItemSink sink) {
        JsonParser parser;
        try {
            parser = FACTORY.createParser(in);
        } catch (IOException e) {
            problems.add(Loc.START, JsonPaths.ROOT, "cannot read input: " + JacksonMessages.io(e));
            return Optional.empty();
        }
        try {
            return new TreeReader(parser, problems, key, sink).document();
        } finally {
            try {
                parser.close();
            } catch (IOException | RuntimeException e) {
                // only releases buffers (the source is not auto-closed); nothing a user could act on
            }
        }
    }

    private Optional<JsonTree> document() {
        try {
            JsonToken first = parser.nextToken();
            if (first == null) {
                problems.add(Loc.START, JsonPaths.ROOT, "empty input; expected a JSON object");
                return Optional.empty();
            }
            JsonTree root = value(first, JsonPaths.ROOT);
            if (parser.nextToken() != null) {
                problems.add(here(), JsonPaths.ROOT, "unexpected content after the end of the top-level value");
                return Optional.empty();
            }
            return Optional.of(root);
        } catch (StreamConstraintsException e) {
            // these carry no location; the token being read is where the limit was crossed
            fail(parser.currentTokenLocation(), "input exceeds a safety limit: " + JacksonMessages.clean(e.getOriginalMessage()));
        } catch (JsonProcessingException e) {
            fail(e.getLocation(), "malformed JSON: " + JacksonMessages.clean(e.getOriginalMessage()));
        } catch (Utf8Reader.MalformedUtf8Exception e) {
            problems.add(new Loc(e.line, e.column), JsonPaths.abbreviated(JsonPaths.of(parser.getParsingContext())),
                    e.getMessage());
        } catch (IOException e) {
            fail(null, "cannot read input: " + JacksonMessages.io(e));
        } catch (Stop e) {
            throw e;
        } catch (RuntimeException e) {
            fail(null, "malformed JSON: " + JacksonMessages.runtime(e));
        }
        return Optional.empty();
    }

    private void fail(JsonLocation at, String message) {
        JsonLocation loc = at != null && at.getLineNr() > 0 ? at : parser.currentLocation();
        problems.add(new Loc(loc.getLineNr(), loc.getColumnNr()),
                JsonPaths.abbreviated(JsonPaths.of(parser.getParsingContext())), message);
    }

    private Loc here() {
        JsonLocation l = parser.currentTokenLocation();
        return new Loc(l.getLineNr(), l.getColumnNr());
    }

    private JsonTree value(JsonToken token, String path) throws IOException {
        return value(token, path, null, -1);
    }

    /**
     * The value at {@code parent}'s member {@code key} (or item {@code index}; or {@code parent} itself when both are
     * unset). Only containers and problems build their path string: a million leaves need none (issue 22).
     */
    private JsonTree value(JsonToken token, String parent, String key, int index) throws IOException {
        Loc loc = here();
        return switch (token) {
            case START_OBJECT -> object(loc, path(parent, key, index));
            case START_ARRAY -> array(loc, path(parent, key, index));
            case VALUE_STRING -> new JsonTree.Str(loc, parser.getText());
            case VALUE_NUMBER_INT -> integer(loc);
            case VALUE_NUMBER_FLOAT -> floating(loc, parent, key, index);
            case VALUE_TRUE -> new JsonTree.Bool(loc, true);
            case VALUE_FALSE -> new JsonTree.Bool(loc, false);
            case VALUE_NULL -> new JsonTree.Null(loc);
            default -> {
                problems.add(loc, path(parent, key, index), "malformed JSON: unexpected " + token);
                yield new JsonTree.Bad(loc, String.valueOf(token));
            }
        };
    }

    private static String path(String parent, String key, int index) {
        return key != null ? JsonPaths.child(parent, key) : index >= 0 ? JsonPaths.index(parent, index) : parent;
    }

    private JsonTree object(Loc loc, String path) throws IOException {
        List<Member> members = new ArrayList<>();
        Map<String, Loc> seen = null; // from the 9th key on; a small object is searched in order
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
            String key = parser.currentName();
            Loc keyLoc = here();
            JsonToken next = parser.nextToken();
            JsonTree child = streamed != null && next == JsonToken.START_ARRAY && key.equals(streamed)
                    && path.equals(JsonPaths.ROOT) ? streamedArray(here(), JsonPaths.child(path, key))
                    : value(next, path, key, -1);
            if (seen == null && members.size() >= 8) {
                seen = new HashMap<>();
                for (Member m : members) {
                    seen.put(m.key(), m.keyLoc());
                }
            }
            Loc first = seen != null ? seen.putIfAbsent(key, keyLoc) : firstOf(members, key);
            if (first != null) {
                problems.add(keyLoc, JsonPaths.child(path, key), "duplicate key '" + JsonPaths.shown(key) + "' (first at line "
                        + first.line() + ", column " + first.column() + ")");
            } else {
                members.add(new Member(key, keyLoc, child));
            }
        }
        return new JsonTree.Obj(loc, members);
    }

    private static Loc firstOf(List<Member> members, String key) {
        for (Member m : members) {
            if (m.key().equals(key)) {
                return m.keyLoc();
            }
        }
        return null;
    }

    private JsonTree array(Loc loc, String path) throws IOException {
        List<JsonTree> items = new ArrayList<>();
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
            items.add(value(t, path, null, items.size()));
        }
        return new JsonTree.Arr(loc, items);
    }

    private JsonTree streamedArray(Loc loc, String path) throws IOException {
        int i = 0;
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
            String at = JsonPaths.index(path, i++);
            JsonTree item = value(t, at);
            if (problems.isEmpty()) {
                try {
                    sink.item(item, at);
                } catch (NetworkFormatException e) {
                    throw new Stop(e);
                }
            }
        }
        return new JsonTree.Arr(loc, List.of());
    }

    private JsonTree integer(Loc loc) throws IOException {
        String text = parser.getText();
        JsonParser.NumberType type = parser.getNumberType();
        if (type == JsonParser.NumberType.INT || type == JsonParser.NumberType.LONG) {
            return new JsonTree.Num(loc, parser.getLongValue(), text);
        }
        return new JsonTree.Num(loc, parser.getDoubleValue(), text);
    }

    private JsonTree floating(Loc loc, String parent, String key, int index) throws IOException {
        String text = parser.getText();
        double d = parser.getDoubleValue();
        if (Double.isFinite(d)) {
            return new JsonTree.Num(loc, d, text);
        }
        problems.add(loc, path(parent, key, index), parser.isNaN() && !Character.isDigit(text.charAt(text.length() - 1))
                ? "must be a finite number, got " + text
                : "number out of range: " + JsonPaths.shown(text));
        return new JsonTree.Bad(loc, text);
    }
}
