package dev.sse.views.timeline;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.text.Font;

/**
 * The event log's one cell height: tall enough for its longest sentence at the log's width and text size, so no
 * entry ends in "…". The log keeps a fixed cell size (it never measures its cells, which kept the FX thread busy
 * for tens of ms on a step with hundreds of events); this measures each sentence once, with two probe labels styled as
 * its cells ({@code .list-cell}) that sit hidden inside the log and so get the theme's own styles for a row: regular, and bold for falls and attacks (the two
 * can be different faces with different widths and line heights). A probe wraps and pads its text exactly as a real
 * row does, so the height needs no slack (it had "+1.2em" while an unstyled {@code Text} measured, issue #18 item 6).
 * Only the rows appended since the last call are measured while width and font stay (a log replaced by another
 * step's is measured again).
 */
final class LogRowHeight {

    /** The style class of the bold rows (timeline.css: attacks, falls, compromised chains). */
    static final String BOLD_CLASS = "event-attack";

    private final Label regular = probe();
    private final Label bold = probe();
    private double width = -1;
    private Font font;
    private int measured;
    private double tallest;
    /** The last row measured: when the log is replaced rather than appended to, it is no longer at its index. */
    private Object last;

    LogRowHeight() {
        bold.getStyleClass().add(BOLD_CLASS);
    }

    private static Label probe() {
        Label cell = new Label();
        cell.getStyleClass().setAll("list-cell"); // a ListCell without a list measures 0: a label styled as one
        cell.setWrapText(true);
        cell.setManaged(false);
        cell.setVisible(false);
        cell.setMouseTransparent(true);
        return cell;
    }

    /** The probe cells; the log holds them as hidden children so they are styled like its rows. */
    List<Label> probes() {
        return List.of(regular, bold);
    }

    /** The cell height for {@code rows} in cells {@code cellWidth} wide (padding included) at {@code cellFont}. */
    double height(List<?> rows, double cellWidth, Font cellFont) {
        boolean replaced = rows.size() < measured || measured > 0 && rows.get(measured - 1) != last;
        if (cellWidth != width || !cellFont.equals(font) || replaced) {
            width = cellWidth;
            font = cellFont;
            measured = 0;
            regular.applyCss();
            bold.applyCss();
            // never below the two lines the log always had
            tallest = Math.max(heightOf(regular, "X\nX", cellWidth), heightOf(bold, "X\nX", cellWidth));
        }
        if (regular.getSkin() == null || bold.getSkin() == null) {
            measured = 0;
            return -1; // not styled yet (no skin before the first CSS pass): measure on the next layout
        }
        for (; measured < rows.size(); measured++) {
            String text = String.valueOf(rows.get(measured));
            tallest = Math.max(tallest, Math.max(heightOf(regular, text, cellWidth), heightOf(bold, text, cellWidth)));
            last = rows.get(measured);
        }
        return Math.ceil(tallest);
    }

    private static double heightOf(Label probe, String text, double cellWidth) {
        probe.setText(text);
        return probe.prefHeight(Math.max(1, cellWidth));
    }
}
