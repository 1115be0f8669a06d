package dev.sse.model.io.json;

import dev.sse.model.io.json.JsonTree.Loc;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects the problems of one file, in the order found, up to {@value #MAX}; past the cap one last
 * problem says how many more there were, so a broken 50 MB file cannot produce a 50 MB report.
 */
final class Problems {

    static final int MAX = 100;

    private final String file;
    private final List<Problem> problems = new ArrayList<>();
    private Problem firstDropped;
    private int dropped;

    Problems(String file) {
        this.file = file;
    }

    String file() {
        return file;
    }

    void add(JsonTree at, String path, String message) {
        add(at.loc(), path, message);
    }

    void add(Loc loc, String path, String message) {
        Problem p = new Problem(file, loc.line(), loc.column(), path, message);
        if (problems.size() < MAX) {
            problems.add(p);
        } else {
            if (dropped == 0) {
                firstDropped = p;
            }
            dropped++;
        }
    }

    boolean isEmpty() {
        return problems.isEmpty();
    }

    /** How many problems were found so far, counting dropped ones. */
    int count() {
        return problems.size() + dropped;
    }

    /** The problems found in file order (line, then column), plus a final note when some were dropped. */
    List<Problem> list() {
        List<Problem> out = new ArrayList<>(problems);
        out.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
        if (dropped > 0) {
            out.add(new Problem(file, firstDropped.line(), firstDropped.column(), firstDropped.path(),
                    dropped + " more problem(s) not shown; fix the ones above first"));
        }
        return List.copyOf(out);
    }

    NetworkFormatException exception() {
        return new NetworkFormatException(list());
    }
}
