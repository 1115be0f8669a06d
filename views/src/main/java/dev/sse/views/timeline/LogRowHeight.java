package dev.sse.views.timeline;

import java.util.List;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * The event log's one cell height: tall enough for its longest sentence at the log's width and text size, so no
 * entry ends in "…". The log keeps a fixed cell size (it never measures its cells, which kept the FX thread busy
 * for tens of ms on a step with hundreds of events); this measures each sentence once with one {@link Text} in
 * each weight a row can have (regular, and bold for falls and attacks: the two can be different faces with
 * different widths and line heights), and only the rows appended since the last call while width, font and the
 * rows before them stay (a log replaced by another step's is measured again).
 */
final class LogRowHeight {

    /**
     * Vertical padding of a cell (timeline.css: 0.15em top and bottom) plus slack: the cell's own text (styled by
     * the theme) can wrap a word earlier than this unstyled probe does, so a sentence measured at five lines once
     * needed a sixth (WindowTextTest.eventLogLinesAreNotCut); one more line's height keeps it whole.
     */
    static final double PADDING_EM = 0.3 + 1.2;

    private final Text regular = new Text();
    private final Text bold = new Text();
    private double width = -1;
    private Font font;
    private int measured;
    private double tallest;
    /** The last row measured: when the log is replaced rather than appended to, it is no longer at its index. */
    private Object last;

    /** The cell height for {@code rows} wrapped at {@code textWidth} in {@code cellFont}. */
    double height(List<?> rows, double textWidth, Font cellFont) {
        boolean replaced = rows.size() < measured || measured > 0 && rows.get(measured - 1) != last;
        if (textWidth != width || !cellFont.equals(font) || replaced) {
            width = textWidth;
            font = cellFont;
            measured = 0;
            regular.setFont(cellFont);
            bold.setFont(Font.font(cellFont.getFamily(), FontWeight.BOLD, cellFont.getSize()));
            tallest = Math.max(twoLines(regular), twoLines(bold)); // never below the two lines the log always had
            regular.setWrappingWidth(Math.max(1, textWidth));
            bold.setWrappingWidth(Math.max(1, textWidth));
        }
        for (; measured < rows.size(); measured++) {
            String text = String.valueOf(rows.get(measured));
            tallest = Math.max(tallest, Math.max(heightOf(regular, text), heightOf(bold, text)));
            last = rows.get(measured);
        }
        return Math.ceil(tallest + PADDING_EM * cellFont.getSize() + 1);
    }

    private static double twoLines(Text probe) {
        probe.setWrappingWidth(0);
        return heightOf(probe, "X\nX");
    }

    private static double heightOf(Text probe, String text) {
        probe.setText(text);
        return probe.getLayoutBounds().getHeight();
    }
}
