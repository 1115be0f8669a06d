package dev.sse.views.table;

import dev.sse.model.network.graph.NodeRef;

import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * One chain or validator in a node table: its cells in column order ({@link String}, {@link Double}, {@link Integer},
 * or null when the figure does not apply) and, once, the lower-case text a free-text filter searches.
 */
public record NodeRow(NodeRef ref, List<Object> cells, String searchText) {

    public NodeRow {
        cells = Collections.unmodifiableList(new java.util.ArrayList<>(cells));
    }

    /** A row whose search text is its text cells, lower case, joined. */
    public static NodeRow of(NodeRef ref, List<Object> cells) {
        StringBuilder text = new StringBuilder();
        cells.stream().filter(c -> c instanceof String).forEach(c -> text.append(c).append('\u0001'));
        return new NodeRow(ref, cells, text.toString().toLowerCase(Locale.ROOT));
    }

    public Object cell(int column) {
        return cells.get(column);
    }

    /** The cell as a double, or NaN when it is not a number. */
    public double number(int column) {
        return cells.get(column) instanceof Number n ? n.doubleValue() : Double.NaN;
    }
}
