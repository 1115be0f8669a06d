package dev.sse.model.sweep;

import java.util.List;

/**
 * A finished (or cancelled) sweep.
 *
 * @param network   the network's name
 * @param valueUnit "USD" or "" (plain value units)
 * @param spec      what was swept
 * @param chains    chain ids in file order (the per-chain columns)
 * @param rows      one row per point done, in order
 * @param complete  false when cancelled before the last point
 */
public record SweepResult(String network, String valueUnit, SweepSpec spec, List<String> chains, List<SweepRow> rows,
                          boolean complete) {

    public SweepResult {
        chains = List.copyOf(chains);
        rows = List.copyOf(rows);
    }
}
