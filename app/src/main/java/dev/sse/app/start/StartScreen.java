package dev.sse.app.start;

import dev.sse.app.i18n.Messages;
import dev.sse.app.shell.MainWindow;
import dev.sse.model.tour.TourFile;
import dev.sse.app.tour.TourLibrary;
import dev.sse.samples.SampleNetworks;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * The start screen of a plain launch: one card per guided tour (opens its network, scenario and tour in one
 * click) and the bundled networks (the explorer keeps no recent-files list yet). Keyboard: Tab and the arrow
 * keys move, Enter or Space opens, Esc opens the default network.
 */
public final class StartScreen {

    private final MainWindow window;
    private final Scene scene;
    private final Parent main;
    private final java.util.List<Button> order = new java.util.ArrayList<>();
    private final javafx.event.EventHandler<KeyEvent> keys = this::key;
    /** A document opened from elsewhere (restored work, File menu shortcuts) ends the start screen. */
    private final Runnable opened = () -> open(() -> { });

    private final java.util.function.Consumer<TourFile> startTour;

    private StartScreen(MainWindow window, java.util.function.Consumer<TourFile> startTour) {
        this.window = window;
        this.startTour = startTour;
        this.scene = window.stage().getScene();
        this.main = scene.getRoot();
    }

    /** Replaces the attached window's content by the start screen until something is chosen. */
    public static void show(MainWindow window, java.util.function.Consumer<TourFile> startTour) {
        new StartScreen(window, startTour).install();
    }

    private void install() {
        Label title = new Label(Messages.get("start.title"));
        title.getStyleClass().add("start-title");
        Label subtitle = new Label(Messages.get("start.subtitle"));
        subtitle.getStyleClass().add("start-subtitle");
        subtitle.setWrapText(true);
        FlowPane cards = new FlowPane(12, 12);
        for (TourFile tour : TourLibrary.bundled()) {
            cards.getChildren().add(card(tour));
        }
        FlowPane networks = new FlowPane(6, 4);
        for (SampleNetworks.Sample sample : SampleNetworks.all()) {
            Button b = new Button(dev.sse.app.workspace.SampleTitles.title(sample));
            b.getStyleClass().add("start-network");
            b.setOnAction(e -> open(() -> window.openInitial(null, sample.id(), null)));
            networks.getChildren().add(b);
            order.add(b);
        }
        VBox page = new VBox(title, subtitle, heading("start.tours"), cards, heading("start.networks"), networks);
        page.getStyleClass().add("start-screen");
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true); // the page colour fills the window, also below the last row
        scroll.getStyleClass().add("start-scroll");
        scene.addEventFilter(KeyEvent.KEY_PRESSED, keys); // on the scene: keys arrive even before anything has focus
        window.documents().addListener(opened);
        scene.setRoot(scroll);
        if (!cards.getChildren().isEmpty()) {
            cards.getChildren().get(0).requestFocus();
        }
    }

    private static Label heading(String key) {
        Label l = new Label(Messages.get(key));
        l.getStyleClass().add("start-heading");
        return l;
    }

    private Button card(TourFile tour) {
        Label name = new Label(tour.tour().title());
        name.getStyleClass().add("start-card-title");
        Label summary = new Label(tour.tour().summary());
        summary.setWrapText(true);
        String network = SampleNetworks.byId(tour.network()).map(SampleNetworks.Sample::title).orElse(tour.network());
        Label meta = new Label(Messages.get("start.steps", tour.tour().steps().size(), network));
        meta.getStyleClass().add("start-card-meta");
        Button card = new Button(null, new VBox(4, name, summary, meta));
        card.getStyleClass().add("start-card");
        card.setAccessibleText(tour.tour().title() + ". " + tour.tour().summary());
        card.setOnAction(e -> open(() -> startTour.accept(tour)));
        order.add(card);
        return card;
    }

    private void open(Runnable action) {
        scene.removeEventFilter(KeyEvent.KEY_PRESSED, keys);
        window.documents().removeListener(opened);
        if (scene.getRoot() != main) {
            scene.setRoot(main);
        }
        action.run();
    }

    /** Enter opens the focused card (buttons fire on Space only); arrows move like Tab; Esc skips. */
    private void key(KeyEvent e) {
        if (e.getCode() == KeyCode.ESCAPE) {
            open(() -> window.openInitial(null, null, null));
        } else if (e.getCode() == KeyCode.ENTER) {
            (scene.getFocusOwner() instanceof Button b ? b : order.get(0)).fire();
        } else if (e.getCode() == KeyCode.RIGHT || e.getCode() == KeyCode.DOWN) {
            move(1);
        } else if (e.getCode() == KeyCode.LEFT || e.getCode() == KeyCode.UP) {
            move(-1);
        } else {
            return;
        }
        e.consume();
    }

    private void move(int delta) {
        int at = Math.max(0, order.indexOf(scene.getFocusOwner())); // nothing focused yet: the first card is
        int next = Math.floorMod(at + delta, order.size());
        order.get(next).requestFocus();
    }
}
