/*
 * GenerateEigenLayer: eigenlayer-pooled.json and eigenlayer-unique.json, one EigenLayer-like restaking
 * network in two slashing models that differ ONLY in their allocations.
 *
 * Run (JDK 17+, no dependencies):
 *     javac -d /tmp/gen sample-networks/generators/*.java && java -cp /tmp/gen GenerateEigenLayer sample-networks/src/main/resources/dev/sse/samples
 * Both files come from one seeded java.util.SplittableRandom, so re-running reproduces them byte for byte.
 *
 * What it generates
 *   200 operators (validators, ETH stake with 2 decimals), 12 AVSs (kind avs, securedBy "ethereum") and
 *   Ethereum itself (kind l1) as the base chain the AVSs name. Ethereum carries no allocations and
 *   profitFromCorruption 0 here: its own validator set is outside this sample (see ethereum-rollups), so
 *   its 32.08 M staked ETH (domain.md 4.2) is an externalSecurity block: Ethereum costs that stake's 2/3 to
 *   corrupt and never falls for want of validators in the file (issue 19 item 5).
 *   - eigenlayer-pooled: allocations without amount. Each operator's whole stake backs every AVS it has
 *     opted into (the pre-slashing "shared stake" world; DR's restaking graph as is).
 *   - eigenlayer-unique: the same operator/AVS pairs with explicit amounts (ELIP-002 "Slashing via Unique
 *     Stake & Operator Sets"): each unit of stake is slashable by one AVS only; amounts sum to at most
 *     the operator's stake (here: all of it, up to cents).
 *
 * Distributions and why
 *   - Stakes: lognormal (sigma 1.3) scaled to 3,600,000 ETH: heavy-tailed like EigenLayer's operator
 *     stakes (about 4.3 M ETH over ~1,900 operators in Feb 2026, most of it with the largest few hundred;
 *     domain.md section 6, secondary sources). The largest operator holds ~12%, the top 10 ~35%. Cents of
 *     ETH, rounding residue to the largest operator.
 *   - Membership: the 10 largest operators run every AVS; ranks 11-50 run EigenDA and each other AVS with
 *     probability 0.6; the rest run EigenDA with probability 0.7 and each other AVS with probability 0.08
 *     (at least one AVS each). EigenDA ends up with the most operators (179), as on mainnet; the others
 *     have 37-52. This is the shape of the solvers' test networks (200 x 12, ~600-700 allocations).
 *   - attackThreshold alpha: drawn from {1/3, 1/2, 1/2, 1/2, 2/3} (liveness, majority and safety
 *     services; mostly majority), written as the nearest double.
 *   - Profits (USD, whole dollars; ETH at 4,000 USD) are STYLISED, not measured: each AVS gets a weight
 *     (EigenDA 3, the others 1) and pi_s = load_s * alpha_s * (pooled stake of s), with the loads scaled
 *     so that the busiest operator's sum of loads is 1/(1 + 5%): every operator passes the EigenLayer
 *     condition (DR Claim 1) with 5% slack, the textbook "this restaking graph is safe" check.
 *   - Unique amounts: each operator allocates its whole stake, split over its AVSs in proportion to their
 *     loads (profit per unit of threshold stake), rounded down to cents. That is the allocation under
 *     which Claim 1 says each AVS is secure on its own stake.
 *
 * What it shows (checked with sample-networks/tools/analyse.py, an exact HiGHS MILP of the DR model)
 *   - Both variants are secure, and both survive losing the largest operator (scenario top-operator-shock).
 *   - Scenario buggy-avs-slashes-half: the Randomness AVS (37 operators) slashes all of its operators by
 *     50%, ELIP-002's example fraction. Pooled: the slash hits their whole stake, i.e. every AVS they
 *     secure; 28% of all stake is gone and a coalition of 15 operators (20% of the original stake) can
 *     profitably corrupt the other 11 AVSs: about half the stake is lost. Unique: only the Randomness
 *     AVS's allocations shrink (by 2.4% of all stake); at worst the Randomness AVS itself is then
 *     corrupted (by operators holding 1.6% of the stake in it); the other 11 AVSs are untouched.
 *   - Scenario buggy-avs-slashes-everything: the same with 100% (a Byzantine service that slashes
 *     everything allocated to it, as in Bar-Zur & Eyal, arXiv:2503.00170).
 *   - The price of unique stake: each AVS is backed by less stake, so its own margin is thinner (the
 *     tightest, the Randomness AVS, about 23% in unique vs over 70% in pooled).
 *
 * Sources: Durvasula & Roughgarden, "Robust Restaking Networks", arXiv:2407.21785 (Claim 1, Theorems 1-2);
 *   EigenLayer ELIP-002 (eigenfoundation/ELIPs, ELIPs/ELIP-002.md); domain.md sections 1 and 6.
 *
 * Costs, finality and governance (issue 10): each AVS pays its operators an assumed 2% of its profit from
 * corruption per year (rewardsPerYear; real AVS reward programmes vary widely, NOT measured); AVSs inherit
 * Ethereum's 768 s finality and govern themselves (the defaults). Ethereum itself has no operators here, so it
 * gets no security cost. No bridges: AVSs are services, not chains holding value.
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

public class GenerateEigenLayer extends JsonWriter {

    static final long SEED = 2407_21785L;
    static final int OPERATORS = 200;
    static final long TOTAL_ETH = 3_600_000L;
    static final double ETH_USD = 4000;
    static final double STAKE_SIGMA = 1.3;
    static final double CLAIM1_SLACK = 0.05;
    static final int TOP_IN_ALL = 10;
    static final double MID_P = 0.6;
    static final double SMALL_EDA_P = 0.7;
    static final double SMALL_P = 0.08;
    static final double EDA_WEIGHT = 3;

    record Avs(String id, String name) {
    }

    static final List<Avs> AVSS = List.of(
            new Avs("eigenda", "EigenDA"), new Avs("oracle", "Oracle AVS"), new Avs("bridge", "Bridge AVS"),
            new Avs("coprocessor", "ZK coprocessor AVS"), new Avs("fast-finality", "Fast-finality AVS"),
            new Avs("sequencer", "Shared sequencer AVS"), new Avs("keeper", "Keeper AVS"),
            new Avs("price-feed", "Price-feed AVS"), new Avs("interop", "Interop AVS"),
            new Avs("watchtower", "Watchtower AVS"), new Avs("proof-market", "Proof-market AVS"),
            new Avs("randomness", "Randomness AVS"));

    static final String POOLED_DESCRIPTION = "200 operators (3.6 M ETH, heavy-tailed: the largest holds 12%, the top 10 "
            + "hold 35%) restake into 12 AVSs on Ethereum; EigenDA has the most operators (179), the others 37-52. "
            + "Pooled stake: every allocation is the operator's whole stake, so a slash by one AVS hits it everywhere. "
            + "Profits are stylised so that every operator passes the EigenLayer condition (Claim 1) with 5% slack. "
            + "The network is secure and survives losing its largest operator. But when one buggy AVS (Randomness "
            + "AVS) slashes its 37 operators by 50%, 28% of all stake vanishes from every AVS and 15 operators can "
            + "profitably corrupt the other 11 AVSs: about half the stake is lost. Compare with eigenlayer-unique.";
    static final String UNIQUE_DESCRIPTION = "The same 200 operators, 12 AVSs and profits as eigenlayer-pooled, with "
            + "ELIP-002 unique stake: each operator splits its stake into explicit allocations, in proportion to "
            + "each AVS's demand, and a unit of stake is slashable by one AVS only. Each AVS is secure on its own "
            + "share (the thinnest margin, the Randomness AVS, is about 23%, against over 70% pooled: less stake "
            + "stands behind each AVS). When the buggy Randomness AVS slashes its operators by 50%, only its own "
            + "allocations shrink (by 2.4% of all stake); at worst it is corrupted itself, and the other 11 AVSs do "
            + "not notice.";
    static final String SOURCE = "Generated (seed " + SEED + ") by sample-networks/generators/GenerateEigenLayer.java. "
            + "Shape: EigenLayer operators and AVSs, domain.md section 6 (secondary sources, Feb 2026); unique stake: "
            + "EigenLayer ELIP-002; model and Claim 1: Durvasula & Roughgarden, arXiv:2407.21785. Stakes and profits "
            + "are synthetic; ETH at 4,000 USD.";

    public static void main(String[] args) throws IOException {
        Path out = outputDirectory(args, "GenerateEigenLayer");
        SplittableRandom rnd = new SplittableRandom(SEED);
        int m = AVSS.size();
        // operator stakes in cents of ETH, largest first
        double[] x = new double[OPERATORS];
        for (int i = 0; i < OPERATORS; i++) {
            x[i] = Math.exp(STAKE_SIGMA * gaussian(rnd));
        }
        Arrays.sort(x);
        double xs = Arrays.stream(x).sum();
        long[] stake = new long[OPERATORS];
        long total = 0;
        for (int i = 0; i < OPERATORS; i++) {
            stake[i] = Math.round(TOTAL_ETH * 100 * x[OPERATORS - 1 - i] / xs);
            total += stake[i];
        }
        stake[0] += TOTAL_ETH * 100 - total;
        // attack thresholds
        double[] choices = {1.0 / 3.0, 1.0 / 2.0, 1.0 / 2.0, 1.0 / 2.0, 2.0 / 3.0};
        double[] alpha = new double[m];
        for (int s = 0; s < m; s++) {
            alpha[s] = choices[rnd.nextInt(choices.length)];
        }
        // membership
        boolean[][] in = new boolean[OPERATORS][m];
        for (int v = 0; v < OPERATORS; v++) {
            for (int s = 0; s < m; s++) {
                double p;
                if (v < TOP_IN_ALL) {
                    p = 1;
                } else if (v < 50) {
                    p = s == 0 ? 1 : MID_P;
                } else {
                    p = s == 0 ? SMALL_EDA_P : SMALL_P;
                }
                in[v][s] = rnd.nextDouble() < p;
            }
            boolean any = false;
            for (int s = 0; s < m; s++) {
                any |= in[v][s];
            }
            if (!any) {
                in[v][0] = true;
            }
        }
        // loads L_s = pi_s / (alpha_s * C_s) (pooled), scaled so the busiest operator has sum L = 1/(1+slack)
        double[] weight = new double[m];
        for (int s = 0; s < m; s++) {
            weight[s] = s == 0 ? EDA_WEIGHT : 1;
        }
        double maxLoad = 0;
        for (int v = 0; v < OPERATORS; v++) {
            double l = 0;
            for (int s = 0; s < m; s++) {
                if (in[v][s]) {
                    l += weight[s];
                }
            }
            maxLoad = Math.max(maxLoad, l);
        }
        double[] load = new double[m];
        long[] poolCents = new long[m];
        long[] profit = new long[m]; // whole USD
        for (int s = 0; s < m; s++) {
            load[s] = weight[s] / maxLoad / (1 + CLAIM1_SLACK);
            for (int v = 0; v < OPERATORS; v++) {
                if (in[v][s]) {
                    poolCents[s] += stake[v];
                }
            }
            profit[s] = (long) Math.floor(load[s] * alpha[s] * poolCents[s] / 100.0 * ETH_USD);
        }
        // unique stake: every operator allocates its whole stake, split in proportion to the loads
        long[][] amount = new long[OPERATORS][m];
        for (int v = 0; v < OPERATORS; v++) {
            double lv = 0;
            for (int s = 0; s < m; s++) {
                if (in[v][s]) {
                    lv += load[s];
                }
            }
            for (int s = 0; s < m; s++) {
                if (in[v][s]) {
                    amount[v][s] = (long) Math.floor(stake[v] * load[s] / lv);
                }
            }
        }
        save(out, "eigenlayer-pooled", network(false, stake, alpha, in, profit, amount));
        save(out, "eigenlayer-unique", network(true, stake, alpha, in, profit, amount));
    }

    static Map<String, Object> network(boolean unique, long[] stake, double[] alpha, boolean[][] in, long[] profit,
                                       long[][] amount) {
        int m = AVSS.size();
        Map<String, Object> n = network(unique ? "EigenLayer-like restaking, unique stake (ELIP-002)" : "EigenLayer-like restaking, pooled stake",
                unique ? UNIQUE_DESCRIPTION : POOLED_DESCRIPTION,
                SOURCE,
                "assets", List.of(obj("symbol", "ETH", "priceUsd", ETH_USD)));
        List<Object> validators = new ArrayList<>();
        for (int v = 0; v < OPERATORS; v++) {
            String id = String.format("op-%03d", v + 1);
            validators.add(obj("id", id, "name", String.format("Operator %03d", v + 1), "stake", cents(stake[v]),
                    "asset", "ETH"));
        }
        n.put("validators", validators);
        List<Object> chains = new ArrayList<>();
        // Ethereum's own validators are not in the file: their stake is external security (issue 19 item 5)
        chains.add(obj("id", "ethereum", "name", "Ethereum", "kind", "l1", "asset", "ETH", "profitFromCorruption", 0,
                "externalSecurity", obj("stake", 32080000, "asset", "ETH", "source",
                        "domain.md 4.2: 32.08 M ETH staked by ~1,002,400 validators on 28 Mar 2024 (Dune, hildobby)")));
        for (int s = 0; s < m; s++) {
            chains.add(obj("id", AVSS.get(s).id(), "name", AVSS.get(s).name(), "kind", "avs",
                    "profitFromCorruption", profit[s], "attackThreshold", alpha[s], "securedBy", "ethereum",
                    "securityCost", obj("rewardsPerYear", profit[s] / 50)));
        }
        n.put("chains", chains);
        List<Object> allocations = new ArrayList<>();
        for (int v = 0; v < OPERATORS; v++) {
            for (int s = 0; s < m; s++) {
                if (in[v][s]) {
                    allocations.add(obj("validator", String.format("op-%03d", v + 1), "chain", AVSS.get(s).id(),
                            "amount", unique ? cents(amount[v][s]) : null));
                }
            }
        }
        n.put("allocations", allocations);
        n.put("scenarios", obj(
                "buggy-avs-slashes-half", obj("faults", List.of(obj("type", "slash", "chain", "randomness",
                        "validators", membersOf(in, 11), "fraction", 0.5)), "policy", "greedy", "seed", 7),
                "buggy-avs-slashes-everything", obj("faults", List.of(obj("type", "slash", "chain", "randomness",
                        "validators", membersOf(in, 11), "fraction", 1.0)), "policy", "greedy", "seed", 7),
                "top-operator-shock", obj("faults", List.of(obj("type", "shock", "validators", List.of("op-001"))),
                        "policy", "greedy", "seed", 7)));
        return n;
    }

    static List<String> membersOf(boolean[][] in, int s) {
        List<String> ids = new ArrayList<>();
        for (int v = 0; v < OPERATORS; v++) {
            if (in[v][s]) {
                ids.add(String.format("op-%03d", v + 1));
            }
        }
        return ids;
    }

    /** Standard normal (Box-Muller, one value per call). */
    static double gaussian(SplittableRandom rnd) {
        double u1 = 1 - rnd.nextDouble();
        double u2 = rnd.nextDouble();
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }
}
