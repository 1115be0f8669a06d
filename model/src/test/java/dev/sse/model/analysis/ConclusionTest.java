package dev.sse.model.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sse.model.analysis.exact.Coalition;
import dev.sse.model.analysis.exact.Fraction;
import dev.sse.model.analysis.exact.InstanceBuilder;
import dev.sse.model.analysis.exact.Outcomes;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Issue 17 item 6 and issue 18 item 5: one derivation decides the verdict, the margin and whether each is proven,
 * whatever the two time-limited searches returned. Theorem 2's instance (units of 0.1: a = 1, b = 9, π = 10)
 * gives the value scale; the search outcomes are set by hand as a time limit can leave them.
 */
class ConclusionTest {

    private static final InstanceBuilder.Built BUILT = InstanceBuilder.build(Nets.theorem2(), Map.of(), Set.of(), Set.of());
    private static final ChainMetricsBuilder METRICS = new ChainMetricsBuilder(Nets.theorem2(), BUILT.instance(),
            BUILT.sets(), "");
    private static final Outcomes.Attack NONE_FOUND_NO_BOUND = new Outcomes.Attack(null, false, Long.MAX_VALUE, "cp-sat");

    private static Conclusion conclude(Outcomes.Attack best, Outcomes.Ratio ratio) {
        Attack attack = SecurityAnalyzer.toAttack(best.attack(), BUILT.instance(), METRICS);
        return Conclusion.of(best, attack, ratio, METRICS, "");
    }

    @Test
    void aNegativeMarginIsAnAttackEvenWhenTheBestAttackSearchFoundNone() {
        // 100,000 validators × 500 AVSs: "secure": true (not proven) beside a proven margin of −80% and a 9.2e16 bound
        Conclusion c = conclude(NONE_FOUND_NO_BOUND, new Outcomes.Ratio(2, 10, true, Fraction.of(2, 10), "cp-sat"));
        assertThat(c.verdict()).isEqualTo(Verdict.INSECURE);
        assertThat(c.secure()).isFalse();
        assertThat(c.secureExact()).as("a verified coalition proves it").isTrue();
        assertThat(c.margin().value()).isEqualTo(-0.8);
        assertThat(c.margin().exact()).isTrue();
        assertThat(c.bestAttackBound()).as("no bound was proven: none, not a long's maximum").isNull();
        assertThat(c.why()).startsWith("insecure").contains("not found within the time limit").doesNotContain("9.2");
    }

    @Test
    void anUnprovenSecureSaysNoAttackFoundAndKeepsItsBoundsHonest() {
        Conclusion c = conclude(NONE_FOUND_NO_BOUND, new Outcomes.Ratio(15, 10, false, Fraction.of(1, 2), "cp-sat"));
        assertThat(c.verdict()).isEqualTo(Verdict.NO_ATTACK_FOUND);
        assertThat(c.verdict().label()).isEqualTo("no attack found (not proven)");
        assertThat(c.margin().value()).isEqualTo(0.5);
        assertThat(c.margin().exact()).isFalse();
        assertThat(c.margin().lowerBound()).isEqualTo(-0.5);
        assertThat(c.bestAttackBound()).isNull();
        assertThat(c.why()).contains("not proven").doesNotStartWith("secure").doesNotContain("9.2");
    }

    @Test
    void aProvenAbsenceOfAttacksProvesTheMarginNonNegative() {
        Outcomes.Attack none = new Outcomes.Attack(null, true, 0, "cp-sat");
        Conclusion c = conclude(none, new Outcomes.Ratio(15, 10, false, Fraction.of(1, 2), "cp-sat"));
        assertThat(c.verdict()).isEqualTo(Verdict.SECURE);
        assertThat(c.margin().lowerBound()).isEqualTo(0.0);
        assertThat(c.bestAttackBound()).isEqualTo(0.0);
        assertThat(c.why()).startsWith("secure");
    }

    @Test
    void aBestAttackCheaperThanTheRatioSearchsCoalitionSetsTheMargin() {
        Outcomes.Attack found = new Outcomes.Attack(new Coalition(List.of(0), List.of(0), 1, 10), true, 9, "brute force");
        Conclusion c = conclude(found, new Outcomes.Ratio(15, 10, false, Fraction.ZERO, "cp-sat"));
        assertThat(c.verdict()).isEqualTo(Verdict.INSECURE);
        assertThat(c.margin().value()).isEqualTo(-0.9);
        assertThat(c.margin().why()).contains("0.1 / 1 − 1 = -90%");
        assertThat(c.bestAttackBound()).isEqualTo(0.9);
    }

    @Test
    void noCoalitionWithProfitIsSecureWithoutAMargin() {
        Conclusion c = conclude(new Outcomes.Attack(null, true, 0, "brute force"),
                new Outcomes.Ratio(0, 0, true, Fraction.ZERO, "brute force"));
        assertThat(c.verdict()).isEqualTo(Verdict.SECURE);
        assertThat(c.margin().value()).isNull();
        assertThat(c.margin().exact()).isTrue();
    }

    @Test
    void aResultRefusesAVerdictThatContradictsItsMargin() {
        Margin negative = new Margin(-0.9, true, -0.9, "");
        EigenLayerCondition eigen = new EigenLayerCondition(true, Map.of(), "");
        assertThatThrownBy(() -> new AnalysisResult("n", "", 1, true, false, negative, null, false, null, eigen,
                Map.of(), null, "cp-sat", "")).isInstanceOf(IllegalArgumentException.class);
        assertThat(new AnalysisResult("n", "", 1, false, true, negative, null, false, null, eigen, Map.of(), null,
                "cp-sat", "").verdict()).isEqualTo(Verdict.INSECURE);
    }
}
