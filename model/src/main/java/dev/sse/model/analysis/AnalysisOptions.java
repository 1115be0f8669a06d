package dev.sse.model.analysis;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executor;

/**
 * How to analyse a network.
 *
 * @param shockBudget      ψ ∈ [0, 1] for the worst-case loss, or null to skip it
 * @param priceShocks      asset symbol → fractional price drop in [0, 1]; the network is analysed at the
 *                         lowered prices (profits π stay in the value unit)
 * @param timeLimitSeconds budget of each exact solve (best attack, margin, worst case) in deterministic units, about
 *                         a second of one core each (CP-SAT's deterministic time; never the clock, so the same
 *                         options give the same answer on every run, issue 17 item 5); a solve that spends it is
 *                         reported with {@code exact = false} and its bound
 * @param solver           which exact engine to use
 * @param raceExecutor     where the margin's two raced CP-SAT runs go (issue #18: the composition root owns every
 *                         executor, so the window passes one it shuts down on close); null for the model's shared
 *                         daemon pool (the command line's). Never changes an answer, only which threads compute it.
 */
public record AnalysisOptions(Double shockBudget, Map<String, Double> priceShocks, double timeLimitSeconds,
                              Solver solver, Executor raceExecutor) {

    /** On the shared daemon pool (no {@code raceExecutor}). */
    public AnalysisOptions(Double shockBudget, Map<String, Double> priceShocks, double timeLimitSeconds, Solver solver) {
        this(shockBudget, priceShocks, timeLimitSeconds, solver, null);
    }

    /** Default per-solve budget in deterministic units (about seconds). */
    public static final double DEFAULT_TIME_LIMIT = 5.0;

    /** The exact engines. */
    public enum Solver {
        /** Brute force on small networks, else CP-SAT, else (natives unavailable) ojAlgo. */
        AUTO,
        /** OR-Tools CP-SAT (falls back to ojAlgo when its natives cannot load). */
        CP_SAT,
        /** ojAlgo, pure Java (no proven bounds). */
        OJALGO,
        /** Exhaustive search; only for small networks (≤ 16 validators, ≤ 8 chains). */
        BRUTE_FORCE
    }

    public AnalysisOptions {
        priceShocks = Collections.unmodifiableMap(new LinkedHashMap<>(priceShocks == null ? Map.of() : priceShocks));
        solver = solver == null ? Solver.AUTO : solver;
        if (!(timeLimitSeconds > 0)) {
            throw new IllegalArgumentException("time limit must be > 0");
        }
        if (shockBudget != null && !(shockBudget >= 0 && shockBudget <= 1)) {
            throw new IllegalArgumentException("shock budget must be in [0, 1], got " + shockBudget);
        }
        priceShocks.forEach((k, v) -> {
            if (!(v >= 0 && v <= 1)) {
                throw new IllegalArgumentException("price drop of " + k + " must be in [0, 1], got " + v);
            }
        });
    }

    public static AnalysisOptions defaults() {
        return new AnalysisOptions(null, Map.of(), DEFAULT_TIME_LIMIT, Solver.AUTO);
    }

    public AnalysisOptions withShockBudget(Double psi) {
        return new AnalysisOptions(psi, priceShocks, timeLimitSeconds, solver, raceExecutor);
    }

    public AnalysisOptions withPriceShock(String asset, double drop) {
        Map<String, Double> m = new LinkedHashMap<>(priceShocks);
        m.put(asset, drop);
        return new AnalysisOptions(shockBudget, m, timeLimitSeconds, solver, raceExecutor);
    }

    public AnalysisOptions withTimeLimit(double seconds) {
        return new AnalysisOptions(shockBudget, priceShocks, seconds, solver, raceExecutor);
    }

    public AnalysisOptions withSolver(Solver s) {
        return new AnalysisOptions(shockBudget, priceShocks, timeLimitSeconds, s, raceExecutor);
    }

    /** Races the margin's CP-SAT runs on {@code executor} (null: the model's shared daemon pool). */
    public AnalysisOptions withRaceExecutor(Executor executor) {
        return new AnalysisOptions(shockBudget, priceShocks, timeLimitSeconds, solver, executor);
    }
}
