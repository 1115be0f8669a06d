package dev.sse.app.cli;

import dev.sse.model.analysis.AnalysisOptions;
import dev.sse.model.compare.ComparisonTable;
import dev.sse.model.compare.Side;
import dev.sse.model.io.report.HtmlReport;
import dev.sse.model.io.report.ReportInput;
import dev.sse.model.simulation.Scenario;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one HTML report page (issue 21) behind {@code explorer report} and the Compare window's report: the same title,
 * side names, generator line, settings and assumptions for the same input, so both write the same bytes. The time
 * stamp is read from a {@link Clock} (the system's in use, a fixed one in tests).
 */
public final class ReportPage {

    /** The generator line, whichever of the two wrote the page. */
    public static String generator() {
        return "Shared Security Explorer " + VersionProvider.version();
    }

    private ReportPage() {
    }

    /**
     * The page of one side or two.
     *
     * @param sides          one side, or the two compared (their labels name them everywhere in the page)
     * @param table          the comparison of the two, or null for one side
     * @param charts         the charts, already drawn (ReportCharts)
     * @param sweepTimeLimit the time limit per solve of the chart sweeps
     * @param withCharts     whether the chart sweeps ran (their settings line)
     * @param extra          settings after the run's (a variant, Monte Carlo draws), in order
     */
    public static String html(List<Side> sides, ComparisonTable table, Scenario scenario, List<ReportInput.Chart> charts,
                              AnalysisOptions options, double sweepTimeLimit, boolean withCharts,
                              Map<String, String> extra, Clock clock) {
        Side first = sides.get(0);
        Side second = sides.size() > 1 ? sides.get(1) : null;
        String title = second == null ? "Shared security report: " + first.network().name()
                : "Shared security report: " + first.label() + " vs " + second.label();
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("network", first.label());
        if (second != null) {
            settings.put("compared with", second.label());
        }
        settings.putAll(ReportInput.runSettings(options, sweepTimeLimit, scenario, withCharts));
        settings.putAll(extra);
        ReportInput in = new ReportInput(title, Instant.now(clock).truncatedTo(ChronoUnit.SECONDS).toString(), generator(),
                first, second, table, scenario, charts,
                ReportInput.standardAssumptions(options.shockBudget(), options.timeLimitSeconds()), settings);
        return HtmlReport.render(in);
    }
}
