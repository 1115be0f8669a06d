package dev.sse.app.workspace;

import dev.sse.app.commands.ActionCatalog;
import dev.sse.app.i18n.Messages;

/** What File → Export can write. */
public enum ExportFormat {
    PNG_1X(ActionCatalog.EXPORT_PNG_1X, "export.format.png", "png", 1),
    PNG_2X(ActionCatalog.EXPORT_PNG_2X, "export.format.png", "png", 2),
    PNG_4X(ActionCatalog.EXPORT_PNG_4X, "export.format.png", "png", 4),
    SVG(ActionCatalog.EXPORT_SVG, "export.format.svg", "svg", 1),
    ANALYSIS_JSON(ActionCatalog.EXPORT_JSON, "export.format.json", "json", 1),
    ANALYSIS_CSV(ActionCatalog.EXPORT_CSV, "export.format.csv", "csv", 1),
    GRAPHML(ActionCatalog.EXPORT_GRAPHML, "export.format.graphml", "graphml", 1),
    GEXF(ActionCatalog.EXPORT_GEXF, "export.format.gexf", "gexf", 1),
    DOT(ActionCatalog.EXPORT_DOT, "export.format.dot", "dot", 1);

    private final ActionCatalog action;
    private final String descriptionKey;
    private final String extension;
    private final int scale;

    ExportFormat(ActionCatalog action, String descriptionKey, String extension, int scale) {
        this.action = action;
        this.descriptionKey = descriptionKey;
        this.extension = extension;
        this.scale = scale;
    }

    public ActionCatalog action() {
        return action;
    }

    /** What the file holds, for the file chooser (from the bundle). */
    public String description() {
        return Messages.get(descriptionKey);
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

    /** The graph interchange format this export writes, or null (images and the analysis). */
    public dev.sse.model.io.graph.GraphFormat graphFormat() {
        return switch (this) {
            case GRAPHML -> dev.sse.model.io.graph.GraphFormat.GRAPHML;
            case GEXF -> dev.sse.model.io.graph.GraphFormat.GEXF;
            case DOT -> dev.sse.model.io.graph.GraphFormat.DOT;
            default -> null;
        };
    }

    /** A file name suggestion, e.g. {@code theorem-2@2x.png} or {@code theorem-2-analysis.csv}. */
    public String suggestName(String base) {
        String suffix = switch (this) {
            case PNG_1X, SVG, GRAPHML, GEXF, DOT -> "";
            case PNG_2X, PNG_4X -> "@" + scale + "x";
            case ANALYSIS_JSON, ANALYSIS_CSV -> "-analysis";
        };
        return base + suffix + "." + extension;
    }
}
