package dev.sse.model.io.csv;

import dev.sse.model.analysis.AnalysisResult;
import dev.sse.model.analysis.ChainMetrics;
import dev.sse.model.analysis.economics.Economics;
import dev.sse.model.analysis.economics.SixPoints;
import dev.sse.model.network.Network;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the per-chain metrics of an {@link AnalysisResult} as CSV: a header row, then one row per chain in
 * file order, through {@link CsvWriter} (RFC 4180, "\n" row ends). Numbers are exact ({@link CsvWriter#number}: the
 * shortest plain decimal that reads back as the same double, integral values without a fraction), so the CSV and
 * {@code analyze --json} carry the same values. Absent or non-finite values are empty fields, except an unlimited
 * rollup exit window, written as {@code unlimited}.
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
        List<String> header = new ArrayList<>(HEADER);
        header.addAll(SIX_POINTS_HEADER);
        CsvWriter out = new CsvWriter().row(header);
        for (ChainMetrics c : result.chains().values()) {
            List<String> f = fields(c);
            if (network.chain(c.id()).isPresent() && economics.chains().containsKey(c.id())) {
                for (SixPoints.Row r : SixPoints.of(network, result, economics, c.id()).rows()) {
                    boolean qualitative = r.key().equals("securitySource") || r.key().equals("sovereignty");
                    f.add(!qualitative && r.value() != null ? CsvWriter.number(r.value()) : r.text());
                }
            } else {
                SIX_POINTS_HEADER.forEach(h -> f.add(""));
            }
            out.row(f);
        }
        return out.text();
    }

    /** The whole CSV document, header first, deterministic for equal results. */
    public static String write(AnalysisResult result) {
        CsvWriter out = new CsvWriter().row(HEADER);
        for (ChainMetrics c : result.chains().values()) {
            out.row(fields(c));
        }
        return out.text();
    }

    private static List<String> fields(ChainMetrics c) {
        List<String> f = new ArrayList<>(HEADER.size());
        f.add(c.id());
        f.add(CsvWriter.number(c.securingStake()));
        f.add(CsvWriter.number(c.costOfCorruption()));
        f.add(Boolean.toString(c.costExact()));
        f.add(CsvWriter.number(c.profitFromCorruption()));
        f.add(CsvWriter.number(c.securityMargin()));
        f.add(Integer.toString(c.nakamotoCoefficient()));
        f.add(Integer.toString(c.validatorSet().size()));
        f.add(CsvWriter.number(c.isolatedCostOfCorruption()));
        f.add(String.join(" ", c.blastRadius()));
        f.add(CsvWriter.number(c.backingCaptureProbability()));
        f.add(CsvWriter.number(c.invalidBlockEscapeProbability()));
        Double exit = c.exitWindowDays();
        f.add(exit != null && exit == Double.POSITIVE_INFINITY ? "unlimited" : CsvWriter.number(exit));
        f.add(c.exitWindowRisk() == null ? "" : c.exitWindowRisk());
        return f;
    }
}
