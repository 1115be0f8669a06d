package dev.sse.app.compare;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sse.model.analysis.AnalysisOptions;
import dev.sse.model.compare.ChartData;
import dev.sse.model.compare.Comparison;
import dev.sse.model.compare.Side;
import dev.sse.model.compare.SideRunner;
import dev.sse.model.io.report.ReportCharts;
import dev.sse.model.io.report.ReportInput;
import dev.sse.model.network.Allocation;
import dev.sse.model.network.Asset;
import dev.sse.model.network.Chain;
import dev.sse.model.network.ChainKind;
import dev.sse.model.network.Network;
import dev.sse.model.network.Validator;
import dev.sse.model.sweep.SweepResult;
import dev.sse.model.sweep.SweepSpec;
import dev.sse.model.sweep.Sweeper;
import dev.sse.model.variants.Variants;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import dev.sse.app.cli.CliRun;
import dev.sse.app.cli.ReportCommand;
import dev.sse.app.cli.ReportPage;
import dev.sse.app.cli.ReportVariant;
import dev.sse.model.io.json.NetworkCodec;
import dev.sse.samples.SampleNetworks;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Test;

/**
 * Issue 21: the Compare window's report draws its charts through {@link ReportCharts}, the path of {@code report} on
 * the command line, so the same sides and sweeps give the same chart bytes; no PNG snapshots, no second copy of the
 * captions.
 */
class CompareReportTest {

    static Network net() {
        return Network.builder().name("pair").asset(new Asset("TOK", 2))
                .validator(new Validator("a", null, 4, "TOK", null)).validator(new Validator("b", null, 3, "TOK", null))
                .validator(new Validator("c", null, 2, "TOK", null))
                .chain(Chain.builder("x", ChainKind.SERVICE).profitFromCorruption(3).attackThreshold(0.5).build())
                .chain(Chain.builder("y", ChainKind.SERVICE).profitFromCorruption(2).attackThreshold(0.5).build())
                .allocation(Allocation.pooled("a", "x")).allocation(Allocation.pooled("b", "x"))
                .allocation(Allocation.pooled("b", "y")).allocation(Allocation.pooled("c", "y")).build();
    }

    @Test
    void theChartsAreTheCommandLineReportsSvgToTheByte() {
        AnalysisOptions options = AnalysisOptions.defaults().withShockBudget(0.1); // the window always has one
        List<Side> sides = SideRunner.runBoth("pooled", net(), "unique", Variants.uniqueStake(net()), null, options);
        List<SweepResult> shocks = sides.stream().map(s -> Sweeper.run(s.network(), ChartData.shockSweep(1))).toList();
        SweepResult price = Sweeper.run(sides.get(1).network(), ChartData.priceSweep("TOK", 1));
        List<ReportCharts.Priced> prices = List.of(new ReportCharts.Priced(sides.get(1), price));

        String html = CompareReport.html(sides.get(0), sides.get(1), Comparison.of(sides.get(0), sides.get(1)), null,
                shocks, prices, options, Clock.systemUTC());

        List<ReportInput.Chart> charts = ReportCharts.of(sides, shocks, prices);
        assertThat(charts).hasSize(3);
        for (ReportInput.Chart c : charts) {
            assertThat(html).contains(c.html());
        }
        assertThat(html).doesNotContain("data:image/png", "<img");
        assertThat(html.split("<svg").length - 1).isEqualTo(3);
    }

    /** The settings after the sides' names are the command line's (the window's copy had drifted and had no solver). */
    @Test
    void theRunSettingsAreTheCommandLineReports() {
        AnalysisOptions options = AnalysisOptions.defaults().withShockBudget(0.2);
        List<Side> sides = SideRunner.runBoth("pooled", net(), "unique", Variants.uniqueStake(net()), null, options);
        String html = CompareReport.html(sides.get(0), sides.get(1), Comparison.of(sides.get(0), sides.get(1)), null,
                List.of(), List.of(), options, Clock.systemUTC());
        StringBuilder rows = new StringBuilder();
        ReportInput.runSettings(options, SweepSpec.DEFAULT_TIME_LIMIT, null, true).forEach((k, v) -> rows
                .append("<tr><th class=\"l\">").append(k).append("</th><td class=\"l\">").append(v).append("</td></tr>"));
        assertThat(html).contains(rows.toString(), "AUTO (brute force on small networks, else CP-SAT)",
                "(analyses and simulations), 1.0 s (chart sweep points)");
    }

    /**
     * Issue 21: the window's page and {@code report}'s are one page: the same two samples, options, sweeps and clock
     * give the same bytes (side names, generator line and time stamp differed).
     */
    @Test
    void theWindowsReportIsTheCommandLinesToTheByte(@TempDir Path dir) throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2026-12-07T03:30:00Z"), ZoneOffset.UTC);
        String cli = cliPage(dir, clock, "textbook-domino", "--compare", "textbook-triangle");

        String window = windowPage("textbook-domino", sample("textbook-domino"), "textbook-triangle",
                sample("textbook-triangle"), clock);

        assertThat(window).contains("2026-12-07T03:30:00Z", ReportPage.generator(), "<svg");
        assertThat(window).isEqualTo(cli);
    }

    /** With a derived variant too: both name its side as the window's button does ("unique stake"), one ReportVariant. */
    @Test
    void aVariantsReportIsTheSameFromTheWindowAndTheCommandLine(@TempDir Path dir) throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2026-12-07T04:40:00Z"), ZoneOffset.UTC);
        String cli = cliPage(dir, clock, "textbook-domino", "--variant", "unique");
        Network left = sample("textbook-domino");
        String window = windowPage("textbook-domino", left, ReportVariant.UNIQUE.label(0.1),
                ReportVariant.UNIQUE.derive(left, 0.1), clock);

        assertThat(window).contains("unique stake").isEqualTo(cli);
    }

    /** The page {@code report ARGS --time-limit 1} writes with this clock, as the window's sweeps use one unit. */
    private static String cliPage(Path dir, Clock clock, String... args) throws Exception {
        Path file = dir.resolve("cli.html");
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--time-limit", "1", "--out", file.toString()));
        assertThat(new CliRun(() -> new ReportCommand(clock)).run(all.toArray(String[]::new))).isZero();
        return Files.readString(file);
    }

    /** The page the Compare window writes for these two sides, as its Charts tab sweeps them. */
    private static String windowPage(String leftLabel, Network left, String rightLabel, Network right, Clock clock) {
        AnalysisOptions options = new AnalysisOptions(0.1, Map.of(), 1, AnalysisOptions.Solver.AUTO);
        List<Side> sides = List.of(SideRunner.run(leftLabel, left, null, options),
                SideRunner.run(rightLabel, right, null, options));
        List<SweepResult> shocks = sides.stream().map(s -> Sweeper.run(s.network(), ChartData.shockSweep(1))).toList();
        List<ReportCharts.Priced> prices = sides.stream().flatMap(s -> ChartData.mainAsset(s.network()).stream()
                .map(a -> new ReportCharts.Priced(s, Sweeper.run(s.network(), ChartData.priceSweep(a, 1).withShockBudget(0.1)))))
                .toList();
        return CompareReport.html(sides.get(0), sides.get(1), Comparison.of(sides.get(0), sides.get(1)), null,
                shocks, prices, options, clock);
    }

    private static Network sample(String id) throws Exception {
        SampleNetworks.Sample s = SampleNetworks.byId(id).orElseThrow();
        try (var in = s.open()) {
            return NetworkCodec.read(s.file(), in);
        }
    }
}
