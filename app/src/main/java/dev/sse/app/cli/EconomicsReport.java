package dev.sse.app.cli;

import dev.sse.model.analysis.economics.BridgeEconomics;
import dev.sse.model.analysis.economics.ChainEconomics;
import dev.sse.model.analysis.economics.Economics;
import dev.sse.model.analysis.economics.ValidatorEconomics;
import dev.sse.model.format.Screen;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The issue-10 part of the readable {@code analyze} report: per chain cost, security per cost, finality and
 * sovereignty; the validators with the highest return on stake; every bridge against the value it carries.
 */
final class EconomicsReport {

    /** Validators listed in the report (all of them are in {@code --json}). */
    static final int TOP_VALIDATORS = 10;

    private EconomicsReport() {
    }

    static String render(Economics e) {
        String unit = e.valueUnit().isEmpty() ? "value units" : e.valueUnit();
        StringBuilder sb = new StringBuilder("\nCosts, finality and sovereignty\n");
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"chain", "security cost (" + unit + "/yr)", "security per cost (yr)", "finality (s)",
                "validator set", "upgrades"});
        for (ChainEconomics c : e.chains().values()) {
            rows.add(new String[] {c.id(), c.annualSecurityCost() == null ? "n/a" : Screen.amount(c.annualSecurityCost()), c.securityPerCost() == null ? "n/a"
                    : Screen.decimal(c.securityPerCost()), opt(c.timeToFinalitySeconds()),
                    c.sovereignty().validatorSet(), c.sovereignty().upgrades()
                    + (c.sovereignty().upgradeDelayDays() == null ? "" : ", " + Screen.decimal(
                    c.sovereignty().upgradeDelayDays()) + " d delay")});
        }
        Table.append(sb, rows);
        validators(sb, e);
        bridges(sb, e, unit);
        return sb.toString();
    }

    private static void validators(StringBuilder sb, Economics e) {
        List<ValidatorEconomics> earning = e.validators().values().stream().filter(v -> v.returnOnStake() != null
                && v.annualIncome() > 0).sorted(Comparator.comparing(ValidatorEconomics::returnOnStake).reversed()
                .thenComparing(ValidatorEconomics::id)).toList();
        if (earning.isEmpty()) {
            return;
        }
        sb.append("\nReturn on stake (top ").append(Math.min(TOP_VALIDATORS, earning.size())).append(" of ")
                .append(earning.size()).append(" earning validators)\n");
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"validator", "stake", "income/yr", "return", "staked once", "multiplier", "chains"});
        for (ValidatorEconomics v : earning.subList(0, Math.min(TOP_VALIDATORS, earning.size()))) {
            rows.add(new String[] {v.id(), Screen.amount(v.stakeValue()), Screen.amount(v.annualIncome()),
                    Screen.percent(v.returnOnStake()), v.stakedOnceReturn() == null ? "n/a"
                    : Screen.percent(v.stakedOnceReturn()), v.restakingMultiplier() == null ? "n/a"
                    : Screen.decimal(v.restakingMultiplier()) + "x",
                    String.valueOf(v.chainsSecured())});
        }
        Table.append(sb, rows);
    }

    private static void bridges(StringBuilder sb, Economics e, String unit) {
        if (e.bridges().isEmpty()) {
            return;
        }
        sb.append("\nBridges\n");
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"bridge", "joins", "trust", "carries (" + unit + ")", "cost to break", "secure",
                "weakest link"});
        for (BridgeEconomics b : e.bridges().values()) {
            rows.add(new String[] {b.id(), String.join(" <-> ", b.chains()), b.trust(), Screen.amount(b.value()),
                    Screen.amount(b.costOfCorruption()) + (b.costExact() ? "" : "*"), b.secure() ? "yes" : "NO",
                    b.weakestLink() ? "YES" : "no"});
        }
        Table.append(sb, rows);
    }

    private static String opt(Double d) {
        return d == null ? "n/a" : Screen.decimal(d);
    }
}
