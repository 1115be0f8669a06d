package dev.sse.model.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** Scaling one allocation: cents, the stake left after the other explicit amounts, pooled stays pooled unless it shrinks. */
class AllocationScaledTest {

    /** op has 100 of stake: 30 unique on a, 50 unique on b, pooled on c. */
    private static Network network() {
        Network.Builder b = Network.builder().name("ops").validator(new Validator("op", null, 100, null, null));
        for (String id : new String[] {"a", "b", "c"}) {
            b.chain(Chain.builder(id, ChainKind.AVS).profitFromCorruption(1).attackThreshold(0.5).build());
        }
        return b.allocation(Allocation.of("op", "a", 30)).allocation(Allocation.of("op", "b", 50))
                .allocation(Allocation.pooled("op", "c")).build();
    }

    private static OptionalDouble amount(Network n, String chain) {
        return n.allocationsOf("op").stream().filter(a -> a.chain().equals(chain)).findFirst().orElseThrow().amount();
    }

    @Test
    void anExplicitAmountScalesInWholeCentsUpToTheStakeNotSetAsideElsewhere() {
        assertThat(amount(network().withAllocationScaled("op", "a", 0.5), "a")).hasValue(15);
        assertThat(amount(network().withAllocationScaled("op", "a", 1.0 / 3), "a")).hasValue(10);
        // 100 − 50 on b leaves 50 for a, however far the drag goes
        assertThat(amount(network().withAllocationScaled("op", "a", 4), "a")).hasValue(50);
        assertThat(amount(network().withAllocationScaled("op", "a", 1e-9), "a")).hasValue(0.01);
        assertThat(network().withAllocationScaled("op", "a", 4).allocationsOf("op")).hasSize(3);
    }

    @Test
    void aPooledAllocationBecomesAnAmountOnlyWhenItShrinks() {
        assertThat(network().withAllocationScaled("op", "c", 2)).isEqualTo(network());
        // whole stake 100 × 0.5 = 50, but 80 is set aside for a and b: 20
        assertThat(amount(network().withAllocationScaled("op", "c", 0.5), "c")).hasValue(20);
        assertThat(amount(network().withAllocationScaled("op", "c", 0.1), "c")).hasValue(10);
    }

    @Test
    void nothingChangesWithoutSuchAnAllocationOrWithABadFactor() {
        assertThat(network().withAllocationScaled("op", "nowhere", 2)).isEqualTo(network());
        assertThat(network().withAllocationScaled("nobody", "a", 2)).isEqualTo(network());
        assertThat(network().withAllocationScaled("op", "a", 0)).isEqualTo(network());
        assertThat(network().withAllocationScaled("op", "a", Double.NaN)).isEqualTo(network());
    }
}
