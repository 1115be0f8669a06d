package dev.sse.app.shell;

import dev.sse.app.commands.CommandStack;
import dev.sse.app.commands.StateEdit;
import dev.sse.app.files.Document;
import dev.sse.app.i18n.Messages;
import dev.sse.model.network.Annotation;
import dev.sse.model.network.Network;
import dev.sse.model.network.graph.NodeRef;
import dev.sse.views.timeline.TimelineViewModel;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Window;

/**
 * Notes on nodes and steps (the network's annotations): the node menu's "Add note…" / "Edit note…" /
 * "Remove note" and the Simulate menu's "Add note to this step…". Each change is one undoable edit of the
 * document's network, so it marks the document dirty and File › Save writes it.
 */
final class NoteEdits {

    private final CommandStack commands;
    private final Supplier<Document> document;
    private final Supplier<Window> owner;

    NoteEdits(CommandStack commands, Supplier<Document> document, Supplier<Window> owner) {
        this.commands = commands;
        this.document = document;
        this.owner = owner;
    }

    /** Node notes as the graph shows them: on the chain with the note's id, else on the validator. */
    static Map<NodeRef, String> nodeNotes(Network n) {
        Map<NodeRef, String> out = new HashMap<>();
        n.annotations().stream().filter(Annotation::isNodeNote).forEach(a -> out.put(
                n.chain(a.node()).isPresent() ? NodeRef.chain(a.node()) : NodeRef.validator(a.node()), a.text()));
        return out;
    }

    /** The notes on the steps of one stored scenario, by step. */
    static Map<Integer, String> stepNotes(Network n, String scenario) {
        Map<Integer, String> out = new HashMap<>();
        n.annotations().stream().filter(a -> scenario.equals(a.scenario())).forEach(a -> out.put(a.step(), a.text()));
        return out;
    }

    /** True when the two networks differ in their notes only (no new layout, analysis or simulation needed). */
    static boolean onlyNotesDiffer(Network a, Network b) {
        return !a.equals(b) && a.toBuilder().annotations(List.of()).build().equals(b.toBuilder().annotations(List.of()).build());
    }

    /** Adds the note items of the clicked node to its context menu; returns the menu. */
    ContextMenu addItems(ContextMenu menu, Network n, NodeRef ref) {
        String name = ref.isChain() ? n.chain(ref.id()).map(c -> c.name()).orElse(ref.id())
                : n.validator(ref.id()).map(v -> v.name()).orElse(ref.id());
        Annotation place = Annotation.onNode(ref.id(), "");
        Optional<Annotation> current = n.nodeNote(ref.id());
        menu.getItems().add(new SeparatorMenuItem());
        menu.getItems().add(item(Messages.get(current.isPresent() ? "note.edit" : "note.add"),
                () -> ask(place, Messages.get("note.header.node", name), current.map(Annotation::text).orElse(""),
                        Messages.get(current.isPresent() ? "edit.note.edit" : "edit.note.add", ref.id()))));
        if (current.isPresent()) {
            menu.getItems().add(item(Messages.get("note.remove"), () -> set(place, null, Messages.get("edit.note.remove", ref.id()))));
        }
        return menu;
    }

    /** "Add note to this step…": enabled while a stored scenario's trace is shown at step 1 or later. */
    MenuItem stepItem(TimelineViewModel timeline) {
        Document doc = document.get();
        String scenario = doc == null ? null : doc.scenario().get().name();
        int step = timeline.positionProperty().get();
        boolean stored = doc != null && doc.network().get().scenarios().containsKey(scenario);
        MenuItem item = item(Messages.get("note.step"), () -> ask(Annotation.onStep(scenario, step, ""),
                Messages.get("note.header.step", String.valueOf(step), scenario),
                doc.network().get().stepNote(scenario, step).map(Annotation::text).orElse(""),
                Messages.get("edit.note.step", String.valueOf(step), scenario)));
        item.setDisable(!stored || timeline.traceProperty().get() == null || step < 1);
        return item;
    }

    private void ask(Annotation place, String header, String current, String editName) {
        TextInputDialog dialog = new TextInputDialog(current);
        dialog.initOwner(owner.get());
        dialog.setTitle(Messages.get("note.title"));
        dialog.setHeaderText(header);
        dialog.setContentText(Messages.get("note.prompt", String.valueOf(Annotation.MAX_LENGTH)));
        dialog.getEditor().setPrefColumnCount(36);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> !fits(dialog.getEditor().getText()), dialog.getEditor().textProperty()));
        dialog.showAndWait().map(String::strip).filter(NoteEdits::fits).ifPresent(text -> set(place, text, editName));
    }

    private static boolean fits(String text) {
        String t = text.strip();
        return !t.isEmpty() && t.codePointCount(0, t.length()) <= Annotation.MAX_LENGTH;
    }

    /** One undoable edit: the note at {@code place} becomes {@code text} (null removes it). */
    void set(Annotation place, String text, String editName) {
        Document doc = document.get();
        if (doc != null) {
            Network before = doc.network().get();
            commands.execute(new StateEdit<>(editName, doc.network(), before, before.withNote(place, text)));
        }
    }

    private static MenuItem item(String text, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setOnAction(e -> action.run());
        return item;
    }
}
