package dev.sse.views.graph.render;

import dev.sse.model.network.graph.NodeRef;
import dev.sse.views.common.ViewText;
import dev.sse.views.graph.Camera;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.value.ObservableDoubleValue;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Node notes as callouts: one wrapped label ({@code graph-note}) per note with a thin leader to its node,
 * placed in screen pixels by {@link NotePlacement} beside the node's glyph, so they follow the camera but
 * never scale. Mouse-transparent; a note whose node is not shown or lies outside the view is hidden.
 */
public final class NoteLayer extends Pane {

    /** Widest callout, in pixels; longer notes wrap. */
    public static final double MAX_WIDTH = 220;

    private final Camera camera;
    private final Function<NodeRef, Circle> glyphs;
    private final Map<NodeRef, Label> labels = new LinkedHashMap<>();
    private final Map<NodeRef, Line> leaders = new LinkedHashMap<>();
    private final Map<NodeRef, NotePlacement> placed = new LinkedHashMap<>();

    /** {@code glyphs} gives a node's glyph (its centre and radius in world units), or null when not shown. */
    public NoteLayer(Camera camera, Function<NodeRef, Circle> glyphs) {
        this.camera = camera;
        this.glyphs = glyphs;
        setMouseTransparent(true);
        setManaged(false);
        camera.addListener(o -> requestLayout());
    }

    /** Keeps the layer as large as the canvas (callouts stay inside it). */
    public void track(ObservableDoubleValue width, ObservableDoubleValue height) {
        width.addListener(o -> resize(width.get(), height.get()));
        height.addListener(o -> resize(width.get(), height.get()));
        resize(width.get(), height.get());
    }

    /** One callout per note; {@code name} gives each node's display name (for the accessible text). */
    public void setNotes(Map<NodeRef, String> notes, Function<NodeRef, String> name) {
        getChildren().clear();
        labels.clear();
        leaders.clear();
        new java.util.TreeMap<>(notes).forEach((ref, text) -> {
            Line leader = new Line();
            leader.getStyleClass().add("graph-note-leader");
            Label label = new Label(text);
            label.getStyleClass().add("graph-note");
            label.setWrapText(true);
            label.setMaxWidth(MAX_WIDTH);
            label.setUserData(ref);
            label.setAccessibleText(ViewText.get("graph.note.accessible", name.apply(ref), text));
            leaders.put(ref, leader);
            labels.put(ref, label);
        });
        getChildren().addAll(leaders.values());
        getChildren().addAll(labels.values());
        requestLayout();
    }

    /** Places the callouts again (a node moved without a new frame). */
    public void refresh() {
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        placed.clear();
        labels.forEach((ref, label) -> {
            Circle c = glyphs.apply(ref);
            double sx = c == null ? -1 : c.getCenterX() * camera.scale() + camera.tx();
            double sy = c == null ? -1 : c.getCenterY() * camera.scale() + camera.ty();
            boolean shown = c != null && sx >= 0 && sy >= 0 && sx <= getWidth() && sy <= getHeight();
            label.setVisible(shown);
            leaders.get(ref).setVisible(shown);
            if (!shown) {
                return;
            }
            double w = Math.min(MAX_WIDTH, label.prefWidth(-1));
            double h = label.prefHeight(w);
            NotePlacement p = NotePlacement.of(sx, sy, Glyph.screenRadius(c, camera.scale()), w, h, camera.tx(), camera.ty(),
                    getWidth(), getHeight());
            label.resizeRelocate(p.x(), p.y(), w, h);
            Line leader = leaders.get(ref);
            leader.setStartX(p.x1());
            leader.setStartY(p.y1());
            leader.setEndX(p.x2());
            leader.setEndY(p.y2());
            placed.put(ref, p);
        });
    }

    /** The callouts shown now, as laid out, for the SVG export. Call on the FX thread. */
    public List<NoteCallout> callouts() {
        List<NoteCallout> out = new ArrayList<>();
        placed.forEach((ref, p) -> {
            Label l = labels.get(ref);
            double pad = l.getPadding().getLeft();
            Paint fill = l.getBackground() == null || l.getBackground().getFills().isEmpty() ? null
                    : l.getBackground().getFills().get(0).getFill();
            Paint border = l.getBorder() == null || l.getBorder().getStrokes().isEmpty() ? null
                    : l.getBorder().getStrokes().get(0).getTopStroke();
            out.add(new NoteCallout(l.getAccessibleText(), lines(l.getText(), l.getFont(), l.getWidth() - 2 * pad),
                    p, l.getWidth(), l.getHeight(), pad, color(fill, Color.WHITE), color(border, Color.GRAY),
                    color(leaders.get(ref).getStroke(), Color.GRAY), color(l.getTextFill(), Color.BLACK),
                    l.getFont().getFamily(), l.getFont().getSize()));
        });
        return out;
    }

    /** The text broken at spaces into lines at most {@code width} wide in {@code font}, as a wrapping label does. */
    static List<String> lines(String text, Font font, double width) {
        List<String> out = new ArrayList<>();
        Text probe = new Text();
        probe.setFont(font);
        for (String paragraph : text.split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                String next = line.length() == 0 ? word : line + " " + word;
                probe.setText(next);
                if (line.length() > 0 && probe.getLayoutBounds().getWidth() > width + 0.5) {
                    out.add(line.toString());
                    line.setLength(0);
                    line.append(word);
                } else {
                    line.setLength(0);
                    line.append(next);
                }
            }
            out.add(line.toString());
        }
        return out;
    }

    private static Color color(Paint paint, Color otherwise) {
        return paint instanceof Color c ? c : otherwise;
    }
}
