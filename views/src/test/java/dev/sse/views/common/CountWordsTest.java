package dev.sse.views.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Counts read as English does: "1 chain", never "1 chains" (kusama-era-1827's status line said "1 chains"); larger
 * counts with the locale's thousands separator, as the screen shows numbers.
 */
class CountWordsTest {

    @Test
    void oneIsSingularAndLargeCountsAreGrouped() {
        assertThat(ViewText.get("graph.summary", 1, 899, 899)).isEqualTo("1 chain · 899 validators · 899 allocations");
        assertThat(ViewText.get("graph.summary", 0, 1, 1)).isEqualTo("0 chains · 1 validator · 1 allocation");
        java.text.NumberFormat grouped = java.text.NumberFormat.getIntegerInstance();
        assertThat(ViewText.get("graph.summary", 50, 2000, 20400)).isEqualTo("50 chains · " + grouped.format(2000)
                + " validators · " + grouped.format(20400) + " allocations");
        assertThat(ViewText.get("comparison.side.analysing", 1, 2)).isEqualTo("Analysing 1 chain, 2 validators…");
    }
}
