package dev.sse.views.graph.export;

import dev.sse.model.network.graph.NodeRef;
import java.util.function.Function;
import javafx.scene.paint.Color;

/**
 * Everything about the look of the graph the SVG needs, read from the live view so that the export
 * matches the screen in either theme.
 *
 * @param glyphs       the style of each node's glyph, or null for a node not shown
 * @param labelHalo    colour of the outline around label glyphs (null for none); {@code labelHaloWidth} wide,
 *                     outside the glyphs
 * @param labelOpacity 0 when the chain labels are hidden (zoomed out), up to 1
 */
public record SvgStyle(Color background, Color allocation, Color securedBy, Function<NodeRef, GlyphStyle> glyphs,
                       Color labelFill, Color labelHalo, double labelHaloWidth, String fontFamily, double labelOpacity) {
}
