package dev.sse.model.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sse.model.network.Allocation;
import dev.sse.model.network.Annotation;
import dev.sse.model.network.Asset;
import dev.sse.model.network.Bridge;
import dev.sse.model.network.BridgeTrust;
import dev.sse.model.network.Chain;
import dev.sse.model.network.ChainKind;
import dev.sse.model.network.Governance;
import dev.sse.model.network.Network;
import dev.sse.model.network.SecurityCost;
import dev.sse.model.network.Settings;
import dev.sse.model.network.Validator;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** The round-trip law {@code read(write(n)).equals(n)}, for hand-built and random valid networks. */
class RoundTripTest {

    @Property(tries = 200, seed = "20240917")
    void randomValidNetworksRoundTrip(@ForAll long seed) throws NetworkFormatException {
        Network n = RandomNetworks.generate(seed);
        String text = NetworkCodec.write(n);
        Network back = NetworkCodec.readString("random-" + seed + ".json", text);
        assertThat(back).isEqualTo(n);
        assertThat(NetworkCodec.write(back)).isEqualTo(text);
    }

    @Test
    void handBuiltNetworkRoundTripsWithEveryOptionalField() throws NetworkFormatException {
        Network n = handBuilt();
        String text = NetworkCodec.write(n);
        assertThat(NetworkCodec.readString("hand.json", text)).isEqualTo(n);
    }

    @Test
    void minimalNetworkRoundTrips() throws NetworkFormatException {
        Network n = Network.builder().name("empty").build();
        String text = NetworkCodec.write(n);
        assertThat(text).isEqualTo("""
                {
                  "format": "shared-security-network",
                  "version": 1,
                  "name": "empty",
                  "validators": [],
                  "chains": [],
                  "allocations": []
                }
                """);
        assertThat(NetworkCodec.readString("min.json", text)).isEqualTo(n);
    }

    @Test
    void settingsBuiltWithIntegersEqualWhatIsReadBack() throws NetworkFormatException {
        Settings built = new Settings(Map.of("topN", 95, "nested", List.of(Map.of("k", (short) 3))));
        Network n = Network.builder().name("ints")
                .chain(Chain.builder("hub", ChainKind.PROVIDER).profitFromCorruption(1).attackThreshold(0.5)
                        .security(built).build()).build();
        Network back = NetworkCodec.readString("ints.json", NetworkCodec.write(n));
        assertThat(back.chains().get(0).security()).isEqualTo(built);
        assertThat(back.chains().get(0).security().values().get("topN")).isEqualTo(95L);
    }

    @Test
    void numbersPrintAsIntegersWhenIntegralAndBelowTenToTheFifteen() {
        String text = NetworkCodec.write(handBuilt());
        assertThat(text).contains("\"stake\": 2100000,", "\"priceUsd\": 4.2", "\"stake\": 1.0E15",
                "\"profitFromCorruption\": -0.0", "\"ratio\": 2.0", "\"count\": 2");
        assertThat(text).doesNotContain(" : ", "\t", "\r").endsWith("}\n");
        assertThat(text.lines().filter(l -> !l.isEmpty()))
                .allSatisfy(l -> assertThat(l.length() - l.stripLeading().length()).isEven());
    }

    @Test
    void writingIsDeterministic() {
        assertThat(NetworkCodec.write(handBuilt())).isEqualTo(NetworkCodec.write(handBuilt()));
    }

    @Test
    void writerRefusesNumbersJsonCannotHold() {
        Network nan = Network.builder().name("nan")
                .validator(new Validator("v", null, Double.NaN, null, null)).build();
        assertThatThrownBy(() -> NetworkCodec.write(nan)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("stake");
        Network inf = Network.builder().name("inf").scenario("s", new Settings(Map.of("x", Double.POSITIVE_INFINITY)))
                .build();
        assertThatThrownBy(() -> NetworkCodec.write(inf)).isInstanceOf(IllegalArgumentException.class);
    }

    /** Settings in the given key order (Map.of's order changes from run to run, and so would the text). */
    static Settings settings(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return new Settings(map);
    }

    /** A network using every optional field, with awkward text and numbers; the same text on every run. */
    static Network handBuilt() {
        Map<String, Object> custom = new LinkedHashMap<>();
        custom.put("ratio", 2.0);
        custom.put("count", 2L);
        custom.put("none", null);
        custom.put("list", Arrays.asList(1L, "two", null, false, List.of(), Map.of()));
        return Network.builder().name("Hand \"built\" ☃\nnetwork").description("desc").source("src")
                .adversaryFraction(0.25)
                .asset(new Asset("DOT", 4.2)).asset(new Asset("KSM", 1e-7))
                .validator(new Validator("v1", "Parity", 2_100_000, "DOT", "org-1"))
                .validator(new Validator("v2", null, 1e15, "DOT", null))
                .validator(new Validator("v3", "", 3.5, "KSM", "org-1"))
                .chain(Chain.builder("relay", ChainKind.RELAY).name("Relay").asset("DOT").profitFromCorruption(1.5e9)
                        .security(settings("groupSize", 5L, "minimumBackingVotes", 2L))
                        .slashing(new Settings(Map.of("doubleSignFraction", 0.1)))
                        .governance(new Governance(Governance.Model.OWN, null, null, 28.0))
                        .securityCost(SecurityCost.ownValidators(4.8e8, 1.5e6)).build())
                .chain(Chain.builder("para", ChainKind.PARACHAIN).profitFromCorruption(-0.0).attackThreshold(1)
                        .securedBy("relay").security(new Settings(custom)).finalitySeconds(0.5)
                        .governance(new Governance(Governance.Model.PROVIDER, null, null, null))
                        .securityCost(SecurityCost.coretime(1.2e5)).build())
                .chain(Chain.builder("l3", ChainKind.ROLLUP).name("L3").asset("KSM").attackThreshold(0.5)
                        .securedBy("para").finalitySeconds(1e15)
                        .security(settings("proof", "zk", "upgradable", true, "exitDelayDays", 7L,
                                "proofIntervalSeconds", 900L))
                        .governance(new Governance(Governance.Model.SECURITY_COUNCIL, 9, 12, 0.0))
                        .securityCost(new SecurityCost(0.0, 2.5, 0.3, 7e6, null)).build())
                .allocation(Allocation.pooled("v1", "relay"))
                .allocation(Allocation.of("v1", "para", 1_000_000))
                .allocation(Allocation.of("v1", "l3", 1_100_000))
                .allocation(Allocation.pooled("v2", "relay"))
                .allocation(Allocation.of("v3", "l3", 3.5))
                .bridge(new Bridge("xcmp", "XCMP ☃", Bridge.Kind.XCMP, List.of("para", "l3"), 0,
                        new BridgeTrust.SameProvider()))
                .bridge(new Bridge("lc", null, Bridge.Kind.IBC, List.of("relay", "para"), 1.25e7,
                        new BridgeTrust.LightClient()))
                .bridge(new Bridge("ms", "Multisig", Bridge.Kind.THIRD_PARTY, List.of("l3", "relay"), 6.25e8,
                        new BridgeTrust.Multisig(2, 3, List.of("v3", "v1", "v2"), null)))
                .bridge(new Bridge("ms2", null, Bridge.Kind.THIRD_PARTY, List.of("l3", "relay"), 1,
                        new BridgeTrust.Multisig(1, 2, null, List.of(0.0, 2.5e6))))
                .bridge(new Bridge("ext", null, Bridge.Kind.CANONICAL, List.of("relay", "l3"), 3,
                        new BridgeTrust.External(1e8, 0.5, null)))
                .bridge(new Bridge("ext2", null, Bridge.Kind.CANONICAL, List.of("relay", "l3"), 3,
                        new BridgeTrust.External(null, null, 4e7)))
                .scenario("outage", new Settings(Map.of("faults", List.of(Map.of("validator", "v1")))))
                .scenario("", Settings.EMPTY)
                .annotation(Annotation.onNode("para", "Note \"quoted\" ☃\nsecond line"))
                .annotation(Annotation.onStep("outage", 2, "Everything v1 secures halts here."))
                .build();
    }
}
