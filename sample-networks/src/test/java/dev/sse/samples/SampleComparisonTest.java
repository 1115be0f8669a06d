package dev.sse.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sse.model.analysis.AnalysisOptions;
import dev.sse.model.analysis.AnalysisResult;
import dev.sse.model.analysis.ChainMetrics;
import dev.sse.model.analysis.SecurityAnalyzer;
import dev.sse.model.compare.ChainDelta;
import dev.sse.model.compare.Comparison;
import dev.sse.model.compare.ComparisonTable;
import dev.sse.model.compare.Metric;
import dev.sse.model.compare.Safer;
import dev.sse.model.compare.Side;
import dev.sse.model.compare.SideRunner;
import dev.sse.model.io.json.NetworkCodec;
import dev.sse.model.io.json.ScenarioCodec;
import dev.sse.model.network.Chain;
import dev.sse.model.network.ChainKind;
import dev.sse.model.network.Network;
import dev.sse.model.simulation.Scenario;
import dev.sse.model.variants.Isolation;
import dev.sse.model.variants.Variants;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** The ready-made comparison pairs of issue 9 on the bundled samples. */
class SampleComparisonTest {

    static Network load(String id) throws Exception {
        SampleNetworks.Sample s = SampleNetworks.byId(id).orElseThrow();
        try (InputStream in = s.open()) {
            return NetworkCodec.read(s.file(), in);
        }
    }

    @Test
    void theIcsPairsDeltaTableMatchesAnalyzeOnEachSide() throws Exception {
        Network hub = load("cosmos-hub-ics");
        Network zones = load("isolated-zones");
        Scenario keys = ScenarioCodec.fromSettings("operator-key-compromise", zones.scenarios().get("operator-key-compromise"));
        AnalysisOptions options = AnalysisOptions.defaults().withShockBudget(0.1);
        Side left = SideRunner.run("ICS", hub, keys, options);
        Side right = SideRunner.run("isolated", zones, keys, options);
        ComparisonTable table = Comparison.of(left, right);

        AnalysisResult analyzeHub = SecurityAnalyzer.analyze(hub, options);
        AnalysisResult analyzeZones = SecurityAnalyzer.analyze(zones, options);
        assertThat(table.chains()).extracting(ChainDelta::chain).containsExactly("hub", "neutron", "stride", "zone-c", "zone-d");
        for (ChainDelta row : table.chains()) {
            check(row, analyzeHub.chains().get(row.chain()), true);
            check(row, analyzeZones.chains().get(row.chain()), false);
        }
        assertThat(table.chain("hub").inRight()).isFalse();
        assertThat(table.network(Metric.NETWORK_MARGIN).left()).isEqualTo(analyzeHub.margin().value());
        assertThat(table.network(Metric.NETWORK_MARGIN).right()).isEqualTo(analyzeZones.margin().value());
        // what renting buys: Neutron and Stride are insecure alone and safe under the Hub
        for (String id : new String[] {"neutron", "stride"}) {
            assertThat(table.chain(id).get(Metric.MARGIN).safer()).isEqualTo(Safer.LEFT);
            assertThat(table.chain(id).get(Metric.MARGIN).right()).isNegative();
        }
        // one organisation's stolen keys reach every zone it validates, but only one Hub validator
        assertThat(left.trace().events()).isNotEmpty();
        assertThat(right.trace().lostFraction()).isGreaterThan(left.trace().lostFraction());
        assertThat(table.chain("neutron").get(Metric.STAKE_LOST).safer()).isEqualTo(Safer.LEFT);

        // the seed's six points, both sides, exactly as SixPoints gives them on each side (issue 10)
        for (String id : new String[] {"neutron", "stride", "zone-c", "zone-d"}) {
            var rows = table.chain(id).sixPoints();
            assertThat(rows).extracting(dev.sse.model.compare.SixPointDelta::key)
                    .containsExactlyElementsOf(dev.sse.model.analysis.economics.SixPoints.KEYS);
            var l = dev.sse.model.analysis.economics.SixPoints.of(hub, left.analysis(), id).rows();
            var r = dev.sse.model.analysis.economics.SixPoints.of(zones, right.analysis(), id).rows();
            for (int i = 0; i < rows.size(); i++) {
                assertThat(rows.get(i).left()).isEqualTo(l.get(i));
                assertThat(rows.get(i).right()).isEqualTo(r.get(i));
            }
        }
        var attackCost = table.chain("neutron").sixPoints().get(5);
        assertThat(attackCost.key()).isEqualTo("economicAttackCost");
        assertThat(attackCost.better()).isEqualTo(Safer.LEFT);
        assertThat(attackCost.difference()).isEqualTo(attackCost.right().value() - attackCost.left().value());
        assertThat(table.chain("hub").sixPoints()).allMatch(p -> p.right() == null);
    }

    private static void check(ChainDelta row, ChainMetrics m, boolean left) {
        if (m == null) {
            assertThat(left ? row.inLeft() : row.inRight()).isFalse();
            return;
        }
        assertThat(side(row, Metric.COST_OF_CORRUPTION, left)).isEqualTo(m.costOfCorruption());
        assertThat(side(row, Metric.PROFIT_FROM_CORRUPTION, left)).isEqualTo(m.profitFromCorruption());
        assertThat(side(row, Metric.MARGIN, left)).isEqualTo(m.securityMargin());
        assertThat(side(row, Metric.NAKAMOTO, left)).isEqualTo((double) m.nakamotoCoefficient());
        assertThat(side(row, Metric.BLAST_RADIUS, left)).isEqualTo((double) m.blastRadius().size());
        assertThat(side(row, Metric.STAKE_LOST, left)).isBetween(0.0, 1.0);
    }

    private static Double side(ChainDelta row, Metric m, boolean left) {
        return left ? row.get(m).left() : row.get(m).right();
    }

    @Test
    void poolingTheUniqueSampleGivesThePooledSample() throws Exception {
        Network pooled = load("eigenlayer-pooled");
        Network unique = load("eigenlayer-unique");
        Network derived = Variants.poolAllocations(unique);
        assertThat(derived.allocations()).isEqualTo(pooled.allocations());
        assertThat(derived.validators()).isEqualTo(pooled.validators());
        assertThat(derived.chains()).isEqualTo(pooled.chains());
        assertThat(Variants.uniqueStake(pooled).allocations()).hasSameSizeAs(unique.allocations())
                .noneMatch(a -> a.isPooled());
    }

    @Test
    void isolatingTheHubsConsumersGivesEachItsOwnValidators() throws Exception {
        Network hub = load("cosmos-hub-ics");
        Network direct = Variants.isolateConsumers(hub, Isolation.directOnly());
        var r = SecurityAnalyzer.chainMetrics(direct, AnalysisOptions.defaults());
        assertThat(direct.chains()).filteredOn(c -> !c.id().equals("hub")).extracting(Chain::kind).containsOnly(ChainKind.ISOLATED);
        assertThat(r.get("neutron").costOfCorruption()).isZero();

        Network own = Variants.isolateConsumers(hub, Isolation.providerShare(0.1));
        // zone-d was opt-in with 12 validators: it gets 12 copies; the Top-N 100 chains get all 175
        assertThat(own.allocationsTo("zone-d")).hasSize(12);
        assertThat(own.allocationsTo("neutron")).hasSize(175);
        assertThat(own.validator("neutron-v1").orElseThrow().asset()).isEqualTo("NTRN");
        var neutron = SecurityAnalyzer.chainMetrics(own, AnalysisOptions.defaults()).get("neutron");
        assertThat(neutron.securingStake()).isBetween(0.099 * hub.totalValue(), 0.101 * hub.totalValue());
    }
}
