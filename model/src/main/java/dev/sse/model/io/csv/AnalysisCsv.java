package dev.sse.model.io.csv;

import dev.sse.model.analysis.AnalysisResult;
import dev.sse.model.analysis.ChainMetrics;
import dev.sse.model.analysis.economics.Economics;
import dev.sse.model.analysis.economics.SixPoints;
import dev.sse.model.network.Network;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the per-chain metrics of an {@link AnalysisResult} as CSV: a header row, then one row per chain in
 * file order. Fields are separated by commas and quoted (RFC 4180) only when they contain a comma, a quote or
 * a line break; rows end with "\n". Numbers are unformatted: integral values below 10¹⁵ as integers, others in
 * plain decimal notation with a dot and exactly the digits of {@link Double#toString(double)} (no exponent,
 * no grouping, no rounding), so the CSV and {@code analyze --json} carry the same values. Absent or
 * non-finite values are empty fields, except an unlimited rollup exit window, written as {@code unlimited}.
 *
 * <p>Columns: {@link #HEADER}. {@code validators} is the size of the chain's validator set after shaping;
 * {@code blastRadius} lists chain ids separated by spaces.
 */
public final class AnalysisCsv {

    /** The header row's fields, in column order. */
    public static final List<String> HEADER = List.of("chain", "securingStake", "costOfCorruption", "costExact",
            "profitFromCorruption", "securityMargin", "nakamotoCoefficient", "validators",
            "isolatedCostOfCorruption", "blastRadius", "backingCaptureProbability",
            "invalidBlockEscapeProbability", "exitWindowDays", "exitWindowRisk");

    /**
     * The seed's six points, appended per chain when the economics are given: security source (text),
     * capital cost (USD/yr), sovereignty (text), time to finality (s), cross-chain trust (the weakest bridge's
     * cost of corruption) and economic attack cost (cost of corruption), as {@link SixPoints} gives them.
     */
    public static final List<String> SIX_POINTS_HEADER = List.of("securitySource", "capitalCostPerYear", "sovereignty",
            "timeToFinalitySeconds", "crossChainTrust", "economicAttackCost");

    private AnalysisCsv() {
    }

    /** Per-chain metrics followed by the six points of each chain (what {@code analyze --csv} prints). */
    public static String write(Network network, AnalysisResult result, Economics economics) {
        StringBuilder out = new StringBuilder();
        List<String> header = new ArrayList<>(HEADER);
        header.addAll(SIX_POINTS_HEADER);
        row(out, header);
        for (ChainMetrics c : result.chains().values()) {
            List<String> f = fields(c);
            if (network.chain(c.id()).isPresent() && economics.chains().containsKey(c.id())) {
                for (SixPoints.Row r : SixPoints.of(network, result, economics, c.id()).rows()) {
                    boolean qualitative = r.key().equals("securitySource") || r.key().equals("sovereignty");
                    f.add(!qualitative && r.value() != null ? number(r.value()) : r.text());
                }
            } else {
                SIX_POINTS_HEADER.forEach(h -> f.add(""));
            }
            row(out, f);
        }
        return out.toString();
    }

    /** The whole CSV document, header first, deterministic for equal results. */
    public static String write(AnalysisResult result) {
        StringBuilder out = new StringBuilder();
        row(out, HEADER);
        for (ChainMetrics c : result.chains().values()) {
            row(out, fields(c));
        }
        return out.toString();
    }

    private static List<String> fields(ChainMetrics c) {
        List<String> f = new ArrayList<>(HEADER.size());
        f.add(c.id());
        f.add(number(c.securingStake()));
        f.add(number(c.costOfCorruption()));
        f.add(Boolean.toString(c.costExact()));
        f.add(number(c.profitFromCorruption()));
        f.add(number(c.securityMargin()));
        f.add(Integer.toString(c.nakamotoCoefficient()));
        f.add(Integer.toString(c.validatorSet().size()));
        f.add(number(c.isolatedCostOfCorruption()));
        f.add(String.join(" ", c.blastRadius()));
        f.add(number(c.backingCaptureProbability()));
        f.add(number(c.invalidBlockEscapeProbability()));
        Double exit = c.exitWindowDays();
        f.add(exit != null && exit == Double.POSITIVE_INFINITY ? "unlimited" : number(exit));
        f.add(c.exitWindowRisk() == null ? "" : c.exitWindowRisk());
        return f;
    }

    /** A number as written in the CSV (see the class comment); empty for null, NaN and infinities. */
    public static String number(Double d) {
        if (d == null || d.isNaN() || d.isInfinite()) {
            return "";
        }
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString(d.longValue());
        }
        return BigDecimal.valueOf(d).toPlainString();
    }

    private static void row(StringBuilder out, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(quote(fields.get(i)));
        }
        out.append('\n');
    }

    static String quote(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }
}
