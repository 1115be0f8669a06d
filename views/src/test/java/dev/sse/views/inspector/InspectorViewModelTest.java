package dev.sse.views.inspector;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sse.model.network.Allocation;
import dev.sse.model.network.Chain;
import dev.sse.model.network.ChainKind;
import dev.sse.model.network.Network;
import dev.sse.model.network.Validator;
import dev.sse.model.network.graph.NodeRef;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;

/** Plain view-model test (no toolkit). */
class InspectorViewModelTest {

    @Test
    void aListenerOnRowsKeepsHearingChangesAfterGarbageCollection() throws Exception {
        Network n = Network.builder().name("n")
                .validator(new Validator("a", null, 1, null, null))
                .chain(new Chain("x", null, ChainKind.SERVICE, null, 1, 1, null, null, null))
                .allocation(Allocation.pooled("a", "x")).build();
        InspectorViewModel vm = new InspectorViewModel();
        AtomicInteger changes = new AtomicInteger();
        vm.rows().addListener((ListChangeListener<InspectorRow>) c -> changes.incrementAndGet());
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(20);
        }
        vm.show(n, NodeRef.chain("x"), null);
        assertThat(changes).hasValue(1);
        assertThat(vm.rows()).isNotEmpty();
    }
}
