package dev.sse.views.comparison;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sse.model.analysis.AnalysisResult;
import dev.sse.model.analysis.EigenLayerCondition;
import dev.sse.model.analysis.Margin;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issue 18 item 5: a comparison side calls a network secure only when the analysis proved it. */
class SideVerdictTest {

    private static AnalysisResult result(boolean secure, boolean proven, double margin) {
        return new AnalysisResult("n", "", 1, secure, proven, new Margin(margin, false, null, ""), null, false, null,
                new EigenLayerCondition(true, Map.of(), ""), Map.of(), null, "cp-sat", "");
    }

    @Test
    void anUnprovenSideSaysNoAttackFound() {
        assertThat(SideViewModel.verdict(result(true, false, 0.2))).isEqualTo("no attack found (not proven)");
        assertThat(SideViewModel.verdict(result(true, true, 0.2))).isEqualTo("secure");
        assertThat(SideViewModel.verdict(result(false, true, -0.2))).isEqualTo("INSECURE");
    }
}
