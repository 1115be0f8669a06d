package dev.sse.model.analysis.economics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.sse.model.analysis.AnalysisOptions;
import dev.sse.model.analysis.AnalysisResult;
import dev.sse.model.analysis.SecurityAnalyzer;
import dev.sse.model.network.Allocation;
import dev.sse.model.network.Asset;
import dev.sse.model.network.Chain;
import dev.sse.model.network.ChainKind;
import dev.sse.model.network.Network;
import dev.sse.model.network.SecurityCost;
import dev.sse.model.network.Validator;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every economics formula on networks small enough to compute by hand (see {@link EconNets}). */
class EconomicsTest {

    private static final Network SHARED = EconNets.sharedAndIsolated();
    private static final AnalysisResult RESULT = SecurityAnalyzer.analyze(SHARED);
    private static final Economics E = Economics.of(SHARED, RESULT);

    @Test
    void analysisGivesTheCostsOfCorruptionTheEconomicsBuildOn() {
        assertThat(RESULT.chains().get("P").costOfCorruption()).isEqualTo(70.0);   // p1 + p2 ≥ 2/3 of 100
        assertThat(RESULT.chains().get("C1").costOfCorruption()).isEqualTo(70.0);  // the same, inherited set
        assertThat(RESULT.chains().get("I").costOfCorruption()).isEqualTo(10.0);   // i1 + i2 ≥ 2/3 of 10
    }

    @Test
    void securityPerCostIsCostOfCorruptionOverAnnualCost() {
        assertThat(E.chains().get("P").annualSecurityCost()).isEqualTo(10.0);
        assertThat(E.chains().get("P").securityPerCost()).isEqualTo(7.0);         // 70 / 10
        assertThat(E.chains().get("C1").annualSecurityCost()).isEqualTo(10.0);    // 25% × 40
        assertThat(E.chains().get("C1").securityPerCost()).isEqualTo(7.0);        // 70 / 10
        assertThat(E.chains().get("I").annualSecurityCost()).isEqualTo(2.0);      // 1 + 1
        assertThat(E.chains().get("I").securityPerCost()).isEqualTo(5.0);         // 10 / 2
        assertThat(E.chains().get("I").why().get("securityPerCost"))
                .isEqualTo("cost of corruption 10 / 2/yr = 5: an attack costs 5 years of its security budget");
        assertThat(E.chains().get("C1").timeToFinalitySeconds()).isEqualTo(6.0);
        assertThat(E.chains().get("C1").sovereignty().validatorSet()).isEqualTo("provider:P");
        assertThat(E.chains().get("C1").why()).containsOnlyKeys("annualSecurityCost", "securityPerCost",
                "timeToFinalitySeconds", "sovereignty");
    }

    @Test
    void restakedProviderValidatorsEarnFromEveryChainTheySecure() {
        // p1: P pays 10 × 40/100 = 4, C1 pays 10 × 40/100 = 4 → 8 on a stake of 40 = 20%/yr;
        // staked once (either chain alone) it earns 4/40 = 10%, so restaking doubles its return.
        ValidatorEconomics p1 = E.validators().get("p1");
        assertThat(p1.stakeValue()).isEqualTo(40.0);
        assertThat(p1.annualIncome()).isCloseTo(8.0, within(1e-12));
        assertThat(p1.returnOnStake()).isCloseTo(0.20, within(1e-12));
        assertThat(p1.stakedOnceReturn()).isCloseTo(0.10, within(1e-12));
        assertThat(p1.restakingMultiplier()).isCloseTo(2.0, within(1e-12));
        assertThat(p1.chainsSecured()).isEqualTo(2);
        assertThat(p1.bestChain()).isEqualTo("P");
        assertThat(p1.incomeByChain()).containsOnlyKeys("P", "C1");
    }

    /**
     * Issue 17 item 7: income(v, s) is computed when read, not stored for every validator and chain (a relay of
     * 100,000 validators with 500 parachains paying coretime stored 50 M of them); the figures are unchanged.
     */
    @Test
    void incomesAreAViewComputedWhenRead() {
        ValidatorEconomics p1 = E.validators().get("p1");
        assertThat(p1.incomeByChain()).isInstanceOf(ValidatorYields.IncomeView.class);
        assertThat(p1.incomeByChain().get("P")).isCloseTo(4.0, within(1e-12));
        assertThat(p1.incomeByChain().get("C1")).isCloseTo(4.0, within(1e-12));
        assertThat(p1.incomeByChain().keySet()).containsExactly("P", "C1");
        assertThat(p1.why().get("returnOnStake")).contains("from 2 of the 2 chains it secures");
    }

    @Test
    void isolatedValidatorsEarnTheirChainsCostOnce() {
        // i1: I pays 2 × 6/10 = 1.2 on a stake of 6 = 20%/yr, the same as staked once.
        ValidatorEconomics i1 = E.validators().get("i1");
        assertThat(i1.annualIncome()).isCloseTo(1.2, within(1e-12));
        assertThat(i1.returnOnStake()).isCloseTo(0.20, within(1e-12));
        assertThat(i1.stakedOnceReturn()).isCloseTo(0.20, within(1e-12));
        assertThat(i1.restakingMultiplier()).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void uniqueStakeSplitsTheCapitalPooledStakeReusesIt() {
        Network n = EconNets.pooledVersusUnique();
        Economics e = Economics.of(n, SecurityAnalyzer.analyze(n));
        // Each AVS has 100 securing (u's 50 + w's 50) and pays 10: 5 to each.
        ValidatorEconomics u = e.validators().get("u");
        assertThat(u.annualIncome()).isCloseTo(10.0, within(1e-12));           // 5 + 5
        assertThat(u.returnOnStake()).isCloseTo(0.10, within(1e-12));          // 10 / 100
        assertThat(u.stakedOnceReturn()).isCloseTo(0.10, within(1e-12));       // 5 / 50 on each allocation
        assertThat(u.restakingMultiplier()).isCloseTo(1.0, within(1e-12));
        ValidatorEconomics w = e.validators().get("w");
        assertThat(w.returnOnStake()).isCloseTo(0.20, within(1e-12));          // 10 / 50
        assertThat(w.stakedOnceReturn()).isCloseTo(0.10, within(1e-12));       // 5 / 50
        assertThat(w.restakingMultiplier()).isCloseTo(2.0, within(1e-12));
        assertThat(w.chainsSecured()).isEqualTo(3);                            // eth, A1, A2 (eth pays nothing known)
    }

    @Test
    void bridgeCostsFollowTheirTrustModel() {
        BridgeEconomics sp = E.bridges().get("sp");
        assertThat(sp.costOfCorruption()).isEqualTo(70.0);                     // P's cost
        assertThat(sp.costToValue()).isCloseTo(1.4, within(1e-12));            // 70 / 50
        assertThat(sp.secure()).isTrue();
        assertThat(sp.weakestLink()).isFalse();                                // 70 is not below min(70, 70)

        BridgeEconomics lc = E.bridges().get("lc");
        assertThat(lc.costOfCorruption()).isEqualTo(10.0);                     // min(C1 70, I 10)
        assertThat(lc.costToValue()).isCloseTo(2.0, within(1e-12));
        assertThat(lc.weakestLink()).isFalse();

        BridgeEconomics ms = E.bridges().get("ms");
        assertThat(ms.attackers()).containsExactly("i2", "p4");                // the 2 cheapest of 10, 4, 20
        assertThat(ms.costOfCorruption()).isEqualTo(14.0);                     // 4 + 10
        assertThat(ms.costToValue()).isCloseTo(14.0 / 30, within(1e-12));
        assertThat(ms.secure()).isFalse();                                     // 14 < 30 carried
        assertThat(ms.weakestLink()).isTrue();                                 // 14 < min(70, 70)
        assertThat(ms.trust()).isEqualTo("multisig 2-of-3");
        assertThat(ms.why().get("weakestLink")).contains("the weakest link between them");

        assertThat(E.bridges().get("keys").costOfCorruption()).isEqualTo(1.0);  // 0 + 1 of stakes 0, 5, 1
        assertThat(E.bridges().get("keys").attackers()).isEmpty();
        assertThat(E.bridges().get("ext").costOfCorruption()).isCloseTo(60.0, within(1e-12)); // 2/3 × 90
        assertThat(E.bridges().get("ext").secure()).isFalse();                 // 60 < 100
        assertThat(E.bridges().get("ext2").costOfCorruption()).isEqualTo(25.0);
        assertThat(E.bridges().get("ext2").costToValue()).isNull();            // carries 0
        assertThat(E.bridges().get("ext2").secure()).isTrue();
    }

    @Test
    void priceShocksLowerStakeValuesAndSignerCosts() {
        Network n = Network.builder().name("priced").asset(new Asset("TOK", 2))
                .validator(new Validator("a", null, 10, "TOK", null)).validator(new Validator("b", null, 10, "TOK", null))
                .chain(Chain.builder("z", ChainKind.ISOLATED).profitFromCorruption(1).attackThreshold(0.5)
                        .securityCost(SecurityCost.ownValidators(4, 0)).build())
                .allocation(Allocation.pooled("a", "z")).allocation(Allocation.pooled("b", "z")).build();
        AnalysisOptions opts = AnalysisOptions.defaults().withPriceShock("TOK", 0.5);
        Economics e = Economics.of(n, SecurityAnalyzer.analyze(n, opts), opts.priceShocks());
        // 10 TOK × 2 USD × (1 − 0.5) = 10 USD each; z pays 4/yr, 2 each: 20% per year.
        assertThat(e.validators().get("a").stakeValue()).isEqualTo(10.0);
        assertThat(e.validators().get("a").returnOnStake()).isCloseTo(0.2, within(1e-12));
        assertThat(e.chains().get("z").securityPerCost()).isCloseTo(10.0 / 4, within(1e-12)); // cover 10 of 20
        assertThat(Economics.of(n, SecurityAnalyzer.analyze(n)).validators().get("a").stakeValue()).isEqualTo(20.0);
        assertThat(e.valueUnit()).isEqualTo("USD");
    }

    @Test
    void chainsWithoutCostsPayNothingAndHaveNoRatio() {
        Network n = EconNets.pooledVersusUnique();
        Economics e = Economics.of(n, SecurityAnalyzer.analyze(n));
        assertThat(e.chains().get("eth").annualSecurityCost()).isNull();
        assertThat(e.chains().get("eth").securityPerCost()).isNull();
        assertThat(e.validators().get("u").incomeByChain()).containsOnlyKeys("A1", "A2");
        assertThat(e.bridges()).isEmpty();
        assertThat(Map.copyOf(e.chains())).hasSize(3);
    }
}
