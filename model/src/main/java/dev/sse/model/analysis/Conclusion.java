package dev.sse.model.analysis;

import dev.sse.model.analysis.exact.Coalition;
import dev.sse.model.analysis.exact.Fraction;
import dev.sse.model.analysis.exact.Outcomes;
import dev.sse.model.format.Screen;

/**
 * The one place that derives the verdict, the margin γ* and their proof status from the two exact searches
 * (issue 17 item 6, issue 18 item 5). The searches run separately and either may stop at its time limit, so
 * their raw answers can disagree (100,000 validators × 500 AVSs: no attack found, beside a coalition with
 * γ* = −80%). Both answers are verified coalitions or proven bounds, so they combine:
 * <ul>
 *   <li>γ* is the smallest cost/profit − 1 of any coalition either search found (a best attack is one too);</li>
 *   <li>a coalition with γ* &lt; 0 gains more than it costs: {@link Verdict#INSECURE}, proven by that witness;</li>
 *   <li>a best-attack search that proves profit − cost ≤ 0, a proven γ* ≥ 0, or a proof that no coalition has
 *       profit &gt; 0 gives {@link Verdict#SECURE} (domain.md §1.1: γ* ≥ 0 ⇔ secure; solvers.md), and then
 *       γ* ≥ 0 is proven too;</li>
 *   <li>otherwise {@link Verdict#NO_ATTACK_FOUND}: never called secure.</li>
 * </ul>
 * An unknown bound (a search that found nothing before its limit) is absent, never a long's maximum.
 *
 * @param secure          no valid attack is known
 * @param secureExact     {@code secure} is proven (always true when insecure: the witness is verified)
 * @param margin          γ* with its proven lower bound
 * @param bestAttackBound proven upper bound on the best profit − cost in value units, or null when unknown
 * @param why             one line explaining the verdict
 */
record Conclusion(boolean secure, boolean secureExact, Margin margin, Double bestAttackBound, String why) {

    Verdict verdict() {
        return Verdict.of(secure, secureExact);
    }

    static Conclusion of(Outcomes.Attack best, Attack attack, Outcomes.Ratio ratio, ChainMetricsBuilder m,
                         String unit) {
        Coalition found = best.attack();
        boolean boundKnown = best.netBound() != Long.MAX_VALUE;
        boolean attackRuledOut = found == null && (best.exact() || boundKnown && best.netBound() <= 0);
        long cost = ratio.cost();
        long profit = ratio.profit();
        if (found != null && found.profit() > 0 && (profit <= 0
                || Fraction.compareProducts(found.cost(), profit, cost, found.profit()) < 0)) {
            cost = found.cost();
            profit = found.profit();
        }
        Fraction value = profit > 0 ? Fraction.of(cost, profit) : null;
        Fraction lower = ratio.exists() ? ratio.lowerBound() : ratio.exact() && found == null ? null : Fraction.ZERO;
        boolean insecure = value != null && value.compareTo(Fraction.ONE) < 0;
        boolean noCoalition = value == null && ratio.exact();
        boolean proven = !insecure && (attackRuledOut || noCoalition || lower != null && lower.compareTo(Fraction.ONE) >= 0);
        if (proven && lower != null && lower.compareTo(Fraction.ONE) < 0) {
            lower = Fraction.ONE;
        }
        if (value != null && lower != null && lower.compareTo(value) > 0) {
            lower = value;
        }
        Margin margin = margin(value, lower, cost, profit, m, unit);
        Double bound = boundKnown ? m.value(Math.max(best.netBound(), found == null ? 0 : found.net())) : null;
        String why;
        if (insecure) {
            why = attack != null ? "insecure: " + attack.validators().size() + " validators can corrupt "
                    + attack.chains() + " for " + Screen.amount(attack.profit(), unit) + " > cost "
                    + Screen.amount(attack.cost(), unit)
                    : "insecure: a coalition gains " + Screen.amount(m.value(profit), unit) + " > cost "
                    + Screen.amount(m.value(cost), unit) + " (γ* " + Screen.percent(margin.value())
                    + "); the best attack was not found within the time limit";
        } else if (proven) {
            why = "secure: no coalition gains more than it loses (best profit − cost ≤ 0)";
        } else {
            why = "no attack found within the time limit (not proven)"
                    + (bound == null ? "" : "; profit − cost ≤ " + Screen.amountUp(bound, unit) + " proven");
        }
        return new Conclusion(!insecure, insecure || proven, margin, bound, why);
    }

    private static Margin margin(Fraction value, Fraction lower, long cost, long profit, ChainMetricsBuilder m,
                                 String unit) {
        if (value == null) {
            return lower == null ? new Margin(null, true, null, "no coalition has profit > 0: no margin")
                    : new Margin(null, false, null, "no coalition with profit > 0 found within the time limit");
        }
        boolean exact = lower != null && lower.compareTo(value) == 0;
        double v = value.minus(Fraction.ONE).toDouble();
        Double low = exact ? Double.valueOf(v) : lower == null ? null : lower.minus(Fraction.ONE).toDouble();
        String why = "γ* = min cost/profit − 1 = " + Screen.amount(m.value(cost), unit) + " / "
                + Screen.amount(m.value(profit), unit) + " − 1 = " + Screen.percent(v)
                + (exact ? "" : low == null ? " (best found)" : " (best found; proven ≥ " + Screen.percentDown(low) + ")");
        return new Margin(v, exact, low, why);
    }
}
