package dev.sse.model.io.importer;

import dev.sse.model.io.json.NetworkFormatException;
import dev.sse.model.io.json.Problem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A small CSV table (RFC 4180: comma-separated, optional double quotes with {@code ""} escapes, LF or CRLF line
 * ends, a header row) whose cells remember their line and column, so that a bad cell is reported as
 * {@code file:line:column: column_name: message}, the same one-line shape as a network file's problems.
 */
final class CsvTable {

    /** One cell: its text and where it starts. */
    record Cell(String file, String column, String text, int line, int col) {

        NetworkFormatException error(String message) {
            return new NetworkFormatException(List.of(new Problem(file, line, col, column, message)));
        }
    }

    private final String file;
    private final Map<String, Integer> header = new HashMap<>();
    private final List<List<Cell>> rows = new ArrayList<>();

    private CsvTable(String file) {
        this.file = file;
    }

    /** Parses {@code text}; every row must have the header's number of cells. */
    static CsvTable parse(String file, String text, List<String> required) throws NetworkFormatException {
        CsvTable t = new CsvTable(file);
        List<List<Cell>> lines = split(file, text.startsWith("\uFEFF") ? text.substring(1) : text);
        if (lines.isEmpty()) {
            throw new NetworkFormatException(List.of(new Problem(file, 1, 1, "header", "empty file; expected a CSV "
                    + "header naming the columns " + String.join(", ", required))));
        }
        List<Cell> head = lines.get(0);
        for (int i = 0; i < head.size(); i++) {
            t.header.putIfAbsent(head.get(i).text().strip(), i);
        }
        for (String r : required) {
            if (!t.header.containsKey(r)) {
                throw new NetworkFormatException(List.of(new Problem(file, 1, 1, "header", "missing column '" + r
                        + "'; the header must name " + String.join(", ", required))));
            }
        }
        for (List<Cell> row : lines.subList(1, lines.size())) {
            if (row.size() != head.size()) {
                CsvTable.Cell first = row.get(0);
                throw new NetworkFormatException(List.of(new Problem(file, first.line(), first.col(), "row", "row has "
                        + row.size() + " cells, the header " + head.size())));
            }
            List<Cell> named = new ArrayList<>(row.size());
            for (int i = 0; i < row.size(); i++) {
                Cell c = row.get(i);
                named.add(new Cell(file, head.get(i).text().strip(), c.text(), c.line(), c.col()));
            }
            t.rows.add(named);
        }
        return t;
    }

    List<List<Cell>> rows() {
        return rows;
    }

    Cell cell(List<Cell> row, String column) {
        return row.get(header.get(column));
    }

    private static List<List<Cell>> split(String file, String text) throws NetworkFormatException {
        List<List<Cell>> out = new ArrayList<>();
        List<Cell> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int line = 1;
        int col = 1;
        int startLine = 1;
        int startCol = 1;
        boolean quoted = false;
        boolean blankLine = true;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                    col++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cell.append(ch);
                }
            } else if (ch == '"' && cell.length() == 0) {
                quoted = true;
                blankLine = false;
            } else if (ch == ',' || ch == '\n') {
                row.add(new Cell(file, "", cell.toString(), startLine, startCol));
                cell.setLength(0);
                if (ch == '\n') {
                    if (!blankLine || row.size() > 1) {
                        out.add(row);
                    }
                    row = new ArrayList<>();
                    blankLine = true;
                }
                startLine = ch == '\n' ? line + 1 : line;
                startCol = ch == '\n' ? 1 : col + 1;
            } else if (ch != '\r') {
                cell.append(ch);
                blankLine = false;
            }
            if (ch == '\n') {
                line++;
                col = 1;
            } else {
                col++;
            }
        }
        if (quoted) {
            throw new NetworkFormatException(List.of(new Problem(file, startLine, startCol, "cell", "a quoted cell "
                    + "is never closed")));
        }
        if (cell.length() > 0 || !row.isEmpty()) {
            row.add(new Cell(file, "", cell.toString(), startLine, startCol));
            out.add(row);
        }
        return out;
    }
}
