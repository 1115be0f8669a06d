package dev.sse.app.compare;

import dev.sse.app.files.NetworkLoader;
import dev.sse.app.i18n.Messages;
import dev.sse.model.network.Network;
import dev.sse.model.simulation.Scenario;
import dev.sse.samples.SampleNetworks;
import java.util.Objects;
import java.util.function.BiConsumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/**
 * The Compare window's toolbar: what is on each side (a sample or a file), one-click variants of the left
 * network, the shared scenario, and the report button; a message line below.
 */
final class CompareToolbar {

    private final CompareWindow window;
    private final ComboBox<ComparePairs.Choice> scenario = new ComboBox<>();
    private final Spinner<Integer> share = new Spinner<>(0, 100, 10, 5);
    private final Label message = new Label();
    private final VBox node;
    private String leftLabel;
    private Network left;
    private String rightLabel;
    private Network right;
    private boolean quiet;

    CompareToolbar(CompareWindow window) {
        this.window = window;
        MenuButton openLeft = opener(Messages.get("compare.left.open"), (label, n) -> window.compare(label, n, rightLabel, right, name()));
        MenuButton openRight = opener(Messages.get("compare.right.open"), (label, n) -> window.compare(leftLabel, left, label, n, name()));
        Button isolate = variant(Messages.get("compare.isolate"), dev.sse.app.cli.ReportVariant.ISOLATE,
                Messages.get("compare.isolate.tip"));
        isolate.setId("compare-isolate");
        Button pool = variant(Messages.get("compare.pool"), dev.sse.app.cli.ReportVariant.POOL, Messages.get("compare.pool.tip"));
        Button unique = variant(Messages.get("compare.unique"), dev.sse.app.cli.ReportVariant.UNIQUE, Messages.get("compare.unique.tip"));
        share.setPrefWidth(72);
        share.setTooltip(new Tooltip(Messages.get("compare.share.tip")));
        scenario.setId("compare-scenario");
        scenario.setPrefWidth(260);
        scenario.valueProperty().addListener((o, was, now) -> {
            if (!quiet && now != null && !Objects.equals(was, now)) {
                window.runScenario(now);
            }
        });
        Button report = new Button(Messages.get("compare.report"));
        report.setId("compare-report");
        report.setOnAction(e -> window.chooseReport());
        HBox bar = new HBox(6, openLeft, openRight, new Separator(javafx.geometry.Orientation.VERTICAL), new Label(Messages.get("compare.rightIsLeft")),
                isolate, share, new Label("%"), pool, unique, new Separator(javafx.geometry.Orientation.VERTICAL),
                new Label(Messages.get("compare.scenario")), scenario, report);
        bar.setAlignment(Pos.CENTER_LEFT);
        message.getStyleClass().add("comparison-status");
        message.setId("compare-message");
        node = new VBox(2, bar, message);
        node.setPadding(new javafx.geometry.Insets(6));
    }

    Node node() {
        return node;
    }

    double share() {
        return share.getValue() / 100.0;
    }

    /** The sides now shown; refreshes the scenario choices (keeping the named one selected). */
    void setNetworks(String leftLabel, Network left, String rightLabel, Network right, String selected) {
        this.leftLabel = leftLabel;
        this.left = left;
        this.rightLabel = rightLabel;
        this.right = right;
        quiet = true;
        try {
            var choices = ComparePairs.choices(left, right);
            String keep = selected != null ? selected : scenario.getValue() == null ? null : scenario.getValue().label();
            scenario.getItems().setAll(choices);
            scenario.setValue(choices.stream().filter(c -> c.label().equals(keep)).findFirst().orElse(ComparePairs.NONE));
        } finally {
            quiet = false;
        }
        message.setText(Messages.get("compare.message.sides", left.name(), right.name()));
    }

    Scenario scenario() {
        return scenario.getValue() == null ? null : scenario.getValue().scenario();
    }

    private String name() {
        return scenario.getValue() == null ? null : scenario.getValue().label();
    }

    void say(String text) {
        message.setText(text);
    }

    private Button variant(String text, dev.sse.app.cli.ReportVariant kind, String tip) {
        Button b = new Button(text);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> {
            if (left != null) {
                window.compareWithVariant(leftLabel, left, kind, name());
            }
        });
        return b;
    }

    private MenuButton opener(String text, BiConsumer<String, Network> open) {
        MenuButton menu = new MenuButton(text);
        for (SampleNetworks.Sample s : SampleNetworks.all()) {
            MenuItem item = new MenuItem(s.title());
            item.setOnAction(e -> {
                try {
                    open.accept(s.id(), NetworkLoader.loadSample(s.id()));
                } catch (Exception ex) {
                    say(Messages.get("compare.openFailed", s.id(), ex.getMessage()));
                }
            });
            menu.getItems().add(item);
        }
        MenuItem file = new MenuItem(Messages.get("compare.file"));
        file.setOnAction(e -> {
            java.io.File f = new FileChooser().showOpenDialog(window.stage());
            if (f != null) {
                try {
                    open.accept(f.getName(), NetworkLoader.load(f.toPath()));
                } catch (Exception ex) {
                    say(Messages.get("compare.openFailed", String.valueOf(f), ex.getMessage()));
                }
            }
        });
        menu.getItems().add(file);
        return menu;
    }
}
