package dev.sse.views.inspector;

/**
 * One figure in the inspector.
 *
 * @param label what it is, e.g. "Cost of corruption"
 * @param value the figure with its unit, e.g. "1.2 M USD"
 * @param why   one line: the formula with its numbers, or empty
 * @param term  the glossary entry that explains the figure (e.g. {@code cost-of-corruption}), or null
 */
public record InspectorRow(String label, String value, String why, String term) {

    /** A figure with no glossary entry. */
    public InspectorRow(String label, String value, String why) {
        this(label, value, why, null);
    }
}
