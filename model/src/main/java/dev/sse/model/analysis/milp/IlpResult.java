package dev.sse.model.analysis.milp;

/**
 * What a backend returned.
 *
 * @param status  OPTIMAL (proven), FEASIBLE (time limit hit with a solution), INFEASIBLE (proven) or
 *                UNKNOWN (time limit hit without a solution, or a backend failure)
 * @param values  the solution (null unless OPTIMAL or FEASIBLE); callers re-evaluate it exactly
 * @param bound   the proven bound on the objective (upper for maximisation, lower for minimisation);
 *                NaN when the backend gives none (ojAlgo)
 * @param work    deterministic work the solve used, in the units of {@link IlpBackend#solve} (never wall time,
 *                so budgets spent from it give the same answer on every run and machine)
 */
public record IlpResult(Status status, long[] values, double bound, double work) {

    public enum Status { OPTIMAL, FEASIBLE, INFEASIBLE, UNKNOWN }

    public boolean hasSolution() {
        return values != null && (status == Status.OPTIMAL || status == Status.FEASIBLE);
    }

    public boolean proven() {
        return status == Status.OPTIMAL || status == Status.INFEASIBLE;
    }
}
