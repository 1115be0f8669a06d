package dev.sse.samples;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A bundled catalogue, {@code index.tsv}: one row a line, fields split at tabs, blank lines and lines starting with
 * {@code #} left out. The samples' and the tours' catalogues are read through here (issue 21: one reader, not two).
 */
final class Catalogue {

    private Catalogue() {
    }

    /**
     * The rows of the catalogue {@code resource} (e.g. {@code /dev/sse/samples/index.tsv}), each split at tabs as
     * {@link String#split(String, int)} with {@code limit} splits it; {@code what} names it when it is missing.
     */
    static List<String[]> rows(String resource, String what, int limit) {
        InputStream in = Catalogue.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException(what + " missing: " + resource);
        }
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t", limit));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
