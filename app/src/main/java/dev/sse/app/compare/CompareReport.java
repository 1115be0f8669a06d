package dev.sse.app.compare;

import dev.sse.model.io.json.AtomicFiles;
import dev.sse.app.cli.VersionProvider;
import dev.sse.model.analysis.AnalysisOptions;
import dev.sse.model.compare.ChartData;
import dev.sse.model.compare.ComparisonTable;
import dev.sse.model.compare.Side;
import dev.sse.model.io.report.HtmlReport;
import dev.sse.model.io.report.Png;
import dev.sse.model.io.report.ReportInput;
import dev.sse.model.simulation.Scenario;
import dev.sse.views.comparison.SideViewModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes the comparison shown as one self-contained HTML report, the charts inlined as PNG snapshots. */
final class CompareReport {

    private static final Map<String, String[]> CAPTIONS = Map.of(
            "margin", new String[] {"Security margin per chain", "Cost of corruption / profit from corruption − 1 per chain "
                    + "and side; below 0 a chain is cheaper to corrupt than it pays. Bars beyond ±1000% are cut (tooltips in "
                    + "the app give exact values)."},
            "loss", new String[] {"Stake lost vs shock size ψ", "Worst-case loss after a shock of ψ and the best valid attack "
                    + "that follows; dashed: the Durvasula–Roughgarden bound (1 + 1/γ)ψ where the proven margin γ > 0; without a proof of γ > 0"
                    + " within the time limit, the bound of the best-found γ* is drawn and labelled 'not proven'."},
            "price", new String[] {"Chain margins vs a price drop", "Each chain's margin as the chosen asset loses value."});

    private CompareReport() {
    }

    static String html(Side left, Side right, ComparisonTable table, Scenario scenario, Map<String, byte[]> pngs,
                       AnalysisOptions options, String priceTitle) {
        List<ReportInput.Chart> charts = new ArrayList<>();
        pngs.forEach((key, png) -> {
            String[] c = CAPTIONS.get(key);
            String title = key.equals("price") && priceTitle != null && !priceTitle.isBlank() ? priceTitle : c[0];
            charts.add(new ReportInput.Chart(title, c[1], "<img alt=\"" + dev.sse.model.io.report.Html.esc(title)
                    + "\" src=\"" + Png.dataUri(png) + "\">"));
        });
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("left", left.label() + " — " + left.network().name());
        settings.put("right", right.label() + " — " + right.network().name());
        settings.put("shock budget ψ", String.valueOf(options.shockBudget()));
        settings.put("time limit per solve", options.timeLimitSeconds() + " s (analyses, simulations); "
                + dev.sse.model.sweep.SweepSpec.DEFAULT_TIME_LIMIT + " s (chart sweep points)");
        settings.put("scenario", scenario == null ? "none" : scenario.name() + " (seed " + scenario.seed() + ", policy "
                + scenario.policy().json() + ")");
        settings.put("layout seed", String.valueOf(SideViewModel.LAYOUT_SEED));
        settings.put("chart sweeps", "ψ 0–" + Math.round(ChartData.SHOCK_TO * 100) + "% in " + ChartData.SHOCK_STEPS
                + " steps; price drop 0–" + Math.round(ChartData.PRICE_TO * 100) + "% in " + ChartData.PRICE_STEPS + " steps");
        ReportInput in = new ReportInput("Shared security report: " + left.label() + " vs " + right.label(),
                Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), "Shared Security Explorer " + VersionProvider.version()
                + " (Compare window)", left, right, table, scenario, charts,
                ReportInput.standardAssumptions(options.shockBudget(), options.timeLimitSeconds()), settings);
        return HtmlReport.render(in);
    }

    static void write(Path file, String html) throws IOException {
        AtomicFiles.write(file, html.getBytes(StandardCharsets.UTF_8));
    }
}
