package dev.sse.model.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sse.model.network.Allocation;
import dev.sse.model.network.Network;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Issue 20, "the anytime path for the GUI": {@link SecurityAnalyzer#analyze(Network, AnalysisOptions,
 * java.util.function.Consumer)} gives a first answer before any solver runs, then improving ones, each with its proven
 * interval, and a final one equal to the plain {@code analyze}. Networks are generated like shared/solvers.md §1
 * (app's RestakingNetworks: lognormal stakes, α ∈ {1/3, 1/2, 2/3}, profit = α·σ(N(s))·U(0.05, 0.3)), smaller.
 */
class AnytimeAnalysisTest {

    private static final AnalysisOptions OPTIONS = AnalysisOptions.defaults().withTimeLimit(1);

    /** Pooled restaking: {@code n} operators, {@code m} services, each operator in 1–4 services. */
    static Network pooled(int n, int m, long seed, double profitFactor) {
        SplittableRandom r = new SplittableRandom(seed);
        Network.Builder b = Network.builder().name("pooled-" + n + "x" + m + "-" + seed);
        double[] stake = new double[n];
        List<List<Integer>> members = new ArrayList<>();
        for (int s = 0; s < m; s++) {
            members.add(new ArrayList<>());
        }
        for (int v = 0; v < n; v++) {
            stake[v] = Math.round(Math.exp(15 + 1.6 * gaussian(r)) * 100) / 100.0;
            b.validator(Nets.v("op" + v, stake[v]));
            int joins = 1 + r.nextInt(4);
            for (int k = 0; k < joins; k++) {
                int s = Math.min(m - 1, (int) Math.floor(Math.pow(r.nextDouble(), 2) * m));
                if (!members.get(s).contains(v)) {
                    members.get(s).add(v);
                }
            }
        }
        double[] alphas = {1.0 / 3, 0.5, 2.0 / 3};
        for (int s = 0; s < m; s++) {
            if (members.get(s).isEmpty()) {
                members.get(s).add(r.nextInt(n));
            }
            double alpha = alphas[r.nextInt(3)];
            double secured = members.get(s).stream().mapToDouble(v -> stake[v]).sum();
            double profit = Math.round(alpha * secured * (0.05 + 0.25 * r.nextDouble()) * profitFactor * 100) / 100.0;
            b.chain(Nets.service("avs" + s, profit, alpha));
            for (int v : members.get(s)) {
                b.allocation(Allocation.pooled("op" + v, "avs" + s));
            }
        }
        return b.build();
    }

    private static double gaussian(SplittableRandom r) {
        return Math.sqrt(-2 * Math.log(1 - r.nextDouble())) * Math.cos(2 * Math.PI * r.nextDouble());
    }

    @Test
    void theListenerSeesAFirstAnswerThenAFinalOneEqualToThePlainAnalysis() {
        for (long seed = 1; seed <= 2; seed++) {
            Network n = pooled(120, 8, seed, (int) seed);
            List<AnytimeAnswer> answers = new ArrayList<>();
            AnalysisResult returned = SecurityAnalyzer.analyze(n, OPTIONS, answers::add);
            AnalysisResult plain = SecurityAnalyzer.analyze(n, OPTIONS);

            assertThat(answers).as("seed %d", seed).hasSize(3);
            assertThat(answers.get(0).last()).isFalse();
            assertThat(answers.get(0).result().solver()).isEqualTo("greedy");
            assertThat(answers.get(1).last()).isFalse();
            AnytimeAnswer last = answers.get(answers.size() - 1);
            assertThat(last.last()).isTrue();
            assertThat(last.result()).isEqualTo(plain).isEqualTo(returned);
            for (AnytimeAnswer a : answers) {
                containsTheFinal(a.result(), plain, seed);
            }
            // the first answer alone (what the window shows for each step of a playing cascade) is the listener's first
            assertThat(SecurityAnalyzer.firstAnswer(n, OPTIONS)).isEqualTo(answers.get(0));
            assertThat(answers.get(0).result().chains()).isEqualTo(plain.chains());
        }
    }

    /** Each answer's proven interval holds the final answer's figures (where the final is proven). */
    private static void containsTheFinal(AnalysisResult a, AnalysisResult fin, long seed) {
        double finalNet = fin.bestAttack() == null ? 0 : fin.bestAttack().profit() - fin.bestAttack().cost();
        double net = a.bestAttack() == null ? 0 : a.bestAttack().profit() - a.bestAttack().cost();
        double slack = 1e-9 * Math.max(1, Math.abs(finalNet));
        assertThat(net).as("seed %d: an answer's attack is one the final answer beats or equals", seed)
                .isLessThanOrEqualTo(finalNet + slack);
        assertThat(a.bestAttackBound()).as("seed %d: a first answer always has a bound", seed).isNotNull();
        if (fin.bestAttackExact()) {
            assertThat(a.bestAttackBound()).as("seed %d", seed).isGreaterThanOrEqualTo(finalNet - slack);
        }
        if (a.margin().value() != null && fin.margin().value() != null) {
            assertThat(a.margin().value()).as("seed %d: the margin found only falls", seed)
                    .isGreaterThanOrEqualTo(fin.margin().value() - 1e-12);
            if (fin.margin().exact() && a.margin().lowerBound() != null) {
                assertThat(a.margin().lowerBound()).as("seed %d: the proven lower end holds", seed)
                        .isLessThanOrEqualTo(fin.margin().value() + 1e-12);
            }
        }
        // an early answer says no more than it proves: insecure only with a verified attack
        if (!a.secure()) {
            assertThat(fin.secure()).isFalse();
        }
    }

    @Test
    void aNetworkTheBruteForceDecidesGetsTheFinalAnswerOnly() {
        Network n = Nets.theorem2();
        List<AnytimeAnswer> answers = new ArrayList<>();
        SecurityAnalyzer.analyze(n, OPTIONS, answers::add);
        assertThat(answers).hasSize(1);
        assertThat(answers.get(0).last()).isTrue();
        assertThat(answers.get(0).result()).isEqualTo(SecurityAnalyzer.analyze(n, OPTIONS));
        assertThat(SecurityAnalyzer.firstAnswer(n, OPTIONS)).isEqualTo(answers.get(0));
    }
}
