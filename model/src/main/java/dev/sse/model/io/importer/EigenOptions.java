package dev.sse.model.io.importer;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Inputs of {@link EigenLayerImport}.
 *
 * @param chainId     the chain's id for the provenance and the restaked L1 chain ({@code ethereum}, {@code holesky})
 * @param operators   EigenExplorer {@code GET /operators?withTvl=true} (or {@code /avs/{address}/operators}) pages
 * @param avs         EigenExplorer {@code GET /avs} pages, for the AVSs' names; may be empty
 * @param allocations decoded AllocationManager events (operator sets, allocations, max magnitudes), or null for the
 *                    pre-slashing era, where each operator's whole stake backs every AVS it is registered with
 * @param pricesUsd   USD per whole share (10^18 shares) by strategy address in lower case
 * @param date        the snapshot's date as the user knows it (free text), or null
 */
public record EigenOptions(String chainId, List<Path> operators, List<Path> avs, Path allocations, Map<String, BigDecimal> pricesUsd,
                           String date) {

    public EigenOptions {
        operators = List.copyOf(operators);
        avs = List.copyOf(avs);
        Map<String, BigDecimal> lower = new LinkedHashMap<>();
        pricesUsd.forEach((k, v) -> lower.put(k.toLowerCase(java.util.Locale.ROOT), v));
        pricesUsd = lower;
    }
}
