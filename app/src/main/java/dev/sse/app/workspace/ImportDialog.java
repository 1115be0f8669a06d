package dev.sse.app.workspace;

import dev.sse.app.files.Document;
import dev.sse.app.i18n.Messages;
import dev.sse.app.shell.DocumentActions;
import java.io.File;
import java.util.List;
import java.util.Optional;
import dev.sse.views.common.FxBridge;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.util.StringConverter;

/**
 * File → Import… (issue 22 item 3): pick an importer, fill its fields (the CLI's options, {@link ImportForm}), and
 * the importer runs off the FX thread behind a progress bar; what came in is summarised (validators, chains,
 * assumptions) and opens as an unsaved document; a failure is its one located line in the open-failure dialog.
 */
final class ImportDialog {

    static final ButtonType IMPORT = new ButtonType(Messages.get("import.run"), ButtonBar.ButtonData.OK_DONE);

    private ImportDialog() {
    }

    /** Asks for the importer and its inputs, then imports; nothing happens on Cancel. */
    static void show(Stage owner, DocumentActions documents) {
        ask(owner).ifPresent(form -> run(owner, documents, form));
    }

    static Optional<ImportForm> ask(Stage owner) {
        Dialog<ImportForm> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Messages.get("import.title"));
        dialog.setHeaderText(Messages.get("import.header"));
        dialog.setResizable(true);
        ChoiceBox<String> kind = new ChoiceBox<>();
        kind.getItems().setAll(ImportForm.KINDS);
        kind.setConverter(new StringConverter<>() {
            @Override public String toString(String k) { return k == null ? "" : kindLabel(k); }
            @Override public String fromString(String s) { return null; }
        });
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        ImportForm[] form = new ImportForm[1];
        kind.valueProperty().addListener((o, was, now) -> {
            form[0] = new ImportForm(now);
            fill(grid, form[0], owner);
            if (dialog.getDialogPane().getScene() != null && dialog.getDialogPane().getScene().getWindow() != null) {
                dialog.getDialogPane().getScene().getWindow().sizeToScene();
            }
        });
        kind.setValue(ImportForm.KINDS.get(0));
        VBox content = new VBox(10, kind, grid);
        content.setPrefWidth(640);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().addAll(IMPORT, ButtonType.CANCEL);
        dialog.setResultConverter(b -> b == IMPORT ? form[0] : null);
        return dialog.showAndWait();
    }

    /** One row per option: its flag (* when required), a field (the CLI's default, its help as tooltip), Browse…. */
    static void fill(GridPane grid, ImportForm form, Stage owner) {
        grid.getChildren().clear();
        int row = 0;
        for (ImportForm.Field f : form.fields()) {
            Label label = new Label(f.flag().substring(2) + (f.required() ? " *" : ""));
            TextField text = new TextField(f.defaultText());
            text.setPromptText(f.label() + (f.repeatable() ? "; …" : ""));
            text.setTooltip(new Tooltip(f.help()));
            text.setId("import" + f.flag().substring(1));
            form.set(f.flag(), f.defaultText());
            text.textProperty().addListener((o, was, now) -> form.set(f.flag(), now));
            GridPane.setHgrow(text, Priority.ALWAYS);
            grid.addRow(row++, label, text);
            if (f.files() && !f.label().contains("=")) {
                Button browse = new Button(Messages.get("import.browse"));
                browse.setOnAction(e -> {
                    FileChooser chooser = new FileChooser();
                    chooser.setTitle(f.flag().substring(2));
                    List<File> chosen = f.repeatable() ? chooser.showOpenMultipleDialog(owner)
                            : Optional.ofNullable(chooser.showOpenDialog(owner)).map(List::of).orElse(null);
                    if (chosen != null) {
                        form.addFiles(f.flag(), chosen.stream().map(File::toPath).toList(), f.repeatable());
                        text.setText(form.get(f.flag()));
                    }
                });
                grid.add(browse, 2, row - 1);
            }
        }
    }

    /** Imports off the FX thread behind a progress bar; the summary, or the error dialog, when it is done. */
    static void run(Stage owner, DocumentActions documents, ImportForm form) {
        ImportRun.Result[] result = new ImportRun.Result[1];
        Stage progress = progress(owner, form.kind());
        var opened = documents.open(Messages.get("import.name", form.kind()), () -> {
            result[0] = ImportRun.run(form.args());
            if (!result[0].ok()) {
                throw new IllegalArgumentException(result[0].error());
            }
            return Document.restored(result[0].network(), null, null,
                    Messages.get("document.imported", form.kind()), null);
        });
        if (!opened.isDone()) {
            progress.show();
        }
        opened.whenComplete((doc, error) -> FxBridge.later(() -> {
            progress.close();
            if (error == null) {
                summary(owner, result[0]);
            }
        }));
    }

    private static Stage progress(Stage owner, String kind) {
        ProgressBar bar = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
        bar.setPrefWidth(320);
        VBox box = new VBox(8, new Label(Messages.get("import.running", kindLabel(kind))), bar);
        box.setStyle("-fx-padding: 16;");
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(Messages.get("import.title"));
        stage.setScene(new javafx.scene.Scene(box));
        stage.getScene().getRoot().getStyleClass().add("import-progress");
        return stage;
    }

    /** The importer's name in the form's choice box. */
    static String kindLabel(String kind) {
        return switch (kind) {
            case "cosmos" -> Messages.get("import.kind.cosmos");
            case "kusama" -> Messages.get("import.kind.kusama");
            case "polkadot" -> Messages.get("import.kind.polkadot");
            case "eigenlayer" -> Messages.get("import.kind.eigenlayer");
            default -> kind;
        };
    }

    /** What came in: the importer's own summary lines. */
    static void summary(Stage owner, ImportRun.Result r) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        if (owner != null && owner.isShowing()) {
            alert.initOwner(owner);
        }
        alert.setTitle(Messages.get("import.title"));
        alert.setHeaderText(Messages.get("import.done", r.network().name()));
        alert.setContentText(String.join("\n", r.summary()));
        alert.show();
    }
}
