package dev.sse.model.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sse.model.network.Network;
import dev.sse.model.network.Settings;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The {@code provenance} and {@code assumptions} blocks (issue 22), additive to format v1: files without them read as
 * before, files with them round-trip, and a wrong type is a located problem.
 */
class ImportBlocksTest {

    static final String HEAD = "{\"format\": \"shared-security-network\", \"version\": 1, \"name\": \"n\",\n";
    static final String TAIL = "\"validators\": [], \"chains\": [], \"allocations\": []}";

    @Test
    void oldFilesHaveNeither() throws Exception {
        Network n = NetworkCodec.readString("old.json", HEAD + TAIL);

        assertThat(n.provenance().isEmpty()).isTrue();
        assertThat(n.assumptions()).isEmpty();
        assertThat(NetworkCodec.write(n)).doesNotContain("provenance").doesNotContain("assumptions");
    }

    @Test
    void bothBlocksReadAndRoundTripAfterSource() throws Exception {
        Network n = NetworkCodec.readString("new.json", HEAD + "\"provenance\": {\"importer\": \"explorer import cosmos\", "
                + "\"importerVersion\": 1, \"chainId\": \"cosmoshub-4\", \"endpoints\": [\"GET /x\"], \"extra\": {\"k\": true}},\n"
                + "\"assumptions\": [\"No --price given.\", \"profit 0\"],\n" + TAIL);

        assertThat(n.provenance().string("chainId")).contains("cosmoshub-4");
        assertThat(n.provenance().strings("endpoints")).containsExactly("GET /x");
        assertThat(n.assumptions()).containsExactly("No --price given.", "profit 0");
        String text = NetworkCodec.write(n);
        assertThat(text.indexOf("\"provenance\"")).isLessThan(text.indexOf("\"assumptions\""))
                .isLessThan(text.indexOf("\"validators\""));
        assertThat(NetworkCodec.readString("again.json", text)).isEqualTo(n);
    }

    @Test
    void theBlocksAreKeptThroughEditsAndCountInEquality() throws Exception {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("chainId", "kusama");
        Network a = Network.builder().name("n").provenance(new Settings(p)).assumptions(List.of("x")).build();

        assertThat(a.toBuilder().build()).isEqualTo(a);
        assertThat(a.toBuilder().assumptions(List.of()).build()).isNotEqualTo(a);
    }

    @Test
    void wrongTypesAreLocated() {
        assertThatThrownBy(() -> NetworkCodec.readString("bad.json", HEAD + "\"provenance\": [1],\n" + TAIL))
                .isInstanceOf(NetworkFormatException.class)
                .hasMessage("bad.json:2:15: $.provenance: must be a provenance block (a JSON object), got an array");
        assertThatThrownBy(() -> NetworkCodec.readString("bad.json", HEAD + "\"assumptions\": [\"ok\", \"\", 3],\n" + TAIL))
                .isInstanceOf(NetworkFormatException.class)
                .hasMessage("bad.json:2:23: $.assumptions[1]: must be a non-empty string (one assumption), got the "
                        + "string \"\"" + System.lineSeparator() + "bad.json:2:27: $.assumptions[2]: must be a non-empty "
                        + "string (one assumption), got 3");
        assertThatThrownBy(() -> NetworkCodec.readString("bad.json", HEAD + "\"assumptions\": \"one\",\n" + TAIL))
                .isInstanceOf(NetworkFormatException.class)
                .hasMessage("bad.json:2:16: $.assumptions: must be an array, got the string \"one\"");
    }
}
