package dev.sse.app.tour;

import dev.sse.model.io.json.NetworkFormatException;
import dev.sse.model.io.json.TourCodec;
import dev.sse.model.tour.TourFile;
import dev.sse.samples.SampleTours;
import java.util.ArrayList;
import java.util.List;

/** The bundled tours, parsed. A tour that fails to parse is left out (the tests keep them all valid). */
public final class TourLibrary {

    private TourLibrary() {
    }

    /** Every bundled tour file, in catalogue order. */
    public static List<TourFile> bundled() {
        List<TourFile> tours = new ArrayList<>();
        for (SampleTours.Entry entry : SampleTours.all()) {
            try {
                tours.add(TourCodec.readFile(entry.file(), entry.read()));
            } catch (NetworkFormatException e) {
                System.err.println("skipping bundled tour " + entry.id() + ": " + e.getMessage());
            }
        }
        return List.copyOf(tours);
    }
}
