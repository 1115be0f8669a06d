package dev.sse.app.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sse.app.testing.OpenWindow;
import dev.sse.app.testing.WindowArgs;
import dev.sse.model.network.Network;
import dev.sse.model.network.graph.NodeRef;
import dev.sse.views.graph.GraphFrame;
import dev.sse.views.graph.layout.Position;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** Issue 23: File → Export as GraphML/GEXF/DOT writes the picture as drawn, and File → Open reads GraphML back. */
@Tag("ui")
@WindowArgs({"--sample", "textbook-domino"})
class GraphExportWindowTest extends OpenWindow {

    @TempDir
    Path dir;

    private Path export(ExportFormat format, String name) throws Exception {
        return export(format, dir.resolve(name));
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
}
