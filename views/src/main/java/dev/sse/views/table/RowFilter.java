package dev.sse.views.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The filter typed above the tables: words separated by spaces, all of which must hold. A word {@code KEY OP NUMBER}
 * ({@code stake>1e6}, {@code securityMargin<0}, {@code nakamotoCoefficient<=3}; OP one of {@code < <= > >= =})
 * compares a numeric column; {@code KEY=TEXT} ({@code kind=avs}, {@code state=at-risk}) matches a text column
 * exactly (case ignored); any other word must appear in one of the row's text cells. A comparison naming a column the
 * table lacks matches nothing there, so {@code stake>0} narrows the validators and empties the chains.
 */
public final class RowFilter {

    private static final Pattern COMPARISON = Pattern.compile("([A-Za-z]+)(<=|>=|<|>|=)(.+)");

    private RowFilter() {
    }

    /** The predicate of {@code query} on rows of {@code table}; blank matches everything. */
    public static Predicate<NodeRow> of(String query, NodeTable table) {
        List<Predicate<NodeRow>> all = new ArrayList<>();
        for (String word : query.strip().split("\\s+")) {
            if (!word.isEmpty()) {
                all.add(word(word, table));
            }
        }
        return row -> {
            for (Predicate<NodeRow> p : all) {
                if (!p.test(row)) {
                    return false;
                }
            }
            return true;
        };
    }

    private static Predicate<NodeRow> word(String word, NodeTable table) {
        Matcher m = COMPARISON.matcher(word);
        if (m.matches()) {
            Optional<Integer> column = table.column(m.group(1));
            if (column.isEmpty()) {
                return row -> false;
            }
            int c = column.get();
            String op = m.group(2);
            if (!table.columns().get(c).numeric()) {
                String text = m.group(3).toLowerCase(Locale.ROOT);
                return row -> op.equals("=") && row.cell(c) != null && row.cell(c).toString().toLowerCase(Locale.ROOT).equals(text);
            }
            double bound;
            try {
                bound = Double.parseDouble(m.group(3));
            } catch (NumberFormatException e) {
                return row -> false;
            }
            return row -> compare(row.number(c), op, bound);
        }
        String lower = word.toLowerCase(Locale.ROOT);
        return row -> row.searchText().contains(lower);
    }

    private static boolean compare(double v, String op, double bound) {
        if (Double.isNaN(v)) {
            return false;
        }
        return switch (op) {
            case "<" -> v < bound;
            case "<=" -> v <= bound;
            case ">" -> v > bound;
            case ">=" -> v >= bound;
            default -> v == bound;
        };
    }
}
