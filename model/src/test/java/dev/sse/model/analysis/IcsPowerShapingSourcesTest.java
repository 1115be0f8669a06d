package dev.sse.model.analysis;

import static dev.sse.model.analysis.Nets.chain;
import static dev.sse.model.analysis.Nets.v;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sse.model.io.json.NetworkCodec;
import dev.sse.model.network.Allocation;
import dev.sse.model.network.ChainKind;
import dev.sse.model.network.Network;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * ICS power shaping against cosmos/interchain-security's own tests (snapshot 1c995af,
 * x/ccv/provider/keeper/power_shaping_test.go): {@code TestCapValidatorSet} (powers A 1, B 2, C 3, D 4; the
 * priority list goes first, then power), {@code TestFulfillsMinStake} (powers 1 and 2, min stake 2: only the
 * second) and {@code TestIfInactiveValsDisallowedProperty} (without {@code AllowInactiveVals} at most
 * {@code MaxProviderConsensusValidators} validators), following {@code ComputeNextValidators}
 * (validator_set_update.go).
 */
class IcsPowerShapingSourcesTest {

    private static Network ics(Map<String, Object> provider, Map<String, Object> consumer) {
        Network.Builder b = Network.builder().name("ics")
                .chain(chain("hub", ChainKind.PROVIDER, 10, 2.0 / 3, null, provider))
                .chain(chain("con", ChainKind.CONSUMER, 5, 1.0 / 3, "hub", consumer));
        String[] ids = {"A", "B", "C", "D"};
        for (int i = 0; i < ids.length; i++) {
            b.validator(v(ids[i], i + 1)).allocation(Allocation.pooled(ids[i], "hub"));
        }
        return b.build();
    }

    private static List<String> set(Network net, String chain) {
        return SecurityAnalyzer.analyze(net).chains().get(chain).validatorSet().stream().map(ValidatorPower::id).toList();
    }

    private static List<String> optInCapped(int cap, List<String> priority) {
        return set(ics(Map.of(), Map.of("topN", 0, "optIn", List.of("A", "B", "C", "D"), "validatorSetCap", cap,
                "prioritylist", priority)), "con");
    }

    @Test
    void testCapValidatorSetCases() {
        assertThat(optInCapped(0, List.of())).containsExactlyInAnyOrder("A", "B", "C", "D"); // 0: no capping
        assertThat(optInCapped(2, List.of())).containsExactlyInAnyOrder("D", "C");
        assertThat(optInCapped(2, List.of("A", "B"))).containsExactlyInAnyOrder("B", "A");
        assertThat(optInCapped(3, List.of("A"))).containsExactlyInAnyOrder("A", "D", "C");
        assertThat(optInCapped(1, List.of("A"))).containsExactly("A");
        assertThat(optInCapped(4, List.of("C", "A", "D", "B"))).containsExactlyInAnyOrder("A", "B", "C", "D");
    }

    @Test
    void testFulfillsMinStakeMinStakeTwo() {
        assertThat(set(ics(Map.of(), Map.of("minStake", 2)), "con")).containsExactly("B", "C", "D");
        assertThat(set(ics(Map.of(), Map.of("minStake", 0)), "con")).containsExactly("A", "B", "C", "D");
    }

    @Test
    void inactiveValidatorsOnlyWithAllowInactiveVals() {
        Map<String, Object> active3 = Map.of("maxProviderConsensusValidators", 3);
        assertThat(set(ics(active3, Map.of()), "hub")).containsExactly("B", "C", "D"); // the provider's consensus set
        assertThat(set(ics(active3, Map.of("topN", 0, "optIn", List.of("A", "D"))), "con")).containsExactly("D");
        assertThat(set(ics(active3, Map.of("topN", 0, "optIn", List.of("A", "D"), "allowInactiveVals", true)), "con"))
                .containsExactly("A", "D");
        // Top N is computed over the active set: 4 + 3 = 7 of 9 reaches 67%, so C and D are in, B is not
        assertThat(set(ics(active3, Map.of("topN", 67)), "con")).containsExactly("C", "D");
    }

    @Test
    void validatorsPowerCapIsTheIcsNameOfPowerCapAndZeroMeansNoCap() {
        Network capped = ics(Map.of(), Map.of("validatorsPowerCap", 30));
        assertThat(SecurityAnalyzer.analyze(capped).chains().get("con").validatorSet().stream()
                .mapToDouble(ValidatorPower::power).toArray()).containsExactly(2, 2, 3, 3);
        assertThat(SecurityAnalyzer.analyze(ics(Map.of(), Map.of("validatorsPowerCap", 0))).chains().get("con")
                .validatorSet().stream().mapToDouble(ValidatorPower::power).toArray()).containsExactly(1, 2, 3, 4);
    }

    @Test
    void aPastedParameterDumpReads() throws Exception {
        String json = """
                {"format": "shared-security-network", "version": 1, "name": "dump",
                 "validators": [{"id": "A", "stake": 1}, {"id": "B", "stake": 2}],
                 "chains": [{"id": "hub", "kind": "provider", "profitFromCorruption": 1,
                             "security": {"maxProviderConsensusValidators": 180}},
                            {"id": "con", "kind": "consumer", "securedBy": "hub", "profitFromCorruption": 1,
                             "security": {"topN": 0, "validatorsPowerCap": 0, "validatorSetCap": 0, "minStake": 0,
                                          "allowInactiveVals": false, "prioritylist": ["B"],
                                          "allowlist": [], "denylist": []}}],
                 "allocations": [{"validator": "A", "chain": "hub"}, {"validator": "B", "chain": "hub"}]}
                """;
        Network net = NetworkCodec.readString("dump.json", json);
        assertThat(net.chain("con").orElseThrow().security().strings("prioritylist")).containsExactly("B");
    }
}
