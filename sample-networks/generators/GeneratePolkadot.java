/*
 * GeneratePolkadot: the relay-chain samples polkadot.json and kusama.json.
 *
 * Run (JDK 17+, no dependencies):
 *     javac -d /tmp/gen sample-networks/generators/*.java && java -cp /tmp/gen GeneratePolkadot sample-networks/src/main/resources/dev/sse/samples
 * Re-running reproduces the committed files byte for byte (seeded java.util.SplittableRandom).
 *
 * What it generates
 *   One relay chain ("relay", kind relay) whose active validators each allocate their whole backing to it
 *   (pooled allocations without amount), and parachains (kind parachain, securedBy relay) with NO
 *   allocations of their own: a parachain is secured by the relay's validator set as shaped by its
 *   "security" object (backing group size, minimum backing votes, needed approval checkers).
 *
 * Stake distribution and why
 *   NPoS elects validators with sequential Phragmen plus balancing, which spreads nominations so that
 *   backings are nearly equal (domain.md 2.1). Measured shape (Polkadot session 5391, 297 validators,
 *   jonasw3f session analysis): minimum backing 1,849,120 DOT, mean 2,122,975 DOT, i.e. min = 87% of the
 *   mean. We draw each validator's excess over the minimum from a Gamma(2) distribution (unimodal, a short
 *   right tail for over-subscribed validators), then shift and scale the draws so that the smallest
 *   backing is exactly the minimum and the mean is exactly the target; stakes are whole tokens, sorted
 *   largest first (v0001 is the most backed). Validator count: "approximately 600 on Polkadot and 1,000
 *   on Kusama" (W3F ELVES post, 2025). A few operators run several validators (multi-node operators are
 *   common on both networks); which validators they run is drawn with the seed.
 *
 * Kusama stake is NOT measured: we assume mean 5,500 KSM per validator (5.5 M KSM, about a third of the
 *   ~16 M KSM issuance) and the same min/mean ratio as Polkadot. Prices are illustrative round figures
 *   (DOT 4.2 USD, KSM 20 USD); edit them in the app.
 *
 * Profit from corruption (USD), order-of-magnitude guesses, rounded to one significant figure, NOT
 *   measurements: for a parachain, what an attacker who could finalise an invalid block could take: its
 *   DeFi TVL (DefiLlama-style 2024-2025 orders of magnitude), assets held (Asset Hub stablecoins) or
 *   bridged (Bridge Hub / Snowbridge); system chains with nothing to steal get 1 M. For the relay chain:
 *   treasury (order of 35 M DOT) plus what a finality attacker could double-spend at exchanges and bridges.
 *   Kusama parachains without a well-known name are placeholders ("para-0xx") with lognormal profits
 *   (median 0.2 M USD), so the sample has the ~100 parachains the graph must animate.
 *
 * Parachain security parameters (domain.md 2.1-2.2): Polkadot backing groups of 5 with 2 backing votes
 *   (polkadot-sdk LEGACY_MIN_BACKING_VOTES = 2); Kusama max_validators_per_core 3 (Polkadot forum,
 *   "Update: parachain validator set size increase on Kusama"); needed_approvals 30 (test/benchmark
 *   configuration value; verify live values on-chain). attackThreshold is left at the default 2/3: a
 *   dispute concludes with a 2/3 supermajority of all validators, so finalising an invalid parablock for
 *   sure needs 2/3 of the relay's stake, as does taking over the relay chain.
 *
 * Costs, finality, governance and bridges (issue 10)
 *   - Polkadot relay security cost: a fixed issuance of about 120 M DOT per year since referendum 1139, 85%
 *     to stakers and 15% to the treasury (Polkadot wiki "DOT Inflation"; polkadot-fellows/runtimes#471) [P]:
 *     102 M DOT x 4.2 USD = 428.4 M USD per year. (Referendum 1710 lowers issuance from March 2026; the
 *     sample keeps the 120 M model it was built with.) Fees: an assumed 1 M USD per year.
 *   - Kusama keeps the older inflation model; stakers' issuance is assumed at 1.2 M KSM per year (about 7.5%
 *     of ~16 M KSM), 24 M USD at 20 USD; NOT measured.
 *   - Parachains pay coretime: bulk coretime is sold in 28-day regions (docs.polkadot.com, Agile Coretime)
 *     [P]; the price is an assumption, 1,000 DOT (Polkadot) or 5 KSM (Kusama) per region, 13 regions a year.
 *     System parachains (Asset Hub, Bridge Hub, Collectives, People, Coretime; on Kusama also
 *     Encointer) run on cores the relay
 *     reserves for them (no coretime bought) and are governed by the relay chain's OpenGov: governance
 *     "provider". Other parachains govern themselves (the default).
 *   - Finality: GRANDPA default (18 s, inherited by every parachain).
 *   - Bridges: XCMP channels between parachains, trusted through the relay's validators (same provider),
 *     with illustrative values (NOT measured).
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
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;

public class GeneratePolkadot extends JsonWriter {

    private static final String ELVES = "W3F research, ELVES post (w3f/research docs/Polkadot/protocols/block-production/ELVES.md, 2025)";
    private static final String JONAS = "jonasw3f session analysis, Polkadot session 5391 (https://jonasw3f.github.io/session_analysis_hosted)";

    record Para(String id, String name, double profitUsd) {
    }

    static final java.util.Set<String> SYSTEM = java.util.Set.of("asset-hub", "bridge-hub", "collectives", "people",
            "coretime", "encointer");

    /**
     * A relay chain's own figures: its name, its asset, its profit from corruption and security cost, the size of its
     * backing groups, and each (non-system) parachain's coretime cost per year in USD.
     */
    record Relay(String name, String asset, double profitUsd, Map<String, Object> securityCost, int groupSize,
                 long coretimeUsd) {
    }

    /**
     * Puts a relay network's validators, chains and allocations into {@code n}, in that order: the relay chain, then
     * every parachain, backed by groups of {@code relay.groupSize()} with 2 votes to back and 30 approval checkers
     * (domain.md 2.1-2.3); every validator is allocated to the relay chain. One copy for Polkadot and Kusama.
     */
    static void relayAndParachains(Map<String, Object> n, Relay relay, long[] stakes, String[] operators,
                                   List<Para> paras) {
        n.put("validators", validators(stakes, operators, relay.asset()));
        List<Object> chains = new ArrayList<>();
        chains.add(obj("id", "relay", "name", relay.name(), "kind", "relay", "asset", relay.asset(),
                "profitFromCorruption", relay.profitUsd(), "securityCost", relay.securityCost()));
        Map<String, Object> security = obj("groupSize", relay.groupSize(), "minimumBackingVotes", 2,
                "neededApprovals", 30);
        for (Para p : paras) {
            chains.add(parachain(p, security, relay.coretimeUsd()));
        }
        n.put("chains", chains);
        n.put("allocations", relayAllocations(stakes.length));
    }

    static Map<String, Object> parachain(Para p, Map<String, Object> security, long coretimeUsd) {
        boolean system = SYSTEM.contains(p.id());
        return obj("id", p.id(), "name", p.name(), "kind", "parachain", "profitFromCorruption", p.profitUsd(),
                "securedBy", "relay", "security", security,
                "governance", system ? obj("model", "provider") : null,
                "securityCost", obj("coretimePerYear", system ? 0 : coretimeUsd));
    }

    static Map<String, Object> xcmp(String a, String b, double valueUsd) {
        return obj("id", "xcmp-" + a + "-" + b, "name", "XCMP " + a + " <-> " + b, "kind", "xcmp",
                "chains", List.of(a, b), "value", valueUsd, "trust", obj("model", "same-provider"));
    }

    public static void main(String[] args) throws IOException {
        Path out = outputDirectory(args, "GeneratePolkadot");
        save(out, "polkadot", polkadot());
        save(out, "kusama", kusama());
    }

    static final double M = 1e6;

    /**
     * Polkadot's slashing rules in words: the engine applies them by default (PolkadotSlashing), so the relay chain's
     * {@code slashing} block stays empty (issue 21: keys the engine does not read would only draw warnings).
     */
    static final String SLASHING_FACTS = "Slashing (polkadot-sdk): backing an invalid block costs 100% of stake, "
            + "approving one 2%; equivocating costs min((3k/n)^2, 1) for k offenders of n validators.";

    static Map<String, Object> polkadot() {
        List<Para> paras = List.of(
                new Para("asset-hub", "Asset Hub", 300 * M),
                new Para("bridge-hub", "Bridge Hub", 100 * M),
                new Para("collectives", "Collectives", 5 * M),
                new Para("people", "People", 1 * M),
                new Para("coretime", "Coretime", 1 * M),
                new Para("hydration", "Hydration", 200 * M),
                new Para("bifrost", "Bifrost", 100 * M),
                new Para("moonbeam", "Moonbeam", 50 * M),
                new Para("astar", "Astar", 30 * M),
                new Para("acala", "Acala", 20 * M),
                new Para("centrifuge", "Centrifuge", 20 * M),
                new Para("mythos", "Mythos", 20 * M),
                new Para("interlay", "Interlay", 10 * M),
                new Para("phala", "Phala", 5 * M),
                new Para("neuroweb", "NeuroWeb", 5 * M),
                new Para("polimec", "Polimec", 3 * M),
                new Para("unique", "Unique Network", 2 * M),
                new Para("nodle", "Nodle", 2 * M),
                new Para("frequency", "Frequency", 1 * M),
                new Para("zeitgeist", "Zeitgeist", 1 * M));
        int[] operatorSizes = {12, 8, 6, 5, 4, 3};
        SplittableRandom rnd = new SplittableRandom(20240806L);
        long[] stakes = npos(rnd, 600, 1_849_120, 2_122_975);
        String[] operators = operators(rnd, 600, operatorSizes);
        double sumProfit = 500 * M + paras.stream().mapToDouble(Para::profitUsd).sum();

        Map<String, Object> n = network("Polkadot: relay chain and parachains",
                "The Polkadot relay chain with 600 NPoS validators (backing near-uniform: min 1.85 M, "
                        + "mean 2.12 M DOT) and 20 parachains that own no stake: each is secured by the relay's "
                        + "validators through backing groups of 5 (2 votes to back), 30 random approval checkers "
                        + "and disputes that slash invalid backers 100%. Profits are order-of-magnitude TVL guesses "
                        + "(total " + String.format("%.2f", sumProfit / 1e9) + " B USD) against "
                        + String.format("%.2f", stakeUsd(stakes, 4.2) / 1e9) + " B USD of stake at 4.2 USD/DOT: "
                        + "shared security with a wide margin (a DOT crash of about "
                        + breakEvenDrop(sumProfit, stakeUsd(stakes, 4.2)) + "% would erase it). Six "
                        + "operators run several validators each. " + SLASHING_FACTS + " Slashes are applied after a "
                        + "27-day deferral, which the simulation, having no clock, does not model.",
                "Validator count: " + ELVES + ". Stake shape: " + JONAS + ". Parameters: domain.md 2.1-2.3 "
                        + "(polkadot-sdk, implementers' guide, Polkadot wiki). Profits and DOT price: illustrative, "
                        + "see sample-networks/generators/GeneratePolkadot.java.",
                "assets", List.of(obj("symbol", "DOT", "priceUsd", 4.2)));
        relayAndParachains(n, new Relay("Polkadot relay chain", "DOT", 500 * M,
                obj("inflationPerYear", 102_000_000L * 42 / 10, "feesPerYear", 1_000_000), 5, 13L * 1000 * 42 / 10),
                stakes, operators, paras);
        n.put("bridges", List.of(xcmp("asset-hub", "hydration", 50 * M), xcmp("asset-hub", "moonbeam", 20 * M),
                xcmp("hydration", "bifrost", 30 * M), xcmp("moonbeam", "acala", 5 * M),
                xcmp("asset-hub", "bridge-hub", 40 * M)));
        List<String> backers = sample(rnd, 600, 5);
        n.put("scenarios", scenarios("hydration", backers, "DOT", 65));
        return n;
    }

    static Map<String, Object> kusama() {
        List<Para> named = List.of(
                new Para("asset-hub", "Asset Hub (Kusama)", 5 * M),
                new Para("bridge-hub", "Bridge Hub (Kusama)", 3 * M),
                new Para("coretime", "Coretime (Kusama)", 0.1 * M),
                new Para("people", "People (Kusama)", 0.1 * M),
                new Para("encointer", "Encointer", 0.1 * M),
                new Para("karura", "Karura", 3 * M),
                new Para("moonriver", "Moonriver", 3 * M),
                new Para("shiden", "Shiden", 1 * M),
                new Para("bifrost-kusama", "Bifrost (Kusama)", 2 * M),
                new Para("kintsugi", "Kintsugi", 1 * M),
                new Para("khala", "Khala", 0.5 * M),
                new Para("basilisk", "Basilisk", 0.5 * M),
                new Para("calamari", "Calamari", 0.5 * M),
                new Para("altair", "Altair", 0.5 * M),
                new Para("heiko", "Parallel Heiko", 0.3 * M),
                new Para("picasso", "Picasso", 0.5 * M),
                new Para("quartz", "Quartz", 0.2 * M),
                new Para("robonomics", "Robonomics", 0.2 * M),
                new Para("crust-shadow", "Crust Shadow", 0.2 * M),
                new Para("pioneer", "Bit.Country Pioneer", 0.1 * M),
                new Para("genshiro", "Genshiro", 0.1 * M),
                new Para("sakura", "Sakura", 0.1 * M),
                new Para("litmus", "Litmus", 0.1 * M),
                new Para("integritee", "Integritee", 0.2 * M),
                new Para("turing", "Turing", 0.1 * M),
                new Para("mangata", "Mangata X", 0.3 * M),
                new Para("kabocha", "Kabocha", 0.1 * M),
                new Para("imbue", "Imbue", 0.1 * M),
                new Para("tinkernet", "InvArch Tinkernet", 0.1 * M),
                new Para("amplitude", "Amplitude", 0.2 * M),
                new Para("bajun", "Bajun", 0.1 * M),
                new Para("kreivo", "Kreivo", 0.1 * M),
                new Para("curio", "Curio", 0.1 * M),
                new Para("krest", "Krest", 0.2 * M),
                new Para("crab", "Darwinia Crab", 0.2 * M),
                new Para("sora-kusama", "SORA (Kusama)", 0.2 * M),
                new Para("gm", "GM Parachain", 0.1 * M));
        int[] operatorSizes = {20, 15, 12, 10, 8, 6, 5, 4, 3, 3};
        SplittableRandom rnd = new SplittableRandom(20190823L);
        long mean = 5_500;
        long min = Math.round(mean * (1_849_120.0 / 2_122_975.0));
        long[] stakes = npos(rnd, 1000, min, mean);
        String[] operators = operators(rnd, 1000, operatorSizes);
        List<Para> paras = new ArrayList<>(named);
        for (int i = paras.size() + 1; i <= 100; i++) {
            // lognormal, median 0.2 M USD, sigma 1; two significant figures
            double profit = 0.2 * M * Math.exp(gaussian(rnd));
            paras.add(new Para(String.format("para-%03d", i), String.format("Para %03d (placeholder)", i),
                    round2sig(profit)));
        }
        double relayProfit = 20 * M;
        double sumProfit = relayProfit + paras.stream().mapToDouble(Para::profitUsd).sum();

        Map<String, Object> n = network("Kusama: relay chain and 100 parachains",
                "Polkadot's canary network at full size: 1,000 relay-chain validators with near-uniform "
                        + "NPoS backing (assumed mean 5,500 KSM) and 100 parachains secured by them through backing "
                        + "groups of 3 (2 votes to back) and 30 approval checkers. 37 parachains carry real names, "
                        + "63 are placeholders with small lognormal profits. Total profit from corruption about "
                        + Math.round(sumProfit / M) + " M USD against " + Math.round(stakeUsd(stakes, 20) / M)
                        + " M USD of stake at 20 USD/KSM: a much thinner margin than Polkadot (a KSM crash of about "
                        + breakEvenDrop(sumProfit, stakeUsd(stakes, 20)) + "% would erase it). This is the size the graph must animate. "
                        + SLASHING_FACTS,
                "Validator count: " + ELVES + "; Kusama referendum 655 proposes 700. Backing group size: "
                        + "Polkadot forum, parachain validator set size increase on Kusama. KSM stake per validator, "
                        + "KSM price and profits: assumptions, see sample-networks/generators/GeneratePolkadot.java.",
                "assets", List.of(obj("symbol", "KSM", "priceUsd", 20)));
        relayAndParachains(n, new Relay("Kusama relay chain", "KSM", relayProfit,
                obj("inflationPerYear", 1_200_000L * 20, "feesPerYear", 100_000), 3, 13L * 5 * 20),
                stakes, operators, paras);
        n.put("bridges", List.of(xcmp("asset-hub", "karura", 1 * M), xcmp("karura", "moonriver", 0.5 * M),
                xcmp("asset-hub", "bifrost-kusama", 0.5 * M)));
        List<String> backers = sample(rnd, 1000, 3);
        n.put("scenarios", scenarios("karura", backers, "KSM", 30));
        return n;
    }

    /**
     * Each relay sample's stored scenarios, greedy with seed 7: {@code backers} back an invalid block of
     * {@code parachain}; operator org-1's keys are compromised; {@code asset}'s price drops by {@code dropPercent}.
     */
    static Map<String, Object> scenarios(String parachain, List<String> backers, String asset, int dropPercent) {
        return obj(
                "invalid-block-" + parachain, scenario(obj("type", "invalid-block", "chain", parachain, "validators", backers)),
                "operator-key-compromise", scenario(obj("type", "key-compromise", "operator", "org-1")),
                asset.toLowerCase(Locale.ROOT) + "-crash-" + dropPercent,
                scenario(obj("type", "price-shock", "asset", asset, "drop", dropPercent / 100.0)));
    }

    private static Map<String, Object> scenario(Map<String, Object> fault) {
        return obj("faults", List.of(fault), "policy", "greedy", "seed", 7);
    }

    /**
     * n whole-token backings, largest first: Gamma(2) excess over the minimum, shifted and scaled so that the
     * smallest is exactly min and the total is exactly n * mean.
     */
    static long[] npos(SplittableRandom rnd, int n, long min, long mean) {
        double[] g = new double[n];
        for (int i = 0; i < n; i++) {
            g[i] = -Math.log(1 - rnd.nextDouble()) - Math.log(1 - rnd.nextDouble());
        }
        double gMin = Arrays.stream(g).min().orElseThrow();
        double gMean = Arrays.stream(g).average().orElseThrow();
        long[] s = new long[n];
        long total = 0;
        for (int i = 0; i < n; i++) {
            s[i] = min + Math.round((mean - min) * (g[i] - gMin) / (gMean - gMin));
            total += s[i];
        }
        Arrays.sort(s);
        s[n - 1] += n * mean - total; // rounding residue goes to the largest backing
        long[] desc = new long[n];
        for (int i = 0; i < n; i++) {
            desc[i] = s[n - 1 - i];
        }
        return desc;
    }

    /** Price drop (whole percent) at which 2/3 of the stake is worth the summed profits (domain.md 5). */
    static long breakEvenDrop(double profit, double stakeUsd) {
        return Math.round(100 * (1 - profit / (2.0 / 3.0 * stakeUsd)));
    }

    static double stakeUsd(long[] stakes, double price) {
        return Arrays.stream(stakes).sum() * price;
    }

    /** Operator of each validator index (null = runs only this one), "org-1" being the largest operator. */
    static String[] operators(SplittableRandom rnd, int n, int[] sizes) {
        String[] op = new String[n];
        for (int o = 0; o < sizes.length; o++) {
            int placed = 0;
            while (placed < sizes[o]) {
                int i = rnd.nextInt(n);
                if (op[i] == null) {
                    op[i] = "org-" + (o + 1);
                    placed++;
                }
            }
        }
        return op;
    }

    static List<Object> validators(long[] stakes, String[] operators, String asset) {
        List<Object> list = new ArrayList<>();
        for (int i = 0; i < stakes.length; i++) {
            String id = String.format("v%04d", i + 1);
            list.add(obj("id", id, "name", id.toUpperCase(), "stake", stakes[i], "asset", asset, "operator", operators[i]));
        }
        return list;
    }

    static List<Object> relayAllocations(int n) {
        List<Object> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            list.add(obj("validator", String.format("v%04d", i + 1), "chain", "relay"));
        }
        return list;
    }

    /** k distinct validator ids, in id order. */
    static List<String> sample(SplittableRandom rnd, int n, int k) {
        TreeSet<Integer> picked = new TreeSet<>();
        while (picked.size() < k) {
            picked.add(rnd.nextInt(n) + 1);
        }
        return picked.stream().map(i -> String.format("v%04d", i)).toList();
    }

    /** Standard normal (Box-Muller, one value per call, deterministic for a given generator state). */
    static double gaussian(SplittableRandom rnd) {
        double u1 = 1 - rnd.nextDouble();
        double u2 = rnd.nextDouble();
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }

    static double round2sig(double x) {
        return new BigDecimal(x).round(new java.math.MathContext(2)).doubleValue();
    }
}
