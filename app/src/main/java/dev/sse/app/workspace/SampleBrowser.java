package dev.sse.app.workspace;

import dev.sse.app.i18n.Messages;
import dev.sse.app.shell.DocumentActions;
import dev.sse.samples.SampleNetworks;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/** File → Browse samples…: the bundled samples with their one-line descriptions; double-click or Enter opens. */
final class SampleBrowser {

    static final String LIST_ID = "sample-list";
    static final ButtonType OPEN = new ButtonType(Messages.get("samples.open"), ButtonBar.ButtonData.OK_DONE);

    private SampleBrowser() {
    }

    static Dialog<SampleNetworks.Sample> show(Stage owner, DocumentActions documents) {
        ListView<SampleNetworks.Sample> list = new ListView<>();
        list.setId(LIST_ID);
        list.getItems().setAll(SampleNetworks.all());
        list.setCellFactory(v -> new SampleCell());
        list.setPrefSize(560, 360);
        list.getSelectionModel().selectFirst();

        Dialog<SampleNetworks.Sample> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(Messages.get("samples.title"));
        dialog.setHeaderText(Messages.get("samples.header"));
        dialog.getDialogPane().getButtonTypes().addAll(OPEN, ButtonType.CANCEL);
        dialog.getDialogPane().setContent(list);
        dialog.setResultConverter(b -> b == OPEN ? list.getSelectionModel().getSelectedItem() : null);
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null) {
                accept(dialog, list);
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && list.getSelectionModel().getSelectedItem() != null) {
                accept(dialog, list);
                e.consume();
            }
        });
        dialog.resultProperty().addListener((o, was, sample) -> {
            if (sample != null) { // opening asks about unsaved work
                documents.openSample(sample.id());
            }
        });
        dialog.show();
        list.requestFocus();
        return dialog;
    }

    private static void accept(Dialog<SampleNetworks.Sample> dialog, ListView<SampleNetworks.Sample> list) {
        dialog.setResult(list.getSelectionModel().getSelectedItem());
        dialog.close();
    }

    private static final class SampleCell extends ListCell<SampleNetworks.Sample> {
        @Override
        protected void updateItem(SampleNetworks.Sample sample, boolean empty) {
            super.updateItem(sample, empty);
            if (empty || sample == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label title = new Label(SampleTitles.title(sample));
            title.setStyle("-fx-font-weight: bold;");
            Label description = new Label(sample.description());
            description.setWrapText(true);
            description.setMaxWidth(520);
            setGraphic(new VBox(2, title, description));
            setAccessibleText(Messages.get("samples.accessible", SampleTitles.title(sample), sample.description()));
        }
    }
}
