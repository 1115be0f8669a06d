package dev.sse.app.cli;

import dev.sse.model.io.importer.Imported;
import dev.sse.model.io.importer.LiveFetch;
import dev.sse.model.io.json.NetworkFormatException;
import dev.sse.model.network.Network;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * What the {@code import} subcommands share for {@code --from URL} (issue 22 item 4), as a picocli mixin (issue 21,
 * one copy instead of three): the {@code --timeout} per response, its check, and the fetch itself: the responses go
 * to a fresh temporary folder, deleted with its files after the import, and the endpoint goes into the provenance
 * ({@code "from"}) and the summary. Each subcommand keeps its own {@code --from}, whose help says what it fetches.
 */
final class LiveSource {

    @Option(names = "--timeout", defaultValue = "30", paramLabel = "SECONDS",
            description = "with --from: seconds to wait for each response (default: ${DEFAULT-VALUE})")
    int timeout;

    /** What an importer does with the live endpoint: fetch its responses, then import them. */
    interface Fetched {
        Imported run(LiveFetch fetch) throws IOException, NetworkFormatException;
    }

    /** "--timeout N: expected …" when {@code --timeout} is not a whole number of seconds >= 1, else null. */
    String problem() {
        return timeout < 1 ? "--timeout " + timeout + ": expected a whole number of seconds >= 1" : null;
    }

    /** Runs {@code importer} on what it fetches from {@code url} and writes the network ({@link ImportTarget#run}). */
    int run(ImportTarget target, String url, Fetched importer) {
        return target.run(() -> {
            Path dir = Files.createTempDirectory("sse-fetch-");
            try {
                LiveFetch fetch = new LiveFetch(dir, Duration.ofSeconds(timeout));
                return fetchedFrom(importer.run(fetch), url, fetch.fetched());
            } finally {
                delete(dir);
            }
        });
    }

    /** {@code imported} with the live endpoint it was fetched from in its provenance ({@code "from"}). */
    private static Imported fetchedFrom(Imported imported, String url, List<String> urls) {
        Network n = imported.network();
        List<String> summary = new ArrayList<>(imported.summary());
        summary.add(0, "fetched " + urls.size() + " response(s) from " + url);
        return new Imported(n.toBuilder().provenance(n.provenance().with("from", url)).build(), summary);
    }

    private static void delete(Path dir) {
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.deleteIfExists(f);
            }
            Files.deleteIfExists(dir);
        } catch (IOException ignored) {
            // a temporary folder left behind is harmless
        }
    }
}
