package dev.sse.app.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sse.app.testing.OpenWindow;
import dev.sse.app.testing.WindowArgs;
import dev.sse.model.network.Network;
import dev.sse.model.network.graph.NodeRef;
import dev.sse.views.inspector.PropertyRow;
import dev.sse.views.inspector.PropertySheetViewModel;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** Issue 23 (property sheet in the window): an accepted change is one undo step and the analysis follows it. */
@Tag("ui")
@WindowArgs({"--sample", "textbook-domino"})
class PropertySheetFeatureTest extends OpenWindow {

    private Network network() {
        return context.mainWindow().currentDocument().network().get();
    }

    private PropertyRow row(PropertySheetViewModel vm, String field) {
        return vm.rows().stream().filter(r -> r.field().equals(field)).findFirst().orElseThrow();
    }

    @Test
    void theSheetSitsUnderTheInspectorAndEachAcceptedChangeIsOneUndoThatTheAnalysisFollows() throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> context.mainWindow().currentDocument() != null
                && context.mainWindow().analysisProperty().get() != null);
        Network original = network();
        PropertySheetViewModel vm = context.features().sheet().viewModel();
        WaitForAsyncUtils.asyncFx(() -> {
            assertThat(context.mainWindow().stage().getScene().getRoot().lookup(".property-sheet")).isNotNull();
            context.graphViewModel().select(NodeRef.chain("s3"));
            PropertyRow profit = row(vm, "profitFromCorruption");
            assertThat(profit.textProperty().get()).isEqualTo("1.02");
            vm.type(profit, "-1");
        }).get();
        // the reader's check runs off the FX thread in the window; its message comes back on it
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> !row(vm, "profitFromCorruption").messageProperty().get().isEmpty()).get());
        WaitForAsyncUtils.asyncFx(() -> {
            PropertyRow profit = row(vm, "profitFromCorruption");
            assertThat(profit.messageProperty().get()).startsWith("$.chains[2].profitFromCorruption: ");
            assertThat(vm.commit(profit)).isFalse();
            vm.type(profit, "5");
            assertThat(vm.commit(profit)).isTrue();
        }).get();
        assertThat(network().chain("s3").orElseThrow().profitFromCorruption()).isEqualTo(5);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> context.mainWindow().analysisProperty().get()
                .chains().get("s3").profitFromCorruption() == 5);
        WaitForAsyncUtils.asyncFx(() -> {
            context.graphViewModel().selectAll(List.of(NodeRef.validator("v1"), NodeRef.validator("v2")), false);
            assertThat(vm.multiProperty().get()).isTrue();
            assertThat(vm.summary()).contains("0 chains, 2 validators", "Total stake 2", "Chains touched: 3 (s1, s2, s3)");
            assertThat(vm.scaleStake("2")).isTrue();
        }).get();
        assertThat(network().validator("v2").orElseThrow().stake()).isEqualTo(2);
        WaitForAsyncUtils.asyncFx(() -> {
            context.mainWindow().commands().undo();
            context.mainWindow().commands().undo();
        }).get();
        assertThat(network()).isEqualTo(original);
    }
}
