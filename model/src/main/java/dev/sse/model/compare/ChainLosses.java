package dev.sse.model.compare;

import dev.sse.model.analysis.AnalysisResult;
import dev.sse.model.analysis.ChainMetrics;
import dev.sse.model.analysis.ValidatorPower;
import dev.sse.model.network.Network;
import dev.sse.model.simulation.SecuringStake;
import dev.sse.model.simulation.SimState;
import dev.sse.model.simulation.SimTrace;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Per-chain losses of a simulation trace. Membership of N(s) is the analysis's (after ICS Top-N, opt-in and
 * power-cap shaping); weights are {@link SecuringStake#direct} values, so a unique-stake slash by one chain
 * lowers only the securing value of the chain whose allocation it cut.
 */
public final class ChainLosses {

    private ChainLosses() {
    }

    /** Losses per chain id, in the analysis's chain order; empty without a trace. */
    public static Map<String, ChainLoss> of(SimTrace trace, AnalysisResult before) {
        Map<String, ChainLoss> out = new LinkedHashMap<>();
        if (trace == null || before == null) {
            return out;
        }
        SimState start = trace.initial();
        SimState end = trace.finalState();
        for (ChainMetrics m : before.chains().values()) {
            List<String> members = m.validatorSet().stream().map(ValidatorPower::id).toList();
            double was = sum(start.network(), Set.of(), m.id(), members);
            double now = sum(end.network(), end.removedValidators(), m.id(), members);
            double fraction = was > 0 ? Math.max(0, (was - now) / was) : 0;
            out.put(m.id(), new ChainLoss(m.id(), was, now, fraction, end.fallenChains().contains(m.id())));
        }
        return out;
    }

    private static double sum(Network network, Set<String> removed, String chain, List<String> members) {
        Map<String, Double> weights = SecuringStake.direct(network, removed, chain);
        return members.stream().mapToDouble(id -> weights.getOrDefault(id, 0.0)).sum();
    }
}
