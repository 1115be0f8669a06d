package dev.sse.views.common;

import javafx.beans.binding.BooleanExpression;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Button;

/**
 * The Run, Cancel and Export CSV buttons of a long computation's tab (the Sweep and Monte Carlo tabs): Run while idle,
 * Cancel while running, Export once a result is in (issue 21: one copy instead of one per tab).
 */
public final class RunButtons {

    private RunButtons() {
    }

    /** "Run", enabled while not {@code running}. */
    public static Button run(String id, Runnable action, ObservableBooleanValue running) {
        Button run = new Button(ViewText.get("sweep.run"));
        run.setId(id);
        run.setOnAction(e -> action.run());
        run.disableProperty().bind(running);
        return run;
    }

    /** "Cancel", enabled while {@code running}. */
    public static Button cancel(Runnable action, BooleanExpression running) {
        Button cancel = new Button(ViewText.get("sweep.cancel"));
        cancel.setOnAction(e -> action.run());
        cancel.disableProperty().bind(running.not());
        return cancel;
    }

    /** "Export CSV", enabled once there is a result ({@code noResult} false). */
    public static Button export(Runnable action, ObservableBooleanValue noResult) {
        Button export = new Button(ViewText.get("sweep.export"));
        export.disableProperty().bind(noResult);
        export.setOnAction(e -> action.run());
        return export;
    }
}
