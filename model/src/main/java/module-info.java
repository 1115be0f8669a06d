/**
 * The explorer's model: topology, file formats, analysis and simulation. Pure Java: it requires no
 * {@code javafx.*} module, so the CLI and the engines run headless and every number has one source.
 */
module dev.sse.model {
    requires transitive org.jgrapht.core;
    requires com.fasterxml.jackson.core;
    requires org.jgrapht.io; // GraphML and DOT export (io.graph)
    requires java.xml; // GEXF and the GraphML/GEXF readers (StAX)
    requires ortools.java; // no Automatic-Module-Name in the jar: the name comes from the file name
    requires com.sun.jna; // OR-Tools' own dependency: Platform.RESOURCE_PREFIX names its natives' folder (OrToolsNatives)
    requires ojalgo;
    requires java.net.http; // import --from URL (issue 22 item 4)

    exports dev.sse.model.network;
    exports dev.sse.model.network.graph;
    exports dev.sse.model.network.edit;
    exports dev.sse.model.io.json;
    exports dev.sse.model.io.files;
    exports dev.sse.model.io.importer;
    exports dev.sse.model.io.csv;
    exports dev.sse.model.format;
    exports dev.sse.model.io.graph;
    exports dev.sse.model.session;
    exports dev.sse.model.analysis;
    exports dev.sse.model.analysis.economics;
    exports dev.sse.model.simulation;
    exports dev.sse.model.simulation.event;
    exports dev.sse.model.simulation.fault;
    exports dev.sse.model.simulation.slashing;
    exports dev.sse.model.tour;
    exports dev.sse.model.variants;
    exports dev.sse.model.compare;
    exports dev.sse.model.sweep;
    exports dev.sse.model.montecarlo;
    exports dev.sse.model.io.report;
}
