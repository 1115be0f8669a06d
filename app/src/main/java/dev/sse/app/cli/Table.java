package dev.sse.app.cli;

import java.util.List;

/** Aligned plain-text tables: the first column left-aligned, the others right-aligned, two spaces apart. */
final class Table {

    private Table() {
    }

    static void append(StringBuilder sb, List<String[]> rows) {
        int[] width = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                width[i] = Math.max(width[i], row[i].length());
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                String fill = " ".repeat(Math.max(0, width[i] - row[i].length()));
                line.append(i == 0 ? row[i] + fill : fill + row[i]).append(i + 1 < row.length ? "  " : "");
            }
            sb.append(line.toString().stripTrailing()).append('\n');
        }
    }
}
