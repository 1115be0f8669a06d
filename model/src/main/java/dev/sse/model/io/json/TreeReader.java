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

    private TreeReader(JsonParser parser, Problems problems) {
        this.parser = parser;
        this.problems = problems;
    }

    /**
     * The tree, or empty when the text is not well-formed JSON (the reason is in {@code problems}).
     * Does not close {@code in}: its owner does.
     */
    static Optional<JsonTree> read(Reader in, Problems problems) {
        JsonParser parser;
        try {
            parser = FACTORY.createParser(in);
        } catch (IOException e) {
            problems.add(Loc.START, JsonPaths.ROOT, "cannot read input: " + JacksonMessages.io(e));
            return Optional.empty();
        }
        try {
            return new TreeReader(parser, problems).document();
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
        Loc loc = here();
        return switch (token) {
            case START_OBJECT -> object(loc, path);
            case START_ARRAY -> array(loc, path);
            case VALUE_STRING -> new JsonTree.Str(loc, parser.getText());
            case VALUE_NUMBER_INT -> integer(loc);
            case VALUE_NUMBER_FLOAT -> floating(loc, path);
            case VALUE_TRUE -> new JsonTree.Bool(loc, true);
            case VALUE_FALSE -> new JsonTree.Bool(loc, false);
            case VALUE_NULL -> new JsonTree.Null(loc);
            default -> {
                problems.add(loc, path, "malformed JSON: unexpected " + token);
                yield new JsonTree.Bad(loc, String.valueOf(token));
            }
        };
    }

    private JsonTree object(Loc loc, String path) throws IOException {
        List<Member> members = new ArrayList<>();
        Map<String, Loc> seen = new HashMap<>();
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
            String key = parser.currentName();
            Loc keyLoc = here();
            String childPath = JsonPaths.child(path, key);
            JsonTree child = value(parser.nextToken(), childPath);
            Loc first = seen.putIfAbsent(key, keyLoc);
            if (first != null) {
                problems.add(keyLoc, childPath, "duplicate key '" + JsonPaths.shown(key) + "' (first at line "
                        + first.line() + ", column " + first.column() + ")");
            } else {
                members.add(new Member(key, keyLoc, child));
            }
        }
        return new JsonTree.Obj(loc, members);
    }

    private JsonTree array(Loc loc, String path) throws IOException {
        List<JsonTree> items = new ArrayList<>();
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
            items.add(value(t, JsonPaths.index(path, items.size())));
        }
        return new JsonTree.Arr(loc, items);
    }

    private JsonTree integer(Loc loc) throws IOException {
        String text = parser.getText();
        JsonParser.NumberType type = parser.getNumberType();
        if (type == JsonParser.NumberType.INT || type == JsonParser.NumberType.LONG) {
            return new JsonTree.Num(loc, parser.getLongValue(), text);
        }
        return new JsonTree.Num(loc, parser.getDoubleValue(), text);
    }

    private JsonTree floating(Loc loc, String path) throws IOException {
        String text = parser.getText();
        double d = parser.getDoubleValue();
        if (Double.isFinite(d)) {
            return new JsonTree.Num(loc, d, text);
        }
        problems.add(loc, path, parser.isNaN() && !Character.isDigit(text.charAt(text.length() - 1))
                ? "must be a finite number, got " + text
                : "number out of range: " + JsonPaths.shown(text));
        return new JsonTree.Bad(loc, text);
    }
}
