/*
 * GenerateCosmos: cosmos-hub-ics.json (the Cosmos Hub as an Interchain Security provider with four
 * consumer chains) and isolated-zones.json (the same four chains as sovereign, isolated chains).
 *
 * Run (JDK 17+, no dependencies):
 *     javac -d /tmp/gen sample-networks/generators/*.java && java -cp /tmp/gen GenerateCosmos sample-networks/src/main/resources/dev/sse/samples
 * Re-running reproduces the committed files byte for byte (seeded java.util.SplittableRandom).
 *
 * Cosmos Hub validator set (cosmos-hub-ics)
 *   The voting power of cosmoshub-4 on 21 Oct 2022: 175 bonded validators, 206,645,447 ATOM bonded
 *   (domain.md section 6, from the public on-chain snapshot). The top 20 powers are copied exactly; their
 *   names are replaced by anonymised labels V1..V20 as domain.md suggests. The other 155 validators are a
 *   smooth geometric tail that starts at 2,350,000 ATOM (just under V20's 2,427,800) and whose ratio is
 *   solved so that the total is exactly 206,645,447 ATOM. The tail is not measured; it only keeps the
 *   snapshot's total and its Nakamoto coefficients (7 validators for > 1/3, 12 for > 1/2, 24 for > 2/3).
 *   Each validator is its own organisation ("org-<rank>"); isolated-zones reuses these organisation ids
 *   so that the same operator can be followed across both files.
 *   ATOM price: 13 USD, about the market price at the time of the snapshot (illustrative).
 *
 * Consumer chains (ICS, domain.md section 3). None has allocations: each is secured by the Hub's
 *   validators shaped by its "security" object.
 *   - Neutron and Stride ran under replicated security: every Hub validator validates them (topN 100).
 *   - Zone C (illustrative) is a partial-set-security Top-N 95 chain.
 *   - Zone D (illustrative) is an opt-in chain (topN 0) with 12 opted-in validators drawn with the seed
 *     from ranks 8..120 and a 10% validators-power cap.
 *   Slashing follows ADR-020's defaults: double-sign 5% (the Hub's value) with tombstoning, downtime jail
 *   only (0 slash, 600 s). The Hub itself: double-sign 5%, downtime 0.01%, unbonding 21 days.
 *
 * Profit from corruption (USD), order-of-magnitude guesses, NOT measurements: Neutron 100 M and Stride
 *   150 M (DeFi TVL / liquid-staked assets at their 2024 scale), the Hub 300 M (community pool, IBC escrow
 *   and exchange double-spend exposure), Zone C 30 M, Zone D 10 M. attackThreshold is the default 2/3
 *   (safety takeover) everywhere.
 *
 * Isolated zones (isolated-zones)
 *   The same four chains as kind "isolated", each with its own validator set and its own token as stake.
 *   Assumptions (plausible, NOT measured): Neutron 60 validators, 150 M NTRN staked at 0.40 USD; Stride
 *   45 validators, 30 M STRD at 1.00 USD; Zone C 100 validators, 200 M ZONEC at 1.00 USD; Zone D 40
 *   validators, 40 M ZONED at 0.50 USD. Stake within a zone follows a Cosmos-like power law,
 *   stake ~ (rank + 3)^-1.1, times a seeded +-15% jitter, re-sorted and scaled to the zone's total
 *   (whole tokens). Operators are organisations drawn with the seed from the Hub's org-1..org-120, so big
 *   Cosmos operators run validators on several zones. With the same profits as in cosmos-hub-ics, the
 *   sovereign Neutron and Stride are cheaper to take over than what they protect, while Zone C and Zone D
 *   are secure: that is the case for renting security from the Hub.
 *
 * Costs, finality, governance and bridges (issue 10)
 *   - Hub security cost: inflation paid to stakers. The x/mint module keeps ATOM inflation between 7% and 20%
 *     with a 67% bonded goal (cosmos/governance params-change/Mint.md) [S]; in October 2022 about 71% of the
 *     ~290 M ATOM supply was bonded and inflation was about 14% (approximate, as shown by public explorers
 *     at the time; NOT measured here): 0.14 x 290 M ATOM x 13 USD = 528 M USD per year. Fees: an assumed
 *     1 M USD per year. Finality: CometBFT default (6 s).
 *   - Consumer security cost: the ICS default share, 25% of the consumer's block rewards and fees, goes to
 *     the Hub (ConsumerRedistributionFraction 0.75, domain.md section 3) [P]. The consumers' rewards per year
 *     (Neutron 8 M, Stride 6 M, Zone C 2 M, Zone D 0.8 M USD) are illustrative assumptions.
 *   - Isolated zones pay their own stakers: an assumed 7% of their staked value per year (the x/mint floor)
 *     plus fees of 1% of that; NOT measured.
 *   - Governance: every chain governs itself (the default, not written).
 *   - Bridges (values illustrative, NOT measured): in cosmos-hub-ics, IBC channels Hub-Neutron, Hub-Stride
 *     and Neutron-Stride are trusted through the one validator set (same provider); Hub-Zone D uses light
 *     clients, so it is only as strong as the opt-in chain's own 12-validator set. In isolated-zones, IBC
 *     light-client channels Neutron-Stride, Stride-Zone C and Zone C-Zone D, and a third-party 5-of-9
 *     multisig bridge between Zone C and Zone D signed by the five largest Zone D and the four largest Zone C
 *     validators, in the style of the Ronin bridge (5 of 9 validator keys; 173,600 ETH and 25.5 M USDC,
 *     about 625 M USD, stolen in March 2022 with five keys) [S: news coverage, e.g. livemint.com 2022-03-30].
 *     Scenario multisig-bridge-exploit breaks it: its five cheapest signers (Zone D's largest) lose their
 *     stake and Zone D, secure before, can then be taken.
 */

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;

public class GenerateCosmos extends JsonWriter {

    static final String SNAPSHOT = "Cosmos Hub (cosmoshub-4) voting power, 21 Oct 2022: 175 validators, 206,645,447 ATOM "
            + "bonded; top 20 as tabulated in domain.md section 6 (anonymised V1..V20)";
    static final String ICS = "Cosmos Interchain Security docs and ADRs 009/015/017/019/020 (cosmos/interchain-security, "
            + "domain.md section 3)";

    static final long TOTAL_ATOM = 206_645_447L;
    static final long[] TOP20 = {14_383_888, 11_509_551, 11_237_471, 10_556_530, 10_228_285, 7_990_689, 6_675_244,
            6_598_388, 6_476_090, 6_323_893, 6_185_789, 6_077_411, 4_054_925, 3_859_988, 3_766_932, 3_612_616,
            3_301_547, 2_822_057, 2_591_594, 2_427_800};
    static final int HUB_VALIDATORS = 175;
    static final long TAIL_START = 2_350_000;
    static final double ATOM_USD = 13;
    static final double M = 1e6;

    /** One consumer chain, with the numbers it gets as an isolated chain. */
    record Zone(String id, String name, String token, double priceUsd, double profitUsd,
                Map<String, Object> icsSecurity, int ownValidators, long ownStakeTokens, double icsRewardsUsd) {
    }

    /** Hub inflation paid to stakers: about 14% of ~290 M ATOM at 13 USD (see the header). */
    static final long HUB_INFLATION_USD = 40_600_000L * 13;
    static final double MULTISIG_VALUE_USD = 2e6;

    public static void main(String[] args) throws IOException {
        Path out = outputDirectory(args, "GenerateCosmos");
        SplittableRandom rnd = new SplittableRandom(20221021L);
        long[] hub = hubPowers();
        List<String> optIn = new ArrayList<>();
        for (int rank : pick(rnd, 8, 120, 12)) {
            optIn.add("v" + rank);
        }
        List<Zone> zones = List.of(
                new Zone("neutron", "Neutron", "NTRN", 0.40, 100 * M, obj("topN", 100), 60, 150_000_000L, 8 * M),
                new Zone("stride", "Stride", "STRD", 1.00, 150 * M, obj("topN", 100), 45, 30_000_000L, 6 * M),
                new Zone("zone-c", "Zone C (Top-N 95, illustrative)", "ZONEC", 1.00, 30 * M, obj("topN", 95), 100,
                        200_000_000L, 2 * M),
                new Zone("zone-d", "Zone D (opt-in, illustrative)", "ZONED", 0.50, 10 * M,
                        obj("topN", 0, "optIn", optIn, "powerCap", 10), 40, 40_000_000L, 0.8 * M));
        save(out, "cosmos-hub-ics", hubNetwork(hub, zones));
        save(out, "isolated-zones", isolatedNetwork(rnd, zones));
    }

    /** The 175 Hub powers: the exact top 20, then a geometric tail summing to the snapshot's total. */
    static long[] hubPowers() {
        long top = Arrays.stream(TOP20).sum();
        int tailCount = HUB_VALIDATORS - TOP20.length;
        double target = TOTAL_ATOM - top;
        double lo = 0.5, hi = 1.0;
        for (int i = 0; i < 200; i++) { // bisection on the ratio r: sum of TAIL_START * r^k, k < tailCount
            double r = (lo + hi) / 2;
            double sum = TAIL_START * (1 - Math.pow(r, tailCount)) / (1 - r);
            if (sum < target) {
                lo = r;
            } else {
                hi = r;
            }
        }
        double r = (lo + hi) / 2;
        long[] p = new long[HUB_VALIDATORS];
        System.arraycopy(TOP20, 0, p, 0, TOP20.length);
        long sum = top;
        for (int k = 0; k < tailCount; k++) {
            p[TOP20.length + k] = Math.round(TAIL_START * Math.pow(r, k));
            sum += p[TOP20.length + k];
        }
        p[TOP20.length] += TOTAL_ATOM - sum; // rounding residue (a few ATOM) to V21
        return p;
    }

    /**
     * What Cosmos slashing does beyond the fractions in each chain's {@code slashing} block, which are all the engine
     * reads (issue 21: keys it does not read would only draw warnings): the engine always tombstones a double-signer
     * and removes a jailed validator for the rest of the scenario, and has no clock for jail time or unbonding.
     */
    static final String SLASHING_FACTS = "Slashing (ICS ADR-020 defaults): 5% for a double-sign, which also tombstones "
            + "the validator; 0.01% for downtime on the Hub (0 on a consumer), which jails it for 600 s; unbonding takes "
            + "21 days. The simulation has no clock: a jailed validator stays out for the rest of the scenario.";

    static Map<String, Object> hubSlashing() {
        return obj("doubleSignFraction", 0.05, "downtimeFraction", 0.0001);
    }

    static Map<String, Object> hubNetwork(long[] hub, List<Zone> zones) {
        double profits = 300 * M + zones.stream().mapToDouble(Zone::profitUsd).sum();
        double stakeUsd = TOTAL_ATOM * ATOM_USD;
        Map<String, Object> n = network("Cosmos Hub with Interchain Security consumers",
                "The Cosmos Hub as an ICS provider: 175 validators with the voting power of October "
                        + "2022 (top 20 exact, anonymised V1..V20; 7 validators hold > 1/3, 24 hold > 2/3), "
                        + "206.6 M ATOM at 13 USD. Four consumer chains own no stake and borrow the Hub's: Neutron "
                        + "and Stride under replicated security (Top-N 100), Zone C under Top-N 95, and Zone D, an "
                        + "opt-in chain run by 12 validators with a 10% power cap. Profits total "
                        + Math.round(profits / M) + " M USD against " + String.format("%.2f", stakeUsd / 1e9)
                        + " B USD of stake. Compare with isolated-zones, the same chains on their own. Costs: the Hub "
                        + "pays its stakers about 528 M USD a year in inflation; each consumer pays the Hub 25% of its "
                        + "rewards (0.2 to 2 M USD a year) and gets the Hub's 1.8 B USD cost of corruption. IBC channels "
                        + "between the Hub and its replicated consumers rest on the one validator set; the channel to "
                        + "opt-in Zone D is only as strong as Zone D's 12 validators. " + SLASHING_FACTS,
                SNAPSHOT + "; geometric tail for ranks 21-175 (not measured). " + ICS
                        + ". ATOM price and profits: illustrative, see sample-networks/generators/GenerateCosmos.java.");
        List<Object> assets = new ArrayList<>();
        assets.add(obj("symbol", "ATOM", "priceUsd", ATOM_USD));
        for (Zone z : zones) {
            assets.add(obj("symbol", z.token(), "priceUsd", z.priceUsd()));
        }
        n.put("assets", assets);
        List<Object> validators = new ArrayList<>();
        List<Object> allocations = new ArrayList<>();
        for (int i = 0; i < hub.length; i++) {
            validators.add(obj("id", "v" + (i + 1), "name", "V" + (i + 1), "stake", hub[i], "asset", "ATOM",
                    "operator", "org-" + (i + 1)));
            allocations.add(obj("validator", "v" + (i + 1), "chain", "hub"));
        }
        n.put("validators", validators);
        List<Object> chains = new ArrayList<>();
        chains.add(obj("id", "hub", "name", "Cosmos Hub", "kind", "provider", "asset", "ATOM",
                "profitFromCorruption", 300 * M, "slashing", hubSlashing(),
                "securityCost", obj("inflationPerYear", HUB_INFLATION_USD, "feesPerYear", 1 * M)));
        Map<String, Object> consumerSlashing = obj("doubleSignFraction", 0.05, "downtimeFraction", 0);
        for (Zone z : zones) {
            chains.add(obj("id", z.id(), "name", z.name(), "kind", "consumer", "asset", z.token(),
                    "profitFromCorruption", z.profitUsd(), "securedBy", "hub", "security", z.icsSecurity(),
                    "slashing", consumerSlashing, "securityCost", obj("rewardsPerYear", z.icsRewardsUsd())));
        }
        n.put("chains", chains);
        n.put("allocations", allocations);
        n.put("bridges", List.of(
                ibc("hub", "neutron", 40 * M, "same-provider"), ibc("hub", "stride", 60 * M, "same-provider"),
                ibc("neutron", "stride", 20 * M, "same-provider"), ibc("hub", "zone-d", 3 * M, "light-client")));
        n.put("scenarios", obj(
                "neutron-double-sign", obj("faults", List.of(obj("type", "double-sign", "chain", "neutron",
                        "validators", List.of("v4"))), "policy", "greedy", "seed", 7),
                "stride-downtime", obj("faults", List.of(obj("type", "downtime", "chain", "stride",
                        "validators", List.of("v150", "v151", "v152", "v153", "v154", "v155"))), "policy", "greedy",
                        "seed", 7),
                "hub-failure", obj("faults", List.of(obj("type", "provider-failure", "chain", "hub")),
                        "policy", "greedy", "seed", 7)));
        return n;
    }

    static Map<String, Object> isolatedNetwork(SplittableRandom rnd, List<Zone> zones) {
        Map<String, Object> n = network("Isolated zones: the ICS consumers on their own",
                "The four consumer chains of cosmos-hub-ics as sovereign chains, each secured only by "
                        + "its own validators staking its own token (assumed sizes: Neutron 60 validators and "
                        + "60 M USD of stake, Stride 45 and 30 M, Zone C 100 and 200 M, Zone D 40 and 20 M). Same "
                        + "profits as in cosmos-hub-ics. Sovereign Neutron and Stride protect more than it costs to "
                        + "take 2/3 of their stake; Zone C and Zone D are secure, Zone D only until its token falls by about 27%. Organisations (org-N = the Hub's "
                        + "V N) run validators on several zones, so one key compromise reaches several chains. Each zone pays its "
                        + "stakers about 7% of its stake a year. IBC light-client channels link the zones, and a "
                        + "Ronin-style 5-of-9 multisig bridge between Zone C and Zone D is signed by Zone D's five "
                        + "largest validators: exploit it (scenario multisig-bridge-exploit) and Zone D falls. "
                        + SLASHING_FACTS,
                "Chains and profits as in cosmos-hub-ics; validator counts, staked supply and token prices "
                        + "are assumptions (plausible for Cosmos zones, not measured); cost of attack of isolated "
                        + "chains as in domain.md section 5. See sample-networks/generators/GenerateCosmos.java.");
        List<Object> assets = new ArrayList<>();
        for (Zone z : zones) {
            assets.add(obj("symbol", z.token(), "priceUsd", z.priceUsd()));
        }
        n.put("assets", assets);
        List<Object> validators = new ArrayList<>();
        List<Object> chains = new ArrayList<>();
        List<Object> allocations = new ArrayList<>();
        Map<String, Double> orgValue = new TreeMap<>();
        Map<String, Integer> orgZones = new TreeMap<>();
        for (Zone z : zones) {
            long[] stakes = powerLaw(rnd, z.ownValidators(), z.ownStakeTokens());
            List<Integer> orgs = new ArrayList<>(pick(rnd, 1, 120, z.ownValidators()));
            shuffle(rnd, orgs);
            for (int i = 0; i < stakes.length; i++) {
                String id = z.id() + "-v" + (i + 1);
                String org = "org-" + orgs.get(i);
                validators.add(obj("id", id, "name", z.name().split(" \\(")[0] + " V" + (i + 1),
                        "stake", stakes[i], "asset", z.token(), "operator", org));
                allocations.add(obj("validator", id, "chain", z.id()));
                orgValue.merge(org, stakes[i] * z.priceUsd(), Double::sum);
                orgZones.merge(org, 1, Integer::sum);
            }
            double staked = z.ownStakeTokens() * z.priceUsd();
            chains.add(obj("id", z.id(), "name", z.name(), "kind", "isolated", "asset", z.token(),
                    "profitFromCorruption", z.profitUsd(), "slashing", hubSlashing(),
                    "securityCost", obj("inflationPerYear", Math.round(0.07 * staked),
                            "feesPerYear", Math.round(0.0007 * staked))));
        }
        String everywhere = orgZones.entrySet().stream().filter(e -> e.getValue() == zones.size())
                .map(Map.Entry::getKey).max((a, b) -> Double.compare(orgValue.get(a), orgValue.get(b)))
                .orElseThrow(() -> new IllegalStateException("no organisation runs on every zone; change the seed"));
        n.put("validators", validators);
        n.put("chains", chains);
        n.put("allocations", allocations);
        List<String> signers = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            signers.add("zone-d-v" + i);
        }
        for (int i = 1; i <= 4; i++) {
            signers.add("zone-c-v" + i);
        }
        n.put("bridges", List.of(
                ibc("neutron", "stride", 20 * M, "light-client"), ibc("stride", "zone-c", 15 * M, "light-client"),
                ibc("zone-c", "zone-d", 5 * M, "light-client"),
                obj("id", "multisig-c-d", "name", "Zone C <-> Zone D multisig bridge (5 of 9, Ronin-style)",
                        "kind", "third-party", "chains", List.of("zone-c", "zone-d"), "value", MULTISIG_VALUE_USD,
                        "trust", obj("model", "multisig", "k", 5, "n", 9, "signers", signers))));
        n.put("scenarios", obj(
                "operator-key-compromise", obj("faults", List.of(obj("type", "key-compromise", "operator", everywhere)),
                        "policy", "greedy", "seed", 7),
                "zoned-price-shock", obj("faults", List.of(obj("type", "price-shock", "asset", "ZONED", "drop", 0.3)),
                        "policy", "greedy", "seed", 7),
                "stride-double-sign", obj("faults", List.of(obj("type", "double-sign", "chain", "stride",
                        "validators", List.of("stride-v2"))), "policy", "greedy", "seed", 7),
                "multisig-bridge-exploit", obj("faults", List.of(obj("type", "bridge-exploit", "bridge", "multisig-c-d")),
                        "policy", "greedy", "seed", 7)));
        return n;
    }

    /** An IBC channel between two chains. */
    static Map<String, Object> ibc(String a, String b, double valueUsd, String trust) {
        return obj("id", "ibc-" + a + "-" + b, "name", "IBC " + a + " <-> " + b, "kind", "ibc",
                "chains", List.of(a, b), "value", valueUsd, "trust", obj("model", trust));
    }

    /** count whole-token stakes, largest first, ~ (rank + 3)^-1.1 with +-15% jitter, summing to total. */
    static long[] powerLaw(SplittableRandom rnd, int count, long total) {
        double[] w = new double[count];
        for (int k = 0; k < count; k++) {
            w[k] = Math.pow(k + 1 + 3, -1.1) * (0.85 + 0.3 * rnd.nextDouble());
        }
        Arrays.sort(w);
        double sum = Arrays.stream(w).sum();
        long[] s = new long[count];
        long acc = 0;
        for (int k = 0; k < count; k++) {
            s[k] = Math.round(total * w[count - 1 - k] / sum);
            acc += s[k];
        }
        s[0] += total - acc;
        return s;
    }

    /** count distinct integers from lo..hi (inclusive), ascending. */
    static TreeSet<Integer> pick(SplittableRandom rnd, int lo, int hi, int count) {
        TreeSet<Integer> set = new TreeSet<>();
        while (set.size() < count) {
            set.add(lo + rnd.nextInt(hi - lo + 1));
        }
        return set;
    }

    static void shuffle(SplittableRandom rnd, List<Integer> list) {
        for (int i = list.size() - 1; i > 0; i--) {
            Collections.swap(list, i, rnd.nextInt(i + 1));
        }
    }
}
