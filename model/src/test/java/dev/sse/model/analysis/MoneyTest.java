package dev.sse.model.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Issue #18.9: every figure with thousands separators ("9466631 power", a 1370% margin), locale-independent. */
class MoneyTest {

    @Test
    void thousandsAreSeparatedAndSmallFiguresKeepTheirDigits() {
        assertThat(Money.pct(13.7)).isEqualTo("1,370%");
        assertThat(Money.pct(2.035)).isEqualTo("204%");
        assertThat(Money.fmt(187_000_000)).isEqualTo("187,000,000");
        assertThat(Money.fmt(-1370.4)).isEqualTo("-1,370");
        assertThat(Money.fmt(7050)).isEqualTo("7,050");
        assertThat(Money.fmt(0.00123)).isEqualTo("0.00123");
        assertThat(Money.fmt(999)).isEqualTo("999");
        assertThat(Money.count(9_466_631)).isEqualTo("9,466,631");
        assertThat(Money.of(1.71e9, "USD")).isEqualTo("1.71 B USD");
    }
}
