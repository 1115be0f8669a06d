package dev.sse.app.cli;

import dev.sse.model.io.json.FileAccess;
import dev.sse.model.io.json.UserText;
import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import picocli.CommandLine;

/**
 * House rules for every command: {@code -h/--help} and {@code -V/--version} (the explorer's version), options listed
 * in the order written; bad flags give one line on stderr and exit 2; an unexpected error
 * gives one line (never a stack trace) and exit 1. Every error line goes through {@link #error}, which escapes
 * what came from the user ({@link UserText}: a file name with U+202E prints as its escape, not reversed).
 */
public final class CliSupport {

    /** Exit code for bad input: an unreadable or invalid file, or a bad flag. */
    public static final int BAD_INPUT = 2;

    private CliSupport() {
    }

    public static CommandLine configure(CommandLine cl) {
        standardOptions(cl);
        cl.registerConverter(Path.class, CliSupport::path);
        cl.setParameterExceptionHandler((ex, args) -> {
            error(ex.getCommandLine().getErr(), ex.getCommandLine().getCommandName() + ": " + ex.getMessage()
                    + " (see --help)");
            return BAD_INPUT;
        });
        cl.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
            error(cmd.getErr(), cmd.getCommandName() + ": unexpected error: " + ex);
            return 1;
        });
        return cl;
    }

    /**
     * Gives {@code cl} and every subcommand below it the standard help and version options and the options in the order
     * written (issue 21: one place instead of an attribute on each command, which let a subcommand's {@code --version}
     * print nothing).
     */
    private static void standardOptions(CommandLine cl) {
        CommandLine.Model.CommandSpec spec = cl.getCommandSpec();
        spec.mixinStandardHelpOptions(true);
        spec.versionProvider(new VersionProvider());
        spec.usageMessage().sortOptions(false);
        cl.getSubcommands().values().forEach(CliSupport::standardOptions);
    }

    /** Prints one error line, user text escaped, and flushes. */
    public static void error(PrintWriter err, String line) {
        err.println(UserText.escape(line));
        err.flush();
    }

    /** "cannot read FILE: why" ({@link FileAccess#reason}: "no such file", "is a directory", …). */
    public static String cannotRead(Object file, Exception e) {
        return "cannot read " + file + ": " + FileAccess.reason(e);
    }

    /** "cannot write FILE: why" ("permission denied", "is a directory", "no space left on device", …). */
    public static String cannotWrite(Object file, Exception e) {
        return "cannot write " + file + ": " + FileAccess.reason(e);
    }

    /**
     * A path argument: one line when the system cannot represent it (a NUL byte, or characters its file-name
     * encoding lacks), and a name that was not UTF-8 mapped back to its file ({@link FileAccess#resolve}).
     */
    static Path path(String arg) {
        try {
            return FileAccess.resolve(Path.of(arg));
        } catch (InvalidPathException e) {
            throw new CommandLine.TypeConversionException("'" + arg + "' is " + FileAccess.reason(e)
                    + (e.getReason() != null && e.getReason().startsWith("Malformed")
                    ? " (the system's file-name encoding " + System.getProperty("sun.jnu.encoding")
                    + " cannot hold it; use a UTF-8 locale, e.g. LANG=C.UTF-8)" : ""));
        }
    }
}
