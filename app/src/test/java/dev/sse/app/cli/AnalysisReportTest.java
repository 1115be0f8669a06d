package dev.sse.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sse.model.analysis.AnalysisResult;
import dev.sse.model.analysis.EigenLayerCondition;
import dev.sse.model.analysis.Margin;
import dev.sse.model.io.json.AnalysisJson;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 17 item 6: {@code analyze}'s text and JSON read the result's one verdict. The 100,000 × 500 network
 * printed {@code "secure": true} beside a proven margin of −80% and a best-attack bound of 9.2e16 (a long's
 * maximum in cents).
 */
class AnalysisReportTest {

    private static AnalysisResult result(boolean secure, boolean proven, Margin m, String why) {
        return new AnalysisResult("n", "USD", 1, secure, proven, m, null, false, null,
                new EigenLayerCondition(true, Map.of(), "holds"), Map.of(), null, "cp-sat", why);
    }

    @Test
    void anUnprovenSecureSaysNoAttackFound() {
        AnalysisResult r = result(true, false, new Margin(0.4, false, null, "γ* …"),
                "no attack found within the time limit (not proven)");
        assertThat(AnalysisReport.render(r)).contains("Secure: no attack found (not proven) — no attack found")
                .contains("Margin γ*: 40% (best found, not proven)")
                .contains("Best attack: none found within the time limit")
                .doesNotContain("Secure: yes", "9.2", "null");
        assertThat(AnalysisJson.write(r)).contains("\"secure\": true", "\"secureExact\": false",
                "\"verdict\": \"no attack found (not proven)\"").doesNotContain("bestAttackBound");
    }

    @Test
    void aNegativeMarginIsInsecureInTextAndJson() {
        AnalysisResult r = result(false, true, new Margin(-0.8, true, -0.8, "γ* …"), "insecure: a coalition gains …");
        assertThat(AnalysisReport.render(r)).contains("Secure: NO — ", "Margin γ*: -80%").doesNotContain("— insecure:", "— secure:");
        assertThat(AnalysisJson.write(r)).contains("\"secure\": false", "\"verdict\": \"insecure\"",
                "\"margin\": -0.8");
    }
}
