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

    @Option(names = "--benchmark-render", paramLabel = "FILE",
            description = "render benchmark: play a cascade after a 10%% random shock on FILE (or a sample id), switch layouts, "
                    + "spin the zoom, and print frames per second, frame gaps and how long the FX thread kept input waiting")
    String benchmarkRender;

    @Option(names = "--benchmark-drag", paramLabel = "FILE",
            description = "drag benchmark: drag the largest validator's stake on FILE (or a sample id) and print how long "
                    + "each move takes to show its analysis")
    String benchmarkDrag;

    public String benchmarkDrag() {
        return benchmarkDrag;
    }

    @Option(names = "--benchmark-seconds", paramLabel = "SECONDS", defaultValue = "10",
            description = "how long the render benchmark measures (default ${DEFAULT-VALUE})")
    double benchmarkSeconds = 10;

    @Option(names = "--benchmark-speed", paramLabel = "X", defaultValue = "4",
            description = "playback speed of the render benchmark, 0.5 to 4 steps per second (default ${DEFAULT-VALUE})")
    double benchmarkSpeed = 4;

    public double benchmarkSpeed() {
        return benchmarkSpeed;
    }

    @Option(names = "--theme", paramLabel = "THEME",
            description = "light, dark or high-contrast; remembered like a choice from View > Theme")
    String theme;

    /** The theme names --theme accepts (the enum {@code dev.sse.app.prefs.Theme}, lower case with hyphens). */
    public static final java.util.List<String> THEMES = java.util.List.of("light", "dark", "high-contrast");

    public String theme() {
        return theme;
    }

    @Option(names = "--exit-after", hidden = true, paramLabel = "SECONDS",
            description = "close the window after this many seconds (smoke tests, screenshots)")
    Integer exitAfterSeconds;

    @Option(names = "--start-screen", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "without FILE or --sample, start on the tours and networks screen (default: ${DEFAULT-VALUE})")
    boolean startScreen; // false when built in code (UI tests): they get the graph window directly

    public boolean startScreen() {
        return startScreen;
    }

    @Option(names = "--test-edit", hidden = true, paramLabel = "VALIDATOR:FACTOR",
            description = "once the network is open, scale a validator's stake as one edit (crash-recovery tests)")
    String testEdit;

    public Path file() {
        return file;
    }

    public String sample() {
        return sample;
    }

    public String benchmarkRender() {
        return benchmarkRender;
    }

    public double benchmarkSeconds() {
        return benchmarkSeconds;
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

    public String testEdit() {
        return testEdit;
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
