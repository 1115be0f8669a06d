package dev.sse.model.analysis.milp;

/** A MILP solver behind {@link IlpModel}. Implementations are stateless and thread-safe. */
public interface IlpBackend {

    /** Name shown in results, e.g. {@code "cp-sat 9.15.6755"}. */
    String name();

    /** Solves within {@code timeLimitSeconds} of wall time. Never throws for solver failures: UNKNOWN. */
    IlpResult solve(IlpModel model, double timeLimitSeconds);
}
