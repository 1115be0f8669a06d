package dev.sse.model.io.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sse.model.analysis.SecurityAnalyzer;
import dev.sse.model.io.json.NetworkCodec;
import dev.sse.model.network.Network;
import dev.sse.model.network.graph.NodeRef;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 23 (interop): the GraphML export of every bundled sample (read from {@code sample-networks}' sources) and of
 * the test networks is valid against the GraphML 1.0 schema, the GEXF export against the GEXF 1.3 schema (offline
 * copies and their sources: {@code xsd/README.md} beside this test's resources).
 */
class GraphSchemaTest {

    private static Schema graphml;
    private static Schema gexf;

    @BeforeAll
    static void schemas() throws Exception {
        SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        graphml = f.newSchema(GraphSchemaTest.class.getResource("xsd/graphml/graphml.xsd"));
        gexf = f.newSchema(GraphSchemaTest.class.getResource("xsd/gexf-1.3/gexf.xsd"));
    }

    /** The bundled samples, read from {@code sample-networks}' sources. */
    static Stream<Path> bundled() throws Exception {
        Path samples = Path.of("../sample-networks/src/main/resources/dev/sse/samples");
        return Files.list(samples).filter(p -> p.toString().endsWith(".json")).sorted();
    }

    static Stream<Path> networks() throws Exception {
        return Stream.concat(bundled(), Files.list(Path.of("src/test/resources/networks")).sorted());
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
        for (var v : n.validators()) {
            nodes.put(NodeRef.validator(v.id()), new Drawing.Viz(2.0 * i, 7.0 * i++, 5.5, 0x8a8f98));
        }
        return new Drawing(nodes, states);
    }

    /** The analysis of the smaller networks (the stress sample's takes a minute and adds no new column). */
    static dev.sse.model.analysis.AnalysisResult analysis(Network n) {
        return n.validators().size() + n.chains().size() < 400 ? SecurityAnalyzer.analyze(n) : null;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("networks")
    void graphmlIsValid(Path file) throws Exception {
        Network n = NetworkCodec.read(file);
        var analysis = analysis(n);
        String text = GraphExport.write(GraphFormat.GRAPHML, n, analysis, drawing(n));
        graphml.newValidator().validate(new StreamSource(new StringReader(text)));
        assertThat(text).contains("attr.name=\"stake\"").contains("attr.name=\"network.name\"");
        if (analysis != null) {
            assertThat(text).contains("attr.name=\"costOfCorruption\"");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("networks")
    void gexfIsValidWithViz(Path file) throws Exception {
        Network n = NetworkCodec.read(file);
        String text = GraphExport.write(GraphFormat.GEXF, n, analysis(n), drawing(n));
        gexf.newValidator().validate(new StreamSource(new StringReader(text)));
        assertThat(text).contains("<viz:position").contains("<viz:color").contains("version=\"1.3\"");
    }
}
