package dev.sse.app.cli;

import dev.sse.model.io.json.NetworkCodec;
import dev.sse.model.io.json.NetworkFormatException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code validate FILE…}: prints {@code ok} for a valid network file, or every problem as
 * {@code file:line:column: $.path: message}; exits 0 when all files are valid, 2 otherwise.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check network files (format v1). Prints 'ok' or every problem with file:line:column and JSON path.",
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
            String prefix = files.size() > 1 ? file + ": " : "";
            try {
                NetworkCodec.read(file);
                out.println(prefix + "ok");
            } catch (NetworkFormatException e) {
                err.println(e.getMessage());
                code = CliSupport.BAD_INPUT;
            } catch (NoSuchFileException e) {
                err.println(file + ": no such file");
                code = CliSupport.BAD_INPUT;
            } catch (IOException e) {
                err.println(file + ": cannot read: " + e.getMessage());
                code = CliSupport.BAD_INPUT;
            }
        }
        out.flush();
        err.flush();
        return code;
    }
}
