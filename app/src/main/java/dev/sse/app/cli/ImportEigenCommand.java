package dev.sse.app.cli;

import dev.sse.model.io.importer.EigenLayerImport;
import dev.sse.model.io.importer.EigenOptions;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code import eigenlayer}: operators and AVSs from the EigenExplorer API ({@code /operators?withTvl=true},
 * {@code /avs}) and, for the unique-stake era, the AllocationManager's operator sets and allocations. See
 * {@link EigenLayerImport}.
 */
@Command(name = "eigenlayer",
        description = {"Import EigenLayer operators securing AVSs (pooled) or operator sets (unique stake).",
                "Strategies are summed into one value per operator at --price per whole share (10^18 shares)."},
        footer = {"", "Example (the bundled Holesky unique-stake network):",
                "  explorer import eigenlayer --allocations operator-sets-allocations.json --chain-id holesky \\",
                "    --out eigenlayer-holesky.json"})
public final class ImportEigenCommand implements Callable<Integer> {

    @Option(names = "--operators", paramLabel = "FILE",
            description = "a page of EigenExplorer GET /operators?withTvl=true (or /avs/{address}/operators); repeatable")
    List<Path> operators = new ArrayList<>();

    @Option(names = "--avs", paramLabel = "FILE", description = "a page of EigenExplorer GET /avs, for AVS names; repeatable")
    List<Path> avs = new ArrayList<>();

    @Option(names = "--allocations", paramLabel = "FILE",
            description = "decoded AllocationManager events: operator sets, memberships, allocations, max magnitudes")
    Path allocations;

    @Option(names = "--price", paramLabel = "STRATEGY=USD",
            description = "USD per whole share (10^18 shares) of a strategy, by its address; repeatable")
    Map<String, BigDecimal> price = new LinkedHashMap<>();

    @Option(names = "--chain-id", defaultValue = "ethereum", description = "the restaked chain's id (default: ${DEFAULT-VALUE})")
    String chainId;

    @Option(names = "--from", paramLabel = "URL", description = "instead of --operators/--avs: the EigenExplorer API "
            + "(e.g. https://api.eigenexplorer.com); fetches every page of /operators?withTvl=true and /avs")
    String from;

    @CommandLine.Mixin
    LiveSource live = new LiveSource();

    @CommandLine.Mixin
    ImportTarget target = new ImportTarget();

    @Override
    public Integer call() {
        for (Map.Entry<String, BigDecimal> p : price.entrySet()) {
            if (!p.getKey().matches("0x[0-9a-fA-F]{40}") || p.getValue().signum() <= 0) {
                return target.bad("--price " + p.getKey() + "=" + p.getValue()
                        + ": expected STRATEGY=USD, a strategy address (0x and 40 hex digits) and a price > 0");
            }
        }
        if (from != null && live.problem() != null) {
            return target.bad(live.problem());
        }
        if (from != null && (!operators.isEmpty() || !avs.isEmpty())) {
            return target.bad("--from fetches the operators and AVSs itself: leave out --operators and --avs");
        }
        if (operators.isEmpty() && allocations == null && from == null) {
            return target.bad("give --operators (EigenExplorer pages), --from URL (the live API), --allocations "
                    + "(operator sets), or operators and allocations");
        }
        if (!chainId.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            return target.bad("--chain-id " + chainId + ": expected letters, digits, '.', '_' or '-'");
        }
        if (from == null) {
            EigenOptions o = new EigenOptions(chainId, operators, avs, allocations, price, target.date);
            return target.run(() -> EigenLayerImport.run(o));
        }
        return live.run(target, from, fetch -> EigenLayerImport.run(new EigenOptions(chainId,
                fetch.eigenExplorer(from, "operators"), fetch.eigenExplorer(from, "avs"), allocations, price, target.date)));
    }
}
