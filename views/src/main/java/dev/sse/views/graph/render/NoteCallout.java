package dev.sse.views.graph.render;

import java.util.List;
import javafx.scene.paint.Color;

/**
 * One note callout as shown, in screen pixels, for the SVG export: its box, its leader, its text broken into
 * the lines the view shows, and its computed colours and font.
 *
 * @param title    the callout's accessible text ("note on Neutron: …")
 * @param padding  the inner space between the box and the text (left, top)
 */
public record NoteCallout(String title, List<String> lines, NotePlacement place, double width, double height,
                          double padding, Color fill, Color border, Color leader, Color textFill, String fontFamily,
                          double fontSize) {

    public NoteCallout {
        lines = List.copyOf(lines);
    }
}
