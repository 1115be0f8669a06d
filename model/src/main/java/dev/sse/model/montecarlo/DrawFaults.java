package dev.sse.model.montecarlo;

import dev.sse.model.simulation.fault.Fault;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One draw's faults as the samplers produce them, put in the order the simulation applies them: price moves
 * first, then chain faults (slashes), then every failed validator in one {@code shock} (each once, however many
 * models picked it), then the budget shocks, whose ψ is of the value left.
 */
public final class DrawFaults {

    private final List<Fault> prices = new ArrayList<>();
    private final List<Fault> slashes = new ArrayList<>();
    private final Set<String> failed = new LinkedHashSet<>();
    private final List<Fault> last = new ArrayList<>();

    void addPrice(Fault.PriceShock f) {
        prices.add(f);
    }

    void addSlash(Fault.Slash f) {
        slashes.add(f);
    }

    void fail(String validator) {
        failed.add(validator);
    }

    void addLast(Fault f) {
        last.add(f);
    }

    /** The faults in application order. */
    public List<Fault> faults() {
        List<Fault> all = new ArrayList<>(prices);
        all.addAll(slashes);
        if (!failed.isEmpty()) {
            all.add(new Fault.Shock(List.copyOf(failed)));
        }
        all.addAll(last);
        return all;
    }
}
