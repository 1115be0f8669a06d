package dev.sse.app.testing;

import dev.sse.app.GuiOptions;
import picocli.CommandLine;

/** Window options as the command line would give them, e.g. {@code Options.of("--sample", "kusama")}. */
public final class Options {

    private Options() {
    }

    public static GuiOptions of(String... args) {
        GuiOptions options = new GuiOptions();
        new CommandLine(options).parseArgs(args);
        return options;
    }
}
