package dev.sse.model.analysis;

import dev.sse.model.network.RollupSecurity;

/**
 * A rollup's exit window (L2BEAT risk rosette, domain.md §4.1): upgradeDelayDays − exitDelayDays, at least 0.
 * Without an upgrade delay a rollup marked {@code "upgradable": false} has no limit (+∞, "unlimited");
 * otherwise a missing delay counts as 0 (instant upgrades). Risk: &lt; 7 days bad, &lt; 30 warning, else good.
 */
public final class ExitWindow {

    private ExitWindow() {
    }

    /** The window in days (+∞ when unlimited). */
    public static double days(RollupSecurity security) {
        if (security.upgradeDelayDays() == null && security.immutable()) {
            return Double.POSITIVE_INFINITY;
        }
        double upgrade = security.upgradeDelayDays() == null ? 0 : security.upgradeDelayDays();
        double exit = security.exitDelayDays() == null ? 0 : security.exitDelayDays();
        return Math.max(0, upgrade - exit);
    }

    /** "bad", "warning" or "good". */
    public static String risk(double days) {
        return days < 7 ? "bad" : days < 30 ? "warning" : "good";
    }
}
