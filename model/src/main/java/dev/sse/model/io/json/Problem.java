package dev.sse.model.io.json;

/**
 * One thing wrong with an input file, located precisely enough to fix it.
 *
 * <p>Rendered as {@code file:line:column: $.json.path: message}, e.g.
 * {@code kusama.json:41:17: $.validators[3].stake: must be a number from 1e-12 to 1e18, got -5}. The rendering escapes every
 * invisible or reordering character of the file name, path and message ({@link UserText}), so a bidi override
 * (U+202E) or a byte-order mark in a file or its name prints as the six characters <code>&#92;u202E</code>, <code>&#92;uFEFF</code>.
 *
 * @param file    the file's name as the user gave it
 * @param line    1-based line
 * @param column  1-based column
 * @param path    JSON path of the offending value, e.g. {@code $.validators[3].stake}
 * @param message what was expected and what was found
 */
public record Problem(String file, int line, int column, String path, String message) {

    @Override
    public String toString() {
        return UserText.escape(file) + ":" + line + ":" + column + ": " + UserText.escape(path) + ": "
                + UserText.escape(message);
    }
}
