package dev.sse.model.io.importer;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Inputs of {@link RelayImport}.
 *
 * @param chain      {@code kusama} or {@code polkadot}: the relay chain's id, asset and decimals
 * @param exposures  era exposure files (CSV or JSON, see {@link RelayExposures}); together one era
 * @param parachains parachain id → name (the name may be empty), in order given
 * @param priceUsd   USD per whole KSM or DOT, or null when unknown
 * @param date       the era's date as the user knows it (free text), or null
 */
public record RelayOptions(Relay chain, List<Path> exposures, Map<String, String> parachains, BigDecimal priceUsd,
                           String date) {

    /** The two relay chains: id, display name, asset and its decimals (1 KSM = 10^12 planck, 1 DOT = 10^10). */
    public enum Relay {
        KUSAMA("kusama", "Kusama", "KSM", 12),
        POLKADOT("polkadot", "Polkadot", "DOT", 10);

        public final String id;
        public final String title;
        public final String asset;
        public final int decimals;

        Relay(String id, String title, String asset, int decimals) {
            this.id = id;
            this.title = title;
            this.asset = asset;
            this.decimals = decimals;
        }
    }

    public RelayOptions {
        exposures = List.copyOf(exposures);
        parachains = new LinkedHashMap<>(parachains);
    }
}
