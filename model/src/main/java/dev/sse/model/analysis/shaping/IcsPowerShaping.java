package dev.sse.model.analysis.shaping;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Cosmos Interchain Security power shaping, ported from the provider module
 * ({@code x/ccv/provider/keeper/power_shaping.go}, interchain-security v5–v7; domain.md §3).
 *
 * <p>Powers are integers, as on the provider: the explorer uses a validator's securing amount in whole
 * asset units, rounded down (Cosmos power = bonded tokens / 10^6 micro-units).
 */
public final class IcsPowerShaping {

    private IcsPowerShaping() {
    }

    /**
     * {@code ComputeMinPowerInTopN}: sort powers descending and accumulate; the power of the first
     * validator at which the cumulative share reaches {@code topN}% is the minimum power. Every validator
     * with power ≥ that minimum is in the Top N, so ties at the boundary are all included.
     *
     * @param powers provider powers (any order), not all zero
     * @param topN   percent in (0, 100]
     * @return the minimum power to be automatically opted in
     */
    public static long minPowerInTopN(long[] powers, int topN) {
        if (topN <= 0 || topN > 100) {
            throw new IllegalArgumentException("topN must be in (0, 100], got " + topN);
        }
        long[] sorted = powers.clone();
        Arrays.sort(sorted);
        BigInteger total = BigInteger.ZERO;
        for (long p : sorted) {
            total = total.add(BigInteger.valueOf(p));
        }
        BigInteger sum = BigInteger.ZERO;
        for (int i = sorted.length - 1; i >= 0; i--) {
            sum = sum.add(BigInteger.valueOf(sorted[i]));
            // sum / total ≥ topN / 100  ⇔  100·sum ≥ topN·total (exact, as LegacyDec's GTE here)
            if (sum.multiply(BigInteger.valueOf(100)).compareTo(total.multiply(BigInteger.valueOf(topN))) >= 0) {
                return sorted[i];
            }
        }
        return 0;
    }

    /**
     * {@code NoMoreThanPercentOfTheSum}: maxPower = ⌊sum·percent/100⌋ (at least 1). Validators are taken in
     * descending power order; powers above maxPower are cut to it and the excess is spread over the
     * validators below it with integer division, each capped at maxPower. When n·maxPower &lt; sum the cap
     * is infeasible and everyone ends at maxPower (equal shares). Docs example: 100,1,1,1 at 30% →
     * 30,24,24,25 in processing order (the docs list it as 30,25,24,24).
     *
     * @param powers  powers, indexed by validator
     * @param percent the cap in percent, 1..100
     * @return the capped powers, same indexing as {@code powers}
     */
    public static long[] capPowers(long[] powers, int percent) {
        long sum = Arrays.stream(powers).sum();
        long maxPower = BigInteger.valueOf(sum).multiply(BigInteger.valueOf(percent))
                .divide(BigInteger.valueOf(100)).longValueExact();
        if (maxPower == 0) {
            maxPower = 1;
        }
        // descending power; equal powers keep their index order (Go's sort.Slice is not stable: we fix one)
        Integer[] order = IntStream.range(0, powers.length).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingLong((Integer i) -> -powers[i]).thenComparingInt(i -> i));
        long remainingPower = 0;
        long remainingValidators = 0;
        for (long p : powers) {
            if (p >= maxPower) {
                remainingPower += p - maxPower;
            } else {
                remainingValidators++;
            }
        }
        long[] out = new long[powers.length];
        long perValidator = remainingValidators == 0 ? 0 : remainingPower / remainingValidators;
        for (int i : order) {
            long p = powers[i];
            if (p >= maxPower) {
                out[i] = maxPower;
            } else if (p + perValidator >= maxPower) {
                out[i] = maxPower;
                remainingPower -= maxPower - p;
                remainingValidators--;
            } else {
                out[i] = p + perValidator;
                remainingPower -= perValidator;
                remainingValidators--;
            }
            if (remainingValidators != 0) {
                perValidator = remainingPower / remainingValidators;
            }
        }
        return out;
    }
}
