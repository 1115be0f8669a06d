package dev.sse.model.io.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.sse.model.io.json.NetworkCodec;
import dev.sse.model.io.json.NetworkFormatException;
import dev.sse.model.network.Network;
import dev.sse.model.network.graph.NodeRef;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issue 23 (interop): reading GraphML and GEXF back, with the network reader's problems located in the XML. */
class GraphImportTest {

    private static Network polkadot() throws Exception {
        return NetworkCodec.read(Path.of("src/test/resources/networks/polkadot-mini.json"));
    }

    private static Network read(String name, String text) throws NetworkFormatException {
        return GraphImport.read(name, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static NetworkFormatException failure(String name, String text) {
        return catchThrowableOfType(NetworkFormatException.class, () -> read(name, text));
    }

    @Test
    void aBadStakeIsReportedAtItsDataElementWithItsV1Path() throws Exception {
        String text = GraphExport.write(GraphFormat.GRAPHML, polkadot(), null, Drawing.NONE);
        String stakeKey = text.replaceAll("(?s).*<key id=\"(key\\d+)\" for=\"node\" attr.name=\"stake\".*", "$1");
        String bad = text.replaceFirst("<data key=\"" + stakeKey + "\">2100000</data>", "<data key=\"" + stakeKey + "\">lots</data>");
        int line = bad.substring(0, bad.indexOf(">lots<")).split("\n", -1).length;
        var problems = failure("mine.graphml", bad).problems();
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).toString()).startsWith("mine.graphml:" + line + ":")
                .contains("$.validators[0].stake: ").contains("lots");
    }

    @Test
    void aNodeThatIsNeitherChainNorValidatorIsNamed() {
        String text = """
                <?xml version="1.0" encoding="UTF-8"?>
                <gexf xmlns="http://gexf.net/1.3" version="1.3">
                  <graph defaultedgetype="directed">
                    <nodes>
                      <node id="n0" label="Who am I"/>
                    </nodes>
                    <edges/>
                  </graph>
                </gexf>
                """;
        var p = failure("g.gexf", text).problems().get(0);
        assertThat(p.toString()).startsWith("g.gexf:5:").contains("node 'n0'").contains("missing attribute 'element'");
    }

    @Test
    void whatIsNotXmlIsOneLocatedLine() {
        var p = failure("x.graphml", "<graphml>\n  <graph>\n</graphml>").problems();
        assertThat(p).hasSize(1);
        assertThat(p.get(0).toString()).startsWith("x.graphml:3:").contains("not well-formed XML");
        assertThat(failure("x.graphml", "<svg/>").problems().get(0).message()).contains("got <svg>");
    }

    @Test
    void aGexfWithoutElementAttributesReadsByIdPrefixAndEdges() throws Exception {
        String text = """
                <?xml version="1.0" encoding="UTF-8"?>
                <gexf xmlns="http://gexf.net/1.3" version="1.3">
                  <graph defaultedgetype="directed">
                    <attributes class="node"><attribute id="0" title="stake" type="double"/>
                      <attribute id="1" title="kind" type="string"/></attributes>
                    <nodes>
                      <node id="chain:hub" label="Hub"><attvalues><attvalue for="1" value="provider"/></attvalues></node>
                      <node id="validator:a" label="A"><attvalues><attvalue for="0" value="10"/></attvalues></node>
                    </nodes>
                    <edges><edge id="e" source="validator:a" target="chain:hub"/></edges>
                  </graph>
                </gexf>
                """;
        Network n = read("hand.gexf", text);
        assertThat(n.chain("hub")).hasValueSatisfying(c -> assertThat(c.name()).isEqualTo("Hub"));
        assertThat(n.validator("a")).hasValueSatisfying(v -> assertThat(v.stake()).isEqualTo(10.0));
        assertThat(n.allocationsTo("hub")).singleElement().satisfies(a -> assertThat(a.validator()).isEqualTo("a"));
    }

    /** A GEXF whose chain carries {@code slashing} as JSON text (issue 21: read by the one located tree, PlainJson). */
    private static String withSlashing(String slashing) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <gexf xmlns="http://gexf.net/1.3" version="1.3">
                  <graph defaultedgetype="directed">
                    <attributes class="node"><attribute id="0" title="stake" type="double"/>
                      <attribute id="1" title="slashing" type="string"/><attribute id="2" title="kind" type="string"/></attributes>
                    <nodes>
                      <node id="chain:hub" label="Hub"><attvalues><attvalue for="2" value="provider"/>
                        <attvalue for="1" value='%s'/></attvalues></node>
                      <node id="validator:a" label="A"><attvalues><attvalue for="0" value="10"/></attvalues></node>
                    </nodes>
                    <edges><edge id="e" source="validator:a" target="chain:hub"/></edges>
                  </graph>
                </gexf>
                """.formatted(slashing);
    }

    @Test
    void jsonAttributesAreReadAndTheirProblemsLocatedAtTheirAttvalue() throws Exception {
        Network ok = read("s.gexf", withSlashing("{\"doubleSignFraction\": 0.05, \"tombstone\": true}"));
        assertThat(ok.chain("hub").orElseThrow().slashingOverrides().fraction("doubleSignFraction")).hasValue(0.05);

        var notJson = failure("s.gexf", withSlashing("{\"doubleSignFraction\": 0.05")).problems();
        assertThat(notJson).singleElement().satisfies(p -> assertThat(p.toString()).startsWith("s.gexf:8:")
                .contains("node 'chain:hub'").contains("attribute 'slashing' must hold format v1 JSON"));
        var twice = failure("s.gexf", withSlashing("{\"tombstone\": true, \"tombstone\": false}")).problems();
        assertThat(twice).singleElement().satisfies(p -> assertThat(p.message()).contains("must hold format v1 JSON"));

        var outOfRange = failure("s.gexf", withSlashing("{\"doubleSignFraction\": 2}")).problems();
        assertThat(outOfRange).singleElement().satisfies(p -> assertThat(p.toString()).startsWith("s.gexf:8:")
                .contains("$.chains[0].slashing.doubleSignFraction"));
    }

    @Test
    void dotCarriesQuotedIdsFiguresAndTheDrawnPosition() throws Exception {
        Network n = polkadot();
        Drawing d = new Drawing(Map.of(NodeRef.chain("relay"), new Drawing.Viz(36, 72, 18, 0x0072b2)), Map.of());
        String dot = GraphExport.write(GraphFormat.DOT, n, dev.sse.model.analysis.SecurityAnalyzer.analyze(n), d);
        assertThat(dot).startsWith("digraph network {")
                .contains("\"chain:relay\" [ element=\"chain\"")
                .contains("costOfCorruption=\"34398002.1\"")
                .contains("pos=\"36,-72!\"").contains("fillcolor=\"#0072b2\"")
                .contains("\"validator:v1\" -> \"chain:relay\" [ element=\"allocation\"");
    }
}
