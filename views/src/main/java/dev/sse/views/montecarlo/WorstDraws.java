package dev.sse.views.montecarlo;

import dev.sse.model.format.Screen;
import dev.sse.model.montecarlo.DrawOutcome;
import dev.sse.model.montecarlo.MonteCarloResult;
import dev.sse.model.network.Chain;
import dev.sse.model.network.Network;
import dev.sse.views.common.ViewText;
import java.util.List;

/**
 * The worst draws of a run as table rows, worst first (issue 24: "the worst draws, each of which opens as an ordinary
 * scenario"): rank, draw number, value lost with its share of all stake, cascade depth and the chains that fell,
 * named by their names. Each row keeps its draw's index, so any row, not only the first, plays back through
 * {@link MonteCarloViewModel#drawScenario}. Plain Java, tested without a toolkit.
 */
final class WorstDraws {

    /** Rows shown at most. */
    static final int ROWS = 10;

    /** One row; {@code index} is the draw's number in the run. */
    record Row(int index, String rank, String draw, String loss, String depth, String fallen) {
    }

    private WorstDraws() {
    }

    /** The {@link #ROWS} worst draws of {@code r}, worst first; none before a run. */
    static List<Row> of(MonteCarloResult r) {
        if (r == null || r.draws() == 0) {
            return List.of();
        }
        List<DrawOutcome> worst = r.worst(ROWS);
        String unit = r.network().valueUnit();
        return java.util.stream.IntStream.range(0, worst.size()).mapToObj(k -> {
            DrawOutcome d = worst.get(k);
            return new Row(d.index(), String.valueOf(k + 1), Screen.count(d.index()),
                    ViewText.get("mc.worst.loss", Screen.amount(d.loss(), unit), Screen.percent(d.lossFraction())),
                    Screen.count(d.depth()), fallen(r.network(), d.fallen()));
        }).toList();
    }

    private static String fallen(Network n, List<String> ids) {
        if (ids.isEmpty()) {
            return ViewText.get("mc.worst.none");
        }
        return String.join(", ", ids.stream().map(id -> n.chain(id).map(Chain::name).filter(s -> s != null && !s.isBlank())
                .orElse(id)).toList());
    }
}
