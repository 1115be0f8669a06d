package dev.sse.app.cli;

import dev.sse.model.io.json.NetworkFormatException;
import dev.sse.model.network.Network;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * What {@code sweep} and {@code montecarlo} share, as a picocli mixin (issue 21, one copy instead of two): the
 * {@code NETWORK} argument, reading it, the one-line error and exit code 2 for bad input (naming the scenario file
 * once the network was read), and the progress line on a console.
 */
final class NetworkRun {

    @Parameters(index = "0", paramLabel = "NETWORK", description = "network file, or the id of a bundled sample")
    String network;

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    /** Whether the network was read (a read failure after it is the scenario file's). */
    private boolean loaded;

    private final boolean console = System.console() != null;

    /** The command's work: returns its exit code, or throws for bad input. */
    interface Body {
        int run() throws IOException, NetworkFormatException;
    }

    /** Runs {@code body}; bad input (a message, an unreadable network or {@code scenarioFile}) is one line and exit 2. */
    int run(Path scenarioFile, Body body) {
        try {
            return body.run();
        } catch (IllegalArgumentException e) {
            return fail(e.getMessage());
        } catch (NetworkFormatException | IOException e) {
            return fail(NetworkSource.describe(scenarioFile != null && loaded ? scenarioFile : network, e));
        }
    }

    Network load() throws IOException, NetworkFormatException {
        Network net = NetworkSource.load(network);
        loaded = true;
        return net;
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

    /** Prints a command's output and flushes it; exit code 0. */
    int print(String text) {
        PrintWriter out = spec.commandLine().getOut();
        out.print(text);
        out.flush();
        return 0;
    }
}
