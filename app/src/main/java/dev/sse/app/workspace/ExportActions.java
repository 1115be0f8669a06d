package dev.sse.app.workspace;

import dev.sse.model.io.graph.Drawing;
import dev.sse.model.io.graph.GraphExport;
import dev.sse.model.io.graph.GraphFormat;
import dev.sse.model.network.graph.NodeRef;
import dev.sse.views.graph.GraphFrame;
import dev.sse.views.interop.GraphDrawing;
import java.util.HashMap;
import java.util.Map;

import dev.sse.model.io.files.AtomicFiles;
import dev.sse.app.files.Document;
import dev.sse.app.files.PngFiles;
import dev.sse.app.i18n.Messages;
import dev.sse.app.shell.DocumentActions;
import dev.sse.model.analysis.AnalysisOptions;
import dev.sse.model.analysis.AnalysisResult;
import dev.sse.model.analysis.SecurityAnalyzer;
import dev.sse.model.io.csv.AnalysisCsv;
import dev.sse.model.io.json.AnalysisJson;
import dev.sse.model.network.Network;
import dev.sse.views.common.FxBridge;
import dev.sse.views.graph.canvas.GraphView;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

/**
 * File → Export. Images are what is on screen: a snapshot of the graph view (PNG at 1×, 2× or 4×, edges
 * redrawn at that resolution) or the same frame as SVG. The analysis is recomputed for the document's
 * network with the command line's defaults and written by the same writers as {@code analyze --json} and
 * {@code analyze --csv}, so the bytes are the same. Taking the picture happens on the FX thread; analysing
 * and writing happen on a worker.
 */
public final class ExportActions {

    private final FxBridge bridge;
    /** The command line's defaults on the composition root's race executor (issue #18): the same bytes as the CLI's. */
    private final AnalysisOptions options;
    private final Supplier<Stage> stage;
    private final GraphView graph;
    private final DocumentActions documents;
    private File lastFolder;

    ExportActions(FxBridge bridge, AnalysisOptions options, Supplier<Stage> stage, GraphView graph, DocumentActions documents) {
        this.bridge = bridge;
        this.options = options;
        this.stage = stage;
        this.graph = graph;
        this.documents = documents;
    }

    /** The options the exports analyse with (tests: their race executor is the window's). */
    AnalysisOptions options() {
        return options;
    }

    /** Asks where, then exports; failures are shown in a dialog. */
    void choose(ExportFormat format) {
        Document doc = documents.current();
        if (doc == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("export.title", format.description()));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(format.description(), "*." + format.extension()));
        chooser.setInitialFileName(format.suggestName(slug(doc.network().get().name())));
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        File target = chooser.showSaveDialog(stage.get());
        if (target != null) {
            lastFolder = target.getParentFile();
            export(format, target.toPath()).whenComplete((path, error) -> {
                if (error != null) {
                    showFailure(target.toPath(), error);
                }
            });
        }
    }

    /** Exports to {@code target}; the future completes on the FX thread. Call on the FX thread. */
    public CompletableFuture<Path> export(ExportFormat format, Path target) {
        Document doc = documents.current();
        if (doc == null) {
            return CompletableFuture.failedFuture(new IllegalStateException("no network is open"));
        }
        return switch (format) {
            case PNG_1X, PNG_2X, PNG_4X -> png(format.scale(), target);
            case SVG -> text(graph.toSvg(), target);
            case ANALYSIS_JSON -> analysis(doc.network().get(), target, true);
            case ANALYSIS_CSV -> analysis(doc.network().get(), target, false);
            case GRAPHML, GEXF, DOT -> graphFile(format.graphFormat(), doc.network().get(), target);
        };
    }

    private CompletableFuture<Path> png(int scale, Path target) {
        WritableImage image = graph.snapshot(scale);
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        return bridge.compute(() -> io(() -> PngFiles.write(argb, w, h, target), target));
    }

    private CompletableFuture<Path> text(String content, Path target) {
        return bridge.compute(() -> io(() -> AtomicFiles.write(target, content.getBytes(StandardCharsets.UTF_8)), target));
    }

    private CompletableFuture<Path> analysis(Network network, Path target, boolean json) {
        return bridge.compute(() -> {
            AnalysisResult result = SecurityAnalyzer.analyze(network, options);
            var economics = dev.sse.model.analysis.economics.Economics.of(network, result);
            String content = json ? AnalysisJson.write(result, economics) : AnalysisCsv.write(network, result, economics);
            return io(() -> AtomicFiles.write(target, content.getBytes(StandardCharsets.UTF_8)), target);
        });
    }

    /**
     * The network as a graph file (issue 23) with the frame as drawn: positions, glyph sizes and fills are read here
     * on the FX thread; the analysis and the writing happen on a worker.
     */
    private CompletableFuture<Path> graphFile(GraphFormat format, Network network, Path target) {
        GraphFrame frame = graph.frame();
        Map<NodeRef, Integer> fills = new HashMap<>();
        if (frame != null) {
            frame.nodes().forEach(n -> {
                Integer rgb = graph.glyphFill(n.ref());
                if (rgb != null) {
                    fills.put(n.ref(), rgb);
                }
            });
        }
        return bridge.compute(() -> {
            AnalysisResult result = SecurityAnalyzer.analyze(network, options);
            Drawing drawing = frame == null ? Drawing.NONE : GraphDrawing.of(frame, result, fills::get);
            return io(() -> GraphExport.write(format, network, result, drawing, target), target);
        });
    }

    private interface IoAction {
        void run() throws IOException;
    }

    private static Path io(IoAction action, Path target) {
        try {
            action.run();
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void showFailure(Path target, Throwable error) {
        Throwable cause = error.getCause() != null ? error.getCause() : error;
        cause = cause instanceof UncheckedIOException u ? u.getCause() : cause;
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(stage.get());
        alert.setTitle(Messages.get("export.failed.title"));
        alert.setHeaderText(Messages.get("export.failed.header", String.valueOf(target.getFileName())));
        alert.setContentText(cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage());
        alert.show();
    }

    static String slug(String name) {
        String s = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return s.isEmpty() ? "network" : s;
    }
}
