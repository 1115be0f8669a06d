package dev.sse.app;

import java.util.ArrayList;
import java.util.List;
import javafx.application.Application;

/** The only path from the command line into JavaFX; the CLI classes never load it. */
final class GuiLauncher {

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
        if (options.scenario() != null) {
            args.add("--scenario=" + options.scenario());
        }
        if (options.compare() != null) {
            args.add("--compare=" + options.compare());
        }
        if (options.exitAfterSeconds() != null) {
            args.add("--exit-after=" + options.exitAfterSeconds());
        }
        Application.launch(ExplorerApplication.class, args.toArray(String[]::new));
        return 0;
    }
}
