package dev.sse.app.cli;

import dev.sse.model.io.json.NetworkCodec;
import dev.sse.model.io.json.NetworkFormatException;
import dev.sse.model.io.json.Problem;
import dev.sse.model.io.json.ScenarioCodec;
import dev.sse.model.io.json.UserText;
import dev.sse.model.network.Network;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code validate FILE…}: prints {@code ok} for a valid network file, or every problem as
 * {@code file:line:column: $.path: message}; exits 0 when all files are valid, 2 otherwise. A valid file's warnings
 * (a {@code slashing} key no engine reads, {@link NetworkCodec#warnings}) are printed before its {@code ok}. The stored scenarios
 * and their tours are checked too, against the network, as {@code simulate --scenario-name} checks them, so a file
 * called ok runs every scenario it stores.
 */
@Command(name = "validate",
        description = {"Check network files (format v1), their stored scenarios and tours.",
                "Prints 'ok' or every problem with file:line:column and JSON path.",
                "Exit code 0 when every file is valid, 2 otherwise."})
public final class ValidateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "network files to check")
    private List<Path> files;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int code = 0;
        for (Path file : files) {
            List<String> problems = problems(file);
            if (problems.isEmpty()) {
                NetworkCodec.warnings(file).forEach(w -> out.println(UserText.escape(w.toString())));
                out.println(UserText.escape(files.size() > 1 ? file + ": ok" : "ok"));
            } else {
                problems.forEach(p -> CliSupport.error(err, p));
                code = CliSupport.BAD_INPUT;
            }
        }
        out.flush();
        err.flush();
        return code;
    }

    /** Every problem of the network and of its stored scenarios and tours, or why the file cannot be read. */
    private static List<String> problems(Path file) {
        try {
            if (dev.sse.app.files.NetworkLoader.isGraphFile(file)) { // GraphML/GEXF (issue 23): the network it maps to
                dev.sse.app.files.NetworkLoader.load(file);
                return List.of();
            }
            Network network = NetworkCodec.read(file);
            return ScenarioCodec.storedProblems(file, network).stream().map(Problem::toString).toList();
        } catch (NetworkFormatException e) {
            return e.problems().stream().map(Problem::toString).toList();
        } catch (IOException e) {
            return List.of(CliSupport.cannotRead(file, e));
        }
    }
}
