package dev.sse.model.analysis.milp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * {@link LpGuide} on an LP whose optimum is worked by hand: max 5a + 4b − c subject to 6a + 4b ≤ 24 and a + 2b ≤ 6
 * (the Reddy Mikks paint model of Taha, "Operations Research: An Introduction", §2.1, without its two rows that do not
 * bind at the optimum), 0 ≤ a, b, c ≤ 10. The optimum is
 * a = 3, b = 1.5, c = 0; a and b are basic (reduced cost 0), c sits at its bound with reduced cost −1, so a and b
 * are the two loosest. Coefficients are scaled by 10^12 to check that the per-row scaling keeps GLOP exact.
 */
class LpGuideTest {

    @Test
    void valuesAndLoosestOfAWorkedLp() {
        long k = 1_000_000_000_000L;
        IlpModel m = new IlpModel();
        int a = m.var(0, 10, "a");
        int b = m.var(0, 10, "b");
        int c = m.var(0, 10, "c");
        m.atMost(new LinExpr().add(a, 6 * k).add(b, 4 * k), 24 * k);
        m.atMost(new LinExpr().add(a, k).add(b, 2 * k), 6 * k);
        m.objective(new LinExpr().add(a, 5 * k).add(b, 4 * k).add(c, -k), true);
        LpGuide lp = LpGuide.solve(m);
        assertThat(lp).isNotNull();
        assertThat(lp.value(a)).isCloseTo(3, within(1e-9));
        assertThat(lp.value(b)).isCloseTo(1.5, within(1e-9));
        assertThat(lp.value(c)).isCloseTo(0, within(1e-9));
        assertThat(lp.loosest(new int[] {c, a, b}, new long[] {1, 1, 1}, 2)).containsExactly(false, true, true);
    }
}
