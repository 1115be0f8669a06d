package dev.sse.app.cli;

import dev.sse.model.analysis.AnalysisOptions;
import dev.sse.model.io.json.MonteCarloCodec;
import dev.sse.model.montecarlo.MonteCarloResult;
import dev.sse.model.montecarlo.MonteCarloRun;
import dev.sse.model.montecarlo.MonteCarloSpec;
import dev.sse.model.simulation.AnalysisAttackFinder;
import dev.sse.model.compare.ChartData;
import dev.sse.model.compare.Comparison;
import dev.sse.model.compare.ComparisonTable;
import dev.sse.model.compare.ScenarioFit;
import dev.sse.model.compare.Side;
import dev.sse.model.compare.SideRunner;
import dev.sse.model.io.json.NetworkFormatException;
import dev.sse.model.io.json.ScenarioCodec;
import dev.sse.model.io.report.ReportCharts;
import dev.sse.model.io.report.ReportInput;
import dev.sse.model.network.Network;
import dev.sse.model.network.Settings;
import dev.sse.model.simulation.Scenario;
import dev.sse.model.sweep.SweepResult;
import dev.sse.model.sweep.Sweeper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code report NETWORK [--scenario FILE | --scenario-name NAME] [--compare OTHER | --variant KIND] --out FILE.html}:
 * one self-contained HTML report (summary, assumptions, per-chain tables, inline SVG charts, the scenario's event
 * log, the comparison's delta table, the seed), computed by the same engines as the window.
 */
@Command(name = "report",
        description = {"Write a self-contained HTML report on a network, optionally compared with another one",
                "or with a derived variant, and with a scenario run on both sides.",
                "A scenario's faults naming ids a side lacks are skipped on that side;",
                "--scenario-name looks in NETWORK, then in OTHER."},
        footer = {"", "Examples:",
                "  explorer report cosmos-hub-ics --compare isolated-zones --scenario-name operator-key-compromise --out ics.html",
                "  explorer report eigenlayer-pooled --variant unique --scenario-name buggy-avs-slashes-half --out el.html"})
public final class ReportCommand implements Callable<Integer> {

    @Mixin
    NetworkRun run;

    @Option(names = "--out", required = true, paramLabel = "FILE.html", description = "where to write the report")
    Path out;

    @Option(names = "--compare", paramLabel = "OTHER", description = "a second network (file or sample id)")
    String compare;

    @Option(names = "--variant", paramLabel = "KIND",
            description = "compare with a derived variant instead: isolate, pool or unique")
    String variant;

    @Option(names = "--share", paramLabel = "P", defaultValue = "0.1",
            description = "--variant isolate: share of the provider's stake each consumer keeps; 0 = direct validators only (default: ${DEFAULT-VALUE})")
    double share;

    @Mixin
    ScenarioChoice scenario;

    @Option(names = "--shock-budget", paramLabel = "PSI", defaultValue = "0.1", description = "ψ of the worst-case loss (default: ${DEFAULT-VALUE})")
    double shockBudget;

    @Mixin
    SolveBudget budget = new SolveBudget("5");

    @Option(names = "--sweep-time-limit", paramLabel = "SECONDS", defaultValue = "1",
            description = "--time-limit for each point of the chart sweeps (default: ${DEFAULT-VALUE})")
    double sweepTimeLimit;

    @Option(names = "--montecarlo", paramLabel = "N", defaultValue = "0",
            description = "add the distribution of stake lost over N random draws per side (each validator fails with probability 1%%; default: none)")
    int montecarlo;

    @Option(names = "--montecarlo-seed", paramLabel = "S", defaultValue = "0", description = "seed of those draws (default: ${DEFAULT-VALUE})")
    long montecarloSeed;

    @Option(names = "--no-charts", description = "skip the charts (they need a sweep per side)")
    boolean noCharts;

    /** The report's time stamp comes from here. */
    private final Clock clock;

    public ReportCommand() {
        this(Clock.systemUTC());
    }

    /** With the clock the report's time stamp is read from (a fixed one makes the page repeat to the byte). */
    public ReportCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Integer call() {
        return run.run(() -> {
            if (compare != null && variant != null) {
                return run.fail("give only one of --compare and --variant");
            }
            if (scenario.problem() != null) {
                return run.fail(scenario.problem());
            }
            if (budget.problem() != null) {
                return run.fail(budget.problem());
            }
            if (montecarlo < 0) {
                return run.fail("--montecarlo must be 0 or more draws, got " + montecarlo);
            }
            AnalysisOptions options = new AnalysisOptions(shockBudget, Map.of(), budget.seconds(), AnalysisOptions.Solver.AUTO);
            Network primary = run.load();
            Network other = compare != null ? run.load(compare) : variant != null ? variant(primary) : null;
            run.reading(scenario.file);
            Scenario played = scenario(primary, other);
            List<Side> sides = new ArrayList<>();
            sides.add(SideRunner.run(label(primary, run.network), primary, played, options));
            if (other != null) {
                sides.add(SideRunner.run(compare != null ? label(other, compare) : ReportVariant.parse(variant).label(share), other, played, options));
            }
            ComparisonTable table = other == null ? null : Comparison.of(sides.get(0), sides.get(1));
            List<ReportInput.Chart> charts = new ArrayList<>(noCharts ? List.of() : charts(sides));
            if (montecarlo > 0) {
                charts.add(distribution(sides, primary, other));
            }
            String html = ReportPage.html(sides, table, played, charts, options, sweepTimeLimit, !noCharts, settings(),
                    clock);
            return run.write(out, html, (html.length() / 1024) + " KB");
        });
    }

    /** The same Monte Carlo draws on each side (issue 24), on all cores. */
    private ReportInput.Chart distribution(List<Side> sides, Network primary, Network other) {
        MonteCarloSpec mc = MonteCarloCodec.defaults(montecarlo, montecarloSeed);
        AnalysisAttackFinder finder = new AnalysisAttackFinder(AnalysisOptions.defaults().withTimeLimit(MonteCarloSpec.DEFAULT_TIME_LIMIT));
        List<MonteCarloResult> runs = new ArrayList<>();
        for (Network n : other == null ? List.of(primary) : List.of(primary, other)) {
            runs.add(dev.sse.app.concurrency.CommandLineDraws.run(MonteCarloRun.prepare(n, mc, finder),
                    Runtime.getRuntime().availableProcessors(), (d, t) -> { }));
        }
        return ReportCharts.distribution(sides.stream().map(Side::label).toList(), runs);
    }

    private Network variant(Network n) {
        return ReportVariant.parse(variant).derive(n, share);
    }

    private Scenario scenario(Network primary, Network other) throws IOException, NetworkFormatException {
        Scenario s = null;
        if (scenario.file != null) {
            s = ScenarioCodec.read(scenario.file);
        } else if (scenario.name != null) {
            Settings stored = primary.scenarios().get(scenario.name);
            String from = run.network;
            if (stored == null && other != null) {
                stored = other.scenarios().get(scenario.name);
                from = compare;
            }
            if (stored == null) {
                throw new IllegalArgumentException("--scenario-name: no scenario '" + scenario.name + "' in " + run.network
                        + (compare == null ? "" : " or " + compare));
            }
            run.reading(from);
            s = from == null ? ScenarioCodec.fromSettings(scenario.name, stored) : NetworkSource.stored(from, scenario.name, stored, null);
        }
        if (s != null && !s.faults().isEmpty()) {
            boolean fitsPrimary = ScenarioFit.fit(s, primary).scenario().faults().size() > 0;
            boolean fitsOther = other != null && ScenarioFit.fit(s, other).scenario().faults().size() > 0;
            if (!fitsPrimary && !fitsOther) {
                throw new IllegalArgumentException("scenario '" + s.name() + "': " + String.join("; ",
                        ScenarioFit.fit(s, primary).skipped()));
            }
        }
        return s;
    }

    private List<ReportInput.Chart> charts(List<Side> sides) {
        List<SweepResult> shocks = new ArrayList<>();
        for (Side s : sides) {
            shocks.add(Sweeper.run(s.network(), ChartData.shockSweep(sweepTimeLimit)));
        }
        List<ReportCharts.Priced> prices = new ArrayList<>();
        for (Side s : sides) {
            ChartData.mainAsset(s.network()).ifPresent(asset -> prices.add(new ReportCharts.Priced(s,
                    Sweeper.run(s.network(), ChartData.priceSweep(asset, sweepTimeLimit).withShockBudget(shockBudget)))));
        }
        return ReportCharts.of(sides, shocks, prices);
    }

    /** The settings only {@code report} has, after the run's (a variant is named by its side, as in the window). */
    private Map<String, String> settings() {
        Map<String, String> s = new LinkedHashMap<>();
        if (montecarlo > 0) {
            s.put("Monte Carlo", montecarlo + " draws per side, seed " + montecarloSeed + ", "
                    + MonteCarloSpec.DEFAULT_TIME_LIMIT + " units per solve");
        }
        return s;
    }

    private static String label(Network n, String arg) {
        return arg.endsWith(".json") ? n.name() : arg;
    }
}
