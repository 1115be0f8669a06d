package dev.sse.model.io.importer;

import dev.sse.model.io.json.NetworkFormatException;
import dev.sse.model.io.json.Problem;
import dev.sse.model.network.Allocation;
import dev.sse.model.network.Asset;
import dev.sse.model.network.Chain;
import dev.sse.model.network.ChainKind;
import dev.sse.model.network.Network;
import dev.sse.model.network.Validator;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * {@code import eigenlayer} (issue 22): operators become validators, AVSs (pre-slashing) or operator sets (unique
 * stake, ELIP-002) become {@code avs} chains secured by the restaked L1. Before slashing (no allocations), each
 * strategy is an asset with its own price ({@link StrategyAssets}) and an operator holds its shares of each (format
 * version 2); with operator sets, an operator's strategies are summed into one value at a stated price per whole share
 * (10^18 shares), since the magnitudes differ per strategy. Unique stake of
 * an operator in a set for a strategy is {@code shares × magnitude / maxMagnitude} (AllocationManager,
 * Layr-Labs/eigenlayer-contracts ELIP-002; shared/real-data/eigenlayer/SHAPES.md).
 */
public final class EigenLayerImport {

    private static final BigDecimal WHOLE = new BigDecimal(EigenAllocations.WAD);

    private EigenLayerImport() {
    }

    public static Imported run(EigenOptions o) throws IOException, NetworkFormatException {
        if (o.operators().isEmpty() && o.allocations() == null) {
            throw new IllegalArgumentException("give operators or allocations");
        }
        Provenance provenance = new Provenance("eigenlayer", o.chainId()).put("date", o.date());
        Map<String, EigenExplorer.Operator> operators = new LinkedHashMap<>();
        for (Path file : o.operators()) {
            provenance.endpoint("EigenExplorer GET /operators?withTvl=true").file(file);
            for (EigenExplorer.Operator op : EigenExplorer.operators(file)) {
                if (operators.putIfAbsent(op.address(), op) != null) {
                    throw op.at().error("operator " + op.address() + " is listed twice");
                }
            }
        }
        Map<String, String> avsNames = new LinkedHashMap<>();
        for (Path file : o.avs()) {
            provenance.endpoint("EigenExplorer GET /avs").file(file);
            avsNames.putAll(EigenExplorer.avsNames(file));
        }
        List<String> assumptions = new ArrayList<>();
        // operator → chain → strategy → fraction of the operator's shares (null: pooled); operator → strategy → shares
        Map<String, Map<String, Map<String, BigDecimal>>> stakeIn = new LinkedHashMap<>();
        Map<String, Map<String, BigInteger>> shares = new LinkedHashMap<>();
        operators.values().forEach(op -> shares.put(op.address(), op.shares()));
        Map<String, String> chainNames = new LinkedHashMap<>();
        Map<String, String> owners = new java.util.HashMap<>();
        TreeSet<String> used = new TreeSet<>();
        if (o.allocations() == null) {
            for (EigenExplorer.Operator op : operators.values()) {
                for (String avs : op.activeAvs()) {
                    String chain = chainId(owners, avs, null);
                    chainNames.put(chain, avsName(avsNames, avs, null));
                    stakeIn.computeIfAbsent(op.address(), k -> new LinkedHashMap<>()).put(chain, null);
                }
            }
            assumptions.add("Pre-slashing era (no --allocations): each operator's whole stake backs every AVS it is "
                    + "actively registered with (pooled restaking).");
            long idle = operators.values().stream().filter(op -> op.activeAvs().isEmpty()).count();
            if (idle > 0) {
                assumptions.add(idle + " operator(s) with no active AVS registration are left out (they secure nothing).");
            }
        } else {
            EigenAllocations.State state = EigenAllocations.read(o.allocations());
            provenance.endpoint("AllocationManager events (OperatorSetCreated, OperatorAddedToOperatorSet, "
                    + "StrategyAddedToOperatorSet, AllocationUpdated, MaxMagnitudeUpdated)").file(o.allocations())
                    .put("height", state.toBlock()).put("network", state.network());
            if (o.date() == null && state.toTime() != null) {
                provenance.put("date", state.toTime().split(" ")[0]);
            }
            new UniqueStake(state, shares, assumptions).apply(stakeIn, chainNames, avsNames, owners);
        }
        Network.Builder b = Network.builder();
        List<Allocation> allocations = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        int zero = 0;
        for (Map.Entry<String, Map<String, Map<String, BigDecimal>>> e : stakeIn.entrySet()) {
            BigDecimal stake = value(shares.get(e.getKey()), o.pricesUsd(), used);
            if (stake.signum() == 0) {
                zero++;
                continue;
            }
            total = total.add(stake);
            EigenExplorer.Operator op = operators.get(e.getKey());
            String name = op == null || op.name().isEmpty() ? e.getKey() : op.name();
            b.validator(o.allocations() == null
                    ? Validator.holding(e.getKey(), name, null, StrategyAssets.holdings(shares.get(e.getKey())))
                    : new Validator(e.getKey(), name, stake.doubleValue(), null, null));
            Map<String, BigInteger> held = shares.get(e.getKey());
            e.getValue().forEach((chain, fractions) -> allocations.add(fractions == null
                    ? Allocation.pooled(e.getKey(), chain)
                    : Allocation.of(e.getKey(), chain, allocated(held, fractions, o.pricesUsd()).doubleValue())));
        }
        if (allocations.isEmpty()) {
            throw at(o.allocations() != null ? o.allocations() : o.operators().get(0),
                    "no operator secures any AVS (no active registration or allocation with stake)");
        }
        if (o.allocations() == null) {
            StrategyAssets.assets(o.pricesUsd(), used, provenance, assumptions, b);
        } else {
            prices(o.pricesUsd(), used, provenance, assumptions, b);
        }
        if (zero > 0) {
            assumptions.add(zero + " operator(s) with no shares are left out.");
        }
        assumptions.add("profitFromCorruption is 0 on every AVS and the attack threshold is the default 2/3: the "
                + "responses do not say what an attacker would gain; set them per AVS before reading security margins.");
        b.chain(Chain.builder(o.chainId(), ChainKind.L1).name("Ethereum (" + o.chainId() + ") restaked stake").build());
        chainNames.forEach((id, name) -> b.chain(Chain.builder(id, ChainKind.AVS).name(name).securedBy(o.chainId())
                .build()));
        String era = o.allocations() == null ? "pooled AVSs" : "operator sets (unique stake)";
        Network n = b.name("EigenLayer on " + o.chainId() + (o.date() == null ? "" : ", " + o.date()))
                .description("Imported by explorer import eigenlayer: " + stakeIn.size() + " operators and "
                        + chainNames.size() + " " + era + ".")
                .allocations(allocations).provenance(provenance.settings()).source(provenance.source())
                .assumptions(assumptions).build();
        String unit = used.stream().allMatch(o.pricesUsd()::containsKey) ? " USD"
                : used.stream().noneMatch(o.pricesUsd()::containsKey) ? " whole shares" : " (USD and whole shares)";
        return new Imported(n, List.of(o.chainId() + ": " + n.validators().size() + " operators, "
                        + total.round(new MathContext(6)).toPlainString() + unit + " restaked",
                chainNames.size() + " " + era + ", " + allocations.size() + " allocations",
                assumptions.size() + " assumption(s) written to the file"));
    }

    /** Value of an operator's shares: Σ shares / 10^18 × price (1 per whole share when unpriced). */
    private static BigDecimal value(Map<String, BigInteger> shares, Map<String, BigDecimal> prices, TreeSet<String> used) {
        BigDecimal v = BigDecimal.ZERO;
        for (Map.Entry<String, BigInteger> s : new TreeMap<>(shares).entrySet()) {
            if (s.getValue().signum() > 0) {
                used.add(s.getKey());
                v = v.add(new BigDecimal(s.getValue()).divide(WHOLE).multiply(prices.getOrDefault(s.getKey(), BigDecimal.ONE)));
            }
        }
        return v;
    }

    /** Σ over strategies of shares / 10^18 × price × magnitude / maxMagnitude. */
    private static BigDecimal allocated(Map<String, BigInteger> held, Map<String, BigDecimal> fractions,
                                        Map<String, BigDecimal> prices) {
        BigDecimal v = BigDecimal.ZERO;
        for (Map.Entry<String, BigDecimal> f : new TreeMap<>(fractions).entrySet()) {
            BigInteger s = held.getOrDefault(f.getKey(), BigInteger.ZERO);
            v = v.add(new BigDecimal(s).divide(WHOLE).multiply(prices.getOrDefault(f.getKey(), BigDecimal.ONE))
                    .multiply(f.getValue()));
        }
        return v;
    }

    private static void prices(Map<String, BigDecimal> prices, TreeSet<String> used, Provenance provenance,
                               List<String> assumptions, Network.Builder b) {
        List<String> unpriced = used.stream().filter(s -> !prices.containsKey(s)).toList();
        Map<String, Object> stated = new TreeMap<>();
        used.stream().filter(prices::containsKey).forEach(s -> stated.put(s, prices.get(s).doubleValue()));
        provenance.put("priceUsdPerShare", stated.isEmpty() ? null : stated);
        assumptions.add("Unique stake (operator sets) is not multi-asset yet: each operator's strategies are summed "
                + "into one value at a stated price per whole share (10^18 shares), taking a share as worth its price "
                + "whatever the strategy's share-to-token rate.");
        if (unpriced.isEmpty()) {
            b.asset(new Asset("USD", 1));
        } else if (stated.isEmpty()) {
            assumptions.add("No --price given: every strategy counts 1 per whole share, so values are in shares, not USD.");
        } else {
            assumptions.add("No --price for strategy " + String.join(", ", unpriced) + ": it counts 1 per whole share, "
                    + "so values mix USD and shares.");
        }
    }

    /**
     * A chain id for an AVS (or one of its operator sets): {@code avs-} and the address's first 8 hex digits, or all 40
     * when another AVS of this import already has that prefix; {@code owners} remembers which AVS has which id.
     */
    static String chainId(Map<String, String> owners, String avs, Long set) {
        String suffix = set == null ? "" : "-set-" + set;
        String id = "avs-" + avs.substring(2, 10) + suffix;
        String owner = owners.putIfAbsent(id, avs);
        return owner == null || owner.equals(avs) ? id : "avs-" + avs.substring(2) + suffix;
    }

    static String avsName(Map<String, String> names, String avs, Long set) {
        String name = names.getOrDefault(avs, "");
        String base = name.isEmpty() ? "AVS " + avs.substring(0, 6) + "…" + avs.substring(38) : name;
        return set == null ? base : base + " set " + set;
    }

    private static NetworkFormatException at(Path file, String message) {
        return new NetworkFormatException(List.of(new Problem(String.valueOf(file.getFileName()), 1, 1, "$", message)));
    }
}
