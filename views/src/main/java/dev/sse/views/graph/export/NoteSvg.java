package dev.sse.views.graph.export;

import dev.sse.views.graph.render.NoteCallout;
import dev.sse.views.graph.render.NotePlacement;
import java.util.List;
import java.util.Locale;

/**
 * Writes the node notes of the SVG export in screen coordinates, after the camera group, as the view shows
 * them: one {@code <g class="note">} per callout with its leader, its box and its text, line by line.
 */
final class NoteSvg {

    /** Line height as a multiple of the font size (a label's default spacing). */
    private static final double LINE_HEIGHT = 1.25;

    private NoteSvg() {
    }

    static void write(StringBuilder svg, List<NoteCallout> notes) {
        for (NoteCallout c : notes) {
            NotePlacement p = c.place();
            svg.append("<g class=\"note\">\n<title>").append(SvgExporter.escape(c.title())).append("</title>\n");
            svg.append(String.format(Locale.ROOT, "<line x1=\"%s\" y1=\"%s\" x2=\"%s\" y2=\"%s\" stroke=\"%s\" stroke-width=\"1\"/>%n",
                    n(p.x1()), n(p.y1()), n(p.x2()), n(p.y2()), SvgExporter.hex(c.leader())));
            svg.append(String.format(Locale.ROOT, "<rect x=\"%s\" y=\"%s\" width=\"%s\" height=\"%s\" rx=\"4\" fill=\"%s\" stroke=\"%s\"/>%n",
                    n(p.x()), n(p.y()), n(c.width()), n(c.height()), SvgExporter.hex(c.fill()), SvgExporter.hex(c.border())));
            svg.append(String.format(Locale.ROOT, "<text font-family=\"%s\" font-size=\"%s\" fill=\"%s\">",
                    SvgExporter.escape(SvgExporter.fontFamily(c.fontFamily())), n(c.fontSize()), SvgExporter.hex(c.textFill())));
            double baseline = p.y() + c.padding() + c.fontSize();
            for (String line : c.lines()) {
                svg.append(String.format(Locale.ROOT, "<tspan x=\"%s\" y=\"%s\">", n(p.x() + c.padding()), n(baseline)))
                        .append(SvgExporter.escape(line)).append("</tspan>");
                baseline += c.fontSize() * LINE_HEIGHT;
            }
            svg.append("</text>\n</g>\n");
        }
    }

    private static String n(double d) {
        return SvgExporter.n(d);
    }
}
