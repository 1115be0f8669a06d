package dev.sse.app.cli;

import dev.sse.model.io.importer.RelayImport;
import dev.sse.model.io.importer.RelayOptions;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code import kusama} and {@code import polkadot}: a relay chain from one era's exposures (CSV export, Sidecar
 * storage responses or polkadot-js storage entries) and parachains given by id. See {@link RelayImport}.
 */
public abstract class ImportRelayCommand implements Callable<Integer> {

    @Option(names = "--exposures", paramLabel = "FILE",
            description = "era exposures: .csv export, Sidecar erasStakers* responses or polkadot-js entries; repeatable")
    List<Path> exposures = new java.util.ArrayList<>();

    @Option(names = "--from", paramLabel = "URL", description = "instead of files: a Substrate API Sidecar endpoint; "
            + "fetches the active validators and each one's erasStakersOverview for --era")
    String from;

    @Option(names = "--era", paramLabel = "ERA", description = "with --from: the era whose exposures to fetch")
    Long era;

    @CommandLine.Mixin
    LiveSource live = new LiveSource();

    @Option(names = "--parachain", paramLabel = "ID[=NAME]", description = "a parachain secured by the relay; repeatable")
    List<String> parachains = new java.util.ArrayList<>();

    @CommandLine.Mixin
    BondPrice price = new BondPrice();

    @CommandLine.Mixin
    ImportTarget target = new ImportTarget();

    abstract RelayOptions.Relay relay();

    @Override
    public Integer call() {
        RelayOptions.Relay relay = relay();
        if (price.problem(relay.asset) != null) {
            return target.bad(price.problem(relay.asset));
        }
        Map<String, String> paras = new LinkedHashMap<>();
        for (String p : parachains) {
            int eq = p.indexOf('=');
            String id = eq < 0 ? p : p.substring(0, eq);
            if (!id.matches("[0-9]+") || paras.containsKey(id)) {
                return target.bad("--parachain " + p
                        + ": expected a parachain id (a whole number), each once, optionally =NAME");
            }
            paras.put(id, eq < 0 ? "" : p.substring(eq + 1));
        }
        if ((from == null) == exposures.isEmpty()) {
            return target.bad("give --exposures (recorded files) or --from URL (a live Sidecar), one of the two");
        }
        if (from == null) {
            if (era != null) {
                return target.bad("--era goes with --from; recorded exposures carry their era");
            }
            RelayOptions o = new RelayOptions(relay, exposures, paras, price.of(relay.asset), target.date);
            return target.run(() -> RelayImport.run(o));
        }
        if (live.problem() != null) {
            return target.bad(live.problem());
        }
        if (era == null || era < 0) {
            return target.bad("--from needs --era ERA (a whole number >= 0): the era whose exposures to fetch");
        }
        return live.run(target, from, fetch -> RelayImport.run(new RelayOptions(relay, fetch.relayExposures(from, era),
                paras, price.of(relay.asset), target.date)));
    }

    @Command(name = "kusama",
            description = "Import Kusama's elected validators of one era (1 KSM = 10^12 planck).",
            footer = {"", "Example: explorer import kusama --exposures kusama_validators_era_1827.csv --out kusama.json"})
    public static final class Kusama extends ImportRelayCommand {
        @Override
        RelayOptions.Relay relay() {
            return RelayOptions.Relay.KUSAMA;
        }
    }

    @Command(name = "polkadot",
            description = "Import Polkadot's elected validators of one era (1 DOT = 10^10 planck).")
    public static final class Polkadot extends ImportRelayCommand {
        @Override
        RelayOptions.Relay relay() {
            return RelayOptions.Relay.POLKADOT;
        }
    }
}
