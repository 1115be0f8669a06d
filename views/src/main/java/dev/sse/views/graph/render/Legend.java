package dev.sse.views.graph.render;

import dev.sse.model.network.ChainKind;
import dev.sse.views.common.StyleClasses;
import dev.sse.views.common.ViewText;
import dev.sse.views.graph.RiskState;
import javafx.css.PseudoClass;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;

/** The always-visible legend: one entry per chain kind present, validators, and the two edge kinds. */
public final class Legend extends VBox {

    public Legend() {
        getStyleClass().add(StyleClasses.LEGEND);
        setSpacing(3);
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        setMouseTransparent(true);
        // drawn once into a bitmap and blitted at each frame: the legend sits over the graph, so every frame of a wheel
        // spin or a cascade repaints it, and its rounded box, border, texts and sample rings were ~15 of 90
        // render-thread samples of a kusama spin (JFR, docs/performance.md); a change of entries or theme redraws it
        setCache(true);
    }

    private List<ChainKind> shownKinds;

    /** Rebuilds the entries for the kinds present in the shown network (nothing to do when they are the same). */
    public void show(List<ChainKind> kindsPresent) {
        if (kindsPresent.equals(shownKinds)) {
            return;
        }
        shownKinds = List.copyOf(kindsPresent);
        getChildren().clear();
        Label title = new Label(ViewText.get("legend.title"));
        title.getStyleClass().add(StyleClasses.LEGEND_TITLE);
        getChildren().add(title);
        for (ChainKind kind : kindsPresent) {
            Circle c = new Circle(7);
            c.getStyleClass().addAll(StyleClasses.NODE, StyleClasses.CHAIN_NODE, StyleClasses.chainKind(kind.json()));
            getChildren().add(item(c, describe(kind)));
        }
        Circle v = new Circle(4);
        v.getStyleClass().addAll(StyleClasses.NODE, StyleClasses.VALIDATOR_NODE);
        getChildren().add(item(v, ViewText.get("legend.validator")));
        Line alloc = new Line(0, 0, 16, 0);
        alloc.getStyleClass().add("legend-allocation");
        getChildren().add(item(alloc, ViewText.get("legend.allocation")));
        Line secured = new Line(0, 0, 16, 0);
        secured.getStyleClass().add("legend-secured-by");
        getChildren().add(item(secured, ViewText.get("legend.securedBy")));
        Label states = new Label(ViewText.get("legend.states"));
        states.getStyleClass().add(StyleClasses.LEGEND_TITLE);
        getChildren().add(states);
        getChildren().add(state(RiskState.HEALTHY, true, ViewText.get("legend.state.healthy")));
        getChildren().add(state(RiskState.AT_RISK, true, ViewText.get("legend.state.atRisk")));
        getChildren().add(state(RiskState.ATTACKABLE, true, ViewText.get("legend.state.attackable")));
        getChildren().add(state(RiskState.COMPROMISED, true, ViewText.get("legend.state.compromised")));
        getChildren().add(state(RiskState.SLASHED, false, ViewText.get("legend.state.slashed")));
        getChildren().add(state(RiskState.JAILED, false, ViewText.get("legend.state.jailed")));
    }

    private static HBox state(RiskState state, boolean chain, String text) {
        Circle c = new RingCircle(chain ? 6 : 4);
        c.getStyleClass().addAll(StyleClasses.NODE, chain ? StyleClasses.CHAIN_NODE : StyleClasses.VALIDATOR_NODE,
                chain ? "legend-state" : "legend-validator-state");
        c.pseudoClassStateChanged(PseudoClass.getPseudoClass(state.pseudoClass()), true);
        return item(c, text);
    }

    private static HBox item(javafx.scene.Node glyph, String text) {
        Label label = new Label(text);
        label.getStyleClass().add(StyleClasses.LEGEND_ITEM);
        HBox box = new HBox(6, glyph, label);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    static String describe(ChainKind kind) {
        return ViewText.kind(kind);
    }
}
