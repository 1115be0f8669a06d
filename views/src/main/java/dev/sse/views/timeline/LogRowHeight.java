package dev.sse.views.timeline;

import java.util.List;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * The event log's one cell height: tall enough for its longest sentence at the log's width and text size, so no
 * entry ends in "…". The log keeps a fixed cell size (it never measures its cells, which kept the FX thread busy
 * for tens of ms on a step with hundreds of events); this measures each sentence once with one {@link Text},
 * in bold (the widest style a row gets), and only the rows added since the last call while width and font stay.
 */
final class LogRowHeight {

    /** Vertical padding of a cell (timeline.css: 0.15em top and bottom) plus a pixel of slack. */
    static final double PADDING_EM = 0.3;

    private final Text probe = new Text();
    private double width = -1;
    private Font font;
    private int measured;
    private int maxLines = 2;
    private double lineHeight;

    /** The cell height for {@code rows} wrapped at {@code textWidth} in {@code cellFont}. */
    double height(List<?> rows, double textWidth, Font cellFont) {
        Font bold = Font.font(cellFont.getFamily(), FontWeight.BOLD, cellFont.getSize());
        if (textWidth != width || !bold.equals(font) || rows.size() < measured) {
            width = textWidth;
            font = bold;
            measured = 0;
            maxLines = 2; // never below the two lines the log always had
            probe.setFont(bold);
            probe.setWrappingWidth(0);
            probe.setText("X");
            lineHeight = probe.getLayoutBounds().getHeight();
            probe.setWrappingWidth(Math.max(1, textWidth));
        }
        for (; measured < rows.size(); measured++) {
            probe.setText(String.valueOf(rows.get(measured)));
            int lines = (int) Math.ceil(probe.getLayoutBounds().getHeight() / lineHeight - 0.01);
            maxLines = Math.max(maxLines, lines);
        }
        return Math.ceil(maxLines * lineHeight + PADDING_EM * cellFont.getSize() + 1);
    }
}
