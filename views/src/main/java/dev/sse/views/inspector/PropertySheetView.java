package dev.sse.views.inspector;

import dev.sse.views.common.ViewText;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The property sheet under the inspector (issue 23): one text field per format-v1 field, the reader's message under a
 * field while its text would not read; Enter or leaving the field applies it, Escape puts the value in force back. With several elements selected, their
 * summary and a stake scaling above the shared fields.
 */
public final class PropertySheetView extends ScrollPane {

    private final PropertySheetViewModel viewModel;
    private final GridPane grid = new GridPane();
    private final VBox summary = new VBox(2);

    public PropertySheetView(PropertySheetViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().addAll("inspector", "property-sheet");
        getStylesheets().add(PropertySheetView.class.getResource("/dev/sse/views/inspector/inspector.css").toExternalForm());
        Label title = new Label();
        title.getStyleClass().add("inspector-title");
        title.textProperty().bind(viewModel.titleProperty());
        Label hint = new Label(ViewText.get("sheet.hint"));
        hint.getStyleClass().add("inspector-why");
        hint.setWrapText(true);
        grid.setHgap(6);
        grid.setVgap(2);
        VBox content = new VBox(6, title, summary, bulk(), grid, hint);
        content.getStyleClass().add("inspector-content");
        setContent(content);
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        setMinWidth(220);
        viewModel.rows().addListener((ListChangeListener<PropertyRow>) c -> renderRows());
        viewModel.summary().addListener((ListChangeListener<String>) c -> renderSummary());
        renderRows();
        renderSummary();
    }

    private HBox bulk() {
        TextField factor = new TextField("1.1");
        factor.setPrefColumnCount(5);
        factor.setId("sheet-scale-factor");
        Button apply = new Button(ViewText.get("sheet.scale.apply"));
        apply.setOnAction(e -> viewModel.scaleStake(factor.getText()));
        factor.setOnAction(e -> viewModel.scaleStake(factor.getText()));
        Label message = new Label();
        message.getStyleClass().add("sheet-message");
        message.textProperty().bind(viewModel.bulkMessageProperty());
        HBox box = new HBox(6, new Label(ViewText.get("sheet.scale")), factor, apply, message);
        box.visibleProperty().bind(viewModel.multiProperty());
        box.managedProperty().bind(viewModel.multiProperty());
        return box;
    }

    private void renderSummary() {
        summary.getChildren().setAll(viewModel.summary().stream().map(line -> {
            Label l = new Label(line);
            l.getStyleClass().add("inspector-value");
            return l;
        }).toList());
    }

    private void renderRows() {
        grid.getChildren().clear();
        int line = 0;
        for (PropertyRow row : viewModel.rows()) {
            Label label = new Label(row.field());
            label.getStyleClass().add("inspector-label");
            TextField field = new TextField();
            field.textProperty().bindBidirectional(row.textProperty());
            field.setEditable(row.editable());
            field.setPromptText(viewModel.multiProperty().get() ? ViewText.get("sheet.several") : "");
            field.setAccessibleText(row.field());
            // the check reads the whole network back (FieldEdit: the reader's own messages), about 0.2 s on kusama:
            // it runs once typing pauses, off the FX thread (the view model's bridge); Enter and leaving the field
            // check and apply at once
            javafx.animation.PauseTransition pause = new javafx.animation.PauseTransition(javafx.util.Duration.millis(250));
            pause.setOnFinished(e -> viewModel.type(row, field.getText()));
            field.textProperty().addListener((o, was, now) -> pause.playFromStart());
            field.setOnAction(e -> {
                pause.stop();
                viewModel.commit(row);
            });
            field.setOnKeyPressed(e -> {
                if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
                    viewModel.revert(row);
                    e.consume();
                }
            });
            field.focusedProperty().addListener((o, was, now) -> {
                if (!now) {
                    viewModel.commit(row);
                }
            });
            GridPane.setHgrow(field, Priority.ALWAYS);
            Label message = new Label();
            message.getStyleClass().add("sheet-message");
            message.setWrapText(true);
            message.textProperty().bind(row.messageProperty());
            message.visibleProperty().bind(row.messageProperty().isNotEmpty());
            message.managedProperty().bind(message.visibleProperty());
            // the name above its field: the panel is narrow and names such as slashing.approvedInvalidFraction long
            grid.add(label, 0, line++);
            grid.add(field, 0, line++);
            grid.add(message, 0, line++);
        }
    }
}
