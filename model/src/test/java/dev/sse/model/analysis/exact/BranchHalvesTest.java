package dev.sse.model.analysis.exact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/**
 * Issue 20: covers of 45–64 members that no core hits exactly are proven by {@link BranchHalves}. The two real-size
 * covers below were "best found, not proven minimal" before it ({@link CoverSolver}'s bounded search: T + 416 and
 * T + 889,178 against the bound T).
 */
class BranchHalvesTest {

    /** avs005 of {@code RestakingNetworks pooled 350 25 1 7} (cents): 59 members, no subset sums to T exactly. */
    private static final long[] AVS005 = {
        27834837394L, 117846368L, 99357545L, 123858180L, 110355099L, 1137782895L, 525059084L, 673000576L, 566576679L,
        176367396L, 221945883L, 18606818L, 33757811L, 658780423L, 95736352L, 207384274L, 327638808L, 30361243L,
        746022185L, 1354141921L, 130955159L, 166990821L, 228635236L, 240680238L, 23809053L, 707431107L, 20426420L,
        436044597L, 3355634744L, 2042651054L, 66027821L, 81495531L, 110061308L, 118889591L, 753214720L, 610267868L,
        14218284L, 510737707L, 119940459L, 66036100L, 156961511L, 956805738L, 105897738L, 4721415339L, 903920452L,
        1079504370L, 278572033L, 179127920L, 127738336L, 200489025L, 983597180L, 306716443L, 66650050L, 332983502L,
        360917292L, 334755635L, 133671994L, 29119602605L, 397463817L};
    private static final long AVS005_T = 57073570488L;

    /** avs008 of {@code RestakingNetworks pooled 350 25 1 7 FILE 18} (instance units): 46 members. */
    static final long[] AVS008_18 = {
        82517473607L, 966037467962L, 45891832924L, 203495765773L, 1582590652704L, 32530495384L, 326089141808L,
        753575859080L, 2411666455854L, 64377827748L, 379730973762L, 481683968810L, 61289079041L, 353476889464L,
        889517487524L, 7070535855452L, 530002144540L, 1307575009232L, 8720983957L, 1051174159654L, 170112872221L,
        114325544071L, 162892032958L, 261500741165L, 902016824465L, 462743945851L, 125365666589L, 1890210589354L,
        25958748182L, 498793526981L, 543518405263L, 34749241526L, 868449226120L, 375080180328L, 79289593347L,
        343467621643L, 5543261871892L, 205672064295L, 70277230078L, 119728916773L, 1046550770222L, 284764801206L,
        13711321106650L, 338106739742L, 1756854859973L, 864815784147L};
    static final long AVS008_18_T = 32934872286215L;

    @Test
    void theFiftyNineMemberCoverIsProvenTwentyCentsAboveItsThreshold() {
        CoverSolver.Cover c = CoverSolver.solve(AVS005, AVS005, AVS005_T, CoverSolver.DEFAULT_NODES);
        assertThat(c.exact()).isTrue();
        assertThat(c.cost()).isEqualTo(AVS005_T + 20).isEqualTo(sum(AVS005, c.items()));
    }

    @Test
    void theFortySixMemberCoverWithEighteenDecimalsHitsItsThreshold() {
        CoverSolver.Cover c = CoverSolver.solve(AVS008_18, AVS008_18, AVS008_18_T, CoverSolver.DEFAULT_NODES);
        assertThat(c.exact()).isTrue();
        assertThat(c.cost()).isEqualTo(AVS008_18_T).isEqualTo(sum(AVS008_18, c.items()));
    }

    @Test
    void moreThanSixtyFourItemsAreLeftToTheCaller() {
        long[] v = new long[65];
        java.util.Arrays.fill(v, 3);
        assertThat(BranchHalves.smallestAtLeast(v, 100)).isNull();
    }

    /** Small leaves, so that instances of up to 18 items branch several levels deep before meeting in the middle. */
    @Property(tries = 500)
    void smallestSumAtLeastMatchesExhaustiveSearch(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE / 2) long seed) {
        Random r = new Random(seed);
        SubsetSumsByHand.Case c = SubsetSumsByHand.random(r, 18, q -> switch (q.nextInt(3)) {
            case 0 -> q.nextInt(50);
            case 1 -> (long) (q.nextDouble() * 1e12);
            default -> (long) Math.exp(15 + 1.6 * q.nextGaussian());
        });
        boolean[] chosen = BranchHalves.smallestAtLeast(c.v(), c.t(), 1 + r.nextInt(6));
        assertThat(SubsetSumsByHand.sum(c.v(), chosen)).as("seed %d", seed)
                .isEqualTo(SubsetSumsByHand.smallestAtLeast(c.v(), c.t()));
    }

    private static long sum(long[] v, int[] items) {
        long s = 0;
        for (int i : items) {
            s += v[i];
        }
        return s;
    }
}
