package dev.sse.model.io.importer;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Inputs of {@link CosmosImport}: recorded REST responses and what they do not carry.
 *
 * @param chainId            the provider's chain id (the responses do not name it), e.g. {@code cosmoshub-4}
 * @param validatorPages     pages of {@code /cosmos/staking/v1beta1/validators}, in order
 * @param consumerChains     the {@code consumer_chains} response, or null
 * @param consumerValidators chain id or consumer id → its {@code consumer_validators} response, in order given
 * @param asset              symbol of the bond denom in whole units (ATOM)
 * @param decimals           decimals of the bond denom (6: 1 ATOM = 10^6 uatom)
 * @param priceUsd           USD per whole unit, or null when unknown
 * @param date               the snapshot's date as the user knows it (free text), or null
 * @param height             the snapshot's block height, or null
 */
public record CosmosOptions(String chainId, List<Path> validatorPages, Path consumerChains,
                            Map<String, Path> consumerValidators, String asset, int decimals, BigDecimal priceUsd,
                            String date, Long height) {

    public CosmosOptions {
        validatorPages = List.copyOf(validatorPages);
        consumerValidators = new LinkedHashMap<>(consumerValidators);
    }
}
