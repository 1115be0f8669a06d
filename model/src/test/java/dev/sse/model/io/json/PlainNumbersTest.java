package dev.sse.model.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/**
 * Issue 21: every number field of an output document is the exact plain decimal ({@link JsonStyle#number}); Java's
 * exponent form ({@code 8.954636080000001E7}, as {@code analyze --json} printed it) is gone.
 */
class PlainNumbersTest {

    @Test
    void aNumberFieldIsTheExactPlainDecimal() throws Exception {
        StringWriter out = new StringWriter();
        try (var g = JsonStyle.inline(out)) {
            g.writeStartObject();
            JsonStyle.number(g, "cost", 8.954636080000001E7);
            JsonStyle.number(g, "tiny", 1e-7);
            JsonStyle.number(g, "big", 1e21);
            JsonStyle.number(g, "whole", 2.0);
            JsonStyle.number(g, "nan", Double.NaN);
            g.writeEndObject();
        }
        assertThat(out).hasToString("{\"cost\":89546360.80000001,\"tiny\":0.0000001,\"big\":1000000000000000000000,"
                + "\"whole\":2,\"nan\":null}");
    }

}
