package dev.sse.views.table;

import dev.sse.model.network.graph.NodeRef;
import dev.sse.views.common.ViewText;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The docked node tables: a filter field, a Chains and a Validators tab, each a sortable {@link TableView} over the
 * view model's filtered rows. Selecting rows selects the nodes in the graph ({@link #setOnSelect}); {@link #select}
 * shows the graph's selection here. Columns are rebuilt only when the column set changes.
 */
public final class NodeTableView extends VBox {

    private final NodeTableViewModel viewModel;
    private final TableView<NodeRow> chains = new TableView<>();
    private final TableView<NodeRow> validators = new TableView<>();
    private final TabPane tabs = new TabPane();
    private final Label count = new Label();
    private final Button csv = new Button(ViewText.get("table.csv"));
    private Consumer<List<NodeRef>> onSelect = refs -> { };
    private boolean syncing;

    public NodeTableView(NodeTableViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("node-tables");
        TextField filter = new TextField();
        filter.setId("table-filter");
        filter.setPromptText(ViewText.get("table.filter.prompt"));
        filter.textProperty().bindBidirectional(viewModel.filterProperty());
        HBox.setHgrow(filter, Priority.ALWAYS);
        HBox bar = new HBox(6, filter, count, csv);
        bar.setPadding(new Insets(4));
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        chains.setId("chain-table");
        validators.setId("validator-table");
        setUp(chains, viewModel.chains());
        setUp(validators, viewModel.validators());
        Tab chainTab = new Tab(ViewText.get("table.chains"), chains);
        Tab validatorTab = new Tab(ViewText.get("table.validators"), validators);
        chainTab.setClosable(false);
        validatorTab.setClosable(false);
        tabs.getTabs().addAll(chainTab, validatorTab);
        tabs.getSelectionModel().selectedIndexProperty().addListener((o, was, now) -> updateCount());
        VBox.setVgrow(tabs, Priority.ALWAYS);
        getChildren().addAll(bar, tabs);
        viewModel.chains().addListener((ListChangeListener<NodeRow>) c -> updateCount());
        viewModel.validators().addListener((ListChangeListener<NodeRow>) c -> updateCount());
    }

    private void setUp(TableView<NodeRow> table, javafx.collections.ObservableList<NodeRow> rows) {
        SortedList<NodeRow> sorted = new SortedList<>(rows);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<NodeRow>) c -> {
            if (!syncing) {
                onSelect.accept(table.getSelectionModel().getSelectedItems().stream().map(NodeRow::ref).toList());
            }
        });
        table.setPlaceholder(new Label(ViewText.get("table.empty")));
    }

    /** Shows new tables (FX thread); columns are rebuilt when their set changed, the sort order is kept. */
    public void show(NodeTableViewModel.Tables next) {
        syncing = true;
        try {
            columns(chains, next.chains());
            columns(validators, next.validators());
            viewModel.show(next);
        } finally {
            syncing = false;
        }
        updateCount();
    }

    private void columns(TableView<NodeRow> table, NodeTable data) {
        List<String> keys = data.columns().stream().map(ColumnSpec::key).toList();
        List<String> had = table.getColumns().stream().map(TableColumn::getId).toList();
        if (keys.equals(had)) {
            table.getColumns().forEach(c -> c.setUserData(data)); // the new unit for the cells
            table.refresh();
            return;
        }
        List<TableColumn<NodeRow, ?>> columns = new ArrayList<>();
        for (int i = 0; i < data.columns().size(); i++) {
            columns.add(column(data, i));
        }
        table.getColumns().setAll(columns);
    }

    private static TableColumn<NodeRow, Object> column(NodeTable data, int i) {
        ColumnSpec spec = data.columns().get(i);
        TableColumn<NodeRow, Object> c = new TableColumn<>(spec.header());
        c.setId(spec.key());
        c.setUserData(data);
        c.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue().cell(i)));
        c.setComparator(spec.comparator());
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Object item, boolean empty) {
                super.updateItem(item, empty);
                NodeTable t = (NodeTable) getTableColumn().getUserData();
                setText(empty ? null : spec.show(item, t.unit()));
                setAlignment(spec.numeric() ? javafx.geometry.Pos.CENTER_RIGHT : javafx.geometry.Pos.CENTER_LEFT);
            }
        });
        c.setPrefWidth(spec.numeric() ? 110 : spec.key().equals("name") ? 160 : 90);
        return c;
    }

    private void updateCount() {
        boolean chainTab = tabs.getSelectionModel().getSelectedIndex() <= 0;
        count.setText(NodeTableViewModel.count(chainTab ? viewModel.chains() : viewModel.validators(),
                chainTab ? viewModel.tables().chains() : viewModel.tables().validators()));
    }

    /** Called with the selected rows' nodes when the user selects in a table. */
    public void setOnSelect(Consumer<List<NodeRef>> action) {
        onSelect = action;
    }

    /** Called when the CSV button is pressed, with the shown rows (filtered, sorted) of the current tab as CSV. */
    public void setOnCsv(Consumer<String> action) {
        csv.setOnAction(e -> action.accept(shownCsv()));
    }

    /** The current tab's rows as shown (filtered and sorted), as CSV. */
    public String shownCsv() {
        boolean chainTab = tabs.getSelectionModel().getSelectedIndex() <= 0;
        return NodeTableViewModel.csv(chainTab ? viewModel.tables().chains() : viewModel.tables().validators(),
                chainTab ? chains.getItems() : validators.getItems());
    }

    /** Selects the rows of {@code refs} in both tables (the graph's selection), scrolling to the first. */
    public void select(Collection<NodeRef> refs) {
        Set<NodeRef> wanted = Set.copyOf(refs);
        syncing = true;
        try {
            for (TableView<NodeRow> table : List.of(chains, validators)) {
                table.getSelectionModel().clearSelection();
                int first = -1;
                for (int i = 0; i < table.getItems().size(); i++) {
                    if (wanted.contains(table.getItems().get(i).ref())) {
                        table.getSelectionModel().select(i);
                        first = first < 0 ? i : first;
                    }
                }
                if (first >= 0) {
                    table.scrollTo(first);
                }
            }
        } finally {
            syncing = false;
        }
    }

    public TableView<NodeRow> chainTable() {
        return chains;
    }

    public TableView<NodeRow> validatorTable() {
        return validators;
    }
}
