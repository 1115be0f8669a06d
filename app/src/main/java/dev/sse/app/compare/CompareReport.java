package dev.sse.app.compare;

import dev.sse.app.cli.ReportPage;
import dev.sse.model.analysis.AnalysisOptions;
import dev.sse.model.compare.ComparisonTable;
import dev.sse.model.compare.Side;
import dev.sse.model.io.files.AtomicFiles;
import dev.sse.model.io.report.ReportCharts;
import dev.sse.model.simulation.Scenario;
import dev.sse.model.sweep.SweepResult;
import dev.sse.model.sweep.SweepSpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/** Writes the comparison shown as one self-contained HTML report, the charts inline SVG through {@link ReportCharts}. */
final class CompareReport {

    private CompareReport() {
    }

    /**
     * The report of two sides, the page {@code report} writes ({@link ReportPage}); {@code shocks} are the Charts tab's
     * finished ψ sweeps (none while they run), {@code prices} its finished price sweep, drawn by {@link ReportCharts#of}
     * as {@code report} draws them.
     */
    static String html(Side left, Side right, ComparisonTable table, Scenario scenario, List<SweepResult> shocks,
                       List<ReportCharts.Priced> prices, AnalysisOptions options, Clock clock) {
        List<Side> sides = List.of(left, right);
        return ReportPage.html(sides, table, scenario, ReportCharts.of(sides, shocks, prices), options,
                SweepSpec.DEFAULT_TIME_LIMIT, true, Map.of(), clock);
    }

    static void write(Path file, String html) throws IOException {
        AtomicFiles.write(file, html.getBytes(StandardCharsets.UTF_8));
    }
}
