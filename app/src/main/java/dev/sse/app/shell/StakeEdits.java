package dev.sse.app.shell;

import dev.sse.app.commands.CommandStack;
import dev.sse.app.commands.StateEdit;
import dev.sse.app.files.Document;
import dev.sse.app.i18n.Messages;
import dev.sse.model.network.Network;
import dev.sse.views.graph.GraphViewModel;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Turns stake and allocation drags into edits: while dragging, a preview network is shown and analysed (the
 * document is untouched); the release executes one {@link StateEdit}, so one drag is one undo.
 */
final class StakeEdits implements GraphViewModel.StakeEditor {

    private final CommandStack commands;
    private final Supplier<Document> document;
    private final Consumer<Network> preview;
    private final Runnable restore;

    StakeEdits(CommandStack commands, Supplier<Document> document, Consumer<Network> preview, Runnable restore) {
        this.commands = commands;
        this.document = document;
        this.preview = preview;
        this.restore = restore;
    }

    @Override
    public void preview(String validatorId, double factor) {
        showPreview(n -> n.withStakeScaled(validatorId, factor));
    }

    @Override
    public void commit(String validatorId, double factor) {
        edit(Messages.get("edit.stake", validatorId, twoDecimals(factor)), n -> n.withStakeScaled(validatorId, factor));
    }

    @Override
    public void previewAllocation(String validatorId, String chainId, double factor) {
        showPreview(n -> n.withAllocationScaled(validatorId, chainId, factor));
    }

    @Override
    public void commitAllocation(String validatorId, String chainId, double factor) {
        edit(Messages.get("edit.allocation", validatorId, chainId, twoDecimals(factor)),
                n -> n.withAllocationScaled(validatorId, chainId, factor));
    }

    /**
     * A validator dropped onto a chain joins the set securing it, as one undoable edit: an allocation of its own, or
     * on a chain inheriting its provider's set an opt-in ({@link dev.sse.model.analysis.Joining}); a drop that would
     * change nothing is no edit.
     */
    @Override
    public void allocate(String validatorId, String chainId) {
        Document doc = document.get();
        if (doc == null) {
            return;
        }
        Network before = doc.network().get();
        Network after = dev.sse.model.analysis.Joining.join(before, validatorId, chainId);
        if (after != before) {
            commands.execute(new StateEdit<>(Messages.get("edit.allocate",
                    before.validator(validatorId).map(v -> v.name()).orElse(validatorId),
                    before.chain(chainId).map(c -> c.name()).orElse(chainId)), doc.network(), before, after));
        }
    }

    /** Shows the document's network with {@code change} applied, leaving the document as it is. */
    private void showPreview(UnaryOperator<Network> change) {
        Document doc = document.get();
        if (doc != null) {
            preview.accept(change.apply(doc.network().get()));
        }
    }

    /**
     * Applies {@code change} to the document as one undoable edit; a change that changes nothing (a pooled
     * allocation dragged up) is no edit, and the network is shown as it is.
     */
    private void edit(String name, UnaryOperator<Network> change) {
        Document doc = document.get();
        if (doc == null) {
            return;
        }
        Network before = doc.network().get();
        Network after = change.apply(before);
        if (after.equals(before)) {
            restore.run();
            return;
        }
        commands.execute(new StateEdit<>(name, doc.network(), before, after));
    }

    private static String twoDecimals(double factor) {
        return String.format(Locale.ROOT, "%.2f", factor);
    }

    @Override
    public void cancel() {
        restore.run();
    }
}
