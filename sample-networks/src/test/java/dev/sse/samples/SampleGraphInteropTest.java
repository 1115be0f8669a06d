package dev.sse.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sse.model.io.graph.Drawing;
import dev.sse.model.io.graph.GraphExport;
import dev.sse.model.io.graph.GraphFormat;
import dev.sse.model.io.graph.GraphImport;
import dev.sse.model.io.json.NetworkCodec;
import dev.sse.model.network.Network;
import dev.sse.model.network.Validator;
import dev.sse.model.network.graph.NodeRef;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 23 (interop): every bundled sample, exported as GraphML and as GEXF 1.3 with a drawing, reads back without
 * losing an id, a stake or an allocation; GraphML, which carries the graph-level fields too, reads back equal. The
 * schema validation of the same exports is model's {@code GraphSchemaTest} (this module does not read java.xml).
 */
class SampleGraphInteropTest {

    static Stream<SampleNetworks.Sample> samples() {
        return SampleNetworks.all().stream();
    }

    private static Network load(SampleNetworks.Sample sample) throws Exception {
        try (InputStream in = sample.open()) {
            return NetworkCodec.read(sample.file(), in);
        }
    }

    /** A drawing like the window's: every node placed, sized and coloured. */
    static Drawing drawing(Network n) {
        Map<NodeRef, Drawing.Viz> nodes = new HashMap<>();
        Map<NodeRef, String> states = new HashMap<>();
        int i = 0;
        for (var c : n.chains()) {
            nodes.put(NodeRef.chain(c.id()), new Drawing.Viz(10.5 * i, -3.25 * i++, 18, 0x0072b2));
            states.put(NodeRef.chain(c.id()), "healthy");
        }
        for (Validator v : n.validators()) {
            nodes.put(NodeRef.validator(v.id()), new Drawing.Viz(2.0 * i, 7.0 * i++, 5.5, 0x8a8f98));
        }
        return new Drawing(nodes, states);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void graphmlReadsBackEqual(SampleNetworks.Sample sample) throws Exception {
        Network n = load(sample);
        String text = GraphExport.write(GraphFormat.GRAPHML, n, null, drawing(n));
        Network back = GraphImport.read("x.graphml", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        assertThat(back).isEqualTo(n);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void gexfKeepsIdsStakesAndAllocations(SampleNetworks.Sample sample) throws Exception {
        Network n = load(sample);
        String text = GraphExport.write(GraphFormat.GEXF, n, null, drawing(n));
        assertThat(text).contains("<viz:position").contains("<viz:color").contains("<viz:size");
        Network back = GraphImport.read("x.gexf", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        assertThat(back.validators()).isEqualTo(n.validators());
        assertThat(back.chains()).isEqualTo(n.chains());
        assertThat(back.allocations()).isEqualTo(n.allocations());
        assertThat(back.name()).isEqualTo(n.name());
    }
}
