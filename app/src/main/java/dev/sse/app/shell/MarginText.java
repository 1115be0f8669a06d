package dev.sse.app.shell;

import dev.sse.app.i18n.Messages;
import dev.sse.model.analysis.AnalysisResult;
import dev.sse.model.analysis.Margin;
import dev.sse.model.format.Screen;

/**
 * The margin as the status badge prints it. A margin the solver did not prove within its time limit shows its
 * proven lower bound ("(bound)" when none is known), unless its proven interval [lower bound, value found] prints as the same three significant digits:
 * γ* lies in that interval and rounding is monotone, so every digit shown is then proven (cosmos-hub-ics after a
 * stake drag: 203.58% found, proven ≥ 203.57%, both "204%"). The JSON of {@code analyze} keeps
 * {@code marginExact: false} and the bound for scripts.
 */
final class MarginText {

    private MarginText() {
    }

    /**
     * The whole badge, "SECURE · margin γ* 204%", "INSECURE · margin γ* −90.7%" or "no attack found (not proven) ·
     * margin γ* 12% (proven ≥ 0%)": the verdict and the margin both come from the result's one derivation
     * ({@link AnalysisResult#verdict()}), so a negative margin is never shown beside SECURE (issue 18 item 5).
     */
    static String verdictBadge(AnalysisResult r) {
        String verdict = switch (r.verdict()) {
            case SECURE -> Messages.get("status.secure");
            case INSECURE -> Messages.get("status.insecure");
            case NO_ATTACK_FOUND -> Messages.get("status.notProven");
        };
        return Messages.get("status.badge", verdict, badge(r.margin()));
    }

    /**
     * An early answer of the anytime analysis (issue 20), its proven interval for the best attack's net gain
     * (profit − cost): "INSECURE · best attack ≥ 12.3 M (bound ≤ 45.6 M)" (the attack found is verified, so insecure
     * is proven), or "no attack found yet (bound ≤ 45.6 M)". A proven secure verdict needs no interval: the final
     * badge.
     */
    static String earlyBadge(AnalysisResult r) {
        if (r.verdict() == dev.sse.model.analysis.Verdict.SECURE
                || r.bestAttack() == null && r.verdict() == dev.sse.model.analysis.Verdict.INSECURE) {
            return verdictBadge(r);
        }
        String unit = r.valueUnit();
        String bound = r.bestAttackBound() == null ? null : Screen.amountUp(r.bestAttackBound(), unit);
        if (r.bestAttack() == null) {
            return bound == null ? Messages.get("status.early.none.noBound") : Messages.get("status.early.none", bound);
        }
        String found = Screen.amountDown(r.bestAttack().profit() - r.bestAttack().cost(), unit);
        return bound == null ? Messages.get("status.early.attack.noBound", found)
                : Messages.get("status.early.attack", found, bound);
    }

    /**
     * "margin γ* 204%"; when the digits shown are not all proven, with the proven interval's lower end, "margin γ*
     * -31.7% (proven ≥ -66.7%)" (issue 20: the badge shows the proven interval), or "margin γ* 204% (bound)" when no
     * lower bound is known.
     */
    static String badge(Margin m) {
        if (m.value() == null) {
            return Messages.get("status.noMargin");
        }
        if (provenAsShown(m)) {
            return Messages.get("status.margin", Screen.percent(m.value()));
        }
        return m.lowerBound() == null ? Messages.get("status.margin.bound", Screen.percent(m.value()))
                : Messages.get("status.margin.proven", Screen.percent(m.value()), Screen.percentDown(m.lowerBound()));
    }

    /** True when the margin is exact, or its proven interval prints as the same figure. */
    static boolean provenAsShown(Margin m) {
        return m.exact() || m.lowerBound() != null && Screen.percent(m.lowerBound()).equals(Screen.percent(m.value()));
    }

    /** A tooltip line for a margin proven only to the digits shown: its interval in six significant digits; else "". */
    static String interval(Margin m) {
        if (m.value() == null || m.exact() || !provenAsShown(m)) {
            return "";
        }
        return Messages.get("status.margin.interval", pct6(m.lowerBound()), pct6(m.value()));
    }

    private static String pct6(double fraction) {
        return new java.math.BigDecimal(fraction * 100).round(new java.math.MathContext(6)).stripTrailingZeros()
                .toPlainString() + "%";
    }
}
