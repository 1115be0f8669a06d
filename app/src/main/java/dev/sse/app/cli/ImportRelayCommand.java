package dev.sse.app.cli;

import dev.sse.model.io.importer.RelayImport;
import dev.sse.model.io.importer.RelayOptions;
import java.math.BigDecimal;
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

    @Option(names = "--exposures", required = true, paramLabel = "FILE",
            description = "era exposures: .csv export, Sidecar erasStakers* responses or polkadot-js entries; repeatable")
    List<Path> exposures;

    @Option(names = "--parachain", paramLabel = "ID[=NAME]", description = "a parachain secured by the relay; repeatable")
    List<String> parachains = new java.util.ArrayList<>();

    @Option(names = "--price", paramLabel = "ASSET=USD", description = "price of KSM or DOT in USD")
    Map<String, BigDecimal> price = new LinkedHashMap<>();

    @CommandLine.Mixin
    ImportTarget target = new ImportTarget();

    abstract RelayOptions.Relay relay();

    @Override
    public Integer call() {
        RelayOptions.Relay relay = relay();
        for (Map.Entry<String, BigDecimal> p : price.entrySet()) {
            if (!p.getKey().equals(relay.asset) || p.getValue().signum() <= 0) {
                return target.bad("--price " + p.getKey() + "=" + p.getValue() + ": expected " + relay.asset
                        + "=USD with a price > 0");
            }
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
        RelayOptions o = new RelayOptions(relay, exposures, paras, price.get(relay.asset), target.date);
        return target.run(() -> RelayImport.run(o));
    }

    @Command(name = "kusama", mixinStandardHelpOptions = true, sortOptions = false,
            description = "Import Kusama's elected validators of one era (1 KSM = 10^12 planck).",
            footer = {"", "Example: explorer import kusama --exposures kusama_validators_era_1827.csv --out kusama.json"})
    public static final class Kusama extends ImportRelayCommand {
        @Override
        RelayOptions.Relay relay() {
            return RelayOptions.Relay.KUSAMA;
        }
    }

    @Command(name = "polkadot", mixinStandardHelpOptions = true, sortOptions = false,
            description = "Import Polkadot's elected validators of one era (1 DOT = 10^10 planck).")
    public static final class Polkadot extends ImportRelayCommand {
        @Override
        RelayOptions.Relay relay() {
            return RelayOptions.Relay.POLKADOT;
        }
    }
}
