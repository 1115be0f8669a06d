package dev.sse.samples;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The catalogue of bundled sample networks. Everything is read as a classpath resource (never from
 * the working directory), so it works from the jar, from {@code javafx:run} and from an installed app.
 *
 * <p>The catalogue is {@code dev/sse/samples/index.tsv}: one sample per line,
 * {@code id <TAB> file <TAB> title <TAB> one-line description [<TAB> real]}; lines starting with {@code #} are comments.
 * A fifth field {@code real} marks a snapshot built by an importer from a chain's own recorded data (issue 22).
 */
public final class SampleNetworks {

    /** The network the explorer opens when no file is given. */
    public static final String DEFAULT_ID = "cosmos-hub-ics";

    private static final String BASE = "/dev/sse/samples/";

    private SampleNetworks() {
    }

    /** One bundled sample; {@code real} when it is a chain's recorded data, not an illustration. */
    public record Sample(String id, String file, String title, String description, boolean real) {

        public Sample(String id, String file, String title, String description) {
            this(id, file, title, description, false);
        }

        /** Resource path, e.g. {@code /dev/sse/samples/polkadot.json}. */
        public String resource() {
            return BASE + file;
        }

        /** Opens the sample's JSON; the caller closes the stream. */
        public InputStream open() {
            InputStream in = SampleNetworks.class.getResourceAsStream(resource());
            if (in == null) {
                throw new IllegalStateException("bundled sample missing from the jar: " + resource());
            }
            return in;
        }
    }

    /** Every bundled sample, in catalogue order. */
    public static List<Sample> all() {
        List<Sample> samples = new ArrayList<>();
        for (String[] f : Catalogue.rows(BASE + "index.tsv", "sample catalogue", 5)) {
            if (f.length >= 4) {
                samples.add(new Sample(f[0].strip(), f[1].strip(), f[2].strip(), f[3].strip(),
                        f.length == 5 && f[4].strip().equals("real")));
            }
        }
        return List.copyOf(samples);
    }

    /** The sample with this id. */
    public static Optional<Sample> byId(String id) {
        return all().stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** The default sample ({@link #DEFAULT_ID}). */
    public static Sample defaultSample() {
        return byId(DEFAULT_ID).orElseThrow(() -> new IllegalStateException("default sample missing: " + DEFAULT_ID));
    }
}
