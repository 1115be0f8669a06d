package dev.sse.model.io.importer;

import static dev.sse.model.io.importer.ImportFixtures.recorded;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sse.model.io.json.NetworkCodec;
import dev.sse.model.network.Chain;
import dev.sse.model.network.ChainKind;
import dev.sse.model.network.Network;
import dev.sse.model.network.Validator;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code import cosmos} on the recorded cosmoshub-4 responses of June 2024 (shared/real-data/cosmoshub-4, SOURCES.md S1:
 * QuokkaStake/cosmos-validators-exporter {@code assets/validators.json}, {@code consumer-validators.json},
 * {@code consumer-info.json}; 542 validators, 180 bonded holding 252,713,891.402816 ATOM; neutron-1 Top N 95 with 139
 * validators).
 */
class CosmosImportTest {

    static final String HUB = "cosmoshub-4/";

    static CosmosOptions hub(String consumerChains) {
        return new CosmosOptions("cosmoshub-4", List.of(recorded(HUB + "validators-page-1.json"),
                recorded(HUB + "validators-page-2.json")), consumerChains == null ? null : recorded(HUB + consumerChains),
                Map.of("neutron-1", recorded(HUB + "consumer-validators-neutron-1.json")), "ATOM", 6,
                new BigDecimal("6.71"), "2024-06-24", null);
    }

    @Test
    void keepsTheBondedValidatorsWithExactTokens() throws Exception {
        Network n = CosmosImport.run(hub("consumer-chains-v6.json")).network();

        assertThat(n.validators()).hasSize(180);
        BigDecimal bonded = n.validators().stream().map(v -> BigDecimal.valueOf(v.stake()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        // counts.bondedTokensUatom of staking-validators.facts.json
        assertThat(bonded).isEqualByComparingTo("252713891.402816");
        Validator coinbase = n.validator("cosmosvaloper1c4k24jzduc365kywrsvf5ujz4ya6mwympnc4en").orElseThrow();
        assertThat(coinbase.name()).isEqualTo("Coinbase Custody");
        assertThat(BigDecimal.valueOf(coinbase.stake())).isEqualByComparingTo("22418165.930617");
        assertThat(n.assets()).singleElement().satisfies(a -> assertThat(a.priceUsd()).isEqualTo(6.71));
        assertThat(n.allocationsTo("cosmoshub-4")).hasSize(180);
    }

    @Test
    void theProviderSecuresNeutronWithItsRecordedSetAndPowerShaping() throws Exception {
        Network n = CosmosImport.run(hub("consumer-chains-v6.json")).network();

        assertThat(n.chain("cosmoshub-4").map(Chain::kind)).contains(ChainKind.PROVIDER);
        Chain neutron = n.chain("neutron-1").orElseThrow();
        assertThat(neutron.kind()).isEqualTo(ChainKind.CONSUMER);
        assertThat(neutron.securedBy()).isEqualTo("cosmoshub-4");
        assertThat(neutron.security().values()).containsExactly(Map.entry("topN", 95L));
        // all 139 provider_address values join a bonded validator through its consensus key (SHAPES.md)
        assertThat(n.allocationsTo("neutron-1")).hasSize(139);
    }

    @Test
    void theV5AndV6ConsumerChainsFormsGiveTheSameChains() throws Exception {
        Network v5 = CosmosImport.run(hub("consumer-chains-v5.json")).network();
        Network v6 = CosmosImport.run(hub("consumer-chains-v6.json")).network();

        assertThat(v5.chains()).isEqualTo(v6.chains());
        assertThat(v5.allocations()).isEqualTo(v6.allocations());
    }

    @Test
    void writesProvenanceAndAssumptionsThatReadBack() throws Exception {
        Imported imported = CosmosImport.run(hub("consumer-chains-v6.json"));
        Network n = imported.network();

        assertThat(n.source()).isEqualTo("cosmoshub-4, 2024-06-24: GET /cosmos/staking/v1beta1/validators; "
                + "GET /interchain_security/ccv/provider/consumer_chains; "
                + "GET /interchain_security/ccv/provider/consumer_validators/neutron-1 (explorer import cosmos 1)");
        assertThat(n.provenance().string("chainId")).contains("cosmoshub-4");
        assertThat(n.provenance().string("date")).contains("2024-06-24");
        assertThat(n.provenance().strings("files")).containsExactly("validators-page-1.json", "validators-page-2.json",
                "consumer-chains-v6.json", "consumer-validators-neutron-1.json");
        assertThat(n.provenance().strings("endpoints")).contains(
                "GET /interchain_security/ccv/provider/consumer_validators/neutron-1");
        assertThat(n.assumptions()).anySatisfy(a -> assertThat(a).contains("no block height"))
                .anySatisfy(a -> assertThat(a).contains("profitFromCorruption is 0"));
        assertThat(NetworkCodec.readString("hub.json", NetworkCodec.write(n))).isEqualTo(n);
        assertThat(imported.summary()).first().asString()
                .isEqualTo("cosmoshub-4: 180 bonded validators (of 542), 252713891.402816 ATOM bonded");
    }

    @Test
    void withoutAPriceOrASetTheGapsAreWrittenAsAssumptions() throws Exception {
        CosmosOptions o = hub("consumer-chains-v5.json");
        Network n = CosmosImport.run(new CosmosOptions(o.chainId(), o.validatorPages(), o.consumerChains(), Map.of(),
                "ATOM", 6, null, null, 20956774L)).network();

        assertThat(n.assets()).isEmpty();
        assertThat(n.allocationsTo("neutron-1")).isEmpty();
        assertThat(n.provenance().number("height")).hasValue(20956774);
        assertThat(n.assumptions()).contains("No --price given: ATOM counts 1 per unit, so values are in ATOM, not USD.",
                "neutron-1: no consumer_validators response given; its set is computed from its power shaping "
                        + "(top_N 95) over the bonded validators.");
        assertThat(n.assumptions()).noneMatch(a -> a.contains("block height"));
    }

    @Test
    void theConsumerValidatorsFileMayBeKeyedByConsumerId() throws Exception {
        CosmosOptions o = hub("consumer-chains-v6.json");
        Path set = recorded(HUB + "consumer-validators-neutron-1.json");
        Network n = CosmosImport.run(new CosmosOptions(o.chainId(), o.validatorPages(), o.consumerChains(),
                Map.of("0", set), "ATOM", 6, o.priceUsd(), o.date(), null)).network();

        assertThat(n.allocationsTo("neutron-1")).hasSize(139);
    }
}
