package dev.sse.model.simulation;

/**
 * Something wrong with a scenario, located by JSON path relative to the scenario's root, e.g.
 * {@code $.faults[2].validators[0]}: unknown validator 'v9'}. The JSON codec turns issues into located
 * {@code Problem}s (file, line, column).
 *
 * @param path    JSON path from the scenario's root
 * @param message what is wrong, naming the offending value
 */
public record ScenarioIssue(String path, String message) {

    @Override
    public String toString() {
        return path + ": " + message;
    }
}
