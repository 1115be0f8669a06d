package dev.sse.model.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** Issue 21: the network format's number writing is one method, used by NetworkWriter and NetworkExtrasWriter. */
class NumbersTest {

    private static String written(double d) throws Exception {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
            Numbers.write(g, d, "stake");
        }
        return out.toString();
    }

    @Test
    void integralValuesAreIntegersAndOthersShortest() throws Exception {
        assertThat(written(2_100_000)).isEqualTo("2100000");
        assertThat(written(0.1)).isEqualTo("0.1");
        assertThat(written(-0.0)).isEqualTo("-0.0"); // keeps its sign
        assertThatThrownBy(() -> written(Double.NaN)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot write NaN as 'stake': JSON numbers are finite");
    }
}
