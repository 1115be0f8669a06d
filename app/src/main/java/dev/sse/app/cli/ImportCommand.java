package dev.sse.app.cli;

import dev.sse.model.io.files.AtomicFiles;
import dev.sse.model.io.importer.Imported;
import dev.sse.model.io.json.NetworkCodec;
import dev.sse.model.io.json.NetworkFormatException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code import cosmos | kusama | polkadot | eigenlayer …}: builds a network file from a chain's own recorded responses
 * (issue 22). Each subcommand prints what came in and writes the file with its provenance and assumptions; a
 * response it does not understand gives one located line ({@code file:line:column: $.path: …}) and exit code 2.
 */
@Command(name = "import",
        subcommands = {ImportCosmosCommand.class, ImportRelayCommand.Kusama.class, ImportRelayCommand.Polkadot.class,
                ImportEigenCommand.class},
        description = {"Build a network file from a chain's own data (recorded API responses or exports).",
                "Writes provenance (chain, height or date, endpoints, importer) and every assumption into the file."})
public final class ImportCommand implements Callable<Integer> {

    /** {@code explorer import} alone, configured as every command is (File ▸ Import… runs it in the window). */
    public static CommandLine commandLine() {
        return CliSupport.configure(new CommandLine(new ImportCommand()));
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return CliSupport.BAD_INPUT;
    }

    /** Runs one importer, writes its network to {@code out} and prints the summary; one line on failure. */
    interface Importer {
        Imported run() throws IOException, NetworkFormatException;
    }

    static int run(CommandLine.Model.CommandSpec spec, Importer importer, Path out) {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String name = "import " + spec.name();
        Imported imported;
        String text;
        try {
            imported = importer.run();
            text = NetworkCodec.write(imported.network());
            NetworkCodec.readString(String.valueOf(out.getFileName()), text); // what we write must read back
        } catch (dev.sse.model.io.importer.LiveFetch.Failed e) { // --from URL: the request that failed
            CliSupport.error(err, name + ": " + e.getMessage());
            return CliSupport.BAD_INPUT;
        } catch (IOException | NetworkFormatException e) {
            CliSupport.error(err, name + ": " + NetworkSource.describe("the input", e));
            return CliSupport.BAD_INPUT;
        }
        try {
            AtomicFiles.write(out, text.getBytes(StandardCharsets.UTF_8)); // the text just read back, not a second writing
        } catch (IOException e) {
            CliSupport.error(err, name + ": " + CliSupport.cannotWrite(out, e));
            return CliSupport.BAD_INPUT;
        }
        imported.summary().forEach(stdout::println);
        stdout.println("wrote " + out);
        stdout.flush();
        return 0;
    }
}
