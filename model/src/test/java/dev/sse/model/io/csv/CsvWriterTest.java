package dev.sse.model.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The one CSV writer (issue 21): RFC 4180 quoting, "\n" row ends, exact numbers. */
class CsvWriterTest {

    @Test
    void quotesOnlyWhatNeedsIt() {
        String text = new CsvWriter().row("id", "note").row("a,b", "say \"hi\"").row("line\nbreak", null).text();
        assertThat(text).isEqualTo("id,note\n\"a,b\",\"say \"\"hi\"\"\"\n\"line\nbreak\",\n");
    }

    @Test
    void numbersAreExactAndAbsentOnesEmpty() {
        String text = new CsvWriter().row(List.of(CsvWriter.number(1e9), CsvWriter.number(0.1 + 0.2),
                CsvWriter.number(null), CsvWriter.number(Double.NEGATIVE_INFINITY))).text();
        assertThat(text).isEqualTo("1000000000,0.30000000000000004,,\n");
    }
}
