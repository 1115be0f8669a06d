package dev.sse.model.io.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads JSON text into plain Java values ({@link Map} in file order, {@link List}, {@link String}, {@link Long}
 * or {@link Double}, {@link Boolean}, {@code null}) and remembers where each value starts, by JSON path
 * ({@code $.faults[2].chain} → line 14, column 16), so scenario problems can be located. Bounded by
 * {@link StreamReadConstraints}; duplicate keys are problems. Never leaves this package.
 */
final class ScenarioTreeReader {

    /** The values and the position (line, column; 1-based) of every value by path. */
    record Tree(Object root, Map<String, int[]> where) {
    }

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64)
                    .maxDocumentLength(64L * 1024 * 1024).maxNumberLength(50).maxStringLength(1024 * 1024).build())
            .build();

    private final String file;
    private final JsonParser parser;
    private final List<Problem> problems;
    private final Map<String, int[]> where = new HashMap<>();

    private ScenarioTreeReader(String file, JsonParser parser, List<Problem> problems) {
        this.file = file;
        this.parser = parser;
        this.problems = problems;
    }

    /** The tree, or null when the text is not well-formed JSON (the reason is added to {@code problems}). */
    static Tree read(String file, Reader in, List<Problem> problems) {
        try (JsonParser parser = FACTORY.createParser(in)) {
            ScenarioTreeReader r = new ScenarioTreeReader(file, parser, problems);
            if (parser.nextToken() == null) {
                problems.add(new Problem(file, 1, 1, "$", "empty input; expected a JSON object"));
                return null;
            }
            Object root = r.value("$");
            if (parser.nextToken() != null) {
                r.problem(parser.currentTokenLocation(), "$", "unexpected content after the JSON value");
                return null;
            }
            return new Tree(root, r.where);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation() == null ? JsonLocation.NA : e.getLocation();
            problems.add(new Problem(file, Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr()), "$",
                    "not valid JSON: " + e.getOriginalMessage().lines().findFirst().orElse("syntax error")));
            return null;
        } catch (IOException e) {
            problems.add(new Problem(file, 1, 1, "$", "cannot read input: " + e.getMessage()));
            return null;
        }
    }

    private Object value(String path) throws IOException {
        JsonLocation at = parser.currentTokenLocation();
        where.put(path, new int[] {Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr())});
        JsonToken t = parser.currentToken();
        switch (t) {
            case START_OBJECT:
                return object(path);
            case START_ARRAY:
                List<Object> items = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    items.add(value(path + "[" + items.size() + "]"));
                }
                return items;
            case VALUE_STRING:
                return parser.getText();
            case VALUE_NUMBER_INT:
                return parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                        ? (Object) parser.getDoubleValue() : (Object) parser.getLongValue();
            case VALUE_NUMBER_FLOAT:
                return parser.getDoubleValue();
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            default:
                return null;
        }
    }

    private Map<String, Object> object(String path) throws IOException {
        Map<String, Object> members = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            JsonLocation keyAt = parser.currentTokenLocation();
            parser.nextToken();
            String child = ScenarioMapper.child(path, key);
            if (members.containsKey(key)) {
                problem(keyAt, child, "duplicate key '" + key + "'");
                value(child + "#duplicate");
            } else {
                members.put(key, value(child));
            }
        }
        return members;
    }

    private void problem(JsonLocation at, String path, String message) {
        problems.add(new Problem(file, Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr()), path, message));
    }
}
