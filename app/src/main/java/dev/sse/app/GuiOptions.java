package dev.sse.app;

import java.nio.file.Path;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Options of the window: which network to open first. Shared by {@link Main} and {@link ExplorerApplication}. */
public final class GuiOptions {

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "network file to open (format v1 JSON)")
    Path file;

    @Option(names = "--sample", paramLabel = "ID", description = "open a bundled sample network, e.g. kusama")
    String sample;

    @Option(names = "--scenario", paramLabel = "NAME",
            description = "load a scenario stored in the network file (its faults are ready to play)")
    String scenario;

    @Option(names = "--compare", paramLabel = "OTHER",
            description = "also open the Compare window: this network against OTHER, a bundled sample id or a variant "
                    + "(isolate, pool, unique); --scenario names the scenario both sides run")
    String compare;

    @Option(names = "--exit-after", hidden = true, paramLabel = "SECONDS",
            description = "close the window after this many seconds (smoke tests, screenshots)")
    Integer exitAfterSeconds;

    public Path file() {
        return file;
    }

    public String sample() {
        return sample;
    }

    public String scenario() {
        return scenario;
    }

    public String compare() {
        return compare;
    }

    public Integer exitAfterSeconds() {
        return exitAfterSeconds;
    }

    /** Why no window can open here (no display on Linux), or null when one can. */
    static String displayProblem() {
        boolean linux = System.getProperty("os.name", "").toLowerCase().contains("linux");
        boolean display = System.getenv("DISPLAY") != null || System.getenv("WAYLAND_DISPLAY") != null;
        boolean customGlass = System.getProperty("glass.platform") != null;
        if (linux && !display && !customGlass) {
            return "no display to open the window on (DISPLAY is not set). "
                    + "The commands validate, analyze and simulate run without one; see --help.";
        }
        return null;
    }
}
