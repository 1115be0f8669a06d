package dev.sse.model.network;

import java.util.Optional;

/**
 * Who can change a chain's code (issue 10, "sovereignty"), as written in a chain's optional {@code governance}.
 *
 * <ul>
 *   <li>{@code own}: the chain's own on-chain governance (its token holders or validators) upgrades it;</li>
 *   <li>{@code provider}: the chain that secures it ({@code securedBy}) decides its upgrades, e.g. Polkadot
 *       system parachains governed by the relay chain's OpenGov;</li>
 *   <li>{@code security-council}: a council multisig of {@code k} of {@code n} members can upgrade it, as on
 *       most rollups (L2BEAT stage 1 asks for ≥ 8 members and a ≥ 75% threshold, domain.md §4.1).</li>
 * </ul>
 *
 * @param model            who decides upgrades
 * @param k                council threshold (signatures needed), only with {@link Model#SECURITY_COUNCIL}, else null
 * @param n                council size, only with {@link Model#SECURITY_COUNCIL}, else null; 1 ≤ k ≤ n
 * @param upgradeDelayDays days between an upgrade's approval and its effect, ≥ 0, or null when not given
 */
public record Governance(Model model, Integer k, Integer n, Double upgradeDelayDays) {

    /** The governance models of the file format, named by {@link FileName} ({@code "security-council"}). */
    public enum Model implements FileName {
        OWN, PROVIDER, SECURITY_COUNCIL
    }

    /** A short label: {@code own}, {@code provider}, {@code security-council 9/12}. */
    public String label() {
        return model == Model.SECURITY_COUNCIL ? model.json() + " " + k + "/" + n : model.json();
    }

    public Optional<Double> upgradeDelay() {
        return Optional.ofNullable(upgradeDelayDays);
    }
}
