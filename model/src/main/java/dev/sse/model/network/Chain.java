package dev.sse.model.network;

import java.util.Optional;

/**
 * A chain (or service) in the network.
 *
 * @param id                   unique id within the network
 * @param name                 display name (defaults to the id)
 * @param kind                 what kind of chain this is
 * @param asset                its native asset symbol, or {@code null}
 * @param profitFromCorruption π: value an attacker gains by corrupting it, in the network's value unit
 *                             (USD when assets are given), &ge; 0
 * @param attackThreshold      α ∈ (0, 1]: fraction of its securing stake needed to corrupt it (default 2/3)
 * @param securedBy            id of the chain that secures it (consumer kinds), or {@code null}
 * @param security             shaping of the inherited validator set (ICS {@code topN}, {@code powerCap},
 *                             opt-in lists; Polkadot {@code groupSize}, {@code minimumBackingVotes},
 *                             {@code neededApprovals}; rollup {@code proof}, {@code upgradeDelayDays},
 *                             {@code exitDelayDays}); unknown keys round-trip
 * @param slashing             overrides of the protocol's slashing defaults; unknown keys round-trip
 * @param finalitySeconds      its own time to finality in seconds (&gt; 0), or null for the kind's default
 *                             ({@code dev.sse.model.analysis.economics.Finality})
 * @param governance           who upgrades it, or null (default: its own governance)
 * @param securityCost         what it pays for security per year, or null when unknown
 * @param externalSecurity     stake securing it that is not in the file (issue 19), or null
 * @param dataAvailability     where it publishes its data when that is not its settlement chain (issue 19 item 11),
 *                             or null
 */
public record Chain(String id, String name, ChainKind kind, String asset, double profitFromCorruption,
                    double attackThreshold, String securedBy, Settings security, Settings slashing,
                    Double finalitySeconds, Governance governance, SecurityCost securityCost,
                    ExternalSecurity externalSecurity, DataAvailability dataAvailability) {

    /** Default attack threshold α = 2/3: a BFT safety takeover. */
    public static final double DEFAULT_ATTACK_THRESHOLD = 2.0 / 3.0;

    public Chain {
        name = name == null ? id : name;
        security = security == null ? Settings.EMPTY : security;
        slashing = slashing == null ? Settings.EMPTY : slashing;
    }

    /**
     * The canonical constructor before data availability (issue 19 item 11), kept for code written against it;
     * new code uses {@link #builder}.
     */
    public Chain(String id, String name, ChainKind kind, String asset, double profitFromCorruption,
                 double attackThreshold, String securedBy, Settings security, Settings slashing,
                 Double finalitySeconds, Governance governance, SecurityCost securityCost,
                 ExternalSecurity externalSecurity) {
        this(id, name, kind, asset, profitFromCorruption, attackThreshold, securedBy, security, slashing,
                finalitySeconds, governance, securityCost, externalSecurity, null);
    }

    /**
     * The chain of the file it publishes its data on when that is not its settlement chain: a second edge it falls
     * through (issue 19 item 11). Empty without a {@code dataAvailability} block, for an external provider, and for
     * data on the settlement chain itself (Ethereum blobs under an Ethereum rollup).
     */
    public Optional<String> separateDataAvailabilityChain() {
        return dataAvailability == null ? Optional.empty()
                : dataAvailability.chainId().filter(p -> !p.equals(securedBy));
    }

    /** Its ICS power shaping, read from {@code security} (issue 21). */
    public IcsShaping icsShaping() {
        return IcsShaping.of(security);
    }

    /** Its Polkadot backing parameters, read from {@code security} with polkadot-sdk's defaults. */
    public PolkadotBacking backing() {
        return PolkadotBacking.of(security);
    }

    /** Its rollup proof and delays, read from {@code security}. */
    public RollupSecurity rollupSecurity() {
        return RollupSecurity.of(security);
    }

    /** Its slashing overrides, read from {@code slashing}; unknown keys are its extras. */
    public SlashingOverrides slashingOverrides() {
        return SlashingOverrides.of(slashing);
    }

    public Optional<String> securedByChain() {
        return Optional.ofNullable(securedBy);
    }

    public Optional<String> assetSymbol() {
        return Optional.ofNullable(asset);
    }

    public Chain withProfitFromCorruption(double profit) {
        return toBuilder().profitFromCorruption(profit).build();
    }

    public Chain withSecurity(Settings newSecurity) {
        return toBuilder().security(newSecurity).build();
    }

    /** A copy with the issue-10 fields replaced (null = absent). */
    public Chain withEconomics(Double newFinalitySeconds, Governance newGovernance, SecurityCost newSecurityCost) {
        return toBuilder().finalitySeconds(newFinalitySeconds).governance(newGovernance).securityCost(newSecurityCost)
                .build();
    }

    /** A copy with the external security replaced (null = absent). */
    public Chain withExternalSecurity(ExternalSecurity external) {
        return toBuilder().externalSecurity(external).build();
    }

    /**
     * A chain of the given id and kind: no name (the id is shown), no asset, π = 0, α = 2/3, no securing chain,
     * empty settings and none of the optional fields, until the builder says otherwise (issue 21).
     */
    public static ChainBuilder builder(String id, ChainKind kind) {
        return new ChainBuilder(id, kind);
    }

    /** A builder holding every field of this chain, to copy it with some replaced. */
    public ChainBuilder toBuilder() {
        return new ChainBuilder(id, kind).name(name).asset(asset).profitFromCorruption(profitFromCorruption)
                .attackThreshold(attackThreshold).securedBy(securedBy).security(security).slashing(slashing)
                .finalitySeconds(finalitySeconds).governance(governance).securityCost(securityCost)
                .externalSecurity(externalSecurity).dataAvailability(dataAvailability);
    }
}
