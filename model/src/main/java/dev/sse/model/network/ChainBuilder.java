package dev.sse.model.network;

/**
 * Builds a {@link Chain} field by field (issue 21), so a call site names what it sets instead of padding a
 * positional constructor with nulls. Start with {@link Chain#builder(String, ChainKind)} or
 * {@link Chain#toBuilder()}; unset fields keep the defaults the file format has (π = 0, α = 2/3, no securing chain,
 * empty settings, no optional blocks).
 */
public final class ChainBuilder {
    private final String id;
    private final ChainKind kind;
    private String name;
    private String asset;
    private double profitFromCorruption;
    private double attackThreshold = Chain.DEFAULT_ATTACK_THRESHOLD;
    private String securedBy;
    private Settings security = Settings.EMPTY;
    private Settings slashing = Settings.EMPTY;
    private Double finalitySeconds;
    private Governance governance;
    private SecurityCost securityCost;
    private ExternalSecurity externalSecurity;
    private DataAvailability dataAvailability;

    ChainBuilder(String id, ChainKind kind) {
        this.id = id;
        this.kind = kind;
    }

    /** Display name; null shows the id. */
    public ChainBuilder name(String value) {
        name = value;
        return this;
    }

    public ChainBuilder asset(String symbol) {
        asset = symbol;
        return this;
    }

    public ChainBuilder profitFromCorruption(double value) {
        profitFromCorruption = value;
        return this;
    }

    public ChainBuilder attackThreshold(double value) {
        attackThreshold = value;
        return this;
    }

    public ChainBuilder securedBy(String chainId) {
        securedBy = chainId;
        return this;
    }

    public ChainBuilder security(Settings value) {
        security = value;
        return this;
    }

    public ChainBuilder slashing(Settings value) {
        slashing = value;
        return this;
    }

    public ChainBuilder finalitySeconds(Double seconds) {
        finalitySeconds = seconds;
        return this;
    }

    public ChainBuilder governance(Governance value) {
        governance = value;
        return this;
    }

    public ChainBuilder securityCost(SecurityCost value) {
        securityCost = value;
        return this;
    }

    public ChainBuilder externalSecurity(ExternalSecurity value) {
        externalSecurity = value;
        return this;
    }

    public ChainBuilder dataAvailability(DataAvailability value) {
        dataAvailability = value;
        return this;
    }

    public Chain build() {
        return new Chain(id, name, kind, asset, profitFromCorruption, attackThreshold, securedBy, security, slashing,
                finalitySeconds, governance, securityCost, externalSecurity, dataAvailability);
    }
}
