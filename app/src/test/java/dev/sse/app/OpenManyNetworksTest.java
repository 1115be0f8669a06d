package dev.sse.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sse.app.files.Document;
import dev.sse.app.testing.HandlerCount;
import dev.sse.app.testing.OpenWindow;
import dev.sse.app.testing.WindowArgs;
import dev.sse.samples.SampleNetworks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue #18 "Every listener a view or feature adds is released when it closes: opening a hundred networks in a row
 * leaves no listeners, glyphs or threads behind." Opens files through {@code DocumentActions.openFile}, the path
 * File ▸ Open takes once a file is chosen, and compares the window's handler and filter counts, its scene-graph size
 * and the live threads after the 100th network with those after the first.
 */
@Tag("ui")
@WindowArgs({"--sample", "textbook-domino"})
class OpenManyNetworksTest extends OpenWindow {

    private static final int OPENS = 100;

    @TempDir
    Path dir;

    @Test
    void openingAHundredNetworksInARowLeavesNoHandlersNodesOrThreadsBehind() throws Exception {
        Path a = dir.resolve("a.json");
        Path b = dir.resolve("b.json");
        copySample("textbook-domino", a);
        copySample("textbook-domino", b);
        open(a);
        Footprint first = WaitForAsyncUtils.asyncFx(this::footprint).get();

        for (int i = 0; i < OPENS; i++) {
            open(i % 2 == 0 ? b : a);
        }
        Footprint last = WaitForAsyncUtils.asyncFx(this::footprint).get();

        assertThat(last.windowHandlers()).as("handlers and filters on the stage").isEqualTo(first.windowHandlers());
        assertThat(last.sceneHandlers()).as("handlers and filters on the scene").isEqualTo(first.sceneHandlers());
        assertThat(last.nodes()).as("nodes in the scene graph").isEqualTo(first.nodes());
        assertThat(last.threads()).as("live threads").isLessThanOrEqualTo(first.threads() + 2);
    }

    /**
     * PresenterMode's key filter, the window's close request, the workspace's hidden handler: all gone once the window
     * closes, so a stage that shows the window again (TestFX reuses one; so could a future "New window") does not
     * collect them. TestFX keeps one {@code Event.ANY} handler of its own on the stage.
     */
    @Test
    void closingTheWindowRemovesEveryHandlerItAddedToTheStage() throws Exception {
        assertThat(WaitForAsyncUtils.asyncFx(() -> HandlerCount.byType(stage)).get()).containsKey("KEY_PRESSED");
        WaitForAsyncUtils.asyncFx(context::close).get();
        var closed = WaitForAsyncUtils.asyncFx(() -> HandlerCount.byType(stage)).get();
        assertThat(closed).as("left on the stage after closing").doesNotContainKeys("KEY_PRESSED", "WINDOW_CLOSE_REQUEST",
                "WINDOW_HIDDEN");

        WaitForAsyncUtils.asyncFx(() -> {
            context = AppContext.create();
            context.show(stage, options());
        }).get();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> context.mainWindow().analysisProperty().get() != null);
        WaitForAsyncUtils.asyncFx(context::close).get();
        assertThat(WaitForAsyncUtils.asyncFx(() -> HandlerCount.byType(stage)).get()).as("after a second window")
                .isEqualTo(closed);
    }

    /**
     * AppContext owns every executor (issue #18): the main window's workers, the Compare windows' pool, the edge
     * rasteriser (a static pool in views until now, alive for the whole JVM) and the margin race's pool (a static
     * "margin-race" pool in the model's MilpRatio until now) all end when the context closes. cosmos-hub-ics's margin
     * is raced on CP-SAT (MilpRatio's Javadoc).
     */
    @Test
    void closingTheContextEndsEveryThreadItsWindowsStarted() throws Exception {
        java.util.Set<Thread> sharedBefore = sharedRaceThreads();
        Path cosmos = dir.resolve("cosmos.json");
        copySample("cosmos-hub-ics", cosmos);
        open(cosmos);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> threads().stream().anyMatch(t -> t.getName().startsWith("sse-margin-race-")));
        assertThat(sharedRaceThreads()).as("the window raced on the model's static pool").isSubsetOf(sharedBefore);
        WaitForAsyncUtils.asyncFx(() -> context.compare().open(stage, "textbook-domino",
                context.mainWindow().currentDocument().network().get(), "isolate", null)).get();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> threads().stream().anyMatch(t -> t.getName().startsWith("sse-compare-")));
        java.util.Set<Thread> started = threads();
        assertThat(started).extracting(Thread::getName).anyMatch(n -> n.startsWith("sse-edge-raster"))
                .anyMatch(n -> n.startsWith("sse-worker-"));

        WaitForAsyncUtils.asyncFx(() -> {
            javafx.stage.Window.getWindows().stream().filter(w -> w != stage).toList().forEach(javafx.stage.Window::hide);
            context.close();
        }).get();
        // a solve already running ends at its next check (CP-SAT between its deterministic units): generous under load
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> started.stream().noneMatch(Thread::isAlive));
    }

    /** Live threads of the explorer's own pools. */
    private static java.util.Set<Thread> threads() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive)
                .filter(t -> t.getName().startsWith("sse-worker-") || t.getName().startsWith("sse-compare-")
                        || t.getName().startsWith("sse-edge-raster") || t.getName().startsWith("sse-margin-race-")
                        || t.getName().startsWith("sse-montecarlo-"))
                .collect(java.util.stream.Collectors.toSet());
    }

    /** Live threads of the model's shared race pool (the command line's; a window must never use it). */
    private static java.util.Set<Thread> sharedRaceThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive)
                .filter(t -> t.getName().equals("margin-race")).collect(java.util.stream.Collectors.toSet());
    }

    private void copySample(String id, Path to) throws Exception {
        try (var in = SampleNetworks.class.getResourceAsStream("/dev/sse/samples/" + id + ".json")) {
            Files.copy(in, to);
        }
    }

    private void open(Path file) throws Exception {
        CompletableFuture<Document> opened = WaitForAsyncUtils.asyncFx(
                () -> context.mainWindow().documents().openFile(file)).get();
        opened.get(60, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !context.graphViewModel().busyProperty().get()
                && context.mainWindow().analysisProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private record Footprint(int windowHandlers, int sceneHandlers, int nodes, int threads) {
    }

    private Footprint footprint() {
        return new Footprint(HandlerCount.of(stage), HandlerCount.of(stage.getScene()), count(stage.getScene().getRoot()),
                Thread.activeCount());
    }

    private static int count(Node node) {
        int n = 1;
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                n += count(child);
            }
        }
        return n;
    }
}
