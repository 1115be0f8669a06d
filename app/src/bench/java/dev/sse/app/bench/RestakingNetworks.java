package dev.sse.app.bench;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * EigenLayer-like restaking networks at real scale (issue 20), generated as shared/solvers.md §1 describes, so they
 * never live in the repository as files:
 * <pre>
 *   java -cp "app/target/explorer.jar:app/target/lib/*" dev.sse.app.bench.RestakingNetworks pooled 1900 42 1 7 /tmp/p.json
 * </pre>
 * Arguments: {@code pooled|unique OPERATORS SERVICES PROFIT_FACTOR SEED FILE [DECIMALS]}.
 * <ul>
 *   <li>Stake = lognormal(μ 15.0, σ 1.6) USD with {@code DECIMALS} decimals (default 2; up to 18, the wei of an
 *       ERC-20 amount).</li>
 *   <li>Each operator joins 1 + ⌊Exp(mean 4)⌋ services drawn with replacement with weights 1/(1 + j)^0.8,
 *       duplicates dropped; a service nobody joined gets one random operator.</li>
 *   <li>α uniform in {1/3, 1/2, 2/3}; profit = α · σ(N(s)) · U(0.05, 0.3) × factor, rounded to 2 decimals.</li>
 *   <li>{@code pooled}: every allocation is the operator's whole stake. {@code unique}: the operator splits its
 *       stake over its services (random shares, at most the whole), so no allocation can reach the stake cap.</li>
 * </ul>
 * The same arguments give the same bytes.
 */
public final class RestakingNetworks {

    private RestakingNetworks() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 6) {
            System.err.println("usage: RestakingNetworks pooled|unique OPERATORS SERVICES PROFIT_FACTOR SEED FILE [DECIMALS]");
            System.exit(2);
        }
        int decimals = args.length > 6 ? Integer.parseInt(args[6]) : 2;
        String json = generate(args[0].equals("unique"), Integer.parseInt(args[1]), Integer.parseInt(args[2]),
                Integer.parseInt(args[3]), Long.parseLong(args[4]), decimals);
        try (Writer w = Files.newBufferedWriter(Path.of(args[5]), StandardCharsets.UTF_8)) {
            w.write(json);
        }
    }

    /** The network as JSON (the network format, value unit USD). */
    public static String generate(boolean unique, int operators, int services, int factor, long seed, int decimals) {
        SplittableRandom r = new SplittableRandom(seed);
        BigDecimal[] stake = new BigDecimal[operators];
        List<TreeSet<Integer>> joins = new ArrayList<>();
        double[] cumulative = new double[services];
        double total = 0;
        for (int j = 0; j < services; j++) {
            total += 1 / Math.pow(1 + j, 0.8);
            cumulative[j] = total;
        }
        for (int v = 0; v < operators; v++) {
            double usd = Math.exp(15.0 + 1.6 * gaussian(r));
            stake[v] = BigDecimal.valueOf(usd).setScale(decimals, RoundingMode.HALF_EVEN);
            if (decimals > 2) {
                // digits beyond the cent that a double does not carry: drawn, so all decimals are used
                BigDecimal tail = BigDecimal.valueOf(r.nextLong(1, (long) Math.pow(10, Math.min(decimals - 2, 18))))
                        .movePointLeft(decimals);
                stake[v] = stake[v].setScale(2, RoundingMode.DOWN).add(tail);
            }
            int k = 1 + (int) Math.floor(-4 * Math.log(1 - r.nextDouble()));
            TreeSet<Integer> set = new TreeSet<>();
            for (int i = 0; i < k; i++) {
                double u = r.nextDouble() * total;
                int j = 0;
                while (cumulative[j] < u) {
                    j++;
                }
                set.add(j);
            }
            joins.add(set);
        }
        for (int j = 0; j < services; j++) {
            final int s = j;
            if (joins.stream().noneMatch(t -> t.contains(s))) {
                joins.get(r.nextInt(operators)).add(s);
            }
        }
        BigDecimal[][] amount = new BigDecimal[operators][];
        BigDecimal[] pool = new BigDecimal[services];
        java.util.Arrays.fill(pool, BigDecimal.ZERO);
        for (int v = 0; v < operators; v++) {
            TreeSet<Integer> set = joins.get(v);
            amount[v] = new BigDecimal[set.size()];
            double[] share = new double[set.size()];
            double sum = 0;
            for (int i = 0; i < share.length; i++) {
                share[i] = 0.2 + r.nextDouble();
                sum += share[i];
            }
            int i = 0;
            for (int s : set) {
                amount[v][i] = unique ? stake[v].multiply(BigDecimal.valueOf(share[i] / sum * 0.999))
                        .setScale(decimals, RoundingMode.DOWN) : stake[v];
                pool[s] = pool[s].add(amount[v][i]);
                i++;
            }
        }
        String[] alphas = {"0.3333333333333333", "0.5", "0.6666666666666666"};
        StringBuilder out = new StringBuilder(1 << 20);
        out.append("{\n  \"format\": \"shared-security-network\",\n  \"version\": 1,\n  \"name\": \"restaking ")
                .append(unique ? "unique " : "pooled ").append(operators).append(" x ").append(services)
                .append(" profits x").append(factor).append(" seed ").append(seed).append("\",\n  \"validators\": [\n");
        for (int v = 0; v < operators; v++) {
            out.append(String.format(Locale.ROOT, "    {\"id\": \"op%04d\", \"stake\": %s}%s%n", v,
                    stake[v].toPlainString(), v < operators - 1 ? "," : ""));
        }
        out.append("  ],\n  \"chains\": [\n");
        for (int s = 0; s < services; s++) {
            int a = r.nextInt(3);
            double u = 0.05 + 0.25 * r.nextDouble();
            BigDecimal alpha = BigDecimal.valueOf(a + 1).divide(BigDecimal.valueOf(3), 20, RoundingMode.HALF_EVEN);
            BigDecimal profit = pool[s].multiply(alpha).multiply(BigDecimal.valueOf(u))
                    .multiply(BigDecimal.valueOf(factor)).setScale(2, RoundingMode.HALF_EVEN);
            out.append(String.format(Locale.ROOT, "    {\"id\": \"avs%03d\", \"kind\": \"service\", "
                    + "\"profitFromCorruption\": %s, \"attackThreshold\": %s}%s%n", s, profit.toPlainString(),
                    alphas[a], s < services - 1 ? "," : ""));
        }
        out.append("  ],\n  \"allocations\": [\n");
        boolean first = true;
        for (int v = 0; v < operators; v++) {
            int i = 0;
            for (int s : joins.get(v)) {
                out.append(first ? "" : ",\n");
                first = false;
                out.append(String.format(Locale.ROOT, "    {\"validator\": \"op%04d\", \"chain\": \"avs%03d\"", v, s));
                if (unique) {
                    out.append(", \"amount\": ").append(amount[v][i].toPlainString());
                }
                out.append('}');
                i++;
            }
        }
        out.append("\n  ]\n}\n");
        return out.toString();
    }

    private static double gaussian(SplittableRandom r) {
        double u = 1 - r.nextDouble();
        double v = r.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }
}
