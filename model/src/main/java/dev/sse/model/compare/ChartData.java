package dev.sse.model.compare;

import dev.sse.model.analysis.ChainMetrics;
import dev.sse.model.analysis.ValidatorPower;
import dev.sse.model.network.Network;
import dev.sse.model.network.Validator;
import dev.sse.model.sweep.SweepParameter;
import dev.sse.model.sweep.SweepResult;
import dev.sse.model.sweep.SweepRow;
import dev.sse.model.sweep.SweepSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The data of the comparison's charts, shared by the JavaFX charts and the report's SVG charts: nothing here is
 * computed anew, every number is read from an analysis or a sweep. Each point names the chains and validators
 * it is about, so hovering it can highlight them on the graph.
 */
public final class ChartData {

    /** Shock sizes of the loss chart: ψ = 0, 5%, …, 30%. */
    public static final double SHOCK_TO = 0.3;
    public static final int SHOCK_STEPS = 7;
    /** Price drops of the price chart: 0, 15%, …, 90%. */
    public static final double PRICE_TO = 0.9;
    public static final int PRICE_STEPS = 7;

    private ChartData() {
    }

    /** One point; {@code y} null when undefined (e.g. a margin with π = 0). */
    public record Point(double x, Double y, List<String> chains, List<String> validators) {
        public Point {
            chains = List.copyOf(chains);
            validators = List.copyOf(validators);
        }
    }

    /** A named series; for bars, x is the category's index. */
    public record Series(String name, List<Point> points, boolean dashed) {
        public Series {
            points = List.copyOf(points);
        }
    }

    /** Grouped bars: one group per category, one bar per series. */
    public record Bars(List<String> categories, List<Series> series) {
        public Bars {
            categories = List.copyOf(categories);
            series = List.copyOf(series);
        }
    }

    /** Security margin per chain, one series per side; categories are chain ids of either side. */
    public static Bars marginBars(List<Side> sides) {
        Set<String> ids = new LinkedHashSet<>();
        sides.forEach(s -> s.network().chains().forEach(c -> ids.add(c.id())));
        List<String> categories = List.copyOf(ids);
        List<Series> series = new ArrayList<>();
        for (Side side : sides) {
            List<Point> points = new ArrayList<>();
            for (int i = 0; i < categories.size(); i++) {
                ChainMetrics m = side.analysis().chains().get(categories.get(i));
                points.add(new Point(i, m == null ? null : m.securityMargin(), List.of(categories.get(i)),
                        m == null ? List.of() : m.validatorSet().stream().map(ValidatorPower::id).toList()));
            }
            series.add(new Series(side.label(), points, false));
        }
        return new Bars(categories, series);
    }

    /**
     * Worst-case loss and DR bound of one side: the side's own analysis may have proven a better margin than the
     * sweep's short solves, and any proven γ of the network holds at every ψ. When no positive γ is proven but the
     * best-found γ* is positive, the bound of that γ* is drawn and its name says it is not proven (a true γ* could
     * be smaller, and its bound larger).
     */
    public static List<Series> lossVsShock(Side side, SweepResult sweep) {
        SweepResult proven = dev.sse.model.sweep.Sweeper.withProvenMargin(sweep, side.analysis().margin());
        List<Series> out = lossVsShock(side.label(), proven);
        var m = side.analysis().margin();
        if (out.size() == 1 && m != null && m.value() != null && m.value() > 0) {
            // no proof of γ within the time limit: draw the bound of the best-found γ*, labelled as unproven
            List<Point> bound = new ArrayList<>();
            for (SweepRow r : sweep.rows()) {
                bound.add(new Point(r.value(), dev.sse.model.sweep.Sweeper.drBound(m.value(), r.value()), List.of(), List.of()));
            }
            out = new ArrayList<>(out);
            out.add(new Series(side.label() + ": DR bound, γ = " + dev.sse.model.format.Screen.percent(m.value())
                    + " best found, not proven", bound, true));
        }
        return out;
    }

    /** Worst-case loss and the DR bound (1 + 1/γ)ψ against ψ, from a shock-budget sweep. */
    public static List<Series> lossVsShock(String label, SweepResult sweep) {
        List<Point> loss = new ArrayList<>();
        List<Point> bound = new ArrayList<>();
        for (SweepRow r : sweep.rows()) {
            List<String> chains = r.worstAttack() == null ? List.of() : r.worstAttack().chains();
            List<String> validators = new ArrayList<>(r.worstShock());
            if (r.worstAttack() != null) {
                validators.addAll(r.worstAttack().validators());
            }
            loss.add(new Point(r.value(), r.worstCaseLoss(), chains, validators));
            if (r.drBound() != null) {
                bound.add(new Point(r.value(), r.drBound(), List.of(), List.of()));
            }
        }
        List<Series> out = new ArrayList<>();
        out.add(new Series(label + ": worst-case loss", loss, false));
        if (!bound.isEmpty()) {
            out.add(new Series(label + ": DR bound (1+1/γ)ψ", bound, true));
        }
        return out;
    }

    /** One series per chain: its margin against the price drop of a price-drop sweep. */
    public static List<Series> marginsVsPrice(String label, SweepResult sweep, Map<String, List<String>> validatorSets) {
        Map<String, List<Point>> byChain = new LinkedHashMap<>();
        sweep.chains().forEach(c -> byChain.put(c, new ArrayList<>()));
        for (SweepRow r : sweep.rows()) {
            r.chainMargins().forEach((c, m) -> byChain.computeIfAbsent(c, k -> new ArrayList<>())
                    .add(new Point(r.value(), m, List.of(c), validatorSets.getOrDefault(c, List.of()))));
        }
        List<Series> out = new ArrayList<>();
        byChain.forEach((c, points) -> {
            if (points.stream().anyMatch(p -> p.y() != null)) {
                out.add(new Series(label.isEmpty() ? c : c + " (" + label + ")", points, false));
            }
        });
        return out;
    }

    /** Chain id → validator ids of its securing set, from a side's analysis (for hover highlights). */
    public static Map<String, List<String>> validatorSets(Side side) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        side.analysis().chains().forEach((id, m) -> out.put(id, m.validatorSet().stream().map(ValidatorPower::id).toList()));
        return out;
    }

    /** The standard ψ sweep of the loss chart. */
    public static SweepSpec shockSweep(double timeLimitSeconds) {
        return SweepSpec.of(new SweepParameter.ShockBudget(), 0, SHOCK_TO, SHOCK_STEPS).withTimeLimit(timeLimitSeconds);
    }

    /** The standard price-drop sweep of the price chart. */
    public static SweepSpec priceSweep(String asset, double timeLimitSeconds) {
        return SweepSpec.of(new SweepParameter.PriceDrop(asset), 0, PRICE_TO, PRICE_STEPS).withTimeLimit(timeLimitSeconds);
    }

    /** The asset with the most stake value, if the network prices any. */
    public static Optional<String> mainAsset(Network n) {
        Map<String, Double> value = new LinkedHashMap<>();
        for (Validator v : n.validators()) {
            if (v.asset() != null && n.asset(v.asset()).isPresent()) {
                value.merge(v.asset(), n.valueOf(v), Double::sum);
            }
        }
        return value.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
    }
}
