package dev.sse.app.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sse.app.testing.OpenWindow;
import dev.sse.app.testing.WindowArgs;
import dev.sse.model.analysis.SecurityAnalyzer;
import dev.sse.model.io.json.NetworkCodec;
import dev.sse.model.network.ChainKind;
import dev.sse.model.network.Network;
import dev.sse.model.network.graph.NodeRef;
import dev.sse.views.inspector.PropertyRow;
import dev.sse.views.inspector.PropertySheetViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 23, "Done means": a network built from nothing in the window (File → New, Edit → Add chain / Add validator /
 * Allocate, the property sheet), saved, reopened and analysed equals the same network written by hand.
 */
@Tag("ui")
@WindowArgs({"--sample", "textbook-domino"})
class BuildFromNothingTest extends OpenWindow {

    private static final String BY_HAND = """
            {"format": "shared-security-network", "version": 1, "name": "Untitled network",
             "validators": [{"id": "alice", "stake": 400}, {"id": "bob", "stake": 250, "operator": "bob-co"}],
             "chains": [{"id": "hub", "kind": "provider", "profitFromCorruption": 300},
                        {"id": "zone", "kind": "consumer", "securedBy": "hub", "profitFromCorruption": 50,
                         "security": {"topN": 95}}],
             "allocations": [{"validator": "alice", "chain": "hub"}, {"validator": "bob", "chain": "hub"}]}
            """;

    @TempDir
    Path dir;

    private Network network() {
        return context.mainWindow().currentDocument().network().get();
    }

    private static void set(PropertySheetViewModel vm, String field, String text) {
        PropertyRow row = vm.rows().stream().filter(r -> r.field().equals(field)).findFirst().orElseThrow();
        vm.type(row, text);
        assertThat(row.messageProperty().get()).as(field).isEmpty();
        assertThat(vm.commit(row)).as(field).isTrue();
    }

    @Test
    void builtInTheWindowSavedAndReopenedItAnalysesEqualToTheHandWrittenFile() throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> context.mainWindow().currentDocument() != null);
        WaitForAsyncUtils.asyncFx(() -> context.features().newNetwork().open(NewNetwork.EMPTY)).get().get(30, TimeUnit.SECONDS);
        var edits = context.features().edits();
        var graph = context.graphViewModel();
        PropertySheetViewModel sheet = context.features().sheet().viewModel();
        WaitForAsyncUtils.asyncFx(() -> {
            assertThat(edits.addChain("hub", ChainKind.PROVIDER, null)).isTrue();
            assertThat(edits.addChain("zone", ChainKind.CONSUMER, "hub")).isTrue();
            assertThat(edits.addValidator("alice", 400)).isTrue();
            assertThat(edits.addValidator("bob", 250)).isTrue();
            graph.selectAll(List.of(NodeRef.validator("alice"), NodeRef.validator("bob"), NodeRef.chain("hub")), false);
            assertThat(edits.allocateSelection()).isTrue();
            graph.select(NodeRef.chain("hub"));
            set(sheet, "profitFromCorruption", "300");
            graph.select(NodeRef.chain("zone"));
            set(sheet, "profitFromCorruption", "50");
            set(sheet, "security.topN", "95");
            graph.select(NodeRef.validator("bob"));
            set(sheet, "operator", "bob-co");
        }).get();
        Path file = dir.resolve("built.json");
        WaitForAsyncUtils.asyncFx(() -> assertThat(context.mainWindow().documents().saveTo(file)).isTrue()).get();
        assertThat(context.mainWindow().currentDocument().isDirty()).isFalse();
        WaitForAsyncUtils.asyncFx(() -> context.mainWindow().documents().openFile(file)).get().get(30, TimeUnit.SECONDS);

        Network byHand = NetworkCodec.readString("hand.json", BY_HAND);
        Network reopened = network();
        assertThat(reopened).isEqualTo(byHand);
        assertThat(NetworkCodec.read(file)).isEqualTo(byHand);
        assertThat(Files.readString(file)).isEqualTo(NetworkCodec.write(byHand));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> context.mainWindow().analysisProperty().get() != null
                && context.mainWindow().analysisProperty().get().chains().containsKey("zone"));
        assertThat(context.mainWindow().analysisProperty().get()).isEqualTo(SecurityAnalyzer.analyze(byHand,
                dev.sse.model.analysis.AnalysisOptions.defaults()));
    }
}
