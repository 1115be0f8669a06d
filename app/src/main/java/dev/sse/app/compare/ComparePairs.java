package dev.sse.app.compare;

import dev.sse.app.i18n.Messages;
import dev.sse.model.io.json.NetworkFormatException;
import dev.sse.model.io.json.ScenarioCodec;
import dev.sse.model.network.Network;
import dev.sse.model.network.Settings;
import dev.sse.model.simulation.Scenario;
import dev.sse.model.simulation.fault.Fault;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The ready-made comparisons of the "Compare samples" menu, and the scenarios a pair can share. */
final class ComparePairs {

    /** A bundled pair: left and right sample ids and the stored scenario that shows their difference best. */
    record Pair(String title, String left, String right, String scenario) {
    }

    static final List<Pair> SAMPLES = List.of(
            new Pair(Messages.get("compare.pair.cosmosHub"), "cosmos-hub-ics", "isolated-zones", "operator-key-compromise"),
            new Pair(Messages.get("compare.pair.eigenLayer"), "eigenlayer-pooled", "eigenlayer-unique", "buggy-avs-slashes-half"),
            new Pair(Messages.get("compare.pair.textbook"), "textbook-shared-vs-isolated", null, "shock-p1"));

    /** A scenario offered in the toolbar. */
    record Choice(String label, Scenario scenario) {
        @Override
        public String toString() {
            return label;
        }
    }

    static final Choice NONE = new Choice(Messages.get("compare.choice.none"), null);

    private ComparePairs() {
    }

    /** No faults, the stored scenarios of both networks (by name, once), and a seeded random shock of 5%. */
    static List<Choice> choices(Network left, Network right) {
        Map<String, Choice> out = new LinkedHashMap<>();
        out.put("", NONE);
        for (Network n : new Network[] {left, right}) {
            if (n == null) {
                continue;
            }
            for (Map.Entry<String, Settings> e : n.scenarios().entrySet()) {
                try {
                    out.putIfAbsent(e.getKey(), new Choice(e.getKey(), ScenarioCodec.fromSettings(e.getKey(), e.getValue())));
                } catch (NetworkFormatException ignored) {
                    // a stored scenario the codec rejects is simply not offered
                }
            }
        }
        Scenario random = new Scenario("random shock 5%", List.of(new Fault.RandomShock(0.05)),
                dev.sse.model.simulation.CascadePolicy.GREEDY, 7);
        out.put("~random", new Choice(Messages.get("compare.choice.random"), random));
        return new ArrayList<>(out.values());
    }
}
