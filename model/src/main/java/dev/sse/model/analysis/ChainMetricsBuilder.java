package dev.sse.model.analysis;

import dev.sse.model.analysis.exact.CoverSolver;
import dev.sse.model.analysis.exact.Instance;
import dev.sse.model.analysis.exact.InstanceBuilder;
import dev.sse.model.analysis.shaping.SecuringSet;
import dev.sse.model.format.Screen;
import dev.sse.model.network.Chain;
import dev.sse.model.network.ChainKind;
import dev.sse.model.network.ExternalSecurity;
import dev.sse.model.network.Network;
import dev.sse.model.network.PolkadotBacking;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Computes {@link ChainMetrics} for every chain. Single-chain covers are memoised by the instance per securing
 * set ({@link Instance#chainCover}), so a hundred parachains inheriting one relay set cost one cover; their
 * Nakamoto coefficients and validator lists are shared the same way.
 */
final class ChainMetricsBuilder {

    static final long COVER_NODES = CoverSolver.DEFAULT_NODES;

    private final Network network;
    private final Instance inst;
    private final Map<String, SecuringSet> sets;
    private final String unit;
    /** Chains inheriting one set share its arrays and member list (same objects): compute these once. */
    private final Map<long[], Integer> nakamotos = new IdentityHashMap<>();
    private final Map<List<SecuringSet.Member>, List<ValidatorPower>> plainPowers = new IdentityHashMap<>();
    private final Map<List<SecuringSet.Member>, List<ValidatorPower>> shapedPowers = new IdentityHashMap<>();
    private final Map<List<Integer>, Double> odds = new HashMap<>();
    /** Chain id → file position, for ordering blast radii. */
    private Map<String, Integer> positions;

    ChainMetricsBuilder(Network network, Instance inst, Map<String, SecuringSet> sets, String unit) {
        this.network = network;
        this.inst = inst;
        this.sets = sets;
        this.unit = unit;
    }

    double value(long units) {
        return BigDecimal.valueOf(units, inst.scale()).doubleValue();
    }

    /** The cheapest coalition against chain s alone (memoised per securing set by the instance). */
    CoverSolver.Cover cover(int s) {
        return inst.chainCover(s, COVER_NODES);
    }

    Map<String, ChainMetrics> build() {
        Map<String, ChainMetrics> out = new LinkedHashMap<>();
        for (int s = 0; s < inst.chainCount(); s++) {
            out.put(inst.chainId(s), metrics(s));
        }
        return out;
    }

    private ChainMetrics metrics(int s) {
        Chain chain = network.chain(inst.chainId(s)).orElseThrow();
        SecuringSet set = sets.get(chain.id());
        Map<ChainMetrics.Metric, String> why = new LinkedHashMap<>();
        long securing = Arrays.stream(inst.amounts(s)).sum();
        double securingStake = value(securing);
        int external = externalMember(s);
        int fileMembers = inst.members(s).length - (external < 0 ? 0 : 1);
        double fileStake = external < 0 ? securingStake : value(securing - inst.stake(external));
        why.put(ChainMetrics.Metric.SECURING_STAKE, "Σ a(v,s) over " + fileMembers + " validators = "
                + Screen.amount(fileStake, unit) + (set.inherited() ? " (inherited from " + chain.securedBy() + ")" : "")
                + (external < 0 ? "" : " + " + Screen.amount(value(inst.stake(external)), unit) + " external"));
        if (external >= 0) {
            why.put(ChainMetrics.Metric.EXTERNAL_SECURITY, externalWhy(external, chain.id()));
        }
        CoverSolver.Cover cover = cover(s);
        double coc = value(cover.cost());
        double alphaPct = inst.alpha(s).toDouble();
        boolean buysExternal = external >= 0 && Arrays.stream(cover.items()).anyMatch(k -> k == fileMembers);
        int coalition = cover.items().length - (buysExternal ? 1 : 0);
        String who = buysExternal && coalition == 0 ? "the external block"
                : coalition + " validators" + (buysExternal ? " and the external block" : "");
        why.put(ChainMetrics.Metric.COST_OF_CORRUPTION, "cost " + Screen.amount(coc, unit) + " = " + who + " reaching "
                + Screen.percent(alphaPct) + " of " + weightText(s, set)
                + (cover.exact() ? "" : " (best found; proven ≥ " + Screen.amountDown(value(cover.lowerBound()), unit) + ")")
                + (external < 0 ? "" : "; " + externalWhy(external, chain.id())));
        double profit = value(inst.profit(s));
        why.put(ChainMetrics.Metric.PROFIT_FROM_CORRUPTION, "π = " + Screen.amount(profit, unit) + " (from the network file)");
        Double margin = inst.profit(s) == 0 ? null : coc / profit - 1;
        why.put(ChainMetrics.Metric.SECURITY_MARGIN, margin == null ? "π = 0: nothing to gain, no margin"
                : "γ = cost/π − 1 = " + Screen.amount(coc, unit) + " / " + Screen.amount(profit, unit) + " − 1 = "
                + Screen.percent(margin));
        int setSize = fileMembers;
        double f = SlashableCost.fraction(network, chain, coalition, setSize, coc, securingStake);
        double slashable = f * coc;
        Double slashableMargin = inst.profit(s) == 0 ? null : slashable / profit - 1;
        why.put(ChainMetrics.Metric.SLASHABLE_COST_OF_CORRUPTION, SlashableCost.why(network, chain, f, coalition, setSize,
                Screen.amount(coc, unit), Screen.amount(slashable, unit)));
        why.put(ChainMetrics.Metric.SLASHABLE_MARGIN, slashableMargin == null ? "π = 0: nothing to gain, no margin"
                : "slashable cost/π − 1 = " + Screen.amount(slashable, unit) + " / " + Screen.amount(profit, unit) + " − 1 = "
                + Screen.percent(slashableMargin));
        long[] fileWeights = external < 0 ? inst.weights(s) : Arrays.copyOf(inst.weights(s), fileMembers);
        int nakamoto = external < 0 ? nakamotos.computeIfAbsent(fileWeights, ChainMetricsBuilder::nakamoto)
                : nakamoto(fileWeights);
        why.put(ChainMetrics.Metric.NAKAMOTO_COEFFICIENT, nakamoto + " validators hold more than 1/3 of the chain's weight");
        double isolated = set.inherited() ? 0 : coc;
        why.put(ChainMetrics.Metric.ISOLATED_COST_OF_CORRUPTION, set.inherited() ? "no validators allocated directly: 0"
                : "secured only by its own allocations: " + Screen.amount(isolated, unit));
        List<String> blast = blastRadius(chain.id());
        long frozen = blast.stream().filter(id -> frozenThroughData(id, chain.id(), blast)).count();
        why.put(ChainMetrics.Metric.BLAST_RADIUS, blast.isEmpty() ? "no chain is secured by it"
                : frozen == 0 ? blast.size() + " chains secured by it (transitively) fall with it"
                : blast.size() + " chains fall with it (transitively): " + (blast.size() - frozen) + " secured by it, "
                + frozen + " frozen because their data is on it or on a chain that falls with it");
        if (chain.dataAvailability() != null) {
            why.put(ChainMetrics.Metric.DATA_AVAILABILITY, DataAvailabilityText.why(network, chain));
        }
        Double backing = null;
        Double escape = null;
        if (chain.kind() == ChainKind.PARACHAIN) {
            int n = inst.members(s).length;
            int m = (int) Math.floor(network.adversaryFraction() * n);
            PolkadotBacking b = chain.backing();
            int g = b.groupSize();
            int votes = b.minimumBackingVotes();
            int k = b.neededApprovals();
            backing = odds.computeIfAbsent(List.of(0, n, m, g, votes), x -> ParachainOdds.backingCapture(n, m, g, votes));
            escape = odds.computeIfAbsent(List.of(1, n, m, k), x -> ParachainOdds.invalidBlockEscape(n, m, k));
            why.put(ChainMetrics.Metric.BACKING_CAPTURE_PROBABILITY, "P(≥ " + votes + " of " + g + " backers malicious), n = " + n
                    + ", m = " + m + ": " + Screen.decimal(backing));
            why.put(ChainMetrics.Metric.INVALID_BLOCK_ESCAPE_PROBABILITY, "C(" + m + "," + k + ")/C(" + n + "," + k + ") = "
                    + String.format(java.util.Locale.ROOT, "%.3g", escape));
        }
        Double exitDays = null;
        String exitRisk = null;
        if (chain.kind() == ChainKind.ROLLUP) {
            exitDays = ExitWindow.days(chain.rollupSecurity());
            exitRisk = ExitWindow.risk(exitDays);
            why.put(ChainMetrics.Metric.EXIT_WINDOW_DAYS, exitDays.isInfinite() ? "not upgradable: unlimited exit window"
                    : "upgrade delay − exit delay = " + Screen.decimal(exitDays) + " days: " + exitRisk);
        }
        // List.copyOf: an immutable list ChainMetrics keeps as is, so chains sharing a set share one list object
        // (memory, and AnalysisJson writes it once)
        List<ValidatorPower> vset = (set.powerShaped() ? shapedPowers : plainPowers).computeIfAbsent(set.members(),
                ms -> List.copyOf(ms.stream().map(m -> new ValidatorPower(m.validator(),
                        set.powerShaped() ? m.power() : m.amount().doubleValue())).toList()));
        return new ChainMetrics(chain.id(), securingStake, coc, cover.exact(), profit, margin, nakamoto, vset,
                isolated, blast, backing, escape, exitDays, exitRisk, slashable, slashableMargin, why);
    }

    /** The instance index of chain s's external security block (its last member), or -1 without one. */
    private int externalMember(int s) {
        int[] mem = inst.members(s);
        return mem.length > 0 && mem[mem.length - 1] >= network.validators().size() ? mem[mem.length - 1] : -1;
    }

    /** "external security: stake 34,100,000 ETH × 66.67% = … outside the file … (source)". */
    private String externalWhy(int v, String chainId) {
        String ownerId = inst.validatorId(v).substring(InstanceBuilder.EXTERNAL.length());
        Chain owner = network.chain(ownerId).orElseThrow();
        ExternalSecurity ext = owner.externalSecurity();
        String amount = ext.costOfCorruption() != null ? "stated cost of corruption"
                : "stake " + Screen.decimal(ext.stake()) + (ext.asset() == null ? "" : " " + ext.asset()) + " × "
                  + Screen.percent(ext.thresholdFor(owner));
        return "external security" + (ownerId.equals(chainId) ? "" : " of " + ownerId) + ": " + amount + " = "
                + Screen.amount(value(inst.stake(v)), unit) + ", stake outside the file that no validator in it can spend ("
                + ext.source() + ")";
    }

    /** True when {@code id} is in the radius only through a data edge: its settlement neither is nor falls with it. */
    private boolean frozenThroughData(String id, String root, List<String> blast) {
        String settlement = network.chain(id).map(Chain::securedBy).orElse(null);
        return settlement == null || !settlement.equals(root) && !blast.contains(settlement);
    }

    private String weightText(int s, SecuringSet set) {
        return set.powerShaped() ? Screen.count(inst.total(s)) + " power" : Screen.amount(value(inst.total(s)), unit);
    }

    /** Fewest validators whose weights sum to more than a third of the total (3·sum &gt; C). */
    static int nakamoto(long[] weights) {
        long total = Arrays.stream(weights).sum();
        long[] sorted = weights.clone();
        Arrays.sort(sorted);
        long cum = 0;
        int count = 0;
        for (int i = sorted.length - 1; i >= 0; i--) {
            cum += sorted[i];
            count++;
            if (cum > total / 3) { // 3·cum > total for integers
                return count;
            }
        }
        return 0;
    }

    /**
     * Everything securedBy the chain or publishing its data on it (issue 19 item 11), transitively, in file order: a
     * walk over its consumers and data users (indexes, {@link Network#consumersOf}, {@link Network#dataUsersOf})
     * sorted by file position, so the work is the radius's size, not the chain count times it.
     */
    private List<String> blastRadius(String chainId) {
        Set<String> seen = new LinkedHashSet<>();
        ArrayDeque<String> todo = new ArrayDeque<>(List.of(chainId));
        while (!todo.isEmpty()) {
            String at = todo.poll();
            for (List<Chain> edge : List.of(network.consumersOf(at), network.dataUsersOf(at))) {
                for (Chain c : edge) {
                    if (!c.id().equals(chainId) && seen.add(c.id())) {
                        todo.add(c.id());
                    }
                }
            }
        }
        if (positions == null) {
            positions = new HashMap<>();
            network.chains().forEach(c -> positions.putIfAbsent(c.id(), positions.size()));
        }
        return seen.stream().sorted(java.util.Comparator.comparing(positions::get)).toList();
    }
}
