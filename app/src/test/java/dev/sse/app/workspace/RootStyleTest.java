package dev.sse.app.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The scene root's text size: the user's scale, and presenter mode's boost on top of it. */
class RootStyleTest {

    @Test
    void presenterTextIsAtLeast150PercentOfTheUsersSize() {
        assertThat(ThemeController.rootStyle(1, true)).isEqualTo("-fx-font-size: 21.0px;");
        assertThat(ThemeController.rootStyle(1.75, true)).isEqualTo("-fx-font-size: 36.8px;");
        assertThat(ThemeController.rootStyle(0.8, true)).isEqualTo("-fx-font-size: 21.0px;");
    }

    @Test
    void outsidePresenterModeTheUsersScaleAlone() {
        assertThat(ThemeController.rootStyle(1, false)).isEmpty();
        assertThat(ThemeController.rootStyle(1.1, false)).isEqualTo("-fx-font-size: 15.4px;");
        assertThat(ThemeController.rootStyle(1.25, false)).isEqualTo("-fx-font-size: 17.5px;");
    }
}
