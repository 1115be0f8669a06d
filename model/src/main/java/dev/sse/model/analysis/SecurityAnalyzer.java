package dev.sse.model.analysis;

import dev.sse.model.analysis.exact.Coalition;
import dev.sse.model.analysis.exact.Fraction;
import dev.sse.model.analysis.exact.Instance;
import dev.sse.model.analysis.exact.InstanceBuilder;
import dev.sse.model.analysis.exact.Outcomes;
import dev.sse.model.format.Screen;
import dev.sse.model.network.Network;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Analyses a network's security (issue 4): per-chain metrics, whether a valid attack exists (Durvasula–
 * Roughgarden: a coalition (A, B) attacks when it reaches α_s of every attacked chain's securing stake, and is
 * valid when Σ_{s∈A} π_s &gt; Σ_{v∈B} min(σ_v, Σ_{s∈A} a(v,s))), the best attack, the margin γ*, the EigenLayer
 * condition and, with a shock budget, the worst-case loss.
 *
 * <p>All searches run on exact integers ({@link InstanceBuilder}); every attack a solver returns is
 * re-verified exactly. Thread-safe and stateless.
 */
public final class SecurityAnalyzer {

    private SecurityAnalyzer() {
    }

    /** Analyses with {@link AnalysisOptions#defaults()}. */
    public static AnalysisResult analyze(Network network) {
        return analyze(network, AnalysisOptions.defaults());
    }

    public static AnalysisResult analyze(Network given, AnalysisOptions options) {
        return analyze(given, options, answer -> { });
    }

    /**
     * The anytime analysis (issue 20): {@code answers} gets improving answers as they come, on the calling thread,
     * each labelled with its proven interval, the last one {@link AnytimeAnswer#last() final} and equal to what
     * {@link #analyze(Network, AnalysisOptions)} returns (which is returned too). On networks the brute force decides
     * (a few milliseconds) only the final answer is given; otherwise first {@link #firstAnswer}, then the answer after
     * the best-attack search, then the final one after the margin's. A thread interrupted meanwhile (a caller that no
     * longer wants the answer, {@code CpSatBackend.interrupt}) stops with a {@link java.util.concurrent.CancellationException}
     * between the steps.
     */
    public static AnalysisResult analyze(Network given, AnalysisOptions options, Consumer<AnytimeAnswer> answers) {
        Network network = MultiAssetStake.lower(given, options.priceShocks());
        InstanceBuilder.Built built = InstanceBuilder.build(network, options.priceShocks(), Set.of(), Set.of());
        Instance inst = built.instance();
        Engine engine = new Engine(options.solver(), options.timeLimitSeconds(), options.raceExecutor());
        boolean early = !FirstAnswer.bruteForce(inst, options.solver());
        if (early) {
            engine.startAhead(inst); // while the covers are computed
            CoversAhead.compute(inst, options.raceExecutor());
        }
        String unit = network.assets().isEmpty() ? "" : "USD";
        ChainMetricsBuilder metrics = new ChainMetricsBuilder(network, inst, built.sets(), unit);
        Map<String, ChainMetrics> chains = metrics.build();
        if (early) {
            answers.accept(new AnytimeAnswer(FirstAnswer.of(network, built, metrics, chains, unit), false));
            FirstAnswer.stopIfInterrupted();
        }

        Outcomes.Attack best = engine.bestAttack(inst);
        Attack attack = toAttack(best.attack(), inst, metrics);
        if (early) {
            answers.accept(new AnytimeAnswer(FirstAnswer.afterBestAttack(network, built, metrics, chains, unit, best,
                    engine.solverName()), false));
            FirstAnswer.stopIfInterrupted();
        }
        Conclusion conclusion = Conclusion.of(best, attack, engine.minRatio(inst, best.netBound(), best.attack()), metrics, unit);
        EigenLayerCondition eigen = eigenLayer(inst);
        WorstCaseLoss worst = options.shockBudget() == null ? null
                : worstCase(engine.worstCase(inst, Fraction.ofDouble(options.shockBudget())), options.shockBudget(),
                inst, metrics, unit);
        // external security blocks (validators after the file's) are not stake in the file
        long fileStake = java.util.stream.IntStream.range(0, built.fileValidators()).mapToLong(inst::stake).sum();
        AnalysisResult result = new AnalysisResult(network.name(), unit, metrics.value(fileStake), conclusion.secure(),
                conclusion.secureExact(), conclusion.margin(), attack, best.exact(), conclusion.bestAttackBound(),
                eigen, chains, worst, engine.solverName(), conclusion.why());
        answers.accept(new AnytimeAnswer(result, true));
        return result;
    }

    /**
     * The anytime analysis's first answer alone, without any solver (issue 23: what the window shows for each step
     * while a cascade plays): the chain metrics, the best {@link dev.sse.model.analysis.exact.Greedy} attack and ratio,
     * and the bounds that need no search. Never {@link AnytimeAnswer#last() final} unless brute force decides the
     * network (then it is the final answer, computed in milliseconds).
     */
    public static AnytimeAnswer firstAnswer(Network given, AnalysisOptions options) {
        Network network = MultiAssetStake.lower(given, options.priceShocks());
        InstanceBuilder.Built built = InstanceBuilder.build(network, options.priceShocks(), Set.of(), Set.of());
        if (FirstAnswer.bruteForce(built.instance(), options.solver())) {
            return new AnytimeAnswer(analyze(given, options), true);
        }
        String unit = network.assets().isEmpty() ? "" : "USD";
        ChainMetricsBuilder metrics = new ChainMetricsBuilder(network, built.instance(), built.sets(), unit);
        return new AnytimeAnswer(FirstAnswer.of(network, built, metrics, metrics.build(), unit), false);
    }

    /** Only the per-chain metrics (no network-wide searches), by chain id in file order. */
    public static Map<String, ChainMetrics> chainMetrics(Network given, AnalysisOptions options) {
        Network network = MultiAssetStake.lower(given, options.priceShocks());
        InstanceBuilder.Built built = InstanceBuilder.build(network, options.priceShocks(), Set.of(), Set.of());
        String unit = network.assets().isEmpty() ? "" : "USD";
        return new ChainMetricsBuilder(network, built.instance(), built.sets(), unit).build();
    }

    static Attack toAttack(Coalition c, Instance inst, ChainMetricsBuilder m) {
        return c == null ? null : new Attack(c.chainIds(inst), c.validatorIds(inst), m.value(c.cost()),
                m.value(c.profit()));
    }

    /**
     * Claim 1: Σ_{s∋v} π_s·q_s / (p_s·C_s) ≤ 1 with C_s = Σ_{u∈N(s)} a(u,s), α_s = p_s/q_s. Sums are accumulated
     * in doubles; a validator whose sum lies within 1e-9 of 1 is decided again in exact rationals.
     */
    static EigenLayerCondition eigenLayer(Instance inst) {
        int n = inst.validatorCount();
        double[] sum = new double[n];
        double[] term = new double[inst.chainCount()];
        boolean unsecured = false;
        for (int s = 0; s < inst.chainCount(); s++) {
            long c = java.util.Arrays.stream(inst.amounts(s)).sum();
            if (c == 0) {
                unsecured |= inst.profit(s) > 0;
                continue;
            }
            // a tiny α (1e-300) makes π/(α·C) exceed the double range: saturate (the condition fails either way)
            term[s] = Math.min(Double.MAX_VALUE, new BigDecimal(BigInteger.valueOf(inst.profit(s))
                    .multiply(inst.alpha(s).den())).divide(new BigDecimal(inst.alpha(s).num()
                    .multiply(BigInteger.valueOf(c))), java.math.MathContext.DECIMAL64).doubleValue());
            for (int v : inst.members(s)) {
                sum[v] = Math.min(Double.MAX_VALUE, sum[v] + term[s]);
            }
        }
        Map<String, Double> sums = new LinkedHashMap<>();
        boolean holds = !unsecured;
        String worst = null;
        double worstSum = -1;
        for (int v = 0; v < n; v++) {
            if (inst.shockable(v)) { // the file's validators; an external block restakes nowhere else
                sums.put(inst.validatorId(v), sum[v]);
            }
            holds &= Math.abs(sum[v] - 1) < 1e-9 ? exactAtMostOne(inst, v) : sum[v] <= 1;
            if (sum[v] > worstSum) {
                worstSum = sum[v];
                worst = inst.validatorId(v);
            }
        }
        String why = unsecured ? "fails: a chain with π > 0 has no securing stake"
                : worst == null ? "holds: no validators"
                : (holds ? "holds" : "fails") + ": largest Σ π_s/(α_s·C_s) is " + Screen.decimal(worstSum) + " (" + worst + ")";
        return new EigenLayerCondition(holds, sums, why);
    }

    private static boolean exactAtMostOne(Instance inst, int v) {
        Fraction total = Fraction.ZERO;
        for (int s : inst.chainsOf(v)) {
            long c = java.util.Arrays.stream(inst.amounts(s)).sum();
            Fraction t = new Fraction(BigInteger.valueOf(inst.profit(s)).multiply(inst.alpha(s).den()),
                    inst.alpha(s).num().multiply(BigInteger.valueOf(c)));
            total = total.minus(Fraction.ZERO.minus(t));
        }
        return total.compareTo(Fraction.ONE) <= 0;
    }

    private static WorstCaseLoss worstCase(Outcomes.Worst w, double psi, Instance inst, ChainMetricsBuilder m,
                                           String unit) {
        long total = inst.shockableStake(); // the file's stake: ψ and the loss are fractions of it, not of external security
        double loss = total == 0 ? 0 : Fraction.of(w.loss(), total).toDouble();
        double bound = total == 0 ? 0 : w.bound() == Long.MAX_VALUE ? 1.0 : Math.min(1, Fraction.of(w.bound(), total).toDouble());
        List<String> shock = w.shock().stream().map(inst::validatorId).sorted().toList();
        Attack attack = toAttack(w.attack(), inst, m);
        long shocked = w.shock().stream().mapToLong(inst::stake).sum();
        String why = "ψ = " + Screen.percent(psi) + ": shock " + shock.size() + " validators ("
                + Screen.amount(m.value(shocked), unit) + ")"
                + (attack == null ? ", no valid attack remains" : ", then " + attack.validators().size()
                + " validators attack " + attack.chains() + " losing " + Screen.amount(attack.cost(), unit))
                + ": loss " + Screen.percent(loss) + " of " + Screen.amount(m.value(total), unit)
                + (w.exact() ? "" : " (best found; proven ≤ " + Screen.percentUp(bound) + ")");
        return new WorstCaseLoss(psi, loss, shock, attack, w.exact(), w.exact() ? loss : bound, why);
    }
}
