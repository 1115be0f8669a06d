package dev.sse.views.inspector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.sse.model.analysis.SecurityAnalyzer;
import dev.sse.model.io.json.NetworkCodec;
import dev.sse.model.io.json.NetworkFormatException;
import dev.sse.model.network.Network;
import dev.sse.model.network.graph.NodeRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issue 23 (property sheet, multi-selection): the view model as a plain object, no window. */
class PropertySheetViewModelTest {

    private static final String FILE = """
            {"format": "shared-security-network", "version": 1, "name": "sheet",
             "assets": [{"symbol": "ATOM", "priceUsd": 10}],
             "validators": [{"id": "v1", "stake": 60, "asset": "ATOM"}, {"id": "v2", "stake": 30, "asset": "ATOM"},
                            {"id": "v3", "stake": 10, "asset": "ATOM"}],
             "chains": [{"id": "hub", "kind": "provider", "asset": "ATOM", "profitFromCorruption": 100},
                        {"id": "c", "kind": "consumer", "securedBy": "hub", "profitFromCorruption": 10}],
             "allocations": [{"validator": "v1", "chain": "hub"}, {"validator": "v2", "chain": "hub"},
                             {"validator": "v3", "chain": "hub"}]}
            """;

    private final List<Map.Entry<String, Network>> accepted = new ArrayList<>();
    private final PropertySheetViewModel vm = new PropertySheetViewModel();
    private Network n;

    private PropertySheetViewModel shown(NodeRef... selection) throws NetworkFormatException {
        n = NetworkCodec.readString("sheet.json", FILE);
        vm.setOnAccept((name, next) -> {
            accepted.add(Map.entry(name, next));
            n = next;
            vm.show(next, List.of(selection), null); // the app: the edit lands, the sheet follows the network
        });
        vm.show(n, List.of(selection), SecurityAnalyzer.analyze(n));
        return vm;
    }

    private PropertyRow row(String field) {
        return vm.rows().stream().filter(r -> r.field().equals(field)).findFirst().orElseThrow();
    }

    /**
     * With a bridge (the window's), the reader's check runs on its background executor and the message arrives on
     * its FX executor; a message for text that changed since is dropped.
     */
    @Test
    void withABridgeTheCheckRunsInTheBackgroundAndAStaleMessageIsDropped() throws Exception {
        List<Runnable> background = new ArrayList<>();
        List<Runnable> fx = new ArrayList<>();
        vm.setBridge(new dev.sse.views.common.FxBridge(background::add, fx::add));
        shown(NodeRef.chain("c"));
        PropertyRow profit = row("profitFromCorruption");
        vm.type(profit, "-5");
        assertThat(profit.messageProperty().get()).as("nothing checked on the calling thread").isEmpty();
        assertThat(background).hasSize(1);
        background.remove(0).run();
        assertThat(profit.messageProperty().get()).as("not shown before the FX executor runs").isEmpty();
        fx.remove(0).run();
        assertThat(profit.messageProperty().get()).contains("got -5");

        vm.type(profit, "-7");
        profit.textProperty().set("-8"); // typed on before the check of -7 came back
        background.remove(0).run();
        fx.remove(0).run();
        assertThat(profit.messageProperty().get()).as("the message of -7 is stale").contains("got -5");
    }

    @Test
    void typingShowsTheReadersMessageAndOnlyACommittedValidValueIsOneEdit() throws Exception {
        shown(NodeRef.chain("c"));
        assertThat(vm.titleProperty().get()).contains("c");
        PropertyRow profit = row("profitFromCorruption");
        assertThat(profit.textProperty().get()).isEqualTo("10");
        vm.type(profit, "-");
        String reader = catchThrowableOfType(() -> NetworkCodec.readString("x.json",
                FILE.replace("\"profitFromCorruption\": 10}", "\"profitFromCorruption\": \"-\"}")),
                NetworkFormatException.class).problems().get(0).message();
        assertThat(profit.messageProperty().get()).isEqualTo("$.chains[1].profitFromCorruption: " + reader);
        assertThat(vm.commit(profit)).isFalse();
        vm.type(profit, "-5");
        assertThat(profit.messageProperty().get()).contains("got -5");
        vm.revert(profit); // Escape
        assertThat(profit.textProperty().get()).isEqualTo("10");
        assertThat(profit.messageProperty().get()).isEmpty();
        vm.type(profit, "50");
        assertThat(profit.messageProperty().get()).isEmpty();
        assertThat(accepted).isEmpty(); // typing applies nothing
        PropertyRow same = profit;
        assertThat(vm.commit(profit)).isTrue();
        assertThat(accepted).singleElement().satisfies(e -> {
            assertThat(e.getKey()).isEqualTo("set profitFromCorruption of c");
            assertThat(e.getValue().chain("c").orElseThrow().profitFromCorruption()).isEqualTo(50);
        });
        assertThat(row("profitFromCorruption")).isSameAs(same); // the field keeps its row (and its focus) after the edit
        assertThat(same.textProperty().get()).isEqualTo("50");
        assertThat(vm.commit(same)).isFalse(); // nothing changed: no second edit
        assertThat(row("id").editable()).isFalse();
    }

    @Test
    void nothingSelectedShowsTheNetworkWithItsPrices() throws Exception {
        shown();
        assertThat(vm.rows()).extracting(PropertyRow::field).contains("name", "adversaryFraction", "assets.ATOM.priceUsd");
        vm.type(row("assets.ATOM.priceUsd"), "12");
        assertThat(vm.commit(row("assets.ATOM.priceUsd"))).isTrue();
        assertThat(n.asset("ATOM").orElseThrow().priceUsd()).isEqualTo(12);
        assertThat(vm.multiProperty().get()).isFalse();
        assertThat(vm.summary()).isEmpty();
    }

    @Test
    void severalValidatorsShowTheirSummaryAndABulkEditOrScaleIsOneEdit() throws Exception {
        shown(NodeRef.validator("v1"), NodeRef.validator("v2"), NodeRef.chain("c"));
        assertThat(vm.summary()).first().isEqualTo("1 chain, 2 validators");
        assertThat(vm.rows()).extracting(PropertyRow::field).containsExactly("name", "asset"); // what a chain and a validator share
        shown(NodeRef.validator("v1"), NodeRef.validator("v2"));
        assertThat(vm.multiProperty().get()).isTrue();
        assertThat(vm.summary()).containsExactly("0 chains, 2 validators", "Total stake 90 ATOM (900 USD)",
                "Chains touched: 2 (c, hub)", "c: 90% of its securing stake", "hub: 90% of its securing stake");
        assertThat(vm.rows()).extracting(PropertyRow::field).containsExactly("name", "stake", "asset", "operator");
        assertThat(row("stake").textProperty().get()).isEmpty(); // 60 and 30: several values
        vm.type(row("operator"), "acme");
        assertThat(vm.commit(row("operator"))).isTrue();
        assertThat(n.validators().subList(0, 2)).allSatisfy(v -> assertThat(v.operator()).isEqualTo("acme"));
        assertThat(n.validator("v3").orElseThrow().operator()).isNull();
        assertThat(vm.scaleStake("abc")).isFalse();
        assertThat(vm.bulkMessageProperty().get()).contains("abc");
        assertThat(vm.scaleStake("2")).isTrue();
        assertThat(n.validator("v1").orElseThrow().stake()).isEqualTo(120);
        assertThat(n.validator("v2").orElseThrow().stake()).isEqualTo(60);
        assertThat(accepted).extracting(Map.Entry::getKey)
                .containsExactly("set operator of v1, v2", "scale stake ×2 of 2 validators");
    }
}
