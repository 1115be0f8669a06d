package dev.sse.app;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;

/** The only path from the command line into JavaFX; the CLI classes never load it. */
final class GuiLauncher {

    /**
     * JavaFX warns "Unsupported JavaFX configuration: classes were loaded from 'unnamed module'" on every start from
     * the class path, which is how this jar runs by design (see Main); the first line a new user reads should be ours.
     */
    private static final Logger JAVAFX_STARTUP = Logger.getLogger("javafx");

    private GuiLauncher() {
    }

    /**
     * Opens the window with the command line's own arguments ({@code args}, as {@link Main} parsed them into its
     * {@link GuiOptions}): {@link ExplorerApplication} parses them again, the same way ({@link ExplorerApplication#options}),
     * instead of this class writing every option back out (issue 21: one list of options, not two).
     */
    static int launch(List<String> args) {
        JAVAFX_STARTUP.setLevel(Level.SEVERE);
        try {
            Application.launch(ExplorerApplication.class, args.toArray(String[]::new));
        } catch (RuntimeException | LinkageError e) {
            String problem = StartupProblem.describe(e, System.getenv("DISPLAY"));
            if (problem != null) {
                System.err.println("explorer: " + problem); // what is missing and how to get it, no stack trace
                return 1;
            }
            // the command line reports one line; the log file (when it is open by now) keeps the cause
            Logger.getLogger(GuiLauncher.class.getName()).log(Level.SEVERE, "the explorer window failed to start", e);
            throw e;
        }
        return 0;
    }
}
