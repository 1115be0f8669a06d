package dev.sse.model.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sse.model.network.Bridge;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 21: the array walk every mapper shared (chains, validators, assets, bridges, annotations) and the
 * "unknown kind" check three mappers shared are one piece each, {@link Fields#each} and {@link Fields#choice}.
 */
class FieldsTest {

    private final Problems problems = new Problems("t.json");

    private JsonTree.Arr array(String json) {
        return (JsonTree.Arr) TreeReader.read(new StringReader(json), problems).orElseThrow();
    }

    @Test
    void eachMapsTheObjectsInOrderAndReportsTheRest() {
        JsonTree.Arr items = array("[{\"id\": \"a\"}, 3, {\"id\": \"b\", \"x\": 1}, {\"id\": \"skip\"}]");
        List<String> ids = Fields.each(items, "$.things", problems, "a thing", List.of("id"),
                f -> "skip".equals(f.id("id")) ? null : f.id("id") + "@" + f.path());
        assertThat(ids).containsExactly("a@$.things[0]", "b@$.things[2]");
        assertThat(problems.list()).extracting(Problem::toString).containsExactly(
                "t.json:1:15: $.things[1]: must be a thing (a JSON object), got 3",
                "t.json:1:30: $.things[2].x: unknown field 'x'; expected one of: id");
    }

    @Test
    void choiceNamesEveryKnownNameAtTheUnknownOne() {
        JsonTree.Arr items = array("[{\"kind\": \"ibc\"}, {\"kind\": \"wormhole\"}]");
        List<Bridge.Kind> kinds = Fields.each(items, "$.bridges", problems, "a bridge", List.of("kind"),
                f -> f.choice("kind", Bridge.Kind.class, "bridge kind"));
        assertThat(kinds).containsExactly(Bridge.Kind.IBC);
        assertThat(problems.list()).extracting(Problem::toString).containsExactly("t.json:1:28: $.bridges[1].kind: "
                + "unknown bridge kind 'wormhole'; expected one of: ibc, xcmp, canonical, third-party");
    }
}
