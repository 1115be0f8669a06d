package dev.sse.samples;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The bundled guided tours: scenario files with a {@code "tour"} and the sample {@code "network"} they run on,
 * under {@code dev/sse/samples/tours/}, listed in {@code tours/index.tsv} ({@code id <TAB> file}). Written by
 * {@code sample-networks/generators/tours.py}; the format is in docs/scenario-format.md ("Guided tours").
 */
public final class SampleTours {

    private static final String BASE = "/dev/sse/samples/tours/";

    private SampleTours() {
    }

    /** One bundled tour file. */
    public record Entry(String id, String file) {

        /**
         * The translation of this tour's texts for {@code locale}: the properties file
         * {@code tours/<id>_<language>_<COUNTRY>.properties}, else {@code tours/<id>_<language>.properties}
         * (UTF-8; keys {@code title}, {@code summary}, {@code step.N.caption}); empty when there is none, and
         * the tour keeps the English of its JSON. A translation is one file; no code changes.
         */
        public java.util.Properties translation(java.util.Locale locale) {
            java.util.Properties texts = new java.util.Properties();
            List<String> names = new ArrayList<>();
            if (!locale.getLanguage().isEmpty()) {
                if (!locale.getCountry().isEmpty()) {
                    names.add(id + "_" + locale.getLanguage() + "_" + locale.getCountry() + ".properties");
                }
                names.add(id + "_" + locale.getLanguage() + ".properties");
            }
            for (String name : names) {
                try (InputStream in = SampleTours.class.getResourceAsStream(BASE + name)) {
                    if (in != null) {
                        texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                        return texts;
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return texts;
        }

        /** The file's JSON text. */
        public String read() {
            try (InputStream in = SampleTours.class.getResourceAsStream(BASE + file)) {
                if (in == null) {
                    throw new IllegalStateException("bundled tour missing from the jar: " + BASE + file);
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Every bundled tour, in catalogue order. */
    public static List<Entry> all() {
        List<Entry> entries = new ArrayList<>();
        for (String[] f : Catalogue.rows(BASE + "index.tsv", "tour catalogue", 0)) {
            if (f.length == 2) {
                entries.add(new Entry(f[0].strip(), f[1].strip()));
            }
        }
        return List.copyOf(entries);
    }
}
