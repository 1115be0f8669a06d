package dev.sse.app.compare;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sse.views.common.RunButtons;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 21: the Sweep and Monte Carlo tabs share one copy of their Run, Cancel and Export buttons ({@link RunButtons}):
 * Run while idle, Cancel while running, Export once a result is in.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class RunButtonsTest {

    @Start
    void start(Stage stage) {
        stage.show();
    }

    @Test
    void runWhileIdleCancelWhileRunningExportWithAResult() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        AtomicInteger cancels = new AtomicInteger();
        AtomicInteger exports = new AtomicInteger();
        SimpleBooleanProperty running = new SimpleBooleanProperty(false);
        SimpleBooleanProperty noResult = new SimpleBooleanProperty(true);
        Button[] b = new Button[3];
        WaitForAsyncUtils.asyncFx(() -> {
            b[0] = RunButtons.run("mc-run", runs::incrementAndGet, running);
            b[1] = RunButtons.cancel(cancels::incrementAndGet, running);
            b[2] = RunButtons.export(exports::incrementAndGet, noResult);
            b[0].fire();
        }).get();
        assertThat(b[0].getId()).isEqualTo("mc-run");
        assertThat(runs).hasValue(1);
        assertThat(b[0].isDisabled()).isFalse();
        assertThat(b[1].isDisabled()).isTrue();
        assertThat(b[2].isDisabled()).isTrue();
        WaitForAsyncUtils.asyncFx(() -> {
            running.set(true);
            noResult.set(false);
            b[1].fire();
            b[2].fire();
        }).get();
        assertThat(b[0].isDisabled()).isTrue();
        assertThat(b[1].isDisabled()).isFalse();
        assertThat(b[2].isDisabled()).isFalse();
        assertThat(cancels).hasValue(1);
        assertThat(exports).hasValue(1);
    }
}
