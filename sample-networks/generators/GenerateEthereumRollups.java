/*
 * GenerateEthereumRollups: ethereum-rollups.json, Ethereum L1 with optimistic and ZK rollups.
 *
 * Run (JDK 17+, no dependencies):
 *     javac -d /tmp/gen sample-networks/generators/*.java && java -cp /tmp/gen GenerateEthereumRollups sample-networks/src/main/resources/dev/sse/samples
 * Re-running reproduces the committed file byte for byte (seeded java.util.SplittableRandom).
 *
 * L1 validators: Ethereum has about a million 32-ETH validators (domain.md 4.2: ~1,002,400 validators and
 *   32.08 M ETH on 28 Mar 2024). Drawing a million nodes is pointless, so validators are aggregated into
 *   100 staking entities totalling 33,000,000 ETH:
 *   - 8 named entities with round, approximate shares of staked ETH as shown by public staking dashboards
 *     in 2024-2025 (Lido 28%, Coinbase 10%, ether.fi 6%, Binance 4%, Rocket Pool 3%, Kiln 3%, Kraken 1.5%,
 *     OKX 1%). Rounded illustrations, not a snapshot; an entity here is everything staked through it.
 *   - 40 anonymised mid-size entities sharing 28% with a Zipf-like law (share ~ 1/(rank + 4)).
 *   - 52 groups of solo and small stakers sharing the remaining 15.5% (+-20% seeded jitter).
 *   Stakes are whole ETH; the rounding residue goes to the largest anonymised entity.
 *   ETH price 4,000 USD (round figure; domain.md's EigenLayer figures imply about 4,190 USD in Feb 2026).
 *
 * Rollups (kind rollup, securedBy "ethereum", no allocations of their own): security fields in the style
 *   of L2BEAT's risk rosette (domain.md 4.1): proof "optimistic" or "zk", upgradeDelayDays,
 *   exitDelayDays, upgradable. Exit window = upgrade delay - exit delay (< 7 d bad, 7-30 d warning,
 *   >= 30 d good, non-upgradable = infinite). Proof types are as listed on L2BEAT; the delays are rounded,
 *   approximate values chosen to exercise the rule (instant Security Council upgrades count as 0), NOT a
 *   copy of L2BEAT's current data: check https://l2beat.com before quoting them. "Immutable zk rollup" is
 *   an illustrative, non-upgradable chain that shows the infinite exit window.
 *
 * Data availability (issue 19 item 11): every real rollup here posts its data to Ethereum (L2BEAT's risk rosette
 *   shows "Onchain" on the data-availability axis for Arbitrum One, Base, OP Mainnet, Linea, zkSync Era, Starknet
 *   and Scroll; l2beat.com/scaling/projects/<id>), so each names "ethereum" as its dataAvailability provider, the
 *   same chain it settles on: no second edge, and the inspector says so. The illustrative rollup names none.
 *
 * Profit from corruption (USD): for a rollup, the order of its total value secured (L2BEAT-style TVS,
 *   2025, one or two significant figures); for Ethereum itself an assumed 15 B USD (what a finality
 *   attacker could double-spend at exchanges and bridges), NOT a measurement. How much of a rollup's value
 *   an L1 attacker can actually take depends on its proof system and exit window, which the explorer's
 *   rollup rules evaluate; the DR model alone would count all of it. attackThreshold is the default 2/3
 *   (finality takeover / censorship, domain.md 5).
 *   Slashing (Electra, domain.md 4.2): initial penalty EB/4096, correlation penalty 3x the stake slashed
 *   in the last 8,192 epochs.
 *
 * Costs, finality, governance and bridges (issue 10)
 *   - Ethereum's security cost: issuance to validators, derived from the consensus specs [D]: with full
 *     participation every staked ETH earns BASE_REWARD_FACTOR (64) x 1 ETH / sqrt(total staked in Gwei) per
 *     epoch, 82,181 epochs a year: 2.895% of 33 M ETH = 955,000 ETH, 3.82 B USD at 4,000 USD. Priority fees
 *     and MEV paid to validators: an assumed 200,000 ETH per year. Finality: 768 s (2 epochs, domain.md 4.2).
 *   - A rollup's security cost: what it pays L1 for data and settlement (rewardsPerYear, all of it to
 *     Ethereum). Orders of magnitude after EIP-4844 blobs, NOT measured (see l2beat.com/scaling/costs).
 *   - Finality: settlement on L1 = challenge window (Arbitrum ~6.4 days, domain.md 4.1; the others the
 *     7-day default) or proof interval (assumed: Linea 6 h, zkSync Era 3 h, Starknet 2 h, Scroll 1 h,
 *     the immutable rollup 1 h) plus Ethereum's 768 s.
 *   - Governance: security councils. Arbitrum: 9 of 12 for instant upgrades (Arbitrum forum, "Constitutional
 *     AIP - Security Council Improvement Proposal", co-authored by L2BEAT) [S]. The other councils' sizes are
 *     approximate, as commonly reported (check l2beat.com): OP Mainnet and Base 10 of 13, zkSync Era, Starknet
 *     and Scroll 9 of 12, Linea 5 of 8. The immutable rollup cannot be upgraded.
 *   - Bridges: each rollup's canonical bridge to Ethereum (same provider) carries an assumed 40% of its
 *     value secured; an illustrative third-party bridge between Arbitrum and Base is secured by an external
 *     validator set whose cost of corruption (50 M USD) is far below the 200 M USD it carries: the weakest
 *     link between two chains each worth billions to attack.
 */

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

public class GenerateEthereumRollups extends JsonWriter {

    static final long TOTAL_ETH = 33_000_000L;
    static final double ETH_USD = 4000;
    static final double B = 1e9;

    record Entity(String id, String name, double share) {
    }

    record Rollup(String id, String name, double tvsUsd, String proof, boolean upgradable, double upgradeDelayDays,
                  double exitDelayDays, Double waitDaysOrHours, int councilK, int councilN, double l1CostUsd) {
    }

    static final double M = 1e6;
    /** Issuance per staked ETH per year with full participation: 64 / sqrt(total Gwei) per epoch (see header). */
    static final double ISSUANCE_RATE = 64 / Math.sqrt(TOTAL_ETH * 1e9) * (365.25 * 86_400 / 384);

    public static void main(String[] args) throws IOException {
        save(outputDirectory(args, "GenerateEthereumRollups"), "ethereum-rollups", network(new SplittableRandom(20240328L)));
    }

    static Map<String, Object> network(SplittableRandom rnd) {
        List<Entity> named = List.of(
                new Entity("lido", "Lido", 0.28), new Entity("coinbase", "Coinbase", 0.10),
                new Entity("etherfi", "ether.fi", 0.06), new Entity("binance", "Binance", 0.04),
                new Entity("rocketpool", "Rocket Pool", 0.03), new Entity("kiln", "Kiln", 0.03),
                new Entity("kraken", "Kraken", 0.015), new Entity("okx", "OKX", 0.01));
        long[] stakes = new long[100];
        String[] ids = new String[100];
        String[] names = new String[100];
        int i = 0;
        for (Entity e : named) {
            ids[i] = e.id();
            names[i] = e.name();
            stakes[i++] = Math.round(TOTAL_ETH * e.share());
        }
        double midShare = 0.28;
        double zipf = 0;
        for (int k = 1; k <= 40; k++) {
            zipf += 1.0 / (k + 4);
        }
        int firstMid = i;
        for (int k = 1; k <= 40; k++) {
            ids[i] = String.format("entity-%02d", k);
            names[i] = String.format("Staking entity %02d", k);
            stakes[i++] = Math.round(TOTAL_ETH * midShare * (1.0 / (k + 4)) / zipf);
        }
        double[] w = new double[52];
        double wSum = 0;
        for (int k = 0; k < 52; k++) {
            w[k] = 0.8 + 0.4 * rnd.nextDouble();
            wSum += w[k];
        }
        double smallShare = 1 - 0.565 - midShare;
        for (int k = 0; k < 52; k++) {
            ids[i] = String.format("solo-%02d", k + 1);
            names[i] = String.format("Solo and small stakers %02d", k + 1);
            stakes[i++] = Math.round(TOTAL_ETH * smallShare * w[k] / wSum);
        }
        long sum = 0;
        for (long s : stakes) {
            sum += s;
        }
        stakes[firstMid] += TOTAL_ETH - sum;

        List<Rollup> rollups = List.of(
                new Rollup("arbitrum-one", "Arbitrum One", 15 * B, "optimistic", true, 14, 7, 6.4, 9, 12, 8 * M),
                new Rollup("base", "Base", 12 * B, "optimistic", true, 0, 7, null, 10, 13, 10 * M),
                new Rollup("op-mainnet", "OP Mainnet", 3 * B, "optimistic", true, 0, 7, null, 10, 13, 3 * M),
                new Rollup("linea", "Linea", 1 * B, "zk", true, 0, 0.5, 6.0, 5, 8, 3 * M),
                new Rollup("zksync-era", "zkSync Era", 0.5 * B, "zk", true, 7, 0.5, 3.0, 9, 12, 4 * M),
                new Rollup("starknet", "Starknet", 0.5 * B, "zk", true, 0, 0.5, 2.0, 9, 12, 3 * M),
                new Rollup("scroll", "Scroll", 0.1 * B, "zk", true, 7, 0.5, 1.0, 9, 12, 3 * M),
                new Rollup("immutable-zk", "Immutable zk rollup (illustrative)", 0.1 * B, "zk", false, 0, 0.5, 1.0, 0, 0,
                        0.2 * M));
        double l1Profit = 15 * B;
        double profits = l1Profit + rollups.stream().mapToDouble(Rollup::tvsUsd).sum();
        double stakeUsd = TOTAL_ETH * ETH_USD;

        Map<String, Object> n = network("Ethereum and its rollups",
                "Ethereum's ~1 M validators aggregated into 100 staking entities (33 M ETH; Lido 28%, "
                        + "Coinbase 10%, ...) securing eight rollups that own no stake. Optimistic rollups (Arbitrum "
                        + "One, Base, OP Mainnet) need one honest challenger inside a ~7-day window; ZK rollups "
                        + "(Linea, zkSync Era, Starknet, Scroll, an illustrative immutable one) need a validity proof. "
                        + "What differs is governance: the exit window (upgrade delay minus exit delay) ranges from "
                        + "none to infinite. Profits total " + Math.round(profits / B) + " B USD against "
                        + Math.round(stakeUsd / B) + " B USD of stake at 4,000 USD/ETH.",
                "Staked ETH and validator count: domain.md 4.2 (28 Mar 2024). Entity shares: rounded "
                        + "2024-2025 staking-dashboard orders of magnitude. Rollup fields: L2BEAT risk rosette and "
                        + "stages (l2beat/l2beat riskView.ts, domain.md 4.1), approximate delays. Profits and ETH price: "
                        + "illustrative, see sample-networks/generators/GenerateEthereumRollups.java.",
                "assets", List.of(obj("symbol", "ETH", "priceUsd", ETH_USD)));
        List<Object> validators = new ArrayList<>();
        List<Object> allocations = new ArrayList<>();
        for (int k = 0; k < stakes.length; k++) {
            validators.add(obj("id", ids[k], "name", names[k], "stake", stakes[k], "asset", "ETH"));
            allocations.add(obj("validator", ids[k], "chain", "ethereum"));
        }
        n.put("validators", validators);
        List<Object> chains = new ArrayList<>();
        long issuanceEth = Math.round(ISSUANCE_RATE * TOTAL_ETH / 1000) * 1000;
        chains.add(obj("id", "ethereum", "name", "Ethereum", "kind", "l1", "asset", "ETH", "profitFromCorruption", l1Profit,
                "slashing", obj("initialPenaltyQuotient", 4096, "correlationPenaltyMultiplier", 3,
                        "slashingsWindowEpochs", 8192),
                "securityCost", obj("inflationPerYear", issuanceEth * (long) ETH_USD,
                        "feesPerYear", 200_000L * (long) ETH_USD)));
        List<Object> bridges = new ArrayList<>();
        for (Rollup r : rollups) {
            boolean zk = r.proof().equals("zk");
            Map<String, Object> security = obj("proof", r.proof(), "upgradable", r.upgradable(),
                    "upgradeDelayDays", r.upgradable() ? r.upgradeDelayDays() : null, "exitDelayDays", r.exitDelayDays(),
                    "challengeWindowDays", !zk ? r.waitDaysOrHours() : null,
                    "proofIntervalSeconds", zk ? Math.round(r.waitDaysOrHours() * 3600) : null);
            chains.add(obj("id", r.id(), "name", r.name(), "kind", "rollup", "asset", "ETH",
                    "profitFromCorruption", r.tvsUsd(), "securedBy", "ethereum", "security", security,
                    "governance", r.upgradable() ? obj("model", "security-council", "k", r.councilK(), "n", r.councilN())
                            : null,
                    "securityCost", obj("rewardsPerYear", r.l1CostUsd()),
                    "dataAvailability", r.id().equals("immutable-zk") ? null : obj("provider", "ethereum",
                            "source", "L2BEAT risk rosette, data availability: Onchain (Ethereum blobs or calldata)")));
            bridges.add(obj("id", "canonical-" + r.id(), "name", r.name() + " canonical bridge", "kind", "canonical",
                    "chains", List.of(r.id(), "ethereum"), "value", 0.4 * r.tvsUsd(),
                    "trust", obj("model", "same-provider")));
        }
        bridges.add(obj("id", "third-party-arb-base", "name", "Third-party bridge Arbitrum <-> Base (illustrative)",
                "kind", "third-party", "chains", List.of("arbitrum-one", "base"), "value", 200 * M,
                "trust", obj("model", "external", "costOfCorruption", 50 * M)));
        n.put("chains", chains);
        n.put("allocations", allocations);
        n.put("bridges", bridges);
        n.put("scenarios", obj(
                "lido-outage", obj("faults", List.of(obj("type", "shock", "validators", List.of("lido"))),
                        "policy", "greedy", "seed", 7),
                "eth-crash-50", obj("faults", List.of(obj("type", "price-shock", "asset", "ETH", "drop", 0.5)),
                        "policy", "greedy", "seed", 7)));
        return n;
    }
}
