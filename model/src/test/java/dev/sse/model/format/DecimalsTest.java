package dev.sse.model.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** The file policy (issue 21): CSV and JSON carry the exact value; the trace JSON alone rounds to 12 digits. */
class DecimalsTest {

    @Test
    void exactIsTheShortestPlainDecimalThatReadsBack() {
        assertThat(Decimals.exact(0.30000000000000004)).isEqualTo("0.30000000000000004");
        assertThat(Decimals.exact(1e21)).isEqualTo("1000000000000000000000");
        assertThat(Decimals.exact(1e9)).isEqualTo("1000000000");
        assertThat(Decimals.exact(2.0 / 3)).isEqualTo("0.6666666666666666");
        assertThat(Decimals.exact(1e-5)).isEqualTo("0.00001"); // the analysis CSV wrote "0.000010"
        assertThat(Decimals.exact(-0.0)).isEqualTo("0");
        assertThatThrownBy(() -> Decimals.exact(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void csvLeavesAbsentAndNonFiniteValuesEmpty() {
        assertThat(Decimals.csv(0.25)).isEqualTo("0.25");
        assertThat(Decimals.csv(null)).isEmpty();
        assertThat(Decimals.csv(Double.NaN)).isEmpty();
        assertThat(Decimals.csv(Double.POSITIVE_INFINITY)).isEmpty();
        // the sweep CSV rounded to 12 digits: one policy for every CSV now
        assertThat(Decimals.csv(0.1 + 0.2)).isEqualTo("0.30000000000000004");
    }

    @Test
    void roundedHidesBinaryNoise() {
        assertThat(Decimals.rounded(0.1 + 0.2)).isEqualTo("0.3");
        assertThat(Decimals.rounded(2.25e-4)).isEqualTo("0.000225");
        assertThat(Decimals.rounded(5e6)).isEqualTo("5000000");
        assertThat(Decimals.rounded(-0.0)).isEqualTo("0");
    }

    @Test
    void fixedKeepsAtMostTheGivenDecimals() {
        assertThat(Decimals.fixed(12.5, 3)).isEqualTo("12.5");
        assertThat(Decimals.fixed(3.0, 3)).isEqualTo("3");
        assertThat(Decimals.fixed(0.12345, 3)).isEqualTo("0.123");
        assertThat(Decimals.fixed(-0.0001, 3)).isEqualTo("0");
    }

    @Property(tries = 500)
    void exactReadsBackAsTheSameDouble(@ForAll double x) {
        if (Double.isFinite(x)) {
            assertThat(Double.parseDouble(Decimals.exact(x))).isEqualTo(x == 0 ? 0.0 : x);
            assertThat(Decimals.exact(x)).doesNotContain("E", "e");
        }
    }
}
