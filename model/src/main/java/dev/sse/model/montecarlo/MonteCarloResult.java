package dev.sse.model.montecarlo;

import dev.sse.model.network.Network;
import dev.sse.model.simulation.Scenario;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * What a Monte Carlo run found (issue 24), over the draws finished (all of them when {@link #complete()}): the
 * distribution of the value lost, each chain's probability of falling and of being compromised, the loss given that
 * a chain falls, the cascade depth and the worst draws. Every figure is computed in draw order from the per-draw
 * outcomes, so it does not depend on the number of threads. Money is in the network's value unit.
 */
public final class MonteCarloResult {

    /** The per-draw outcomes in draw order ({@code index[j]} is the draw number of position j). */
    record Draws(int[] index, double[] loss, int[] depth, int[] proven, long[] fallen, long[] compromised, int words) {
    }

    private final Network network;
    private final MonteCarloSpec spec;
    private final List<String> chains;
    private final boolean complete;
    private final int simulated;
    private final Draws d;
    private Distribution losses;

    MonteCarloResult(Network network, MonteCarloSpec spec, List<String> chains, boolean complete, int simulated, Draws draws) {
        this.network = network;
        this.spec = spec;
        this.chains = chains;
        this.complete = complete;
        this.simulated = simulated;
        this.d = draws;
    }

    public Network network() {
        return network;
    }

    public MonteCarloSpec spec() {
        return spec;
    }

    /** Chain ids in network order. */
    public List<String> chains() {
        return chains;
    }

    /** True when every draw of the spec finished (not cancelled). */
    public boolean complete() {
        return complete;
    }

    /** Draws finished. */
    public int draws() {
        return d.index().length;
    }

    /** Distinct draws simulated (the others repeated a fault list already simulated, and reused its outcome). */
    public int simulated() {
        return simulated;
    }

    /** σ(V) before anything happened: the denominator of lost fractions. */
    public double totalValue() {
        return network.totalValue();
    }

    /** The value lost per draw (stake × price at the loss; slashes, shocks and attacks). */
    public synchronized Distribution losses() {
        if (losses == null) {
            losses = new Distribution(d.loss());
        }
        return losses;
    }

    /** Cascade attack rounds over all draws, and how many of them the finder proved best. */
    public long attackRounds() {
        return IntStream.of(d.depth()).asLongStream().sum();
    }

    public long provenRounds() {
        return IntStream.of(d.proven()).asLongStream().sum();
    }

    /** Draws by cascade depth: element k counts the draws with k attack rounds. */
    public int[] depthCounts() {
        int max = IntStream.of(d.depth()).max().orElse(0);
        int[] counts = new int[max + 1];
        for (int x : d.depth()) {
            counts[x]++;
        }
        return counts;
    }

    public double meanDepth() {
        return IntStream.of(d.depth()).average().orElse(Double.NaN);
    }

    /** Per chain, in network order: how often it fell, was compromised, and the mean loss in the draws where it fell. */
    public List<ChainRisk> chainRisks() {
        int n = draws();
        List<ChainRisk> out = new ArrayList<>();
        for (int c = 0; c < chains.size(); c++) {
            int fell = 0;
            int taken = 0;
            double lossIfFell = 0;
            for (int j = 0; j < n; j++) {
                if (bit(d.fallen(), j, c)) {
                    fell++;
                    lossIfFell += d.loss()[j];
                }
                taken += bit(d.compromised(), j, c) ? 1 : 0;
            }
            String id = chains.get(c);
            out.add(new ChainRisk(id, network.chain(id).map(ch -> ch.name()).orElse(id), n == 0 ? Double.NaN : (double) fell / n,
                    n == 0 ? Double.NaN : (double) taken / n, fell == 0 ? Double.NaN : lossIfFell / fell));
        }
        return out;
    }

    /** The outcome at position {@code j} (0 ≤ j &lt; {@link #draws()}), in draw order. */
    public DrawOutcome draw(int j) {
        List<String> fell = new ArrayList<>();
        List<String> taken = new ArrayList<>();
        for (int c = 0; c < chains.size(); c++) {
            if (bit(d.fallen(), j, c)) {
                fell.add(chains.get(c));
            }
            if (bit(d.compromised(), j, c)) {
                taken.add(chains.get(c));
            }
        }
        int i = d.index()[j];
        double total = totalValue();
        return new DrawOutcome(i, DrawSeeds.of(spec.seed(), i), d.loss()[j], total > 0 ? d.loss()[j] / total : 0,
                d.depth()[j], d.proven()[j], fell, taken);
    }

    /** The {@code k} draws that lost the most, worst first (ties: the lower draw number first). */
    public List<DrawOutcome> worst(int k) {
        return IntStream.range(0, draws()).boxed()
                .sorted(Comparator.<Integer>comparingDouble(j -> -d.loss()[j]).thenComparingInt(j -> d.index()[j]))
                .limit(k).map(this::draw).toList();
    }

    /** Draw number {@code index} as an ordinary scenario, to play back with its "why" lines. */
    public Scenario scenarioOf(int index) {
        return spec.draw(network, index);
    }

    private boolean bit(long[] bits, int j, int c) {
        return (bits[j * d.words() + (c >>> 6)] & (1L << (c & 63))) != 0;
    }
}
