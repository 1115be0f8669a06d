package dev.sse.model.io.importer;

import static dev.sse.model.io.importer.ImportFixtures.oneProblem;
import static dev.sse.model.io.importer.ImportFixtures.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sse.model.network.Network;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every way {@code import cosmos} refuses a response: one located line {@code file:line:column: $.path: message}.
 * The validators and keys are cosmoshub-4's (Coinbase Custody's consensus key and its cosmosvalcons address, from
 * the recorded June 2024 responses); the mistakes are made by hand.
 */
class CosmosImportErrorsTest {

    static final String KEY = "LtiHVLCcE+oFII0vpIl9mfkGDmk9BpPg1eUkvKnO4xw=";
    static final String VALCONS = "cosmosvalcons1668wcrfwsfy0rmryek6ctmdkrm9yx27c7grulf";

    @TempDir
    Path dir;

    static String validator(String address, String status, String tokens, String keyType, String key) {
        return "{\"operator_address\": \"" + address + "\", \"consensus_pubkey\": {\"@type\": \"" + keyType
                + "\", \"key\": \"" + key + "\"}, \"status\": \"" + status + "\", \"tokens\": " + tokens + "}";
    }

    static String bonded(String address, String key) {
        return validator(address, "BOND_STATUS_BONDED", "\"1000000\"", "/cosmos.crypto.ed25519.PubKey", key);
    }

    static String page(String nextKey, String total, String... validators) {
        return "{\"validators\": [\n" + String.join(",\n", validators) + "\n], \"pagination\": {\"next_key\": "
                + nextKey + ", \"total\": \"" + total + "\"}}";
    }

    private String fails(List<String> pages, String chains, Map<String, String> sets) {
        List<Path> files = new java.util.ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            files.add(write(dir, "page" + (i + 1) + ".json", pages.get(i)));
        }
        Map<String, Path> setFiles = new LinkedHashMap<>();
        sets.forEach((k, v) -> setFiles.put(k, write(dir, "set-" + k + ".json", v)));
        CosmosOptions o = new CosmosOptions("cosmoshub-4", files, chains == null ? null : write(dir, "chains.json", chains),
                setFiles, "ATOM", 6, null, null, null);
        return oneProblem(() -> CosmosImport.run(o).network());
    }

    private String failsOnPages(String... pages) {
        return fails(List.of(pages), null, Map.of());
    }

    @Test
    void malformedJsonIsLocated() {
        assertThat(failsOnPages("{\"validators\": [}")).startsWith("page1.json:1:17: $.validators[0]: malformed JSON");
    }

    @Test
    void aPageMustBeAnObjectWithValidators() {
        assertThat(failsOnPages("[]")).isEqualTo("page1.json:1:1: $: must be an object, got an array");
        assertThat(failsOnPages("{\"pagination\": {}}"))
                .isEqualTo("page1.json:1:1: $: missing required field 'validators'");
    }

    @Test
    void tokensMustBeAWholeNumber() {
        String v = validator("cosmosvaloper1a", "BOND_STATUS_BONDED", "\"12a\"", "/cosmos.crypto.ed25519.PubKey", KEY);
        assertThat(failsOnPages(page("null", "1", v))).isEqualTo("page1.json:2:202: $.validators[0].tokens: must be a "
                + "whole number >= 0 (a number, a decimal string or a 0x hex string), got the string \"12a\"");
    }

    @Test
    void anUnknownStatusIsRefused() {
        String v = validator("cosmosvaloper1a", "BONDED", "\"1\"", "/cosmos.crypto.ed25519.PubKey", KEY);
        assertThat(failsOnPages(page("null", "1", v))).isEqualTo("page1.json:2:170: $.validators[0].status: must be one "
                + "of BOND_STATUS_BONDED, BOND_STATUS_UNBONDING, BOND_STATUS_UNBONDED, got the string \"BONDED\"");
    }

    @Test
    void theConsensusKeyMustBeA32ByteEd25519Key() {
        String secp = validator("cosmosvaloper1a", "BOND_STATUS_BONDED", "\"1\"", "/cosmos.crypto.secp256k1.PubKey", KEY);
        assertThat(failsOnPages(page("null", "1", secp))).isEqualTo("page1.json:2:71: $.validators[0].consensus_pubkey"
                + "['@type']: must be \"/cosmos.crypto.ed25519.PubKey\" (the Hub's consensus keys are ed25519), got the "
                + "string \"/cosmos.crypto.secp256k1.PubKey\"");
        assertThat(failsOnPages(page("null", "1", bonded("cosmosvaloper1a", "AAAA"))))
                .isEqualTo("page1.json:2:111: $.validators[0].consensus_pubkey.key: must be a 32-byte ed25519 public "
                        + "key, got 3 bytes");
        assertThat(failsOnPages(page("null", "1", bonded("cosmosvaloper1a", "not base64!"))))
                .isEqualTo("page1.json:2:111: $.validators[0].consensus_pubkey.key: must be a base64 ed25519 public "
                        + "key, got the string \"not base64!\"");
    }

    @Test
    void aValidatorOnTwoPagesIsRefused() {
        String v = bonded("cosmosvaloper1a", KEY);
        assertThat(failsOnPages(page("\"a2V5\"", "2", v), page("null", "0", v))).isEqualTo("page2.json:2:22: "
                + "$.validators[0].operator_address: validator 'cosmosvaloper1a' appears twice (first in page1.json at "
                + "line 2, column 22); give each page once");
    }

    @Test
    void pagingMustBeComplete() {
        String v = bonded("cosmosvaloper1a", KEY);
        String w = bonded("cosmosvaloper1b", KEY);
        assertThat(failsOnPages(page("\"a2V5\"", "2", v))).startsWith("page1.json:3:31: $.pagination.next_key: this "
                + "page says more validators follow (next_key is set), but it is the last page given");
        assertThat(failsOnPages(page("null", "2", v), page("null", "0", w))).isEqualTo("page1.json:1:1: $: this page "
                + "is the last one (no pagination.next_key), but 1 more page(s) were given after it");
        assertThat(failsOnPages(page("null", "5", v))).isEqualTo("page1.json:3:46: $.pagination.total: the first page "
                + "counts 5 validators, the pages given hold 1; is a page missing?");
    }

    @Test
    void withoutABondedValidatorThereIsNothingToImport() {
        String v = validator("cosmosvaloper1a", "BOND_STATUS_UNBONDED", "\"1\"", "/cosmos.crypto.ed25519.PubKey", KEY);
        assertThat(failsOnPages(page("null", "1", v)))
                .isEqualTo("page1.json:1:16: $.validators: no validator has status BOND_STATUS_BONDED");
    }

    @Test
    void consumerChainsAreChecked() {
        List<String> pages = List.of(page("null", "1", bonded("cosmosvaloper1a", KEY)));
        assertThat(fails(pages, "{\"chains\": [{\"chain_id\": \"x-1\", \"top_N\": 30}]}", Map.of()))
                .isEqualTo("chains.json:1:42: $.chains[0].top_N: must be 0 (opt-in) or a whole number from 50 to 100, "
                        + "got 30");
        assertThat(fails(pages, "{\"chains\": [{\"top_N\": 95}]}", Map.of()))
                .isEqualTo("chains.json:1:13: $.chains[0]: missing required field 'chain_id'");
        assertThat(fails(pages, "{\"chains\": [{\"chain_id\": \"x-1\", \"top_N\": 0, \"allowlist\": [\"cosmos1x\"]}]}",
                Map.of())).isEqualTo("chains.json:1:59: $.chains[0].allowlist[0]: must be a provider consensus address "
                + "(cosmosvalcons1…), got the string \"cosmos1x\"");
        String other = "cosmosvalcons16t2937fqnm9ceg42k8veupnprwqj4puhwm6yyv";
        assertThat(fails(pages, "{\"chains\": [{\"chain_id\": \"x-1\", \"top_N\": 0, \"denylist\": [\"" + other + "\"]}]}",
                Map.of())).isEqualTo("chains.json:1:58: $.chains[0].denylist[0]: '" + other + "' is not a bonded validator "
                + "in the validators snapshot");
    }

    @Test
    void consumerValidatorsAreChecked() {
        List<String> pages = List.of(page("null", "1", bonded("cosmosvaloper1a", KEY)));
        assertThat(fails(pages, null, Map.of("x-1", "{\"validators\": [{\"provider_address\": \"cosmosvalcons1abc\", "
                + "\"power\": \"1\"}]}"))).isEqualTo("set-x-1.json:1:38: $.validators[0].provider_address: must be a "
                + "provider consensus address (cosmosvalcons1…), got the string \"cosmosvalcons1abc\"");
        String entry = "{\"provider_address\": \"" + VALCONS + "\", \"consumer_power\": \"7\"}";
        assertThat(fails(pages, null, Map.of("x-1", "{\"validators\": [" + entry + ", " + entry + "]}")))
                .isEqualTo("set-x-1.json:1:139: $.validators[1].provider_address: validator '" + VALCONS
                        + "' appears twice (first at line 1, column 38)");
        assertThat(fails(pages, null, Map.of("x-1", "{\"validators\": [{\"provider_address\": \"" + VALCONS
                + "\", \"power\": -1}]}"))).isEqualTo("set-x-1.json:1:103: $.validators[0].power: must be a whole "
                + "number >= 0 (a number, a decimal string or a 0x hex string), got -1");
        assertThat(fails(pages, "{\"chains\": [{\"chain_id\": \"x-1\", \"top_N\": 0, \"consumer_id\": \"4\"}]}",
                Map.of("9", "{\"validators\": []}"))).isEqualTo("set-9.json:1:1: $: consumer '9' is neither a chain id "
                + "nor a consumer id of the launched consumer_chains entries (x-1)");
    }

    @Test
    void aBondedValidatorWithoutTokensIsLeftOutAndSaid() throws Exception {
        String none = validator("cosmosvaloper1b", "BOND_STATUS_BONDED", "\"0\"", "/cosmos.crypto.ed25519.PubKey", KEY);
        List<Path> files = List.of(write(dir, "p.json", page("null", "2", bonded("cosmosvaloper1a", KEY), none)));

        Network n = CosmosImport.run(new CosmosOptions("cosmoshub-4", files, null, Map.of(), "ATOM", 6, null, null,
                null)).network();

        assertThat(n.validators()).extracting(v -> v.id()).containsExactly("cosmosvaloper1a");
        assertThat(n.assumptions()).contains("1 bonded validator(s) with 0 tokens are left out (a network's stake is > 0).");
    }

    @Test
    void theV6ConsumerValidatorsFormUsesConsumerPowerAndSkipsPowerZero() throws Exception {
        List<Path> files = List.of(write(dir, "p.json", page("null", "1", bonded("cosmosvaloper1a", KEY))));
        String v6 = "{\"validators\": [{\"provider_address\": \"" + VALCONS + "\", \"consumer_key\": {\"ed25519\": \""
                + KEY + "\"}, \"power\": \"0\", \"rate\": \"0.05\", \"consumer_power\": \"1\", "
                + "\"consumer_commission_rate\": \"0.05\", \"provider_commission_rate\": \"0.05\", \"description\": "
                + "{\"moniker\": \"Coinbase Custody\"}, \"provider_operator_address\": \"cosmosvaloper1a\", \"jailed\": "
                + "false, \"status\": \"BOND_STATUS_BONDED\", \"provider_tokens\": \"1000000\", \"provider_power\": \"1\", "
                + "\"validates_current_epoch\": true}]}";
        String chains = "{\"chains\": [{\"chain_id\": \"x-1\", \"top_N\": 0, \"consumer_id\": \"4\", \"phase\": "
                + "\"CONSUMER_PHASE_LAUNCHED\", \"allow_inactive_vals\": false}, {\"chain_id\": \"y-1\", \"top_N\": 0, "
                + "\"consumer_id\": \"5\", \"phase\": \"CONSUMER_PHASE_REGISTERED\"}]}";
        CosmosOptions o = new CosmosOptions("cosmoshub-4", files, write(dir, "c.json", chains),
                Map.of("4", write(dir, "s.json", v6)), "ATOM", 6, null, null, null);

        Network n = CosmosImport.run(o).network();

        assertThat(n.allocationsTo("x-1")).hasSize(1);
        assertThat(n.chain("y-1")).isEmpty();
        assertThat(n.assumptions()).contains("y-1 is left out: its phase is CONSUMER_PHASE_REGISTERED, not launched.");
    }
}
