package dev.sse.model.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 21: one located tree for every file read. Scenarios and tours are read into the {@link JsonTree} networks
 * are read into (ScenarioTreeReader, a second copy with its own position map, is gone); their plain values and
 * the positions of their problems come from it.
 */
class JsonTreeTest {

    private static JsonTree read(String json) throws NetworkFormatException {
        return ScenarioCodec.tree("t.json", new StringReader(json));
    }

    @Test
    void plainValuesKeepOrderAndNumberKinds() throws Exception {
        Object plain = JsonTree.plain(read("{\"b\": 2, \"a\": [1.5, \"x\", true, null], \"c\": {}}"));
        assertThat(plain).isEqualTo(Map.of("b", 2L, "a", java.util.Arrays.asList(1.5, "x", true, null), "c", Map.of()));
        assertThat(List.copyOf(((Map<?, ?>) plain).keySet())).isEqualTo(List.of("b", "a", "c"));
    }

    @Test
    void aPathLeadsToItsNodeOrItsNearestAncestor() throws Exception {
        JsonTree root = read("{\n  \"scenarios\": {\n    \"big.one\": {\n      \"faults\": [\n        {\"chain\": \"x\"}\n      ]\n    }\n  }\n}");
        assertThat(JsonTree.at(root, "$.scenarios['big.one'].faults[0].chain").loc()).isEqualTo(new JsonTree.Loc(5, 19));
        assertThat(JsonTree.at(root, "$.scenarios['big.one'].faults[0].missing").loc()).isEqualTo(new JsonTree.Loc(5, 9));
        // a missing member of a key with a dot: its object, not "$.scenarios" (cutting the path at its last '.' did that)
        assertThat(JsonTree.at(root, "$.scenarios['big.one'].seed").loc()).isEqualTo(new JsonTree.Loc(3, 16));
        assertThat(JsonTree.at(root, "$.nothing[3]").loc()).isEqualTo(new JsonTree.Loc(1, 1));
    }

    @Test
    void aBrokenFileGivesEveryProblemLocated() {
        try {
            read("{\"a\": 1, \"a\": 2}");
        } catch (NetworkFormatException e) {
            assertThat(e.problems()).isNotEmpty();
            assertThat(e.problems().get(0).toString()).startsWith("t.json:1:");
            return;
        }
        throw new AssertionError("a duplicate key must be a problem");
    }

    @Test
    void aRootArrayIsAPlainList() throws Exception {
        assertThat(JsonTree.plain(read("[1, 2]"))).isEqualTo(List.of(1L, 2L));
    }
}
