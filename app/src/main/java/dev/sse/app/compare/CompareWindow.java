package dev.sse.app.compare;

import dev.sse.model.io.files.AtomicFiles;
import dev.sse.app.concurrency.AnalysisRunner;
import dev.sse.app.concurrency.Workers;
import dev.sse.app.files.NetworkLoader;
import dev.sse.app.cli.ReportVariant;
import dev.sse.app.i18n.Messages;
import dev.sse.model.analysis.AnalysisOptions;
import dev.sse.model.compare.Side;
import dev.sse.model.io.report.ReportCharts;
import dev.sse.model.network.Network;
import dev.sse.samples.SampleNetworks;
import dev.sse.views.charts.ChartsView;
import dev.sse.views.charts.ChartsViewModel;
import dev.sse.views.charts.SweepView;
import dev.sse.views.charts.SweepViewModel;
import dev.sse.views.common.FxBridge;
import dev.sse.views.comparison.ComparisonView;
import dev.sse.views.comparison.ComparisonViewModel;
import dev.sse.views.montecarlo.MonteCarloView;
import dev.sse.views.montecarlo.MonteCarloViewModel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

/**
 * The Compare window (issue 9): two networks, or a network and a derived variant, side by side with one camera,
 * one playback and a delta table; charts, sweeps, Monte Carlo and a one-click HTML report. Its analyses and sweeps run
 * on the composition root's compare pool, so they never queue behind the main window's.
 */
public final class CompareWindow {

    private final FxBridge bridge;
    private final ComparisonViewModel vm;
    private final ChartsViewModel charts;
    private final SweepViewModel sweep;
    private final MonteCarloViewModel mc;
    private final ChartsView chartsView;
    private final CompareToolbar toolbar;
    private final Stage stage = new Stage();
    private List<Network> charted = List.of();

    /**
     * On the composition root's threads: {@link Workers#compare()} for its work, {@link Workers#race()} for the margin
     * races, {@link Workers#raster()} for edges.
     */
    public CompareWindow(Workers workers) {
        bridge = new FxBridge(workers.compare());
        vm = new ComparisonViewModel(bridge, AnalysisOptions.defaults().withShockBudget(0.1)
                .withTimeLimit(AnalysisRunner.GUI_TIME_LIMIT_SECONDS).withRaceExecutor(workers.race()));
        charts = new ChartsViewModel(bridge, workers.race(), vm::highlight);
        chartsView = new ChartsView(charts);
        sweep = new SweepViewModel(bridge, workers.race(), () -> vm.left().networkProperty().get(),
                () -> vm.right().networkProperty().get(), () -> vm.scenarioProperty().get());
        ComparisonView view = new ComparisonView(vm, workers.raster());
        view.addTab(Messages.get("compare.tab.sixPoints"), new dev.sse.views.comparison.SixPointsView(vm));
        view.addTab(Messages.get("compare.tab.charts"), chartsView);
        view.addTab(Messages.get("compare.tab.sweep"), new SweepView(sweep, this::exportCsv, vm::highlight));
        mc = new MonteCarloViewModel(bridge, FxBridge.fxExecutor(), workers.draws(),
                AnalysisOptions.defaults().withRaceExecutor(workers.race()), () -> vm.left().networkProperty().get(),
                () -> vm.right().networkProperty().get(), System::currentTimeMillis);
        view.addTab(Messages.get("compare.tab.montecarlo"), new MonteCarloView(mc, this::exportCsv,
                () -> vm.left().labelProperty().get(), () -> vm.right().labelProperty().get(), vm::runScenario));
        // per-chain fall probability on each side's graph once its draws are in (the next analysis repaints them)
        mc.leftResultProperty().addListener((o, was, r) -> colour(r, vm.left().graph()));
        mc.rightResultProperty().addListener((o, was, r) -> colour(r, vm.right().graph()));
        toolbar = new CompareToolbar(this);
        javafx.scene.layout.BorderPane root = new javafx.scene.layout.BorderPane(view);
        root.setTop(toolbar.node());
        vm.tableProperty().addListener((o, was, now) -> chartIfNew());
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(1440, screen.getWidth()), Math.min(940, screen.getHeight() - 30));
        scene.getStylesheets().add(CompareWindow.class.getResource("/dev/sse/views/theme/tokens.css").toExternalForm());
        installKeys(scene);
        stage.setScene(scene);
        stage.setTitle(Messages.get("compare.title"));
        stage.setOnHidden(e -> close());
        stage.setOnShown(e -> view.leftGraph().requestFocus());
    }

    /**
     * Takes the theme of the window it was opened from: its token sheets (light or dark) and text size. The
     * controls' AtlantaFX theme is application-wide already.
     */
    public CompareWindow followTheme(javafx.stage.Window owner) {
        Scene from = owner == null ? null : owner.getScene();
        if (from != null) {
            Scene mine = stage.getScene();
            from.getStylesheets().stream().filter(s -> s.contains("/dev/sse/views/theme/") && !mine.getStylesheets().contains(s))
                    .forEach(mine.getStylesheets()::add);
            mine.getRoot().setStyle(from.getRoot().getStyle());
        }
        return this;
    }

    /** Shows the window. */
    public CompareWindow show() {
        stage.show();
        return this;
    }

    public boolean isShowing() {
        return stage.isShowing();
    }

    /** Brings the window in front of the others (a tour that opened it steps to it again). */
    public void toFront() {
        stage.toFront();
    }

    /** Compares two networks under the named stored scenario (null or unknown: no faults). */
    public CompletableFuture<Void> compare(String leftLabel, Network left, String rightLabel, Network right, String scenario) {
        toolbar.setNetworks(leftLabel, left, rightLabel, right, scenario);
        return vm.compare(leftLabel, left, rightLabel, right, toolbar.scenario());
    }

    /** A bundled pair; a pair without a right sample compares the left with its isolated variant. */
    public CompletableFuture<Void> compareSamples(String leftId, String rightId, String scenario) {
        try {
            Network left = NetworkLoader.loadSample(leftId);
            if (rightId == null) {
                return compareWithVariant(leftId, left, ReportVariant.ISOLATE, scenario);
            }
            return compare(leftId, left, rightId, NetworkLoader.loadSample(rightId), scenario);
        } catch (Exception e) {
            toolbar.say(Messages.get("compare.samplesFailed", e.getMessage()));
            return CompletableFuture.completedFuture(null);
        }
    }

    /** The derived variants of the toolbar. */
    /** Compares {@code left} with one of its derived variants (built off the FX thread). */
    public CompletableFuture<Void> compareWithVariant(String leftLabel, Network left, ReportVariant kind, String scenario) {
        double share = toolbar.share();
        String label = kind.label(share);
        return bridge.compute(() -> kind.derive(left, share))
                .thenCompose(right -> compare(leftLabel, left, label, right, scenario));
    }

    private void chartIfNew() {
        Side l = vm.left().sideProperty().get();
        Side r = vm.right().sideProperty().get();
        if (l == null || r == null || vm.tableProperty().get() == null) {
            return;
        }
        List<Network> pair = List.of(l.network(), r.network());
        if (!pair.equals(charted)) {
            charted = pair;
            charts.load(List.of(l, r));
        }
    }

    /** Writes the report for what is shown (the charts' sweeps drawn as SVG, as {@code report} draws them). FX thread. */
    public void writeReport(Path file) throws IOException {
        Side l = vm.left().sideProperty().get();
        Side r = vm.right().sideProperty().get();
        if (l == null || r == null) {
            throw new IOException(Messages.get("compare.report.notReady"));
        }
        String html = CompareReport.html(l, r, vm.tableProperty().get(), vm.scenarioProperty().get(), charts.lossSweeps(),
                charts.priceSide() == null ? List.of() : List.of(new ReportCharts.Priced(charts.priceSide(), charts.priceSweep())),
                vm.options(), java.time.Clock.systemUTC());
        CompareReport.write(file, html);
    }

    void chooseReport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("compare.report.title"));
        chooser.setInitialFileName("shared-security-report.html");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("HTML", "*.html"));
        java.io.File file = chooser.showSaveDialog(stage);
        if (file != null) {
            try {
                writeReport(file.toPath());
                toolbar.say(Messages.get("compare.report.written", String.valueOf(file)));
            } catch (IOException e) {
                toolbar.say(Messages.get("compare.report.failed", e.getMessage()));
            }
        }
    }

    private static void colour(dev.sse.model.montecarlo.MonteCarloResult r, dev.sse.views.graph.GraphViewModel graph) {
        if (r != null) {
            graph.setStates(MonteCarloViewModel.fallColours(r, graph.statesProperty().get()));
        }
    }

    private void exportCsv(String csv) {
        if (csv == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("compare.sweep.title"));
        chooser.setInitialFileName("sweep.csv");
        java.io.File file = chooser.showSaveDialog(stage);
        if (file != null) {
            try {
                AtomicFiles.write(file.toPath(), csv.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                toolbar.say(Messages.get("compare.sweep.written", String.valueOf(file)));
            } catch (IOException e) {
                toolbar.say(Messages.get("compare.sweep.failed", dev.sse.model.io.json.FileAccess.reason(e)));
            }
        }
    }

    /** The playback keys ({@link dev.sse.app.playback.TimelineKeys}) drive both sides at once — unless typing. */
    private void installKeys(Scene scene) {
        scene.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (scene.getFocusOwner() instanceof TextInputControl) {
                return;
            }
            if (dev.sse.app.playback.TimelineKeys.apply(e.getCode(), vm.lockstep())) {
                e.consume();
            }
        });
    }

    /** Re-runs the sides with another scenario. */
    void runScenario(ComparePairs.Choice choice) {
        vm.runScenario(choice == null ? null : choice.scenario());
    }

    Stage stage() { return stage; }
    ComparisonViewModel viewModel() { return vm; }
    ChartsViewModel charts() { return charts; }
    List<String> samples() { return SampleNetworks.all().stream().map(SampleNetworks.Sample::id).toList(); }

    /**
     * Stops the window's work (its sweeps and charts; a comparison under way ends within its time limit and is not
     * shown). The threads are the composition root's ({@link Workers#compare()}) and outlive the window.
     */
    public void close() {
        FxBridge.onFx(() -> {
            charts.cancel();
            sweep.cancel();
            mc.cancel();
        });
    }
}
