package dev.sse.model.io.report;

import static dev.sse.model.io.report.Html.esc;

import dev.sse.model.analysis.AnalysisResult;
import dev.sse.model.compare.Side;
import dev.sse.model.format.Screen;
import dev.sse.model.network.Network;
import dev.sse.model.simulation.SimTrace;
import java.util.Map;

/**
 * Renders a {@link ReportInput} as one self-contained HTML page (inline CSS, inline charts, no scripts, no
 * external requests): network summary, assumptions and settings, per-chain tables, charts, the scenario's event
 * log on each side, the comparison's delta table and the seeds.
 */
public final class HtmlReport {

    private static final String CSS = """
            body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;color:#1f2328;margin:24px auto;max-width:1180px;padding:0 16px}
            h1{font-size:24px;margin-bottom:4px}h2{font-size:19px;border-bottom:1px solid #d0d7de;padding-bottom:4px;margin-top:32px}
            h3{font-size:15px;margin-bottom:6px}.meta{color:#57606a;font-size:13px}
            table{border-collapse:collapse;font-size:13px;margin:8px 0}th,td{border:1px solid #d0d7de;padding:3px 7px;text-align:right}
            th{background:#f6f8fa}td.l,th.l{text-align:left}.sides{display:flex;gap:24px;flex-wrap:wrap}.sides>div{flex:1;min-width:420px;overflow-x:auto}
            .safer-left{background:#e6f4ea}.safer-right{background:#e6f4ea}.bad{color:#b42318;font-weight:600}.good{color:#067647;font-weight:600}
            .chart{margin:12px 0 20px}.chart img,.chart svg{max-width:100%;height:auto;border:1px solid #d0d7de}
            .caption{color:#57606a;font-size:13px;margin:4px 0}ol.log{font-size:12.5px;max-height:none}ol.log li{margin:2px 0}
            code{background:#f6f8fa;padding:1px 4px;border-radius:3px}
            """;

    private HtmlReport() {
    }

    public static String render(ReportInput in) {
        StringBuilder h = new StringBuilder(64 * 1024);
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>").append(esc(in.title()))
                .append("</title>\n<style>").append(CSS).append("</style></head><body>\n");
        h.append("<h1>").append(esc(in.title())).append("</h1>\n<p class=\"meta\">Generated ")
                .append(esc(in.generatedAt())).append(" by ").append(esc(in.generator())).append("</p>\n");
        summary(h, in);
        h.append("<h2>Assumptions</h2>\n<ul>\n");
        in.assumptions().forEach(a -> h.append("<li>").append(esc(a)).append("</li>\n"));
        h.append("</ul>\n<h3>Settings</h3>\n<table>");
        for (Map.Entry<String, String> e : in.settings().entrySet()) {
            h.append("<tr><th class=\"l\">").append(esc(e.getKey())).append("</th><td class=\"l\">")
                    .append(esc(e.getValue())).append("</td></tr>");
        }
        h.append("</table>\n");
        if (in.comparison() != null) {
            h.append("<h2>Comparison: ").append(esc(in.comparison().leftLabel())).append(" vs ")
                    .append(esc(in.comparison().rightLabel())).append("</h2>\n");
            ReportTables.delta(h, in.comparison());
            ReportTables.sixPoints(h, in.comparison());
        }
        h.append("<h2>Per-chain metrics</h2>\n");
        ReportTables.chains(h, in.primary());
        if (in.other() != null) {
            ReportTables.chains(h, in.other());
        }
        if (!in.charts().isEmpty()) {
            h.append("<h2>Charts</h2>\n");
            for (ReportInput.Chart c : in.charts()) {
                h.append("<div class=\"chart\"><h3>").append(esc(c.title())).append("</h3>\n<p class=\"caption\">")
                        .append(esc(c.caption())).append("</p>\n").append(c.html()).append("</div>\n");
            }
        }
        scenario(h, in);
        h.append("<h2>Reproduce</h2>\n<p class=\"meta\">");
        if (in.scenario() != null) {
            h.append("Scenario seed <code>").append(in.scenario().seed()).append("</code>, policy <code>")
                    .append(esc(in.scenario().policy().json())).append("</code>. ");
        }
        h.append("The same inputs and settings give the same numbers (solves that hit the time limit are marked).</p>\n");
        return h.append("</body></html>\n").toString();
    }

    private static void summary(StringBuilder h, ReportInput in) {
        h.append("<h2>Network summary</h2>\n");
        sides(h, in, s -> {
            Network n = s.network();
            AnalysisResult r = s.analysis();
            h.append("<h3>").append(esc(s.label())).append("</h3>\n<p>").append(esc(n.name())).append("</p>\n");
            String source = dev.sse.model.network.SourceLine.of(n);
            if (!source.isEmpty()) { // an imported network: where it came from, then what its importer assumed (issue 22)
                h.append("<p class=\"source\">Source: ").append(esc(source)).append("</p>\n");
                if (!n.assumptions().isEmpty()) {
                    h.append("<ul class=\"caption\">");
                    n.assumptions().forEach(a -> h.append("<li>Assumption: ").append(esc(a)).append("</li>"));
                    h.append("</ul>\n");
                }
            }
            if (!n.description().isBlank()) {
                h.append("<p class=\"caption\">").append(esc(n.description())).append("</p>\n");
            }
            h.append("<table>");
            row(h, "chains · validators · allocations", n.chains().size() + " · " + n.validators().size() + " · "
                    + n.allocations().size());
            row(h, "total stake", Screen.amount(r.totalStake(), r.valueUnit()));
            h.append("<tr><th class=\"l\">secure</th><td class=\"l ").append(r.verdict() == dev.sse.model.analysis.Verdict.SECURE ? "good" : r.secure() ? "" : "bad").append("\">")
                    .append(switch (r.verdict()) {
                        case SECURE -> "yes";
                        case INSECURE -> "NO";
                        case NO_ATTACK_FOUND -> r.verdict().label();
                    }).append("</td></tr>");
            row(h, "why", r.why());
            row(h, "margin γ*", r.margin() == null ? "n/a" : r.margin().why());
            row(h, "EigenLayer condition", r.eigenLayerCondition().why());
            if (r.worstCaseLoss() != null) {
                row(h, "worst-case loss", r.worstCaseLoss().why());
            }
            row(h, "solver", r.solver());
            h.append("</table>\n");
        });
    }

    private static void scenario(StringBuilder h, ReportInput in) {
        if (in.scenario() == null) {
            return;
        }
        h.append("<h2>Scenario: ").append(esc(in.scenario().name())).append("</h2>\n<p>Faults: ");
        h.append(in.scenario().faults().isEmpty() ? "none" : esc(String.join("; ",
                in.scenario().faults().stream().map(f -> f.describe(in.primary().network())).toList())));
        h.append(". Cascade policy <code>").append(esc(in.scenario().policy().json())).append("</code>, seed <code>")
                .append(in.scenario().seed()).append("</code>.</p>\n");
        sides(h, in, s -> {
            SimTrace t = s.trace();
            h.append("<h3>").append(esc(s.label())).append("</h3>\n");
            s.skipped().forEach(k -> h.append("<p class=\"caption\">Not applied here: ").append(esc(k)).append("</p>\n"));
            if (t == null) {
                h.append("<p class=\"caption\">Not simulated.</p>\n");
                return;
            }
            h.append("<p>").append(t.steps().size()).append(" steps · ").append(t.compromisedChains().size())
                    .append(" chains compromised · ").append(t.fallenChains().size()).append(" fallen · ")
                    .append(esc(Screen.percent(t.lostFraction()))).append(" of all stake lost</p>\n");
            ReportTables.eventLog(h, t);
        });
    }

    private static void sides(StringBuilder h, ReportInput in, java.util.function.Consumer<Side> each) {
        if (in.other() == null) {
            each.accept(in.primary());
            return;
        }
        h.append("<div class=\"sides\"><div>\n");
        each.accept(in.primary());
        h.append("</div><div>\n");
        each.accept(in.other());
        h.append("</div></div>\n");
    }

    private static void row(StringBuilder h, String key, String value) {
        h.append("<tr><th class=\"l\">").append(esc(key)).append("</th><td class=\"l\">").append(esc(value)).append("</td></tr>");
    }
}
