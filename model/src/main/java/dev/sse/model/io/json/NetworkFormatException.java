package dev.sse.model.io.json;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A file was rejected. Carries every {@link Problem} found (at least one), each with file, line,
 * column and JSON path; {@link #getMessage()} is one problem per line, ready to show a user.
 */
public final class NetworkFormatException extends Exception {

    private final transient List<Problem> problems;

    public NetworkFormatException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining(System.lineSeparator())));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a format exception needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
