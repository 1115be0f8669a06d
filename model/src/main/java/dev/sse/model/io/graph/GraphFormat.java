package dev.sse.model.io.graph;

import java.util.Locale;
import java.util.Optional;

/** The graph interchange formats the explorer writes (all three) and reads back (GraphML and GEXF). */
public enum GraphFormat {
    /** GraphML 1.0 with attribute keys (Cytoscape, yEd, Gephi). */
    GRAPHML("graphml"),
    /** GEXF 1.3 with {@code viz:} positions, colours and sizes (Gephi). */
    GEXF("gexf"),
    /** Graphviz DOT ({@code neato -n} keeps the positions). */
    DOT("dot");

    private final String extension;

    GraphFormat(String extension) {
        this.extension = extension;
    }

    /** The file extension without the dot, also the format's name on the command line. */
    public String extension() {
        return extension;
    }

    /** True for the formats {@link GraphImport} reads. */
    public boolean readable() {
        return this != DOT;
    }

    /** The format a file name's extension names ({@code .graphml}, {@code .gexf}, {@code .dot}, any case). */
    public static Optional<GraphFormat> ofFileName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (GraphFormat f : values()) {
            if (lower.endsWith("." + f.extension) || f == DOT && lower.endsWith(".gv")) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
