package dev.sse.views.table;

import java.util.List;
import java.util.Optional;

/**
 * The columns and rows of one node table (chains, or validators).
 *
 * @param unit the network's value unit ("USD" or "") for money cells
 */
public record NodeTable(List<ColumnSpec> columns, List<NodeRow> rows, String unit) {

    public static final NodeTable EMPTY = new NodeTable(List.of(), List.of(), "");

    public NodeTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** The index of the column {@code key} (case ignored), or empty. */
    public Optional<Integer> column(String key) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).key().equalsIgnoreCase(key)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }
}
