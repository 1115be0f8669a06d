package dev.sse.model.analysis.economics;

import dev.sse.model.analysis.AnalysisResult;
import dev.sse.model.analysis.ChainMetrics;
import dev.sse.model.format.Screen;
import dev.sse.model.network.Bridge;
import dev.sse.model.network.Network;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The six points on which the explorer compares isolated and shared security, for one chain: security source,
 * capital cost, sovereignty, time to finality, cross-chain trust and economic attack cost. Each row carries a
 * number with its unit where there is one (null otherwise), a short text for a table cell and the "why".
 *
 * <p>For the comparison view: {@code SixPoints.of(network, result, "neutron").rows()}.
 *
 * @param chain the chain's id
 * @param rows  the six rows, in the order of {@link #KEYS}
 */
public record SixPoints(String chain, List<Row> rows) {

    /** Row keys, in order. */
    public static final List<String> KEYS = List.of("securitySource", "capitalCost", "sovereignty",
            "timeToFinality", "crossChainTrust", "economicAttackCost");

    /**
     * One point of comparison.
     *
     * @param key   one of {@link #KEYS}
     * @param label human label, e.g. "Time to finality"
     * @param value the number, or null when the point is qualitative or unknown
     * @param unit  the number's unit ({@code "USD"}, {@code "USD/yr"}, {@code "s"}; the value unit may be empty)
     * @param text  a short cell text, e.g. {@code "inherited from hub"}
     * @param why   one line explaining the figure
     */
    public record Row(String key, String label, Double value, String unit, String text, String why) {
    }

    public SixPoints {
        rows = List.copyOf(rows);
    }

    /** The six points of {@code chainId}; computes the network's {@link Economics} first. */
    public static SixPoints of(Network network, AnalysisResult result, String chainId) {
        return of(network, result, Economics.of(network, result), chainId);
    }

    /**
     * The six points of {@code chainId} from economics already computed (cheaper when comparing many chains).
     *
     * @throws IllegalArgumentException when the network has no such chain
     */
    public static SixPoints of(Network network, AnalysisResult result, Economics economics, String chainId) {
        ChainMetrics m = result.chains().get(chainId);
        ChainEconomics e = economics.chains().get(chainId);
        if (m == null || e == null) {
            throw new IllegalArgumentException("no chain '" + chainId + "' in network " + network.name());
        }
        String unit = result.valueUnit();
        String perYear = unit.isEmpty() ? "/yr" : unit + "/yr";
        Sovereignty s = e.sovereignty();
        String source = s.validatorSet().equals("own")
                ? "own: " + m.validatorSet().size() + " validators"
                : "inherited from " + s.validatorSet().substring("provider:".length());
        return new SixPoints(chainId, List.of(
                new Row("securitySource", "Security source", m.securingStake(), unit, source,
                        m.why(ChainMetrics.Metric.SECURING_STAKE)),
                new Row("capitalCost", "Capital cost", e.annualSecurityCost(), perYear,
                        e.annualSecurityCost() == null ? "unknown" : Screen.perYear(e.annualSecurityCost(), unit),
                        e.why().get("annualSecurityCost")),
                new Row("sovereignty", "Sovereignty", null, "", "validators " + s.validatorSet() + ", upgrades "
                        + s.upgrades(), s.why()),
                new Row("timeToFinality", "Time to finality", e.timeToFinalitySeconds(), "s",
                        e.timeToFinalitySeconds() == null ? "unknown" : Screen.seconds(e.timeToFinalitySeconds()),
                        e.why().get("timeToFinalitySeconds")),
                trust(network, economics, chainId, unit),
                new Row("economicAttackCost", "Economic attack cost", m.costOfCorruption(), unit,
                        Screen.amount(m.costOfCorruption(), unit) + (m.securityMargin() == null ? ""
                                : " (margin " + Screen.percent(m.securityMargin()) + ")"),
                        m.why(ChainMetrics.Metric.COST_OF_CORRUPTION))));
    }

    /** The cheapest bridge to break among those joining the chain. */
    private static Row trust(Network network, Economics economics, String chainId, String unit) {
        Optional<BridgeEconomics> weakest = network.bridgesOf(chainId).stream().map(Bridge::id)
                .map(economics.bridges()::get).filter(Objects::nonNull)
                .min(Comparator.comparingDouble(BridgeEconomics::costOfCorruption).thenComparing(BridgeEconomics::id));
        if (weakest.isEmpty()) {
            return new Row("crossChainTrust", "Cross-chain trust", null, unit, "no bridges",
                    "no bridge in the network file joins this chain");
        }
        BridgeEconomics b = weakest.get();
        return new Row("crossChainTrust", "Cross-chain trust", b.costOfCorruption(), unit,
                "weakest bridge " + b.id() + " (" + b.trust() + "): " + Screen.amount(b.costOfCorruption(), unit)
                        + " to break, carries " + Screen.amount(b.value(), unit),
                b.why().get("costOfCorruption") + "; " + b.why().get("weakestLink"));
    }
}
