package dev.sse.model.simulation;

import java.util.List;

/**
 * A valid attack found by a {@link CascadeAttackFinder} for one cascade round: the coalition
 * {@code validators} (B) corrupts {@code chains} (A), with {@code profit} = π(A) &gt; {@code cost} = σ(B)
 * (Durvasula–Roughgarden, "Robust Restaking Networks", arXiv:2407.21785). Money in value units.
 *
 * <p>The engine re-derives cost and profit from the ids when it executes the attack (it charges each
 * attacker its whole current stake value); these two numbers are the finder's own view.
 *
 * @param chains     attacked chain ids (A), not empty
 * @param validators attacking validator ids (B); may be empty when every validator securing the chains
 *                   was removed (an unsecured chain falls for free)
 * @param cost       σ(B) in value units
 * @param profit     π(A) in value units
 * @param exact      true when the finder proved this the attack its policy asks for; false when its search
 *                   stopped at the solve budget with the best attack found so far (issue 17 item 5)
 */
public record FoundAttack(List<String> chains, List<String> validators, double cost, double profit, boolean exact) {

    /** A proven attack ({@code exact = true}). */
    public FoundAttack(List<String> chains, List<String> validators, double cost, double profit) {
        this(chains, validators, cost, profit, true);
    }

    public FoundAttack {
        chains = List.copyOf(chains);
        validators = List.copyOf(validators);
        if (chains.isEmpty()) {
            throw new IllegalArgumentException("an attack corrupts at least one chain");
        }
    }
}
