/*
 * GenerateStress: stress.json, a large synthetic restaking network for performance work
 * (layout, rendering at ~2k nodes / 20k edges, solvers, cascade playback).
 *
 * Run (JDK 17+, no dependencies):
 *     javac -d /tmp/gen sample-networks/generators/*.java && java -cp /tmp/gen GenerateStress sample-networks/src/main/resources/dev/sse/samples
 * Re-running reproduces the committed file byte for byte (seeded java.util.SplittableRandom).
 *
 * What it generates: 2,000 validators and 50 generic DR services (kind "service"), one value unit (no
 *   assets), pooled allocations (no amounts), about 20,000 of them.
 * Distributions and why:
 *   - Stakes: lognormal (sigma 1.2), scaled to 10,000,000 units, 2 decimals: heavy-tailed like real
 *     operator sets, so the graph has a few large nodes and many small ones.
 *   - Each validator joins a uniform 5..15 distinct services (mean 10), chosen with Zipf-like popularity
 *     (weight 1/(rank + 5)), so a few services are very large and the tail is small: one connected
 *     component with hubs, the hard case for layout and for exact solvers.
 *   - attackThreshold: uniform from {1/3, 1/2, 2/3}.
 *   - Profits (whole units): pi_s = load * alpha_s * (stake of s) with one common load, scaled so that the
 *     busiest validator's sum of loads is 1/(1 + 10%): every validator passes the EigenLayer condition
 *     (Durvasula & Roughgarden Claim 1) with 10% slack, so the network is secure and the solvers' answer
 *     is known to be "no profitable attack".
 *   - Scenarios: a shock of the 20 largest validators (12% of the stake; checked with tools/analyse.py: the
 *     network stays secure) and of the 200 largest (46%; a profitable attack on all 50 services follows), to
 *     exercise cascade playback at this size.
 *
 * Costs and finality (issue 10), synthetic like everything here: every service pays 5% of its profit from
 * corruption per year to its validators (rewardsPerYear) and finalises in 12 s (a generic service has no
 * default finality).
 */

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;

public class GenerateStress extends JsonWriter {

    static final long SEED = 2_000_050L;
    static final int VALIDATORS = 2000;
    static final int SERVICES = 50;
    static final long TOTAL = 10_000_000L;

    public static void main(String[] args) throws IOException {
        Path out = outputDirectory(args, "GenerateStress");
        SplittableRandom rnd = new SplittableRandom(SEED);
        double[] x = new double[VALIDATORS];
        for (int i = 0; i < VALIDATORS; i++) {
            double u1 = 1 - rnd.nextDouble();
            double u2 = rnd.nextDouble();
            x[i] = Math.exp(1.2 * Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2));
        }
        Arrays.sort(x);
        double xs = Arrays.stream(x).sum();
        long[] stake = new long[VALIDATORS]; // hundredths
        long sum = 0;
        for (int i = 0; i < VALIDATORS; i++) {
            stake[i] = Math.max(1, Math.round(TOTAL * 100 * x[VALIDATORS - 1 - i] / xs));
            sum += stake[i];
        }
        stake[0] += TOTAL * 100 - sum;

        double[] thirds = {1.0 / 3.0, 1.0 / 2.0, 2.0 / 3.0};
        double[] alpha = new double[SERVICES];
        double[] popularity = new double[SERVICES];
        double popSum = 0;
        for (int s = 0; s < SERVICES; s++) {
            alpha[s] = thirds[rnd.nextInt(3)];
            popularity[s] = 1.0 / (s + 1 + 5);
            popSum += popularity[s];
        }
        List<TreeSet<Integer>> joins = new ArrayList<>();
        long[] serviceStake = new long[SERVICES];
        int maxDegree = 0;
        for (int v = 0; v < VALIDATORS; v++) {
            int k = 5 + rnd.nextInt(11);
            TreeSet<Integer> set = new TreeSet<>();
            while (set.size() < k) {
                double r = rnd.nextDouble() * popSum;
                int s = 0;
                while (s < SERVICES - 1 && r >= popularity[s]) {
                    r -= popularity[s];
                    s++;
                }
                set.add(s);
            }
            joins.add(set);
            for (int s : set) {
                serviceStake[s] += stake[v];
            }
        }
        // one common load L: validator v's Claim-1 sum is L * |N(v)|; busiest has 15 services
        for (TreeSet<Integer> set : joins) {
            maxDegree = Math.max(maxDegree, set.size());
        }
        double load = 1.0 / maxDegree / 1.1;

        Map<String, Object> n = network("Stress: 2,000 validators x 50 services",
                "A synthetic restaking network for performance work: 2,000 validators with heavy-tailed "
                        + "stakes, each restaking into 5-15 of 50 generic services with Zipf-like popularity (about "
                        + "20,000 pooled allocations, one connected component with hubs). Every validator passes the "
                        + "EigenLayer condition with 10% slack, so the network is secure. Use it to test layout, "
                        + "rendering, solvers and cascade playback at scale.",
                "Synthetic, generated (seed " + SEED + ") by sample-networks/generators/GenerateStress.java.");
        List<Object> validators = new ArrayList<>();
        for (int v = 0; v < VALIDATORS; v++) {
            validators.add(obj("id", String.format("v%04d", v + 1), "stake", cents(stake[v])));
        }
        n.put("validators", validators);
        List<Object> chains = new ArrayList<>();
        for (int s = 0; s < SERVICES; s++) {
            long profit = (long) Math.floor(load * alpha[s] * serviceStake[s] / 100.0);
            chains.add(obj("id", String.format("s%02d", s + 1), "kind", "service", "profitFromCorruption", profit,
                    "attackThreshold", alpha[s], "finalitySeconds", 12, "securityCost", obj("rewardsPerYear", profit / 20)));
        }
        n.put("chains", chains);
        List<Object> allocations = new ArrayList<>();
        for (int v = 0; v < VALIDATORS; v++) {
            for (int s : joins.get(v)) {
                allocations.add(obj("validator", String.format("v%04d", v + 1), "chain", String.format("s%02d", s + 1)));
            }
        }
        n.put("allocations", allocations);
        n.put("scenarios", obj(
                "shock-top-20", obj("faults", List.of(obj("type", "shock", "validators", largest(20))),
                        "policy", "greedy", "seed", 7),
                "shock-top-200", obj("faults", List.of(obj("type", "shock", "validators", largest(200))),
                        "policy", "greedy", "seed", 7)));
        save(out, "stress", n);
    }

    /** Ids of the k largest validators (ids are in descending stake order). */
    static List<String> largest(int k) {
        List<String> ids = new ArrayList<>();
        for (int v = 0; v < k; v++) {
            ids.add(String.format("v%04d", v + 1));
        }
        return ids;
    }
}
