package dev.sse.model.io.json;

import dev.sse.model.network.Magnitudes;
import java.util.function.DoublePredicate;

/**
 * A constraint on a JSON number, with the words used when it is violated:
 * {@code must be <expected>, got <value>}.
 *
 * @param expected what a valid value is, e.g. {@code "a number > 0"}
 * @param whole    whether the number must be a whole number
 * @param test     the range check (only called with finite numbers)
 */
record Rule(String expected, boolean whole, DoublePredicate test) {

    static final Rule ANY = new Rule("a number", false, d -> true);
    /** A positive magnitude ({@link Magnitudes}): stake, price, amount, seconds. */
    static final Rule POSITIVE = new Rule("a number from 1e-12 to 1e18", false, Magnitudes::accepts);
    /** A magnitude that may be 0: profit, value locked, money per year, days. */
    static final Rule NON_NEGATIVE = new Rule("0 or a number from 1e-12 to 1e18", false,
            d -> d == 0 || Magnitudes.accepts(d));
    /** Open unit interval, e.g. an adversary fraction. */
    static final Rule OPEN_FRACTION = new Rule("a number in (0, 1)", false, d -> d > 0 && d < 1);
    /** Half-open unit interval, e.g. an attack threshold. */
    static final Rule THRESHOLD = new Rule("a number in (0, 1]", false, d -> d > 0 && d <= 1);
    static final Rule FRACTION = new Rule("a number in [0, 1]", false, d -> d >= 0 && d <= 1);
    static final Rule WHOLE_POSITIVE = new Rule("a whole number >= 1", true, d -> d >= 1);

    boolean accepts(double d) {
        return Double.isFinite(d) && (!whole || d == Math.rint(d)) && test.test(d);
    }

    static Rule wholeBetween(double min, double max) {
        return new Rule("a whole number from " + Numbers.format(min) + " to " + Numbers.format(max), true,
                d -> d >= min && d <= max);
    }

    static Rule between(double min, double max) {
        return new Rule("a number from " + Numbers.format(min) + " to " + Numbers.format(max), false,
                d -> d >= min && d <= max);
    }
}
