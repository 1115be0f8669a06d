package dev.sse.app.cli;

import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * What every {@code import} subcommand shares (a picocli mixin): the snapshot's {@code --date}, the {@code --out}
 * file, one-line errors that name the subcommand and escape what the user typed, and the run that writes the file.
 */
final class ImportTarget {

    @Option(names = "--date", paramLabel = "DATE", description = "the snapshot's date, recorded in the provenance")
    String date;

    @Option(names = "--out", required = true, paramLabel = "OUT.json", description = "network file to write")
    Path out;

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    /** "import NAME: message" on stderr; exit code 2. */
    int bad(String message) {
        CliSupport.error(spec.commandLine().getErr(), "import " + spec.name() + ": " + message);
        return CliSupport.BAD_INPUT;
    }

    /** Runs {@code importer} and writes what it imported to {@code --out} ({@link ImportCommand#run}). */
    int run(ImportCommand.Importer importer) {
        return ImportCommand.run(spec, importer, out);
    }
}
