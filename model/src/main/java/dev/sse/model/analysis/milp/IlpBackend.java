package dev.sse.model.analysis.milp;

/** A MILP solver behind {@link IlpModel}. Implementations are stateless and thread-safe. */
public interface IlpBackend {

    /** Name shown in results, e.g. {@code "cp-sat 9.15.6755"}. */
    String name();

    /**
     * Solves within a deterministic work budget: {@code budget} units, where one unit is about one second of
     * single-thread solving (CP-SAT's deterministic time, docs/performance.md "Deterministic solves"). The
     * same model and budget give the same result on every run, whatever the machine's load. Never throws for
     * solver failures: UNKNOWN.
     */
    IlpResult solve(IlpModel model, double budget);
}
