package dev.sse.app.commands;

import dev.sse.app.i18n.Messages;

/**
 * Every user action once: its text and accelerator. Menus, toolbar buttons and the shortcut sheet
 * are built from this, so a shortcut is defined in one place (after JabRef's StandardActions). Text and
 * description come from the bundle ({@code action.<NAME>.text}, {@code action.<NAME>.description}).
 */
public enum ActionCatalog {
    OPEN("Shortcut+O"),
    SAVE("Shortcut+S"),
    SAVE_AS("Shortcut+Shift+S"),
    REVERT(null),
    QUIT("Shortcut+Q"),
    UNDO("Shortcut+Z"),
    REDO("Shortcut+Shift+Z"),
    FIT("F"),
    FIND("Shortcut+F"),
    SHORTCUTS("Shift+SLASH"),
    // Simulate ▸ Monte Carlo (issue 24): built by dev.sse.app.montecarlo.MonteCarloFeature
    MONTE_CARLO("Shortcut+Shift+M"),
    // workspace (issue 8): built by dev.sse.app.workspace.WorkspaceFeatures
    OPEN_SAMPLE("Shortcut+Shift+O"),
    IMPORT("Shortcut+I"),
    CLEAR_RECENT(null),
    EXPORT_PNG_1X(null),
    EXPORT_PNG_2X("Shortcut+E"),
    EXPORT_PNG_4X(null),
    EXPORT_SVG(null),
    EXPORT_JSON(null),
    EXPORT_CSV(null),
    // graph interop (issue 23): GraphML, GEXF 1.3, DOT
    EXPORT_GRAPHML(null),
    EXPORT_GEXF(null),
    EXPORT_DOT(null),
    THEME_LIGHT(null),
    THEME_DARK(null),
    THEME_HIGH_CONTRAST(null),
    FONT_LARGER("Shortcut+PLUS"),
    FONT_SMALLER("Shortcut+MINUS"),
    FONT_RESET("Shortcut+0"),
    ABOUT(null);

    private final String accelerator;

    ActionCatalog(String accelerator) {
        this.accelerator = accelerator;
    }

    /** Menu text with a mnemonic underscore. */
    public String text() {
        return Messages.get("action." + name() + ".text");
    }

    /** The accelerator in JavaFX KeyCombination syntax, or null. */
    public String accelerator() {
        return accelerator;
    }

    public String description() {
        return Messages.get("action." + name() + ".description");
    }

    /** Text without the mnemonic marker, for buttons and the shortcut sheet. */
    public String plainText() {
        return text().replace("_", "").replace("…", "");
    }
}
