package dev.sse.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sse.model.analysis.AnalysisResult;
import dev.sse.model.analysis.EigenLayerCondition;
import dev.sse.model.analysis.Margin;
import dev.sse.views.graph.Shown;
import java.util.Map;
import java.util.Set;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 18 item 5: the badge showed "SECURE · margin γ* −90.7% (bound)" in green, its label from one field and its
 * number from another. Now text and colour follow the result's one verdict.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class StatusBarVerdictTest {

    private static AnalysisResult result(boolean secure, boolean proven, double margin) {
        return new AnalysisResult("n", "USD", 1, secure, proven, new Margin(margin, false, margin - 0.1, ""), null,
                false, null, new EigenLayerCondition(true, Map.of(), ""), Map.of(), null, "cp-sat", "why");
    }

    private static Set<PseudoClass> show(StatusBar bar, AnalysisResult r) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            // the document's analysis outside playback, as the window's pipeline hands it over
            bar.show(new Shown(null, r, r == null, Map.of(), Set.of(), Map.of(), new Shown.Document(), null));
            Node badge = bar.lookup(".security-badge");
            return Set.copyOf(badge.getPseudoClassStates());
        }).get();
    }

    @Test
    void theBadgeIsGreenOnlyWhenProvenAndRedWhenTheMarginIsNegative() throws Exception {
        StatusBar bar = WaitForAsyncUtils.asyncFx(StatusBar::new).get();
        assertThat(show(bar, result(false, true, -0.907))).extracting(PseudoClass::getPseudoClassName)
                .containsExactly("insecure");
        assertThat(bar.badgeText()).isEqualTo("INSECURE · margin γ* -90.7% (proven ≥ -101%)");
        assertThat(show(bar, result(true, false, 0.5))).isEmpty();
        assertThat(bar.badgeText()).startsWith("no attack found (not proven) · margin γ* 50%");
        assertThat(show(bar, result(true, true, 0.5))).extracting(PseudoClass::getPseudoClassName)
                .containsExactly("secure");
    }
}
