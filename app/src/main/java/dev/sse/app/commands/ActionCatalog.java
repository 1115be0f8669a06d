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
    SHORTCUTS("_Keyboard shortcuts", "Shift+SLASH", "Show every shortcut");

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
