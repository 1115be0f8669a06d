package dev.sse.model.io.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sse.model.analysis.AnalysisOptions;
import dev.sse.model.analysis.AnalysisResult;
import dev.sse.model.analysis.SecurityAnalyzer;
import dev.sse.model.network.Network;
import org.junit.jupiter.api.Test;

/**
 * The imported June 2024 Hub has profitFromCorruption 0 on both chains (no response carries it, the importer's
 * assumption): no coalition can net more than 0, so the best attack is proven absent without a MILP, and a one-shot
 * {@code analyze} neither loads OR-Tools' natives nor runs CP-SAT (issue 22, speed: a fifth of that run's CPU).
 */
class HubWithoutProfitTest {

    @Test
    void noProfitAnywhereProvesNoAttackWithoutTheMilp() throws Exception {
        Network hub = CosmosImport.run(CosmosImportTest.hub("consumer-chains-v6.json")).network();
        assertThat(hub.chains()).allSatisfy(c -> assertThat(c.profitFromCorruption()).isZero());

        AnalysisResult r = SecurityAnalyzer.analyze(hub, AnalysisOptions.defaults());

        assertThat(r.secure()).isTrue();
        assertThat(r.secureExact()).isTrue();
        assertThat(r.bestAttack()).isNull();
        assertThat(r.bestAttackExact()).isTrue();
        assertThat(r.bestAttackBound()).isEqualTo(0.0);
        assertThat(r.solver()).isEqualTo("exact cover");
        assertThat(r.chains().get("cosmoshub-4").costExact()).isTrue();
        assertThat(r.chains().get("neutron-1").costExact()).isTrue();
    }
}
