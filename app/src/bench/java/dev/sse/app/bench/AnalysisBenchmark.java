package dev.sse.app.bench;

import dev.sse.model.analysis.AnalysisOptions;
import dev.sse.model.analysis.AnalysisResult;
import dev.sse.model.analysis.ChainMetrics;
import dev.sse.model.analysis.SecurityAnalyzer;
import dev.sse.model.network.Allocation;
import dev.sse.model.network.Network;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** The analysis benchmarks of docs/performance.md, on the bundled samples (sample-networks). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class AnalysisBenchmark {

    Network kusama;
    Network stress;
    Network eigenPooled;
    Network eigenUnique;
    Network cosmos;

    @Setup
    public void setup() {
        kusama = Samples.load("kusama");
        stress = Samples.load("stress");
        eigenPooled = Samples.load("eigenlayer-pooled");
        eigenUnique = Samples.load("eigenlayer-unique");
        cosmos = Samples.load("cosmos-hub-ics");
    }

    /** Floor: one pass over the stress sample's 20,190 allocations, summing their values. */
    @Benchmark
    public double floorOnePassOverAllocations() {
        double sum = 0;
        for (Allocation a : stress.allocations()) {
            sum += stress.valueOf(a);
        }
        return sum;
    }

    /** kusama.json: per-chain metrics, best attack, margin, EigenLayer condition (1,000 × 101 inherited). */
    @Benchmark
    public AnalysisResult kusamaFullAnalysis() {
        return SecurityAnalyzer.analyze(kusama);
    }

    /** stress.json: per-chain metrics only (50 exact min-cost covers over 20,190 allocations). */
    @Benchmark
    public Map<String, ChainMetrics> stressChainMetrics() {
        return SecurityAnalyzer.chainMetrics(stress, AnalysisOptions.defaults());
    }

    /** cosmos-hub-ics.json: full analysis (ICS Top-N and power-capped consumers). */
    @Benchmark
    public AnalysisResult cosmosFullAnalysis() {
        return SecurityAnalyzer.analyze(cosmos);
    }

    /** eigenlayer-pooled.json: full analysis with exact best attack and margin on CP-SAT. */
    @Benchmark
    public AnalysisResult eigenPooledExactCpSat() {
        return SecurityAnalyzer.analyze(eigenPooled, AnalysisOptions.defaults().withSolver(AnalysisOptions.Solver.CP_SAT));
    }

    /** eigenlayer-unique.json: full analysis with exact best attack and margin on CP-SAT. */
    @Benchmark
    public AnalysisResult eigenUniqueExactCpSat() {
        return SecurityAnalyzer.analyze(eigenUnique, AnalysisOptions.defaults().withSolver(AnalysisOptions.Solver.CP_SAT));
    }
}
