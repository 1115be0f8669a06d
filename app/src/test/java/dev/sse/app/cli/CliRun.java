package dev.sse.app.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.function.Supplier;
import picocli.CommandLine;

/**
 * The set-up every command-line test shares (issue 21): runs a fresh command configured as {@code main} configures it
 * ({@link CliSupport#configure}: one-line errors, exit code 2) and keeps what the runs printed on standard output and
 * standard error, one run after the other, until {@link #clear}.
 */
public final class CliRun {

    private final Supplier<?> commands;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    /** Runs a new command from {@code commands} each time, e.g. {@code new CliRun(ReportCommand::new)}. */
    public CliRun(Supplier<?> commands) {
        this.commands = commands;
    }

    /** Runs a new command with {@code args}; returns its exit code. */
    public int run(String... args) {
        return run(CliSupport.configure(new CommandLine(commands.get())), args);
    }

    /** Runs {@code cl} (its out and err pointed here) with {@code args}; returns its exit code. */
    public int run(CommandLine cl, String... args) {
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    /** What the runs since the last {@link #clear} printed on standard output. */
    public String out() {
        return out.toString();
    }

    /** What the runs since the last {@link #clear} printed on standard error. */
    public String err() {
        return err.toString();
    }

    /** Forgets what was printed so far. */
    public void clear() {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
    }
}
