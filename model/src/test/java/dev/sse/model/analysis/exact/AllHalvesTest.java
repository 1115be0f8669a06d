package dev.sse.model.analysis.exact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/** Issue 20: covers of 33–44 members whose optimum lies above T are proven by enumerating every subset. */
class AllHalvesTest {

    /**
     * avs012 of the 350 × 25 pooled restaking network (RestakingNetworks pooled 350 25 1 7, cents): no core of
     * {@link SubsetSum} hits T, so before {@link AllHalves} the cover was "best found, not proven minimal" (cost T + 16,
     * bound T); some subset of all 39 sums to T exactly.
     */
    private static final long[] AVS012 = {2744136476L, 117846368L, 178638298L, 67638094L, 96900976L, 8999567473L,
        859836750L, 273646500L, 117172348L, 48756732L, 1354141921L, 117692927L, 20426420L, 142821281L, 580939986L,
        6724702547L, 4626585466L, 1089799546L, 610267868L, 125895912L, 156961511L, 2044292862L, 537475703L, 51201257L,
        498793526L, 1295413996L, 643689709L, 59821901L, 200738915L, 103408881L, 61699472L, 833885916L, 200489025L,
        530951585L, 332983502L, 334755635L, 3118577L, 167409069L, 708921076L};
    private static final long AVS012_T = 12554475336L;

    @Test
    void aRealSizeCoverAboveItsBoundIsProven() {
        CoverSolver.Cover c = CoverSolver.solve(AVS012, AVS012, AVS012_T, CoverSolver.DEFAULT_NODES);
        assertThat(c.exact()).isTrue();
        assertThat(c.cost()).isEqualTo(AVS012_T);
        long sum = 0;
        for (int i : c.items()) {
            sum += AVS012[i];
        }
        assertThat(sum).isEqualTo(c.cost());
    }

    @Property(tries = 400)
    void smallestSumAtLeastMatchesExhaustiveSearch(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE / 2) long seed) {
        SubsetSumsByHand.Case c = SubsetSumsByHand.random(new Random(seed), 16,
                r -> r.nextBoolean() ? r.nextInt(50) : (long) (r.nextDouble() * 1e12));
        boolean[] chosen = AllHalves.smallestAtLeast(c.v(), c.t());
        assertThat(SubsetSumsByHand.sum(c.v(), chosen)).as("seed %d", seed)
                .isEqualTo(SubsetSumsByHand.smallestAtLeast(c.v(), c.t()));
    }
}
