package dev.sse.app.workbench;

import dev.sse.app.i18n.Messages;
import dev.sse.app.shell.MainWindow;
import dev.sse.model.network.ChainKind;
import dev.sse.model.network.graph.NodeRef;
import dev.sse.views.common.ViewText;
import dev.sse.views.graph.GraphFrame;
import dev.sse.views.graph.RiskState;
import dev.sse.views.graph.Shown;
import dev.sse.views.graph.canvas.GraphView;
import dev.sse.views.overlay.Visibility;
import java.util.Map;
import java.util.function.BiFunction;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;

/**
 * View → Show (issue 23): show or hide chains by kind, validators (all, or below a stake value), nodes by risk state,
 * allocation and securedBy edges. The canvas draws the shown classes only ({@link Visibility}), the legend lists the
 * kinds shown, and the node tables leave hidden nodes out.
 */
public final class VisibilityFeature {

    private final MainWindow window;
    private final GraphView graphView;
    private final TableFeature table;
    private Visibility visibility = Visibility.ALL;
    private final Menu menu = new Menu(Messages.get("show.menu"));

    private final Runnable afterChange;

    private VisibilityFeature(MainWindow window, GraphView graphView, TableFeature table, Runnable afterChange) {
        this.window = window;
        this.graphView = graphView;
        this.table = table;
        this.afterChange = afterChange;
    }

    /** Adds View → Show to the attached window; {@code afterChange} runs after each change (the minimap redraws). */
    public static VisibilityFeature install(MainWindow window, GraphView graphView, TableFeature table,
                                            Runnable afterChange) {
        VisibilityFeature f = new VisibilityFeature(window, graphView, table, afterChange);
        f.menu.setId("menu-show");
        for (ChainKind kind : ChainKind.values()) {
            f.menu.getItems().add(f.check("show-kind-" + kind.json(), ViewText.kind(kind), (v, on) -> v.withKind(kind, on)));
        }
        f.menu.getItems().add(f.check("show-validators", Messages.get("show.validators"),
                (v, on) -> v.withValidators(on, v.minValidatorValue())));
        TextField min = new TextField();
        min.setId("show-min-value");
        min.setPrefColumnCount(8);
        min.setPromptText("0");
        min.setOnAction(e -> {
            double value;
            try {
                value = min.getText().isBlank() ? 0 : Double.parseDouble(min.getText().strip());
            } catch (NumberFormatException ex) {
                min.setText("");
                value = 0;
            }
            f.set(f.visibility.withValidators(f.visibility.validators(), value));
        });
        CustomMenuItem threshold = new CustomMenuItem(new HBox(6, new Label(Messages.get("show.minValue")), min), false);
        f.menu.getItems().addAll(threshold, new SeparatorMenuItem());
        for (RiskState state : RiskState.values()) {
            f.menu.getItems().add(f.check("show-state-" + state.pseudoClass(), Messages.get("show.state", state.pseudoClass()),
                    (v, on) -> v.withState(state, on)));
        }
        f.menu.getItems().addAll(new SeparatorMenuItem(),
                f.check("show-allocations", Messages.get("show.allocations"), (v, on) -> v.withEdges(on, v.securedBy())),
                f.check("show-securedby", Messages.get("show.securedBy"), (v, on) -> v.withEdges(v.allocations(), on)));
        MenuItem all = new MenuItem(Messages.get("show.all"));
        all.setOnAction(e -> {
            f.menu.getItems().stream().filter(i -> i instanceof CheckMenuItem).forEach(i -> ((CheckMenuItem) i).setSelected(true));
            min.setText("");
            f.set(Visibility.ALL);
        });
        f.menu.getItems().addAll(new SeparatorMenuItem(), all);
        MenuBar bar = (MenuBar) window.stage().getScene().getRoot().lookup(".menu-bar");
        bar.getMenus().stream().filter(m -> m.getText().replace("_", "").equals(Messages.get("menu.view").replace("_", "")))
                .findFirst().map(Menu::getItems).ifPresent(items -> items.add(f.menu));
        // a state filter follows the states: a new analysis or a playback step redraws what is shown
        window.shownProperty().addListener((o, was, now) -> {
            if (!f.visibility.hiddenStates().isEmpty() && (was == null || !was.states().equals(now.states()))) {
                f.apply();
            }
        });
        return f;
    }

    private CheckMenuItem check(String id, String text, BiFunction<Visibility, Boolean, Visibility> change) {
        CheckMenuItem item = new CheckMenuItem(text);
        item.setId(id);
        item.setSelected(true);
        item.selectedProperty().addListener((o, was, now) -> set(change.apply(visibility, now)));
        return item;
    }

    /** Shows what {@code next} shows. */
    public void set(Visibility next) {
        visibility = next;
        apply();
    }

    public Visibility visibility() {
        return visibility;
    }

    private void apply() {
        Visibility v = visibility;
        graphView.setVisibility(frame -> v.apply(frame, states()));
        afterChange.run();
        if (v.showsEverything()) {
            table.setVisible(ref -> true);
            return;
        }
        GraphFrame all = window.shownProperty().get() == null ? null : graphView.frame();
        java.util.Set<NodeRef> shown = new java.util.HashSet<>();
        if (all != null) {
            v.apply(all, states()).nodes().forEach(n -> shown.add(n.ref()));
        }
        table.setVisible(shown::contains);
    }

    private Map<NodeRef, RiskState> states() {
        Shown now = window.shownProperty().get();
        return now == null ? Map.of() : now.states();
    }
}
