package dev.sse.model.montecarlo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sse.model.io.json.MonteCarloCodec;
import dev.sse.model.io.json.NetworkFormatException;
import dev.sse.model.io.json.ScenarioCodec;
import dev.sse.model.simulation.fault.Fault;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The scenario file's {@code "montecarlo"} block (docs/scenario-format.md, "Monte Carlo"). */
class MonteCarloCodecTest {

    private static final String FILE = """
            { "name": "risk", "faults": [{"type": "shock", "validators": ["v1"]}], "seed": 3,
              "montecarlo": { "draws": 250, "shocks": [
                {"type": "independent", "probability": 0.01},
                {"type": "budget", "budget": 0.05},
                {"type": "correlated", "probability": 0.02, "correlation": 0.3},
                {"type": "groups", "groups": {"cloud": ["org-a", "v4"]}, "probability": 0.01},
                {"type": "chain-faults", "rate": 0.02, "fraction": 0.5, "chains": ["avs-1"]},
                {"type": "prices", "volatility": {"ETH": 0.3}, "correlation": 0.6} ] } }
            """;

    @Test
    void readsEveryShockModelTheBaseFaultsAndTheDefaults() throws Exception {
        MonteCarloSpec spec = MonteCarloCodec.readString("risk.json", FILE, MonteCarloRunTest.restaking());
        assertThat(spec.draws()).isEqualTo(250);
        assertThat(spec.seed()).as("the scenario's seed when the block gives none").isEqualTo(3);
        assertThat(spec.base().faults()).containsExactly(new Fault.Shock(List.of("v1")));
        assertThat(spec.shocks()).containsExactly(new ShockModel.IndependentFailures(0.01), new ShockModel.BudgetShock(0.05),
                new ShockModel.CorrelatedFailures(0.02, 0.3), new ShockModel.GroupFailures(Map.of("cloud", List.of("org-a", "v4")), 0.01),
                new ShockModel.ChainFaults(0.02, 0.5, List.of("avs-1")), new ShockModel.PriceShocks(Map.of("ETH", 0.3), 0.6));
    }

    @Test
    void theSimulationStillReadsTheFileAndIgnoresTheBlock() throws Exception {
        assertThat(ScenarioCodec.readString("risk.json", FILE, MonteCarloRunTest.restaking()).faults()).hasSize(1);
    }

    @Test
    void everyProblemIsLocatedByLineColumnAndPath() {
        String bad = """
                { "faults": [],
                  "montecarlo": { "draws": 0, "shocks": [
                    {"type": "independent", "probability": 1.5},
                    {"type": "groups", "groups": {"cloud": ["nobody"]}, "probability": 0.1},
                    {"type": "chain-faults", "rate": 0.1, "fraction": 0.5, "chains": ["avs-9"]},
                    {"type": "prices", "volatility": {"DOGE": 0.3}},
                    {"type": "meteor"} ] } }
                """;
        assertThatThrownBy(() -> MonteCarloCodec.readString("mc.json", bad, MonteCarloRunTest.restaking()))
                .isInstanceOf(NetworkFormatException.class)
                .satisfies(e -> assertThat(((NetworkFormatException) e).problems()).extracting(Object::toString).containsExactly(
                        "mc.json:2:28: $.montecarlo.draws: must be a whole number from 1 to 100000000, got 0",
                        "mc.json:3:44: $.montecarlo.shocks[0].probability: must be a number in [0, 1], got 1.5",
                        "mc.json:4:45: $.montecarlo.shocks[1].groups.cloud[0]: unknown operator or validator 'nobody'",
                        "mc.json:5:71: $.montecarlo.shocks[2].chains[0]: unknown chain 'avs-9'",
                        "mc.json:6:47: $.montecarlo.shocks[3].volatility.DOGE: unknown asset 'DOGE'",
                        "mc.json:7:14: $.montecarlo.shocks[4].type: unknown shock model \"meteor\"; expected one of "
                                + "independent, budget, correlated, groups, chain-faults, prices"));
    }
}
