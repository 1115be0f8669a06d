package dev.sse.app.compare;

import dev.sse.model.io.json.AtomicFiles;
import dev.sse.app.cli.VersionProvider;
import dev.sse.model.analysis.AnalysisOptions;
import dev.sse.model.compare.ComparisonTable;
import dev.sse.model.compare.Side;
import dev.sse.model.io.report.HtmlReport;
import dev.sse.model.io.report.ReportCharts;
import dev.sse.model.io.report.ReportInput;
import dev.sse.model.simulation.Scenario;
import dev.sse.model.sweep.SweepResult;
import dev.sse.views.comparison.SideViewModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes the comparison shown as one self-contained HTML report, the charts inline SVG through {@link ReportCharts}. */
final class CompareReport {

    private CompareReport() {
    }

    /**
     * The report of two sides; {@code shocks} are the Charts tab's finished ψ sweeps (none while they run), {@code
     * prices} its finished price sweep. The charts come from {@link ReportCharts#of}, as {@code report} draws them.
     */
    static String html(Side left, Side right, ComparisonTable table, Scenario scenario, List<SweepResult> shocks,
                       List<ReportCharts.Priced> prices, AnalysisOptions options) {
        List<ReportInput.Chart> charts = ReportCharts.of(List.of(left, right), shocks, prices);
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("left", left.label() + " — " + left.network().name());
        settings.put("right", right.label() + " — " + right.network().name());
        settings.putAll(ReportInput.runSettings(options, dev.sse.model.sweep.SweepSpec.DEFAULT_TIME_LIMIT, scenario, true));
        settings.put("layout seed", String.valueOf(SideViewModel.LAYOUT_SEED));
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
