package dev.sse.app.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes the large networks of docs/performance.md "Memory at scale" (issue 17 item 7), so they never live in
 * the repository as files:
 * <pre>
 *   java -cp "app/target/explorer.jar:app/target/lib/*" dev.sse.app.bench.ScaleNetworks relay 100000 500 /tmp/relay.json
 *   java -cp "app/target/explorer.jar:app/target/lib/*" dev.sse.app.bench.ScaleNetworks chain 3000 /tmp/chain.json
 * </pre>
 * {@code relay V P}: a relay chain with V validators (lognormal stakes, seed 17, 2 decimals, pooled allocations)
 * and P parachains inheriting its whole set ({@code securedBy} the relay), each paying coretime (so every validator
 * earns from every parachain: the economics see V × P incomes). {@code chain N}: a relay with 100
 * validators and N rollups, each {@code securedBy} the one before (an L(n+1) on an Ln), so every link inherits
 * the relay's set through all the links above it.
 */
public final class ScaleNetworks {

    private ScaleNetworks() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 4 && args[0].equals("relay")) {
            try (Writer w = open(args[3])) {
                relay(w, Integer.parseInt(args[1]), Integer.parseInt(args[2]));
            }
        } else if (args.length == 3 && args[0].equals("chain")) {
            try (Writer w = open(args[2])) {
                chain(w, Integer.parseInt(args[1]));
            }
        } else {
            System.err.println("usage: ScaleNetworks relay VALIDATORS PARACHAINS FILE | chain LINKS FILE");
            System.exit(2);
        }
    }

    private static Writer open(String file) throws IOException {
        return new BufferedWriter(Files.newBufferedWriter(Path.of(file), StandardCharsets.UTF_8), 1 << 16);
    }

    /** A relay with {@code validators} validators and {@code parachains} parachains inheriting its set. */
    public static void relay(Writer w, int validators, int parachains) throws IOException {
        head(w, "relay " + validators + " x " + parachains);
        validators(w, validators);
        w.write("  \"chains\": [\n    {\"id\": \"relay\", \"kind\": \"relay\", \"asset\": \"DOT\", \"profitFromCorruption\": 20000000}");
        SplittableRandom r = new SplittableRandom(18);
        for (int p = 1; p <= parachains; p++) {
            w.write(String.format(Locale.ROOT, ",%n    {\"id\": \"para%05d\", \"kind\": \"parachain\", \"securedBy\": \"relay\","
                    + " \"profitFromCorruption\": %.2f, \"securityCost\": {\"coretimePerYear\": %d}}", p,
                    1000 + r.nextDouble() * 500_000, 50_000 + r.nextInt(450_000)));
        }
        w.write("\n  ],\n");
        allocations(w, validators);
    }

    /** A relay with 100 validators and {@code links} rollups, each secured by the previous one. */
    public static void chain(Writer w, int links) throws IOException {
        head(w, "securedBy chain of " + links);
        validators(w, 100);
        w.write("  \"chains\": [\n    {\"id\": \"relay\", \"kind\": \"relay\", \"asset\": \"DOT\", \"profitFromCorruption\": 20000000}");
        String previous = "relay";
        for (int i = 1; i <= links; i++) {
            String id = String.format(Locale.ROOT, "l%05d", i);
            w.write(String.format(Locale.ROOT, ",%n    {\"id\": \"%s\", \"kind\": \"rollup\", \"securedBy\": \"%s\","
                    + " \"profitFromCorruption\": %d}", id, previous, 1000 + i));
            previous = id;
        }
        w.write("\n  ],\n");
        allocations(w, 100);
    }

    private static void head(Writer w, String name) throws IOException {
        w.write("{\n  \"format\": \"shared-security-network\",\n  \"version\": 1,\n  \"name\": \"" + name + "\",\n"
                + "  \"assets\": [{\"symbol\": \"DOT\", \"priceUsd\": 5}],\n");
    }

    private static void validators(Writer w, int n) throws IOException {
        SplittableRandom r = new SplittableRandom(17);
        w.write("  \"validators\": [\n");
        for (int v = 1; v <= n; v++) {
            double stake = Math.exp(10 + 0.8 * gaussian(r));
            w.write(String.format(Locale.ROOT, "    {\"id\": \"v%06d\", \"stake\": %.2f, \"asset\": \"DOT\"}%s%n", v,
                    Math.max(1, stake), v < n ? "," : ""));
        }
        w.write("  ],\n");
    }

    private static void allocations(Writer w, int n) throws IOException {
        w.write("  \"allocations\": [\n");
        for (int v = 1; v <= n; v++) {
            w.write(String.format(Locale.ROOT, "    {\"validator\": \"v%06d\", \"chain\": \"relay\"}%s%n", v,
                    v < n ? "," : ""));
        }
        w.write("  ]\n}\n");
    }

    private static double gaussian(SplittableRandom r) {
        double u = 1 - r.nextDouble();
        double v = r.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }
}
