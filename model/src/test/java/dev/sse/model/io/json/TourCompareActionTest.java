package dev.sse.model.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sse.model.tour.TourAction;
import org.junit.jupiter.api.Test;

/** The {@code "compare"} tour action names what to compare with and under which stored scenario. */
class TourCompareActionTest {

    private static String tour(String action) {
        return """
                {"name": "t", "network": "eigenlayer-pooled", "faults": [], "tour": {"title": "T", "steps": [
                  {"caption": "one", "action": %s}]}}""".formatted(action);
    }

    @Test
    void readsWithAndScenario() throws Exception {
        var file = TourCodec.readFile("t.json", tour("{\"do\": \"compare\", \"with\": \"eigenlayer-unique\", \"scenario\": \"s\"}"));
        assertThat(file.tour().steps().get(0).action()).isEqualTo(new TourAction.Compare("eigenlayer-unique", "s"));
    }

    @Test
    void withDefaultsToTheIsolatedVariant() throws Exception {
        var file = TourCodec.readFile("t.json", tour("{\"do\": \"compare\"}"));
        assertThat(file.tour().steps().get(0).action()).isEqualTo(new TourAction.Compare("isolate", null));
    }

    @Test
    void aNonStringWithIsAnErrorAtItsPath() {
        assertThatThrownBy(() -> TourCodec.readFile("t.json", tour("{\"do\": \"compare\", \"with\": 3}")))
                .isInstanceOf(NetworkFormatException.class)
                .hasMessageContaining("$.tour.steps[0].action.with").hasMessageContaining("must be a string");
    }
}
