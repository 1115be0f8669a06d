package dev.sse.model.compare;

/** Which side of a comparison a metric favours. */
public enum Safer {
    LEFT, RIGHT, SAME,
    /** Not comparable: a side lacks the chain or the metric is undefined there. */
    UNKNOWN
}
