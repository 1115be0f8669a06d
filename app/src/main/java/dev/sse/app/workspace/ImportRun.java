package dev.sse.app.workspace;

import dev.sse.app.cli.ImportCommand;
import dev.sse.model.io.json.NetworkCodec;
import dev.sse.model.network.Network;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/**
 * Runs an importer for the window exactly as {@code explorer import …} does (same parsing, checks, error lines and
 * summary) into a temporary file, reads the network back and deletes the file (issue 22 item 3).
 */
public final class ImportRun {

    /**
     * What came in: the network and the importer's summary lines (validators, chains, assumptions), or the one
     * located error line ({@code import cosmos: page1.json:3:14: $.validators[0].tokens: …}).
     */
    public record Result(Network network, List<String> summary, String error) {
        public boolean ok() {
            return error == null;
        }
    }

    private ImportRun() {
    }

    /** @param args what follows {@code explorer import}, e.g. {@link ImportForm#args()} */
    public static Result run(List<String> args) throws IOException {
        Path out = Files.createTempFile("sse-import-", ".json");
        try {
            StringWriter stdout = new StringWriter();
            StringWriter stderr = new StringWriter();
            CommandLine cl = ImportCommand.commandLine();
            cl.setOut(new PrintWriter(stdout, true));
            cl.setErr(new PrintWriter(stderr, true));
            List<String> argv = new ArrayList<>();
            argv.addAll(args);
            argv.addAll(List.of("--out", out.toString()));
            int code = cl.execute(argv.toArray(String[]::new));
            if (code != 0) {
                String line = stderr.toString().lines().filter(l -> !l.isBlank()).findFirst()
                        .orElse("import " + (args.isEmpty() ? "" : args.get(0)) + ": failed (exit code " + code + ")");
                return new Result(null, List.of(), line);
            }
            Network n = NetworkCodec.read(out);
            List<String> summary = stdout.toString().lines().filter(l -> !l.isBlank() && !l.startsWith("wrote ")).toList();
            return new Result(n, summary, null);
        } catch (dev.sse.model.io.json.NetworkFormatException e) {
            return new Result(null, List.of(), e.getMessage()); // cannot happen: the importer reads back what it writes
        } finally {
            Files.deleteIfExists(out);
        }
    }
}
