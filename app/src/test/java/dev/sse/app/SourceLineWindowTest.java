package dev.sse.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sse.app.prefs.Theme;
import dev.sse.app.testing.Legibility;
import dev.sse.app.testing.OpenWindow;
import dev.sse.app.testing.WindowArgs;
import java.util.List;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 22 item 2: an imported network shows where it came from under its name (the bundled Cosmos Hub + Neutron
 * snapshot of June 2024, built by {@code import cosmos}), readable in every theme, its whole source as the tooltip.
 */
@Tag("ui")
@WindowArgs({"--sample", "cosmos-hub-neutron-2024-06"})
class SourceLineWindowTest extends OpenWindow {

    @Test
    void theSourceLineSitsUnderTheNetworksName(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Label source = robot.lookup(".status-bar .source-line").queryAs(Label.class);
        assertThat(source.isVisible()).isTrue();
        assertThat(source.getText()).isEqualTo("Source: cosmoshub-4 · 2024-06-24 · explorer import cosmos 1 · 2 assumptions");
        assertThat(source.getTooltip().getText()).startsWith("cosmoshub-4, 2024-06-24: GET /cosmos/staking/v1beta1/validators");
        for (Theme theme : List.of(Theme.DARK, Theme.HIGH_CONTRAST, Theme.LIGHT)) {
            robot.interact(() -> context.workspace().setTheme(theme));
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(WaitForAsyncUtils.asyncFx(() -> Legibility.contrast(source)).get()).as("source line, %s", theme)
                    .isGreaterThanOrEqualTo(4.5);
        }
    }
}
