package dev.sse.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sse.model.network.Allocation;
import dev.sse.model.network.Chain;
import dev.sse.model.network.ChainKind;
import dev.sse.model.network.Network;
import dev.sse.model.network.Validator;
import dev.sse.model.network.graph.NodeRef;
import dev.sse.views.common.FxBridge;
import dev.sse.views.graph.GraphViewModel;
import dev.sse.views.graph.layout.TiersLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Selecting a node with many neighbours, or a marquee of many nodes, is one selection change for the views: the
 * sets report every element, and restyling the graph per element took stress 136–184 ms for one click.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class SelectionChangesTest {

    private static final int VALIDATORS = 300;

    @Test
    void aClickAndAMarqueeAreOneChangeEach() throws Exception {
        Network.Builder b = Network.builder().name("hub and spokes")
                .chain(Chain.builder("hub", ChainKind.PROVIDER).name("Hub").profitFromCorruption(1)
                        .attackThreshold(0.5).build());
        List<NodeRef> validators = new ArrayList<>();
        for (int i = 0; i < VALIDATORS; i++) {
            b.validator(new Validator("v" + i, null, 1 + i, null, null)).allocation(Allocation.pooled("v" + i, "hub"));
            validators.add(NodeRef.validator("v" + i));
        }
        GraphViewModel graph = WaitForAsyncUtils.asyncFx(() -> new GraphViewModel(new FxBridge(Executors.newSingleThreadExecutor()))).get();
        WaitForAsyncUtils.asyncFx(() -> graph.show(b.build(), new TiersLayout(), 42)).get().get(30, TimeUnit.SECONDS);
        AtomicInteger changes = new AtomicInteger();
        WaitForAsyncUtils.asyncFx(() -> graph.selectionChangesProperty().addListener((o, was, now) -> changes.incrementAndGet())).get();

        WaitForAsyncUtils.asyncFx(() -> graph.select(NodeRef.chain("hub"))).get();
        assertThat(graph.neighbours()).hasSize(VALIDATORS);
        assertThat(changes).hasValue(1);

        WaitForAsyncUtils.asyncFx(() -> graph.selectAll(validators, false)).get();
        assertThat(graph.selection()).hasSize(VALIDATORS);
        assertThat(changes).hasValue(2);

        WaitForAsyncUtils.asyncFx(() -> graph.select(null)).get();
        assertThat(graph.selection()).isEmpty();
        assertThat(changes).hasValue(3);
    }
}
