package dev.sse.views.graph.export;

import dev.sse.model.format.Decimals;
import dev.sse.model.network.graph.Link;
import dev.sse.views.graph.EdgeItem;
import dev.sse.views.graph.GraphFrame;
import dev.sse.views.graph.NodeItem;
import dev.sse.views.graph.layout.Position;
import dev.sse.views.graph.render.EdgeLayer;
import dev.sse.views.graph.render.NodeLayer;
import java.util.Locale;
import java.util.stream.Collectors;
import javafx.scene.paint.Color;

/**
 * Writes one graph frame as SVG 1.1, exactly as the view shows it: the viewport is the view's size, the
 * camera becomes one group transform, edges are drawn first (with the canvas' colours and level-of-detail
 * opacity), then one {@code <circle>} per node with its computed fill and risk outline, then the chain
 * labels. Coordinates stay in world units inside the camera group, so stroke widths scale as on screen.
 */
public final class SvgExporter {

    private SvgExporter() {
    }

    public static String write(GraphFrame frame, double scale, double tx, double ty, double width, double height,
                               SvgStyle style) {
        return write(frame, scale, tx, ty, width, height, style, java.util.List.of());
    }

    /** As above, with the node notes' callouts drawn on top in screen coordinates, as the view shows them. */
    public static String write(GraphFrame frame, double scale, double tx, double ty, double width, double height,
                               SvgStyle style, java.util.List<dev.sse.views.graph.render.NoteCallout> notes) {
        StringBuilder svg = new StringBuilder(64 * (frame.nodes().size() + frame.edges().size()) + 512);
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" "
                + "width=\"%s\" height=\"%s\" viewBox=\"0 0 %s %s\">%n", n(width), n(height), n(width), n(height)));
        svg.append("<title>").append(escape(frame.network().name())).append("</title>\n");
        svg.append(String.format(Locale.ROOT, "<rect width=\"100%%\" height=\"100%%\" fill=\"%s\"/>%n", hex(style.background())));
        svg.append(String.format(Locale.ROOT, "<g transform=\"matrix(%s 0 0 %s %s %s)\">%n", n(scale), n(scale), n(tx), n(ty)));
        edges(svg, frame, Link.Kind.ALLOCATION, style.allocation(), EdgeLayer.allocationAlpha(frame.edges().size(), scale), scale);
        edges(svg, frame, Link.Kind.SECURED_BY, style.securedBy(), EdgeLayer.SECURED_BY_ALPHA, scale);
        nodes(svg, frame, style);
        if (style.labelOpacity() > 0) {
            labels(svg, frame, style);
        }
        svg.append("</g>\n");
        NoteSvg.write(svg, notes);
        svg.append("</svg>\n");
        return svg.toString();
    }

    private static void edges(StringBuilder svg, GraphFrame frame, Link.Kind kind, Color color, double alpha, double scale) {
        String dash = kind == Link.Kind.SECURED_BY ? " stroke-dasharray=\"6 4\"" : "";
        svg.append(String.format(Locale.ROOT, "<g class=\"edges-%s\" stroke=\"%s\" stroke-opacity=\"%s\" fill=\"none\"%s>%n",
                kind == Link.Kind.SECURED_BY ? "secured-by" : "allocation", hex(color), n(alpha * color.getOpacity()), dash));
        for (EdgeItem e : frame.edges()) {
            Position a = frame.positions().get(e.link().source());
            Position b = frame.positions().get(e.link().target());
            if (e.link().kind() == kind && a != null && b != null) {
                svg.append(String.format(Locale.ROOT, "<line x1=\"%s\" y1=\"%s\" x2=\"%s\" y2=\"%s\" stroke-width=\"%s\"/>%n",
                        n(a.x()), n(a.y()), n(b.x()), n(b.y()), n(Math.max(e.width(), EdgeLayer.thinnestEdge(scale)))));
            }
        }
        svg.append("</g>\n");
    }

    private static void nodes(StringBuilder svg, GraphFrame frame, SvgStyle style) {
        for (NodeItem item : frame.nodes()) {
            Position p = frame.positions().get(item.ref());
            GlyphStyle g = style.glyphs().apply(item.ref());
            if (p == null || g == null) {
                continue;
            }
            // an outside stroke of width w equals an SVG (centred) stroke on a circle w/2 larger
            double m = g.magnification();
            double r = m * (item.radius() + (g.outside() && g.stroke() != null ? g.strokeWidth() / 2 : 0));
            svg.append(String.format(Locale.ROOT, "<circle cx=\"%s\" cy=\"%s\" r=\"%s\" fill=\"%s\"",
                    n(p.x()), n(p.y()), n(r), paint(g.fill())));
            opacity(svg, "fill-opacity", g.fill());
            if (g.stroke() != null && g.strokeWidth() > 0) {
                svg.append(String.format(Locale.ROOT, " stroke=\"%s\" stroke-width=\"%s\"", hex(g.stroke()), n(m * g.strokeWidth())));
                opacity(svg, "stroke-opacity", g.stroke());
                if (!g.dashes().isEmpty()) {
                    svg.append(" stroke-dasharray=\"")
                            .append(g.dashes().stream().map(d -> n(m * d)).collect(Collectors.joining(" "))).append('"');
                }
            }
            if (g.opacity() < 1) {
                svg.append(" opacity=\"").append(n(g.opacity())).append('"');
            }
            svg.append("><title>").append(escape((item.isChain() ? "chain " : "validator ") + item.label()))
                    .append("</title></circle>\n");
        }
    }

    private static void labels(StringBuilder svg, GraphFrame frame, SvgStyle style) {
        double size = NodeLayer.labelFontSize();
        // an outside halo of width w = a centred stroke of 2w painted under the fill
        String halo = style.labelHalo() == null || style.labelHaloWidth() <= 0 ? ""
                : String.format(Locale.ROOT, " stroke=\"%s\" stroke-width=\"%s\" stroke-linejoin=\"round\" paint-order=\"stroke\"",
                        hex(style.labelHalo()), n(2 * style.labelHaloWidth()));
        svg.append(String.format(Locale.ROOT, "<g font-family=\"%s\" font-size=\"%s\" font-weight=\"bold\" "
                        + "text-anchor=\"middle\" fill=\"%s\"%s opacity=\"%s\">%n",
                escape(fontFamily(style.fontFamily())), n(size), hex(style.labelFill()), halo, n(style.labelOpacity())));
        for (NodeItem item : frame.nodes()) {
            Position p = frame.positions().get(item.ref());
            if (item.isChain() && p != null) {
                svg.append(String.format(Locale.ROOT, "<text x=\"%s\" y=\"%s\">%s</text>%n",
                        n(p.x()), n(p.y() + item.radius() + size + 2), escape(item.label())));
            }
        }
        svg.append("</g>\n");
    }

    /** JavaFX's logical "System" family has no SVG name; other families get a generic fallback. */
    static String fontFamily(String family) {
        return family == null || family.equals("System") ? "system-ui, sans-serif" : "'" + family.replace("'", "") + "', sans-serif";
    }

    private static void opacity(StringBuilder svg, String attribute, Color c) {
        if (c != null && c.getOpacity() < 1) {
            svg.append(' ').append(attribute).append("=\"").append(n(c.getOpacity())).append('"');
        }
    }

    private static String paint(Color c) {
        return c == null || c.getOpacity() == 0 ? "none" : hex(c);
    }

    static String hex(Color c) {
        if (c == null) {
            return "none";
        }
        return String.format(Locale.ROOT, "#%02x%02x%02x", Math.round(c.getRed() * 255),
                Math.round(c.getGreen() * 255), Math.round(c.getBlue() * 255));
    }

    /** A coordinate with at most 3 decimals, no exponent ({@link Decimals#fixed}). */
    static String n(double d) {
        return Decimals.fixed(d, 3);
    }

    /** Escapes text for XML content and attribute values; drops characters XML 1.0 forbids. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            switch (cp) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    boolean allowed = cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
                            || (cp >= 0xE000 && cp <= 0xFFFD) || cp >= 0x10000;
                    if (allowed) {
                        out.appendCodePoint(cp);
                    }
                }
            }
        });
        return out.toString();
    }
}
