package dev.sse.views.montecarlo;

import dev.sse.model.analysis.AnalysisOptions;
import dev.sse.model.io.csv.MonteCarloCsv;
import dev.sse.model.montecarlo.MonteCarloResult;
import dev.sse.model.montecarlo.MonteCarloRun;
import dev.sse.model.montecarlo.MonteCarloSpec;
import dev.sse.model.montecarlo.ShockModel;
import dev.sse.model.network.Asset;
import dev.sse.model.network.Network;
import dev.sse.model.simulation.AnalysisAttackFinder;
import dev.sse.model.simulation.Scenario;
import dev.sse.views.common.FormNumber;
import dev.sse.views.common.FxBridge;
import dev.sse.views.common.ViewText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The Monte Carlo tab of the Compare window (issue 24): the same draws (same models, N and seed) on both sides, off
 * the FX thread through the model's {@link MonteCarloRun} (the CLI's {@code montecarlo} runs the very same code),
 * with progress, an estimate of the time left, cancel, and both results for one histogram and one exceedance curve.
 * The form: failure probability p, copula correlation ρ (0: independent failures), AVS fault rate and slash fraction,
 * price volatility σ of every asset (correlated by ρ), draws and seed.
 */
public final class MonteCarloViewModel {

    private final FxBridge bridge;
    private final Executor fx;
    private final Executor helpers;
    private final AnalysisOptions options;
    private final Supplier<Network> left;
    private final Supplier<Network> right;
    private final LongSupplier clock;
    private final StringProperty draws = new SimpleStringProperty(this, "draws", "1000");
    private final StringProperty seed = new SimpleStringProperty(this, "seed", "7");
    private final StringProperty failure = new SimpleStringProperty(this, "failure", "0.01");
    private final StringProperty correlation = new SimpleStringProperty(this, "correlation", "0");
    private final StringProperty chainRate = new SimpleStringProperty(this, "chainRate", "0.02");
    private final StringProperty slashFraction = new SimpleStringProperty(this, "slashFraction", "0.5");
    private final StringProperty volatility = new SimpleStringProperty(this, "volatility", "0");
    private final ReadOnlyObjectWrapper<MonteCarloResult> leftResult = new ReadOnlyObjectWrapper<>(this, "leftResult");
    private final ReadOnlyObjectWrapper<MonteCarloResult> rightResult = new ReadOnlyObjectWrapper<>(this, "rightResult");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status");
    private volatile MonteCarloRun current;
    private volatile boolean cancelled;

    /**
     * {@code fx}: where progress is delivered ({@link FxBridge#fxExecutor()} in the window); {@code helpers}: where a
     * run's other draws go (issue #18: the composition root's pool, {@code Workers.draws()}); {@code options}: the
     * draws' analysis options, whose race executor is the composition root's too; {@code right} null: one side only (the
     * main window's panel); {@code clock}: milliseconds, for the time-left estimate
     * ({@code System::currentTimeMillis} in the window).
     */
    public MonteCarloViewModel(FxBridge bridge, Executor fx, Executor helpers, AnalysisOptions options, Supplier<Network> left,
                               Supplier<Network> right, LongSupplier clock) {
        this.bridge = bridge;
        this.fx = fx;
        this.helpers = helpers;
        this.options = options;
        this.left = left;
        this.right = right;
        this.clock = clock;
        status.set(ViewText.get(right == null ? "mc.status.hintOne" : "mc.status.hint"));
    }

    /** The shock models the form describes on {@code network} (its assets get the volatility). */
    public List<ShockModel> models(Network network) {
        double p = FormNumber.of(failure, "mc.field.failure", 0, 1);
        double rho = FormNumber.of(correlation, "mc.field.correlation", 0, 1);
        double rate = FormNumber.of(chainRate, "mc.field.chainRate", 0, 1);
        double x = FormNumber.of(slashFraction, "mc.field.slash", 0, 1);
        double sigma = FormNumber.of(volatility, "mc.field.volatility", 0, 5);
        List<ShockModel> out = new ArrayList<>();
        if (p > 0) {
            out.add(rho > 0 ? new ShockModel.CorrelatedFailures(p, rho) : new ShockModel.IndependentFailures(p));
        }
        if (rate > 0 && x > 0) {
            out.add(new ShockModel.ChainFaults(rate, x, List.of()));
        }
        if (sigma > 0 && !network.assets().isEmpty()) {
            Map<String, Double> vol = new LinkedHashMap<>();
            network.assets().stream().map(Asset::symbol).forEach(a -> vol.put(a, sigma));
            out.add(new ShockModel.PriceShocks(vol, rho));
        }
        return out;
    }

    /** Validates the form and runs the draws on the left, then on the right network; problems go to the status line. */
    public void run() {
        Network l = left.get();
        Network r = right == null ? null : right.get();
        if (l == null || running.get()) {
            return;
        }
        List<ShockModel> ml;
        List<ShockModel> mr;
        int n;
        long s;
        try {
            n = (int) FormNumber.of(draws, "mc.field.draws", 1, 1_000_000);
            s = (long) FormNumber.of(seed, "mc.field.seed", Long.MIN_VALUE, Long.MAX_VALUE);
            ml = models(l);
            mr = r == null ? List.of() : models(r);
            if (ml.isEmpty()) {
                throw new IllegalArgumentException(ViewText.get("mc.noShocks"));
            }
        } catch (IllegalArgumentException e) {
            status.set(ViewText.get("mc.status.invalid", e.getMessage()));
            return;
        }
        cancelled = false;
        leftResult.set(null);
        rightResult.set(null);
        progress.set(0);
        running.set(true);
        int sides = r == null ? 1 : 2;
        long started = clock.getAsLong();
        status.set(ViewText.get("mc.status.running", String.valueOf(n), l.name()));
        bridge.compute(() -> {
            MonteCarloResult a = side(l, ml, n, s, 0, sides, started);
            fx.execute(() -> leftResult.set(a));
            MonteCarloResult b = r == null || cancelled ? null : side(r, mr, n, s, 1, sides, started);
            return new MonteCarloResult[] {a, b};
        }).whenComplete((both, e) -> {
            running.set(false);
            if (e != null) {
                status.set(ViewText.get("mc.status.failed", e.getCause() != null ? e.getCause().getMessage() : e.getMessage()));
                return;
            }
            leftResult.set(both[0]);
            rightResult.set(both[1]);
            boolean complete = both[0].complete() && (both[1] == null || both[1].complete());
            if (complete) {
                progress.set(1);
            }
            status.set(ViewText.get(!complete ? "mc.status.cancelled" : right == null ? "mc.status.doneOne" : "mc.status.done", String.valueOf(both[0].draws()),
                    String.valueOf(both[0].simulated() + (both[1] == null ? 0 : both[1].simulated()))));
        });
    }

    private MonteCarloResult side(Network net, List<ShockModel> models, int n, long s, int index, int sides, long started) {
        MonteCarloSpec spec = new MonteCarloSpec(Scenario.of("montecarlo", List.of()), models, n, s);
        MonteCarloRun run = MonteCarloRun.prepare(net, spec,
                new AnalysisAttackFinder(options.withTimeLimit(MonteCarloSpec.DEFAULT_TIME_LIMIT)));
        current = run;
        if (cancelled) {
            run.cancel();
        }
        int step = Math.max(1, n / 100);
        return run.run(helpers, Runtime.getRuntime().availableProcessors(), (done, total) -> {
            if (done % step == 0 || done == total) {
                double fraction = (index + done / (double) total) / sides;
                long elapsed = clock.getAsLong() - started;
                String left = timeLeft(elapsed, fraction);
                fx.execute(() -> {
                    // workers report out of order (one may post 177/200 after another posted 200/200): never go back;
                    // the lock matters only for an executor that runs on the workers (tests), the FX thread is one thread
                    synchronized (progress) {
                        if (fraction > progress.get()) {
                            progress.set(fraction);
                            status.set(ViewText.get("mc.status.progress", String.valueOf(done), String.valueOf(total),
                                    net.name(), left));
                        }
                    }
                });
            }
        });
    }

    /** "about 12 s left" from the time so far and the share done; "" before anything is done. */
    static String timeLeft(long elapsedMillis, double fraction) {
        if (!(fraction > 0)) {
            return "";
        }
        long left = Math.round(elapsedMillis * (1 - fraction) / fraction / 1000.0);
        return ViewText.get("mc.timeLeft", left < 60 ? left + " s" : (left / 60) + " min " + (left % 60) + " s");
    }

    /**
     * The graph states of a side with its chains coloured by their probability of falling in {@code r}
     * ({@link FallColouring}), on top of {@code base} (the analysis's states).
     */
    public static Map<dev.sse.model.network.graph.NodeRef, dev.sse.views.graph.RiskState> fallColours(MonteCarloResult r,
            Map<dev.sse.model.network.graph.NodeRef, dev.sse.views.graph.RiskState> base) {
        return FallColouring.states(r, base);
    }

    public void cancel() {
        cancelled = true;
        MonteCarloRun run = current;
        if (run != null) {
            run.cancel();
        }
    }

    /**
     * The left side's worst draw as an ordinary scenario (named "montecarlo draw K"), to play back on both graphs with
     * its "why" lines; null before any draw.
     */
    public Scenario worstDraw() {
        MonteCarloResult r = leftResult.get();
        return r == null || r.draws() == 0 ? null : r.scenarioOf(r.worst(1).get(0).index());
    }

    /**
     * Draw {@code index} of the left side (any of them: a row of the worst-draws table) as an ordinary scenario,
     * "montecarlo draw K", to play back with its "why" lines; null before any draw.
     */
    public Scenario drawScenario(int index) {
        MonteCarloResult r = leftResult.get();
        return r == null ? null : r.scenarioOf(index);
    }

    /** The left side's draws as CSV, or null before any. */
    public String csv() {
        return leftResult.get() == null ? null : MonteCarloCsv.write(leftResult.get());
    }

    /** Whether the draws run on two sides (the Compare window) or one (the main window's panel). */
    public boolean isTwoSided() { return right != null; }

    public StringProperty drawsProperty() { return draws; }
    public StringProperty seedProperty() { return seed; }
    public StringProperty failureProperty() { return failure; }
    public StringProperty correlationProperty() { return correlation; }
    public StringProperty chainRateProperty() { return chainRate; }
    public StringProperty slashFractionProperty() { return slashFraction; }
    public StringProperty volatilityProperty() { return volatility; }
    public ReadOnlyObjectProperty<MonteCarloResult> leftResultProperty() { return leftResult.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<MonteCarloResult> rightResultProperty() { return rightResult.getReadOnlyProperty(); }
    public ReadOnlyDoubleProperty progressProperty() { return progress.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty runningProperty() { return running.getReadOnlyProperty(); }
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
}
