package dev.sse.model.network;

/**
 * A rollup's proof and governance delays, read once from its {@code security} settings (issue 21), in the terms
 * of L2BEAT's risk rosette (domain.md 4.1). Absent keys are null; the engines that read them apply their defaults
 * ({@code ExitWindow}, {@code Finality}, {@code Sovereignty}).
 *
 * @param proof                "optimistic", "zk", "none", or null
 * @param upgradable           whether its contracts can be upgraded, or null
 * @param upgradeDelayDays     delay before an upgrade takes effect, or null
 * @param exitDelayDays        time users need to exit, or null
 * @param challengeWindowDays  an optimistic rollup's challenge window, or null
 * @param proofIntervalSeconds time between a ZK rollup's validity proofs, or null
 */
public record RollupSecurity(String proof, Boolean upgradable, Double upgradeDelayDays, Double exitDelayDays,
                             Double challengeWindowDays, Double proofIntervalSeconds) {

    public static RollupSecurity of(Settings s) {
        return new RollupSecurity(s.string("proof").orElse(null), s.bool("upgradable").orElse(null),
                number(s, "upgradeDelayDays"), number(s, "exitDelayDays"), number(s, "challengeWindowDays"),
                number(s, "proofIntervalSeconds"));
    }

    /** True only when the file says {@code "upgradable": false}. */
    public boolean immutable() {
        return Boolean.FALSE.equals(upgradable);
    }

    private static Double number(Settings s, String key) {
        return s.number(key).isPresent() ? s.number(key).getAsDouble() : null;
    }
}
