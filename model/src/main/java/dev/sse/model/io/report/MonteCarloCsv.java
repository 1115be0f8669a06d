package dev.sse.model.io.report;

import dev.sse.model.montecarlo.DrawOutcome;
import dev.sse.model.montecarlo.MonteCarloResult;

/**
 * A Monte Carlo run as CSV (RFC 4180, "\n" line ends), one line per draw in draw order, for the analyst's own
 * tools: {@code draw} (i), {@code seed} (the draw's scenario seed), {@code loss} (value lost), {@code loss_fraction},
 * {@code depth} (cascade attack rounds), {@code proven} (rounds proven best), {@code fallen} and
 * {@code compromised} (counts), {@code fallen_chains} (ids joined by spaces). Deterministic on any thread count.
 */
public final class MonteCarloCsv {

    private MonteCarloCsv() {
    }

    public static String write(MonteCarloResult r) {
        StringBuilder out = new StringBuilder("draw,seed,loss,loss_fraction,depth,proven,fallen,compromised,fallen_chains\n");
        for (int j = 0; j < r.draws(); j++) {
            DrawOutcome d = r.draw(j);
            out.append(d.index()).append(',').append(d.seed()).append(',').append(Num.plain(d.loss())).append(',')
                    .append(Num.plain(d.lossFraction())).append(',').append(d.depth()).append(',').append(d.proven())
                    .append(',').append(d.fallen().size()).append(',').append(d.compromised().size()).append(',')
                    .append(SweepCsv.quote(String.join(" ", d.fallen()))).append('\n');
        }
        return out.toString();
    }
}
