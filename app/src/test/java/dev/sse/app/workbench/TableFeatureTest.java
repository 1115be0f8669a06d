package dev.sse.app.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sse.app.testing.OpenWindow;
import dev.sse.app.testing.WindowArgs;
import dev.sse.model.network.Network;
import dev.sse.model.network.graph.NodeRef;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** Issue 23: View → Node table docks the tables, filled from the analysis, with the selection linked both ways. */
@Tag("ui")
@WindowArgs({"--sample", "textbook-domino"})
class TableFeatureTest extends OpenWindow {

    @Test
    void tablesFollowTheAnalysisAndShareTheSelection() throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> context.mainWindow().analysisProperty().get() != null
                && context.graphViewModel().frameProperty().get() != null);
        WaitForAsyncUtils.asyncFx(() -> context.features().table().setShown(true)).get();
        WaitForAsyncUtils.waitForFxEvents();
        Network n = context.mainWindow().currentDocument().network().get();
        var view = context.features().table().view();
        assertThat(view.chainTable().getItems()).hasSize(n.chains().size());
        assertThat(view.validatorTable().getItems()).hasSize(n.validators().size());
        assertThat(view.isVisible() && view.getScene() != null).isTrue();

        WaitForAsyncUtils.asyncFx(() -> view.chainTable().getSelectionModel().select(1)).get();
        WaitForAsyncUtils.waitForFxEvents();
        NodeRef chain = view.chainTable().getItems().get(1).ref();
        assertThat(context.graphViewModel().selection()).containsExactly(chain);

        NodeRef validator = NodeRef.validator(n.validators().get(0).id());
        WaitForAsyncUtils.asyncFx(() -> context.graphViewModel().select(validator)).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.validatorTable().getSelectionModel().getSelectedItems()).extracting(r -> r.ref()).containsExactly(validator);
        assertThat(view.chainTable().getSelectionModel().getSelectedItems()).isEmpty();

        WaitForAsyncUtils.asyncFx(() -> context.features().table().viewModel().filterProperty().set("id=" + chain.id())).get();
        assertThat(view.chainTable().getItems()).extracting(r -> r.ref()).containsExactly(chain);
        assertThat(view.shownCsv().lines().count()).isEqualTo(2);
    }
}
