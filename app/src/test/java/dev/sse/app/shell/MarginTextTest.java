package dev.sse.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sse.model.analysis.Margin;
import org.junit.jupiter.api.Test;

/** The badge drops "(bound)" only when every digit it prints is proven. */
class MarginTextTest {

    @Test
    void anExactMarginHasNoMark() {
        assertThat(MarginText.badge(new Margin(2.0354, true, 2.0354, ""))).isEqualTo("margin γ* 204%");
        assertThat(MarginText.interval(new Margin(2.0354, true, 2.0354, ""))).isEmpty();
    }

    @Test
    void anUnprovenMarginWhoseIntervalPrintsAlikeIsShownPlainWithItsIntervalInTheTooltip() {
        // cosmos-hub-ics with v120's stake × 1.2: found 203.5786%, proven ≥ 203.5774% when the 4 s limit ran out
        Margin m = new Margin(2.035786, false, 2.035774, "");
        assertThat(MarginText.badge(m)).isEqualTo("margin γ* 204%");
        assertThat(MarginText.interval(m)).contains("203.577% ≤ γ* ≤ 203.579%");
    }

    @Test
    void anUnprovenMarginWhoseDigitsDifferKeepsTheMark() {
        assertThat(MarginText.badge(new Margin(2.04, false, 1.9, ""))).isEqualTo("margin γ* 204% (bound)");
        assertThat(MarginText.interval(new Margin(2.04, false, 1.9, ""))).isEmpty();
        // 0.0995 prints "9.95%", 0.0994 "9.94%": not all digits proven
        assertThat(MarginText.badge(new Margin(0.0995, false, 0.0994, ""))).endsWith("(bound)");
    }

    @Test
    void noCoalitionWithAProfitMeansNoMargin() {
        assertThat(MarginText.badge(new Margin(null, true, null, ""))).doesNotContain("γ* null");
    }
}
