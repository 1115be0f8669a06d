package dev.sse.model.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.sse.model.network.Allocation;
import dev.sse.model.network.Asset;
import dev.sse.model.network.Bridge;
import dev.sse.model.network.BridgeTrust;
import dev.sse.model.network.Chain;
import dev.sse.model.network.ChainKind;
import dev.sse.model.network.Network;
import dev.sse.model.network.Settings;
import dev.sse.model.network.Validator;
import dev.sse.model.simulation.CascadePolicy;
import dev.sse.model.simulation.Scenario;
import dev.sse.model.simulation.fault.Fault;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioCodecTest {

    static final String SPEC_EXAMPLE = """
            { "faults": [
                {"type": "shock",           "validators": ["a"]},
                {"type": "double-sign",     "chain": "eth",  "validators": ["v1","v2"]},
                {"type": "downtime",        "chain": "neutron", "validators": ["v3"]},
                {"type": "invalid-block",   "chain": "para-7", "validators": ["v4","v5"]},
                {"type": "slash",           "chain": "avs-1", "validators": ["op"], "fraction": 0.5},
                {"type": "price-shock",     "asset": "ETH", "drop": 0.2},
                {"type": "provider-failure","chain": "hub"},
                {"type": "key-compromise",  "operator": "org-1"},
                {"type": "shock",           "budget": 0.1, "note": "a random 10% shock"} ],
              "policy": "greedy", "seed": 7 }
            """;

    static Network specNetwork() {
        Network.Builder b = Network.builder().name("spec").asset(new Asset("ETH", 3000));
        for (String v : List.of("a", "v1", "v2", "v3", "v4", "v5", "op")) {
            b.validator(new Validator(v, null, 10, v.equals("op") ? "ETH" : null, v.equals("a") ? "org-1" : null));
        }
        b.chain(chain("eth", ChainKind.L1, null)).chain(chain("hub", ChainKind.PROVIDER, null))
                .chain(chain("neutron", ChainKind.CONSUMER, "hub")).chain(chain("relay", ChainKind.RELAY, null))
                .chain(chain("para-7", ChainKind.PARACHAIN, "relay")).chain(chain("avs-1", ChainKind.AVS, "eth"));
        return b.allocation(Allocation.pooled("op", "avs-1")).build();
    }

    private static Chain chain(String id, ChainKind kind, String securedBy) {
        return Chain.builder(id, kind).profitFromCorruption(1).securedBy(securedBy).build();
    }

    @Test
    void readsEveryFaultTypeOfTheSpecExample() throws Exception {
        Scenario s = ScenarioCodec.readString("spec", SPEC_EXAMPLE, specNetwork());
        assertThat(s.seed()).isEqualTo(7);
        assertThat(s.policy()).isEqualTo(CascadePolicy.GREEDY);
        assertThat(s.faults()).containsExactly(new Fault.Shock(List.of("a")),
                new Fault.DoubleSign("eth", List.of("v1", "v2")), new Fault.Downtime("neutron", List.of("v3")),
                new Fault.InvalidBlock("para-7", List.of("v4", "v5")), new Fault.Slash("avs-1", List.of("op"), 0.5),
                new Fault.PriceShock("ETH", 0.2), new Fault.ProviderFailure("hub"), new Fault.KeyCompromise("org-1"),
                new Fault.RandomShock(0.1));
    }

    @Test
    void reportsEveryProblemWithLineColumnAndPath() {
        String json = """
                {"faults": [
                  {"type": "melt", "chain": "eth"},
                  {"type": "slash", "chain": "avs-1", "validators": ["op", "op"], "fraction": 1.5},
                  {"type": "price-shock", "asset": "ETH"},
                  {"type": "shock"}
                ], "policy": "random", "seed": 1.5}
                """;
        NetworkFormatException e = catchThrowableOfType(() -> ScenarioCodec.readString("bad.json", json),
                NetworkFormatException.class);
        assertThat(e.problems()).extracting(Problem::toString).containsExactly(
                "bad.json:6:14: $.policy: must be \"greedy\" or \"myopic\", got \"random\"",
                "bad.json:6:32: $.seed: must be a whole number, got 1.5",
                "bad.json:2:12: $.faults[0].type: unknown fault type \"melt\"; expected one of shock, double-sign, "
                        + "downtime, invalid-block, slash, price-shock, provider-failure, key-compromise, bridge-exploit",
                "bad.json:3:60: $.faults[1].validators[1]: 'op' is listed twice in this fault",
                "bad.json:3:79: $.faults[1].fraction: must be a number in [0, 1], got 1.5",
                "bad.json:4:3: $.faults[2].drop: missing \"drop\" (a number in [0, 1])",
                "bad.json:5:3: $.faults[3]: a shock names either \"validators\" or a \"budget\" (a fraction of all stake), not neither");
    }

    @Test
    void checksIdsAgainstTheNetwork() {
        String json = """
                {"faults": [
                  {"type": "double-sign", "chain": "neutrom", "validators": ["v1", "v9"]},
                  {"type": "key-compromise", "operator": "org-7"},
                  {"type": "price-shock", "asset": "DOT", "drop": 0.1}]}
                """;
        NetworkFormatException e = catchThrowableOfType(() -> ScenarioCodec.readString("ids.json", json, specNetwork()),
                NetworkFormatException.class);
        assertThat(e.problems()).extracting(Problem::toString).containsExactly(
                "ids.json:2:36: $.faults[0].chain: unknown chain 'neutrom'",
                "ids.json:2:68: $.faults[0].validators[1]: unknown validator 'v9'",
                "ids.json:3:42: $.faults[1].operator: unknown operator 'org-7': no validator has it as its operator",
                "ids.json:4:36: $.faults[2].asset: unknown asset 'DOT' (known: ETH)");
    }

    @Test
    void malformedJsonIsOneLocatedProblem() {
        assertThatThrownBy(() -> ScenarioCodec.readString("broken.json", "{\"faults\": [\n  {\"type\": }]}"))
                .isInstanceOf(NetworkFormatException.class).hasMessage("broken.json:2:12: $.faults[0].type: malformed JSON: Unexpected character ('}' (code 125)): "
                        + "expected a value");
    }

    @Test
    void readsAScenarioStoredInANetworkFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("net.json");
        Files.writeString(file, "{\"name\": \"net\",\n \"scenarios\": {\n  \"one-avs-bug\": {\"faults\": [\n"
                + "   {\"type\": \"slash\", \"chain\": \"avs-9\", \"validators\": [\"op\"], \"fraction\": 1}]}}}\n");
        NetworkFormatException e = catchThrowableOfType(() -> ScenarioCodec.readStored(file, "one-avs-bug", specNetwork()),
                NetworkFormatException.class);
        assertThat(e.problems()).extracting(Problem::toString)
                .containsExactly("net.json:4:31: $.scenarios['one-avs-bug'].faults[0].chain: unknown chain 'avs-9'");
        assertThatThrownBy(() -> ScenarioCodec.readStored(file, "nope", null))
                .hasMessage("net.json:2:15: $.scenarios: no scenario named 'nope'; it has: one-avs-bug");
    }

    @Test
    void mapsScenarioSettingsKeptByTheNetwork() throws Exception {
        Settings stored = new Settings(Map.of("faults", List.of(Map.of("type", "provider-failure", "chain", "hub")),
                "policy", "myopic", "seed", 3L));
        Scenario s = ScenarioCodec.fromSettings("halt", stored, specNetwork());
        assertThat(s).isEqualTo(new Scenario("halt", List.of(new Fault.ProviderFailure("hub")), CascadePolicy.MYOPIC, 3));
        assertThatThrownBy(() -> ScenarioCodec.fromSettings("x", new Settings(Map.of("faults", "none"))))
                .hasMessage("x:0:0: $.scenarios.x.faults: must be an array of faults, got \"none\"");
    }

    @Test
    void writesAScenarioThatReadsBackEqual() throws Exception {
        Scenario s = ScenarioCodec.readString("spec", SPEC_EXAMPLE);
        String text = ScenarioCodec.write(s);
        assertThat(ScenarioCodec.readString("spec", text)).isEqualTo(s);
        assertThat(ScenarioCodec.write(ScenarioCodec.readString("spec", text))).isEqualTo(text);
        assertThat(text).startsWith("{\n  \"name\": \"spec\",\n  \"policy\": \"greedy\",\n  \"seed\": 7,");
    }

    @Test
    void readsChecksAndWritesABridgeExploit() throws Exception {
        Network net = specNetwork().toBuilder().bridge(new Bridge("wormhole-ish", null, Bridge.Kind.THIRD_PARTY,
                List.of("eth", "hub"), 3.2e8, new BridgeTrust.Multisig(1, 1, List.of("a"), null))).build();
        Scenario s = ScenarioCodec.readString("ok.json", "{\"faults\": [{\"type\": \"bridge-exploit\", "
                + "\"bridge\": \"wormhole-ish\"}]}", net);
        assertThat(s.faults()).containsExactly(new Fault.BridgeExploit("wormhole-ish"));
        String text = ScenarioCodec.write(s);
        assertThat(text).contains("\"type\": \"bridge-exploit\",\n      \"bridge\": \"wormhole-ish\"");
        assertThat(ScenarioCodec.readString("ok.json", text, net)).isEqualTo(s);

        String bad = """
                {"faults": [
                  {"type": "bridge-exploit", "bridge": "ronin"},
                  {"type": "bridge-exploit"},
                  {"type": "bridge-exploit", "bridge": "wormhole-ish", "chain": "eth"}]}
                """;
        NetworkFormatException e = catchThrowableOfType(() -> ScenarioCodec.readString("b.json", bad, net),
                NetworkFormatException.class);
        assertThat(e.problems()).extracting(Problem::toString).containsExactly(
                "b.json:3:3: $.faults[1].bridge: missing \"bridge\"",
                "b.json:4:65: $.faults[2].chain: unknown field for a bridge-exploit fault; expected bridge");
        NetworkFormatException ids = catchThrowableOfType(() -> ScenarioCodec.readString("b.json",
                "{\"faults\": [{\"type\": \"bridge-exploit\", \"bridge\": \"ronin\"}]}", net), NetworkFormatException.class);
        assertThat(ids.problems()).extracting(Problem::toString)
                .containsExactly("b.json:1:50: $.faults[0].bridge: unknown bridge 'ronin' (known: wormhole-ish)");
    }

    /** A scenario stored in a network's raw settings (the explorer saves its faults so) reads back equal. */
    @Test
    void toSettingsReadsBackEqualThroughFromSettings() throws Exception {
        Scenario scenario = ScenarioCodec.readString("mine", SPEC_EXAMPLE);
        Settings settings = ScenarioCodec.toSettings(scenario);

        assertThat(settings.values()).containsKeys("name", "policy", "seed", "faults");
        assertThat(ScenarioCodec.fromSettings("mine", settings)).isEqualTo(scenario);
        assertThat(ScenarioCodec.toSettings(new Scenario("m", List.of(), CascadePolicy.MYOPIC, 3)).values())
                .containsEntry("faults", List.of()).containsEntry("policy", "myopic").containsEntry("seed", 3L);
    }

    @Test
    void readsAndWritesTheDisputeOffenceOfAnInvalidBlock() throws Exception {
        Scenario s = ScenarioCodec.readString("d.json", "{\"faults\": [{\"type\": \"invalid-block\", \"chain\": \"para-7\", "
                + "\"validators\": [\"v4\"], \"offence\": \"for-invalid-approved\"}]}", specNetwork());
        assertThat(s.faults()).containsExactly(new Fault.InvalidBlock("para-7", List.of("v4"), Fault.Dispute.FOR_INVALID_APPROVED));
        String text = ScenarioCodec.write(s);
        assertThat(text).contains("\"offence\": \"for-invalid-approved\"");
        assertThat(ScenarioCodec.readString("d.json", text)).isEqualTo(s);
        assertThat(ScenarioCodec.write(ScenarioCodec.readString("spec", SPEC_EXAMPLE))).doesNotContain("offence");
        NetworkFormatException e = catchThrowableOfType(() -> ScenarioCodec.readString("d.json", "{\"faults\": [{\"type\": "
                + "\"invalid-block\", \"chain\": \"para-7\", \"validators\": [\"v4\"], \"offence\": \"lazy\"}]}"),
                NetworkFormatException.class);
        assertThat(e.problems()).extracting(Problem::toString).containsExactly("d.json:1:91: $.faults[0].offence: must be "
                + "\"for-invalid-backed\", \"for-invalid-approved\" or \"against-valid\", got \"lazy\"");
    }
}
