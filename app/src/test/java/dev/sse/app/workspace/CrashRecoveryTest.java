package dev.sse.app.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sse.app.files.AppHome;
import dev.sse.app.files.Document;
import dev.sse.app.files.NetworkLoader;
import dev.sse.app.files.RecoveryStore;
import dev.sse.app.testing.ExplorerProcess;
import dev.sse.app.testing.Options;
import dev.sse.app.testing.TempFiles;
import dev.sse.app.AppContext;
import dev.sse.model.network.Network;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Crash recovery end to end: a real explorer process opens Theorem 2, makes an edit (hidden
 * {@code --test-edit=b:2}), autosaves it, and is killed with SIGKILL; a new explorer on the same home
 * offers the copy, and Restore brings back exactly the edited network, unsaved, pointing at its sample.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class CrashRecoveryTest {

    private static final String PREFS = "/dev/sse/crash-recovery-test";
    private static Path home;
    private static long crashedPid;
    private AppContext context;
    private Stage stage;

    @BeforeAll
    static void crashAnExplorerWithUnsavedWork() throws Exception {
        home = Files.createTempDirectory("sse-crash-test");
        Path output = home.resolve("child.log");
        Process child = ExplorerProcess.start(home, PREFS, output,
                "--sample", "textbook-theorem2", "--test-edit=b:2", "--exit-after=60");
        crashedPid = child.pid();
        RecoveryStore store = new RecoveryStore(home.resolve("recovery"));
        Path note = store.noteFile(crashedPid);
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
            while (!Files.exists(note) && child.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(note).as("autosave note; child output:%n%s", ExplorerProcess.output(output)).exists();
        } finally {
            child.destroyForcibly(); // SIGKILL: no shutdown hooks, no clean exit
            child.waitFor(10, TimeUnit.SECONDS);
        }
        assertThat(store.networkFile(crashedPid)).exists();
    }

    @AfterAll
    static void deleteHome() throws Exception {
        TempFiles.deleteTree(home);
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        context = AppContext.create(new AppHome(home, PREFS));
        context.show(stage, Options.of("--sample", "textbook-theorem2"));
    }

    @AfterEach
    void close() throws Exception {
        org.testfx.util.WaitForAsyncUtils.asyncFx(context::close).get(); // on the FX thread, as Application.stop() does
    }

    @Test
    void restoreBringsBackTheEditedNetworkUnsavedAndDropsTheOldCopy(FxRobot robot) throws Exception {
        Network edited = NetworkLoader.loadSample("textbook-theorem2").withStakeScaled("b", 2);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> restoreButton(robot) != null);

        robot.clickOn(restoreButton(robot));

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            Document doc = context.mainWindow().currentDocument();
            return doc != null && doc.network().get().equals(edited);
        });
        Document doc = context.mainWindow().currentDocument();
        assertThat(doc.isDirty()).isTrue();
        assertThat(doc.sampleId()).isEqualTo("textbook-theorem2");
        assertThat(doc.network().get().validator("b").orElseThrow().stake()).isEqualTo(1.8);
        RecoveryStore store = new RecoveryStore(home.resolve("recovery"));
        // our own autosave now holds the work, and the crashed process' copy is gone
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !Files.exists(store.networkFile(crashedPid))
                && Files.exists(store.networkFile(ProcessHandle.current().pid())));
        assertThat(NetworkLoader.load(store.networkFile(ProcessHandle.current().pid()))).isEqualTo(edited);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> stage.getTitle().startsWith("• "));
    }

    private static Button restoreButton(FxRobot robot) {
        return robot.lookup(".button").match((Node n) -> n instanceof Button b && "Restore".equals(b.getText()))
                .tryQueryAs(Button.class).orElse(null);
    }
}
