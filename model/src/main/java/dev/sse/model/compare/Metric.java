package dev.sse.model.compare;

/**
 * The quantities a comparison sets side by side, with the direction that is safer. Chain metrics come from
 * {@link dev.sse.model.analysis.ChainMetrics} and the scenario's trace; network metrics from the
 * {@link dev.sse.model.analysis.AnalysisResult}.
 */
public enum Metric {
    /** Cheapest coalition against the chain alone, value units: higher is safer. */
    COST_OF_CORRUPTION("cost of corruption", Unit.MONEY, true),
    /** π_s, value units: lower is safer. */
    PROFIT_FROM_CORRUPTION("profit from corruption", Unit.MONEY, false),
    /** cost/π − 1: higher is safer. */
    MARGIN("margin", Unit.FRACTION, true),
    /** Fewest validators holding more than 1/3 of the chain's weight: higher is safer. */
    NAKAMOTO("Nakamoto coefficient", Unit.COUNT, true),
    /** Number of chains that fall with it: lower is safer. */
    BLAST_RADIUS("blast radius", Unit.COUNT, false),
    /** Share of the chain's securing stake lost in the scenario ({@link ChainLoss#fraction()}): lower is safer. */
    STAKE_LOST("stake lost in the scenario", Unit.FRACTION, false),
    /** 1 when the chain fell in the scenario, else 0: lower is safer. */
    FELL("fell in the scenario", Unit.YES_NO, false),
    /** Network γ*: higher is safer. */
    NETWORK_MARGIN("network margin γ*", Unit.FRACTION, true),
    /** Worst-case loss after a shock of ψ (fraction of all stake): lower is safer. */
    WORST_CASE_LOSS("worst-case loss", Unit.FRACTION, false),
    /** Share of all stake lost in the scenario: lower is safer. */
    SCENARIO_LOSS("stake lost in the scenario", Unit.FRACTION, false);

    /** How a value is shown. */
    public enum Unit { MONEY, FRACTION, COUNT, YES_NO }

    /** The per-chain metrics, in table order. */
    public static final java.util.List<Metric> CHAIN = java.util.List.of(COST_OF_CORRUPTION, PROFIT_FROM_CORRUPTION,
            MARGIN, NAKAMOTO, BLAST_RADIUS, STAKE_LOST, FELL);

    /** The network-wide metrics, in table order. */
    public static final java.util.List<Metric> NETWORK = java.util.List.of(NETWORK_MARGIN, WORST_CASE_LOSS, SCENARIO_LOSS);

    private final String label;
    private final Unit unit;
    private final boolean higherIsSafer;

    Metric(String label, Unit unit, boolean higherIsSafer) {
        this.label = label;
        this.unit = unit;
        this.higherIsSafer = higherIsSafer;
    }

    public String label() {
        return label;
    }

    public Unit unit() {
        return unit;
    }

    public boolean higherIsSafer() {
        return higherIsSafer;
    }

    /** Compares two values: the safer side, {@link Safer#SAME} within a relative 1e-9, UNKNOWN if either is null. */
    public Safer safer(Double left, Double right) {
        if (left == null || right == null || left.isNaN() || right.isNaN()) {
            return Safer.UNKNOWN;
        }
        double scale = Math.max(1e-12, Math.max(Math.abs(left), Math.abs(right)));
        if (Math.abs(left - right) <= 1e-9 * scale) {
            return Safer.SAME;
        }
        return (left > right) == higherIsSafer ? Safer.LEFT : Safer.RIGHT;
    }
}
