package dev.sse.model.network.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.sse.model.io.json.NetworkCodec;
import dev.sse.model.io.json.NetworkFormatException;
import dev.sse.model.io.json.Problem;
import dev.sse.model.network.Network;
import dev.sse.model.network.graph.NodeRef;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 23 (property sheet): a typed value is accepted exactly when a file holding it would open, and refused with the
 * very message the file reader gives for that file ({@link NetworkCodec}); no second validation.
 */
class FieldEditTest {

    private static final String FILE = """
            {"format": "shared-security-network", "version": 1, "name": "sheet",
             "assets": [{"symbol": "ATOM", "priceUsd": 13}],
             "validators": [{"id": "v1", "stake": 100, "asset": "ATOM"}, {"id": "v2", "stake": 50, "asset": "ATOM"}],
             "chains": [{"id": "hub", "kind": "provider", "asset": "ATOM", "profitFromCorruption": 1000},
                        {"id": "c", "kind": "consumer", "securedBy": "hub", "profitFromCorruption": 10,
                         "security": {"topN": 100}, "finalitySeconds": 6}],
             "allocations": [{"validator": "v1", "chain": "hub"}, {"validator": "v2", "chain": "hub"}]}
            """;

    private static Network network() throws NetworkFormatException {
        return NetworkCodec.readString("sheet.json", FILE);
    }

    /** What the reader says about the file with {@code from} replaced by {@code to}: the message the sheet must show. */
    private static Problem readerSays(String from, String to) {
        String edited = FILE.replace(from, to);
        assertThat(edited).isNotEqualTo(FILE);
        return catchThrowableOfType(() -> NetworkCodec.readString("sheet.json", edited), NetworkFormatException.class)
                .problems().get(0);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "c | profitFromCorruption | -5 | \"profitFromCorruption\": 10, | \"profitFromCorruption\": -5,",
            "c | profitFromCorruption | lots | \"profitFromCorruption\": 10, | \"profitFromCorruption\": \"lots\",",
            "c | attackThreshold | 0 | \"profitFromCorruption\": 10, | \"profitFromCorruption\": 10, \"attackThreshold\": 0,",
            "c | security.topN | 40 | \"topN\": 100 | \"topN\": 40",
            "c | securedBy | nowhere | \"securedBy\": \"hub\" | \"securedBy\": \"nowhere\"",
            "c | kind | moon | \"kind\": \"consumer\" | \"kind\": \"moon\"",
            "hub | finalitySeconds | 0 | \"profitFromCorruption\": 1000 | \"profitFromCorruption\": 1000, \"finalitySeconds\": 0"})
    void aRefusedValueGetsTheReadersOwnMessageForThatFile(String chain, String field, String text, String from, String to)
            throws Exception {
        FieldEdit.Result r = FieldEdit.set(network(), NodeRef.chain(chain), field, text);
        Problem expected = readerSays(from, to);
        assertThat(r.accepted()).isFalse();
        assertThat(r.problems().get(0).message()).isEqualTo(expected.message());
        assertThat(r.problems().get(0).path()).isEqualTo(expected.path());
        assertThat(r.message()).isEqualTo(expected.path() + ": " + expected.message());
    }

    @Test
    void anAcceptedValueChangesThatFieldOnly() throws Exception {
        Network n = network();
        Network after = FieldEdit.set(n, NodeRef.chain("c"), "attackThreshold", "0.5").network();
        assertThat(after).isEqualTo(n.toBuilder().replaceChain(n.chain("c").orElseThrow().toBuilder()
                .attackThreshold(0.5).build()).build());
        assertThat(FieldEdit.set(n, NodeRef.chain("c"), "security.topN", "95").network().chain("c").orElseThrow()
                .icsShaping().topN()).isEqualTo(95);
        assertThat(FieldEdit.set(n, NodeRef.chain("c"), "finalitySeconds", " ").network().chain("c").orElseThrow()
                .finalitySeconds()).isNull();
        assertThat(FieldEdit.set(n, NodeRef.chain("c"), "security.topN", "").network().chain("c").orElseThrow()
                .security().values()).isEmpty();
        assertThat(FieldEdit.set(n, NodeRef.chain("c"), "name", "123").network().chain("c").orElseThrow().name())
                .isEqualTo("123");
        assertThat(FieldEdit.set(n, NodeRef.chain("hub"), "slashing.doubleSignFraction", "0.05").network()
                .chain("hub").orElseThrow().slashingOverrides().fractions()).containsEntry("doubleSignFraction", 0.05);
        assertThat(FieldEdit.set(n, NodeRef.chain("hub"), "governance", "{\"model\": \"security-council\", \"k\": 2, \"n\": 3}")
                .network().chain("hub").orElseThrow().governance()).isNotNull();
    }

    @Test
    void networkPricesAndAllocationAmountsAreFieldsToo() throws Exception {
        Network n = network();
        assertThat(FieldEdit.text(n, null, "assets.ATOM.priceUsd")).isEqualTo("13");
        assertThat(FieldEdit.set(n, null, "assets.ATOM.priceUsd", "7").network().asset("ATOM").orElseThrow().priceUsd())
                .isEqualTo(7);
        assertThat(FieldEdit.set(n, null, "adversaryFraction", "0.2").network().adversaryFraction()).isEqualTo(0.2);
        Network unique = FieldEdit.set(n, NodeRef.validator("v1"), "allocations.hub.amount", "40").network();
        assertThat(unique.allocationsOf("v1").get(0).amount()).hasValue(40);
        assertThat(FieldEdit.set(n, NodeRef.validator("v1"), "allocations.hub.amount", "400").message())
                .startsWith("$.allocations[0].amount: ");
        assertThat(FieldEdit.text(n, NodeRef.chain("c"), "securedBy")).isEqualTo("hub");
        assertThat(FieldEdit.text(n, NodeRef.chain("c"), "attackThreshold")).isEqualTo("0.6666666666666666");
        assertThat(FieldEdit.text(n, NodeRef.chain("c"), "governance")).isEmpty();
        assertThat(FieldEdit.set(n, NodeRef.chain("nothing"), "name", "x").accepted()).isFalse();
    }

    @Test
    void settingAFieldOnSeveralElementsIsOneEditReadOnce() throws Exception {
        Network n = network();
        FieldEdit.Result r = FieldEdit.setAll(n, List.of(NodeRef.validator("v1"), NodeRef.validator("v2")), "operator", "acme");
        assertThat(r.network().validators()).allSatisfy(v -> assertThat(v.operator()).isEqualTo("acme"));
        FieldEdit.Result bad = FieldEdit.setAll(n, List.of(NodeRef.validator("v1"), NodeRef.validator("v2")), "stake", "-1");
        assertThat(bad.accepted()).isFalse();
        assertThat(bad.problems()).extracting(Problem::path).contains("$.validators[0].stake", "$.validators[1].stake");
    }

    @Test
    void theSheetListsEveryChainFieldOfTheFormatAndTheKindsSecurityKeys() throws Exception {
        Network n = network();
        // ChainMapper.FIELDS, the reader's list of chain fields (docs/network-format.md, "chains")
        assertThat(SheetFields.of(n, NodeRef.chain("c"))).containsSubsequence("id", "name", "kind", "asset",
                "profitFromCorruption", "attackThreshold", "securedBy", "security.topN", "slashing.doubleSignFraction",
                "finalitySeconds", "governance", "securityCost", "externalSecurity", "dataAvailability");
        assertThat(SheetFields.of(n, NodeRef.validator("v1"))).containsExactly("id", "name", "stake", "asset",
                "operator", "allocations.hub.amount");
        assertThat(SheetFields.of(n, null)).containsExactly("name", "description", "source", "adversaryFraction",
                "assets.ATOM.priceUsd");
        for (String field : SheetFields.of(n, NodeRef.chain("c"))) {
            String text = FieldEdit.text(n, NodeRef.chain("c"), field);
            if (!field.equals(SheetFields.ID)) {
                assertThat(FieldEdit.set(n, NodeRef.chain("c"), field, text).network()).as(field).isEqualTo(n);
            }
        }
    }
}
