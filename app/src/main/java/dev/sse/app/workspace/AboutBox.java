package dev.sse.app.workspace;

import dev.sse.app.cli.VersionProvider;
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
        grid.addRow(row++, new Label("Version"), new Label(VersionProvider.version()));
        grid.addRow(row++, new Label("Licence"), new Label("Apache License 2.0 (Apache-2.0)"));
        grid.addRow(row++, new Label("Runtime"), new Label("Java " + System.getProperty("java.version")
                + ", JavaFX " + System.getProperty("javafx.runtime.version", "?")));
        for (Map.Entry<String, String> lib : libraries().entrySet()) {
            grid.addRow(row++, new Label(lib.getKey()), new Label(lib.getValue()));
        }
        grid.addRow(row++, new Label("Log file"), selectable(logFile.toString()));
        grid.addRow(row, new Label("Data folder"), selectable(home.toString()));
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.setTitle("About Shared Security Explorer");
        alert.setHeaderText("Shared Security Explorer " + VersionProvider.version()
                + "\nChains, validators, the stake that binds them, and what breaks when something goes wrong.");
        alert.getDialogPane().setContent(grid);
        alert.show();
        return alert;
    }

    private static TextField selectable(String text) {
        TextField field = new TextField(text);
        field.setEditable(false);
        field.setPrefColumnCount(Math.min(60, Math.max(20, text.length())));
        return field;
    }
}
