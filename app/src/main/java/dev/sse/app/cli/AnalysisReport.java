package dev.sse.app.cli;

import dev.sse.model.analysis.AnalysisResult;
import dev.sse.model.analysis.Attack;
import dev.sse.model.analysis.ChainMetrics;
import dev.sse.model.analysis.WorstCaseLoss;
import dev.sse.model.format.Screen;
import java.util.ArrayList;
import java.util.List;

/** The human-readable {@code analyze} report: a summary and one aligned table row per chain. */
final class AnalysisReport {

    private AnalysisReport() {
    }

    static String render(AnalysisResult r) {
        String unit = r.valueUnit().isEmpty() ? "value units" : r.valueUnit();
        StringBuilder sb = new StringBuilder();
        sb.append("Network ").append(r.network()).append(" — total stake ").append(Screen.amount(r.totalStake()))
                .append(' ').append(unit).append('\n');
        sb.append("Secure: ").append(switch (r.verdict()) {
            case SECURE -> "yes";
            case INSECURE -> "NO";
            case NO_ATTACK_FOUND -> r.verdict().label();
        }).append(" — ").append(r.why().replaceFirst("^(in)?secure: ", "")).append('\n'); // not "yes — secure: …"
        var m = r.margin();
        sb.append("Margin γ*: ").append(m.value() == null ? "n/a" : Screen.percent(m.value()))
                .append(m.exact() ? "" : m.value() == null ? " (none found within the time limit)"
                        : m.lowerBound() == null ? " (best found, not proven)"
                        : " (best found, proven ≥ " + Screen.percentDown(m.lowerBound()) + ")")
                .append('\n');
        Attack a = r.bestAttack();
        sb.append("Best attack: ").append(a == null ? (r.bestAttackExact() ? "none" : "none found within the time limit")
                : a.validators().size() + " validators " + a.chains()
                + ", cost " + Screen.amount(a.cost()) + ", profit " + Screen.amount(a.profit()) + " " + unit
                + (r.bestAttackExact() ? "" : " (not proven optimal)")).append('\n');
        sb.append("EigenLayer condition: ").append(r.eigenLayerCondition().why()).append('\n');
        WorstCaseLoss w = r.worstCaseLoss();
        if (w != null) {
            sb.append("Worst-case loss: ").append(w.why()).append('\n');
        }
        sb.append("Solver: ").append(r.solver()).append("\n\n");
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"chain", "securing (" + unit + ")", "cost to corrupt", "profit", "margin",
                "nakamoto", "validators", "blast radius"});
        for (ChainMetrics c : r.chains().values()) {
            rows.add(new String[] {c.id(), Screen.amount(c.securingStake()), Screen.amount(c.costOfCorruption()) + (c.costExact() ? "" : "*"),
                    Screen.amount(c.profitFromCorruption()), c.securityMargin() == null ? "n/a" : Screen.percent(c.securityMargin()),
                    String.valueOf(c.nakamotoCoefficient()), String.valueOf(c.validatorSet().size()),
                    String.valueOf(c.blastRadius().size())});
        }
        Table.append(sb, rows);
        if (r.chains().values().stream().anyMatch(c -> !c.costExact())) {
            sb.append("* best cover found, not proven minimal\n");
        }
        return sb.toString();
    }
}
