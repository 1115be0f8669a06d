package dev.sse.app.bench;

import dev.sse.model.network.Allocation;
import dev.sse.model.network.Asset;
import dev.sse.model.network.Chain;
import dev.sse.model.network.ChainKind;
import dev.sse.model.network.Network;
import dev.sse.model.network.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Benchmark networks generated with fixed seeds, in the shapes of the bundled samples: kusama (1,000
 * validators, relay + 100 parachains inheriting it), stress (2,000 validators × 50 services, ~20,000
 * allocations, pooled and unique) and eigen (200 operators × 12 AVSs, heavy-tailed 2-decimal ETH stakes,
 * α ∈ {1/3, 1/2, 2/3}).
 */
public final class Shapes {

    private static final double[] ALPHAS = {1.0 / 3, 0.5, 2.0 / 3};

    private Shapes() {
    }

    private static double cents(double x) {
        return Math.round(x * 100) / 100.0;
    }

    public static Network kusama(long seed) {
        Random r = new Random(seed);
        Network.Builder b = Network.builder().name("kusama-shape").asset(new Asset("KSM", 30.0));
        b.chain(new Chain("relay", null, ChainKind.RELAY, "KSM", 50_000_000, 2.0 / 3, null, null, null));
        for (int p = 0; p < 100; p++) {
            b.chain(new Chain(String.format("para-%03d", p), null, ChainKind.PARACHAIN, null,
                    cents(100_000 + r.nextDouble() * 1_900_000), 2.0 / 3, "relay", null, null));
        }
        for (int i = 0; i < 1000; i++) {
            String id = String.format("val-%04d", i);
            b.validator(new Validator(id, null, cents(8_500 + r.nextDouble() * 3_000), "KSM", null));
            b.allocation(Allocation.pooled(id, "relay"));
        }
        return b.build();
    }

    public static Network stress(long seed) {
        Random r = new Random(seed);
        Network.Builder b = Network.builder().name("stress-shape");
        int services = 50;
        List<Double> stakes = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            double stake = cents(100 + r.nextDouble() * 9_900);
            stakes.add(stake);
            b.validator(new Validator(String.format("v%04d", i), null, stake, null, null));
        }
        double[] secured = new double[services];
        List<Allocation> allocations = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            boolean pooled = r.nextBoolean();
            for (int k = 0; k < 10; k++) {
                int s = (i * 7 + k * 5 + r.nextInt(3)) % services;
                String v = String.format("v%04d", i);
                String id = String.format("svc-%02d", s);
                if (allocations.stream().skip(Math.max(0, allocations.size() - 10))
                        .anyMatch(a -> a.validator().equals(v) && a.chain().equals(id))) {
                    continue;
                }
                double amount = pooled ? stakes.get(i) : cents(stakes.get(i) / 10);
                allocations.add(pooled ? Allocation.pooled(v, id) : Allocation.of(v, id, amount));
                secured[s] += amount;
            }
        }
        for (int s = 0; s < services; s++) {
            double alpha = ALPHAS[s % 3];
            b.chain(new Chain(String.format("svc-%02d", s), null, ChainKind.SERVICE, null,
                    cents(secured[s] * alpha * 0.1), alpha, null, null, null));
        }
        allocations.forEach(b::allocation);
        return b.build();
    }

    public static Network eigen(long seed) {
        Random r = new Random(seed);
        Network.Builder b = Network.builder().name("eigen-shape").asset(new Asset("ETH", 3000.0));
        int avss = 12;
        double[] secured = new double[avss];
        List<Allocation> allocations = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            double stake = cents(Math.min(500_000, 50 / Math.pow(1 - r.nextDouble(), 1 / 1.2)));
            String id = String.format("op-%03d", i);
            b.validator(new Validator(id, null, stake, "ETH", null));
            int k = 1 + r.nextInt(5);
            boolean[] used = new boolean[avss];
            for (int j = 0; j < k; j++) {
                int s = r.nextInt(avss);
                if (!used[s]) {
                    used[s] = true;
                    allocations.add(Allocation.pooled(id, String.format("avs-%02d", s)));
                    secured[s] += stake * 3000;
                }
            }
        }
        for (int s = 0; s < avss; s++) {
            double alpha = ALPHAS[s % 3];
            b.chain(new Chain(String.format("avs-%02d", s), null, ChainKind.AVS, null,
                    cents(secured[s] * alpha * 0.12), alpha, "ethereum", null, null));
        }
        allocations.forEach(b::allocation);
        return b.build();
    }
}
