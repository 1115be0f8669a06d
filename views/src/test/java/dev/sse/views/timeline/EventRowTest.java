package dev.sse.views.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue #18.9: an event log line read "fault · fault — …"; the machine type no longer repeats the step. */
class EventRowTest {

    @Test
    void aLineIsItsStepAndItsSentence() {
        assertThat(new EventRow(1, 0, "fault", "Fault 1 of 1: Cosmos Hub halts.", List.of()).toString())
                .isEqualTo("Fault — Fault 1 of 1: Cosmos Hub halts.");
        assertThat(new EventRow(2, 1, "chain-fell", "Stride fell because it is secured by Cosmos Hub, which fell.", List.of())
                .toString()).isEqualTo("Round 1 — Stride fell because it is secured by Cosmos Hub, which fell.");
    }
}
