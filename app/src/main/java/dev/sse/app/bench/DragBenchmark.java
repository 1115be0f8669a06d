package dev.sse.app.bench;

import dev.sse.app.shell.MainWindow;
import dev.sse.model.analysis.AnalysisResult;
import dev.sse.model.network.Network;
import dev.sse.model.network.Validator;
import dev.sse.views.graph.GraphViewModel;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyObjectProperty;

/**
 * {@code --benchmark-drag FILE}: how long a stake drag takes to show its result. Opens the network and drags
 * the stake of its largest validator through the stake gesture's own entry point
 * ({@link GraphViewModel.StakeEditor#preview}: the preview network is laid out and analysed off the FX
 * thread, then the badge, inspector and risk colours are updated from the result). One move at a time: each
 * move's latency runs from the call to the start of the first frame after its analysis result reached the
 * window. {@value #WARMUP} warm-up moves, then {@value #MOVES} measured; prints the median, 90th percentile
 * and maximum, cancels the drag (the network is untouched) and exits once the restored network is analysed.
 * While dragging, each exact solve is cut at {@link dev.sse.app.concurrency.AnalysisRunner#PREVIEW_TIME_LIMIT_SECONDS}.
 * A benchmark mode, never a timed test.
 */
public final class DragBenchmark {

    static final int WARMUP = 10;
    static final int MOVES = 40;

    private final MainWindow window;
    private final GraphViewModel graph;
    private final PrintStream out;
    private final List<Long> latencies = new ArrayList<>();
    private String validator;

    public DragBenchmark(MainWindow window, GraphViewModel graph, PrintStream out) {
        this.window = window;
        this.graph = graph;
        this.out = out;
    }

    /** Opens the network with {@code opener}, waits for its first analysis, drags, reports, exits. */
    public void run(Supplier<CompletableFuture<?>> opener) {
        opener.get().thenCompose(ignored -> nextResult(window.analysisProperty().get() != null)).thenRun(() -> {
            Network n = window.currentDocument().network().get();
            validator = n.validators().stream().max(Comparator.comparing(Validator::stake)
                    .thenComparing(Validator::id, Comparator.reverseOrder())).orElseThrow().id();
            move(0);
        });
    }

    /**
     * The stake factor of move {@code i}: in steps of 2.5%, down from 0.975 to 0.75 and back up to 1, again and
     * again; never the same twice in a row, so every move is a new network to analyse.
     */
    static double factor(int i) {
        int k = i % 20;
        return 1 - 0.025 * (k < 10 ? k + 1 : 19 - k);
    }

    private void move(int i) {
        if (i == WARMUP + MOVES) {
            report();
            // the drag is cancelled: the restored network's analysis is kept from the start (ShownPipeline), so the
            // window shows it at once; exit after that frame (a preview solve still running is interrupted quietly)
            graph.stakeEditor().orElseThrow().cancel();
            Frames.after(1, () -> true).thenRun(Platform::exit);
            return;
        }
        long start = System.nanoTime();
        CompletableFuture<Void> shown = nextResult(false);
        graph.stakeEditor().orElseThrow().preview(validator, factor(i));
        shown.thenRun(() -> {
            if (i >= WARMUP) {
                latencies.add(System.nanoTime() - start);
            }
            Platform.runLater(() -> move(i + 1));
        });
    }

    /**
     * Completes at the start of the first frame after the window's analysis result next changes (at once
     * if {@code already}).
     */
    private CompletableFuture<Void> nextResult(boolean already) {
        CompletableFuture<Void> result = new CompletableFuture<>();
        if (already) {
            result.complete(null);
        } else {
            ReadOnlyObjectProperty<AnalysisResult> analysis = window.analysisProperty();
            analysis.addListener(new InvalidationListener() {
                @Override
                public void invalidated(Observable o) {
                    if (analysis.get() != null) {
                        analysis.removeListener(this);
                        result.complete(null);
                    }
                }
            });
            analysis.get(); // valid again, so the next change is reported
        }
        return result.thenCompose(ignored -> Frames.after(1, () -> true));
    }

    private void report() {
        List<Long> sorted = latencies.stream().sorted().toList();
        out.println(RenderBenchmark.header("drag", window.currentDocument().network().get()));
        out.printf(Locale.ROOT, "  dragging the stake of %s: %d moves after %d warm-up moves, one at a time%n",
                validator, MOVES, WARMUP);
        out.printf(Locale.ROOT, "  move -> result on screen: median %.1f ms, p90 %.1f ms, max %.1f ms%n",
                ms(sorted, 0.5), ms(sorted, 0.9), sorted.get(sorted.size() - 1) / 1e6);
        out.flush();
    }

    /** The {@code q} quantile (nearest rank) in milliseconds. */
    private static double ms(List<Long> sorted, double q) {
        int rank = (int) Math.ceil(q * sorted.size());
        return sorted.get(Math.max(0, rank - 1)) / 1e6;
    }
}
