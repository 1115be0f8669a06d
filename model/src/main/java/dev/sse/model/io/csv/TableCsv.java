package dev.sse.model.io.csv;

import java.util.List;

/**
 * Writes any table as CSV with the one {@link CsvWriter}: a header row, then the rows; fields quoted (RFC 4180)
 * only when they hold a comma, a quote or a line break; rows end with "\n"; numbers as {@link CsvWriter#number}
 * (exact, no exponent), null as an empty field. Used by the window's node tables (issue 23).
 */
public final class TableCsv {

    private TableCsv() {
    }

    /** The CSV text of {@code header} and {@code rows} (each row's cells in header order). */
    public static String write(List<String> header, List<? extends List<?>> rows) {
        CsvWriter csv = new CsvWriter().row(header);
        for (List<?> r : rows) {
            csv.row(r.stream().map(TableCsv::cell).toList());
        }
        return csv.text();
    }

    private static String cell(Object c) {
        return c instanceof Number n ? CsvWriter.number(n.doubleValue()) : c == null ? "" : c.toString();
    }
}
