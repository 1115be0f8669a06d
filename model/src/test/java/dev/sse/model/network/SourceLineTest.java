package dev.sse.model.network;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sse.model.analysis.AnalysisOptions;
import dev.sse.model.compare.Side;
import dev.sse.model.compare.SideRunner;
import dev.sse.model.io.report.HtmlReport;
import dev.sse.model.io.report.ReportInput;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issue 22 item 2: the "source" line of an imported network, and where the reports show it. */
class SourceLineTest {

    /** The provenance block of the bundled EigenLayer Holesky snapshot (sample-networks, import-real.sh). */
    static Network imported() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("importer", "explorer import eigenlayer");
        p.put("importerVersion", 1L);
        p.put("chainId", "holesky");
        p.put("date", "2025-02-20");
        p.put("height", 3391662L);
        p.put("endpoints", List.of("AllocationManager events"));
        return Network.builder().name("EigenLayer on holesky, 2025-02-20").provenance(new Settings(p))
                .source("holesky, 2025-02-20, height 3391662: AllocationManager events (explorer import eigenlayer 1)")
                .assumptions(List.of("No --price given.", "profitFromCorruption is 0 on every AVS."))
                .validator(new Validator("op", null, 10, null, null))
                .chain(Chain.builder("avs", ChainKind.SERVICE).profitFromCorruption(1).attackThreshold(0.5).build())
                .allocation(Allocation.pooled("op", "avs")).build();
    }

    @Test
    void namesTheChainTheSnapshotTheImporterAndTheAssumptions() {
        assertThat(SourceLine.of(imported()))
                .isEqualTo("holesky · 2025-02-20 · height 3391662 · explorer import eigenlayer 1 · 2 assumptions");
        Map<String, Object> kusama = Map.of("chainId", "kusama", "era", 1827L, "importer", "explorer import kusama");
        assertThat(SourceLine.of(imported().toBuilder().provenance(new Settings(new LinkedHashMap<>(kusama)))
                .assumptions(List.of("one")).build())).isEqualTo("kusama · era 1827 · explorer import kusama · 1 assumption");
    }

    @Test
    void aHandMadeNetworkHasNone() {
        assertThat(SourceLine.of(imported().toBuilder().provenance(Settings.EMPTY).build())).isEmpty();
    }

    @Test
    void theHtmlReportGivesEachSideItsSourceAndAssumptions() {
        Network real = imported();
        Network plain = real.toBuilder().name("hand-made").provenance(Settings.EMPTY).assumptions(List.of()).build();
        List<Side> sides = SideRunner.runBoth("real", real, "plain", plain, null, AnalysisOptions.defaults());
        String html = HtmlReport.render(new ReportInput("r", "2026-01-01T00:00:00Z", "test", sides.get(0), sides.get(1),
                null, null, List.of(), List.of(), Map.of()));
        assertThat(html).contains("<p class=\"source\">Source: holesky · 2025-02-20 · height 3391662 · explorer import "
                + "eigenlayer 1 · 2 assumptions</p>", "<li>Assumption: No --price given.</li>");
        assertThat(html.split("class=\"source\"").length - 1).isEqualTo(1);
    }
}
