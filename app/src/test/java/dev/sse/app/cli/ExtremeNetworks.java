package dev.sse.app.cli;

import dev.sse.model.network.Allocation;
import dev.sse.model.network.Asset;
import dev.sse.model.network.Bridge;
import dev.sse.model.network.BridgeTrust;
import dev.sse.model.network.Chain;
import dev.sse.model.network.ChainKind;
import dev.sse.model.network.Network;
import dev.sse.model.network.SecurityCost;
import dev.sse.model.network.Settings;
import dev.sse.model.network.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Networks for the engines' property test (issue 17 item 1): small random networks whose amounts, prices, profits
 * and thresholds come from one magnitude profile each (ordinary, tiny, huge, mixed across the whole double range),
 * and bundled samples with some number literals replaced by extreme values. The reader decides what is valid;
 * the engines must then compute it.
 */
final class ExtremeNetworks {

    /** Literals that broke the engines before issue 17 (1e-9 profit, 1e-300 threshold, 1e308 stakes) and kin. */
    static final String[] EXTREMES = {"1e-9", "1e-300", "1e308", "1.7976931348623157e308", "4.9e-324", "1e15",
        "1e16", "1e18", "1e30", "1e100", "1e-30", "0.999999999999", "0.123456789123", "1e-6", "0", "1",
        "0.3333333", "9.223372036854775807e18", "123456789.123456789", "2.5e-5"};

    private static final Pattern NUMBER = Pattern.compile("(?<=[:\\[,]\\s{0,3})-?\\d+(\\.\\d+)?([eE][+-]?\\d+)?");

    private final Random r;
    private final int profile;

    private ExtremeNetworks(Random r) {
        this.r = r;
        this.profile = r.nextInt(6);
    }

    static Network random(long seed) {
        return new ExtremeNetworks(new Random(seed)).network();
    }

    /**
     * {@code text} with one to three number literals before its stored scenarios replaced by {@link #EXTREMES} or
     * random doubles (stored scenarios are item 8's: {@code validate} does not check them yet).
     */
    static String mutate(String text, long seed) {
        Random r = new Random(seed);
        String s = text;
        for (int i = 1 + r.nextInt(3); i > 0; i--) {
            int end = s.contains("\"scenarios\"") ? s.indexOf("\"scenarios\"") : s.length();
            Matcher m = NUMBER.matcher(s).region(0, end);
            List<int[]> spans = new ArrayList<>();
            while (m.find()) {
                spans.add(new int[] {m.start(), m.end()});
            }
            int[] at = spans.get(r.nextInt(spans.size()));
            String value = r.nextInt(4) == 0 ? Double.toString(new ExtremeNetworks(r).amount())
                    : EXTREMES[r.nextInt(EXTREMES.length)];
            s = s.substring(0, at[0]) + value + s.substring(at[1]);
        }
        return s;
    }

    /** A positive amount of this network's magnitude profile. */
    private double amount() {
        double d = switch (profile) {
            case 0 -> 1 + r.nextInt(1_000_000) / (r.nextBoolean() ? 1.0 : 100.0);
            case 1 -> Math.pow(10, -12 + r.nextInt(4)) * (1 + r.nextDouble());
            case 2 -> Math.pow(10, 14 + r.nextInt(4)) * (1 + r.nextDouble());
            case 3 -> Math.pow(10, -20 + r.nextInt(60)) * (1 + r.nextDouble());
            case 4 -> Math.abs(Double.longBitsToDouble(r.nextLong()));
            default -> Math.pow(10, -324 + r.nextInt(633)) * (1 + r.nextDouble());
        };
        return Double.isFinite(d) && d > 0 ? d : Double.MAX_VALUE;
    }

    private double threshold() {
        double[] picks = {1, 2.0 / 3.0, 0.5, 1e-300, 1e-9, 0.123456789123, Double.MIN_VALUE, 0.9999999999999999,
            1 - r.nextDouble()};
        return picks[r.nextInt(picks.length)];
    }

    private Network network() {
        Network.Builder b = Network.builder().name("extreme-" + profile);
        boolean assets = r.nextBoolean();
        if (assets) {
            b.asset(new Asset("A", amount())).asset(new Asset("B", amount()));
        }
        int n = r.nextInt(9);
        double[] stake = new double[n];
        for (int i = 0; i < n; i++) {
            stake[i] = amount();
            b.validator(new Validator("v" + i, null, stake[i], assets ? (r.nextBoolean() ? "A" : "B") : null,
                    r.nextInt(3) == 0 ? "op" + r.nextInt(2) : null));
        }
        List<Chain> chains = new ArrayList<>();
        int m = 1 + r.nextInt(5);
        List<ChainKind> kinds = List.of(ChainKind.values());
        for (int s = 0; s < m; s++) {
            ChainKind kind = s == 0 ? ChainKind.RELAY : kinds.get(r.nextInt(kinds.size()));
            String securedBy = kind.isConsumer() ? chains.get(r.nextInt(chains.size())).id() : null;
            SecurityCost cost = r.nextBoolean() ? null : SecurityCost.sharedRewards(amount(), r.nextDouble());
            Chain c = Chain.builder("c" + s, kind).profitFromCorruption(r.nextInt(8) == 0 ? 0 : amount())
                    .attackThreshold(threshold()).securedBy(securedBy)
                    .finalitySeconds(r.nextBoolean() ? amount() : null).securityCost(cost).build();
            chains.add(c);
            b.chain(c);
        }
        for (int i = 0; i < n; i++) {
            for (Chain c : chains) {
                if (r.nextInt(3) == 0) {
                    b.allocation(r.nextBoolean() ? Allocation.pooled("v" + i, c.id())
                            : Allocation.of("v" + i, c.id(), stake[i] * (1 - r.nextDouble()) / m));
                }
            }
        }
        if (m > 1 && r.nextBoolean()) {
            b.bridge(new Bridge("br", null, Bridge.Kind.values()[0], List.of("c0", "c1"), amount(),
                    new BridgeTrust.External(amount(), null, null)));
        }
        if (n > 0) {
            List<Object> faults = new ArrayList<>(List.of(Map.of("type", "shock", "validators", List.of("v0"))));
            if (assets) {
                faults.add(Map.of("type", "price-shock", "asset", "A", "drop", r.nextDouble()));
            }
            b.scenario("s", new Settings(Map.of("faults", faults, "policy", r.nextBoolean() ? "greedy" : "myopic",
                    "seed", 1L)));
        }
        return b.build();
    }
}
