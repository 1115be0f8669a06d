package dev.sse.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sse.model.analysis.AnalysisResult;
import dev.sse.model.analysis.Attack;
import dev.sse.model.analysis.EigenLayerCondition;
import dev.sse.model.analysis.Margin;
import dev.sse.views.graph.Shown;
import dev.sse.views.inspector.InspectorRow;
import dev.sse.views.inspector.InspectorViewModel;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Issue 20, "the GUI badge and inspector show the proven interval": an early answer of the anytime analysis reads
 * "best attack ≥ X (bound ≤ Y)", the found value rounded down and the bound rounded up so both stay proven
 * ({@code Screen.amountDown}/{@code amountUp}); the final answer reads as before.
 */
class EarlyAnswerTextTest {

    private static final EigenLayerCondition HOLDS = new EigenLayerCondition(true, Map.of(), "holds");

    /** An insecure network's early answer: a verified attack netting 12,349,999 USD, the net proven ≤ 45,612,001. */
    private static AnalysisResult insecure() {
        Attack attack = new Attack(List.of("avs0"), List.of("op1", "op2"), 1_000_000, 13_349_999);
        return new AnalysisResult("pooled", "USD", 1e9, false, true,
                new Margin(-0.925, false, -0.98766, "γ* (best found; proven ≥ -98.8%)"), attack, false, 45_612_001.0,
                HOLDS, Map.of(), null, "greedy", "insecure: 2 validators can corrupt [avs0]");
    }

    private static AnalysisResult notYetFound() {
        return new AnalysisResult("pooled", "USD", 1e9, true, false, new Margin(0.42, false, 0.0, "γ* (best found)"),
                null, false, 45_612_001.0, HOLDS, Map.of(), null, "greedy", "no attack found");
    }

    private static Shown shown(AnalysisResult r, boolean early) {
        return new Shown(null, r, false, Map.of(), Set.of(), Map.of(), new Shown.Document(), null, early, null);
    }

    @Test
    void theBadgeOfAnEarlyAnswerShowsItsProvenInterval() {
        StatusBar.Badge badge = StatusBar.badge(shown(insecure(), true));
        assertThat(badge.text()).isEqualTo("INSECURE · best attack ≥ 12.3 M USD (bound ≤ 45.7 M USD)");
        assertThat(badge.secure()).isFalse();
        assertThat(StatusBar.badge(shown(notYetFound(), true)).text())
                .isEqualTo("no attack found yet (bound ≤ 45.7 M USD)");
        assertThat(StatusBar.badge(shown(notYetFound(), true)).secure()).isNull();
    }

    @Test
    void theFinalAnswerReadsAsBefore() {
        assertThat(StatusBar.badge(shown(insecure(), false)).text()).isEqualTo("INSECURE · margin γ* -92.5% (proven ≥ -98.8%)");
    }

    @Test
    void theInspectorShowsTheEarlyAnswersIntervalFirst() {
        InspectorViewModel inspector = new InspectorViewModel();
        inspector.show(shown(insecure(), true), null);
        InspectorRow first = inspector.rows().get(0);
        assertThat(first.label()).isEqualTo("Analysis");
        // two lines, so the wrapped panel never splits "45.7 M USD" from its unit
        assertThat(first.value()).isEqualTo("best attack ≥ 12.3 M USD\n(bound ≤ 45.7 M USD)");
        assertThat(first.why()).contains("Margin γ* ≤ -92.5%, proven ≥ -98.8%");

        inspector.show(shown(insecure(), false), null);
        assertThat(inspector.rows()).isEmpty();
    }
}
