/**
 * Security analysis of a network (issue 4): restaking security after Durvasula–Roughgarden, "Robust
 * Restaking Networks" (arXiv:2407.21785), per-chain metrics and the attack search the cascade simulation
 * calls every round. Entry points: {@link dev.sse.model.analysis.SecurityAnalyzer} and
 * {@link dev.sse.model.analysis.AttackSearch}. All results are immutable records; answers are exact
 * (integers in 10^−scale value units, re-verified) unless a field says {@code exact = false}.
 */
package dev.sse.model.analysis;
