/**
 * The one place numbers become text, with one policy per audience (issue 21):
 * <ul>
 *   <li><b>Files</b> ({@link dev.sse.model.format.Decimals}): CSV and JSON carry the exact value. CSV fields are
 *       the shortest plain decimal that reads back as the same double ({@code 0.1}, {@code 1234567}, never
 *       {@code 1.0E-5}); the number fields of the JSON documents (analysis, sweep, Monte Carlo) are the same text
 *       ({@code io.json.JsonStyle.number}), never an exponent ({@code 89546360.80000001}, not
 *       {@code 8.954636080000001E7}); the simulation's trace JSON alone rounds to 12 significant digits to hide
 *       binary noise; network files keep their format's own rule (docs/network-format.md).</li>
 *   <li><b>Screen</b> ({@link dev.sse.model.format.Screen}): the window, the "why" lines, the CLI's readable
 *       report, the HTML report and its charts show three significant digits, thousands separated by commas, with
 *       the unit: {@code 1.23 M USD} (k, M, B, T from 1,000 up), {@code 12.3%}, {@code 0.00123}, {@code 9,466,631}
 *       for counts.</li>
 * </ul>
 * Both are independent of the locale and the JVM, so output is byte-identical everywhere.
 */
package dev.sse.model.format;
