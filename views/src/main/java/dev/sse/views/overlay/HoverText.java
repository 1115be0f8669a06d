package dev.sse.views.overlay;

import dev.sse.model.analysis.AnalysisResult;
import dev.sse.model.analysis.ChainMetrics;
import dev.sse.model.format.Screen;
import dev.sse.model.network.Allocation;
import dev.sse.model.network.Chain;
import dev.sse.model.network.Network;
import dev.sse.model.network.Validator;
import dev.sse.model.network.graph.Link;
import dev.sse.model.network.graph.NodeRef;
import dev.sse.views.common.ViewText;

/**
 * The text of a hover tooltip (issue 23): a node's name, kind and key figure with its unit (a chain's cost of
 * corruption and margin, a validator's stake and its value), an edge's ends and amount. Plain text, two or three lines.
 */
public final class HoverText {

    private HoverText() {
    }

    /** The tooltip of a node, or null when the network lacks it. */
    public static String node(Network n, AnalysisResult analysis, NodeRef ref) {
        String unit = n.valueUnit();
        if (ref.isChain()) {
            Chain c = n.chain(ref.id()).orElse(null);
            if (c == null) {
                return null;
            }
            String head = c.name() + (c.name().equals(c.id()) ? "" : " (" + c.id() + ")") + "\n"
                    + ViewText.get("hover.chain", ViewText.kind(c.kind()), Screen.amount(c.profitFromCorruption(), unit));
            ChainMetrics m = analysis == null ? null : analysis.chains().get(c.id());
            if (m == null) {
                return head;
            }
            return head + "\n" + ViewText.get("hover.cost", Screen.amount(m.costOfCorruption(), unit),
                    m.securityMargin() == null ? "—" : Screen.percent(m.securityMargin()), String.valueOf(m.nakamotoCoefficient()));
        }
        Validator v = n.validator(ref.id()).orElse(null);
        if (v == null) {
            return null;
        }
        String stake = Screen.amount(v.stake()) + v.assetSymbol().map(s -> " " + s).orElse("");
        return v.name() + (v.name().equals(v.id()) ? "" : " (" + v.id() + ")") + "\n"
                + ViewText.get("hover.validator", stake, Screen.amount(n.valueOf(v), unit),
                allocations(n.allocationsOf(v.id()).size()));
    }

    /** The tooltip of an edge. */
    public static String edge(Network n, Link link) {
        String from = name(n, link.source());
        String to = name(n, link.target());
        if (link.kind() == Link.Kind.SECURED_BY) {
            return ViewText.get("hover.securedBy", from, to);
        }
        Allocation a = n.allocationsOf(link.source().id()).stream().filter(x -> x.chain().equals(link.target().id()))
                .findFirst().orElse(null);
        String amount = a == null || a.isPooled() ? ViewText.get("hover.pooled") : Screen.amount(a.amount().getAsDouble());
        return ViewText.get("hover.allocation", from, to, amount, Screen.amount(a == null ? link.value() : n.valueOf(a), n.valueUnit()));
    }

    private static String name(Network n, NodeRef ref) {
        return ref.isChain() ? n.chain(ref.id()).map(Chain::name).orElse(ref.id())
                : n.validator(ref.id()).map(Validator::name).orElse(ref.id());
    }

    private static String allocations(int count) {
        return count == 1 ? ViewText.get("hover.allocations.one") : ViewText.get("hover.allocations", Screen.count(count));
    }
}
