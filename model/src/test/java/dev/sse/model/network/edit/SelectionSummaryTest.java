package dev.sse.model.network.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.sse.model.analysis.SecurityAnalyzer;
import dev.sse.model.io.json.NetworkCodec;
import dev.sse.model.network.Network;
import dev.sse.model.network.graph.NodeRef;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 23 (multi-selection): count, total stake with its unit, chains touched, share of each chain's securing stake. */
class SelectionSummaryTest {

    private static final String FILE = """
            {"format": "shared-security-network", "version": 1, "name": "summary",
             "assets": [{"symbol": "ATOM", "priceUsd": 10}, {"symbol": "X", "priceUsd": 1}],
             "validators": [{"id": "v1", "stake": 60, "asset": "ATOM"}, {"id": "v2", "stake": 30, "asset": "ATOM"},
                            {"id": "v3", "stake": 10, "asset": "ATOM"}, {"id": "x1", "stake": 500, "asset": "X"}],
             "chains": [{"id": "hub", "kind": "provider", "asset": "ATOM", "profitFromCorruption": 100},
                        {"id": "c", "kind": "consumer", "securedBy": "hub", "profitFromCorruption": 10},
                        {"id": "zone", "kind": "isolated", "asset": "X", "profitFromCorruption": 10}],
             "allocations": [{"validator": "v1", "chain": "hub"}, {"validator": "v2", "chain": "hub"},
                             {"validator": "v3", "chain": "hub"}, {"validator": "x1", "chain": "zone"}]}
            """;

    @Test
    void twoOfThreeHubValidatorsHoldNinetyPercentOfTheHubAndOfTheConsumerItLendsItsSetTo() throws Exception {
        Network n = NetworkCodec.readString("summary.json", FILE);
        var s = SelectionSummary.of(n, List.of(NodeRef.validator("v1"), NodeRef.validator("v2")), SecurityAnalyzer.analyze(n));
        assertThat(s.validators()).isEqualTo(2);
        assertThat(s.chains()).isZero();
        assertThat(s.stake()).isEqualTo(90);
        assertThat(s.stakeUnit()).isEqualTo("ATOM");
        assertThat(s.value()).isEqualTo(900);
        assertThat(s.valueUnit()).isEqualTo("USD");
        // the consumer inherits the hub's set (Replicated Security): it is touched though v1, v2 have no allocation to it
        assertThat(s.touched()).containsExactly("c", "hub");
        assertThat(s.shares()).extracting(SelectionSummary.Share::chain).containsExactly("c", "hub");
        assertThat(s.shares()).allSatisfy(sh -> assertThat(sh.share()).isCloseTo(0.9, within(1e-12)));
    }

    @Test
    void validatorsOfSeveralAssetsHaveNoCommonStakeUnitButAValueAndSelectedChainsCount() throws Exception {
        Network n = NetworkCodec.readString("summary.json", FILE);
        var s = SelectionSummary.of(n, List.of(NodeRef.validator("v3"), NodeRef.validator("x1"), NodeRef.chain("zone")),
                null);
        assertThat(s.chains()).isEqualTo(1);
        assertThat(s.validators()).isEqualTo(2);
        assertThat(s.stake()).isNaN();
        assertThat(s.stakeUnit()).isNull();
        assertThat(s.value()).isEqualTo(600);
        assertThat(s.touched()).containsExactly("hub", "zone");
        assertThat(s.shares()).isEmpty();
    }
}
