package dev.sse.app.workspace;

import dev.sse.app.commands.ActionCatalog;

/** What File → Export can write. */
public enum ExportFormat {
    PNG_1X(ActionCatalog.EXPORT_PNG_1X, "PNG image", "png", 1),
    PNG_2X(ActionCatalog.EXPORT_PNG_2X, "PNG image", "png", 2),
    PNG_4X(ActionCatalog.EXPORT_PNG_4X, "PNG image", "png", 4),
    SVG(ActionCatalog.EXPORT_SVG, "SVG drawing", "svg", 1),
    ANALYSIS_JSON(ActionCatalog.EXPORT_JSON, "JSON (analyze --json)", "json", 1),
    ANALYSIS_CSV(ActionCatalog.EXPORT_CSV, "CSV, one row per chain", "csv", 1);

    private final ActionCatalog action;
    private final String description;
    private final String extension;
    private final int scale;

    ExportFormat(ActionCatalog action, String description, String extension, int scale) {
        this.action = action;
        this.description = description;
        this.extension = extension;
        this.scale = scale;
    }

    public ActionCatalog action() {
        return action;
    }

    public String description() {
        return description;
    }

    public String extension() {
        return extension;
    }

    /** Pixels per screen pixel (PNG only). */
    public int scale() {
        return scale;
    }

    public boolean isImage() {
        return this == PNG_1X || this == PNG_2X || this == PNG_4X || this == SVG;
    }

    /** A file name suggestion, e.g. {@code theorem-2@2x.png} or {@code theorem-2-analysis.csv}. */
    public String suggestName(String base) {
        String suffix = switch (this) {
            case PNG_1X, SVG -> "";
            case PNG_2X, PNG_4X -> "@" + scale + "x";
            case ANALYSIS_JSON, ANALYSIS_CSV -> "-analysis";
        };
        return base + suffix + "." + extension;
    }
}
