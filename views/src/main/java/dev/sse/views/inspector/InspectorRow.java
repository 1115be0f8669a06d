package dev.sse.views.inspector;

/**
 * One figure in the inspector.
 *
 * @param label what it is, e.g. "Cost of corruption"
 * @param value the figure with its unit, e.g. "1.2 M USD"
 * @param why   one line: the formula with its numbers, or empty
 */
public record InspectorRow(String label, String value, String why) {
}
