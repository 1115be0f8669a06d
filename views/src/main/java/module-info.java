/** JavaFX views: each a View + ViewModel pair; the graph canvas coordinates small parts. */
module dev.sse.views {
    requires transitive dev.sse.model;
    requires transitive javafx.controls;
    // Java2D rasterises the edges off the FX thread (graph.render.EdgeRaster); no AWT window is ever opened
    requires java.desktop;

    exports dev.sse.views.common;
    exports dev.sse.views.graph;
    exports dev.sse.views.graph.layout;
    exports dev.sse.views.graph.render;
    exports dev.sse.views.graph.interact;
    exports dev.sse.views.graph.export;
    exports dev.sse.views.inspector;
    exports dev.sse.views.timeline;
    exports dev.sse.views.tour;
    exports dev.sse.views.comparison;
    exports dev.sse.views.charts;
    exports dev.sse.views.interop;
    exports dev.sse.views.montecarlo;
    exports dev.sse.views.table;
    exports dev.sse.views.overlay;
    opens dev.sse.views.graph;
    opens dev.sse.views.inspector;
    opens dev.sse.views.theme;
    opens dev.sse.views.comparison;
    opens dev.sse.views.charts;
}
