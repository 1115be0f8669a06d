package dev.sse.model.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 21: the builder's list setters replace the whole list through one piece, each of the six alike. */
class NetworkBuilderTest {

    @Test
    void eachListSetterReplacesWhatWasThere() {
        Network n = Network.builder().name("n")
                .validator(new Validator("old", null, 1, null, null)).chain(Chain.builder("old", ChainKind.SERVICE).build())
                .allocation(Allocation.pooled("old", "old")).assumptions(List.of("old"))
                .validators(List.of(new Validator("v", null, 2, null, null)))
                .chains(List.of(Chain.builder("c", ChainKind.SERVICE).build()))
                .allocations(List.of(Allocation.pooled("v", "c"))).bridges(List.of()).annotations(List.of())
                .assumptions(List.of("a")).build();
        assertThat(n.validators()).extracting(Validator::id).containsExactly("v");
        assertThat(n.chains()).extracting(Chain::id).containsExactly("c");
        assertThat(n.allocations()).containsExactly(Allocation.pooled("v", "c"));
        assertThat(n.assumptions()).containsExactly("a");
        assertThat(n.toBuilder().validators(List.of()).build().validators()).isEmpty();
        assertThat(n.validators()).hasSize(1);
    }
}
