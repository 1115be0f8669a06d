package dev.sse.views.inspector;

import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

/** The inspector beside the graph: the selected node's figures, each with its "why" line. */
public final class InspectorView extends ScrollPane {

    private final VBox rowsBox = new VBox(6);

    public InspectorView(InspectorViewModel viewModel) {
        getStyleClass().add("inspector");
        getStylesheets().add(InspectorView.class.getResource("/dev/sse/views/inspector/inspector.css").toExternalForm());
        Label title = new Label();
        title.getStyleClass().add("inspector-title");
        title.textProperty().bind(viewModel.titleProperty());
        title.setWrapText(true);
        Label subtitle = new Label();
        subtitle.getStyleClass().add("inspector-subtitle");
        subtitle.textProperty().bind(viewModel.subtitleProperty());
        subtitle.setWrapText(true);
        VBox content = new VBox(8, title, subtitle, rowsBox);
        content.getStyleClass().add("inspector-content");
        setContent(content);
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        setPrefWidth(320);
        setMinWidth(220);
        viewModel.rows().addListener((ListChangeListener<InspectorRow>) c -> render(viewModel));
        render(viewModel);
    }

    private java.util.function.Consumer<String> onGlossary = term -> { };
    private java.util.function.Function<String, String> linkText = term -> "?";

    /**
     * Where a figure's glossary link leads: {@code open} receives the glossary key (e.g. {@code blast-radius});
     * {@code text} gives the link's accessible text for a key (the term, in the user's language).
     */
    public void setOnGlossary(java.util.function.Consumer<String> open, java.util.function.Function<String, String> text) {
        this.onGlossary = open;
        this.linkText = text;
    }

    private javafx.scene.control.Hyperlink glossaryLink(InspectorRow row) {
        javafx.scene.control.Hyperlink link = new javafx.scene.control.Hyperlink("?");
        link.getStyleClass().add("inspector-glossary");
        link.setAccessibleText(linkText.apply(row.term()));
        link.setTooltip(new Tooltip(linkText.apply(row.term())));
        link.setOnAction(e -> onGlossary.accept(row.term()));
        return link;
    }

    private void render(InspectorViewModel viewModel) {
        rowsBox.getChildren().clear();
        for (InspectorRow row : viewModel.rows()) {
            Label label = new Label(row.label());
            label.getStyleClass().add("inspector-label");
            Label value = new Label(row.value());
            value.getStyleClass().add("inspector-value");
            // an early answer's interval, "best attack ≥ 2.72 B (bound ≤ 2.79 B)", is wider than the panel: it wraps
            value.setWrapText(true);
            Label why = new Label(row.why());
            why.getStyleClass().add("inspector-why");
            why.setWrapText(true);
            why.setTooltip(row.why().isEmpty() ? null : new Tooltip(row.why()));
            // the label with its glossary link, if it has one (built first: a node moved into the HBox would
            // leave the VBox, and replacing "the first child" afterwards replaced the value)
            javafx.scene.Node heading = row.term() == null ? label : new javafx.scene.layout.HBox(4, label, glossaryLink(row));
            VBox box = new VBox(1, heading, value, why);
            box.getStyleClass().add("inspector-row");
            box.setAccessibleText(dev.sse.views.common.ViewText.get("inspector.accessible.row", row.label(), row.value(), row.why()));
            rowsBox.getChildren().add(box);
        }
    }
}
