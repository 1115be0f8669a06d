package dev.sse.app.bench;

import dev.sse.model.network.Network;
import dev.sse.model.simulation.AnalysisAttackFinder;
import dev.sse.model.simulation.SimStep;
import dev.sse.model.simulation.SimTrace;
import dev.sse.model.simulation.Simulation;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The cascade benchmarks of docs/performance.md on kusama.json: the {@link Simulation} stepper with the
 * analysis-backed {@link AnalysisAttackFinder}, as the GUI and {@code simulate} run it.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SimulationBenchmark {

    @State(Scope.Benchmark)
    public static class Kusama {
        Network kusama;

        @Setup
        public void setup() {
            kusama = Samples.load("kusama");
        }
    }

    /** A simulation whose shock has been applied: the next step is the first cascade round. */
    @State(Scope.Thread)
    public static class AfterShock {
        Simulation sim;

        @Setup(Level.Invocation)
        public void setup(Kusama k) {
            sim = Simulation.start(k.kusama, Samples.tenPercentShock(), new AnalysisAttackFinder());
            sim.step();
        }
    }

    /** A simulation whose KSM −30% price shock has been applied: the next step is an attack on every chain. */
    @State(Scope.Thread)
    public static class AfterCrash {
        Simulation sim;

        @Setup(Level.Invocation)
        public void setup(Kusama k) {
            sim = Simulation.start(k.kusama, Samples.ksmCrash30(), new AnalysisAttackFinder());
            sim.step();
        }
    }

    /** The whole run: the 10% DR shock (ψ = 0.1, seed 7) and every cascade round until no attack is left. */
    @Benchmark
    public SimTrace kusamaCascadeAfterTenPercentShock(Kusama k) {
        return Simulation.runAll(k.kusama, Samples.tenPercentShock(), new AnalysisAttackFinder());
    }

    /** One step: the first cascade round after the 10% shock (finder call + frame). */
    @Benchmark
    public SimStep kusamaOneStepAfterTenPercentShock(AfterShock s) {
        return s.sim.step();
    }

    /** The whole run with KSM −30%: one attack round on all 101 chains, then the end round. */
    @Benchmark
    public SimTrace kusamaCascadeAfterKsmCrash(Kusama k) {
        return Simulation.runAll(k.kusama, Samples.ksmCrash30(), new AnalysisAttackFinder());
    }

    /** One step: the attack round after the KSM −30% price shock. */
    @Benchmark
    public SimStep kusamaOneStepAfterKsmCrash(AfterCrash s) {
        return s.sim.step();
    }
}
