package dev.sse.app.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The scenario a command runs, as a picocli mixin (issue 21, one copy instead of three): {@code --scenario FILE}
 * (docs/scenario-format.md) or {@code --scenario-name NAME}, a scenario stored in the network file, at most one of
 * the two. Used by {@code simulate}, {@code sweep} and {@code report}; each command's description says what it does
 * with the scenario.
 */
final class ScenarioChoice {

    @Option(names = "--scenario", paramLabel = "FILE", description = "scenario file (docs/scenario-format.md)")
    Path file;

    @Option(names = "--scenario-name", paramLabel = "NAME", description = "a scenario stored in the network file")
    String name;

    /** "give only one of --scenario and --scenario-name" when both are given, else null. */
    String problem() {
        return file != null && name != null ? "give only one of --scenario and --scenario-name" : null;
    }
}
