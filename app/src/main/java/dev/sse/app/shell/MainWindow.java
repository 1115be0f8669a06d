package dev.sse.app.shell;

import dev.sse.app.files.NetworkLoader;
import dev.sse.model.network.Network;
import dev.sse.samples.SampleNetworks;
import dev.sse.views.common.FxBridge;
import dev.sse.views.graph.GraphView;
import dev.sse.views.graph.GraphViewModel;
import dev.sse.views.graph.layout.CircularLayout;
import dev.sse.views.graph.layout.ForceDirectedLayout;
import dev.sse.views.graph.layout.LayoutStrategy;
import dev.sse.views.graph.layout.TiersLayout;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionException;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

/**
 * The main window: menu bar on top, the graph in the centre, a status bar below. Opening a network
 * reads it off the FX thread; a file that fails to load leaves the current network open and shows
 * its problems.
 */
public final class MainWindow {

    /** Layout seed: the same file gives the same picture every time. */
    public static final long LAYOUT_SEED = 42;

    private final FxBridge bridge;
    private final GraphViewModel graph;
    private final GraphView graphView;
    private final BorderPane root = new BorderPane();
    private final Label status = new Label();
    private final ReadOnlyObjectWrapper<Network> network = new ReadOnlyObjectWrapper<>(this, "network");
    private final List<LayoutStrategy> layouts = List.of(new TiersLayout(), new ForceDirectedLayout(), new CircularLayout());
    private LayoutStrategy layout = layouts.get(0);
    private Stage stage;
    private String sourceName = "";

    public MainWindow(FxBridge bridge, GraphViewModel graph, GraphView graphView) {
        this.bridge = bridge;
        this.graph = graph;
        this.graphView = graphView;
        root.setTop(menuBar());
        root.setCenter(graphView);
        root.setBottom(statusBar());
    }

    public void attach(Stage stage) {
        this.stage = stage;
        Scene scene = new Scene(root, 1280, 800);
        scene.getStylesheets().add(MainWindow.class.getResource("/dev/sse/views/theme/tokens.css").toExternalForm());
        stage.setScene(scene);
        stage.setTitle("Shared Security Explorer");
        stage.show();
        graphView.requestFocus();
    }

    /** Opens the file, else the sample, else the default sample; a failed file falls back to the default. */
    public void openInitial(Path file, String sampleId) {
        if (file != null) {
            load(file.getFileName().toString(), () -> NetworkLoader.load(file), true);
        } else {
            openSample(sampleId != null ? sampleId : SampleNetworks.DEFAULT_ID);
        }
    }

    public void openFile(Path file) {
        load(file.getFileName().toString(), () -> NetworkLoader.load(file), false);
    }

    public void openSample(String id) {
        load(id, () -> NetworkLoader.loadSample(id), false);
    }

    private void load(String name, Callable<Network> reader, boolean fallBackToDefault) {
        status.setText("Opening " + name + " …");
        bridge.compute(() -> {
            try {
                return reader.call();
            } catch (Exception e) {
                throw new CompletionException(e);
            }
        }).whenComplete((loaded, error) -> {
            if (error != null) {
                ErrorDialogs.showLoadFailure(stage, name, error instanceof CompletionException ? error.getCause() : error);
                if (fallBackToDefault && network.get() == null) {
                    openSample(SampleNetworks.DEFAULT_ID);
                } else {
                    updateStatus();
                }
                return;
            }
            sourceName = name;
            network.set(loaded);
            graph.show(loaded, layout, LAYOUT_SEED).thenRun(this::updateStatus);
            if (stage != null) {
                stage.setTitle(loaded.name() + " — Shared Security Explorer");
            }
        });
    }

    private void updateStatus() {
        Network n = network.get();
        status.setText(n == null ? "" : n.name() + "  ·  " + sourceName + "  ·  " + graph.summaryProperty().get()
                + "  ·  layout: " + layout.name() + " (seed " + LAYOUT_SEED + ")");
    }

    private MenuBar menuBar() {
        Menu file = new Menu("_File");
        MenuItem open = new MenuItem("_Open…");
        open.setAccelerator(KeyCombination.keyCombination("Shortcut+O"));
        open.setOnAction(e -> chooseFile());
        Menu samples = new Menu("Open _Sample");
        for (SampleNetworks.Sample s : SampleNetworks.all()) {
            MenuItem item = new MenuItem(s.title());
            item.setOnAction(e -> openSample(s.id()));
            samples.getItems().add(item);
        }
        MenuItem quit = new MenuItem("_Quit");
        quit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        quit.setOnAction(e -> stage.close());
        file.getItems().addAll(open, samples, new SeparatorMenuItem(), quit);

        Menu view = new Menu("_View");
        MenuItem fit = new MenuItem("_Fit graph");
        fit.setAccelerator(KeyCombination.keyCombination("F"));
        fit.setOnAction(e -> graphView.fit());
        Menu layoutMenu = new Menu("_Layout");
        ToggleGroup group = new ToggleGroup();
        for (LayoutStrategy strategy : layouts) {
            RadioMenuItem item = new RadioMenuItem(strategy.name());
            item.setToggleGroup(group);
            item.setSelected(strategy == layout);
            item.setOnAction(e -> relayout(strategy));
            layoutMenu.getItems().add(item);
        }
        view.getItems().addAll(fit, layoutMenu);
        return new MenuBar(file, view);
    }

    private void relayout(LayoutStrategy strategy) {
        layout = strategy;
        if (network.get() != null) {
            graph.show(network.get(), layout, LAYOUT_SEED).thenRun(this::updateStatus);
        }
    }

    private void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open network");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Network files (*.json)", "*.json"));
        File chosen = chooser.showOpenDialog(stage);
        if (chosen != null) {
            openFile(chosen.toPath());
        }
    }

    private HBox statusBar() {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, status, spacer);
        bar.getStyleClass().add("status-bar");
        bar.setStyle("-fx-padding: 4 8 4 8; -fx-border-color: -sse-panel-border; -fx-border-width: 1 0 0 0;");
        return bar;
    }

    public ReadOnlyObjectProperty<Network> networkProperty() {
        return network.getReadOnlyProperty();
    }

    public Label statusLabel() {
        return status;
    }
}
