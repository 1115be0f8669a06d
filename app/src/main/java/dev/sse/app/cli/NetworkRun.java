package dev.sse.app.cli;

import dev.sse.model.io.files.AtomicFiles;
import dev.sse.model.io.json.NetworkFormatException;
import dev.sse.model.io.json.UserText;
import dev.sse.model.network.Network;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * What {@code sweep}, {@code montecarlo}, {@code report} and {@code export} share, as a picocli mixin (issue 21, one
 * copy instead of four): the {@code NETWORK} argument, reading it and other networks, the one-line error and exit
 * code 2 for bad input (naming the file being read: the network, another network, the scenario file), writing the
 * output file, and the progress line on a console.
 */
final class NetworkRun {

    @Parameters(index = "0", paramLabel = "NETWORK",
            description = "network file (.json, .graphml, .gexf), or the id of a bundled sample")
    String network;

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    /** The file or sample being read (null: NETWORK), named when it cannot be. */
    private Object reading;

    private final boolean console = System.console() != null;

    /** The command's work: returns its exit code, or throws for bad input. */
    interface Body {
        int run() throws IOException, NetworkFormatException;
    }

    /**
     * Runs {@code body}; bad input (an {@link IllegalArgumentException}'s message, or a file that cannot be read: the
     * one being {@link #reading}) is one line and exit 2.
     */
    int run(Body body) {
        try {
            return body.run();
        } catch (IllegalArgumentException e) {
            return fail(e.getMessage());
        } catch (NetworkFormatException | IOException e) {
            return fail(NetworkSource.describe(reading == null ? network : reading, e));
        }
    }

    /** Reads NETWORK. */
    Network load() throws IOException, NetworkFormatException {
        return load(network);
    }

    /** Reads another network argument (a file or a sample id), named when it cannot be. */
    Network load(String arg) throws IOException, NetworkFormatException {
        reading = arg;
        return NetworkSource.load(arg);
    }

    /** What is read from now on (a scenario file, a network that stores a scenario), named when it cannot be. */
    void reading(Object file) {
        reading = file;
    }

    /** "COMMAND: message" on stderr; exit code 2. */
    int fail(String message) {
        CliSupport.error(spec.commandLine().getErr(), spec.name() + ": " + message);
        return CliSupport.BAD_INPUT;
    }

    /** "\rCOMMAND: done/total" on stderr when a console shows it, at every {@code step}th and at the last. */
    void progress(long done, long total, long step) {
        if (console && (done % step == 0 || done == total)) {
            PrintWriter err = spec.commandLine().getErr();
            synchronized (err) {
                err.print("\r" + spec.name() + ": " + done + "/" + total);
                err.flush();
            }
        }
    }

    /** Ends the progress line. */
    void progressDone() {
        if (console) {
            spec.commandLine().getErr().println();
        }
    }

    /**
     * Writes {@code text} to {@code out} ({@link AtomicFiles}) and prints "wrote OUT (summary)"; exit code 0, or a
     * file it cannot write is one line and exit 2.
     */
    int write(Path out, String text, String summary) {
        try {
            AtomicFiles.write(out, text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            return fail(CliSupport.cannotWrite(out, e));
        }
        return print(UserText.escape("wrote " + out + " (" + summary + ")") + System.lineSeparator());
    }

    /** Prints a command's output and flushes it; exit code 0. */
    int print(String text) {
        PrintWriter out = spec.commandLine().getOut();
        out.print(text);
        out.flush();
        return 0;
    }
}
