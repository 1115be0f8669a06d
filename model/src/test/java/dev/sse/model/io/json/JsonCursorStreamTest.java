package dev.sse.model.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link JsonCursor#stream}: a response's large array handed over item by item, located as a whole read would
 * locate it, and never kept (issue 22: 100 consumer sets of 10,000 validators, 134 MB).
 */
class JsonCursorStreamTest {

    @TempDir
    Path dir;

    private Path file(String json) throws Exception {
        return Files.writeString(dir.resolve("set.json"), json);
    }

    @Test
    void handsOverEachItemLocatedAndReturnsTheRestWithTheArrayEmpty() throws Exception {
        Path f = file("{\"validators\": [\n {\"a\": \"x\"},\n {\"a\": \"y\"}\n], \"pagination\": {\"total\": \"2\"}}");
        List<String> seen = new ArrayList<>();

        JsonCursor root = JsonCursor.stream(f, "validators", v -> seen.add(v.field("a").string() + " " + v));

        assertThat(seen).containsExactly("x set.json:2:2: $.validators[0]", "y set.json:3:2: $.validators[1]");
        assertThat(root.field("validators").items()).isEmpty();
        assertThat(root.field("pagination").field("total").natural()).hasToString("2");
    }

    @Test
    void aProblemAnItemRaisesStopsTheReadingAtItsPlace() throws Exception {
        Path f = file("{\"validators\": [{\"a\": \"x\"}, {\"b\": 1}, {\"a\": \"z\"}]}");
        List<String> seen = new ArrayList<>();

        assertThatThrownBy(() -> JsonCursor.stream(f, "validators", v -> seen.add(v.field("a").string())))
                .isInstanceOf(NetworkFormatException.class)
                .hasMessage("set.json:1:29: $.validators[1]: missing required field 'a'");
        assertThat(seen).containsExactly("x");
    }

    @Test
    void malformedJsonAfterSomeItemsIsOneLocatedLineAsForAWholeRead() throws Exception {
        Path f = file("{\"validators\": [{\"a\": \"x\"}, {\"a\": }]}");

        assertThatThrownBy(() -> JsonCursor.stream(f, "validators", v -> { }))
                .isInstanceOf(NetworkFormatException.class).hasMessageStartingWith("set.json:1:35: ")
                .hasMessageContaining("malformed JSON");
    }

    @Test
    void aMemberThatIsNotAnArrayIsKeptForTheCallerToRefuse() throws Exception {
        JsonCursor root = JsonCursor.stream(file("{\"validators\": \"none\"}"), "validators", v -> { });

        assertThatThrownBy(() -> root.field("validators").items())
                .hasMessage("set.json:1:16: $.validators: must be an array, got the string \"none\"");
    }
}
