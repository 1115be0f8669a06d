package dev.sse.model.io.csv;

import java.util.List;

/**
 * Writes any table as CSV in the format of {@link AnalysisCsv}: a header row, then the rows; fields quoted (RFC 4180)
 * only when they hold a comma, a quote or a line break; rows end with "\n"; numbers as {@link AnalysisCsv#number}
 * (exact, no exponent), null as an empty field. Used by the window's node tables (issue 23).
 */
public final class TableCsv {

    private TableCsv() {
    }

    /** The CSV text of {@code header} and {@code rows} (each row's cells in header order). */
    public static String write(List<String> header, List<? extends List<?>> rows) {
        StringBuilder out = new StringBuilder();
        line(out, header);
        rows.forEach(r -> line(out, r));
        return out.toString();
    }

    private static void line(StringBuilder out, List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            Object c = cells.get(i);
            out.append(AnalysisCsv.quote(c instanceof Number n ? AnalysisCsv.number(n.doubleValue()) : c == null ? "" : c.toString()));
        }
        out.append('\n');
    }
}
