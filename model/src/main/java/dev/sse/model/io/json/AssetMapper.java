package dev.sse.model.io.json;

import dev.sse.model.network.Asset;
import java.util.List;

/** Maps {@code assets[]}: {@code {"symbol": "DOT", "priceUsd": 4.2}}; symbols unique, prices &gt; 0. */
final class AssetMapper {

    static final List<String> FIELDS = List.of("symbol", "priceUsd");

    private AssetMapper() {
    }

    static List<Mapped<Asset>> map(JsonTree.Arr array, String path, Problems problems) {
        UniqueIds symbols = new UniqueIds("asset symbol", problems);
        return Fields.each(array, path, problems, "an asset", FIELDS, f -> asset(f, symbols));
    }

    private static Mapped<Asset> asset(Fields f, UniqueIds symbols) {
        String symbol = f.id("symbol");
        Double price = f.number("priceUsd", Rule.POSITIVE, true);
        return symbols.mapped(f, "symbol", symbol, () -> new Asset(symbol, price));
    }
}
