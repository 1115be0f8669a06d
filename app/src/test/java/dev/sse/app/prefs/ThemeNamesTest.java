package dev.sse.app.prefs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The theme names of {@code --theme}. */
class ThemeNamesTest {

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
