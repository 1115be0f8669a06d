package dev.sse.model.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sse.model.network.Allocation;
import dev.sse.model.network.Chain;
import dev.sse.model.network.ChainKind;
import dev.sse.model.network.Network;
import dev.sse.model.network.Validator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The dense form of a large pooled set, {@code {"chain", "validatorsOf", "except"}} (format version 2, issue 22:
 * 10,000 validators × 100 ICS consumers were 120 MB one allocation per entry, over the reader's document limit).
 */
class AllocationGroupsTest {

    /** A provider with {@code n} validators pooled to it, and a consumer pooled from all of them but every tenth. */
    static Network icsLike(int n) {
        Network.Builder b = Network.builder().name("ics");
        List<Allocation> allocations = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            b.validator(new Validator("v" + i, "v" + i, 1000 + i, null, null));
            allocations.add(Allocation.pooled("v" + i, "hub"));
        }
        for (int i = 0; i < n; i++) {
            if (i % 10 != 9) {
                allocations.add(Allocation.pooled("v" + i, "neutron"));
            }
        }
        b.chain(Chain.builder("hub", ChainKind.PROVIDER).name("hub").build());
        b.chain(Chain.builder("neutron", ChainKind.CONSUMER).name("neutron").securedBy("hub").build());
        return b.allocations(allocations).build();
    }

    @Test
    void aLargeConsumerSetIsOneEntryThatReadsBackAsTheSameAllocations() throws Exception {
        Network n = icsLike(2_000);

        String written = NetworkCodec.write(n);

        assertThat(written).contains("\"version\": 2")
                .contains("\"chain\": \"neutron\",\n      \"validatorsOf\": \"hub\",\n      \"except\": [\n        \"v9\",\n        \"v19\",")
                .doesNotContain("\"validator\": \"v0\",\n      \"chain\": \"neutron\"");
        Network back = NetworkCodec.readString("ics.json", written);
        assertThat(back.allocations()).hasSize(3_800).isEqualTo(n.allocations());
        assertThat(back).isEqualTo(n);
        assertThat(NetworkCodec.write(back)).isEqualTo(written);
    }

    @Test
    void smallNetworksStayOneAllocationPerEntryAsVersion1() {
        String written = NetworkCodec.write(icsLike(200));

        assertThat(written).contains("\"version\": 1").doesNotContain(AllocationGroups.KEY);
    }

    private static final String FILE = """
            {"format": "shared-security-network", "version": VERSION, "name": "g",
             "validators": [{"id": "a", "stake": 1}, {"id": "b", "stake": 2}, {"id": "c", "stake": 3}],
             "chains": [{"id": "hub", "kind": "provider"}, {"id": "x", "kind": "consumer", "securedBy": "hub"},
                        {"id": "y", "kind": "consumer", "securedBy": "hub"}],
             "allocations": [{"validator": "a", "chain": "hub"}, {"validator": "b", "chain": "hub"},
                             {"validator": "c", "chain": "hub", "amount": 1},
                             GROUP]}
            """;

    @Test
    void aGroupTakesThePooledValidatorsOfItsChainInTheirOrderButTheExcepted() throws Exception {
        Network n = NetworkCodec.readString("g.json", FILE.replace("VERSION", "2")
                .replace("GROUP", "{\"chain\": \"x\", \"validatorsOf\": \"hub\", \"except\": [\"b\"]}, "
                        + "{\"chain\": \"y\", \"validatorsOf\": \"hub\"}"));

        assertThat(n.allocationsTo("x")).containsExactly(Allocation.pooled("a", "x"));
        assertThat(n.allocationsTo("y")).containsExactly(Allocation.pooled("a", "y"), Allocation.pooled("b", "y"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            in version 1       | 1 | {"chain": "x", "validatorsOf": "hub"}                       | 7:33: $.allocations[3].validatorsOf: 'validatorsOf' (an allocation group) needs "version": 2; this file says version 1
            unknown chain      | 2 | {"chain": "x", "validatorsOf": "zz"}                        | $.allocations[3].validatorsOf: unknown chain 'zz'; no chain has this id
            unknown excepted   | 2 | {"chain": "x", "validatorsOf": "hub", "except": ["q"]}      | $.allocations[3].except[0]: unknown validator 'q'; no validator has this id
            not pooled there   | 2 | {"chain": "x", "validatorsOf": "hub", "except": ["c"]}      | $.allocations[3].except: validator 'c' is not pooled to chain 'hub', so it cannot be excepted
            itself             | 2 | {"chain": "x", "validatorsOf": "x"}                         | $.allocations[3].validatorsOf: must name another chain than 'chain'
            group of a group   | 2 | {"chain": "x", "validatorsOf": "hub"}, {"chain": "y", "validatorsOf": "x"} | $.allocations[4].validatorsOf: chain 'x' is itself given by a group
            mixed with singles | 2 | {"chain": "x", "validatorsOf": "hub"}, {"validator": "a", "chain": "x"} | $.allocations[3]: chain 'x' has a group and also single allocations
            twice              | 2 | {"chain": "x", "validatorsOf": "hub"}, {"chain": "x", "validatorsOf": "hub"} | $.allocations[4]: a second group for chain 'x' (first at line 7
            unknown field      | 2 | {"chain": "x", "validatorsOf": "hub", "amount": 1}          | $.allocations[3].amount: unknown field 'amount'; expected one of: chain, validatorsOf, except
            """)
    void refusesWithALocatedLine(String what, String version, String group, String expected) {
        assertThatThrownBy(() -> NetworkCodec.readString("g.json", FILE.replace("VERSION", version)
                .replace("GROUP", group))).isInstanceOf(NetworkFormatException.class).hasMessageContaining(expected);
    }
}
