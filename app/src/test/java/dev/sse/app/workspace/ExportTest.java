package dev.sse.app.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sse.app.testing.MainOutput;
import dev.sse.app.testing.OpenWindow;
import dev.sse.app.testing.WindowArgs;
import dev.sse.model.io.json.NetworkCodec;
import dev.sse.model.network.Chain;
import dev.sse.model.network.Network;
import dev.sse.model.network.graph.NodeRef;
import dev.sse.views.graph.GraphFrame;
import dev.sse.views.graph.layout.Position;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.w3c.dom.Document;

/**
 * File → Export on the domino network: PNG sizes, well-formed SVG, the analysis exactly as the CLI writes it, and
 * (issue 23) GraphML/GEXF/DOT with the picture as drawn, GraphML opening again.
 */
@Tag("ui")
@WindowArgs({"--sample", "textbook-domino"})
class ExportTest extends OpenWindow {

    @TempDir
    Path dir;

    private Path export(ExportFormat format, String name) throws Exception {
        Path target = dir.resolve(name);
        assertThat(export(format, target)).isEqualTo(target).exists();
        return target;
    }

    @Test
    void pngAtTwoTimesHasTwiceThePixelsOfOneTimes() throws Exception {
        awaitShown();
        BufferedImage one = ImageIO.read(export(ExportFormat.PNG_1X, "one.png").toFile());
        BufferedImage two = ImageIO.read(export(ExportFormat.PNG_2X, "two.png").toFile());

        assertThat(one.getWidth()).isGreaterThan(100);
        assertThat(two.getWidth()).isEqualTo(2 * one.getWidth());
        assertThat(two.getHeight()).isEqualTo(2 * one.getHeight());
        assertThat(distinctColours(one)).as("not a blank picture").isGreaterThan(5);
    }

    @Test
    void svgIsWellFormedWithOneCirclePerNode() throws Exception {
        awaitShown();
        Path svg = export(ExportFormat.SVG, "graph.svg");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setNamespaceAware(true);
        Document doc = factory.newDocumentBuilder().parse(svg.toFile());

        GraphFrame frame = context.graphViewModel().frameProperty().get();
        assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("svg");
        assertThat(doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "circle").getLength()).isEqualTo(frame.nodes().size());
        assertThat(doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "line").getLength()).isEqualTo(frame.edges().size());
        assertThat(doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text").getLength()).isEqualTo((int) frame.chainCount());
    }

    /**
     * Issue #18: the exports' analyses race the margin on the composition root's pool (Workers.race(), ended when the
     * window closes), not on the model's shared one; the bytes stay the command line's (the test below).
     */
    @Test
    void theExportsAnalyseOnTheWindowsRacePool() {
        assertThat(context.workspace().exports().options().raceExecutor()).as("race executor of File > Export").isNotNull();
        assertThat(context.workspace().exports().options().withRaceExecutor(null))
                .isEqualTo(dev.sse.model.analysis.AnalysisOptions.defaults());
    }

    @Test
    void analysisJsonAndCsvAreExactlyWhatTheCommandLinePrints() throws Exception {
        awaitShown();
        Network network = context.mainWindow().currentDocument().network().get();
        Path file = dir.resolve("domino.json");
        NetworkCodec.write(network, file);

        String json = Files.readString(export(ExportFormat.ANALYSIS_JSON, "analysis.json"), StandardCharsets.UTF_8);
        String csv = Files.readString(export(ExportFormat.ANALYSIS_CSV, "analysis.csv"), StandardCharsets.UTF_8);

        assertThat(json).isEqualTo(MainOutput.of("analyze", file.toString(), "--json"));
        assertThat(csv).isEqualTo(MainOutput.of("analyze", file.toString(), "--csv"));
        List<String> rows = csv.lines().toList();
        assertThat(rows).hasSize(1 + network.chains().size());
        assertThat(rows.subList(1, rows.size()).stream().map(r -> r.substring(0, r.indexOf(','))))
                .containsExactlyElementsOf(network.chains().stream().map(Chain::id).toList());
    }

    @Test
    void gexfCarriesTheDrawnPositionsAndColours() throws Exception {
        awaitShown();
        String gexf = Files.readString(export(ExportFormat.GEXF, "domino.gexf"));
        GraphFrame frame = context.graphViewModel().frameProperty().get();
        NodeRef first = frame.nodes().get(0).ref();
        Position p = frame.positions().get(first);
        String node = gexf.substring(gexf.indexOf("<node id=\"chain:" + first.id() + "\""));
        node = node.substring(0, node.indexOf("</node>"));
        assertThat(node).contains("<viz:position x=\"" + dev.sse.model.io.csv.CsvWriter.number(p.x()) + "\"");
        Integer fill = WaitForAsyncUtils.asyncFx(() -> context.graphView().glyphFill(first)).get();
        assertThat(node).contains("<viz:color r=\"" + (fill >> 16 & 0xFF) + "\" g=\"" + (fill >> 8 & 0xFF) + "\"");
        assertThat(Files.readString(export(ExportFormat.DOT, "domino.dot"))).startsWith("digraph network {");
    }

    @Test
    void graphmlOpensAsAnUntitledDocumentWithTheSameNetwork() throws Exception {
        awaitShown();
        Network shown = context.mainWindow().currentDocument().network().get();
        Path graphml = export(ExportFormat.GRAPHML, "domino.graphml");
        WaitForAsyncUtils.asyncFx(() -> context.mainWindow().documents().openFile(graphml)).get().get(30, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        var doc = context.mainWindow().currentDocument();
        assertThat(doc.network().get()).isEqualTo(shown);
        assertThat(doc.file()).as("Save never writes JSON over the graph file").isNull();
        assertThat(doc.displayName()).isEqualTo("domino.graphml");
    }

    private static long distinctColours(BufferedImage image) {
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 7) {
            for (int x = 0; x < image.getWidth(); x += 7) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }
}
