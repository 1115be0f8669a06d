package dev.sse.model.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The complete example in {@code docs/network-format.md} is a valid file, so the document cannot drift. */
class FormatDocTest {

    private static final Path DOC = Path.of("..", "docs", "network-format.md");

    @Test
    void completeExampleReadsAndRoundTrips() throws Exception {
        assumeTrue(Files.exists(DOC), "run from the model module of a full checkout");
        Matcher m = Pattern.compile("```json\\n(\\{\\n  \"format\".*?)\\n```", Pattern.DOTALL)
                .matcher(Files.readString(DOC));
        assertThat(m.find()).as("a complete example in the format document").isTrue();
        var network = NetworkCodec.readString("network-format.md", m.group(1));
        assertThat(network.chains()).hasSize(2);
        assertThat(NetworkCodec.readString("again", NetworkCodec.write(network))).isEqualTo(network);
    }
}
