package dev.sse.model.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sse.model.io.json.NetworkCodec;
import dev.sse.model.io.json.NetworkFormatException;
import dev.sse.model.network.DataAvailability;
import dev.sse.model.network.Network;
import org.junit.jupiter.api.Test;

/**
 * Issue 19 item 11: a rollup names its settlement ({@code securedBy}) and its data-availability provider apart, as
 * L2BEAT's DA risk does ("Data Availability Risk Framework", gov.l2beat.com/t/275): a DA failure freezes the rollup.
 * The EigenDA here has EigenDA's own adversary threshold of 33% per quorum ({@code
 * quorumAdversaryThresholdPercentages} 0x212121, real-data/eigenlayer/mainnet-strategies-avs-eigenda.facts.json).
 */
class DataAvailabilityTest {

    /** Ethereum (no file stake), an EigenDA AVS with two operators, and a rollup settled on Ethereum. */
    static String net(String da) {
        return """
                {"format": "shared-security-network", "version": 1, "name": "da",
                 "validators": [{"id": "op1", "stake": 60}, {"id": "op2", "stake": 40}],
                 "chains": [
                   {"id": "eth", "name": "Ethereum", "kind": "l1", "profitFromCorruption": 0},
                   {"id": "eigenda", "name": "EigenDA", "kind": "avs", "securedBy": "eth", "attackThreshold": 0.33,
                    "profitFromCorruption": 10},
                   {"id": "mantle", "name": "Mantle", "kind": "rollup", "securedBy": "eth", "profitFromCorruption": 5%s}],
                 "allocations": [{"validator": "op1", "chain": "eigenda"}, {"validator": "op2", "chain": "eigenda"}]}
                """.formatted(da == null ? "" : ",\n \"dataAvailability\": " + da);
    }

    static Network read(String json) throws NetworkFormatException {
        return NetworkCodec.readString("da.json", json);
    }

    @Test
    void aRollupOnEigenDaIsInEigenDasBlastRadiusAndNotWithoutTheBlock() throws Exception {
        assertThat(SecurityAnalyzer.analyze(read(net(null))).chains().get("eigenda").blastRadius()).isEmpty();
        AnalysisResult r = SecurityAnalyzer.analyze(read(net("{\"provider\": \"eigenda\", \"source\": \"L2BEAT\"}")));
        ChainMetrics eigenda = r.chains().get("eigenda");
        assertThat(eigenda.blastRadius()).containsExactly("mantle");
        assertThat(eigenda.why(ChainMetrics.Metric.BLAST_RADIUS))
                .isEqualTo("1 chains fall with it (transitively): 0 secured by it, 1 frozen because their data is on it"
                        + " or on a chain that falls with it");
        assertThat(r.chains().get("eth").blastRadius()).as("settlement and DA both fall with eth")
                .containsExactly("eigenda", "mantle");
        assertThat(r.chains().get("eth").why(ChainMetrics.Metric.BLAST_RADIUS))
                .isEqualTo("2 chains secured by it (transitively) fall with it");
        assertThat(r.chains().get("mantle").why(ChainMetrics.Metric.DATA_AVAILABILITY))
                .startsWith("data published on EigenDA, settled on Ethereum: if the DA layer halts or withholds data, "
                        + "Mantle freezes (users cannot rebuild its state to exit or prove, a liveness loss); if "
                        + "Ethereum fails, it is compromised").endsWith("(L2BEAT)");
    }

    /** The 33% adversary threshold: 40 of 100 is enough to withhold data, so op2 alone corrupts EigenDA. */
    @Test
    void eigenDasAdversaryThresholdMakesTheSmallerOperatorEnough() throws Exception {
        AnalysisResult r = SecurityAnalyzer.analyze(read(net("{\"provider\": \"eigenda\"}")));
        assertThat(r.chains().get("eigenda").costOfCorruption()).isEqualTo(40);
    }

    @Test
    void dataOnTheSettlementChainAddsNoEdge() throws Exception {
        Network n = read(net("{\"provider\": \"eth\", \"source\": \"L2BEAT: Onchain\"}"));
        assertThat(n.dataUsersOf("eth")).isEmpty();
        AnalysisResult r = SecurityAnalyzer.analyze(n);
        assertThat(r.chains().get("mantle").why(ChainMetrics.Metric.DATA_AVAILABILITY)).isEqualTo("data published on Ethereum, "
                + "its settlement chain: it stands and falls with Ethereum alone (L2BEAT: Onchain)");
    }

    @Test
    void aCommitteeOutsideTheFileIsDescribedAndRoundTrips() throws Exception {
        Network n = read(net("{\"provider\": \"external:nova-dac\", \"committee\": 6, \"threshold\": 5}"));
        assertThat(n.chain("mantle").orElseThrow().dataAvailability())
                .isEqualTo(new DataAvailability("external:nova-dac", 6, 5, null));
        assertThat(SecurityAnalyzer.analyze(n).chains().get("mantle").why(ChainMetrics.Metric.DATA_AVAILABILITY))
                .startsWith("data published on nova-dac (a 5-of-6 committee) (outside the file: its failure is not "
                        + "simulated), settled on Ethereum")
                .endsWith("; 5 members can certify data they withhold, 2 can stop certifying");
        String text = NetworkCodec.write(n);
        assertThat(text).contains("\"dataAvailability\"");
        assertThat(read(text)).isEqualTo(n);
    }

    @Test
    void badBlocksAreLocatedErrors() {
        assertThatThrownBy(() -> read(net("{\"provider\": \"celestia\"}")))
                .hasMessageContaining("da.json:8:").hasMessageContaining("$.chains[2].dataAvailability.provider")
                .hasMessageContaining("unknown chain 'celestia'");
        assertThatThrownBy(() -> read(net("{\"provider\": \"mantle\"}")))
                .hasMessageContaining("$.chains[2].dataAvailability.provider: a chain cannot publish its data on itself");
        assertThatThrownBy(() -> read(net("{\"provider\": \"external:dac\", \"committee\": 6}")))
                .hasMessageContaining("$.chains[2].dataAvailability: give committee and threshold together");
        assertThatThrownBy(() -> read(net("{\"provider\": \"external:dac\", \"committee\": 6, \"threshold\": 7}")))
                .hasMessageContaining("$.chains[2].dataAvailability.threshold: must be at most committee (6), got 7");
        assertThatThrownBy(() -> read(net("{\"provider\": \"eigenda\", \"committee\": 6, \"threshold\": 5}")))
                .hasMessageContaining("$.chains[2].dataAvailability.committee: a committee is an external provider");
        assertThatThrownBy(() -> read(net("{\"provider\": \"eigenda\", \"quorum\": 1}")))
                .hasMessageContaining("$.chains[2].dataAvailability.quorum");
        assertThatThrownBy(() -> read(net(null).replace("\"attackThreshold\": 0.33,",
                "\"attackThreshold\": 0.33, \"dataAvailability\": {\"provider\": \"eth\"},")))
                .hasMessageContaining("$.chains[1].dataAvailability: only a rollup names a separate data-availability "
                        + "provider; this chain is a avs");
    }
}
