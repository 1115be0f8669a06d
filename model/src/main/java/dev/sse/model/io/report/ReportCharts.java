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
