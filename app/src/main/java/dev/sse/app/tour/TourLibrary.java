package dev.sse.app.tour;

import dev.sse.model.io.json.NetworkFormatException;
import dev.sse.model.io.json.TourCodec;
import dev.sse.model.tour.TourFile;
import dev.sse.samples.SampleTours;
import java.util.ArrayList;
import java.util.List;

/**
 * The bundled tours, parsed, in the user's language when a translation file exists beside the tour
 * ({@code dev/sse/samples/tours/<id>_<language>.properties}). A tour that fails to parse is left out (the
 * tests keep them all valid).
 */
public final class TourLibrary {

    private TourLibrary() {
    }

    /** Every bundled tour file, in catalogue order, in the default locale's language where it has a translation. */
    public static List<TourFile> bundled() {
        return bundled(java.util.Locale.getDefault());
    }

    /** Every bundled tour file, with texts from its translation for {@code locale} when there is one. */
    public static List<TourFile> bundled(java.util.Locale locale) {
        List<TourFile> tours = new ArrayList<>();
        for (SampleTours.Entry entry : SampleTours.all()) {
            try {
                TourFile file = TourCodec.readFile(entry.file(), entry.read());
                java.util.Properties texts = entry.translation(locale);
                tours.add(texts.isEmpty() ? file
                        : new TourFile(file.network(), file.scenario(), file.tour().translated(texts::getProperty)));
            } catch (NetworkFormatException e) {
                System.err.println("skipping bundled tour " + entry.id() + ": " + e.getMessage());
            }
        }
        return List.copyOf(tours);
    }
}
