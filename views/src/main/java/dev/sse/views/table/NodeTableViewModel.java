package dev.sse.views.table;

import dev.sse.model.analysis.AnalysisResult;
import dev.sse.model.io.csv.TableCsv;
import dev.sse.model.network.Network;
import dev.sse.model.network.graph.NodeRef;
import dev.sse.views.graph.RiskState;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The docked tables of chains and validators (issue 23, after Cytoscape's table panel): every figure of the analysis
 * per node, one filter over both ({@link RowFilter}), the graph's visibility classes applied too, sorting by any
 * column ({@link #comparator}), and the rows shown as CSV. Plain object: no view, no FX thread needed.
 */
public final class NodeTableViewModel {

    /** Both tables of one network, built off the FX thread by {@link #build}. */
    public record Tables(NodeTable chains, NodeTable validators) {
    }

    private final ObservableList<NodeRow> chainRows = FXCollections.observableArrayList();
    private final ObservableList<NodeRow> validatorRows = FXCollections.observableArrayList();
    private final FilteredList<NodeRow> chains = new FilteredList<>(chainRows);
    private final FilteredList<NodeRow> validators = new FilteredList<>(validatorRows);
    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");
    private Tables tables = new Tables(NodeTable.EMPTY, NodeTable.EMPTY);
    private Predicate<NodeRef> visible = ref -> true;

    public NodeTableViewModel() {
        filter.addListener((o, was, now) -> refilter());
    }

    /** The tables of {@code network}; {@code analysis} may be null. Any thread. */
    public static Tables build(Network network, AnalysisResult analysis, Map<NodeRef, RiskState> states) {
        return new Tables(NodeTables.chains(network, analysis, states), NodeTables.validators(network, states));
    }

    /** Shows {@code next}, keeping the filter. */
    public void show(Tables next) {
        tables = next;
        chainRows.setAll(next.chains().rows());
        validatorRows.setAll(next.validators().rows());
        refilter();
    }

    /** Rows whose node the graph hides (issue 23, show/hide classes) are left out of the tables too. */
    public void setVisible(Predicate<NodeRef> next) {
        visible = next;
        refilter();
    }

    private void refilter() {
        Predicate<NodeRow> c = RowFilter.of(filter.get(), tables.chains());
        Predicate<NodeRow> v = RowFilter.of(filter.get(), tables.validators());
        chains.setPredicate(r -> visible.test(r.ref()) && c.test(r));
        validators.setPredicate(r -> visible.test(r.ref()) && v.test(r));
    }

    public StringProperty filterProperty() {
        return filter;
    }

    /** The chain rows passing the filter, in file order (the view sorts a {@code SortedList} over them). */
    public ObservableList<NodeRow> chains() {
        return chains;
    }

    public ObservableList<NodeRow> validators() {
        return validators;
    }

    public Tables tables() {
        return tables;
    }

    /** "12 of 50". */
    public static String count(List<NodeRow> shown, NodeTable table) {
        return shown.size() + " / " + table.rows().size();
    }

    /** Ascending order of {@code column} ({@link ColumnSpec#comparator}); the table view sorts with the same order. */
    public static Comparator<NodeRow> comparator(NodeTable table, int column) {
        return Comparator.comparing((NodeRow r) -> r.cell(column), table.columns().get(column).comparator());
    }

    /** The given rows (as shown: filtered and sorted) as CSV with the column keys as header ({@link TableCsv}). */
    public static String csv(NodeTable table, List<NodeRow> rows) {
        return TableCsv.write(table.columns().stream().map(ColumnSpec::key).toList(),
                rows.stream().map(NodeRow::cells).toList());
    }
}
