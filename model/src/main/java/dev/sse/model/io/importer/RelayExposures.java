package dev.sse.model.io.importer;

import dev.sse.model.io.json.JsonCursor;
import dev.sse.model.io.json.NetworkFormatException;
import dev.sse.model.io.json.Problem;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads one era's validator exposures of a Polkadot-SDK relay chain in the shapes of shared/real-data/polkadot/SHAPES.md:
 * <ul>
 *   <li>the CSV people export with polkadot-js {@code derive.staking._erasExposure} (columns {@code era}, {@code name},
 *       {@code stash_address}, {@code self_stake}, {@code total_stake}, …; e.g. Colm3na/polkadot-csv-exporter);</li>
 *   <li>Substrate API Sidecar {@code GET /pallets/staking/storage/{erasStakersOverview|erasStakers|erasStakersClipped}
 *       ?keys[]={era}&keys[]={stash}} responses, one object or an array of them;</li>
 *   <li>polkadot-js {@code api.query.staking.erasStakersOverview.entries(era)} (or {@code erasStakers},
 *       {@code erasStakersClipped}) mapped to {@code [[era, stash], value]} pairs with the key's {@code args}.</li>
 * </ul>
 * {@code total} and {@code own} are complete in every form (paged and clipped exposures clip only the nominator
 * list); balances may be numbers, decimal strings or {@code 0x} hex strings.
 */
final class RelayExposures {

    static final Set<String> STORAGE = Set.of("erasStakersOverview", "erasStakers", "erasStakersClipped");
    static final List<String> CSV_COLUMNS = List.of("era", "name", "stash_address", "self_stake", "total_stake");

    /** One validator's exposure in the era: balances in planck; {@code name} empty when it has no identity. */
    record Exposure(long era, String stash, String name, BigInteger own, BigInteger total, Problem at) {

        /** A located problem at this exposure's stash. */
        NetworkFormatException error(String message) {
            return new NetworkFormatException(List.of(new Problem(at.file(), at.line(), at.column(), at.path(), message)));
        }
    }

    /** What a file gave: its exposures and how it was shaped (for the provenance). */
    record Read(List<Exposure> exposures, String shape, int skipped) {
    }

    private RelayExposures() {
    }

    static Read read(Path file) throws IOException, NetworkFormatException {
        String name = String.valueOf(file.getFileName());
        if (name.toLowerCase(java.util.Locale.ROOT).endsWith(".csv")) {
            return csv(name, Files.readString(file, StandardCharsets.UTF_8));
        }
        return json(JsonCursor.read(file));
    }

    static Read csv(String file, String text) throws NetworkFormatException {
        CsvTable t = CsvTable.parse(file, text, CSV_COLUMNS);
        List<Exposure> out = new ArrayList<>();
        for (List<CsvTable.Cell> row : t.rows()) {
            CsvTable.Cell stash = t.cell(row, "stash_address");
            if (stash.text().isBlank()) {
                throw stash.error("must be a stash address, got an empty cell");
            }
            out.add(new Exposure(era(t.cell(row, "era")), stash.text().strip(),
                    t.cell(row, "name").text().strip(), natural(t.cell(row, "self_stake")),
                    natural(t.cell(row, "total_stake")),
                    new Problem(file, stash.line(), stash.col(), "stash_address", "")));
        }
        return new Read(out, "CSV of era exposures (polkadot-js derive.staking._erasExposure)", 0);
    }

    private static BigInteger natural(CsvTable.Cell c) throws NetworkFormatException {
        try {
            BigInteger v = new BigInteger(c.text().strip());
            if (v.signum() >= 0 && v.bitLength() < 128) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw c.error("must be a whole number >= 0 (planck), got \"" + c.text() + "\"");
    }

    private static long era(CsvTable.Cell c) throws NetworkFormatException {
        BigInteger v = natural(c);
        if (v.bitLength() > 31) {
            throw c.error("must be an era index, got " + v);
        }
        return v.longValue();
    }

    private static long era(JsonCursor c) throws NetworkFormatException {
        BigInteger v = c.natural();
        if (v.bitLength() > 31) {
            throw c.expected("an era index");
        }
        return v.longValue();
    }

    static Read json(JsonCursor root) throws NetworkFormatException {
        List<Exposure> out = new ArrayList<>();
        int skipped = 0;
        if (root.isObject()) {
            skipped += sidecar(root, out);
            return new Read(out, "Sidecar " + root.field("storageItem").string(), skipped);
        }
        List<JsonCursor> items = root.items();
        String shape = null;
        for (JsonCursor item : items) {
            if (item.isObject()) {
                skipped += sidecar(item, out);
                shape = "Sidecar " + item.field("storageItem").string();
            } else if (item.isArray() && item.items().size() == 2) {
                skipped += entry(item.items().get(0), item.items().get(1), out);
                shape = "polkadot-js storage entries";
            } else {
                throw item.expected("a Sidecar storage response (an object) or a polkadot-js entry [[era, stash], "
                        + "exposure]");
            }
        }
        if (items.isEmpty()) {
            throw root.error("no exposures: the array is empty");
        }
        return new Read(out, shape, skipped);
    }

    private static int sidecar(JsonCursor o, List<Exposure> out) throws NetworkFormatException {
        JsonCursor item = o.field("storageItem");
        if (!STORAGE.contains(item.string())) {
            throw item.expected("one of erasStakersOverview, erasStakers, erasStakersClipped");
        }
        return entry(o.field("keys"), o.field("value"), out);
    }

    private static int entry(JsonCursor keys, JsonCursor value, List<Exposure> out) throws NetworkFormatException {
        if (keys.isString()) {
            throw keys.error("a raw storage key cannot be read; map entries with their key's args: [[era, stash], value]");
        }
        List<JsonCursor> k = keys.items();
        if (k.size() != 2) {
            throw keys.expected("the two storage keys [era, stash]");
        }
        if (value.isNull()) {
            return 1; // no exposure: the stash was not elected in that era
        }
        JsonCursor stash = k.get(1);
        out.add(new Exposure(era(k.get(0)), stash.string(), "", value.field("own").natural(),
                value.field("total").natural(), new Problem(stash.file(), stash.line(), stash.column(), stash.path(), "")));
        return 0;
    }
}
