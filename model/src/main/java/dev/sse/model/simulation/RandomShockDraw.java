package dev.sse.model.simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The one place the seed is used: which validators a {@code "shock"} with a {@code "budget"} ψ hits.
 *
 * <p>Candidates are the validators still in the sets with positive value, in file order, shuffled by
 * Fisher–Yates with {@link java.util.Random} (whose algorithm the JDK specifies, so the draw is the same on
 * every JVM) seeded with {@code seed + 31·faultIndex}. Walking the shuffled list, a validator is taken when the
 * total stays ≤ ψ·σ(V) (σ(V) = current value of all validators): a member of the DR shock family D_ψ(G).
 */
final class RandomShockDraw {

    private RandomShockDraw() {
    }

    static List<String> draw(LiveState state, double budget, long seed, int faultIndex) {
        List<String> pool = new ArrayList<>();
        for (String id : state.validatorIds()) {
            if (!state.isRemoved(id) && state.value(id) > 0) {
                pool.add(id);
            }
        }
        Random random = new Random(seed + 31L * faultIndex);
        for (int i = pool.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            String t = pool.get(i);
            pool.set(i, pool.get(j));
            pool.set(j, t);
        }
        double limit = budget * state.totalValue() * (1 + 1e-12);
        double sum = 0;
        List<String> drawn = new ArrayList<>();
        for (String id : pool) {
            double v = state.value(id);
            if (sum + v <= limit) {
                drawn.add(id);
                sum += v;
            }
        }
        return drawn;
    }
}
