package dev.sse.app.tour;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sse.app.prefs.Theme;
import org.junit.jupiter.api.Test;

/** Presenter mode's text size and the theme names of {@code --theme}. */
class PresenterStyleTest {

    @Test
    void presenterTextIsAtLeast150PercentOfTheUsersSize() {
        assertThat(PresenterMode.presenterStyle("")).isEqualTo("-fx-font-size: 21.0px;");
        assertThat(PresenterMode.presenterStyle(null)).isEqualTo("-fx-font-size: 21.0px;");
        assertThat(PresenterMode.presenterStyle("-fx-font-size: 24.5px;")).isEqualTo("-fx-font-size: 36.8px;");
        assertThat(PresenterMode.presenterStyle("-fx-font-size: 11.2px;")).isEqualTo("-fx-font-size: 21.0px;");
    }

    @Test
    void themeNamesOfTheCommandLineParse() {
        assertThat(Theme.parse("high-contrast")).isEqualTo(Theme.HIGH_CONTRAST);
        assertThat(Theme.parse("HIGH_CONTRAST")).isEqualTo(Theme.HIGH_CONTRAST);
        assertThat(Theme.parse("dark")).isEqualTo(Theme.DARK);
        assertThat(Theme.parse("nonsense")).isEqualTo(Theme.LIGHT);
        assertThat(dev.sse.app.GuiOptions.THEMES).allMatch(name -> Theme.parse(name).name().replace('_', '-')
                .equalsIgnoreCase(name));
    }
}
