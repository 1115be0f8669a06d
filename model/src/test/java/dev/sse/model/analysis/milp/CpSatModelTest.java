package dev.sse.model.analysis.milp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link CpSatModel}: a model reused with changed bounds is the protocol buffer a fresh build gives (so CP-SAT's answer
 * cannot differ), and a model whose rows, objective or hint changed is built again. The walk mimics the best attack's
 * tie-break (issue 20): one variable fixed after another, each tried at 1 and restored, no hint.
 */
class CpSatModelTest {

    @BeforeAll
    static void natives() {
        assertThat(CpSatBackend.available()).isTrue(); // Domain, which writes the bounds, is native
    }

    private static IlpModel knapsack(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        IlpModel m = new IlpModel();
        int[] x = new int[12];
        LinExpr weight = new LinExpr();
        LinExpr value = new LinExpr();
        for (int i = 0; i < x.length; i++) {
            x[i] = m.bool("x" + i);
            weight.add(x[i], 1 + r.nextInt(50));
            value.add(x[i], 1 + r.nextInt(50));
        }
        m.atMost(weight, 120);
        m.atLeast(value, 60);
        m.objective(new LinExpr(), true);
        return m;
    }

    private static void assertFresh(CpSatModel built, IlpModel m) {
        assertThat(built.model.model()).isEqualTo(CpSatModel.of(m, null).model.model());
    }

    @Test
    void boundsOnlyChangesReuseTheModelAndGiveTheFreshProto() {
        for (long seed = 1; seed <= 20; seed++) {
            IlpModel m = knapsack(seed);
            CpSatModel built = CpSatModel.of(m, null);
            for (int v = 0; v < m.size(); v++) {
                long[] saved = {m.lower(v), m.upper(v)};
                m.fix(v, 1);
                CpSatModel again = CpSatModel.of(m, built);
                assertThat(again).isSameAs(built);
                assertFresh(again, m);
                m.bounds.set(v, saved);
                assertFresh(CpSatModel.of(m, built), m);
                m.fix(v, v % 2);
                assertFresh(CpSatModel.of(m, built), m);
            }
        }
    }

    @Test
    void aNewRowObjectiveOrHintBuildsAgain() {
        IlpModel m = knapsack(3);
        CpSatModel built = CpSatModel.of(m, null);
        m.atMost(new LinExpr().add(0, 1).add(1, 1), 1);
        CpSatModel withRow = CpSatModel.of(m, built);
        assertThat(withRow).isNotSameAs(built);
        assertFresh(withRow, m);
        m.objective(new LinExpr().add(2, 1), false);
        CpSatModel withObjective = CpSatModel.of(m, withRow);
        assertThat(withObjective).isNotSameAs(withRow);
        assertFresh(withObjective, m);
        m.hint(new long[m.size()]);
        CpSatModel hinted = CpSatModel.of(m, withObjective);
        assertThat(hinted).isNotSameAs(withObjective);
        assertFresh(hinted, m);
        m.hint(null);
        CpSatModel unhinted = CpSatModel.of(m, hinted);
        assertThat(unhinted).isNotSameAs(hinted);
        assertFresh(unhinted, m);
        assertThat(CpSatModel.of(knapsack(3), unhinted)).isNotSameAs(unhinted);
    }

    @Test
    void aBackendReusingItsModelAnswersAsAFreshOne() {
        IlpModel m = knapsack(11);
        CpSatBackend reusing = new CpSatBackend(1);
        for (int v = 0; v < m.size(); v++) {
            m.fix(v, 1);
            IlpResult a = reusing.solve(m, 1);
            IlpResult b = new CpSatBackend(1).solve(m, 1);
            assertThat(a.status()).isEqualTo(b.status());
            assertThat(a.values()).isEqualTo(b.values());
            m.fix(v, v % 3 == 0 ? 1 : 0);
        }
        assertThat(reusing.solves()).isEqualTo(m.size());
    }
}
