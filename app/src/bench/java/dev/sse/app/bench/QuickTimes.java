package dev.sse.app.bench;

import dev.sse.model.analysis.AnalysisOptions;
import dev.sse.model.analysis.AnalysisResult;
import dev.sse.model.analysis.AttackSearch;
import dev.sse.model.analysis.SecurityAnalyzer;
import dev.sse.model.network.Network;
import java.util.HashSet;
import java.util.Set;

/** Single-shot smoke timings of the benchmark operations (not a benchmark: use JMH for numbers). */
public final class QuickTimes {
    public static void main(String[] args) {
        Network k = Shapes.kusama(1);
        for (int i = 0; i < 3; i++) {
            long t = System.nanoTime();
            AnalysisResult r = SecurityAnalyzer.analyze(k);
            System.out.printf("kusama analyze %.1f ms secure=%s margin=%s solver=%s%n", (System.nanoTime() - t) / 1e6, r.secure(), r.margin().value(), r.solver());
            t = System.nanoTime();
            SecurityAnalyzer.chainMetrics(Shapes.stress(2), AnalysisOptions.defaults());
            System.out.printf("stress metrics (incl. generation) %.1f ms%n", (System.nanoTime() - t) / 1e6);
            AttackSearch search = AttackSearch.of(k);
            Set<String> removed = new HashSet<>();
            k.validators().stream().limit(100).forEach(v -> removed.add(v.id()));
            Set<String> excluded = new HashSet<>();
            t = System.nanoTime();
            int rounds = 0;
            for (AttackSearch.Found f = search.bestAttack(removed, excluded); f.attack() != null; f = search.bestAttack(removed, excluded)) {
                removed.addAll(f.attack().validators());
                excluded.addAll(f.attack().chains());
                rounds++;
            }
            System.out.printf("kusama cascade %d rounds %.1f ms%n", rounds, (System.nanoTime() - t) / 1e6);
        }
    }
}
