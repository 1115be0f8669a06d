package dev.sse.model.compare;

import dev.sse.model.analysis.AnalysisResult;
import dev.sse.model.analysis.ChainMetrics;
import dev.sse.model.network.Chain;
import dev.sse.model.analysis.economics.Economics;
import dev.sse.model.analysis.economics.SixPoints;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the delta table of two sides (issue 9). Nothing is recomputed: every number is read from each side's
 * {@link AnalysisResult} and trace, so the table matches {@code analyze} on each network exactly. Chains are
 * matched by id.
 */
public final class Comparison {

    private Comparison() {
    }

    public static ComparisonTable of(Side left, Side right) {
        Map<String, ChainLoss> leftLoss = ChainLosses.of(left.trace(), left.analysis());
        Map<String, ChainLoss> rightLoss = ChainLosses.of(right.trace(), right.analysis());
        Set<String> ids = new LinkedHashSet<>();
        left.network().chains().forEach(c -> ids.add(c.id()));
        right.network().chains().forEach(c -> ids.add(c.id()));
        Economics leftEconomics = economics(left);
        Economics rightEconomics = economics(right);
        List<ChainDelta> rows = new ArrayList<>();
        for (String id : ids) {
            ChainMetrics l = left.analysis().chains().get(id);
            ChainMetrics r = right.analysis().chains().get(id);
            List<MetricDelta> metrics = new ArrayList<>();
            for (Metric m : Metric.CHAIN) {
                metrics.add(MetricDelta.of(m, value(m, l, leftLoss.get(id), left.trace() != null),
                        value(m, r, rightLoss.get(id), right.trace() != null)));
            }
            String name = left.network().chain(id).or(() -> right.network().chain(id)).map(Chain::name).orElse(id);
            rows.add(new ChainDelta(id, name, l != null, r != null, metrics,
                    sixPoints(points(left, leftEconomics, id), points(right, rightEconomics, id))));
        }
        List<MetricDelta> network = List.of(
                MetricDelta.of(Metric.NETWORK_MARGIN, margin(left.analysis()), margin(right.analysis())),
                MetricDelta.of(Metric.WORST_CASE_LOSS, worst(left.analysis()), worst(right.analysis())),
                MetricDelta.of(Metric.SCENARIO_LOSS, left.trace() == null ? null : left.trace().lostFraction(),
                        right.trace() == null ? null : right.trace().lostFraction()));
        return new ComparisonTable(left.label(), right.label(), network, rows);
    }

    private static Double value(Metric metric, ChainMetrics m, ChainLoss loss, boolean simulated) {
        if (m == null) {
            return null;
        }
        return switch (metric) {
            case COST_OF_CORRUPTION -> m.costOfCorruption();
            case PROFIT_FROM_CORRUPTION -> m.profitFromCorruption();
            case MARGIN -> m.securityMargin();
            case NAKAMOTO -> (double) m.nakamotoCoefficient();
            case BLAST_RADIUS -> (double) m.blastRadius().size();
            case STAKE_LOST -> simulated && loss != null ? loss.fraction() : null;
            case FELL -> simulated && loss != null ? (loss.fell() ? 1.0 : 0.0) : null;
            default -> null;
        };
    }

    /** The seed's six points of both sides, row by row (empty when neither side has economics for the chain). */
    private static List<SixPointDelta> sixPoints(SixPoints l, SixPoints r) {
        if (l == null && r == null) {
            return List.of();
        }
        List<SixPointDelta> out = new ArrayList<>();
        for (int i = 0; i < SixPoints.KEYS.size(); i++) {
            out.add(SixPointDelta.of(SixPoints.KEYS.get(i), l == null ? null : l.rows().get(i),
                    r == null ? null : r.rows().get(i)));
        }
        return out;
    }

    private static SixPoints points(Side side, Economics economics, String chainId) {
        if (economics == null || !side.analysis().chains().containsKey(chainId)
                || side.network().chain(chainId).isEmpty()) {
            return null;
        }
        return SixPoints.of(side.network(), side.analysis(), economics, chainId);
    }

    private static Economics economics(Side side) {
        return Economics.of(side.network(), side.analysis());
    }

    private static Double margin(AnalysisResult r) {
        return r.margin() == null ? null : r.margin().value();
    }

    private static Double worst(AnalysisResult r) {
        return r.worstCaseLoss() == null ? null : r.worstCaseLoss().loss();
    }
}
