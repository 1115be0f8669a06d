package dev.sse.model.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 21: {@link PlainJson}, the public door to the one located reader ({@link TreeReader}) and the one writer setup
 * ({@link JsonStyle}) for io.graph, which built and parsed jackson-databind trees before.
 */
class PlainJsonTest {

    @Test
    void parsesToPlainValuesInFileOrder() {
        Object parsed = PlainJson.parse("{\"b\": [1, 2.5, \"x\", true, null], \"a\": {\"c\": -3}}").orElseThrow();
        Map<String, Object> expected = new LinkedHashMap<>();
        List<Object> b = new ArrayList<>(List.of(1L, 2.5, "x", true));
        b.add(null);
        expected.put("b", b);
        expected.put("a", Map.of("c", -3L));
        assertThat(parsed).isEqualTo(expected);
        assertThat(((Map<?, ?>) parsed).keySet().toString()).isEqualTo("[b, a]");
        assertThat(PlainJson.parse("null")).contains(PlainJson.NULL);
    }

    @Test
    void rejectsWhatTheNetworkReaderRejects() {
        assertThat(PlainJson.parse("{\"a\": 1")).isEmpty();
        assertThat(PlainJson.parse("not json")).isEmpty();
        assertThat(PlainJson.parse("{\"a\": 1, \"a\": 2}")).isEmpty();
        assertThat(PlainJson.parse("[NaN]")).isEmpty();
        assertThat(PlainJson.parse("[1] [2]")).isEmpty();
    }

    @Test
    void writesInTheOneStyleAndInlineOnOneLine() {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("name", "n");
        doc.put("version", 1);
        doc.put("stake", new BigDecimal("12.50"));
        doc.put("price", 0.1);
        doc.put("empty", List.of());
        doc.put("none", null);
        doc.put("list", List.of(Map.of("k", true)));
        assertThat(PlainJson.write(doc)).isEqualTo("""
                {
                  "name": "n",
                  "version": 1,
                  "stake": 12.50,
                  "price": 0.1,
                  "empty": [],
                  "none": null,
                  "list": [
                    {
                      "k": true
                    }
                  ]
                }
                """);
        assertThat(PlainJson.inline(doc)).isEqualTo(
                "{\"name\":\"n\",\"version\":1,\"stake\":12.50,\"price\":0.1,\"empty\":[],\"none\":null,\"list\":[{\"k\":true}]}");
    }

    @Test
    void writtenTextReadsBackEqual() {
        Object doc = PlainJson.parse("{\"a\": [1, {\"b\": \"q\\\"uote\"}], \"c\": 1.0E-4}").orElseThrow();
        assertThat(PlainJson.parse(PlainJson.write(doc))).contains(doc);
        assertThat(PlainJson.parse(PlainJson.inline(doc))).contains(doc);
    }
}
