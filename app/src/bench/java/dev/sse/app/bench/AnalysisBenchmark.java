package dev.sse.app.bench;

import dev.sse.model.analysis.AnalysisOptions;
import dev.sse.model.analysis.AnalysisResult;
import dev.sse.model.analysis.AttackSearch;
import dev.sse.model.analysis.ChainMetrics;
import dev.sse.model.analysis.SecurityAnalyzer;
import dev.sse.model.network.Allocation;
import dev.sse.model.network.Network;
import dev.sse.model.network.Validator;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** The analysis benchmarks of docs/performance.md. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class AnalysisBenchmark {

    Network kusama;
    Network stress;
    Network eigen;
    Set<String> shock;

    @Setup
    public void setup() {
        kusama = Shapes.kusama(1);
        stress = Shapes.stress(2);
        eigen = Shapes.eigen(3);
        shock = new HashSet<>();
        for (Validator v : kusama.validators()) {
            if (shock.size() < kusama.validators().size() / 10) {
                shock.add(v.id());
            }
        }
    }

    /** Floor: one pass over the stress network's 20,000 allocations, summing their values. */
    @Benchmark
    public double floorOnePassOverAllocations() {
        double sum = 0;
        for (Allocation a : stress.allocations()) {
            sum += stress.valueOf(a);
        }
        return sum;
    }

    @Benchmark
    public AnalysisResult kusamaFullAnalysis() {
        return SecurityAnalyzer.analyze(kusama);
    }

    @Benchmark
    public Map<String, ChainMetrics> stressChainMetrics() {
        return SecurityAnalyzer.chainMetrics(stress, AnalysisOptions.defaults());
    }

    @Benchmark
    public AnalysisResult eigenExactCpSat() {
        return SecurityAnalyzer.analyze(eigen, AnalysisOptions.defaults().withSolver(AnalysisOptions.Solver.CP_SAT));
    }

    @Benchmark
    public AnalysisResult eigenExactOjAlgo() {
        return SecurityAnalyzer.analyze(eigen, AnalysisOptions.defaults().withSolver(AnalysisOptions.Solver.OJALGO));
    }

    /** A whole greedy cascade on kusama after a 10% shock: search, remove B, exclude A, repeat. */
    @Benchmark
    public int kusamaCascadeAfterTenPercentShock() {
        AttackSearch search = AttackSearch.of(kusama);
        Set<String> removed = new HashSet<>(shock);
        Set<String> excluded = new HashSet<>();
        int rounds = 0;
        for (AttackSearch.Found f = search.bestAttack(removed, excluded); f.attack() != null;
             f = search.bestAttack(removed, excluded)) {
            removed.addAll(f.attack().validators());
            excluded.addAll(f.attack().chains());
            rounds++;
        }
        return rounds;
    }
}
