package dev.sse.views.graph.render;

import dev.sse.model.network.graph.NodeRef;
import dev.sse.views.common.StyleClasses;
import dev.sse.views.graph.Camera;
import dev.sse.views.graph.GraphFrame;
import dev.sse.views.graph.NodeItem;
import dev.sse.views.graph.RiskState;
import dev.sse.views.graph.layout.Position;
import java.util.HashMap;
import java.util.Map;
import javafx.css.PseudoClass;
import javafx.scene.Group;
import javafx.scene.shape.Circle;
import javafx.scene.text.Text;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;

/**
 * One glyph per chain and validator, in world coordinates under the camera's transform. Every glyph
 * carries its {@link NodeRef} as user data and CSS classes ({@code chain-node chain-<kind>} or
 * {@code validator-node}); colours come from the stylesheet. Labels are shown for chains only and
 * fade out (level of detail) when they would be smaller than about 8 screen pixels.
 */
public final class NodeLayer extends Group {

    private static final double LABEL_FONT = 13;

    private final Group glyphs = new Group();
    private final Group labels = new Group();
    private final Camera camera;
    private final Map<NodeRef, Circle> byRef = new HashMap<>();

    public NodeLayer(Camera camera) {
        this.camera = camera;
        Translate translate = new Translate();
        Scale scale = new Scale();
        translate.xProperty().bind(camera.txProperty());
        translate.yProperty().bind(camera.tyProperty());
        scale.xProperty().bind(camera.scaleProperty());
        scale.yProperty().bind(camera.scaleProperty());
        getTransforms().addAll(translate, scale);
        getChildren().addAll(glyphs, labels);
        camera.scaleProperty().addListener((obs, was, now) -> updateLabelDetail());
    }

    public void setFrame(GraphFrame frame) {
        glyphs.getChildren().clear();
        labels.getChildren().clear();
        byRef.clear();
        for (NodeItem item : frame.nodes()) {
            Position p = frame.positions().get(item.ref());
            if (p == null) {
                continue;
            }
            Circle c = new Circle(p.x(), p.y(), item.radius());
            c.getStyleClass().add(StyleClasses.NODE);
            if (item.isChain()) {
                c.getStyleClass().addAll(StyleClasses.CHAIN_NODE, StyleClasses.chainKind(item.kind().json()));
                labels.getChildren().add(label(item, p));
            } else {
                c.getStyleClass().add(StyleClasses.VALIDATOR_NODE);
            }
            c.setUserData(item.ref());
            c.setAccessibleText((item.isChain() ? item.kind().json() + " chain " : "validator ") + item.label());
            byRef.put(item.ref(), c);
            glyphs.getChildren().add(c);
        }
        updateLabelDetail();
    }

    private static Text label(NodeItem item, Position p) {
        Text t = new Text(item.label());
        t.getStyleClass().add(StyleClasses.NODE_LABEL);
        t.setStyle("-fx-font-size: " + LABEL_FONT + "px;");
        t.setX(p.x() - t.getLayoutBounds().getWidth() / 2);
        t.setY(p.y() + item.radius() + LABEL_FONT + 2);
        t.setMouseTransparent(true);
        return t;
    }

    private void updateLabelDetail() {
        double screenSize = LABEL_FONT * camera.scale();
        labels.setVisible(screenSize >= 7);
        labels.setOpacity(Math.min(1, Math.max(0, (screenSize - 7) / 4)));
    }

    /** Sets each glyph's risk pseudo-class; nodes absent from {@code states} get none. */
    public void setStates(Map<NodeRef, RiskState> states) {
        byRef.forEach((ref, glyph) -> {
            RiskState current = states.get(ref);
            for (RiskState s : RiskState.values()) {
                glyph.pseudoClassStateChanged(PseudoClass.getPseudoClass(s.pseudoClass()), s == current);
            }
        });
    }

    /** The glyph of a node, or null. */
    public Circle glyph(NodeRef ref) {
        return byRef.get(ref);
    }

    public Group glyphs() {
        return glyphs;
    }

    /** The chain labels (one {@link Text} per chain). */
    public Group labels() {
        return labels;
    }

    /** How visible the labels are now: 0 when hidden by the level of detail, up to 1. */
    public double labelOpacity() {
        return labels.isVisible() ? labels.getOpacity() : 0;
    }

    /** Label font size in world units; labels sit centred {@code radius + size + 2} below the glyph centre. */
    public static double labelFontSize() {
        return LABEL_FONT;
    }
}
