package dev.sse.app.workspace;

import dev.sse.app.cli.VersionProvider;
import dev.sse.app.i18n.Messages;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;

/** Help → About: version, licence, the libraries it is built on (versions from the build), and the log file. */
final class AboutBox {

    private AboutBox() {
    }

    /** Library name → version, as the build used them. */
    static Map<String, String> libraries() {
        Map<String, String> libs = new LinkedHashMap<>();
        libs.put("JavaFX", VersionProvider.library("javafx"));
        libs.put("AtlantaFX", VersionProvider.library("atlantafx"));
        libs.put("JGraphT", VersionProvider.library("jgrapht"));
        libs.put("Jackson", VersionProvider.library("jackson"));
        libs.put("picocli", VersionProvider.library("picocli"));
        libs.put("OR-Tools", VersionProvider.library("ortools"));
        libs.put("ojAlgo", VersionProvider.library("ojalgo"));
        return libs;
    }

    static Alert show(Stage owner, Path logFile, Path home) {
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(4);
        int row = 0;
        grid.addRow(row++, label(Messages.get("about.version")), label(VersionProvider.version()));
        grid.addRow(row++, label(Messages.get("about.licence")), label(Messages.get("about.licence.value")));
        grid.addRow(row++, label(Messages.get("about.runtime")), label(Messages.get("about.runtime.value",
                System.getProperty("java.version"), System.getProperty("javafx.runtime.version", "?"))));
        for (Map.Entry<String, String> lib : libraries().entrySet()) {
            grid.addRow(row++, label(lib.getKey()), label(lib.getValue()));
        }
        grid.addRow(row++, label(Messages.get("about.logFile")), selectable(logFile.toString()));
        grid.addRow(row, label(Messages.get("about.dataFolder")), selectable(home.toString()));
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.setTitle(Messages.get("about.title"));
        alert.setHeaderText(Messages.get("about.header", VersionProvider.version()));
        alert.getDialogPane().setContent(grid);
        alert.show();
        return alert;
    }

    /** A label that keeps its whole text: the grid gives up the text fields' width before a label's. */
    private static Label label(String text) {
        Label label = new Label(text);
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }

    private static TextField selectable(String text) {
        TextField field = new TextField(text);
        field.setEditable(false);
        field.setPrefColumnCount(Math.min(60, Math.max(20, text.length())));
        return field;
    }
}
