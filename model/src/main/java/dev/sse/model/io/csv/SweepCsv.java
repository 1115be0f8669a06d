package dev.sse.model.io.csv;

import dev.sse.model.sweep.SweepResult;
import dev.sse.model.sweep.SweepRow;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A sweep as CSV (RFC 4180, "\n" line ends): one header line, then one line per point. Columns: the parameter
 * (named by its key, e.g. {@code price-drop:ATOM}), {@code secure}, {@code secure_exact}, {@code margin},
 * {@code margin_exact}, {@code shock_budget}, {@code worst_case_loss}, {@code worst_case_exact},
 * {@code dr_bound}; with a scenario {@code scenario_loss} and {@code scenario_fallen} (a count); then
 * {@code margin:CHAIN} per chain in file order; for adversary-fraction sweeps also {@code capture:CHAIN} per
 * parachain. Fractions are fractions (0.1 = 10%); numbers are exact ({@link CsvWriter#number}); an undefined value is
 * empty. Written through {@link CsvWriter}.
 */
public final class SweepCsv {

    private SweepCsv() {
    }

    public static String write(SweepResult result) {
        boolean scenario = result.spec().scenario() != null;
        Set<String> captured = new LinkedHashSet<>();
        result.rows().forEach(r -> captured.addAll(r.captures().keySet()));
        List<String> header = new ArrayList<>(List.of(result.spec().parameter().key(), "secure", "secure_exact",
                "margin", "margin_exact", "shock_budget", "worst_case_loss", "worst_case_exact", "dr_bound"));
        if (scenario) {
            header.add("scenario_loss");
            header.add("scenario_fallen");
        }
        result.chains().forEach(c -> header.add("margin:" + c));
        captured.forEach(c -> header.add("capture:" + c));
        CsvWriter out = new CsvWriter().row(header);
        for (SweepRow r : result.rows()) {
            List<String> cells = new ArrayList<>(List.of(CsvWriter.number(r.value()), bool(r.secure()), bool(r.secureExact()),
                    CsvWriter.number(r.margin()), bool(r.marginExact()), CsvWriter.number(r.shockBudget()),
                    CsvWriter.number(r.worstCaseLoss()), bool(r.worstExact()), CsvWriter.number(r.drBound())));
            if (scenario) {
                cells.add(CsvWriter.number(r.scenarioLoss()));
                cells.add(r.scenarioFallen() == null ? "" : String.valueOf(r.scenarioFallen().size()));
            }
            result.chains().forEach(c -> cells.add(CsvWriter.number(r.chainMargins().get(c))));
            captured.forEach(c -> cells.add(CsvWriter.number(r.captures().get(c))));
            out.row(cells);
        }
        return out.text();
    }

    private static String bool(boolean b) {
        return b ? "true" : "false";
    }
}
