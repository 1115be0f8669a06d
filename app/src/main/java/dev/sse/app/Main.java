package dev.sse.app;

import dev.sse.app.cli.AnalyzeCommand;
import dev.sse.app.cli.CliSupport;
import dev.sse.app.cli.ExportCommand;
import dev.sse.app.cli.ImportCommand;
import dev.sse.app.cli.ReportCommand;
import dev.sse.app.cli.SimulateCommand;
import dev.sse.app.cli.MonteCarloCommand;
import dev.sse.app.cli.SweepCommand;
import dev.sse.app.cli.ValidateCommand;
import dev.sse.model.simulation.AnalysisAttackFinder;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * Entry point of {@code explorer.jar}. Without a subcommand it opens the explorer window; the
 * subcommands run headless and never start JavaFX. Plain {@code main} (no Application superclass),
 * so it runs from the classpath, from jpackage and from {@code exec:java}.
 */
@Command(name = "explorer", usageHelpAutoWidth = true,
        subcommands = {ValidateCommand.class, AnalyzeCommand.class, ImportCommand.class, ExportCommand.class},
        description = {"Shared Security Explorer: chains, validators, the stake that binds them,",
                "and what breaks when something goes wrong.",
                "",
                "Without a command, opens the explorer window: on FILE, on --sample ID, or else on the",
                "start screen (guided tours and every bundled network)."},
        footer = {"", "Examples:",
                "  java -jar explorer.jar                       open the start screen (tours, samples)",
                "  java -jar explorer.jar --sample kusama       open a bundled sample",
                "  java -jar explorer.jar my-network.json       open a file"})
public final class Main implements Callable<Integer> {

    @Mixin
    private GuiOptions options = new GuiOptions();

    @Spec
    private CommandSpec spec;

    public static void main(String[] args) {
        int code = run(args);
        if (code != 0) {
            System.exit(code);
        }
    }

    /**
     * Runs the command line and returns the exit code (0 ok, 2 bad input or usage, or standard output could not
     * be written: a full disk or a closed pipe would otherwise lose the output and still exit 0).
     */
    public static int run(String... args) {
        PrintStream stdout = System.out;
        PrintWriter out = new PrintWriter(stdout, true);
        CommandLine cl = commandLine();
        // a first word that is neither a command nor a file is a mistyped command, not a network to open
        String unknown = args.length == 0 ? null : dev.sse.app.cli.UnknownCommand.problem(args[0], cl.getSubcommands().keySet());
        if (unknown != null) {
            CliSupport.error(cl.getErr(), "explorer: " + unknown);
            return CliSupport.BAD_INPUT;
        }
        cl.setOut(out);
        int code = cl.execute(args);
        if (out.checkError() || stdout.checkError()) {
            CliSupport.error(cl.getErr(), "explorer: cannot write the output: standard output is full or closed");
            return CliSupport.BAD_INPUT;
        }
        return code;
    }

    /** The configured command line {@link #run} executes; tests point its out and err elsewhere. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.addSubcommand(new SimulateCommand(new AnalysisAttackFinder()));
        cl.addSubcommand(new SweepCommand());
        cl.addSubcommand(new MonteCarloCommand());
        cl.addSubcommand(new ReportCommand());
        return CliSupport.configure(cl);
    }

    @Override
    public Integer call() {
        if (options.theme() != null && !GuiOptions.THEMES.contains(options.theme())) {
            System.err.println("explorer: --theme " + options.theme() + ": expected one of " + String.join(", ", GuiOptions.THEMES));
            return 2;
        }
        if (!opens("--benchmark-render", options.benchmarkRender()) || !opens("--benchmark-drag", options.benchmarkDrag())) {
            return 2;
        }
        String problem = GuiOptions.displayProblem();
        if (problem != null) {
            System.err.println("explorer: " + problem);
            return 1;
        }
        return GuiLauncher.launch(spec.commandLine().getParseResult().originalArgs());
    }

    /**
     * Whether a benchmark's network (a file or a sample id; null: no such benchmark) can be opened; if not,
     * says why in one line, as the commands do, instead of the window waiting on an error dialog.
     */
    private static boolean opens(String option, String network) {
        String problem = network == null ? null : dev.sse.app.cli.NetworkSource.problem(network);
        if (problem != null) {
            System.err.println("explorer: " + option + ": " + problem);
        }
        return problem == null;
    }
}
