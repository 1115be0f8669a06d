package dev.sse.app.concurrency;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sse.model.analysis.AnalysisOptions;
import org.junit.jupiter.api.Test;

/**
 * Issue 17 item 5: solves stop at a deterministic budget, so the window shows the bytes the commands print only
 * if it spends the same budget (it spent 4 units, the commands 5: stress's attacks differed between them).
 */
class GuiBudgetTest {

    @Test
    void theWindowSpendsTheCommandLinesBudget() {
        assertThat(AnalysisRunner.GUI_TIME_LIMIT_SECONDS).isEqualTo(AnalysisOptions.DEFAULT_TIME_LIMIT);
    }
}
