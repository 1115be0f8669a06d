package dev.sse.model.analysis;

/**
 * What an analysis concludes about a network, decided once ({@link Conclusion}) from both exact searches, so
 * that the verdict, the margin γ* and their labels agree everywhere (issue 17 item 6, issue 18 item 5): a
 * negative margin is a verified valid attack and always {@link #INSECURE}; "secure" is said only when proven.
 */
public enum Verdict {

    /** Proven: no coalition gains more than it loses (γ* ≥ 0 or no coalition has profit &gt; 0). */
    SECURE("secure"),
    /** A verified coalition gains more than it costs (γ* &lt; 0). */
    INSECURE("insecure"),
    /** No valid attack found within the time limit, and none ruled out: not "secure". */
    NO_ATTACK_FOUND("no attack found (not proven)");

    private final String label;

    Verdict(String label) {
        this.label = label;
    }

    /** The English label of the CLI and of {@code analyze --json}'s {@code verdict}. */
    public String label() {
        return label;
    }

    /** The verdict of a result's {@code secure} and {@code secureExact} flags. */
    public static Verdict of(boolean secure, boolean secureExact) {
        return !secure ? INSECURE : secureExact ? SECURE : NO_ATTACK_FOUND;
    }
}
