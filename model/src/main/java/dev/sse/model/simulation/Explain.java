package dev.sse.model.simulation;

import dev.sse.model.format.Screen;
import java.util.List;

/**
 * Name and threshold wording for the one-sentence explanations of events; their numbers go through
 * {@link Screen}. Locale-independent, so traces are byte-identical everywhere.
 */
final class Explain {

    private static final int LISTED = 6;

    private Explain() {
    }

    /** "v1", "v1 and v2", "v1, v2 and v3", "v1, …, v6 and 9 others". */
    static String names(List<String> ids) {
        if (ids.isEmpty()) {
            return "nobody";
        }
        if (ids.size() == 1) {
            return ids.get(0);
        }
        if (ids.size() > LISTED) {
            int more = ids.size() - LISTED;
            return String.join(", ", ids.subList(0, LISTED)) + " and " + more + (more == 1 ? " other" : " others");
        }
        return String.join(", ", ids.subList(0, ids.size() - 1)) + " and " + ids.get(ids.size() - 1);
    }

    /** "1 validator", "3 validators". */
    static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** "reach its 2/3 threshold" / "hold all of its securing stake" (α = 1), singular when {@code one}. */
    static String reachPhrase(double alpha, boolean one) {
        if (alpha >= 1) {
            return (one ? "holds" : "hold") + " all of its securing stake";
        }
        return (one ? "reaches" : "reach") + " its " + threshold(alpha) + " threshold";
    }

    /** An attack threshold α: "2/3", "1/3", "1/2", "all", else a percentage. */
    static String threshold(double alpha) {
        if (Math.abs(alpha - 2.0 / 3) < 1e-9) {
            return "2/3";
        } else if (Math.abs(alpha - 1.0 / 3) < 1e-9) {
            return "1/3";
        } else if (Math.abs(alpha - 0.5) < 1e-9) {
            return "1/2";
        } else if (alpha >= 1) {
            return "all";
        }
        return Screen.percent(alpha);
    }
}
