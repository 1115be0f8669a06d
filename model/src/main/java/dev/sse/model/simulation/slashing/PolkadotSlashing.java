package dev.sse.model.simulation.slashing;

/**
 * Polkadot slashing (domain.md §2.3; polkadot-wiki learn-offenses.md, W3F research
 * docs/Polkadot/security/slashing/amounts.md, polkadot-sdk runtime/parachains/src/disputes/slashing.rs).
 * <ul>
 *   <li>GRANDPA/BABE/BEEFY equivocation: f(k, n) = min((3k/n)², 1) of stake, k offenders in the same
 *       offence, n the size of the session's validator set; e.g. n = 100, k = 5 → 2.25%. polkadot-sdk
 *       substrate/frame/grandpa/src/equivocation.rs computes {@code Perbill::from_rational(3 * offenders_count,
 *       validator_set_count).square()} with n taken from the key-owner proof ({@code validator_count}), so
 *       validators slashed or chilled earlier in the session still count; its test
 *       {@code report_equivocation_current_set_works} (tests.rs) slashes one of 3 validators 100% (k = 1, n = 3).</li>
 *   <li>Disputes (polkadot-sdk polkadot/runtime/parachains/src/disputes/slashing.rs: {@code SLASH_FOR_INVALID_BACKED},
 *       {@code SLASH_FOR_INVALID_APPROVED}, {@code SLASH_AGAINST_VALID}; {@code punish_for_invalid} files the backers
 *       as ForInvalidBacked and the other losers as ForInvalidApproved): backing an invalid candidate
 *       {@value #INVALID_BACKING_FRACTION} = 100%, approving one {@value #INVALID_APPROVAL_FRACTION} = 2%,
 *       disputing a valid one {@value #AGAINST_VALID_FRACTION}.</li>
 *   <li>Being offline: no slash since im-online was removed.</li>
 *   <li>Slashed validators are chilled (leave the active set); within one slashing period only the largest
 *       slash of a validator counts (no summing).</li>
 * </ul>
 */
public final class PolkadotSlashing {

    public static final double INVALID_BACKING_FRACTION = 1.0;
    public static final double INVALID_APPROVAL_FRACTION = 0.02;
    public static final double AGAINST_VALID_FRACTION = 0.0;

    private PolkadotSlashing() {
    }

    /**
     * f(k, n) = min((3k/n)², 1): the fraction of stake each of {@code offenders} (k ≥ 0) loses when they
     * equivocate together in a set of {@code activeValidators} (n ≥ 1; n &lt; k is read as n = k).
     */
    public static double equivocationFraction(int offenders, int activeValidators) {
        if (offenders <= 0) {
            return 0;
        }
        double n = Math.max(offenders, activeValidators);
        double x = 3.0 * offenders / n;
        return Math.min(x * x, 1.0);
    }
}
