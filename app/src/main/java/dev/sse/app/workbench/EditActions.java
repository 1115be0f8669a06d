package dev.sse.app.workbench;

import dev.sse.app.commands.StateEdit;
import dev.sse.app.files.Document;
import dev.sse.app.i18n.Messages;
import dev.sse.app.shell.MainWindow;
import dev.sse.model.io.json.Problem;
import dev.sse.model.network.ChainKind;
import dev.sse.model.network.Network;
import dev.sse.model.network.edit.NetworkEdits;
import dev.sse.model.network.graph.NodeRef;
import dev.sse.views.graph.GraphViewModel;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputDialog;

/**
 * Edit → Add chain, Add validator, Allocate selection, Rename, Duplicate, Delete (issue 23, "Build and edit", first part): each
 * gesture is one {@link StateEdit} on the document, so one undo; an edit the file reader would reject is refused with
 * its first message ({@link NetworkEdits#problems}). The dialogs only gather input; the methods do the edits.
 */
public final class EditActions {

    private final MainWindow window;
    private final GraphViewModel graph;

    private EditActions(MainWindow window, GraphViewModel graph) {
        this.window = window;
        this.graph = graph;
    }

    public static EditActions install(MainWindow window, GraphViewModel graph) {
        EditActions e = new EditActions(window, graph);
        MenuItem chain = new MenuItem(Messages.get("build.addChain"));
        chain.setOnAction(x -> e.askChain());
        MenuItem validator = new MenuItem(Messages.get("build.addValidator"));
        validator.setOnAction(x -> e.askValidator());
        MenuItem allocate = new MenuItem(Messages.get("build.allocate"));
        allocate.setOnAction(x -> e.allocateSelection());
        MenuItem rename = new MenuItem(Messages.get("build.rename"));
        rename.setOnAction(x -> e.askRename());
        MenuItem duplicate = new MenuItem(Messages.get("build.duplicate"));
        duplicate.setOnAction(x -> e.duplicateSelection());
        MenuItem delete = new MenuItem(Messages.get("build.delete"));
        delete.setOnAction(x -> e.delete(Set.copyOf(graph.selection()), e::confirm));
        MenuBar bar = (MenuBar) window.stage().getScene().getRoot().lookup(".menu-bar");
        bar.getMenus().stream().filter(m -> m.getText().replace("_", "").equals(Messages.get("menu.edit").replace("_", "")))
                .findFirst().map(Menu::getItems)
                .ifPresent(items -> items.addAll(new SeparatorMenuItem(), chain, validator, allocate, rename, duplicate, delete));
        return e;
    }

    /** Adds a chain (one undo); false, with the reader's message shown, when the result would not read back. */
    public boolean addChain(String base, ChainKind kind, String provider) {
        return edit(Messages.get("build.addChain.undo", base), n -> NetworkEdits.addChain(n, base, kind, provider));
    }

    public boolean addValidator(String base, double stake) {
        return edit(Messages.get("build.addValidator.undo", base), n -> NetworkEdits.addValidator(n, base, stake));
    }

    /** Allocates every selected validator to every selected chain (pooled), as one edit. */
    public boolean allocateSelection() {
        List<NodeRef> selected = List.copyOf(graph.selection());
        return edit(Messages.get("build.allocate"), n -> {
            Network next = n;
            for (NodeRef v : selected) {
                for (NodeRef c : selected) {
                    if (!v.isChain() && c.isChain()) {
                        next = NetworkEdits.addAllocation(next, v.id(), c.id());
                    }
                }
            }
            return next;
        });
    }

    public boolean rename(NodeRef ref, String name) {
        return edit(Messages.get("build.rename.undo", ref.id()), n -> NetworkEdits.rename(n, ref, name));
    }

    /** Duplicates every selected chain with its allocations ({@link NetworkEdits#duplicate}), as one edit. */
    public boolean duplicateSelection() {
        List<String> chains = graph.selection().stream().filter(NodeRef::isChain).map(NodeRef::id).sorted().toList();
        return edit(Messages.get("build.duplicate.undo", String.join(", ", chains)), n -> {
            Network next = n;
            for (String c : chains) {
                next = NetworkEdits.duplicate(next, c);
            }
            return next;
        });
    }

    /** Deletes {@code refs} with what depends on them after {@code confirm} agreed to the list of what goes. */
    public boolean delete(Set<NodeRef> refs, Predicate<List<String>> confirm) {
        Document doc = window.currentDocument();
        if (doc == null || refs.isEmpty()) {
            return false;
        }
        NetworkEdits.Deletion d = NetworkEdits.delete(doc.network().get(), refs);
        return confirm.test(d.goes()) && edit(Messages.get("build.delete.undo", String.valueOf(refs.size())), n -> d.after());
    }

    private boolean edit(String name, UnaryOperator<Network> change) {
        Document doc = window.currentDocument();
        if (doc == null) {
            return false;
        }
        Network before = doc.network().get();
        Network after = change.apply(before);
        if (after.equals(before)) {
            return false;
        }
        List<Problem> problems = NetworkEdits.problems(after);
        if (!problems.isEmpty()) {
            refuse(problems.get(0).message());
            return false;
        }
        window.commands().execute(new StateEdit<>(name, doc.network(), before, after));
        return true;
    }

    /** Refusals are shown in a dialog in the window; tests replace this. */
    private java.util.function.Consumer<String> refusal = this::alert;

    private void alert(String message) {
        Alert alert = new Alert(Alert.AlertType.WARNING, message);
        alert.initOwner(window.stage());
        alert.setHeaderText(Messages.get("build.refused"));
        alert.show();
    }

    public void onRefusal(java.util.function.Consumer<String> next) {
        refusal = next;
    }

    private void refuse(String message) {
        refusal.accept(message);
    }

    private boolean confirm(List<String> goes) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, String.join("\n", goes), ButtonType.OK, ButtonType.CANCEL);
        alert.initOwner(window.stage());
        alert.setHeaderText(Messages.get("build.delete.header", String.valueOf(goes.size())));
        return alert.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
    }

    private void askChain() {
        ChoiceDialog<ChainKind> kind = new ChoiceDialog<>(ChainKind.PROVIDER, ChainKind.values());
        kind.initOwner(window.stage());
        kind.setHeaderText(Messages.get("build.addChain"));
        kind.showAndWait().ifPresent(k -> text(Messages.get("build.id"), k.json()).ifPresent(id -> {
            String provider = NetworkEdits.consumer(k) ? text(Messages.get("build.provider"), "").orElse(null) : null;
            addChain(id, k, provider == null || provider.isBlank() ? null : provider.strip());
        }));
    }

    private void askValidator() {
        text(Messages.get("build.id"), "v").ifPresent(id -> text(Messages.get("build.stake"), "1000").ifPresent(s -> {
            try {
                addValidator(id, Double.parseDouble(s.strip()));
            } catch (NumberFormatException ex) {
                refuse(Messages.get("build.notANumber", s));
            }
        }));
    }

    private void askRename() {
        NodeRef ref = graph.selectedProperty().get();
        if (ref != null) {
            text(Messages.get("build.rename"), ref.id()).ifPresent(name -> rename(ref, name));
        }
    }

    private java.util.Optional<String> text(String header, String initial) {
        TextInputDialog d = new TextInputDialog(initial);
        d.initOwner(window.stage());
        d.setHeaderText(header);
        return d.showAndWait().filter(t -> !t.isBlank()).map(String::strip);
    }
}
