package dev.sse.views.charts;

import dev.sse.model.compare.ChartData;
import dev.sse.model.compare.Side;
import dev.sse.model.network.graph.NodeRef;
import dev.sse.model.sweep.SweepResult;
import dev.sse.model.sweep.SweepSpec;
import dev.sse.model.sweep.Sweeper;
import dev.sse.views.common.FxBridge;
import dev.sse.views.common.ViewText;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The comparison's charts: margin per chain (read from both analyses at once), stake lost against ψ with the DR
 * bound (one ψ sweep per side) and chain margins against a price drop (one price sweep of the chosen side and
 * asset). Sweeps run off the FX thread through the model's {@link Sweeper}; a new request cancels the old one.
 * Hovering a point hands the chains and validators it is about to the highlighter.
 */
public final class ChartsViewModel {

    private final FxBridge bridge;
    private final Consumer<Collection<NodeRef>> highlighter;
    private final java.util.concurrent.Executor race;
    private final ReadOnlyObjectWrapper<ChartData.Bars> bars = new ReadOnlyObjectWrapper<>(this, "bars");
    private final ReadOnlyObjectWrapper<List<ChartData.Series>> loss = new ReadOnlyObjectWrapper<>(this, "loss", List.of());
    private final ReadOnlyObjectWrapper<List<ChartData.Series>> price = new ReadOnlyObjectWrapper<>(this, "price", List.of());
    private final ReadOnlyStringWrapper priceTitle = new ReadOnlyStringWrapper(this, "priceTitle", "");
    private final ReadOnlyStringWrapper priceChoice = new ReadOnlyStringWrapper(this, "priceChoice");
    private final ObservableList<String> choices = FXCollections.observableArrayList();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 1);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final List<SweepResult> lossSweeps = new ArrayList<>();
    private SweepResult priceSweep;
    private Side priceSide;
    private List<Side> sides = List.of();
    private AtomicBoolean cancel = new AtomicBoolean();
    private AtomicBoolean priceCancel = new AtomicBoolean();
    private double timeLimit = SweepSpec.DEFAULT_TIME_LIMIT;
    private int shockDone;
    private int priceDone;
    private int shockTotal;
    private int priceTotal;

    /**
     * {@code race}: where every sweep point's margin race runs ({@code AnalysisOptions.raceExecutor}; issue #18: the
     * composition root's pool in the window, null for the model's shared one).
     */
    public ChartsViewModel(FxBridge bridge, java.util.concurrent.Executor race, Consumer<Collection<NodeRef>> highlighter) {
        this.bridge = bridge;
        this.race = race;
        this.highlighter = highlighter;
    }

    /** New sides: bars at once, then the sweeps in the background. */
    public void load(List<Side> next) {
        cancel.set(true);
        sides = List.copyOf(next);
        bars.set(sides.isEmpty() ? null : ChartData.marginBars(sides));
        loss.set(List.of());
        price.set(List.of());
        lossSweeps.clear();
        priceSweep = null;
        priceSide = null;
        choices.clear();
        for (int i = 0; i < sides.size(); i++) {
            String label = sides.get(i).label();
            ChartData.mainAsset(sides.get(i).network()).ifPresent(a -> choices.add(a + " · " + label));
            sides.get(i).network().assets().stream().map(a -> a.symbol() + " · " + label)
                    .filter(c -> !choices.contains(c)).forEach(choices::add);
        }
        if (sides.isEmpty()) {
            return;
        }
        cancel = new AtomicBoolean();
        shockDone = 0;
        priceDone = 0;
        priceTotal = 0;
        shockTotal = sides.size() * ChartData.SHOCK_STEPS;
        busy.set(true);
        List<CompletableFuture<SweepResult>> runs = new ArrayList<>();
        AtomicBoolean mine = cancel;
        for (Side s : sides) {
            runs.add(sweep(s, ChartData.shockSweep(timeLimit), mine::get, () -> shockDone++));
        }
        CompletableFuture.allOf(runs.toArray(CompletableFuture[]::new)).thenRunAsync(() -> {
            if (!mine.get()) {
                List<ChartData.Series> series = new ArrayList<>();
                for (int i = 0; i < sides.size(); i++) {
                    SweepResult r = runs.get(i).join();
                    lossSweeps.add(r);
                    series.addAll(ChartData.lossVsShock(sides.get(i), r));
                }
                loss.set(series);
            }
        }, bridge.fx());
        if (!choices.isEmpty()) {
            choosePrice(choices.get(0));
        }
    }

    /** Price chart for "ASSET · side label" (one of {@link #choices()}). */
    public void choosePrice(String choice) {
        int cut = choice == null ? -1 : choice.indexOf(" · ");
        if (cut < 0) {
            return;
        }
        String asset = choice.substring(0, cut);
        String label = choice.substring(cut + 3);
        Side side = sides.stream().filter(s -> s.label().equals(label)).findFirst().orElse(null);
        if (side == null) {
            return;
        }
        priceCancel.set(true);
        priceChoice.set(choice);
        AtomicBoolean generation = cancel;
        AtomicBoolean own = new AtomicBoolean();
        priceCancel = own;
        BooleanSupplier mine = () -> generation.get() || own.get();
        priceDone = 0;
        priceTotal = ChartData.PRICE_STEPS;
        priceTitle.set(ViewText.get("charts.price.title", asset, label));
        price.set(List.of());
        busy.set(true);
        sweep(side, ChartData.priceSweep(asset, timeLimit), mine, () -> priceDone++).thenAcceptAsync(r -> {
            if (!mine.getAsBoolean()) {
                priceSweep = r;
                priceSide = side;
                price.set(ChartData.marginsVsPrice("", r, ChartData.validatorSets(side)));
            }
        }, bridge.fx());
    }

    private CompletableFuture<SweepResult> sweep(Side side, SweepSpec spec, BooleanSupplier mine, Runnable count) {
        return bridge.compute(() -> Sweeper.run(side.network(), spec, race, (d, t, row) -> bridge.fx().execute(() -> tick(mine, count)), mine))
                .whenComplete((r, e) -> {
                    if (e != null && !mine.getAsBoolean()) {
                        status.set(ViewText.get("charts.status.failed", e.getCause() != null ? e.getCause().getMessage() : e.getMessage()));
                    }
                });
    }

    private void tick(BooleanSupplier mine, Runnable count) {
        if (mine.getAsBoolean()) {
            return;
        }
        count.run();
        int done = shockDone + priceDone;
        int total = shockTotal + priceTotal;
        progress.set(total == 0 ? 1 : Math.min(1, done / (double) total));
        status.set(ViewText.get("charts.status.progress", String.valueOf(done), String.valueOf(total)));
        finishIfDone(mine);
    }

    private void finishIfDone(BooleanSupplier mine) {
        int total = shockTotal + priceTotal;
        if (!mine.getAsBoolean() && shockDone + priceDone >= total) {
            busy.set(false);
            progress.set(1);
            status.set(ViewText.get("charts.status.done", String.valueOf(total), String.valueOf(Math.round(ChartData.SHOCK_TO * 100)),
                    String.valueOf(Math.round(ChartData.PRICE_TO * 100)), String.valueOf(timeLimit)));
        }
    }

    /** Stops the running sweeps. */
    public void cancel() {
        cancel.set(true);
        priceCancel.set(true);
        busy.set(false);
        status.set(ViewText.get("charts.status.cancelled"));
    }

    /** Hover: highlight what a point is about on both graphs. */
    public void hover(ChartData.Point p) {
        if (p == null) {
            return;
        }
        Set<NodeRef> nodes = new LinkedHashSet<>();
        p.chains().forEach(c -> nodes.add(NodeRef.chain(c)));
        p.validators().forEach(v -> nodes.add(NodeRef.validator(v)));
        highlighter.accept(nodes);
    }

    public void setTimeLimit(double seconds) { timeLimit = seconds; }
    public List<Side> sides() { return sides; }
    public List<SweepResult> lossSweeps() { return List.copyOf(lossSweeps); }
    public SweepResult priceSweep() { return priceSweep; }
    /** The side {@link #priceSweep()} belongs to; null before it is done. */
    public Side priceSide() { return priceSide; }
    public ObservableList<String> choices() { return choices; }
    public ReadOnlyObjectProperty<ChartData.Bars> barsProperty() { return bars.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<List<ChartData.Series>> lossProperty() { return loss.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<List<ChartData.Series>> priceProperty() { return price.getReadOnlyProperty(); }
    public ReadOnlyStringProperty priceChoiceProperty() { return priceChoice.getReadOnlyProperty(); }
    public ReadOnlyStringProperty priceTitleProperty() { return priceTitle.getReadOnlyProperty(); }
    public ReadOnlyDoubleProperty progressProperty() { return progress.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
}
