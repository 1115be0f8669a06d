package dev.sse.views.tour;

import dev.sse.model.tour.Caption;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * The caption panel of a tour, docked under the graph (above the timeline) so it never covers what it
 * talks about: title and step count, the caption with bold runs and glossary links, then Restart / Back / Next /
 * close on the bottom edge, so they stay in one place whatever the length of the caption.
 */
public final class TourPanel extends VBox {

    private final TourViewModel viewModel;
    private final TextFlow caption = new TextFlow();
    private final Consumer<String> openTerm;

    /**
     * @param text     user-facing strings by key (the app's resource bundle)
     * @param openTerm opens the glossary at a term key
     */
    public TourPanel(TourViewModel viewModel, Function<String, String> text, Consumer<String> openTerm) {
        this.viewModel = viewModel;
        this.openTerm = openTerm;
        getStyleClass().add("tour-panel");
        Label title = new Label();
        title.getStyleClass().add("tour-title");
        Label count = new Label();
        count.getStyleClass().add("tour-count");
        Label note = new Label();
        note.getStyleClass().add("tour-note");
        note.textProperty().bind(viewModel.noteProperty());
        note.visibleProperty().bind(viewModel.noteProperty().isNotEmpty());
        note.managedProperty().bind(note.visibleProperty());
        Button back = button(text.apply("tour.back"), viewModel::back);
        back.disableProperty().bind(viewModel.canBackProperty().not());
        Button next = button(text.apply("tour.next"), viewModel::next);
        next.disableProperty().bind(viewModel.canNextProperty().not());
        next.setDefaultButton(false);
        Button restart = button(text.apply("tour.restart"), viewModel::restart);
        Button close = button(text.apply("tour.close"), viewModel::close);
        HBox head = new HBox(8, title, count);
        head.setAlignment(Pos.BASELINE_LEFT);
        // the buttons go last, on the panel's bottom edge, which stays put (the timeline is under it): a caption of
        // more or fewer lines moves the top edge, and the buttons used to move with it from step to step
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox buttons = new HBox(8, grow, restart, back, next, close);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        buttons.getStyleClass().add("tour-buttons");
        caption.getStyleClass().add("tour-caption");
        getChildren().addAll(head, caption, note, buttons);
        viewModel.tourProperty().addListener((o, was, now) -> title.setText(now == null ? "" : now.title()));
        viewModel.indexProperty().addListener((o, was, now) -> count.setText(viewModel.isActive()
                ? java.text.MessageFormat.format(text.apply("tour.step"), String.valueOf(now.intValue() + 1),
                        String.valueOf(viewModel.tourProperty().get().steps().size())) : ""));
        viewModel.captionProperty().addListener((o, was, now) -> render(now));
        visibleProperty().bind(viewModel.tourProperty().isNotNull());
        managedProperty().bind(visibleProperty());
    }

    private static Button button(String label, Runnable action) {
        Button b = new Button(label);
        b.setOnAction(e -> action.run());
        b.setFocusTraversable(false);
        return b;
    }

    private void render(String markup) {
        caption.getChildren().clear();
        for (Caption.Span span : Caption.parse(markup)) {
            if (span.isLink()) {
                Hyperlink link = new Hyperlink(span.text());
                link.getStyleClass().add("tour-term");
                link.setFocusTraversable(false);
                link.setOnAction(e -> openTerm.accept(span.term()));
                caption.getChildren().add(link);
            } else {
                Text t = new Text(span.text());
                t.getStyleClass().add(span.bold() ? "tour-bold" : "tour-text");
                caption.getChildren().add(t);
            }
        }
        caption.setAccessibleText(Caption.plain(markup));
    }
}
