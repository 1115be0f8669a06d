package dev.sse.app.help;

import dev.sse.app.i18n.Messages;
import java.util.Arrays;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The glossary: every term of the tours in plain words, from the message bundle ({@code glossary.keys} lists
 * them; {@code glossary.<key>.term} and {@code glossary.<key>.text} hold each). One window, reused, styled by the
 * main window's theme.
 */
public final class GlossaryWindow {

    private static Stage stage;
    private static ListView<String> list;

    private GlossaryWindow() {
    }

    /** The glossary's term keys, in display order. */
    public static List<String> keys() {
        return Arrays.stream(Messages.get("glossary.keys").split(",")).map(String::strip).toList();
    }

    /** Shows the glossary at {@code key} (null: the first term). */
    public static void show(Window owner, String key) {
        if (stage == null) {
            build(owner);
        }
        List<String> keys = keys();
        int at = key == null ? 0 : Math.max(0, keys.indexOf(key));
        list.getSelectionModel().select(at);
        list.scrollTo(at);
        stage.show();
        stage.toFront();
    }

    private static void build(Window owner) {
        list = new ListView<>();
        list.getItems().setAll(keys());
        list.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : Messages.get("glossary." + item + ".term"));
            }
        });
        Label term = new Label();
        term.getStyleClass().add("glossary-term");
        Label text = new Label();
        text.setWrapText(true);
        text.getStyleClass().add("glossary-text");
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            term.setText(now == null ? "" : Messages.get("glossary." + now + ".term"));
            text.setText(now == null ? "" : Messages.get("glossary." + now + ".text"));
        });
        VBox page = new VBox(10, term, text);
        page.getStyleClass().add("glossary-page");
        SplitPane split = new SplitPane(list, page);
        split.setDividerPositions(0.34);
        stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(Messages.get("glossary.title"));
        Scene scene = new Scene(split, 720, 420);
        Scene main = owner == null ? null : owner.getScene();
        if (main != null) {
            // the main window's sheets (tokens, the theme's overrides, tour.css) and text size, live: it reads like the
            // window in every theme, and follows View > Theme and Ctrl+Plus while it is open
            javafx.beans.binding.Bindings.bindContent(scene.getStylesheets(), main.getStylesheets());
            split.styleProperty().bind(main.rootProperty().flatMap(javafx.scene.Parent::styleProperty).orElse(""));
        } else {
            scene.getStylesheets().add(GlossaryWindow.class.getResource("/dev/sse/app/tour/tour.css").toExternalForm());
        }
        stage.setScene(scene);
    }
}
