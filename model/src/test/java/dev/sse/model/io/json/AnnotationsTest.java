package dev.sse.model.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.sse.model.network.Annotation;
import dev.sse.model.network.Network;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Notes pinned to nodes and scenario steps: read, written back, checked, and kept consistent by edits. */
class AnnotationsTest {

    private static final String HEAD = """
            {"format": "shared-security-network", "version": 1, "name": "notes",
             "validators": [{"id": "v1", "name": "One", "stake": 10}],
             "chains": [{"id": "hub", "name": "Hub", "kind": "provider", "profitFromCorruption": 5},
                        {"id": "neutron", "name": "Neutron", "kind": "consumer", "securedBy": "hub", "profitFromCorruption": 1}],
             "allocations": [{"validator": "v1", "chain": "hub"}],
             "scenarios": {"hub-failure": {"faults": []}},
            """;

    private static Network read(String annotations) throws NetworkFormatException {
        return NetworkCodec.readString("n.json", HEAD + " \"annotations\": " + annotations + "}");
    }

    /** The one problem of a file whose annotations are {@code annotations}, rendered. */
    private static String problem(String annotations) {
        NetworkFormatException e = catchThrowableOfType(NetworkFormatException.class, () -> read(annotations));
        assertThat(e).as("rejected: %s", annotations).isNotNull();
        assertThat(e.problems()).as(e.getMessage()).hasSize(1);
        return e.problems().get(0).toString();
    }

    @Test
    void notesOnNodesAndStepsRoundTrip() throws Exception {
        Network n = read("""
                [{"node": "neutron", "text": "Launched on ICS in May 2023."},
                 {"scenario": "hub-failure", "step": 1, "text": "Everything the Hub secures halts <here> & \\"now\\"."},
                 {"node": "v1", "text": "%s"}]""".formatted("x".repeat(Annotation.MAX_LENGTH)));
        assertThat(n.annotations()).containsExactly(Annotation.onNode("neutron", "Launched on ICS in May 2023."),
                Annotation.onStep("hub-failure", 1, "Everything the Hub secures halts <here> & \"now\"."),
                Annotation.onNode("v1", "x".repeat(500)));
        String text = NetworkCodec.write(n);
        assertThat(text).contains("""
                  "annotations": [
                    {
                      "node": "neutron",
                      "text": "Launched on ICS in May 2023."
                    },
                    {
                      "scenario": "hub-failure",
                      "step": 1,
                """);
        assertThat(NetworkCodec.readString("again.json", text)).isEqualTo(n);
        assertThat(NetworkCodec.write(n.toBuilder().annotations(List.of()).build())).doesNotContain("annotations");
    }

    @Test
    void eachWrongNoteIsReportedAtItsPath() {
        assertThat(problem("[{\"node\": \"kusama\", \"text\": \"t\"}]"))
                .isEqualTo("n.json:7:27: $.annotations[0].node: unknown node 'kusama'; no chain or validator has this id");
        assertThat(problem("[{\"scenario\": \"outage\", \"step\": 1, \"text\": \"t\"}]")).isEqualTo(
                "n.json:7:31: $.annotations[0].scenario: unknown scenario 'outage'; expected one of: hub-failure");
        assertThat(problem("[{\"scenario\": \"hub-failure\", \"step\": 0, \"text\": \"t\"}]")).isEqualTo(
                "n.json:7:54: $.annotations[0].step: must be a whole number >= 1 (1 is the scenario's first step), got 0");
        assertThat(problem("[{\"scenario\": \"hub-failure\", \"step\": 1.5, \"text\": \"t\"}]"))
                .contains("$.annotations[0].step: must be a whole number >= 1", "got 1.5");
        assertThat(problem("[{\"node\": \"hub\", \"text\": \"\"}]"))
                .isEqualTo("n.json:7:42: $.annotations[0].text: must be a non-empty string, got the empty string");
        assertThat(problem("[{\"node\": \"hub\", \"text\": \"%s\"}]".formatted("y".repeat(501))))
                .endsWith("$.annotations[0].text: must be at most 500 characters long, got 501");
        assertThat(problem("[{\"node\": \"hub\", \"scenario\": \"hub-failure\", \"text\": \"t\"}]")).isEqualTo(
                "n.json:7:46: $.annotations[0].scenario: must not be given with 'node': a note is pinned to a node "
                        + "or to a scenario step, not both");
        assertThat(problem("[{\"text\": \"t\"}]")).startsWith(
                "n.json:7:18: $.annotations[0]: missing required field 'node' or 'scenario'");
        assertThat(problem("[{\"scenario\": \"hub-failure\", \"text\": \"t\"}]"))
                .isEqualTo("n.json:7:18: $.annotations[0]: missing required field 'step'");
        assertThat(problem("[{\"node\": \"hub\", \"text\": \"t\", \"colour\": \"red\"}]"))
                .contains("$.annotations[0].colour: unknown field 'colour'; expected one of: node, scenario, step, text");
        assertThat(problem("[\"hub\"]")).isEqualTo(
                "n.json:7:18: $.annotations[0]: must be an annotation (a JSON object), got the string \"hub\"");
        assertThat(problem("[{\"node\": \"hub\", \"text\": \"a\"}, {\"node\": \"hub\", \"text\": \"b\"}]"))
                .isEqualTo("n.json:7:48: $.annotations[1]: duplicate note on the same node (first at line 7, column 18)");
    }

    @Test
    void editsReplaceAndRemoveNotesAndRemovingANodeDropsItsNote() throws Exception {
        Network n = read("[{\"node\": \"neutron\", \"text\": \"old\"}]");
        Network edited = n.withNote(Annotation.onNode("neutron", ""), "new");
        assertThat(edited.nodeNote("neutron")).map(Annotation::text).hasValue("new");
        assertThat(edited.annotations()).hasSize(1);
        Network stepped = edited.withNote(Annotation.onStep("hub-failure", 2, ""), "halt");
        assertThat(stepped.stepNote("hub-failure", 2)).map(Annotation::text).hasValue("halt");
        assertThat(stepped.withNote(Annotation.onNode("neutron", ""), null).annotations())
                .containsExactly(Annotation.onStep("hub-failure", 2, "halt"));
        assertThat(n).isNotEqualTo(edited);

        Network withoutNeutron = stepped.toBuilder().chains(List.of(stepped.chain("hub").orElseThrow())).build();
        assertThat(withoutNeutron.nodeNote("neutron")).isEmpty();
        assertThat(withoutNeutron.annotations()).containsExactly(Annotation.onStep("hub-failure", 2, "halt"));
    }
}
