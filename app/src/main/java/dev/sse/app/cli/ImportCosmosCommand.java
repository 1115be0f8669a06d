package dev.sse.app.cli;

import dev.sse.model.io.importer.CosmosImport;
import dev.sse.model.io.importer.CosmosOptions;
import dev.sse.model.io.importer.LiveFetch;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code import cosmos}: a Cosmos SDK provider and its ICS consumers from the REST responses of
 * {@code /cosmos/staking/v1beta1/validators} (every page, in order), {@code …/provider/consumer_chains} and
 * {@code …/provider/consumer_validators/{id}} (ICS v5 and v6 forms). See {@link CosmosImport}.
 */
@Command(name = "cosmos",
        description = "Import a Cosmos provider chain (bonded validators) and its ICS consumer chains.",
        footer = {"", "Example (the bundled June 2024 Hub + Neutron):",
                "  explorer import cosmos --validators page1.json --validators page2.json \\",
                "    --consumer-chains consumer-chains.json --consumer-validators neutron-1=neutron.json \\",
                "    --price ATOM=6.71 --date 2024-06-24 --out hub.json"})
public final class ImportCosmosCommand implements Callable<Integer> {

    @Option(names = "--validators", paramLabel = "FILE",
            description = "a page of GET /cosmos/staking/v1beta1/validators; repeat for every page, in order")
    List<Path> validators = new java.util.ArrayList<>();

    @Option(names = "--from", paramLabel = "URL", description = "instead of files: a provider's LCD (REST) endpoint; "
            + "fetches every page of bonded validators, consumer_chains and each launched consumer's consumer_validators")
    String from;

    @CommandLine.Mixin
    LiveSource live = new LiveSource();

    @Option(names = "--consumer-chains", paramLabel = "FILE",
            description = "GET /interchain_security/ccv/provider/consumer_chains[/{phase}] (ICS v5 or v6)")
    Path consumerChains;

    @Option(names = "--consumer-validators", paramLabel = "CHAIN_ID=FILE",
            description = "GET …/provider/consumer_validators/{chain_id or consumer_id}; repeatable")
    Map<String, Path> consumerValidators = new LinkedHashMap<>();

    @CommandLine.Mixin
    BondPrice price = new BondPrice();

    @Option(names = "--chain-id", defaultValue = "cosmoshub-4", description = "the provider's chain id (default: ${DEFAULT-VALUE})")
    String chainId;

    @Option(names = "--asset", defaultValue = "ATOM", description = "bond asset symbol in whole units (default: ${DEFAULT-VALUE})")
    String asset;

    @Option(names = "--decimals", defaultValue = "6", description = "decimals of the bond denom (default: ${DEFAULT-VALUE}: 1 ATOM = 10^6 uatom)")
    int decimals;

    @Option(names = "--height", paramLabel = "HEIGHT", description = "the snapshot's block height, recorded in the provenance")
    Long height;

    @CommandLine.Mixin
    ImportTarget target = new ImportTarget();

    @Override
    public Integer call() {
        if (price.problem(asset) != null) {
            return target.bad(price.problem(asset));
        }
        if (decimals < 0 || decimals > 18) {
            return target.bad("--decimals " + decimals + ": expected 0 to 18");
        }
        if ((from == null) == validators.isEmpty()) {
            return target.bad("give --validators (recorded pages) or --from URL (a live LCD), one of the two");
        }
        if (from != null && live.problem() != null) {
            return target.bad(live.problem());
        }
        if (from != null && (consumerChains != null || !consumerValidators.isEmpty())) {
            return target.bad("--from fetches the consumer chains and their validators itself: leave out --consumer-chains "
                    + "and --consumer-validators");
        }
        if (from == null) {
            CosmosOptions o = new CosmosOptions(chainId, validators, consumerChains, consumerValidators, asset, decimals,
                    price.of(asset), target.date, height);
            return target.run(() -> CosmosImport.run(o));
        }
        return live.run(target, from, fetch -> {
            LiveFetch.CosmosInputs in = fetch.cosmos(from);
            return CosmosImport.run(new CosmosOptions(chainId, in.validators(), in.consumerChains(),
                    in.consumerValidators(), asset, decimals, price.of(asset), target.date, height));
        });
    }
}
