/**
 * The explorer's model: topology, file formats, analysis and simulation. Pure Java: it requires no
 * {@code javafx.*} module, so the CLI and the engines run headless and every number has one source.
 */
module dev.sse.model {
    requires transitive org.jgrapht.core;
    requires com.fasterxml.jackson.databind;

    exports dev.sse.model.network;
    exports dev.sse.model.network.graph;
    exports dev.sse.model.io.json;
    exports dev.sse.model.simulation;
    exports dev.sse.model.simulation.event;
    exports dev.sse.model.simulation.fault;
    exports dev.sse.model.simulation.slashing;
}
