package dev.sse.app.testing;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;

/** Whether text can be read: labels that show "…" instead of their text, and the contrast of text on its background. */
public final class Legibility {

    private Legibility() {
    }

    /** The texts of the labels under {@code root} that are cut (their skin shows "…" or less), after a layout pass. */
    public static List<String> cutLabels(Parent root) {
        root.applyCss();
        root.layout();
        List<String> cut = new ArrayList<>();
        for (Node n : root.lookupAll("*")) {
            if (n instanceof Labeled l && l.getText() != null && !l.getText().isEmpty() && l.isVisible()) {
                for (Node child : l.getChildrenUnmodifiable()) {
                    String whole = l.isMnemonicParsing() ? l.getText().replaceFirst("_", "") : l.getText();
                    if (child instanceof Text shown && !whole.equals(shown.getText())) { // "…", or nothing at all
                        cut.add(l.getText() + " → " + shown.getText());
                    }
                }
            }
        }
        return cut;
    }

    /** WCAG contrast ratio of a label's text against the first opaque background behind it (else the scene's fill). */
    public static double contrast(Labeled label) {
        Color text = (Color) label.getTextFill();
        return ratio(text, background(label));
    }

    static Color background(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof Region r) {
                Background bg = r.getBackground();
                if (bg != null) {
                    for (int i = bg.getFills().size() - 1; i >= 0; i--) {
                        BackgroundFill fill = bg.getFills().get(i);
                        if (fill.getFill() instanceof Color c && c.getOpacity() > 0.9) {
                            return c;
                        }
                    }
                }
            }
        }
        return node.getScene().getFill() instanceof Color c ? c : Color.WHITE;
    }

    public static double ratio(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * channel(c.getRed()) + 0.7152 * channel(c.getGreen()) + 0.0722 * channel(c.getBlue());
    }

    private static double channel(double v) {
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
}
