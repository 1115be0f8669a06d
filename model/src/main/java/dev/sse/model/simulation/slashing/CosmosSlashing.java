package dev.sse.model.simulation.slashing;

/**
 * Cosmos Interchain Security defaults (domain.md §3; cosmos/interchain-security docs/features/slashing.md,
 * ADR-005, ADR-013, ADR-020; Cosmos Hub parameters).
 * <ul>
 *   <li>Double-sign (or a light-client attack) on the provider or on a consumer: slashed on the provider,
 *       {@value #DOUBLE_SIGN_FRACTION} of stake (Hub 5%), jailed forever and tombstoned. A consumer's
 *       double-sign defaults to the provider's fraction: ICS {@code DefaultConsumerInfractionParameters}
 *       (cosmos/interchain-security x/ccv/provider/types/provider.go, at 1c995af) copies the provider's
 *       {@code SlashFractionDoubleSign} into {@code DoubleSign.SlashFraction}.</li>
 *   <li>Downtime on the provider: {@value #PROVIDER_DOWNTIME_FRACTION} of stake (0.01%) and jailed
 *       (600 s on the Hub; the simulation keeps it out for the rest of the run).</li>
 *   <li>Downtime on a consumer: jailed on the provider, slash {@value #CONSUMER_DOWNTIME_FRACTION}: the same
 *       {@code DefaultConsumerInfractionParameters} set {@code Downtime.SlashFraction = 0} whatever the
 *       provider's {@code slash_fraction_downtime}, and ICS's e2e test {@code stepsDowntime}
 *       (tests/e2e/steps_downtime.go) jails bob for consumer downtime and gives him back all 500 of his power,
 *       while carol loses 1% for the same on the provider. Only the consumer's own
 *       {@code downtimeFraction} changes it.</li>
 * </ul>
 * Per-chain overrides: {@code slashing.doubleSignFraction}, {@code downtimeFraction},
 * {@code invalidBlockFraction} (light-client attack; defaults to the double-sign fraction).
 */
public final class CosmosSlashing {

    public static final double DOUBLE_SIGN_FRACTION = 0.05;
    public static final double PROVIDER_DOWNTIME_FRACTION = 0.0001;
    public static final double CONSUMER_DOWNTIME_FRACTION = 0.0;

    private CosmosSlashing() {
    }
}
