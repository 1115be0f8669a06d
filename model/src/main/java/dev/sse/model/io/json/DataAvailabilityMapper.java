package dev.sse.model.io.json;

import dev.sse.model.network.Chain;
import dev.sse.model.network.ChainKind;
import dev.sse.model.network.DataAvailability;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Maps and checks a rollup's optional {@code dataAvailability} block (issue 19 item 11): {@code provider} (a chain id,
 * or {@code external:<name>}), {@code committee} and {@code threshold} (whole, 1 ≤ threshold ≤ committee, both or
 * neither, an external provider only) and an optional {@code source}. Problems are located at the offending value;
 * an invalid block maps to {@code null}. Where an in-file provider points is checked after every chain is mapped
 * ({@link #checkProviders}).
 */
final class DataAvailabilityMapper {

    static final List<String> FIELDS = List.of("provider", "committee", "threshold", "source");

    private DataAvailabilityMapper() {
    }

    /** The chain's data availability, or null when absent or invalid (reported). */
    static DataAvailability map(Fields chain, ChainKind kind, Problems problems) {
        Optional<Fields> obj = chain.value("dataAvailability").flatMap(v -> Fields.of(v,
                chain.pathOf("dataAvailability"), problems, "the chain's dataAvailability"));
        if (obj.isEmpty()) {
            return null;
        }
        Fields d = obj.get().rejectUnknown(FIELDS);
        if (kind != null && kind != ChainKind.ROLLUP) {
            d.problem(d.node(), d.path(), "only a rollup names a separate data-availability provider; this chain is a "
                    + kind.json());
        }
        String provider = d.id("provider");
        Double committee = d.number("committee", Rule.WHOLE_POSITIVE, false);
        Double threshold = d.number("threshold", Rule.WHOLE_POSITIVE, false);
        String source = d.optionalText("source");
        if (d.has("committee") != d.has("threshold")) {
            d.problem(d.node(), d.path(), "give committee and threshold together (a k-of-n committee)");
        } else if (committee != null && threshold != null && threshold > committee) {
            d.problem(d.value("threshold").orElseThrow(), d.pathOf("threshold"), "must be at most committee ("
                    + Numbers.format(committee) + "), got " + Numbers.format(threshold));
        }
        if (provider != null && provider.startsWith(DataAvailability.EXTERNAL)
                && provider.length() == DataAvailability.EXTERNAL.length()) {
            d.problem(d.value("provider").orElseThrow(), d.pathOf("provider"),
                    "name the external provider after 'external:', e.g. 'external:celestia'");
        } else if (provider != null && !provider.startsWith(DataAvailability.EXTERNAL) && d.has("committee")) {
            d.problem(d.value("committee").orElseThrow(), d.pathOf("committee"), "a committee is an external "
                    + "provider: write provider 'external:<name>', or drop committee and threshold for chain '"
                    + JsonPaths.shown(provider) + "'");
        }
        return d.valid() ? new DataAvailability(provider, committee == null ? null : committee.intValue(),
                threshold == null ? null : threshold.intValue(), source) : null;
    }

    /** An in-file provider must be another chain of the file. */
    static void checkProviders(List<Mapped<Chain>> chains, Set<String> chainIds, Problems problems) {
        for (Mapped<Chain> m : chains) {
            DataAvailability da = m.value() == null ? null : m.value().dataAvailability();
            if (da == null || da.isExternal()) {
                continue;
            }
            JsonTree.Obj block = (JsonTree.Obj) m.at("dataAvailability");
            JsonTree at = block.member("provider").value();
            String path = JsonPaths.child(m.pathOf("dataAvailability"), "provider");
            if (da.provider().equals(m.id())) {
                problems.add(at, path, "a chain cannot publish its data on itself ('" + JsonPaths.shown(m.id()) + "')");
            } else if (!chainIds.contains(da.provider())) {
                problems.add(at, path, "unknown chain '" + JsonPaths.shown(da.provider())
                        + "'; no chain has this id (write 'external:<name>' for a provider outside the file)");
            }
        }
    }
}
