package dev.sse.views.charts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sse.model.analysis.Verdict;
import dev.sse.model.sweep.SweepRow;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 18 item 9: the sweep table's "secure" cell says the one verdict in analyze's words; an unproven secure
 * is "no attack found (not proven)", never "yes*".
 */
class SweepVerdictTest {

    private static SweepRow row(boolean secure, boolean exact) {
        return new SweepRow(0.1, secure, exact, secure ? 0.2 : -0.2, exact, null, 0.1, null, false, null,
                List.of(), null, Map.of(), Map.of(), null, null);
    }

    @Test
    void theSecureCellSaysTheOneVerdict() {
        assertThat(SweepView.verdict(row(true, false))).isEqualTo("no attack found (not proven)")
                .isEqualTo(Verdict.NO_ATTACK_FOUND.label());
        assertThat(SweepView.verdict(row(true, true))).isEqualTo("secure");
        assertThat(SweepView.verdict(row(false, true))).isEqualTo("INSECURE");
        assertThat(row(true, false).verdict()).isEqualTo(Verdict.NO_ATTACK_FOUND);
    }
}
