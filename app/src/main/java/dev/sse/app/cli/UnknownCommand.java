package dev.sse.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;

/**
 * A bare word where the window expects a FILE, such as {@code explorer analyse x.json}: it is a mistyped command,
 * not a file to open. Says so in one line with the nearest command ("did you mean"), for exit code 2.
 */
public final class UnknownCommand {

    /** Commands at most this many edits away are suggested. */
    static final int MAX_DISTANCE = 2;

    private UnknownCommand() {
    }

    /**
     * The problem with the command line's first word, or null when it is fine: an option, a command, a file that
     * exists, or something that looks like a path (has a dot or a separator).
     */
    public static String problem(String word, Collection<String> commands) {
        if (word.isEmpty() || word.startsWith("-") || commands.contains(word) || word.contains(".") || word.contains("/")
                || word.contains("\\") || exists(word)) {
            return null;
        }
        if (dev.sse.samples.SampleNetworks.byId(word).isPresent()) {
            return "'" + word + "' is not a command or a file. Did you mean '--sample " + word + "'? (see --help)";
        }
        String lower = word.toLowerCase(Locale.ROOT);
        String nearest = commands.stream().min(Comparator.comparingInt((String c) -> distance(lower, c)).thenComparing(c -> c))
                .orElse(null);
        String list = String.join(", ", commands);
        if (nearest != null && (distance(lower, nearest) <= MAX_DISTANCE || nearest.startsWith(lower))) {
            return "'" + word + "' is not a command or a file. Did you mean '" + nearest + "'? (see --help)";
        }
        return "'" + word + "' is not a command or a file (commands: " + list + "; see --help)";
    }

    private static boolean exists(String word) {
        try {
            return Files.exists(Path.of(word));
        } catch (java.nio.file.InvalidPathException e) {
            return false;
        }
    }

    /** Levenshtein distance: insertions, deletions and substitutions. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] row = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            row[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                row[j] = Math.min(substitute, Math.min(previous[j], row[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = row;
            row = swap;
        }
        return previous[b.length()];
    }
}
