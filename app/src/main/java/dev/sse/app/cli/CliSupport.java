package dev.sse.app.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * House rules for every command: bad flags give one line on stderr and exit 2; an unexpected error
 * gives one line (never a stack trace) and exit 1.
 */
public final class CliSupport {

    /** Exit code for bad input: an unreadable or invalid file, or a bad flag. */
    public static final int BAD_INPUT = 2;

    private CliSupport() {
    }

    public static CommandLine configure(CommandLine cl) {
        cl.setParameterExceptionHandler((ex, args) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println(ex.getCommandLine().getCommandName() + ": " + ex.getMessage()
                    + " (see --help)");
            return BAD_INPUT;
        });
        cl.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
            cmd.getErr().println(cmd.getCommandName() + ": unexpected error: " + ex);
            return 1;
        });
        return cl;
    }
}
