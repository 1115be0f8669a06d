package dev.sse.model.analysis.milp;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPModelRequest;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolutionResponse;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPSolverResponseStatus;
import com.google.ortools.linearsolver.MPVariable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A general MILP solver through OR-Tools' {@code MPSolver} on the same {@link IlpModel}: HiGHS for the benchmark's
 * side-by-side comparison (issue 20) and its plain LP relaxation. Never used by {@code analyze}: its only
 * limit is the wall clock, so its answers depend on the machine's load (docs/performance.md "Deterministic solves").
 * Settings follow shared/solvers.md "Pitfalls": {@code mip_rel_gap=0} (MPSolver's own gap parameter is ignored by
 * HiGHS, which then stops at 1e-4 reporting OPTIMAL), one thread. {@link #solve}'s budget is seconds of wall time here.
 */
public final class MpSolverBackend implements IlpBackend {

    private final String solverId;
    private final boolean relax;

    private MpSolverBackend(String solverId, boolean relax) {
        this.solverId = solverId;
        this.relax = relax;
    }

    /** HiGHS as a MILP solver, gap 0. */
    public static MpSolverBackend highs() {
        return new MpSolverBackend("HIGHS", false);
    }

    /**
     * HiGHS on the LP relaxation (all variables continuous; GLOP reported ABNORMAL on the 1,900 × 42 model's 5e11
     * coefficients): the bound is the LP bound; the values are not integral and are not returned.
     */
    public static MpSolverBackend lpRelaxation() {
        return new MpSolverBackend("HIGHS", true);
    }

    @Override
    public String name() {
        return relax ? "highs (LP relaxation)" : "highs (MPSolver)";
    }

    @Override
    public IlpResult solve(IlpModel model, double seconds) {
        if (!CpSatBackend.available()) {
            return new IlpResult(IlpResult.Status.UNKNOWN, null, Double.NaN, 0);
        }
        MPSolver solver = MPSolver.createSolver(solverId);
        try {
            MPVariable[] x = translate(solver, model, relax, false);
            return run(solver, x, model, seconds);
        } finally {
            solver.delete();
        }
    }

    /**
     * {@code model} as {@code solver}'s variables, rows and objective (the one translation of an {@link IlpModel} to
     * MPSolver; coefficients of a variable repeated in a row or the objective add up).
     *
     * @param relax  continuous variables (the LP relaxation) instead of integer ones
     * @param scaled each row and the objective divided by its largest coefficient ({@link LpGuide}: GLOP reported
     *               ABNORMAL on the 1,900 × 42 model's 5e11 coefficients); the objective's value is then scaled too
     */
    static MPVariable[] translate(MPSolver solver, IlpModel model, boolean relax, boolean scaled) {
        MPVariable[] x = new MPVariable[model.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = relax ? solver.makeNumVar(model.lower(i), model.upper(i), model.names.get(i))
                    : solver.makeIntVar(model.lower(i), model.upper(i), model.names.get(i));
        }
        for (IlpModel.Row r : model.rows) {
            double scale = scaled ? largest(r.coefs()) : 1;
            MPConstraint c = solver.makeConstraint(r.lo() == Long.MIN_VALUE ? -MPSolver.infinity() : r.lo() / scale,
                    r.hi() == Long.MAX_VALUE ? MPSolver.infinity() : r.hi() / scale);
            for (int i = 0; i < r.vars().length; i++) {
                c.setCoefficient(x[r.vars()[i]], c.getCoefficient(x[r.vars()[i]]) + r.coefs()[i] / scale);
            }
        }
        MPObjective obj = solver.objective();
        double scale = scaled ? largest(model.objCoefs) : 1;
        for (int i = 0; i < model.objVars.length; i++) {
            MPVariable v = x[model.objVars[i]];
            obj.setCoefficient(v, obj.getCoefficient(v) + model.objCoefs[i] / scale);
        }
        if (model.maximize) {
            obj.setMaximization();
        } else {
            obj.setMinimization();
        }
        return x;
    }

    /** The largest absolute coefficient, at least 1: {@link #translate}'s scale of a row or objective. */
    static double largest(long[] coefs) {
        long m = 1;
        for (long c : coefs) {
            m = Math.max(m, Math.abs(c));
        }
        return m;
    }

    /**
     * Runs the request. Through the proto API: {@code MPSolver.solve()} throws at HiGHS's time limit (status 99).
     * Even so, OR-Tools' HiGHS interface returns neither incumbent nor bound once HiGHS stops at its limit (HiGHS
     * reports a warning), so HiGHS writes both where they survive: each improving solution to a file
     * ({@code mip_improving_solution_file}) and its final primal and dual bounds to its log ({@code log_file}).
     */
    private IlpResult run(MPSolver solver, MPVariable[] x, IlpModel model, double seconds) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("sse-highs");
            Path log = dir.resolve("highs.log");
            Path sol = dir.resolve("improving.sol");
            MPModelRequest request = MPModelRequest.newBuilder().setModel(solver.exportModelToProto())
                    .setSolverType(relax ? MPModelRequest.SolverType.HIGHS_LINEAR_PROGRAMMING
                            : MPModelRequest.SolverType.HIGHS_MIXED_INTEGER_PROGRAMMING)
                    .setSolverTimeLimitSeconds(seconds).setEnableInternalSolverOutput(true)
                    .setSolverSpecificParameters("mip_rel_gap=0\nthreads=1\nlog_to_console=false\nlog_file=" + log
                            + "\nmip_improving_solution_save=true\nmip_improving_solution_file=" + sol + "\n").build();
            long t0 = System.nanoTime();
            MPSolutionResponse res = MPSolver.solveWithProto(request);
            double work = (System.nanoTime() - t0) / 1e9;
            MPSolverResponseStatus st = res.getStatus();
            if (st == MPSolverResponseStatus.MPSOLVER_INFEASIBLE) {
                return new IlpResult(IlpResult.Status.INFEASIBLE, null, Double.NaN, work);
            }
            if (relax) {
                return new IlpResult(IlpResult.Status.UNKNOWN, null,
                        st == MPSolverResponseStatus.MPSOLVER_OPTIMAL ? res.getObjectiveValue() : Double.NaN, work);
            }
            double bound = res.getVariableValueCount() == x.length ? res.getBestObjectiveBound() : logged(log, "Dual bound");
            long[] values = res.getVariableValueCount() == x.length ? new long[x.length] : lastSolution(sol, x.length);
            if (res.getVariableValueCount() == x.length) {
                for (int i = 0; i < x.length; i++) {
                    values[i] = Math.round(res.getVariableValue(i));
                }
            }
            if (values != null && !model.feasible(values)) {
                values = null;
            }
            IlpResult.Status status = values == null ? IlpResult.Status.UNKNOWN
                    : st == MPSolverResponseStatus.MPSOLVER_OPTIMAL ? IlpResult.Status.OPTIMAL : IlpResult.Status.FEASIBLE;
            return new IlpResult(status, values, bound, work);
        } catch (IOException e) {
            return new IlpResult(IlpResult.Status.UNKNOWN, null, Double.NaN, 0);
        } finally {
            delete(dir);
        }
    }

    /** The number after {@code key} on the last log line that has it (e.g. "  Dual bound        302910806432"). */
    private static double logged(Path log, String key) throws IOException {
        double value = Double.NaN;
        if (Files.exists(log)) {
            for (String line : Files.readAllLines(log)) {
                String t = line.trim();
                if (t.startsWith(key)) {
                    value = Double.parseDouble(t.substring(key.length()).trim().split("\\s+")[0]);
                }
            }
        }
        return value;
    }

    /** The last solution HiGHS wrote ("# Columns n" then "name value" lines), or null. */
    private static long[] lastSolution(Path sol, int n) throws IOException {
        if (!Files.exists(sol)) {
            return null;
        }
        List<String> lines = Files.readAllLines(sol);
        long[] values = null;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("# Columns") && i + n < lines.size()) {
                long[] v = new long[n];
                for (int k = 0; k < n; k++) {
                    String[] parts = lines.get(i + 1 + k).trim().split("\\s+");
                    v[k] = Math.round(Double.parseDouble(parts[parts.length - 1]));
                }
                values = v;
            }
        }
        return values;
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.deleteIfExists(f);
            }
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }
}
