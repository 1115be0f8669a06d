package dev.sse.app.cli;

import java.math.BigDecimal;
import picocli.CommandLine.Option;

/**
 * {@code --time-limit SECONDS}, the budget of each exact solve ({@code AnalysisOptions.timeLimitSeconds}: deterministic
 * units, never the clock), as a picocli mixin (issue 21, one copy instead of four): {@code analyze}, {@code sweep},
 * {@code montecarlo} and {@code report} each give only their default. Held as typed ({@link BigDecimal}), so the help
 * shows the default as written ({@code 0.05}, {@code 5}).
 */
final class SolveBudget {

    @Option(names = "--time-limit", paramLabel = "SECONDS",
            description = "budget per exact solve in deterministic units, about a second of one core each: the same "
                    + "answer on every run; a solve that spends it is reported as not proven (default: ${DEFAULT-VALUE})")
    BigDecimal seconds;

    /** With the command's default, e.g. {@code "5"}. */
    SolveBudget(String seconds) {
        this.seconds = new BigDecimal(seconds);
    }

    /** "--time-limit X: expected a number of seconds > 0" when it is not above 0, else null. */
    String problem() {
        return seconds.signum() > 0 ? null : "--time-limit " + seconds.toPlainString() + ": expected a number of seconds > 0";
    }

    double seconds() {
        return seconds.doubleValue();
    }
}
