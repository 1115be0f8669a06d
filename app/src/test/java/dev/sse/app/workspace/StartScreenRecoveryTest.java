package dev.sse.app.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sse.app.files.AppHome;
import dev.sse.app.files.Document;
import dev.sse.app.files.NetworkLoader;
import dev.sse.app.files.RecoveryStore;
import dev.sse.app.testing.Options;
import dev.sse.app.testing.TempFiles;
import dev.sse.app.testing.UiLookups;
import dev.sse.app.AppContext;
import dev.sse.model.io.json.ScenarioCodec;
import dev.sse.model.network.Network;
import dev.sse.model.simulation.Scenario;
import dev.sse.model.simulation.fault.Fault;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 18 item 1: unsaved work left by a crashed explorer is offered on the start screen (it used to wait for a
 * network to be opened), its injected faults come back with it, and closing the question deletes nothing.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class StartScreenRecoveryTest {

    private static final String PREFS = "/dev/sse/start-screen-recovery-test";
    private static final long CRASHED_PID = 999_999_999L;
    private Path home;
    private AppContext context;
    private Network edited;
    private List<Fault> faults;

    @BeforeEach
    void leaveWorkBehindAndOpenTheStartScreen() throws Exception {
        home = Files.createTempDirectory("sse-start-recovery");
        faults = List.of(new Fault.Shock(List.of("v0")));
        Network base = NetworkLoader.loadSample("textbook-domino").withStakeScaled("v1", 2);
        edited = base.toBuilder().scenario(Document.SCENARIO_KEY,
                ScenarioCodec.toSettings(new Scenario(Document.SCENARIO_KEY, faults, null, Document.DEFAULT_SEED))).build();
        new RecoveryStore(home.resolve("recovery"), CRASHED_PID, pid -> false)
                .save(edited, new RecoveryStore.Origin(null, "textbook-domino", "textbook-domino (sample)"));
        Stage stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> {
            context = AppContext.create(new AppHome(home, PREFS));
            context.show(stage, Options.of());
        });
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            Document doc = context.mainWindow().currentDocument();
            if (doc != null && doc.isDirty()) {
                doc.revert();
            }
        }).get();
        org.testfx.util.WaitForAsyncUtils.asyncFx(context::close).get(); // on the FX thread, as Application.stop() does
        TempFiles.deleteTree(home);
    }

    @Test
    void restoreFromTheStartScreenBringsBackTheNetworkAndItsFaults(FxRobot robot) throws Exception {
        DialogPane offer = UiLookups.awaitDialog(robot, h -> h.startsWith("The explorer closed without saving"), 20);
        assertThat(robot.lookup(".start-screen").tryQuery()).as("still on the start screen").isPresent();

        robot.clickOn(UiLookups.button(robot, offer, "Restore"));

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> context.mainWindow().currentDocument() != null);
        Document doc = context.mainWindow().currentDocument();
        assertThat(doc.network().get().validators()).isEqualTo(edited.validators());
        assertThat(doc.scenario().get().faults()).isEqualTo(faults);
        assertThat(doc.isDirty()).isTrue();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".start-screen").tryQuery()).as("the start screen gave way to the network").isEmpty();
    }

    @Test
    void closingTheQuestionKeepsTheCopyForLater(FxRobot robot) throws Exception {
        DialogPane offer = UiLookups.awaitDialog(robot, h -> h.startsWith("The explorer closed without saving"), 20);

        robot.clickOn(UiLookups.button(robot, offer, "Later"));
        WaitForAsyncUtils.waitForFxEvents();

        RecoveryStore store = new RecoveryStore(home.resolve("recovery"));
        assertThat(store.orphans()).hasSize(1);
        assertThat(store.read(store.orphans().get(0))).isEqualTo(edited);
    }
}
