package dev.sse.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sse.model.analysis.AnalysisResult;
import dev.sse.model.analysis.EigenLayerCondition;
import dev.sse.model.analysis.Margin;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The badge drops its mark only when every digit it prints is proven; otherwise it shows the proven lower end of the
 * interval (issue 20), or "(bound)" when none is known.
 */
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
    void anUnprovenMarginWhoseDigitsDifferShowsItsProvenLowerEnd() {
        assertThat(MarginText.badge(new Margin(2.04, false, 1.9, ""))).isEqualTo("margin γ* 204% (proven ≥ 190%)");
        assertThat(MarginText.interval(new Margin(2.04, false, 1.9, ""))).isEmpty();
        // 0.0995 prints "9.95%", 0.0994 "9.94%": not all digits proven
        assertThat(MarginText.badge(new Margin(0.0995, false, 0.0994, ""))).endsWith("(proven ≥ 9.94%)");
        // pooled 1,900 × 42 (issue 20): found −31.7%, proven ≥ −66.7%
        // the lower end is rounded down, so what the badge says stays proven
        assertThat(MarginText.badge(new Margin(-0.3174, false, -0.6665, ""))).isEqualTo("margin γ* -31.7% (proven ≥ -66.7%)");
        assertThat(MarginText.badge(new Margin(0.5, false, 0.12345, ""))).isEqualTo("margin γ* 50% (proven ≥ 12.3%)");
    }

    @Test
    void noCoalitionWithAProfitMeansNoMargin() {
        assertThat(MarginText.badge(new Margin(null, true, null, ""))).doesNotContain("γ* null");
    }

    private static AnalysisResult result(boolean secure, boolean proven, Margin m) {
        return new AnalysisResult("n", "USD", 1, secure, proven, m, null, false, null,
                new EigenLayerCondition(true, Map.of(), ""), Map.of(), null, "cp-sat", "");
    }

    /** Issue 18 item 5: "SECURE · margin γ* −90.7% (bound)" came from two fields; now one result decides both. */
    @Test
    void theBadgeShowsTheResultsOneVerdictBesideItsMargin() {
        assertThat(MarginText.verdictBadge(result(false, true, new Margin(-0.907, false, -0.95, ""))))
                .isEqualTo("INSECURE · margin γ* -90.7% (proven ≥ -95%)");
        assertThat(MarginText.verdictBadge(result(true, false, new Margin(0.12, false, -0.3, ""))))
                .isEqualTo("no attack found (not proven) · margin γ* 12% (proven ≥ -30%)");
        assertThat(MarginText.verdictBadge(result(true, true, new Margin(2.0354, true, 2.0354, ""))))
                .isEqualTo("SECURE · margin γ* 204%");
    }

    @Test
    void anUnprovenMarginWithoutALowerBoundIsMarkedAsABound() {
        assertThat(MarginText.badge(new Margin(0.5, false, null, ""))).isEqualTo("margin γ* 50% (bound)");
        assertThat(MarginText.interval(new Margin(0.5, false, null, ""))).isEmpty();
    }
}
