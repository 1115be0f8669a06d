package dev.sse.model.analysis;

import dev.sse.model.network.Chain;
import dev.sse.model.network.DataAvailability;
import dev.sse.model.network.Network;

/**
 * The "why" line of a rollup's data availability (issue 19 item 11), in the terms of L2BEAT's DA risk
 * (gov.l2beat.com/t/275, "Data Availability Risk Framework"): where the data is, what its failure does (the rollup
 * freezes: users cannot rebuild the state to exit or prove) and, for a committee, how many members can withhold it.
 */
final class DataAvailabilityText {

    private DataAvailabilityText() {
    }

    static String why(Network network, Chain chain) {
        DataAvailability da = chain.dataAvailability();
        String settlement = chain.securedBy() == null ? null
                : network.chain(chain.securedBy()).map(Chain::name).orElse(chain.securedBy());
        String where = "data published on " + da.shown(network);
        if (da.chainId().filter(id -> id.equals(chain.securedBy())).isPresent()) {
            return where + ", its settlement chain: it stands and falls with " + settlement + " alone"
                    + source(da);
        }
        String committee = da.committee() == null ? ""
                : "; " + da.threshold() + " members can certify data they withhold, "
                + (da.committee() - da.threshold() + 1) + " can stop certifying";
        String outside = da.isExternal() ? " (outside the file: its failure is not simulated)" : "";
        return where + outside + ", settled on " + (settlement == null ? "nothing" : settlement)
                + ": if the DA layer halts or withholds data, " + chain.name() + " freezes (users cannot rebuild its "
                + "state to exit or prove, a liveness loss); if " + (settlement == null ? "its settlement" : settlement)
                + " fails, it is compromised" + committee + source(da);
    }

    private static String source(DataAvailability da) {
        return da.source() == null ? "" : " (" + da.source() + ")";
    }
}
