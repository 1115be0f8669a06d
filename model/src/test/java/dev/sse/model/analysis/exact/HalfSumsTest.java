package dev.sse.model.analysis.exact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/**
 * Issue 20, fifth session: the cores' meet in the middle walks two ascending lists instead of probing a hash, and must
 * pick the same pair the hash did (covers are pinned by the goldens): the least first-half mask with a partner, then
 * the least second-half mask at that partner's sum.
 */
class HalfSumsTest {

    @Property(tries = 300)
    void halfSumsComeSortedAndComplete(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE / 2) long seed) {
        long[] v = items(new Random(seed), 12);
        long[] bySort = HalfSums.sums(v, 0, v.length);
        Arrays.sort(bySort);
        assertThat(HalfSums.sorted(v, 0, v.length)).as("seed %d", seed).containsExactly(bySort);
    }

    /** Small weights make many pairs meet at r; the answer is the first by masks, as the hash lookups gave it. */
    @Property(tries = 400)
    void theFirstPairIsTheOneMaskOrderFinds(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE / 2) long seed) {
        Random r = new Random(seed);
        long[] cv = items(r, 14);
        long[] all = HalfSums.sums(cv, 0, cv.length);
        long target = r.nextInt(4) == 0 ? r.nextLong(all[all.length - 1] + 2) : all[r.nextInt(all.length)];
        int h1 = cv.length / 2;
        long[] a = HalfSums.sums(cv, 0, h1);
        long[] b = HalfSums.sums(cv, h1, cv.length - h1);
        int[] expected = null;
        for (int m1 = 0; m1 < a.length && expected == null; m1++) {
            for (int m2 = 0; m2 < b.length && expected == null; m2++) {
                expected = a[m1] + b[m2] == target ? new int[] {m1, m2} : null;
            }
        }
        assertThat(HalfSums.of(cv).first(target)).as("seed %d", seed).isEqualTo(expected);
    }

    private static long[] items(Random r, int max) {
        long[] v = new long[r.nextInt(max + 1)];
        boolean small = r.nextBoolean();
        for (int i = 0; i < v.length; i++) {
            v[i] = small ? 1 + r.nextInt(9) : 1 + (long) (r.nextDouble() * 1e12);
        }
        return v;
    }
}
