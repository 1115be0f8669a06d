package dev.sse.model.io.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sse.model.io.json.NetworkCodec;
import dev.sse.model.network.Network;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 23 (interop): every bundled sample (read from {@code sample-networks}' sources, as {@link GraphSchemaTest}
 * does), exported as GraphML and as GEXF 1.3 with a drawing, reads back without losing an id, a stake or an
 * allocation; GraphML, which carries the graph-level fields too, reads back equal. Moved here from sample-networks
 * (issue 21) so that the export's drawing is written once, beside the schema validation of the same exports.
 */
class SampleRoundTripTest {

    static Stream<Path> samples() throws Exception {
        return GraphSchemaTest.bundled();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void graphmlReadsBackEqual(Path file) throws Exception {
        Network n = NetworkCodec.read(file);
        String text = GraphExport.write(GraphFormat.GRAPHML, n, null, GraphSchemaTest.drawing(n));
        Network back = GraphImport.read("x.graphml", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        assertThat(back).isEqualTo(n);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void gexfKeepsIdsStakesAndAllocations(Path file) throws Exception {
        Network n = NetworkCodec.read(file);
        String text = GraphExport.write(GraphFormat.GEXF, n, null, GraphSchemaTest.drawing(n));
        assertThat(text).contains("<viz:position").contains("<viz:color").contains("<viz:size");
        Network back = GraphImport.read("x.gexf", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        assertThat(back.validators()).isEqualTo(n.validators());
        assertThat(back.chains()).isEqualTo(n.chains());
        assertThat(back.allocations()).isEqualTo(n.allocations());
        assertThat(back.name()).isEqualTo(n.name());
    }
}
