package dev.sse.views.table;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sse.model.analysis.AnalysisResult;
import dev.sse.model.analysis.SecurityAnalyzer;
import dev.sse.model.network.Allocation;
import dev.sse.model.network.Chain;
import dev.sse.model.network.ChainKind;
import dev.sse.model.network.Network;
import dev.sse.model.network.Validator;
import dev.sse.model.network.graph.NodeRef;
import dev.sse.views.graph.RiskState;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 23: the node tables' view model as a plain object: figures per row, the filter, the order, the CSV. */
class NodeTableViewModelTest {

    /** A hub securing an AVS-like consumer; v3 holds most of the stake. */
    private final Network net = Network.builder().name("t")
            .validator(new Validator("v1", "Alpha", 10, null, "op-a"))
            .validator(new Validator("v2", "Beta", 20, null, null))
            .validator(new Validator("v3", "Gamma", 70, null, "op-a"))
            .chain(Chain.builder("hub", ChainKind.PROVIDER).name("Hub").profitFromCorruption(50).attackThreshold(2.0 / 3).build())
            .chain(Chain.builder("svc", ChainKind.AVS).name("Service").profitFromCorruption(200).attackThreshold(0.5).build())
            .allocation(Allocation.pooled("v1", "hub")).allocation(Allocation.pooled("v2", "hub"))
            .allocation(Allocation.pooled("v3", "hub")).allocation(Allocation.of("v3", "svc", 30)).build();

    private NodeTableViewModel shown() {
        AnalysisResult analysis = SecurityAnalyzer.analyze(net);
        NodeTableViewModel vm = new NodeTableViewModel();
        vm.show(NodeTableViewModel.build(net, analysis, RiskState.of(analysis)));
        return vm;
    }

    private static Object cell(NodeTableViewModel vm, NodeRow row, String key, boolean chain) {
        NodeTable t = chain ? vm.tables().chains() : vm.tables().validators();
        return row.cell(t.column(key).orElseThrow());
    }

    @Test
    void everyChainRowCarriesTheAnalysisFigures() {
        NodeTableViewModel vm = shown();
        AnalysisResult analysis = SecurityAnalyzer.analyze(net);
        NodeRow svc = vm.chains().get(1);
        assertThat(svc.ref()).isEqualTo(NodeRef.chain("svc"));
        assertThat(cell(vm, svc, "costOfCorruption", true)).isEqualTo(analysis.chains().get("svc").costOfCorruption());
        assertThat(cell(vm, svc, "securityMargin", true)).isEqualTo(analysis.chains().get("svc").securityMargin());
        assertThat(cell(vm, svc, "nakamotoCoefficient", true)).isEqualTo(1);
        assertThat(cell(vm, svc, "state", true)).isEqualTo("attackable");
        assertThat(cell(vm, vm.validators().get(2), "allocations", false)).isEqualTo(2);
        assertThat(cell(vm, vm.validators().get(2), "chains", false)).isEqualTo("hub svc");
    }

    @Test
    void theFilterTakesTextComparisonsAndExactTextColumns() {
        NodeTableViewModel vm = shown();
        vm.filterProperty().set("stake>15");
        assertThat(vm.validators()).extracting(r -> r.ref().id()).containsExactly("v2", "v3");
        assertThat(vm.chains()).as("chains have no stake column").isEmpty();
        vm.filterProperty().set("op-a");
        assertThat(vm.validators()).extracting(r -> r.ref().id()).containsExactly("v1", "v3");
        vm.filterProperty().set("kind=avs");
        assertThat(vm.chains()).extracting(r -> r.ref().id()).containsExactly("svc");
        vm.filterProperty().set("securityMargin<0 hub");
        assertThat(vm.chains()).isEmpty();
        vm.filterProperty().set("");
        assertThat(vm.chains()).hasSize(2);
        assertThat(NodeTableViewModel.count(vm.validators(), vm.tables().validators())).isEqualTo("3 / 3");
    }

    @Test
    void hiddenNodesLeaveTheTablesToo() {
        NodeTableViewModel vm = shown();
        vm.setVisible(ref -> !ref.id().equals("v2"));
        assertThat(vm.validators()).extracting(r -> r.ref().id()).containsExactly("v1", "v3");
    }

    @Test
    void numbersSortByValueWithEmptyCellsLastAndCsvKeepsTheShownOrder() {
        NodeTableViewModel vm = shown();
        NodeTable t = vm.tables().validators();
        List<NodeRow> byStake = vm.validators().sorted(NodeTableViewModel.comparator(t, t.column("stake").orElseThrow()).reversed());
        assertThat(byStake).extracting(r -> r.ref().id()).containsExactly("v3", "v2", "v1");
        List<NodeRow> byOperator = vm.validators().sorted(NodeTableViewModel.comparator(t, t.column("operator").orElseThrow()));
        assertThat(byOperator.get(2).ref().id()).as("no operator sorts last").isEqualTo("v2");
        String csv = NodeTableViewModel.csv(t, byStake);
        assertThat(csv.lines().toList()).first().isEqualTo("id,name,operator,asset,stake,value,allocations,allocated,chains,state");
        assertThat(csv.lines().toList().get(1)).startsWith("v3,Gamma,op-a,,70,70,2,100,hub svc,");
    }
}
