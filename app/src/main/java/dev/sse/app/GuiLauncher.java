package dev.sse.app;

import java.util.ArrayList;
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

    static int launch(GuiOptions options) {
        List<String> args = new ArrayList<>();
        if (options.file() != null) {
            args.add(options.file().toString());
        }
        if (options.sample() != null) {
            args.add("--sample=" + options.sample());
        }
        if (options.benchmarkRender() != null) {
            args.add("--benchmark-render=" + options.benchmarkRender());
            args.add("--benchmark-seconds=" + options.benchmarkSeconds());
            args.add("--benchmark-speed=" + options.benchmarkSpeed());
        }
        if (options.benchmarkDrag() != null) {
            args.add("--benchmark-drag=" + options.benchmarkDrag());
        }
        if (options.scenario() != null) {
            args.add("--scenario=" + options.scenario());
        }
        if (options.theme() != null) {
            args.add("--theme=" + options.theme());
        }
        if (!options.startScreen()) {
            args.add("--no-start-screen");
        }
        if (options.compare() != null) {
            args.add("--compare=" + options.compare());
        }
        if (options.exitAfterSeconds() != null) {
            args.add("--exit-after=" + options.exitAfterSeconds());
        }
        if (options.testEdit() != null) {
            args.add("--test-edit=" + options.testEdit());
        }
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
