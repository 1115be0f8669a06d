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
        Document doc = document.get();
        if (doc != null) {
            preview.accept(doc.network().get().withStakeScaled(validatorId, factor));
        }
    }

    @Override
    public void commit(String validatorId, double factor) {
        Document doc = document.get();
        if (doc == null) {
            return;
        }
        Network before = doc.network().get();
        Network after = before.withStakeScaled(validatorId, factor);
        String name = Messages.get("edit.stake", validatorId, String.format(Locale.ROOT, "%.2f", factor));
        commands.execute(new StateEdit<>(name, doc.network(), before, after));
    }

    @Override
    public void allocate(String validatorId, String chainId) {
        Document doc = document.get();
        if (doc == null) {
            return;
        }
        Network before = doc.network().get();
        boolean already = before.allocationsOf(validatorId).stream().anyMatch(a -> a.chain().equals(chainId));
        if (already || before.chain(chainId).isEmpty()) {
            return;
        }
        Network after = before.toBuilder().allocation(dev.sse.model.network.Allocation.pooled(validatorId, chainId)).build();
        commands.execute(new StateEdit<>(Messages.get("edit.allocate", validatorId, chainId), doc.network(), before, after));
    }

    @Override
    public void previewAllocation(String validatorId, String chainId, double factor) {
        Document doc = document.get();
        if (doc != null) {
            preview.accept(doc.network().get().withAllocationScaled(validatorId, chainId, factor));
        }
    }

    @Override
    public void commitAllocation(String validatorId, String chainId, double factor) {
        Document doc = document.get();
        if (doc == null) {
            return;
        }
        Network before = doc.network().get();
        Network after = before.withAllocationScaled(validatorId, chainId, factor);
        if (after.equals(before)) {
            restore.run(); // nothing moved (a pooled allocation dragged up): show the network as it is
            return;
        }
        String name = Messages.get("edit.allocation", validatorId, chainId, String.format(Locale.ROOT, "%.2f", factor));
        commands.execute(new StateEdit<>(name, doc.network(), before, after));
    }

    @Override
    public void cancel() {
        restore.run();
    }
}
