package dev.sse.app.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sse.app.testing.OpenWindow;
import dev.sse.app.testing.WindowArgs;
import dev.sse.model.network.ChainKind;
import dev.sse.model.network.Network;
import dev.sse.model.network.graph.NodeRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** Issue 23 (build and edit): each gesture is one undoable edit; what the reader would reject is refused. */
@Tag("ui")
@WindowArgs({"--sample", "textbook-domino"})
class EditActionsTest extends OpenWindow {

    private Network network() {
        return context.mainWindow().currentDocument().network().get();
    }

    @Test
    void addAllocateRenameDeleteAndUndoEachOnce() throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> context.mainWindow().currentDocument() != null
                && context.graphViewModel().frameProperty().get() != null);
        Network original = network();
        var edits = context.features().edits();
        List<String> refused = new ArrayList<>();
        List<String> asked = new ArrayList<>();
        String chain = original.chains().get(0).id();
        WaitForAsyncUtils.asyncFx(() -> {
            edits.onRefusal(refused::add);
            assertThat(edits.addValidator("newcomer", 250)).isTrue();
            context.graphViewModel().selectAll(List.of(NodeRef.validator("newcomer"), NodeRef.chain(chain)), false);
            assertThat(edits.allocateSelection()).isTrue();
            assertThat(edits.rename(NodeRef.validator("newcomer"), "New operator")).isTrue();
            assertThat(edits.addChain("orphan", ChainKind.CONSUMER, "no-such-provider")).isFalse();
        }).get();
        assertThat(refused).singleElement().asString().contains("no-such-provider");
        assertThat(network().validator("newcomer")).hasValueSatisfying(v -> assertThat(v.name()).isEqualTo("New operator"));
        assertThat(network().allocationsOf("newcomer")).singleElement().satisfies(a -> assertThat(a.chain()).isEqualTo(chain));

        WaitForAsyncUtils.asyncFx(() -> edits.delete(Set.of(NodeRef.validator("newcomer")), goes -> asked.addAll(goes))).get();
        assertThat(asked).containsExactly("validator newcomer", "allocation newcomer → " + chain);
        assertThat(network().validator("newcomer")).isEmpty();

        WaitForAsyncUtils.asyncFx(() -> {
            for (int i = 0; i < 4; i++) {
                context.mainWindow().commands().undo();
            }
        }).get();
        assertThat(network()).isEqualTo(original);
    }
    @Test
    void fileNewOpensATemplateUnsavedAndDuplicateCopiesAChainWithItsAllocationsAsOneUndo() throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> context.mainWindow().currentDocument() != null);
        WaitForAsyncUtils.asyncFx(() -> context.features().newNetwork().open("ics-hub")).get().get(30, TimeUnit.SECONDS);
        Network template = NewNetwork.network("ics-hub");
        assertThat(network()).isEqualTo(template);
        assertThat(context.mainWindow().currentDocument().file()).isNull();
        WaitForAsyncUtils.asyncFx(() -> {
            context.graphViewModel().selectAll(List.of(NodeRef.chain("hub")), false);
            assertThat(context.features().edits().duplicateSelection()).isTrue();
        }).get();
        assertThat(network().chains()).extracting(c -> c.id()).containsExactly("hub", "hub-copy", "consumer-a", "consumer-b");
        assertThat(network().allocationsTo("hub-copy")).hasSameSizeAs(template.allocationsTo("hub"));
        WaitForAsyncUtils.asyncFx(() -> context.mainWindow().commands().undo()).get();
        assertThat(network()).isEqualTo(template);
        WaitForAsyncUtils.asyncFx(() -> context.features().newNetwork().open(NewNetwork.EMPTY)).get().get(30, TimeUnit.SECONDS);
        assertThat(network().chains()).isEmpty();
    }
}
