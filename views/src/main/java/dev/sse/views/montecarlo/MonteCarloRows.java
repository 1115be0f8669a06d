package dev.sse.views.montecarlo;

import dev.sse.model.format.Screen;
import dev.sse.model.montecarlo.ChainRisk;
import dev.sse.model.montecarlo.Distribution;
import dev.sse.model.montecarlo.MonteCarloResult;
import dev.sse.views.common.ViewText;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The tables of the Monte Carlo tab as text rows (label, left, right): the loss statistics (mean, VaR and expected
 * shortfall at 95/99/99.9%, proven rounds), and per chain the probability of falling and of being compromised and
 * the loss given that it falls. Plain Java, tested without a toolkit.
 */
final class MonteCarloRows {

    /** One table row. */
    record Row(String label, String left, String right) {
    }

    private MonteCarloRows() {
    }

    static List<Row> summary(MonteCarloResult l, MonteCarloResult r) {
        List<Row> rows = new ArrayList<>();
        rows.add(new Row(ViewText.get("mc.row.draws"), count(l), count(r)));
        rows.add(new Row(ViewText.get("mc.row.mean"), money(l, Distribution::mean), money(r, Distribution::mean)));
        rows.add(new Row(ViewText.get("mc.row.pLoss"), pct(l), pct(r)));
        for (double q : Distribution.LEVELS) {
            String level = Screen.percent(q);
            rows.add(new Row(ViewText.get("mc.row.var", level), money(l, d -> d.valueAtRisk(q)), money(r, d -> d.valueAtRisk(q))));
            rows.add(new Row(ViewText.get("mc.row.es", level), money(l, d -> d.expectedShortfall(q)),
                    money(r, d -> d.expectedShortfall(q))));
        }
        rows.add(new Row(ViewText.get("mc.row.max"), money(l, Distribution::max), money(r, Distribution::max)));
        rows.add(new Row(ViewText.get("mc.row.depth"), depth(l), depth(r)));
        rows.add(new Row(ViewText.get("mc.row.proven"), proven(l), proven(r)));
        return rows;
    }

    /** Per chain id (left's order, then right-only chains): "P(fall) · P(compromised) · loss if it falls". */
    static List<Row> chains(MonteCarloResult l, MonteCarloResult r) {
        Map<String, ChainRisk> left = risks(l);
        Map<String, ChainRisk> right = risks(r);
        Set<String> ids = new LinkedHashSet<>(left.keySet());
        ids.addAll(right.keySet());
        List<Row> rows = new ArrayList<>();
        for (String id : ids) {
            rows.add(new Row(id, chain(left.get(id), l), chain(right.get(id), r)));
        }
        return rows;
    }

    private static Map<String, ChainRisk> risks(MonteCarloResult r) {
        return r == null ? Map.of() : r.chainRisks().stream().collect(Collectors.toMap(ChainRisk::id, c -> c,
                (a, b) -> a, java.util.LinkedHashMap::new));
    }

    private static String chain(ChainRisk c, MonteCarloResult r) {
        if (c == null) {
            return "";
        }
        String loss = Double.isNaN(c.lossIfFalls()) ? "–" : Screen.amount(c.lossIfFalls(), r.network().valueUnit());
        return ViewText.get("mc.chain.cell", Screen.percent(c.fall()), Screen.percent(c.compromised()), loss);
    }

    private static String count(MonteCarloResult r) {
        return r == null ? "" : Screen.count(r.draws()) + (r.complete() ? "" : " " + ViewText.get("mc.partial"));
    }

    private static String money(MonteCarloResult r, Function<Distribution, Double> f) {
        return r == null || r.draws() == 0 ? "" : Screen.amount(f.apply(r.losses()), r.network().valueUnit());
    }

    private static String pct(MonteCarloResult r) {
        return r == null || r.draws() == 0 ? "" : Screen.percent(r.losses().probabilityPositive());
    }

    private static String depth(MonteCarloResult r) {
        return r == null || r.draws() == 0 ? "" : String.format(java.util.Locale.ROOT, "%.2f", r.meanDepth());
    }

    private static String proven(MonteCarloResult r) {
        return r == null ? "" : Screen.count(r.provenRounds()) + " / " + Screen.count(r.attackRounds());
    }
}
