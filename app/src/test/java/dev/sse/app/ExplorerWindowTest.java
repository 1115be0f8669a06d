package dev.sse.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.sse.app.files.NetworkLoader;
import dev.sse.app.testing.OpenWindow;
import dev.sse.model.network.Chain;
import dev.sse.model.network.Network;
import dev.sse.model.network.Validator;
import dev.sse.model.network.graph.NodeRef;
import dev.sse.samples.SampleNetworks;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.scene.Node;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The real window on the default network: the graph shows exactly its chains and validators, the inspector every figure. */
@Tag("ui")
class ExplorerWindowTest extends OpenWindow {

    @Override
    protected GuiOptions options() {
        return new GuiOptions();
    }

    @Test
    void showsExactlyTheDefaultNetworksChainsAndValidators(FxRobot robot) throws Exception {
        Network expected = NetworkLoader.loadSample(SampleNetworks.DEFAULT_ID);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> context.graphViewModel().frameProperty().get() != null
                && !context.graphViewModel().busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(ids(".chain-node"))
                .isEqualTo(expected.chains().stream().map(Chain::id).collect(Collectors.toSet()));
        assertThat(ids(".validator-node"))
                .isEqualTo(expected.validators().stream().map(Validator::id).collect(Collectors.toSet()));
        assertThat(robot.lookup(".legend").queryAll()).hasSize(1);
        assertThat(stage.getTitle()).contains(expected.name());
    }

    @Test
    void theInspectorShowsEveryFigureOfASelectedValidatorWithItsValue() throws Exception {
        awaitAnalysis();
        Network network = context.mainWindow().currentDocument().network().get();
        String validator = network.validators().get(0).id();
        WaitForAsyncUtils.asyncFx(() -> context.graphViewModel().select(NodeRef.validator(validator))).get();
        WaitForAsyncUtils.waitForFxEvents();

        var rows = WaitForAsyncUtils.asyncFx(() -> stage.getScene().getRoot().lookupAll(".inspector-row")).get();
        assertThat(rows).isNotEmpty();
        // rows with a glossary link ("Stake ?") lost their value once: every row has its value line
        assertThat(rows).allSatisfy(row -> assertThat(row.lookupAll(".inspector-value")).singleElement()
                .satisfies(v -> assertThat(((javafx.scene.control.Label) v).getText()).isNotBlank()));
        assertThat(rows.stream().filter(r -> !r.lookupAll(".inspector-glossary").isEmpty())).isNotEmpty();
    }

    @Test
    void eachChainLabelIsTwelvePixelsOnScreenOverABackdropThatCoversIt() throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> context.graphViewModel().frameProperty().get() != null
                && !context.graphViewModel().busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        // labels are placed once a camera change settles (150 ms, NodeLayer): wait for the last one, e.g. a fit on resize
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> stage.getScene().getRoot()
                .lookupAll(".node-label").stream().allMatch(l -> l.isVisible()
                        && Math.abs(l.getLocalToSceneTransform().getMxx() - 1) < 1e-9)).get());
        WaitForAsyncUtils.asyncFx(() -> {
            var root = stage.getScene().getRoot();
            var labels = root.lookupAll(".node-label").stream().map(javafx.scene.text.Text.class::cast).toList();
            var backdrops = root.lookupAll(".node-label-backdrop").stream()
                    .map(javafx.scene.shape.Rectangle.class::cast).toList();
            int chains = context.mainWindow().currentDocument().network().get().chains().size();
            assertThat(labels).hasSize(chains);
            assertThat(backdrops).hasSize(chains);
            for (int i = 0; i < chains; i++) {
                var label = labels.get(i);
                // no stroke on text: the software pipeline strokes every glyph outline on each paint (an outside
                // stroke even subtracts them in area geometry: 6.4 s a frame with kusama's labels in view)
                assertThat(label.getStroke() == null || label.getStrokeWidth() == 0).isTrue();
                // drawn in screen pixels and counter-scaled to the camera: 12 px on screen at every zoom
                assertThat(label.getFont().getSize()).isEqualTo(12);
                assertThat(label.getLocalToSceneTransform().getMxx()).isCloseTo(1, within(1e-9));
                var text = label.localToScene(label.getLayoutBounds());
                var under = backdrops.get(i).localToScene(backdrops.get(i).getBoundsInLocal());
                assertThat(under.contains(text)).as("the backdrop covers its label").isTrue();
                assertThat(under.getWidth() - text.getWidth())
                        .isCloseTo(2 * dev.sse.views.graph.render.NodeLayer.LABEL_BACKDROP_PAD, within(1.0));
            }
        }).get();
    }

    /** Every glyph in the scene graph (robot lookups skip nodes outside the visible screen). */
    private Set<String> ids(String query) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> stage.getScene().getRoot().lookupAll(query)).get().stream()
                .map(Node::getUserData).filter(NodeRef.class::isInstance)
                .map(u -> ((NodeRef) u).id()).collect(Collectors.toSet());
    }
}
