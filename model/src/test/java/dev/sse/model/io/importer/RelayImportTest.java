package dev.sse.model.io.importer;

import static dev.sse.model.io.importer.ImportFixtures.recorded;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sse.model.io.json.NetworkCodec;
import dev.sse.model.network.Chain;
import dev.sse.model.network.ChainKind;
import dev.sse.model.network.Network;
import dev.sse.model.network.Validator;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@code import kusama} on the recorded era 1827 CSV (SOURCES.md S4, Colm3na/polkadot-csv-exporter, 899 elected
 * validators, 5,266,406.403895677576 KSM exposed; figures re-counted with Python's csv module) and {@code import
 * polkadot} on era 1039's recorded exposures (S5) in the Sidecar and polkadot-js shapes.
 */
class RelayImportTest {

    static RelayOptions kusama(Map<String, String> parachains) {
        return new RelayOptions(RelayOptions.Relay.KUSAMA, List.of(recorded("kusama/era-1827-validator-exposures.csv")),
                parachains, null, "2021-01-29");
    }

    @Test
    void kusamaEra1827HasAll899ElectedValidatorsAndTheirExposure() throws Exception {
        Network n = RelayImport.run(kusama(Map.of())).network();

        assertThat(n.validators()).hasSize(899);
        assertThat(n.validators().stream().map(v -> BigDecimal.valueOf(v.stake())).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isCloseTo(new BigDecimal("5266406.403895677576"), org.assertj.core.data.Offset.offset(new BigDecimal("1e-6")));
        Validator sf09 = n.validator("Efishjj6mrTWVjwFoxtMmHH3mX6tRNnPKsSfQeCLZSv3jAE").orElseThrow();
        assertThat(sf09.name()).isEqualTo("🐠 stakefish / SF-09");
        assertThat(sf09.operator()).isEqualTo("🐠 stakefish");
        assertThat(sf09.stake()).isEqualTo(4870.471228789499);
        assertThat(n.chain("kusama").map(Chain::kind)).contains(ChainKind.RELAY);
        assertThat(n.allocationsTo("kusama")).hasSize(899);
        assertThat(n.provenance().number("era")).hasValue(1827);
        assertThat(n.source()).isEqualTo("kusama, 2021-01-29, era 1827: CSV of era exposures (polkadot-js "
                + "derive.staking._erasExposure) (explorer import kusama 1)");
    }

    @Test
    void identityParentsGroupValidatorsIntoOperators() throws Exception {
        Network n = RelayImport.run(kusama(Map.of())).network();

        Map<String, Long> operators = n.validators().stream().filter(v -> v.operator() != null)
                .collect(Collectors.groupingBy(Validator::operator, Collectors.counting()));
        assertThat(operators).hasSize(34).containsEntry("P2P.ORG", 120L).containsEntry("Zug Capital", 79L);
        assertThat(n.assumptions()).anySatisfy(a -> assertThat(a).contains("'parent / sub'"))
                .anySatisfy(a -> assertThat(a).contains("read when it was exported"));
    }

    @Test
    void parachainsGivenByIdAreSecuredByTheRelay() throws Exception {
        Map<String, String> paras = new LinkedHashMap<>();
        paras.put("1000", "Statemine");
        paras.put("2000", "");
        Network n = RelayImport.run(kusama(paras)).network();

        assertThat(n.chains()).extracting(Chain::id).containsExactly("kusama", "para-1000", "para-2000");
        assertThat(n.chain("para-2000").orElseThrow().name()).isEqualTo("Parachain 2000");
        assertThat(n.consumersOf("kusama")).hasSize(2);
        assertThat(NetworkCodec.readString("k.json", NetworkCodec.write(n))).isEqualTo(n);
    }

    @Test
    void polkadotExposuresReadTheSameFromSidecarAndPolkadotJs() throws Exception {
        Network sidecar = RelayImport.run(new RelayOptions(RelayOptions.Relay.POLKADOT,
                List.of(recorded("polkadot/sidecar-eras-stakers-clipped-1039.json")), Map.of(), new BigDecimal("6.2"),
                null)).network();
        Network js = RelayImport.run(new RelayOptions(RelayOptions.Relay.POLKADOT,
                List.of(recorded("polkadot/polkadotjs-eras-stakers-clipped-1039.json")), Map.of(), new BigDecimal("6.2"),
                null)).network();

        assertThat(sidecar.validators()).isEqualTo(js.validators()).hasSize(3);
        // totalPlanck 20211609132753518 of era-1039-exposures.facts.json, 1 DOT = 10^10 planck: 17 digits, one more
        // than a double (the format's stake) holds, so the last planck is rounded
        assertThat(sidecar.validator("1ufRSF5gx9Q8hrYoj7KwpzQzDNqLJdbKrFwC6okxa5gtBRd").orElseThrow().stake())
                .isEqualTo(new BigDecimal("2021160.9132753518").doubleValue());
        assertThat(sidecar.provenance().strings("endpoints")).containsExactly("Sidecar erasStakersClipped");
        assertThat(js.provenance().strings("endpoints")).containsExactly("polkadot-js storage entries");
        assertThat(sidecar.assets()).singleElement().satisfies(a -> assertThat(a.symbol()).isEqualTo("DOT"));
    }
}
