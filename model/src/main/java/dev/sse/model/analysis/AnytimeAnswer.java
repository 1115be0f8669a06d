package dev.sse.model.analysis;

/**
 * One answer of the anytime analysis ({@link SecurityAnalyzer#analyze(dev.sse.model.network.Network, AnalysisOptions,
 * java.util.function.Consumer)}, issue 20: "a first answer within 0.2 s … and improving answers as they come, each
 * labelled with its proven interval"). Every answer is a whole, consistent {@link AnalysisResult}: its best attack is
 * a verified coalition (the interval's lower end), {@link AnalysisResult#bestAttackBound()} a proven upper bound on
 * the best profit − cost, and its margin carries its proven lower bound; the verdict follows from those alone
 * ({@code Conclusion}), so an early answer never says more than it has proven.
 *
 * @param result the answer so far
 * @param last   true for the final answer, equal to {@link SecurityAnalyzer#analyze(dev.sse.model.network.Network,
 *               AnalysisOptions)}; false for an earlier one a later answer replaces
 */
public record AnytimeAnswer(AnalysisResult result, boolean last) {
}
