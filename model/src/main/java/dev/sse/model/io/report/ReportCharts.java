package dev.sse.model.io.report;

import dev.sse.model.compare.ChartData;
import dev.sse.model.compare.Side;
import dev.sse.model.format.Screen;
import dev.sse.model.sweep.SweepResult;
import java.util.ArrayList;
import java.util.List;

/**
 * The report's charts as inline SVG, the one path for {@code report} on the command line and the Compare window's
 * report (issue 21): margin per chain, stake lost against shock size with the DR bound, and chain margins against a
 * price drop. The same sides and sweeps give the same bytes.
 */
public final class ReportCharts {

    /** Bars taller than this margin (1,000%) are drawn to it and labelled with their value. */
    public static final double MARGIN_CAP = 10;

    private ReportCharts() {
    }

    /** A price-drop sweep of one side. */
    public record Priced(Side side, SweepResult sweep) {
    }

    /**
     * Every chart of a report, in order: margin bars; loss against ψ when every side has its shock sweep; then one
     * price chart per priced side.
     */
    public static List<ReportInput.Chart> of(List<Side> sides, List<SweepResult> shocks, List<Priced> prices) {
        List<ReportInput.Chart> charts = new ArrayList<>();
        charts.add(marginBars(sides));
        if (!shocks.isEmpty() && shocks.size() == sides.size()) {
            charts.add(lossVsShock(sides, shocks));
        }
        prices.forEach(p -> charts.add(marginsVsPrice(p.side(), p.sweep())));
        return charts;
    }

    public static ReportInput.Chart marginBars(List<Side> sides) {
        String svg = SvgChart.bars("Security margin per chain", ChartData.marginBars(sides), "margin (cost / profit − 1)",
                MARGIN_CAP, Screen::percent);
        return new ReportInput.Chart("Security margin per chain",
                "Cost of corruption / profit from corruption − 1, per chain and side; below 0 a chain is cheaper to "
                        + "corrupt than it pays. Bars beyond ±" + Screen.percent(MARGIN_CAP) + " are cut and labelled.", svg);
    }

    /** Loss against ψ: one shock-budget sweep per side, same axes. */
    public static ReportInput.Chart lossVsShock(List<Side> sides, List<SweepResult> sweeps) {
        List<ChartData.Series> series = new ArrayList<>();
        for (int i = 0; i < sweeps.size(); i++) {
            series.addAll(ChartData.lossVsShock(sides.get(i), sweeps.get(i)));
        }
        String svg = SvgChart.lines("Stake lost vs shock size ψ", series, "shock size ψ (share of all stake)",
                "worst-case loss (share of all stake)", Screen::percent, Screen::percent, 0, 1);
        return new ReportInput.Chart("Stake lost vs shock size ψ",
                "Worst-case loss R_ψ (shock plus the best valid attack after it) against ψ; dashed: the "
                        + "Durvasula–Roughgarden bound (1 + 1/γ)ψ, drawn where the proven margin γ is positive; without a proof of"
                        + " γ > 0 within the time limit, the bound of the best-found γ* is drawn and labelled 'not proven'.", svg);
    }

    /**
     * The Monte Carlo distribution section (issue 24): each side's exceedance curve P(loss &gt; x) of the share of stake
     * lost, on the same axes, with a table of mean, VaR and expected shortfall at 95/99/99.9% under the chart.
     */
    public static ReportInput.Chart distribution(List<String> labels, List<dev.sse.model.montecarlo.MonteCarloResult> runs) {
        List<ChartData.Series> series = new ArrayList<>();
        StringBuilder table = new StringBuilder("<table><tr><th>side</th><th>draws</th><th>mean loss</th><th>P(any loss)</th>");
        for (double q : dev.sse.model.montecarlo.Distribution.LEVELS) {
            table.append("<th>VaR ").append(Screen.percent(q)).append("</th><th>ES ").append(Screen.percent(q)).append("</th>");
        }
        table.append("<th>attack rounds proven</th></tr>\n");
        for (int i = 0; i < runs.size(); i++) {
            var r = runs.get(i);
            var d = r.losses();
            double total = r.totalValue() > 0 ? r.totalValue() : 1;
            double[] v = d.sortedValues();
            List<ChartData.Point> points = new ArrayList<>();
            points.add(new ChartData.Point(0, d.exceedance(0), List.of(), List.of()));
            int step = Math.max(1, v.length / 200);
            for (int k = 0; k < v.length; k += step) {
                points.add(new ChartData.Point(v[k] / total, d.exceedance(v[k]), List.of(), List.of()));
            }
            series.add(new ChartData.Series(labels.get(i), points, false));
            String unit = r.network().valueUnit();
            table.append("<tr><td>").append(Html.esc(labels.get(i))).append("</td><td>").append(Screen.count(r.draws()))
                    .append("</td><td>").append(Screen.amount(d.mean(), unit)).append("</td><td>").append(Screen.percent(d.probabilityPositive()))
                    .append("</td>");
            for (double q : dev.sse.model.montecarlo.Distribution.LEVELS) {
                table.append("<td>").append(Screen.amount(d.valueAtRisk(q), unit)).append("</td><td>")
                        .append(Screen.amount(d.expectedShortfall(q), unit)).append("</td>");
            }
            table.append("<td>").append(Screen.count(r.provenRounds())).append(" / ").append(Screen.count(r.attackRounds()))
                    .append("</td></tr>\n");
        }
        table.append("</table>\n");
        String svg = SvgChart.lines("Distribution of stake lost (Monte Carlo)", series, "stake lost (share of all stake)",
                "share of draws losing more", Screen::percent, Screen::percent, 0, 1);
        var spec = runs.get(0).spec();
        return new ReportInput.Chart("Distribution of stake lost (Monte Carlo)", "Exceedance curves over " + Screen.count(spec.draws())
                + " random draws (seed " + spec.seed() + ", the same draws on each side): the share of draws that lose more "
                + "than x. Shocks: " + String.join("; ", spec.shocks().stream().map(m -> m.describe()).toList())
                + ". VaR q: the loss not exceeded in a share q of the draws; ES q: the mean loss of the worst 1 − q.",
                svg + table);
    }

    /** One side's chain margins against the price drop of its main asset. */
    public static ReportInput.Chart marginsVsPrice(Side side, SweepResult sweep) {
        String asset = sweep.spec().parameter().key().substring("price-drop:".length());
        List<ChartData.Series> series = ChartData.marginsVsPrice("", sweep, ChartData.validatorSets(side));
        String title = "Chain margins vs " + asset + " price drop — " + side.label();
        String svg = SvgChart.lines(title, series, asset + " price drop", "margin", Screen::percent, Screen::percent, -1, MARGIN_CAP);
        return new ReportInput.Chart(title, "Each chain's margin as " + asset + " loses value (profits stay in the value "
                + "unit); a chain is attackable where its line is below 0.", svg);
    }
}
