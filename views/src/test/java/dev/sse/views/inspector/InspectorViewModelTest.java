package dev.sse.views.inspector;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sse.model.analysis.AnalysisResult;
import dev.sse.model.analysis.SecurityAnalyzer;
import dev.sse.model.network.Allocation;
import dev.sse.model.network.Chain;
import dev.sse.model.network.ChainKind;
import dev.sse.model.network.Network;
import dev.sse.model.network.Validator;
import dev.sse.model.network.graph.NodeRef;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;

/** The inspector's view model as a plain object: figures come from the analysis, with their why lines. */
class InspectorViewModelTest {

    private final Network theorem2 = Network.builder().name("Theorem 2")
            .validator(new Validator("a", null, 0.1, null, null))
            .validator(new Validator("b", null, 0.9, null, null))
            .chain(Chain.builder("x", ChainKind.SERVICE).profitFromCorruption(1).attackThreshold(1).build())
            .allocation(Allocation.pooled("a", "x")).allocation(Allocation.pooled("b", "x")).build();

    @Test
    void aChainShowsItsCostProfitAndMarginWithReasons() {
        AnalysisResult analysis = SecurityAnalyzer.analyze(theorem2);
        InspectorViewModel vm = new InspectorViewModel();
        List<String> changes = new ArrayList<>();
        vm.rows().addListener((ListChangeListener<InspectorRow>) c -> changes.add("changed"));

        vm.show(theorem2, NodeRef.chain("x"), analysis);

        assertThat(changes).isNotEmpty();
        assertThat(vm.titleProperty().get()).isEqualTo("x");
        InspectorRow cost = row(vm, "Cost of corruption");
        assertThat(cost.value()).isEqualTo("1");
        assertThat(cost.why()).isNotBlank();
        assertThat(row(vm, "Security margin").value()).isEqualTo("0%");
        assertThat(cost.term()).isEqualTo("cost-of-corruption");
        assertThat(row(vm, "Security margin").term()).isEqualTo("security-margin");
        assertThat(row(vm, "Blast radius").term()).isEqualTo("blast-radius");
        // a generic service takes the whole stake: the slashable cost equals the DR cost (issue 19, item 6)
        assertThat(row(vm, "Slashable cost of corruption").value()).isEqualTo("1");
        assertThat(row(vm, "Slashable cost of corruption").why()).contains("100%", "generic service");
        assertThat(row(vm, "Slashable margin").value()).isEqualTo("0%");
        // issue 21: the screen policy (model.format.Screen) everywhere; the inspector printed "100.00%" here
        assertThat(row(vm, "Attack threshold").value()).isEqualTo("100%");
    }

    /** Issue 19 item 5: a chain secured from outside the file names its external security and source. */
    @Test
    void aChainWithExternalSecurityShowsItInItsCostWhyLine() {
        Network net = Network.builder().name("ext")
                .validator(new Validator("a", null, 1, null, null))
                .chain(Chain.builder("eth", ChainKind.L1).build()
                        .withExternalSecurity(dev.sse.model.network.ExternalSecurity.ofCost(5000, "stated figure")))
                .chain(Chain.builder("avs", ChainKind.AVS).profitFromCorruption(1).attackThreshold(1).securedBy("eth")
                        .build())
                .allocation(Allocation.pooled("a", "avs")).build();
        InspectorViewModel vm = shown(net, NodeRef.chain("eth"));
        InspectorRow cost = row(vm, "Cost of corruption");
        assertThat(cost.value()).isEqualTo("5 k");
        assertThat(cost.why()).contains("external security: stated cost of corruption", "(stated figure)");
    }

    /** Issue 19 item 11: a rollup whose data is on EigenDA shows the provider and what its failure does. */
    @Test
    void aRollupShowsWhereItsDataIsAndWhatItsFailureDoes() {
        Network net = Network.builder().name("da")
                .validator(new Validator("a", null, 1, null, null))
                .chain(Chain.builder("eth", ChainKind.L1).name("Ethereum").build())
                .chain(Chain.builder("eigenda", ChainKind.AVS).name("EigenDA").attackThreshold(0.33).securedBy("eth")
                        .build())
                .chain(Chain.builder("mantle", ChainKind.ROLLUP).name("Mantle").securedBy("eth")
                        .dataAvailability(dev.sse.model.network.DataAvailability.on("eigenda", "L2BEAT")).build())
                .allocation(Allocation.pooled("a", "eigenda")).build();
        InspectorViewModel vm = shown(net, NodeRef.chain("mantle"));
        InspectorRow da = row(vm, "Data availability");
        assertThat(da.value()).isEqualTo("EigenDA");
        assertThat(da.why()).contains("if the DA layer halts or withholds data, Mantle freezes", "(L2BEAT)");
        vm.show(net, NodeRef.chain("eigenda"), SecurityAnalyzer.analyze(net));
        assertThat(row(vm, "Blast radius").why()).contains("1 frozen because their data is on it");
    }

    @Test
    void aValidatorShowsItsStakeAndAllocations() {
        InspectorViewModel vm = shown(theorem2, NodeRef.validator("b"));
        assertThat(row(vm, "Stake value").value()).isEqualTo("0.9");
        assertThat(row(vm, "Secures x").why()).contains("pooled");
        assertThat(row(vm, "EigenLayer condition").value()).contains("holds");
    }

    @Test
    void aLargeStakeShowsWithItsScaleAndAsset() {
        Network hub = Network.builder().name("hub").asset(new dev.sse.model.network.Asset("ATOM", 13))
                .validator(new Validator("v1", null, 14_383_888, "ATOM", null))
                .chain(Chain.builder("h", ChainKind.PROVIDER).asset("ATOM").profitFromCorruption(1).attackThreshold(1)
                        .build())
                .allocation(Allocation.pooled("v1", "h")).build();
        InspectorViewModel vm = shown(hub, NodeRef.validator("v1"));
        // three significant digits with the scale, never a plain 14400000 that reads as exact
        assertThat(row(vm, "Stake").value()).isEqualTo("14.4 M ATOM");
    }

    /**
     * Issue #18.9: "top: v1 187000000", "Secures stride", subtitle "l1", "1 validators". Chains and validators by
     * name, every figure with its unit and thousands separators, the kind in words.
     */
    @Test
    void figuresCarryUnitsAndNodesTheirNames() {
        Network ics = Network.builder().name("ics").asset(new dev.sse.model.network.Asset("ATOM", 13))
                .validator(new Validator("v1", "Coinbase Cloud", 14_383_888, "ATOM", null))
                .chain(Chain.builder("hub", ChainKind.PROVIDER).name("Cosmos Hub").asset("ATOM")
                        .profitFromCorruption(1).build())
                .chain(Chain.builder("stride", ChainKind.CONSUMER).name("Stride").asset("ATOM")
                        .profitFromCorruption(1).securedBy("hub").build())
                .allocation(Allocation.pooled("v1", "hub")).build();
        var analysis = SecurityAnalyzer.analyze(ics);
        InspectorViewModel vm = new InspectorViewModel();

        vm.show(ics, NodeRef.chain("stride"), analysis);
        assertThat(vm.subtitleProperty().get()).isEqualTo("consumer chain, secured by Cosmos Hub");
        InspectorRow set = row(vm, "Validator set");
        assertThat(set.value()).isEqualTo("1 validator");
        assertThat(set.why()).contains("top: Coinbase Cloud 187 M USD");

        vm.show(ics, NodeRef.validator("v1"), analysis);
        assertThat(row(vm, "Secures Cosmos Hub").value()).isEqualTo("187 M USD");
    }

    /** A view model showing {@code ref} of {@code net} with the network's analysis, as the window does. */
    private static InspectorViewModel shown(Network net, NodeRef ref) {
        InspectorViewModel vm = new InspectorViewModel();
        vm.show(net, ref, SecurityAnalyzer.analyze(net));
        return vm;
    }

    private static InspectorRow row(InspectorViewModel vm, String label) {
        return vm.rows().stream().filter(r -> r.label().equals(label)).findFirst().orElseThrow();
    }
}
