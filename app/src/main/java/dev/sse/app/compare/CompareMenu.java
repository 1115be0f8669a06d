package dev.sse.app.compare;

import dev.sse.app.concurrency.Workers;
import dev.sse.app.i18n.Messages;
import dev.sse.model.network.Network;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.stage.Window;

/** The View menu's entries: "Compare…" (the open network against its isolated variant) and "Compare samples". */
public final class CompareMenu {

    private final Workers workers;

    /** Compare windows open on the composition root's threads ({@link Workers#compare()}, {@link Workers#raster()}). */
    public CompareMenu(Workers workers) {
        this.workers = workers;
    }

    private CompareWindow newWindow() {
        return new CompareWindow(workers);
    }

    /** Menu items to add to the View menu; {@code current} gives the open network and its label. */
    public List<MenuItem> items(Supplier<Network> current, Supplier<String> label, Supplier<Window> owner) {
        MenuItem compare = new MenuItem(Messages.get("compare.menu.compare"));
        compare.setId("menu-compare");
        compare.setOnAction(e -> {
            Network n = current.get();
            if (n != null) {
                newWindow().followTheme(owner.get()).show().compareWithVariant(label.get(), n, dev.sse.app.cli.ReportVariant.ISOLATE, null);
            }
        });
        Menu samples = new Menu(Messages.get("compare.menu.samples"));
        for (ComparePairs.Pair p : ComparePairs.SAMPLES) {
            MenuItem item = new MenuItem(p.title());
            item.setOnAction(e -> newWindow().followTheme(owner.get()).show().compareSamples(p.left(), p.right(), p.scenario()));
            samples.getItems().add(item);
        }
        return List.of(compare, samples);
    }

    /**
     * The {@code --compare OTHER} option: the network the window opened (a file, a sample, or the default sample)
     * against OTHER, a sample id or a variant (isolate, pool, unique), under the {@code --scenario} name.
     */
    public CompareWindow openFromCommandLine(java.nio.file.Path file, String sample, String other, String scenario)
            throws Exception {
        String id = file != null ? file.getFileName().toString() : sample != null ? sample : dev.sse.samples.SampleNetworks.DEFAULT_ID;
        Network left = file != null ? dev.sse.app.files.NetworkLoader.load(file) : dev.sse.app.files.NetworkLoader.loadSample(id);
        return open(id, left, other, scenario);
    }

    /** Opens a comparison: OTHER is a sample id or a variant (isolate, pool, unique). */
    public CompareWindow open(String leftId, Network left, String other, String scenario) throws Exception {
        return open(null, leftId, left, other, scenario);
    }

    /** As {@link #open(String, Network, String, String)}, in the theme and text size of {@code owner} (may be null). */
    public CompareWindow open(Window owner, String leftId, Network left, String other, String scenario) throws Exception {
        CompareWindow w = newWindow().followTheme(owner).show();
        switch (other) {
            case "isolate" -> w.compareWithVariant(leftId, left, dev.sse.app.cli.ReportVariant.ISOLATE, scenario);
            case "pool" -> w.compareWithVariant(leftId, left, dev.sse.app.cli.ReportVariant.POOL, scenario);
            case "unique" -> w.compareWithVariant(leftId, left, dev.sse.app.cli.ReportVariant.UNIQUE, scenario);
            default -> w.compare(leftId, left, other, dev.sse.app.files.NetworkLoader.loadSample(other), scenario);
        }
        return w;
    }
}
