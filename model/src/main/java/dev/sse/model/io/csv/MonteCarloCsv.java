package dev.sse.model.io.csv;

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
        CsvWriter csv = new CsvWriter().row("draw", "seed", "loss", "loss_fraction", "depth", "proven", "fallen",
                "compromised", "fallen_chains");
        for (int j = 0; j < r.draws(); j++) {
            DrawOutcome d = r.draw(j);
            csv.row(Integer.toString(d.index()), Long.toString(d.seed()), CsvWriter.number(d.loss()),
                    CsvWriter.number(d.lossFraction()), Integer.toString(d.depth()), Integer.toString(d.proven()),
                    Integer.toString(d.fallen().size()), Integer.toString(d.compromised().size()),
                    String.join(" ", d.fallen()));
        }
        return csv.text();
    }
}
