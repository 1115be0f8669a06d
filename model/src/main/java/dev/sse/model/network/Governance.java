package dev.sse.model.network;

import java.util.Arrays;
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

    /** The governance models of the file format. */
    public enum Model {
        OWN("own"), PROVIDER("provider"), SECURITY_COUNCIL("security-council");

        private final String json;

        Model(String json) {
            this.json = json;
        }

        /** The file-format name, e.g. {@code "security-council"}. */
        public String json() {
            return json;
        }

        /** Parses a file-format name; empty when unknown. */
        public static Optional<Model> fromJson(String name) {
            return Arrays.stream(values()).filter(m -> m.json.equals(name)).findFirst();
        }

        /** All file-format names, for error messages. */
        public static String allNames() {
            return String.join(", ", Arrays.stream(values()).map(Model::json).toList());
        }
    }

    /** A short label: {@code own}, {@code provider}, {@code security-council 9/12}. */
    public String label() {
        return model == Model.SECURITY_COUNCIL ? model.json() + " " + k + "/" + n : model.json();
    }

    public Optional<Double> upgradeDelay() {
        return Optional.ofNullable(upgradeDelayDays);
    }
}
