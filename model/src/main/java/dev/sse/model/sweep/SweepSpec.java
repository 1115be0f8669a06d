package dev.sse.model.sweep;

import dev.sse.model.analysis.AnalysisOptions;
import dev.sse.model.simulation.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What to sweep: {@code steps} values of {@code parameter} from {@code from} to {@code to}, both included, evenly
 * spaced (one step: just {@code from}).
 *
 * @param parameter        the parameter varied
 * @param from             first value
 * @param to               last value
 * @param steps            number of points, ≥ 1
 * @param shockBudget      ψ of the worst-case loss at every point of a sweep that does not vary ψ itself
 *                         ({@link #DEFAULT_SHOCK_BUDGET} by default)
 * @param timeLimitSeconds per-solve time limit of each point's analysis; results that hit it are reported with
 *                         their exact flags false
 * @param scenario         a scenario to simulate at every point (its stake lost and fallen chains are reported),
 *                         or null
 */
public record SweepSpec(SweepParameter parameter, double from, double to, int steps, double shockBudget,
                        double timeLimitSeconds, Scenario scenario) {

    /** ψ used for the worst-case loss when the sweep varies something else: 10% of all stake. */
    public static final double DEFAULT_SHOCK_BUDGET = 0.1;

    /** Default per-point solver time limit: one second, so sweeps on the big samples finish. */
    public static final double DEFAULT_TIME_LIMIT = 1.0;

    /** Most points a sweep may have. */
    public static final int MAX_STEPS = 1000;

    public SweepSpec {
        Objects.requireNonNull(parameter, "parameter");
        if (steps < 1 || steps > MAX_STEPS) {
            throw new IllegalArgumentException("steps must be in [1, " + MAX_STEPS + "], got " + steps);
        }
        if (!Double.isFinite(from) || !Double.isFinite(to)) {
            throw new IllegalArgumentException("from and to must be finite numbers");
        }
        if (!(shockBudget >= 0 && shockBudget <= 1)) {
            throw new IllegalArgumentException("shock budget must be in [0, 1], got " + shockBudget);
        }
        if (!(timeLimitSeconds > 0)) {
            throw new IllegalArgumentException("time limit must be > 0");
        }
    }

    public static SweepSpec of(SweepParameter parameter, double from, double to, int steps) {
        return new SweepSpec(parameter, from, to, steps, DEFAULT_SHOCK_BUDGET, DEFAULT_TIME_LIMIT, null);
    }

    public SweepSpec withScenario(Scenario s) {
        return new SweepSpec(parameter, from, to, steps, shockBudget, timeLimitSeconds, s);
    }

    public SweepSpec withTimeLimit(double seconds) {
        return new SweepSpec(parameter, from, to, steps, shockBudget, seconds, scenario);
    }

    public SweepSpec withShockBudget(double psi) {
        return new SweepSpec(parameter, from, to, steps, psi, timeLimitSeconds, scenario);
    }

    /** The values, in order: from + i·(to − from)/(steps − 1), the last exactly {@code to}. */
    public List<Double> values() {
        List<Double> v = new ArrayList<>(steps);
        for (int i = 0; i < steps; i++) {
            v.add(i == steps - 1 && steps > 1 ? to : from + i * (to - from) / Math.max(1, steps - 1));
        }
        return v;
    }

    /** The analysis options every point starts from (shock budget and time limit). */
    public AnalysisOptions baseOptions() {
        return AnalysisOptions.defaults().withTimeLimit(timeLimitSeconds).withShockBudget(shockBudget);
    }
}
