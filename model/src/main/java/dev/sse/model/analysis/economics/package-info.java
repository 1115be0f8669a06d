/**
 * Economics of shared security (issue 10): what each chain pays for security per year and how much attack cost
 * that buys, its time to finality and sovereignty; what each validator earns, restaked against staked once; what
 * each bridge costs to break against the value it carries; and the six-point comparison of isolated and shared
 * security ({@link dev.sse.model.analysis.economics.SixPoints}). Entry point:
 * {@link dev.sse.model.analysis.economics.Economics#of}. Attack costs come from the security analysis
 * ({@link dev.sse.model.analysis.AnalysisResult}); nothing here recomputes them.
 */
package dev.sse.model.analysis.economics;
