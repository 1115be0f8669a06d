package dev.sse.app.prefs;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;

/**
 * The explorer's themes: an AtlantaFX base theme for the controls plus our token sheet on top. The risk
 * palette stays in {@code theme/tokens.css}; the dark theme only swaps in {@code theme/dark.css}, which
 * overrides the canvas, text and panel tokens for a dark background, and the high-contrast theme
 * {@code theme/high-contrast.css}, which also overrides AtlantaFX's own colour variables.
 */
public enum Theme {
    LIGHT(new PrimerLight().getUserAgentStylesheet(), null),
    DARK(new PrimerDark().getUserAgentStylesheet(), "/dev/sse/views/theme/dark.css"),
    /** Black background, white text and borders, thick outlines; for projectors and low vision (WCAG AAA contrast). */
    HIGH_CONTRAST(new PrimerDark().getUserAgentStylesheet(), "/dev/sse/views/theme/high-contrast.css");

    private final String userAgentStylesheet;
    private final String tokenOverrides;

    Theme(String userAgentStylesheet, String tokenOverrides) {
        this.userAgentStylesheet = userAgentStylesheet;
        this.tokenOverrides = tokenOverrides;
    }

    /** The AtlantaFX stylesheet for {@code Application.setUserAgentStylesheet}. */
    public String userAgentStylesheet() {
        return userAgentStylesheet;
    }

    /** Classpath resource overriding our colour tokens, or null for the light defaults. */
    public String tokenOverrides() {
        return tokenOverrides;
    }

    /** The theme with this name, or LIGHT for anything unknown (an old or edited preference). */
    public static Theme parse(String name) {
        for (Theme t : values()) {
            if (t.name().equalsIgnoreCase(name) || t.name().replace('_', '-').equalsIgnoreCase(name)) {
                return t;
            }
        }
        return LIGHT;
    }
}
