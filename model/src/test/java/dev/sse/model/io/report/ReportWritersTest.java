package dev.sse.model.io.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sse.model.analysis.AnalysisOptions;
import dev.sse.model.compare.ChartData;
import dev.sse.model.compare.Comparison;
import dev.sse.model.compare.Side;
import dev.sse.model.compare.SideRunner;
import dev.sse.model.io.csv.SweepCsv;
import dev.sse.model.network.Allocation;
import dev.sse.model.network.Chain;
import dev.sse.model.network.ChainKind;
import dev.sse.model.network.Network;
import dev.sse.model.network.Validator;
import dev.sse.model.simulation.Scenario;
import dev.sse.model.sweep.SweepParameter;
import dev.sse.model.sweep.SweepResult;
import dev.sse.model.sweep.SweepSpec;
import dev.sse.model.sweep.Sweeper;
import dev.sse.model.variants.Variants;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportWritersTest {

    static Network net() {
        return Network.builder().name("net <&> \"one\"")
                .validator(new Validator("a", null, 4, null, "o")).validator(new Validator("b", null, 3, null, "o"))
                .validator(new Validator("c", null, 2, null, null))
                .chain(Chain.builder("x,1", ChainKind.SERVICE).profitFromCorruption(3).attackThreshold(0.5).build())
                .chain(Chain.builder("y", ChainKind.SERVICE).profitFromCorruption(2).attackThreshold(0.5).build())
                .allocation(Allocation.pooled("a", "x,1")).allocation(Allocation.pooled("b", "x,1"))
                .allocation(Allocation.pooled("b", "y")).allocation(Allocation.pooled("c", "y")).build();
    }

    @Test
    void csvHasAHeaderAndOneRowPerPoint() {
        SweepResult r = Sweeper.run(net(), SweepSpec.of(new SweepParameter.ShockBudget(), 0, 0.4, 5)
                .withScenario(Scenario.shock(List.of("c"))));
        String[] lines = SweepCsv.write(r).split("\n");
        assertThat(lines).hasSize(6);
        assertThat(lines[0]).isEqualTo("shock-budget,secure,secure_exact,margin,margin_exact,shock_budget,worst_case_loss,"
                + "worst_case_exact,dr_bound,scenario_loss,scenario_fallen,\"margin:x,1\",margin:y");
        assertThat(lines[1]).startsWith("0,true,true,");
        assertThat(lines[3]).startsWith("0.2,");
        assertThat(Arrays.stream(lines).skip(1)).allMatch(l -> l.split(",", -1).length == 13);
    }

    @Test
    void adversaryFractionSweepsAddCaptureColumnsOnlyForParachains() {
        SweepResult r = Sweeper.run(net(), SweepSpec.of(new SweepParameter.AdversaryFraction(), 0.1, 0.3, 2));
        assertThat(SweepCsv.write(r).lines().findFirst().orElseThrow()).doesNotContain("capture:");
    }

    @Test
    void theReportIsOneSelfContainedPage() {
        Network left = net();
        Network right = Variants.uniqueStake(left);
        Scenario s = Scenario.shock(List.of("c"));
        AnalysisOptions o = AnalysisOptions.defaults().withShockBudget(0.2);
        List<Side> sides = SideRunner.runBoth("pooled", left, "unique", right, s, o);
        List<ReportInput.Chart> charts = List.of(ReportCharts.marginBars(sides),
                ReportCharts.lossVsShock(sides, sides.stream().map(x -> Sweeper.run(x.network(), ChartData.shockSweep(1))).toList()));
        ReportInput in = new ReportInput("Report <1>", "2026-01-01T00:00:00Z", "test", sides.get(0), sides.get(1),
                Comparison.of(sides.get(0), sides.get(1)), s, charts, ReportInput.standardAssumptions(0.2, 1),
                Map.of("seed", "0"));
        String html = HtmlReport.render(in);
        assertThat(html).startsWith("<!DOCTYPE html>").endsWith("</html>\n");
        assertThat(html).contains("<title>Report &lt;1&gt;</title>", "net &lt;&amp;&gt; &quot;one&quot;", "<svg",
                "Security margin per chain", "Stake lost vs shock size", "Comparison: pooled vs unique",
                "stake lost in the scenario", "shock to c", "Event log", "seed <code>0</code>", "Assumptions");
        assertThat(html).doesNotContain("<script", "src=\"http", "href=\"http", "@import");
        assertThat(html.split("<svg").length - 1).isEqualTo(2);
    }
}
