package dev.sse.app.commands;

/**
 * Every user action once: its text and accelerator. Menus, toolbar buttons and the shortcut sheet
 * are built from this, so a shortcut is defined in one place (after JabRef's StandardActions).
 */
public enum ActionCatalog {
    OPEN("_Open…", "Shortcut+O", "Open a network file"),
    SAVE("_Save", "Shortcut+S", "Save the network"),
    SAVE_AS("Save _As…", "Shortcut+Shift+S", "Save the network to another file"),
    REVERT("_Revert", null, "Forget unsaved changes"),
    QUIT("_Quit", "Shortcut+Q", "Close the explorer"),
    UNDO("_Undo", "Shortcut+Z", "Undo the last edit or fault"),
    REDO("_Redo", "Shortcut+Shift+Z", "Redo"),
    FIT("_Fit graph", "F", "Frame the whole graph"),
    FIND("_Find…", "Shortcut+F", "Find a chain or validator by id or name"),
    SHORTCUTS("_Keyboard shortcuts", "Shift+SLASH", "Show every shortcut"),
    // workspace (issue 8): built by dev.sse.app.workspace.WorkspaceFeatures
    OPEN_SAMPLE("Browse sa_mples…", "Shortcut+Shift+O", "Pick a bundled sample network from a list"),
    CLEAR_RECENT("_Clear recent files", null, "Forget the recent files"),
    EXPORT_PNG_1X("Graph as _PNG (1×)…", null, "The graph as shown, at screen size"),
    EXPORT_PNG_2X("Graph as PNG (_2×)…", "Shortcut+E", "The graph as shown, twice the pixels (HiDPI)"),
    EXPORT_PNG_4X("Graph as PNG (_4×)…", null, "The graph as shown, four times the pixels"),
    EXPORT_SVG("Graph as _SVG…", null, "Save the graph as shown as a vector drawing"),
    EXPORT_JSON("Analysis as _JSON…", null, "Save the analysis exactly as analyze --json prints it"),
    EXPORT_CSV("Analysis as _CSV…", null, "Save the per-chain metrics as CSV, one row per chain"),
    THEME_LIGHT("_Light", null, "Light theme"),
    THEME_DARK("_Dark", null, "Dark theme"),
    THEME_HIGH_CONTRAST("_High contrast", null, "High-contrast theme: black background, white text, thick outlines"),
    FONT_LARGER("_Larger text", "Shortcut+PLUS", "Make all text larger"),
    FONT_SMALLER("_Smaller text", "Shortcut+MINUS", "Make all text smaller"),
    FONT_RESET("_Normal text size", "Shortcut+0", "Reset the text size"),
    ABOUT("_About Shared Security Explorer", null, "Version, licence, libraries and the log file");

    private final String text;
    private final String accelerator;
    private final String description;

    ActionCatalog(String text, String accelerator, String description) {
        this.text = text;
        this.accelerator = accelerator;
        this.description = description;
    }

    /** Menu text with a mnemonic underscore. */
    public String text() {
        return text;
    }

    /** The accelerator in JavaFX KeyCombination syntax, or null. */
    public String accelerator() {
        return accelerator;
    }

    public String description() {
        return description;
    }

    /** Text without the mnemonic marker, for buttons and the shortcut sheet. */
    public String plainText() {
        return text.replace("_", "").replace("…", "");
    }
}
