package dev.sse.views.interop;

import dev.sse.model.analysis.AnalysisResult;
import dev.sse.model.io.graph.Drawing;
import dev.sse.model.network.ChainKind;
import dev.sse.model.network.Network;
import dev.sse.model.network.graph.NetworkGraph;
import dev.sse.model.network.graph.NodeRef;
import dev.sse.views.graph.GraphFrame;
import dev.sse.views.graph.NodeItem;
import dev.sse.views.graph.RiskState;
import dev.sse.views.graph.layout.LayoutStrategy;
import dev.sse.views.graph.layout.Position;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The {@link Drawing} the graph exports carry (issue 23): positions and glyph radii of a {@link GraphFrame}, the fill
 * each glyph has, and the risk state of each node ({@link RiskState#of}). The window hands its live frame and glyph
 * colours over; the command line lays the network out as the window first does (tiers, seed 42) and colours it
 * with the light theme's kind palette.
 */
public final class GraphDrawing {

    /**
     * Fill by kind in the light theme ({@code theme/tokens.css}: {@code -sse-hub}, {@code -sse-consumer},
     * {@code -sse-avs}, {@code -sse-isolated}, {@code -sse-service}, {@code -sse-validator}; {@code graph.css} maps kinds).
     */
    private static final Map<ChainKind, Integer> KIND_FILL = Map.of(ChainKind.RELAY, 0x0072b2, ChainKind.PROVIDER, 0x0072b2,
            ChainKind.PARACHAIN, 0x56b4e9, ChainKind.CONSUMER, 0x56b4e9, ChainKind.ROLLUP, 0x56b4e9,
            ChainKind.AVS, 0xcc79a7, ChainKind.ISOLATED, 0xf3cf80, ChainKind.SERVICE, 0x80cfb9);
    private static final int VALIDATOR_FILL = 0x8a8f98;

    private GraphDrawing() {
    }

    /** The drawing of {@code frame} with each node's fill from {@code fill} (0xRRGGBB, null: the kind palette). */
    public static Drawing of(GraphFrame frame, AnalysisResult analysis, Function<NodeRef, Integer> fill) {
        Map<NodeRef, Drawing.Viz> nodes = new HashMap<>();
        for (NodeItem item : frame.nodes()) {
            Position p = frame.positions().get(item.ref());
            if (p != null) {
                Integer rgb = fill.apply(item.ref());
                nodes.put(item.ref(), new Drawing.Viz(p.x(), p.y(), item.radius(), rgb != null ? rgb : paletteFill(item)));
            }
        }
        Map<NodeRef, String> states = new HashMap<>();
        RiskState.of(analysis).forEach((ref, s) -> states.put(ref, s.pseudoClass()));
        frame.nodes().stream().filter(n -> !states.containsKey(n.ref()))
                .forEach(n -> states.put(n.ref(), RiskState.HEALTHY.pseudoClass()));
        return new Drawing(nodes, analysis == null ? Map.of() : states);
    }

    /** Laid out by {@code layout} with {@code seed} off any window, coloured by the kind palette. */
    public static Drawing headless(Network network, AnalysisResult analysis, LayoutStrategy layout, long seed) {
        NetworkGraph graph = NetworkGraph.of(network);
        return of(GraphFrame.of(graph, layout.layout(graph, seed)), analysis, ref -> null);
    }

    static int paletteFill(NodeItem item) {
        return item.kind() == null ? VALIDATOR_FILL : KIND_FILL.getOrDefault(item.kind(), VALIDATOR_FILL);
    }
}
