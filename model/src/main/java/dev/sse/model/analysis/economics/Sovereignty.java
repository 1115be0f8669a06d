package dev.sse.model.analysis.economics;

import dev.sse.model.network.Chain;
import dev.sse.model.network.Governance;
import dev.sse.model.network.Network;

/**
 * Who controls a chain (issue 10, "sovereignty"): its validator set and its upgrades.
 *
 * <ul>
 *   <li>{@code validatorSet}: {@code "own"} when validators allocate to the chain directly (isolated chains, hubs,
 *       AVSs choosing their operator sets), {@code "provider:<id>"} when it inherits the set of the chain named in
 *       {@code securedBy} (replicated or partial-set ICS consumers, parachains, rollups);</li>
 *   <li>{@code upgrades}: its {@code governance} — {@code "own"}, {@code "provider:<id>"},
 *       {@code "security-council k/n"} — or {@code "none (immutable)"} for a rollup marked
 *       {@code "upgradable": false}; {@code "own"} when the file says nothing;</li>
 *   <li>{@code upgradeDelayDays}: the governance's delay, else a rollup's {@code security.upgradeDelayDays}, else
 *       null (not given).</li>
 * </ul>
 *
 * @param validatorSet     who picks the validators
 * @param upgrades         who can change the code
 * @param upgradeDelayDays days between an approved upgrade and its effect, or null
 * @param why              one line explaining it
 */
public record Sovereignty(String validatorSet, String upgrades, Double upgradeDelayDays, String why) {

    public static Sovereignty of(Network network, Chain c) {
        boolean inherits = c.securedBy() != null && network.allocationsTo(c.id()).isEmpty()
                && c.kind().inheritsProviderSet();
        String set = inherits ? "provider:" + c.securedBy() : "own";
        Governance g = c.governance();
        String upgrades;
        if (g != null) {
            upgrades = g.model() == Governance.Model.PROVIDER ? "provider:" + c.securedBy() : g.label();
        } else if (c.rollupSecurity().immutable()) {
            upgrades = "none (immutable)";
        } else {
            upgrades = "own";
        }
        Double delay = g != null && g.upgradeDelayDays() != null ? g.upgradeDelayDays()
                : c.rollupSecurity().upgradeDelayDays();
        String why = (inherits ? "validators are " + c.securedBy() + "'s (inherited set)" : "it picks its own validators")
                + "; upgrades: " + describe(upgrades, c) + (g == null && upgrades.equals("own") ? " (default)" : "")
                + (delay == null ? "" : ", after " + dev.sse.model.format.Screen.decimal(delay) + " days");
        return new Sovereignty(set, upgrades, delay, why);
    }

    private static String describe(String upgrades, Chain c) {
        if (upgrades.startsWith("provider:")) {
            return "decided by " + c.securedBy() + "'s governance";
        }
        if (upgrades.startsWith("security-council")) {
            return "a " + upgrades.replace("security-council ", "") + " security council";
        }
        return upgrades.equals("own") ? "its own governance" : "none, the code is immutable";
    }

    /** True when both the validator set and the upgrades are its own. */
    public boolean sovereign() {
        return validatorSet.equals("own") && upgrades.equals("own");
    }
}
