package dev.sse.model.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sse.model.analysis.exact.BruteForce;
import dev.sse.model.analysis.exact.Coalition;
import dev.sse.model.analysis.exact.Components;
import dev.sse.model.analysis.exact.Fraction;
import dev.sse.model.analysis.exact.Instance;
import dev.sse.model.analysis.exact.InstanceBuilder;
import dev.sse.model.analysis.exact.Outcomes;
import dev.sse.model.analysis.exact.Separable;
import dev.sse.model.analysis.exact.UniformPooled;
import dev.sse.model.network.Allocation;
import dev.sse.model.network.Chain;
import dev.sse.model.network.ChainKind;
import dev.sse.model.network.Network;
import dev.sse.model.network.Validator;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.constraints.LongRange;

/**
 * The engine's exact shortcuts agree with brute force: the uniform pooled path (a relay and parachains
 * inheriting its set), the separable path (unique stake never reaching a validator's stake) and the MILP, on
 * small random networks with the engine forced off brute force, alone and side by side (the cross-component
 * tie rule). Best net, cost and chains must match; the margin ratio must match exactly.
 */
class EngineVsBruteForceTest {

    private static final double[] ALPHAS = {1.0 / 3, 0.5, 2.0 / 3, 1.0, 0.25, 0.75};

    /** A relay with pooled validators and parachains inheriting its set (UniformPooled applies). */
    static Network relay(Random r) {
        int n = 1 + r.nextInt(9);
        boolean coarse = r.nextBoolean();
        Network.Builder b = Network.builder().name("relay");
        b.chain(Nets.chain("relay", ChainKind.RELAY, coarse ? r.nextInt(8) : r.nextInt(2000) / 100.0,
                ALPHAS[r.nextInt(ALPHAS.length)], null, Map.of()));
        int paras = r.nextInt(4);
        for (int p = 0; p < paras; p++) {
            b.chain(Nets.chain("p" + (char) ('a' + r.nextInt(26)) + p, ChainKind.PARACHAIN,
                    r.nextInt(4) == 0 ? 0 : coarse ? r.nextInt(8) : r.nextInt(2000) / 100.0,
                    ALPHAS[r.nextInt(ALPHAS.length)], "relay", Map.of()));
        }
        for (int i = 0; i < n; i++) {
            String id = "v" + (char) ('a' + r.nextInt(26)) + i;
            b.validator(Nets.v(id, coarse ? 1 + r.nextInt(4) : (1 + r.nextInt(1000)) / 100.0));
            b.allocation(Allocation.pooled(id, "relay"));
        }
        return b.build();
    }

    /** Services secured by unique stake whose allocations never add up to more than the stake (Separable). */
    static Network unique(Random r) {
        int n = 1 + r.nextInt(8);
        int m = 1 + r.nextInt(4);
        boolean coarse = r.nextBoolean();
        Network.Builder b = Network.builder().name("unique");
        for (int s = 0; s < m; s++) {
            b.chain(Nets.service("c" + (char) ('a' + r.nextInt(26)) + s,
                    r.nextInt(5) == 0 ? 0 : coarse ? r.nextInt(8) : r.nextInt(2000) / 100.0,
                    r.nextInt(4) == 0 ? (1 + r.nextInt(100)) / 100.0 : ALPHAS[r.nextInt(ALPHAS.length)]));
        }
        Network chains = b.build();
        for (int i = 0; i < n; i++) {
            String id = "v" + (char) ('a' + r.nextInt(26)) + i;
            int stake = coarse ? 4 + r.nextInt(8) : 100 + r.nextInt(1000);
            b.validator(Nets.v(id, coarse ? stake : stake / 100.0));
            int left = stake;
            for (int s = 0; s < m && left > 1; s++) {
                if (r.nextInt(100) < 60) {
                    int amount = 1 + r.nextInt(left - 1);
                    left -= amount;
                    b.allocation(Allocation.of(id, chains.chains().get(s).id(), coarse ? amount : amount / 100.0));
                }
            }
        }
        return b.build();
    }

    /** One of the three shapes. */
    static Network part(Random r) {
        int kind = r.nextInt(3);
        return kind == 0 ? relay(r) : kind == 1 ? unique(r) : BruteForceVsMilpTest.random(r.nextLong());
    }

    /**
     * Two shapes side by side (separate components) with chain ids re-prefixed by random letters, so that
     * their ids interleave; sometimes a third chain nobody secures. Exercises the cross-component tie rule.
     */
    static Network twoParts(Random r) {
        Network.Builder b = Network.builder().name("two");
        for (int p = 0; p < 2; p++) {
            Network n = part(r);
            Map<String, String> ids = new java.util.HashMap<>();
            for (Chain c : n.chains()) {
                ids.put(c.id(), (char) ('a' + r.nextInt(6)) + "-" + p + c.id());
            }
            for (Chain c : n.chains()) {
                b.chain(Chain.builder(ids.get(c.id()), c.kind()).asset(c.asset())
                        .profitFromCorruption(c.profitFromCorruption()).attackThreshold(c.attackThreshold())
                        .securedBy(c.securedBy() == null ? null : ids.get(c.securedBy())).security(c.security())
                        .slashing(c.slashing()).build());
            }
            for (Validator v : n.validators()) {
                b.validator(new Validator(p + v.id(), null, v.stake(), v.asset(), v.operator()));
            }
            for (Allocation a : n.allocations()) {
                b.allocation(new Allocation(p + a.validator(), ids.get(a.chain()), a.amount()));
            }
        }
        if (r.nextBoolean()) {
            b.chain(Nets.service((char) ('a' + r.nextInt(6)) + "-free", 0, 0.5));
        }
        return b.build();
    }

    @Property(tries = 1500)
    void shortcutsAgreeWithBruteForce(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE / 2) long seed) {
        Random r = new Random(seed);
        Network net = r.nextInt(3) == 0 ? twoParts(r) : part(r);
        if (net.validators().size() > 16) {
            return;
        }
        Instance inst = InstanceBuilder.build(net, Map.of(), Set.of(), Set.of()).instance();
        Statistics.label("path").collect(Components.of(inst).size() > 1 ? "components"
                : UniformPooled.applies(inst) ? "uniform" : Separable.applies(inst) ? "separable" : "milp");
        BruteForce bf = new BruteForce(inst);
        Coalition expected = bf.bestAttack();
        Engine engine = new Engine(AnalysisOptions.Solver.CP_SAT, 30, null);
        Outcomes.Attack got = engine.bestAttack(inst);
        assertThat(got.exact()).as("seed %d", seed).isTrue();
        if (expected == null) {
            assertThat(got.attack()).as("seed %d", seed).isNull();
        } else {
            assertThat(got.attack()).as("seed %d", seed).isNotNull();
            assertThat(got.attack().net()).as("seed %d", seed).isEqualTo(expected.net());
            assertThat(got.attack().cost()).as("seed %d", seed).isEqualTo(expected.cost());
            assertThat(got.attack().chainIds(inst)).as("seed %d", seed).isEqualTo(expected.chainIds(inst));
            assertThat(inst.evaluate(got.attack().chains(), got.attack().validators())).isNotNull();
        }
        long[] ratio = bf.minRatio();
        Outcomes.Ratio gr = engine.minRatio(inst);
        assertThat(gr.exact()).as("seed %d", seed).isTrue();
        if (ratio == null) {
            assertThat(gr.exists()).as("seed %d", seed).isFalse();
        } else {
            assertThat(Fraction.of(gr.cost(), gr.profit())).as("seed %d", seed).isEqualTo(Fraction.of(ratio[0], ratio[1]));
        }
    }
}
