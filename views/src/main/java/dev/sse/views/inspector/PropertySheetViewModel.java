package dev.sse.views.inspector;

import dev.sse.model.analysis.AnalysisResult;
import dev.sse.model.format.Screen;
import dev.sse.model.network.Network;
import dev.sse.model.network.edit.FieldEdit;
import dev.sse.model.network.edit.NetworkEdits;
import dev.sse.model.network.edit.SelectionSummary;
import dev.sse.model.network.edit.SheetFields;
import dev.sse.model.network.graph.NodeRef;
import dev.sse.views.common.FxBridge;
import dev.sse.views.common.ViewText;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The property sheet (issue 23): every format-v1 field of the selected element, or of the network when nothing is
 * selected, validated as it is typed by the file reader itself ({@link FieldEdit}: the same messages a file with that
 * value gets) and applied when it is committed (Enter or leaving the field), one accepted change one edit handed to
 * {@link #setOnAccept}. With several elements selected it shows their summary ({@link SelectionSummary}) and the
 * fields they share, each set on all of them at once, and scales their stake: each bulk change is one edit too.
 */
public final class PropertySheetViewModel {

    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyBooleanWrapper multi = new ReadOnlyBooleanWrapper(this, "multi", false);
    private final ReadOnlyStringWrapper bulkMessage = new ReadOnlyStringWrapper(this, "bulkMessage", "");
    private final ObservableList<PropertyRow> rows = FXCollections.observableArrayList();
    private final ObservableList<String> summary = FXCollections.observableArrayList();
    private BiConsumer<String, Network> onAccept = (name, n) -> { };
    private Network network;
    private List<NodeRef> targets = List.of();
    private FxBridge bridge;

    /** Where an accepted change goes: its undo name and the network after it (the app makes it one command). */
    public void setOnAccept(BiConsumer<String, Network> accept) {
        onAccept = accept;
    }

    /** Shows {@code selection} of {@code n} (the network itself when empty); {@code analysis} may be null or stale. */
    public void show(Network n, Collection<NodeRef> selection, AnalysisResult analysis) {
        List<NodeRef> next = n == null ? List.of() : selection.stream().sorted().toList();
        boolean same = n != null && next.equals(targets) && network != null;
        boolean unchanged = same && n == network;
        network = n;
        targets = next;
        multi.set(next.size() > 1);
        summary.setAll(next.size() > 1 ? summaryLines(SelectionSummary.of(n, next, analysis)) : List.of());
        if (unchanged) {
            return; // a new analysis of the same network: only the summary's shares follow it
        }
        if (n == null) {
            title.set("");
            rows.clear();
            return;
        }
        title.set(next.isEmpty() ? ViewText.get("sheet.title.network", n.name())
                : next.size() == 1 ? ViewText.get("sheet.title.one", next.get(0).id())
                : ViewText.get("sheet.title.several", next.size()));
        List<String> fields = fields(n, next);
        Map<String, String> values = values(fields);
        if (same && rows.stream().map(PropertyRow::field).toList().equals(fields)) {
            rows.forEach(r -> r.reset(values.get(r.field())));
        } else {
            rows.setAll(fields.stream().map(f -> new PropertyRow(f, !f.equals(SheetFields.ID), values.get(f))).toList());
        }
        bulkMessage.set("");
    }

    /**
     * Where the checks of {@link #type} run: the check writes and reads back the whole network (about 0.2 s on kusama),
     * so the window runs it off the FX thread and shows its message on it. Without one (tests) it runs at once.
     */
    public void setBridge(FxBridge bridge) {
        this.bridge = bridge;
    }

    /**
     * Checks {@code text} for {@code row} as the reader would and shows its message; nothing is applied yet. A
     * message that comes back after the text or the network changed again is dropped.
     */
    public void type(PropertyRow row, String text) {
        row.textProperty().set(text);
        if (!changed(row)) {
            row.setMessage("");
            return;
        }
        if (bridge == null) {
            row.setMessage(edit(row).message());
            return;
        }
        Network checked = network;
        List<NodeRef> on = targets;
        bridge.compute(() -> edit(checked, on, row.field(), text).message()).thenAccept(message -> {
            if (network == checked && row.textProperty().get().equals(text)) {
                row.setMessage(message);
            }
        });
    }

    /** Applies the row's text when it changed and reads; true when an edit was handed on. */
    public boolean commit(PropertyRow row) {
        if (network == null || !row.editable() || !changed(row)) {
            return false;
        }
        FieldEdit.Result r = edit(row);
        row.setMessage(r.message());
        if (!r.accepted() || r.network().equals(network)) {
            return false;
        }
        onAccept.accept(ViewText.get("sheet.undo.set", row.field(), names()), r.network());
        return true;
    }

    /** Puts the value in force back into the row and drops its message (Escape). */
    public void revert(PropertyRow row) {
        row.reset(row.shown());
    }

    /** Scales the stake of every selected validator by the factor typed ({@link NetworkEdits#scaleStake}), one edit. */
    public boolean scaleStake(String factorText) {
        double factor;
        try {
            factor = Double.parseDouble(factorText.strip());
        } catch (NumberFormatException e) {
            factor = Double.NaN;
        }
        List<String> validators = targets.stream().filter(r -> !r.isChain()).map(NodeRef::id).toList();
        if (network == null || validators.isEmpty() || !(factor > 0) || Double.isInfinite(factor)) {
            bulkMessage.set(ViewText.get("sheet.scale.invalid", factorText.strip()));
            return false;
        }
        Network next = NetworkEdits.scaleStake(network, validators, factor);
        List<String> problems = NetworkEdits.problems(next).stream().map(p -> p.path() + ": " + p.message()).toList();
        bulkMessage.set(problems.isEmpty() ? "" : problems.get(0));
        if (!problems.isEmpty() || next.equals(network)) {
            return false;
        }
        onAccept.accept(ViewText.get("sheet.undo.scale", Screen.decimal(factor), validators.size()), next);
        return true;
    }

    private boolean changed(PropertyRow row) {
        return !row.textProperty().get().strip().equals(row.shown().strip());
    }

    private FieldEdit.Result edit(PropertyRow row) {
        return edit(network, targets, row.field(), row.textProperty().get());
    }

    private static FieldEdit.Result edit(Network n, List<NodeRef> on, String field, String text) {
        return FieldEdit.setAll(n, on.isEmpty() ? java.util.Collections.singletonList(null) : on, field, text);
    }

    /** The values in force: each field's text on every target when they agree, else blank. */
    private Map<String, String> values(List<String> fields) {
        List<Map<String, String>> each = targets.isEmpty() ? List.of(FieldEdit.texts(network, null, fields))
                : targets.stream().map(t -> FieldEdit.texts(network, t, fields)).toList();
        Map<String, String> out = new java.util.HashMap<>();
        for (String f : fields) {
            Set<String> seen = new LinkedHashSet<>();
            each.forEach(m -> seen.add(m.get(f)));
            out.put(f, seen.size() == 1 ? seen.iterator().next() : "");
        }
        return out;
    }

    /** The fields of the one target, or those every target has (never the id or an allocation amount). */
    private static List<String> fields(Network n, List<NodeRef> targets) {
        if (targets.size() <= 1) {
            return SheetFields.of(n, targets.isEmpty() ? null : targets.get(0));
        }
        List<String> common = new ArrayList<>(SheetFields.of(n, targets.get(0)));
        targets.forEach(t -> common.retainAll(SheetFields.of(n, t)));
        common.removeIf(f -> f.equals(SheetFields.ID) || f.startsWith("allocations."));
        return common;
    }

    private String names() {
        return targets.isEmpty() ? network.name() : String.join(", ", targets.stream().map(NodeRef::id).limit(3).toList())
                + (targets.size() > 3 ? ViewText.get("sheet.andMore", targets.size() - 3) : "");
    }

    private static List<String> summaryLines(SelectionSummary s) {
        List<String> out = new ArrayList<>();
        out.add(ViewText.get("sheet.summary.count",
                s.chains() == 1 ? ViewText.get("sheet.count.chain") : ViewText.get("sheet.count.chains", s.chains()),
                s.validators() == 1 ? ViewText.get("sheet.count.validator")
                        : ViewText.get("sheet.count.validators", s.validators())));
        if (s.validators() > 0) {
            String value = Screen.amount(s.value(), s.valueUnit());
            out.add(s.stakeUnit() == null ? ViewText.get("sheet.summary.value", value)
                    : s.valueUnit().isEmpty() || s.valueUnit().equals(s.stakeUnit())
                    ? ViewText.get("sheet.summary.stake", Screen.amount(s.stake(), s.stakeUnit()))
                    : ViewText.get("sheet.summary.stakeAndValue", Screen.amount(s.stake(), s.stakeUnit()), value));
        }
        out.add(ViewText.get("sheet.summary.touched", s.touched().size(),
                s.touched().isEmpty() ? "" : "(" + String.join(", ", s.touched()) + ")"));
        s.shares().forEach(sh -> out.add(ViewText.get("sheet.summary.share", sh.chain(), Screen.percent(sh.share()))));
        return out;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** True with several elements selected: the summary and the bulk edits show. */
    public ReadOnlyBooleanProperty multiProperty() {
        return multi.getReadOnlyProperty();
    }

    /** Why the last stake scaling was refused; empty otherwise. */
    public ReadOnlyStringProperty bulkMessageProperty() {
        return bulkMessage.getReadOnlyProperty();
    }

    public ObservableList<PropertyRow> rows() {
        return rows;
    }

    /** The multi-selection summary, one line each; empty with one element or none selected. */
    public ObservableList<String> summary() {
        return summary;
    }
}
