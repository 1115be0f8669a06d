package dev.sse.model.io.report;

import static dev.sse.model.io.report.Html.esc;

import dev.sse.model.analysis.AnalysisResult;
import dev.sse.model.analysis.ChainMetrics;
import dev.sse.model.compare.ChainDelta;
import dev.sse.model.compare.ComparisonTable;
import dev.sse.model.compare.MetricDelta;
import dev.sse.model.compare.MetricFormat;
import dev.sse.model.compare.Safer;
import dev.sse.model.compare.Side;
import dev.sse.model.compare.SixPointDelta;
import dev.sse.model.format.Screen;
import dev.sse.model.network.Chain;
import dev.sse.model.simulation.SimTrace;
import dev.sse.model.simulation.event.SimEvent;
import java.util.List;

/** The report's tables: per-chain metrics, the delta table and the event log. */
final class ReportTables {

    /** Longest event log written per side; the rest is summarised. */
    static final int MAX_EVENTS = 400;

    private ReportTables() {
    }

    static void chains(StringBuilder h, Side s) {
        AnalysisResult r = s.analysis();
        String unit = r.valueUnit();
        h.append("<h3>").append(esc(s.label())).append("</h3>\n<table><tr><th class=\"l\">chain</th><th class=\"l\">kind</th>")
                .append("<th>securing</th><th>cost to corrupt</th><th>profit</th><th>margin</th>")
                .append("<th>slashable cost</th><th>slashable margin</th><th>Nakamoto</th>")
                .append("<th>validators</th><th>blast radius</th></tr>\n");
        for (ChainMetrics m : r.chains().values()) {
            Chain c = s.network().chain(m.id()).orElse(null);
            h.append("<tr><td class=\"l\">").append(esc(c == null ? m.id() : c.name())).append(" <code>")
                    .append(esc(m.id())).append("</code></td><td class=\"l\">")
                    .append(c == null ? "" : esc(c.kind().json())).append("</td><td>")
                    .append(esc(Screen.amount(m.securingStake(), unit))).append("</td><td>")
                    .append(esc(Screen.amount(m.costOfCorruption(), unit))).append(m.costExact() ? "" : "*").append("</td><td>")
                    .append(esc(Screen.amount(m.profitFromCorruption(), unit))).append("</td><td class=\"")
                    .append(m.securityMargin() != null && m.securityMargin() < 0 ? "bad" : "").append("\">")
                    .append(m.securityMargin() == null ? "n/a" : esc(Screen.percent(m.securityMargin()))).append("</td><td>")
                    .append(esc(Screen.amount(m.slashableCostOfCorruption(), unit))).append("</td><td class=\"")
                    .append(m.slashableMargin() != null && m.slashableMargin() < 0 ? "bad" : "").append("\">")
                    .append(m.slashableMargin() == null ? "n/a" : esc(Screen.percent(m.slashableMargin()))).append("</td><td>")
                    .append(m.nakamotoCoefficient()).append("</td><td>").append(m.validatorSet().size()).append("</td><td>")
                    .append(m.blastRadius().size()).append("</td></tr>\n");
        }
        h.append("</table>\n");
    }

    static void delta(StringBuilder h, ComparisonTable t) {
        h.append("<p class=\"caption\">Left: ").append(esc(t.leftLabel())).append(" · right: ").append(esc(t.rightLabel()))
                .append(". Δ = right − left; the safer side's value is shaded.</p>\n");
        h.append("<table><tr><th class=\"l\">network</th><th>left</th><th>right</th><th>Δ</th><th class=\"l\">safer</th></tr>\n");
        for (MetricDelta d : t.network()) {
            h.append("<tr><td class=\"l\">").append(esc(d.metric().label())).append("</td>");
            cells(h, d);
            h.append("</tr>\n");
        }
        h.append("</table>\n<table><tr><th class=\"l\">chain</th><th class=\"l\">metric</th><th>left</th><th>right</th>")
                .append("<th>Δ</th><th class=\"l\">safer</th></tr>\n");
        for (ChainDelta c : t.chains()) {
            List<MetricDelta> shown = c.metrics().stream().filter(d -> d.left() != null || d.right() != null).toList();
            for (int i = 0; i < shown.size(); i++) {
                h.append("<tr>");
                if (i == 0) {
                    h.append("<td class=\"l\" rowspan=\"").append(shown.size()).append("\">").append(esc(c.name()))
                            .append(" <code>").append(esc(c.chain())).append("</code></td>");
                }
                h.append("<td class=\"l\">").append(esc(shown.get(i).metric().label())).append("</td>");
                cells(h, shown.get(i));
                h.append("</tr>\n");
            }
        }
        h.append("</table>\n");
    }

    /** The seed's six points per chain, side by side, with the difference and the better side. */
    static void sixPoints(StringBuilder h, ComparisonTable t) {
        if (t.chains().stream().allMatch(c -> c.sixPoints().isEmpty())) {
            return;
        }
        h.append("<h3>The six points of the seed</h3>\n<table><tr><th class=\"l\">chain</th><th class=\"l\">point</th>")
                .append("<th class=\"l\">left</th><th class=\"l\">right</th><th>Δ</th><th class=\"l\">better</th></tr>\n");
        for (ChainDelta c : t.chains()) {
            List<SixPointDelta> rows = c.sixPoints();
            for (int i = 0; i < rows.size(); i++) {
                SixPointDelta d = rows.get(i);
                h.append("<tr>");
                if (i == 0) {
                    h.append("<td class=\"l\" rowspan=\"").append(rows.size()).append("\">").append(esc(c.name()))
                            .append(" <code>").append(esc(c.chain())).append("</code></td>");
                }
                h.append("<td class=\"l\">").append(esc(d.label())).append("</td><td class=\"l ")
                        .append(d.better() == Safer.LEFT ? "safer-left" : "").append("\">")
                        .append(esc(SixPointDelta.text(d.left()))).append("</td><td class=\"l ")
                        .append(d.better() == Safer.RIGHT ? "safer-right" : "").append("\">")
                        .append(esc(SixPointDelta.text(d.right()))).append("</td><td>")
                        .append(d.difference() == null ? "" : esc(Screen.amount(d.difference(), unit(d))))
                        .append("</td><td class=\"l\">").append(esc(MetricFormat.safer(d.better()))).append("</td></tr>\n");
            }
        }
        h.append("</table>\n");
    }

    private static String unit(SixPointDelta d) {
        String u = d.left() != null ? d.left().unit() : d.right() == null ? "" : d.right().unit();
        return u == null ? "" : u;
    }

    private static void cells(StringBuilder h, MetricDelta d) {
        h.append("<td class=\"").append(d.safer() == Safer.LEFT ? "safer-left" : "").append("\">")
                .append(esc(MetricFormat.value(d.metric(), d.left()))).append("</td><td class=\"")
                .append(d.safer() == Safer.RIGHT ? "safer-right" : "").append("\">")
                .append(esc(MetricFormat.value(d.metric(), d.right()))).append("</td><td>")
                .append(esc(MetricFormat.difference(d)))
                .append("</td><td class=\"l\">").append(esc(MetricFormat.safer(d.safer()))).append("</td>");
    }

    static void eventLog(StringBuilder h, SimTrace t) {
        List<SimEvent> events = t.events();
        h.append("<details open><summary>Event log: ").append(events.size()).append(" events</summary>\n<ol class=\"log\">\n");
        for (int i = 0; i < Math.min(events.size(), MAX_EVENTS); i++) {
            SimEvent e = events.get(i);
            h.append("<li>").append(e.round() == 0 ? "fault" : "round " + e.round()).append(" · <b>")
                    .append(esc(e.type())).append("</b> — ").append(esc(e.because())).append("</li>\n");
        }
        h.append("</ol></details>\n");
        if (events.size() > MAX_EVENTS) {
            h.append("<p class=\"caption\">… and ").append(events.size() - MAX_EVENTS).append(" more events.</p>\n");
        }
    }
}
