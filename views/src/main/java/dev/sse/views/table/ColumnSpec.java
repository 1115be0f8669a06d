package dev.sse.views.table;

import dev.sse.model.format.Screen;
import dev.sse.views.common.ViewText;

/**
 * One column of the node tables: its key (used in filters, {@code stake>1e6}, and as the CSV header), how its cells
 * are shown, and its header text ({@code table.col.KEY} in the views bundle).
 *
 * @param key  a short identifier, e.g. {@code costOfCorruption}
 * @param kind how the cells are typed and shown
 */
public record ColumnSpec(String key, Kind kind) {

    /** Cell types: text, or numbers shown as money (with the network's unit), whole counts, percentages or plain. */
    public enum Kind { TEXT, MONEY, COUNT, PERCENT, NUMBER }

    public boolean numeric() {
        return kind != Kind.TEXT;
    }

    /**
     * Ascending order of this column's cells: numbers by value, text ignoring case; an empty cell sorts last (a
     * descending sort, the reverse, puts it first, as TableView does with its own columns).
     */
    public java.util.Comparator<Object> comparator() {
        if (numeric()) {
            return java.util.Comparator.comparingDouble(c -> c instanceof Number n ? n.doubleValue() : Double.POSITIVE_INFINITY);
        }
        return java.util.Comparator.comparing(c -> c == null ? "\uffff" : c.toString().toLowerCase(java.util.Locale.ROOT));
    }

    /** The header: the bundle's {@code table.col.KEY} (each named here, so the bundle test sees it), else the key. */
    public String header() {
        return switch (key) {
            case "id" -> ViewText.get("table.col.id");
            case "name" -> ViewText.get("table.col.name");
            case "kind" -> ViewText.get("table.col.kind");
            case "state" -> ViewText.get("table.col.state");
            case "securingStake" -> ViewText.get("table.col.securingStake");
            case "costOfCorruption" -> ViewText.get("table.col.costOfCorruption");
            case "profitFromCorruption" -> ViewText.get("table.col.profitFromCorruption");
            case "securityMargin" -> ViewText.get("table.col.securityMargin");
            case "nakamotoCoefficient" -> ViewText.get("table.col.nakamotoCoefficient");
            case "validators" -> ViewText.get("table.col.validators");
            case "allocations" -> ViewText.get("table.col.allocations");
            case "blastRadius" -> ViewText.get("table.col.blastRadius");
            case "fallsWithIt" -> ViewText.get("table.col.fallsWithIt");
            case "securedBy" -> ViewText.get("table.col.securedBy");
            case "operator" -> ViewText.get("table.col.operator");
            case "asset" -> ViewText.get("table.col.asset");
            case "stake" -> ViewText.get("table.col.stake");
            case "value" -> ViewText.get("table.col.value");
            case "allocated" -> ViewText.get("table.col.allocated");
            case "chains" -> ViewText.get("table.col.chains");
            default -> key;
        };
    }

    /** A cell as shown: {@link Screen} for amounts and percentages, empty for an absent value. */
    public String show(Object cell, String unit) {
        if (cell == null) {
            return "";
        }
        if (!(cell instanceof Number n)) {
            return cell.toString();
        }
        double v = n.doubleValue();
        return switch (kind) {
            case MONEY -> Screen.amount(v, unit);
            case PERCENT -> Screen.percent(v);
            case COUNT -> Screen.count(n.longValue());
            case NUMBER -> Screen.amount(v);
            case TEXT -> cell.toString();
        };
    }
}
