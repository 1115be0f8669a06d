package dev.sse.model.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The screen policy (issue 21): three significant digits, thousands separated by commas, with units; amounts switch
 * to k at 1,000 everywhere (the "why" lines' and the event reasons' formatters used to disagree: k from 1,000 and
 * from 10,000), percentages with three digits where the inspector showed two decimals and the report charts four
 * digits. Issue #18.9: every figure with thousands separators ("9466631 power", a 1370% margin), locale-independent.
 */
class ScreenTest {

    @Test
    void thousandsAreSeparatedAndSmallFiguresKeepTheirDigits() {
        assertThat(Screen.percent(13.7)).isEqualTo("1,370%");
        assertThat(Screen.percent(2.035)).isEqualTo("204%");
        assertThat(Screen.decimal(187_000_000)).isEqualTo("187,000,000");
        assertThat(Screen.decimal(-1370.4)).isEqualTo("-1,370");
        assertThat(Screen.decimal(7050)).isEqualTo("7,050");
        assertThat(Screen.decimal(0.00123)).isEqualTo("0.00123");
        assertThat(Screen.decimal(999)).isEqualTo("999");
        assertThat(Screen.count(9_466_631)).isEqualTo("9,466,631");
        assertThat(Screen.amount(1.71e9, "USD")).isEqualTo("1.71 B USD");
    }

    /**
     * A proven bound is rounded away from what it bounds, everywhere it is printed (the window's badge and the CLI's
     * "why" once disagreed on pooled 1,900 × 42: marginBound −0.4062500000363818 read "proven ≥ -40.7%" in the badge,
     * "proven ≥ -40.6%" in {@code analyze}, which claims more than was proven).
     */
    @Test
    void provenBoundsRoundAwayFromWhatTheyBound() {
        assertThat(Screen.percentDown(-0.4062500000363818)).isEqualTo("-40.7%");
        assertThat(Screen.percent(-0.4062500000363818)).isEqualTo("-40.6%");
        assertThat(Screen.percentUp(0.12301)).isEqualTo("12.4%");
        assertThat(Screen.percentUp(-0.12399)).isEqualTo("-12.3%");
        assertThat(Screen.percentUp(0.125)).isEqualTo("12.5%");
        assertThat(Screen.percentUp(0)).isEqualTo("0%");
        assertThat(Screen.amountUp(45_612_001, "USD")).isEqualTo("45.7 M USD");
        assertThat(Screen.amountDown(12_349_999, "USD")).isEqualTo("12.3 M USD");
    }

    @Test
    void amountsSwitchToThousandsAtOneThousand() {
        assertThat(Screen.amount(999)).isEqualTo("999");
        assertThat(Screen.amount(1000)).isEqualTo("1 k");
        assertThat(Screen.amount(1250, "ETH")).isEqualTo("1.25 k ETH");
        assertThat(Screen.amount(12_345)).isEqualTo("12.3 k");
        assertThat(Screen.amount(5e6)).isEqualTo("5 M");
        assertThat(Screen.amount(2.5e12, "USD")).isEqualTo("2.5 T USD");
        assertThat(Screen.amount(-3.3e9, "USD")).isEqualTo("-3.3 B USD");
        assertThat(Screen.perYear(1.2e6, "USD")).isEqualTo("1.2 M USD/yr");
    }

    @Test
    void percentagesHaveThreeSignificantDigits() {
        assertThat(Screen.percent(0.0225)).isEqualTo("2.25%");
        assertThat(Screen.percent(1e-4)).isEqualTo("0.01%");
        assertThat(Screen.percent(0.123456)).isEqualTo("12.3%");
        assertThat(Screen.percent(0)).isEqualTo("0%");
        assertThat(Screen.percent(-0.5)).isEqualTo("-50%");
        assertThat(Screen.percent(10)).isEqualTo("1,000%"); // the report charts' "%.4g" printed "1%" here
    }

    @Test
    void durationsKeepTheExactSecondsAndAddAReadableUnit() {
        assertThat(Screen.seconds(768)).isEqualTo("768 s");
        assertThat(Screen.seconds(7200)).isEqualTo("7200 s ≈ 2 h");
        assertThat(Screen.seconds(605_568)).isEqualTo("605568 s ≈ 7.01 d");
        assertThat(Screen.seconds(1.5)).isEqualTo("1.5 s");
    }

    @Test
    void theLocaleDoesNotMatter() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertThat(Screen.amount(1234.5, "USD")).isEqualTo("1.23 k USD");
            assertThat(Screen.decimal(12_345.6)).isEqualTo("12,300");
        } finally {
            Locale.setDefault(before);
        }
    }
}
