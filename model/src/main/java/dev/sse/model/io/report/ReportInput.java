package dev.sse.model.io.report;

import dev.sse.model.analysis.AnalysisOptions;
import dev.sse.model.compare.ChartData;
import dev.sse.model.compare.ComparisonTable;
import dev.sse.model.compare.Side;
import dev.sse.model.format.Screen;
import dev.sse.model.simulation.Scenario;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything one HTML report shows. Charts arrive ready-made as HTML fragments (inline SVG from the CLI,
 * {@code <img>} with a base64 PNG snapshot from the GUI), so the report itself stays free of any toolkit.
 *
 * @param title       heading and page title
 * @param generatedAt when, as text (the caller decides the format; tests pass a constant)
 * @param generator   what wrote it, e.g. "explorer report 0.1.0"
 * @param primary     the network reported on
 * @param other       the compared network, or null
 * @param comparison  the delta table, or null
 * @param scenario    the scenario that ran on both sides (as requested, before fitting), or null
 * @param charts      charts in order
 * @param assumptions one sentence each
 * @param settings    name → value of every setting that shaped the numbers (time limit, ψ, seeds, …)
 */
public record ReportInput(String title, String generatedAt, String generator, Side primary, Side other,
                          ComparisonTable comparison, Scenario scenario, List<Chart> charts, List<String> assumptions,
                          Map<String, String> settings) {

    /** One chart: a title, a caption saying how to read it, and its HTML (inline SVG or an img tag). */
    public record Chart(String title, String caption, String html) {
    }

    public ReportInput {
        Objects.requireNonNull(primary, "primary");
        charts = List.copyOf(charts);
        assumptions = List.copyOf(assumptions);
        settings = Collections.unmodifiableMap(new LinkedHashMap<>(settings));
    }

    /** The model's standing assumptions, with this run's numbers. */
    public static List<String> standardAssumptions(double shockBudget, double timeLimitSeconds) {
        return List.of(
                "Restaking model of Durvasula and Roughgarden (arXiv:2407.21785): a coalition attacks a set of chains "
                        + "when it holds at least the attack threshold α of each chain's securing stake; the attack is "
                        + "valid (profitable) when the chains' profits from corruption π exceed the stake the attackers lose.",
                "Values are stake × asset price (USD when the network prices assets); profits from corruption are "
                        + "inputs in the same unit, not measured.",
                "Cost of corruption: the cheapest coalition against a chain alone; margin = cost / π − 1; network "
                        + "margin γ* = the smallest cost / profit − 1 over all attacking coalitions.",
                "Worst-case loss: the largest share of all stake lost after a shock of at most ψ = "
                        + Screen.percent(shockBudget) + " of the stake and the best valid attack that follows "
                        + "(one coordinated attack suffices: DR Corollary 1). The DR bound (1 + 1/γ)ψ holds when γ > 0.",
                "Each exact solve is limited to " + Screen.decimal(timeLimitSeconds) + " s; numbers marked * are the best "
                        + "found within the limit, not proven.",
                "Scenario losses per chain: the chain's securing stake slashed, burnt, or removed from its set "
                        + "(jailed, tombstoned, attackers), at the prices in force at the end.");
    }

    /**
     * The run's settings every report lists after naming its sides, the same for {@code report} and the Compare
     * window (issue 21: the window's copy had drifted): ψ, the solve limits, the solver, the scenario and, with
     * charts, the chart sweeps.
     */
    public static Map<String, String> runSettings(AnalysisOptions options, double sweepTimeLimit, Scenario scenario,
                                                  boolean charts) {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("shock budget ψ", String.valueOf(options.shockBudget()));
        s.put("time limit per solve", options.timeLimitSeconds() + " s (analyses and simulations), " + sweepTimeLimit
                + " s (chart sweep points)");
        s.put("solver", options.solver() == AnalysisOptions.Solver.AUTO
                ? "AUTO (brute force on small networks, else CP-SAT)" : options.solver().name());
        s.put("scenario", scenario == null ? "none" : scenario.name() + " (seed " + scenario.seed() + ", policy "
                + scenario.policy().json() + ")");
        if (charts) {
            s.put("chart sweeps", "ψ 0–" + Math.round(ChartData.SHOCK_TO * 100) + "% in " + ChartData.SHOCK_STEPS
                    + " steps; price drop 0–" + Math.round(ChartData.PRICE_TO * 100) + "% in " + ChartData.PRICE_STEPS
                    + " steps");
        }
        return s;
    }
}
